import type { z } from "zod";
import type { Issue } from "../domain/assessment";
import { ShipmentSchema, type Shipment } from "../domain/shipment";
import { cellAddress } from "./cellAddress";
import { parseTemperature, parseUnNumbers, parseYesNo, saysNoCommercialValue, type DecimalMark } from "./cellParsing";
import { cellText, isBlank, type Grid } from "./cellValue";
import type { DepotsTable } from "./depotsTable";
import type { HeaderDetection } from "./headerDetection";
import { parseHsCode } from "./hsCodeParsing";
import type { PlanDefaults } from "./planDefaults";
import { FIELD_HEADERS, type PlanField } from "./planFields";
import { readAmounts } from "./rowAmounts";
import { fieldLabel, rowCells, type RowCells } from "./rowCells";
import { readCurrency } from "./rowCurrency";
import { checkDateOrder, readDates } from "./rowDates";
import { readLocations } from "./rowLocations";
import { readMaterial } from "./rowMaterial";

/** Something a row's result rests on that the plan did not say in so many words: shown as an info note, and in the JSON's `assumed`. */
export interface Assumption {
  field: PlanField;
  /** defaults: the plan's defaults; depots: the Depots table; label: what a depot or site label seems to say; inferred: from other columns; placeholder: a placeholder text taken as empty; derived: worked out from other cells. */
  from: "defaults" | "depots" | "label" | "inferred" | "placeholder" | "derived";
  value: string;
  message: string;
}

/** What reading a row needs besides its cells. */
export interface RowReading {
  /** How amounts written as text mark decimals; a point unless the file says a comma. */
  decimalMark?: DecimalMark;
  /** Values for fields the plan lacks (from settings, the workbook or the command line). */
  defaults?: PlanDefaults;
  /** What origin (and destination) labels such as "DE01 - EU Depot Mannheim" mean. */
  depots?: DepotsTable;
  /** Date columns that mix day-first and month-first dates: their slashed dates are refused with this reason. */
  mixedDateColumns?: ReadonlyMap<PlanField, string>;
}

export type RowParse =
  | { kind: "empty" }
  | {
      kind: "shipment";
      shipment: Shipment;
      shipmentId: string | null;
      assumptions: Assumption[];
      chargesSkipped: boolean;
    }
  | { kind: "error"; issues: Issue[]; shipmentId: string | null; assumptions: Assumption[] };

const TEXT_FIELDS = [
  "shipmentId",
  "site",
  "description",
  "incoterm",
  "sponsor",
  "importerOfRecord",
  "exporterOfRecord",
] as const;
const SHIPMENT_KEY: Partial<Record<PlanField, keyof Shipment>> = { shipmentId: "id" };

/** The free-text fields, as written. */
function readTextFields(row: RowCells): void {
  for (const field of TEXT_FIELDS) {
    const cell = row.cellOf(field);
    if (cell) row.candidate[SHIPMENT_KEY[field] ?? field] = cellText(cell.value);
  }
}

/** The yes/no flags, temperature and dangerous goods; "no commercial value" may also be read from the remarks. */
function readHandling(row: RowCells): void {
  const { candidate } = row;
  row.read("noCommercialValue", parseYesNo, (yes) => (candidate.noCommercialValue = yes));
  const remarks = row.cellOf("remarks");
  if (remarks && candidate.noCommercialValue !== true && saysNoCommercialValue(cellText(remarks.value))) {
    candidate.noCommercialValue = true;
    row.assumptions.push({
      field: "noCommercialValue",
      from: "derived",
      value: "yes",
      message: `${fieldLabel("noCommercialValue")}: read from ${fieldLabel("remarks")} (${remarks.address}) "${cellText(remarks.value)}".`,
    });
  }
  row.read("returnable", parseYesNo, (yes) => (candidate.returnable = yes));
  row.read("controlledSubstance", parseYesNo, (yes) => (candidate.controlledSubstance = yes));
  row.read("temperature", parseTemperature, (temperature) => (candidate.temperature = temperature));
  row.read("dangerousGoods", parseUnNumbers, (numbers) => (candidate.dangerousGoods = numbers));
}

/** What the shipment schema refuses in a row whose cells each read well, named on the field's cell. */
function schemaIssues(error: z.ZodError, row: RowCells): Issue[] {
  return error.issues.map((zodIssue) => {
    const field = String(zodIssue.path[0] ?? "");
    const planField = (field === "id" ? "shipmentId" : field) as PlanField;
    const column = row.detection.columns[planField];
    const address = column === undefined ? `row ${row.sheetRow}` : cellAddress(column, row.sheetRow);
    return {
      code: "cell-unreadable",
      severity: "error" as const,
      kind: "shipment" as const,
      message: `${FIELD_HEADERS[planField]?.label ?? field} (${address}): ${zodIssue.message}.`,
      cell: address,
    };
  });
}

/**
 * One plan row as a Shipment. Every cell that cannot be read becomes an error issue naming its
 * A1 address and what was expected; the row is still reported, never dropped. Amounts written as
 * text are read with `decimalMark` (a comma only where the file says so, e.g. a `;`-separated CSV).
 * Where the plan lacks a field, the row takes it from the plan's defaults, the Depots table or what
 * other columns say, and lists each such assumption. Field groups are read in the order their
 * issues and assumptions are listed.
 */
export function parseRow(
  grid: Grid,
  detection: HeaderDetection,
  rowIndex: number,
  rowOffset = 1,
  reading: RowReading = {},
): RowParse {
  const cells = grid[rowIndex] ?? [];
  if (detection.inputColumns.every((column) => isBlank(cells[column]))) return { kind: "empty" };
  const row = rowCells(cells, rowIndex + rowOffset, detection, reading);
  const { candidate, issues, assumptions } = row;

  readTextFields(row);
  const shipmentId = typeof candidate.id === "string" ? candidate.id : null;
  readLocations(row);
  row.read(
    "hsCode",
    (value) => parseHsCode(value, row.decimalMark),
    (code) => (candidate.hsCode = code),
  );
  readMaterial(row);
  const amounts = readAmounts(row);
  readCurrency(row, amounts);
  readDates(row);
  readHandling(row);
  checkDateOrder(row);
  if (issues.length) return { kind: "error", issues, shipmentId, assumptions };

  const parsed = ShipmentSchema.safeParse(candidate);
  if (!parsed.success) return { kind: "error", shipmentId, assumptions, issues: schemaIssues(parsed.error, row) };
  return { kind: "shipment", shipment: parsed.data, shipmentId, assumptions, chargesSkipped: amounts.chargesSkipped };
}
