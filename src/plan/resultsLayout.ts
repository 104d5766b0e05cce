import type { Status } from "../domain/status";
import type { CellValue } from "./cellValue";
import type { PlanCheck } from "./checkPlan";
import { MONEY_COLUMNS, OUTPUT_COLUMNS } from "./outputColumns";

/** What a host writes back for one check: the block's position and cells, and the per-row status. */
export interface ResultsLayout {
  /** 0-based row (in the grid) of the header; the block starts there. */
  headerRow: number;
  /** 0-based column of the block's first column. */
  firstColumn: number;
  /** Header row first; text that a spreadsheet would run as a formula is made plain text. */
  values: CellValue[][];
  /** Status of each row below the header (null where the row is empty), for fills. */
  statuses: Array<Status | null>;
  /** 0-based offsets, within the block, of the money columns. */
  moneyColumns: number[];
  /** 0-based offset of the status column within the block. */
  statusColumn: number;
  /** 0-based offset of the column naming each row's charges currency (the money columns' format follows it). */
  currencyColumn: number;
}

/** Excel runs text starting with = + - @ as a formula; a leading apostrophe keeps it text. */
export function plainText(value: CellValue): CellValue {
  return typeof value === "string" && /^[=+\-@]/.test(value) ? `'${value}` : value;
}

export function resultsLayout(check: PlanCheck): ResultsLayout {
  return {
    headerRow: check.detection.headerRow,
    firstColumn: check.outputColumn,
    values: check.outputBlock.map((row) => row.map(plainText)),
    statuses: check.outputBlock.slice(1).map((row) => (typeof row[0] === "string" ? (row[0] as Status) : null)),
    moneyColumns: MONEY_COLUMNS.map((title) => OUTPUT_COLUMNS.indexOf(title)),
    statusColumn: 0,
    currencyColumn: OUTPUT_COLUMNS.indexOf("Charges currency"),
  };
}
