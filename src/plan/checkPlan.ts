import type { Assessment, Issue } from "../domain/assessment";
import type { Shipment } from "../domain/shipment";
import type { Status } from "../domain/status";
import { assess } from "../engine/assess";
import type { AssessContext } from "../engine/context";
import type { DecimalMark } from "./cellParsing";
import { isBlank, type CellValue, type Grid } from "./cellValue";
import { describeDetection, detectHeader, type HeaderDetection } from "./headerDetection";
import { locateIssues } from "./issueCells";
import { OUTPUT_COLUMNS, OUTPUT_HEADERS } from "./outputColumns";
import { errorCells, outputCells } from "./outputRow";
import { FIELD_HEADERS, type PlanField } from "./planFields";
import { nextStep, rowApplyBy, type NextStep } from "./nextStep";
import { summarise, type PlanSummary } from "./planSummary";
import { readinessChecklist } from "./readiness";
import { parseRow } from "./rowParsing";
import { skippedChecks } from "./skippedChecks";

export interface RowResult {
  /** Sheet row number (1-based). */
  row: number;
  shipmentId: string | null;
  status: Status;
  shipment?: Shipment;
  assessment?: Assessment;
  /** For rows that could not be read: what is wrong, by cell. */
  errors?: Issue[];
  /** The most urgent open item: what, who acts, by when. */
  nextStep: NextStep;
  /** The earliest date to apply for a permit still to obtain (its lead time before the ship date); null if none can be given. */
  applyBy: string | null;
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

/** The last column holding anything, from row `fromRow` down; -1 if none. */
function lastUsedColumn(grid: Grid, fromRow: number): number {
  let last = -1;
  for (let r = fromRow; r < grid.length; r++) {
    const row = grid[r] ?? [];
    for (let c = row.length - 1; c > last; c--) if (!isBlank(row[c])) last = c;
  }
  return last;
}

/** Whether any cell of columns [from, to) holds anything, from row `fromRow` down. */
function anyUsed(grid: Grid, fromRow: number, from: number, to: number): boolean {
  for (let r = fromRow; r < grid.length; r++) for (let c = from; c < to; c++) if (!isBlank(grid[r]?.[c])) return true;
  return false;
}

/**
 * Where the output block goes: over a previous block (also an earlier, narrower one, when the
 * columns it grows into are empty), else right of everything the plan uses. Never over a plan column.
 */
function outputColumnFor(grid: Grid, detection: HeaderDetection): number {
  const previous = detection.existingOutputBlock;
  if (previous && !anyUsed(grid, detection.headerRow, previous.start + previous.width, previous.start + OUTPUT_COLUMNS.length)) return previous.start;
  return lastUsedColumn(grid, detection.headerRow) + 1;
}

/** One row read and assessed; null for an empty row. A failure inside Clearway stays this row's error: the other rows are still checked. */
function checkRow(grid: Grid, detection: HeaderDetection, r: number, rowOffset: number, context: AssessContext, decimalMark?: DecimalMark): RowResult | null {
  let shipmentId: string | null = null;
  try {
    const parsed = parseRow(grid, detection, r, rowOffset, decimalMark);
    if (parsed.kind === "empty") return null;
    shipmentId = parsed.shipmentId;
    const asOf = context.settings.asOf;
    if (parsed.kind === "error") return { row: r + rowOffset, shipmentId, status: "error", errors: parsed.issues, nextStep: nextStep(parsed.issues, undefined, undefined, asOf), applyBy: null };
    const assessment = locateIssues(assess(parsed.shipment, context), detection, r + rowOffset);
    const shipment = parsed.shipment;
    return { row: r + rowOffset, shipmentId, status: assessment.status, shipment, assessment, nextStep: nextStep(assessment.issues, assessment, shipment, asOf), applyBy: rowApplyBy(assessment, shipment) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `Row ${r + rowOffset} could not be checked (${reason}); the other rows were. Check this row by hand and report the row's contents to Clearway's maintainers.`;
    const errors: Issue[] = [{ code: "row-not-checked", severity: "error", kind: "shipment", message }];
    return { row: r + rowOffset, shipmentId, status: "error", errors, nextStep: nextStep(errors, undefined, undefined, context.settings.asOf), applyBy: null };
  }
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
  const outputBlock: CellValue[][] = [[...OUTPUT_HEADERS]];
  const ruleIds = new Set<string>();
  const total = grid.length - detection.headerRow - 1;
  for (let r = detection.headerRow + 1; r < grid.length; r++) {
    const result = checkRow(grid, detection, r, rowOffset, context, options.decimalMark);
    if (!result) {
      outputBlock.push(OUTPUT_COLUMNS.map(() => null));
    } else {
      rows.push(result);
      if (result.assessment) for (const id of result.assessment.ruleRefs) ruleIds.add(id);
      outputBlock.push(result.assessment ? outputCells(result.assessment, result.nextStep, result.applyBy) : errorCells(result.errors ?? [], result.nextStep));
    }
    if (options.onProgress && (r - detection.headerRow) % 1000 === 0) options.onProgress(r - detection.headerRow, total);
  }
  options.onProgress?.(total, total);
  const summary = summarise(rows.map((row) => ({ status: row.status, origin: row.shipment?.origin, destination: row.shipment?.destination, assessment: row.assessment })), skippedChecks(detection), readinessChecklist(rows, context.settings.asOf));
  return { detection, rows, outputColumn: outputColumnFor(grid, detection), outputBlock, summary, ruleIds: [...ruleIds].sort() };
}
