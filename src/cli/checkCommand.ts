import path from "node:path";
import { STATUSES } from "../domain/status";
import type { AssessContext } from "../engine/context";
import { PlanNotFoundError } from "../plan/checkPlan";
import { ConfigurationRefusedError } from "../plan/checkConfiguration";
import { checkWorkbook } from "../plan/checkWorkbook";
import { normalizeName } from "../plan/countryParsing";
import { describeDetection } from "../plan/headerDetection";
import { FIELD_HEADERS, PLAN_FIELDS, type PlanField } from "../plan/planFields";
import { jsonReport } from "../plan/jsonReport";
import { nextStepText } from "../plan/nextStep";
import { validSheetName } from "../plan/sheetNames";
import { skippedCheckText } from "../plan/skippedChecks";
import { isCsvCopy, writeAnnotated } from "./annotatedWorkbook";
import { ConfigFileError, configFileReaders } from "./configFiles";
import { checkOutputPath, checkPlanPath, describeFileError } from "./fileAccess";
import { describeCsvDialect } from "./csvDialect";
import { PlanFileError, readPlanFile } from "./planFile";
import { planWorkbookSource } from "./planWorkbookSource";
import { progressBar } from "./progressBar";
import { textTable } from "./textTable";
import { UsageError } from "./usageError";

export interface CheckOptions {
  output?: string;
  json?: boolean;
  sheet?: string;
  inPlace?: boolean;
  /** Rule overrides file; else the plan workbook's "Clearway Rules" sheet. */
  rules?: string;
  /** Parties file; else the plan workbook's "Clearway Parties" sheet. */
  parties?: string;
  /** Depots file; else the plan workbook's "Clearway Depots" sheet. */
  depots?: string;
  /** "Field=Header" (or "Field=C"): the column the user chose for a field, over what detection found. */
  map?: string[];
}

/** --map "Ship date=Planned dispatch" entries as field -> header text; a field Clearway does not know is a usage error. */
export function readColumnMap(entries: readonly string[]): Partial<Record<PlanField, string>> {
  const byName = new Map<string, PlanField>();
  for (const field of PLAN_FIELDS)
    for (const name of [field, FIELD_HEADERS[field].label, ...FIELD_HEADERS[field].aliases])
      if (!byName.has(normalizeName(name))) byName.set(normalizeName(name), field);
  const map: Partial<Record<PlanField, string>> = {};
  for (const entry of entries) {
    const at = entry.indexOf("=");
    const field = at > 0 ? byName.get(normalizeName(entry.slice(0, at))) : undefined;
    const header = at > 0 ? entry.slice(at + 1).trim() : "";
    if (!field || !header)
      throw new UsageError(
        `--map "${entry}": expected "Field=Header", e.g. --map "Ship date=Planned dispatch", with a field among ${PLAN_FIELDS.map((f) => FIELD_HEADERS[f].label).join(", ")}`,
      );
    map[field] = header;
  }
  return map;
}

const PROGRESS_FROM_ROWS = 5000;

/** `clearway check <plan>`: reads the plan, assesses every row, prints a summary or JSON, writes the annotated copy. */
export async function checkCommand(
  file: string,
  options: CheckOptions,
  baseContext: AssessContext,
  write: (text: string) => void,
): Promise<void> {
  if (options.output && options.inPlace) throw new UsageError("give either -o FILE or --in-place, not both");
  const out = options.inPlace ? file : options.output;
  if (out && path.resolve(out) === path.resolve(file) && !options.inPlace)
    throw new UsageError(`-o ${out} is the input file: use --in-place to overwrite it`);
  if (out && !/\.(xlsx|csv)$/i.test(out)) throw new UsageError(`-o ${out}: the output must be a .xlsx or .csv file`);
  const overrides = readColumnMap(options.map ?? []);

  await checkPlanPath(file);
  if (out) await checkOutputPath(out, options.inPlace ? "--in-place" : "-o");
  const plan = await readPlanFile(file, options.sheet);
  let checked;
  try {
    // The configuration (files named here over the workbook's sheets), then the check: as the task pane does it.
    checked = await checkWorkbook({
      workbook: planWorkbookSource(plan),
      // A CSV plan copied to .xlsx goes on a sheet named after the file, as far as a sheet name allows.
      readPlan: async () =>
        plan.kind === "csv"
          ? { sheetName: validSheetName(plan.sheetName), grid: plan.grid, decimalMark: plan.csv.dialect.decimalMark }
          : { sheetName: plan.sheetName, grid: plan.grid },
      rules: baseContext.rules,
      settings: baseContext.settings,
      overrides,
      documents: configFileReaders(options),
      onProgress: progressBar(process.stderr, PROGRESS_FROM_ROWS),
      wholeFindings: out !== undefined && isCsvCopy(out),
    });
  } catch (error) {
    // All of the configuration or none: a refused table stops the check.
    if (error instanceof ConfigurationRefusedError) throw new ConfigFileError(error.message);
    // For a CSV file, how it was read: a plan not found may be a file read with the wrong delimiter.
    if (error instanceof PlanNotFoundError)
      throw new PlanFileError(
        `${file} (${plan.kind === "csv" ? `read as ${describeCsvDialect(plan.csv.dialect)}` : `sheet "${plan.sheetName}"`}): ${error.message}`,
      );
    throw error;
  }
  const { check, rules, settings } = checked;
  let writeNotes: string[] = [];
  if (out) {
    try {
      writeNotes = await writeAnnotated(plan, check, checked.sheets, out);
    } catch (error) {
      throw error instanceof PlanFileError
        ? error
        : describeFileError(error, `${out} could not be written, and nothing was written there`);
    }
  }

  if (options.json) {
    const report = jsonReport(check, rules, plan.sheetName, settings.asOf);
    write(JSON.stringify(plan.kind === "csv" ? { ...report, csv: plan.csv.dialect } : report, null, 2));
    return;
  }
  const { summary } = check;
  const lines = [
    `Clearway checked ${summary.rows} rows of "${plan.sheetName}" in ${file} (rules ${rules.version}, as of ${settings.asOf}).`,
    ...(plan.kind === "csv" ? [describeCsvDialect(plan.csv.dialect)] : []),
    describeDetection(check.detection),
    ...checked.notes,
    "",
    STATUSES.map((status) => `${status}: ${summary.byStatus[status]}`).join("   "),
    ...(summary.skippedChecks.length
      ? ["", `Skipped checks: ${summary.skippedChecks.map(skippedCheckText).join(", ")}.`]
      : []),
    "",
    textTable(
      ["Destination", "Shipments", "Blocked", "Longest lead (days)", "Est. charges", "Permits"],
      summary.destinations.map((d) => [
        `${d.country} ${d.name}`,
        String(d.shipments),
        String(d.blocked),
        d.longestLeadTimeDays === null ? "" : String(d.longestLeadTimeDays),
        Object.entries(d.charges)
          .map(([c, a]) => `${c} ${a.toLocaleString("en")}`)
          .join(", "),
        String(d.permitsNeeded.length),
      ]),
    ),
  ];
  const attention = check.rows.filter((row) => row.status === "blocked" || row.status === "error");
  if (attention.length) {
    lines.push("", "Blocked or unreadable rows, with the next step:");
    for (const row of attention)
      lines.push(
        `  row ${row.row}${row.shipmentId ? ` (${row.shipmentId})` : ""}: ${row.status}: ${nextStepText(row.nextStep)}`,
      );
  }
  if (summary.setup.length) {
    lines.push("", "To set up once per country and side (rows waiting):");
    for (const entry of summary.setup) {
      lines.push(
        `  ${entry.name}, ${entry.side} (${entry.rowsWaiting.length} row${entry.rowsWaiting.length === 1 ? "" : "s"}):`,
      );
      for (const item of entry.items)
        lines.push(
          `    - ${item.text} (${item.who}${item.ruleId ? `; lead time ${item.leadTimeDays === null ? "unknown" : `about ${item.leadTimeDays} days`}` : ""})`,
        );
    }
  }
  if (out) lines.push("", `Written: ${out}`, ...writeNotes);
  write(lines.join("\n"));
}
