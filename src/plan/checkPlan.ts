import type { Assessment, Issue } from "../domain/assessment";
import type { Shipment } from "../domain/shipment";
import type { Status } from "../domain/status";
import { assess } from "../engine/assess";
import type { AssessContext } from "../engine/context";
import type { DecimalMark } from "./cellParsing";
import { isBlank, type CellValue, type Grid } from "./cellValue";
import { describeDetection, detectHeader, type HeaderDetection } from "./headerDetection";
import { OUTPUT_COLUMNS } from "./outputColumns";
import { errorCells, outputCells } from "./outputRow";
import { FIELD_HEADERS, type PlanField } from "./planFields";
import { summarise, type PlanSummary } from "./planSummary";
import { parseRow } from "./rowParsing";

export interface RowResult {
  /** Sheet row number (1-based). */
  row: number;
  shipmentId: string | null;
  status: Status;
  shipment?: Shipment;
  assessment?: Assessment;
  /** For rows that could not be read: what is wrong, by cell. */
  errors?: Issue[];
}

export interface PlanCheck {
  detection: HeaderDetection;
  rows: RowResult[];
  /** 0-based column where the output block goes (replacing a previous block there). */
  outputColumn: number;
  /** The block's cells: the header row first, then one row per grid row below the header. */
  outputBlock: CellValue[][];
  summary: PlanSummary;
  /** Every rule id the results refer to, for the sources sheet. */
  ruleIds: string[];
}

export interface PlanCheckOptions {
  /** Field -> column letter, chosen by the user over what detection found. */
  overrides?: Partial<Record<PlanField, string>>;
  /** Sheet row number of grid[0] (1 unless the grid starts lower). */
  rowOffset?: number;
  onProgress?: (done: number, total: number) => void;
  /** How amounts written as text mark decimals (a `;`-separated CSV writes "1.234,56"); a point unless given. */
  decimalMark?: DecimalMark;
}

/** The plan cannot be checked at all: no header with the required columns. */
export class PlanNotFoundError extends Error {
  override name = "PlanNotFoundError";
  constructor(
    message: string,
    readonly detection: HeaderDetection,
  ) {
    super(message);
  }
}

/** Where the output block goes: over a previous block, else right of everything the plan uses. */
function outputColumnFor(grid: Grid, detection: HeaderDetection): number {
  if (detection.existingOutputColumn !== null) return detection.existingOutputColumn;
  let last = -1;
  for (let r = detection.headerRow; r < grid.length; r++) {
    const row = grid[r] ?? [];
    for (let c = row.length - 1; c > last; c--) if (!isBlank(row[c])) last = c;
  }
  return last + 1;
}

/** Reads, assesses and annotates a plan held as a grid of cell values. */
export function checkPlan(grid: Grid, context: AssessContext, options: PlanCheckOptions = {}): PlanCheck {
  const rowOffset = options.rowOffset ?? 1;
  const detection = detectHeader(grid, options.overrides, rowOffset);
  const blocking = [...detection.missing];
  for (const duplicate of detection.duplicates) if (!blocking.includes(duplicate.field) && (duplicate.field === "origin" || duplicate.field === "destination" || duplicate.field === "material" || duplicate.field === "value")) blocking.push(duplicate.field);
  if (detection.headerRow < 0 || blocking.length) {
    const missing = blocking.map((field) => FIELD_HEADERS[field].label).join(", ");
    throw new PlanNotFoundError(detection.headerRow < 0 ? `no shipment plan found: no header row with the required columns (Origin, Destination, Material type, Value)` : `no usable plan header: missing or ambiguous ${missing}. ${describeDetection(detection, rowOffset)}`, detection);
  }

  const rows: RowResult[] = [];
  const outputBlock: CellValue[][] = [[...OUTPUT_COLUMNS]];
  const ruleIds = new Set<string>();
  const total = grid.length - detection.headerRow - 1;
  for (let r = detection.headerRow + 1; r < grid.length; r++) {
    const parsed = parseRow(grid, detection, r, rowOffset, options.decimalMark);
    if (parsed.kind === "empty") {
      outputBlock.push(OUTPUT_COLUMNS.map(() => null));
    } else if (parsed.kind === "error") {
      rows.push({ row: r + rowOffset, shipmentId: parsed.shipmentId, status: "error", errors: parsed.issues });
      outputBlock.push(errorCells(parsed.issues));
    } else {
      const assessment = assess(parsed.shipment, context);
      for (const id of assessment.ruleRefs) ruleIds.add(id);
      rows.push({ row: r + rowOffset, shipmentId: parsed.shipmentId, status: assessment.status, shipment: parsed.shipment, assessment });
      outputBlock.push(outputCells(assessment));
    }
    if (options.onProgress && (r - detection.headerRow) % 1000 === 0) options.onProgress(r - detection.headerRow, total);
  }
  options.onProgress?.(total, total);
  const summary = summarise(rows.map((row) => ({ status: row.status, origin: row.shipment?.origin, destination: row.shipment?.destination, assessment: row.assessment })));
  return { detection, rows, outputColumn: outputColumnFor(grid, detection), outputBlock, summary, ruleIds: [...ruleIds].sort() };
}
