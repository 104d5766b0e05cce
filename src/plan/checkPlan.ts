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
import { FindingDetails, type FindingDetail } from "./findingDetails";
import { FIELD_HEADERS, type PlanField } from "./planFields";
import { nextStep, rowApplyBy, type NextStep } from "./nextStep";
import { grandTotal, summarise, type PlanSummary } from "./planSummary";
import { readinessChecklist } from "./readiness";
import { parseRow, type Assumption, type RowParse, type RowReading } from "./rowParsing";
import { skippedChecks } from "./skippedChecks";
import { NO_CURRENCY, withoutCharges } from "./chargesSkipped";
import { mixedDateColumns } from "./dateColumns";
import type { DepotsTable } from "./depotsTable";
import type { PlanDefaults } from "./planDefaults";
import { planBlockers } from "./planRequirements";
import { groupShipments, type ShipmentGroup } from "./shipmentGroups";

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
  /** What the row's result rests on that the plan did not say outright: defaults, depots, inferred material, placeholders. */
  assumed: Assumption[];
  /** The sheet rows of the shipment this row is part of, when the plan writes it over several rows. */
  shipmentRows?: number[];
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
  /** The long findings, whole, that the Issues cells refer to by "see D1"..., for the details sheet. */
  details: FindingDetail[];
}

export interface PlanCheckOptions {
  /** Field -> column letter, chosen by the user over what detection found. */
  overrides?: Partial<Record<PlanField, string>>;
  /** Sheet row number of grid[0] (1 unless the grid starts lower). */
  rowOffset?: number;
  onProgress?: (done: number, total: number) => void;
  /** How amounts written as text mark decimals (a `;`-separated CSV writes "1.234,56"); a point unless given. */
  decimalMark?: DecimalMark;
  /** Values for fields the plan lacks, over the settings' plan defaults. */
  defaults?: PlanDefaults;
  /** The Depots table: what origin labels such as "DE01 - EU Depot Mannheim" mean. */
  depots?: DepotsTable;
  /**
   * Every finding whole in the Issues cells, for a copy with no details sheet (a CSV file); else a
   * long one shows its key line and a reference to the details sheet.
   */
  wholeFindings?: boolean;
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
  if (
    previous &&
    !anyUsed(grid, detection.headerRow, previous.start + previous.width, previous.start + OUTPUT_COLUMNS.length)
  )
    return previous.start;
  return lastUsedColumn(grid, detection.headerRow) + 1;
}

type ReadRow = { r: number; parsed: RowParse } | { r: number; failure: string; shipmentId: string | null };

/** One row read; a failure inside Clearway stays this row's error: the other rows are still checked. */
function readRow(grid: Grid, detection: HeaderDetection, r: number, rowOffset: number, reading: RowReading): ReadRow {
  try {
    return { r, parsed: parseRow(grid, detection, r, rowOffset, reading) };
  } catch (error) {
    return { r, failure: error instanceof Error ? error.message : String(error), shipmentId: null };
  }
}

const assumptionIssues = (assumed: readonly Assumption[]): Issue[] =>
  assumed.map((entry) => ({ code: `plan-${entry.from}`, severity: "info", kind: "info", message: entry.message }));

/** One read row assessed (as part of its shipment, when the plan writes it over several rows); null for an empty row. */
function checkRow(
  read: ReadRow,
  detection: HeaderDetection,
  rowOffset: number,
  context: AssessContext,
  group: ShipmentGroup | undefined,
  assessed: Map<ShipmentGroup, Assessment>,
): RowResult | null {
  const row = read.r + rowOffset;
  const asOf = context.settings.asOf;
  let shipmentId: string | null =
    "failure" in read ? read.shipmentId : read.parsed.kind === "empty" ? null : read.parsed.shipmentId;
  let assumed: Assumption[] = [];
  try {
    if ("failure" in read) throw new Error(read.failure);
    const parsed = read.parsed;
    if (parsed.kind === "empty") return null;
    shipmentId = parsed.shipmentId;
    assumed = parsed.assumptions;
    if (parsed.kind === "error")
      return {
        row,
        shipmentId,
        status: "error",
        errors: parsed.issues,
        nextStep: nextStep(parsed.issues, undefined, undefined, asOf),
        applyBy: null,
        assumed,
      };
    const shipment = group?.shipment ?? parsed.shipment;
    let assessment = group?.shipment ? assessed.get(group) : undefined;
    if (!assessment) {
      assessment = assess(shipment, context);
      if (parsed.chargesSkipped) assessment = withoutCharges(assessment, shipment, context);
      if (group?.shipment) assessed.set(group, assessment);
    }
    assessment = locateIssues(assessment, detection, row);
    const notes = assumptionIssues(assumed);
    if (group) notes.push({ code: "rows-form-one-shipment", severity: "info", kind: "info", message: group.note });
    if (notes.length) assessment = { ...assessment, issues: [...assessment.issues, ...notes] };
    return {
      row,
      shipmentId,
      status: assessment.status,
      shipment,
      assessment,
      nextStep: nextStep(assessment.issues, assessment, shipment, asOf),
      applyBy: rowApplyBy(assessment, shipment),
      assumed,
      ...(group?.shipment ? { shipmentRows: group.rows } : {}),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `Row ${row} could not be checked (${reason}); the other rows were. Check this row by hand and report the row's contents to Clearway's maintainers.`;
    const errors: Issue[] = [{ code: "row-not-checked", severity: "error", kind: "shipment", message }];
    return {
      row,
      shipmentId,
      status: "error",
      errors,
      nextStep: nextStep(errors, undefined, undefined, asOf),
      applyBy: null,
      assumed,
    };
  }
}

/** Reads, assesses and annotates a plan held as a grid of cell values. */
export function checkPlan(grid: Grid, context: AssessContext, options: PlanCheckOptions = {}): PlanCheck {
  const rowOffset = options.rowOffset ?? 1;
  const detection = detectHeader(grid, options.overrides, rowOffset);
  const defaults: PlanDefaults = { ...context.settings.planDefaults, ...options.defaults };
  const { noHeader, unmet, mappingProblems } = planBlockers(detection, defaults);
  if (noHeader || unmet.length || mappingProblems.length) {
    const missing = unmet.map((field) => FIELD_HEADERS[field].label).join(", ");
    const problems = [...(unmet.length ? [`missing or ambiguous ${missing}`] : []), ...mappingProblems].join("; ");
    throw new PlanNotFoundError(
      detection.headerRow < 0
        ? `no shipment plan found: no header row with the required columns (Origin, Destination, Material type)`
        : `no usable plan header: ${problems}. ${describeDetection(detection, rowOffset)}`,
      detection,
    );
  }

  const reading: RowReading = {
    ...(options.decimalMark ? { decimalMark: options.decimalMark } : {}),
    defaults,
    ...(options.depots ? { depots: options.depots } : {}),
    mixedDateColumns: mixedDateColumns(grid, detection, rowOffset),
  };
  const read: ReadRow[] = [];
  for (let r = detection.headerRow + 1; r < grid.length; r++)
    read.push(readRow(grid, detection, r, rowOffset, reading));
  const groups = groupShipments(
    read.flatMap((entry) =>
      "parsed" in entry && entry.parsed.kind === "shipment"
        ? [{ row: entry.r + rowOffset, shipmentId: entry.parsed.shipmentId, shipment: entry.parsed.shipment }]
        : "parsed" in entry && entry.parsed.kind === "error"
          ? [{ row: entry.r + rowOffset, shipmentId: entry.parsed.shipmentId }]
          : [],
    ),
  );
  const assessed = new Map<ShipmentGroup, Assessment>();

  const rows: RowResult[] = [];
  const outputBlock: CellValue[][] = [[...OUTPUT_HEADERS]];
  const ruleIds = new Set<string>();
  const details = new FindingDetails();
  const total = grid.length - detection.headerRow - 1;
  for (const entry of read) {
    const r = entry.r;
    const result = checkRow(entry, detection, rowOffset, context, groups.get(r + rowOffset), assessed);
    if (!result) {
      outputBlock.push(OUTPUT_COLUMNS.map(() => null));
    } else {
      rows.push(result);
      if (result.assessment) for (const id of result.assessment.ruleRefs) ruleIds.add(id);
      const into = options.wholeFindings ? undefined : { details, sheetRow: result.row };
      const cells = result.assessment
        ? outputCells(result.assessment, result.nextStep, result.applyBy, into)
        : errorCells(result.errors ?? [], result.nextStep, into);
      if (result.assessment?.charges.currency === NO_CURRENCY) cells[OUTPUT_COLUMNS.indexOf("Charges currency")] = null;
      outputBlock.push(cells);
    }
    if (options.onProgress && (r - detection.headerRow) % 1000 === 0)
      options.onProgress(r - detection.headerRow, total);
  }
  options.onProgress?.(total, total);
  // A shipment over several rows counts once, on its first row.
  const summaryRows = rows.map((row) => ({
    status: row.status,
    origin: row.shipment?.origin,
    destination: row.shipment?.destination,
    assessment: row.assessment,
    continues: row.shipmentRows !== undefined && row.shipmentRows[0] !== row.row,
  }));
  const summary = summarise(summaryRows, skippedChecks(detection), readinessChecklist(rows, context.settings.asOf));
  const reporting = context.settings.reportingCurrency;
  if (reporting) summary.grandTotal = grandTotal(summary.destinations, reporting);
  return {
    detection,
    rows,
    outputColumn: outputColumnFor(grid, detection),
    outputBlock,
    summary,
    ruleIds: [...ruleIds].sort(),
    details: details.list(),
  };
}
