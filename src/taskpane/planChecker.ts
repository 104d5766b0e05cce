import type { SettingsInput } from "../domain/settings";
import { SettingsSchema } from "../domain/settings";
import type { AssessContext } from "../engine/context";
import { sentenceStart } from "../domain/countryNames";
import type { SheetSnapshot, WorkbookPort } from "../plan/workbookPort";
import { checkPlan, type PlanCheck } from "../plan/checkPlan";
import type { TableProblem } from "../plan/configTable";
import { PARTIES_SHEET } from "../plan/partiesTable";
import { RULES_SHEET } from "../plan/rulesTable";
import { configurationFromSheets } from "../plan/workbookConfiguration";
import type { PlanField } from "../plan/planFields";
import { resultsLayout } from "../plan/resultsLayout";
import type { ClearwaySheet } from "../plan/sheetMarks";
import { reportSheets } from "../plan/reportSheets";
import { planBlockReport } from "../plan/workbookReport";
import type { RuleSet } from "../rules/ruleSet";

export type CheckPhase = "reading" | "assessing" | "writing";

export interface CheckRequest {
  port: WorkbookPort;
  rules: RuleSet;
  sheetName: string;
  settings: SettingsInput;
  overrides: Partial<Record<PlanField, string>>;
  onPhase: (phase: CheckPhase) => void;
}

export interface CheckOutcome {
  sheetName: string;
  snapshot: SheetSnapshot;
  check: PlanCheck;
  /** The rules the check used (the embedded ones with the workbook's overrides), for each row's sources. */
  rules: RuleSet;
  /** The as-of date the check used. */
  asOf: string;
  /** The names of the summary and sources sheets written. */
  sheetsWritten: string[];
  /** Where the parties and rule overrides came from, one line each. */
  notes: string[];
}

/** The workbook's Parties or Rules sheet has rows that cannot be used: nothing was checked. */
export class ConfigurationError extends Error {
  override name = "ConfigurationError";
  constructor(
    readonly sheet: string,
    readonly problems: TableProblem[],
  ) {
    super(`The sheet "${sheet}" has ${problems.length} problem${problems.length === 1 ? "" : "s"}; fix ${problems.length === 1 ? "it" : "them"} and check again (nothing was checked).`);
  }
}

/** The parties and rule overrides in the workbook's own sheets, if it has them. */
async function workbookConfiguration(port: WorkbookPort, rules: RuleSet) {
  const names = new Set((await port.listSheets()).map((sheet) => sheet.name));
  const grid = async (name: string, percentAsText = false) => (names.has(name) ? (await port.readSheet(name, { percentAsText })).values : undefined);
  const config = configurationFromSheets({ rules: await grid(RULES_SHEET, true), parties: await grid(PARTIES_SHEET) }, rules);
  if (!config.ok) throw new ConfigurationError(config.sheet, config.problems);
  return config;
}

/** Lets the pane repaint (progress) before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The task pane's one job: read the sheet, assess every row, write the results back. Same steps in Excel and in the playground. */
export async function checkSheet({ port, rules: baseRules, sheetName, settings, overrides, onPhase }: CheckRequest): Promise<CheckOutcome> {
  onPhase("reading");
  const config = await workbookConfiguration(port, baseRules);
  const rules = config.rules;
  const snapshot = await port.readSheet(sheetName);
  onPhase("assessing");
  await nextFrame();
  const parsedSettings = SettingsSchema.parse(settings);
  const context: AssessContext = { rules, parties: config.parties, settings: parsedSettings };
  const check = checkPlan(snapshot.values, context, { overrides });
  onPhase("writing");
  const writeNotes = await port.writeResults(snapshot, resultsLayout(check), planBlockReport(check));
  const notes = [...config.notes, ...writeNotes];
  const sheetsWritten: string[] = [];
  // The same sheets as the command line writes, cell for cell, with their formats.
  for (const sheet of reportSheets(check, rules, sheetName, parsedSettings.asOf, { summary: parsedSettings.writeSummarySheet, sources: parsedSettings.writeSourcesSheet })) {
    const kind = sheet.role as ClearwaySheet;
    const name = await port.replaceSheet(kind, sheet);
    sheetsWritten.push(name);
    if (name !== kind) notes.push(`${sentenceStart(sheet.description)} went to the sheet "${name}": a sheet of yours is named "${kind}" and was left as it is.`);
  }
  return { sheetName, snapshot, check, rules, asOf: parsedSettings.asOf, sheetsWritten, notes };
}
