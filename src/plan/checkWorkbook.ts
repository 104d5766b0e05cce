import { SettingsSchema, type Settings, type SettingsInput } from "../domain/settings";
import type { Party } from "../domain/party";
import type { AssessContext } from "../engine/context";
import type { RuleSet } from "../rules/ruleSet";
import type { DecimalMark } from "./cellParsing";
import type { Grid } from "./cellValue";
import { checkPlan, type PlanCheck } from "./checkPlan";
import {
  combinedPlanDefaults,
  depotsFrom,
  partiesFrom,
  planDefaultsFrom,
  planDefaultsNote,
  rulesFrom,
  type ConfigDocument,
  type TableDocument,
} from "./checkConfiguration";
import { DEFAULTS_SHEET } from "./defaultsTable";
import { DEPOTS_SHEET, type DepotsTable } from "./depotsTable";
import { PARTIES_SHEET } from "./partiesTable";
import type { PlanDefaults } from "./planDefaults";
import type { PlanField } from "./planFields";
import { reportSheets } from "./reportSheets";
import { resultsLayout, type ResultsLayout } from "./resultsLayout";
import { RULES_SHEET } from "./rulesTable";
import type { ReportSheet } from "./workbookReport";
import type { ReadOptions } from "./workbookPort";

/**
 * A check of a plan in a workbook, the same in every host: which of the workbook's sheets configure
 * it, in which order, what a document the user names instead wins over, which messages are given,
 * and what is written back. The task pane reads through its WorkbookPort; the command line through
 * its file reader, and writes its own annotated copy of what this returns.
 */

/** Clearway's configuration sheets, in the order a check reads them: the rules first, since a party's licence must name one of their permits. */
export const CONFIGURATION_SHEETS = [RULES_SHEET, PARTIES_SHEET, DEFAULTS_SHEET, DEPOTS_SHEET] as const;

/** The sheets of a workbook as a check reads them. */
export interface WorkbookSource {
  /** The names of the workbook's sheets (none for a plan that is not a workbook, such as a CSV file). */
  sheetNames(): Promise<readonly string[]>;
  /** A sheet's cells from A1; undefined when the name is not a worksheet (a chart sheet). */
  readSheet(name: string, options?: ReadOptions): Promise<Grid | undefined>;
  /** How a refusal names one of the sheets: 'plan.xlsx (sheet "Clearway Rules")', 'the sheet "Clearway Rules"'. */
  where(sheetName: string): string;
}

/** The plan sheet as read, once the configuration is. */
export interface PlanSheet {
  sheetName: string;
  grid: Grid;
  /** How amounts written as text mark decimals (a `;`-separated CSV); a point unless given. */
  decimalMark?: DecimalMark;
}

/** Reads a document the user named for the check (a file on the command line), when the check gets to it. */
export type DocumentReader<D extends ConfigDocument = ConfigDocument> = () => Promise<D>;

export type CheckPhase = "reading" | "assessing" | "writing";

export interface WorkbookCheckRequest {
  workbook: WorkbookSource;
  /** Reads the plan; called after the configuration, so a refused table stops the check before the plan is read. */
  readPlan: () => Promise<PlanSheet>;
  /** Clearway's rules, before the workbook's or the user's overrides. */
  rules: RuleSet;
  settings: SettingsInput;
  /** Field -> the column the user chose (header text or letters), over what detection found. */
  overrides?: Partial<Record<PlanField, string>>;
  /** Documents the user named, each over the workbook's sheet of the same kind. */
  documents?: { rules?: DocumentReader; parties?: DocumentReader; depots?: DocumentReader<TableDocument> };
  /** Told when a step starts; a returned promise is awaited (the pane lets itself repaint). */
  onPhase?: (phase: CheckPhase) => void | Promise<void>;
  onProgress?: (done: number, total: number) => void;
  /** Every finding whole in the Issues cells, for a copy with no details sheet (a CSV file). */
  wholeFindings?: boolean;
}

/** What a check found and what its host writes back. */
export interface WorkbookCheck {
  sheetName: string;
  check: PlanCheck;
  /** The rules used: Clearway's with the overrides. */
  rules: RuleSet;
  parties: Party[];
  /** The settings used, with the workbook's plan defaults under the given ones. */
  settings: Settings;
  /** Where the configuration came from and which plan defaults apply, one line each. */
  notes: string[];
  /** The output block beside the plan. */
  block: ResultsLayout;
  /** Clearway's own sheets (summary, sources, how to read), as the settings choose them. */
  sheets: ReportSheet[];
}

/**
 * How the check reads each configuration sheet: rates in the Rules sheet and shares in the Parties
 * sheet as typed ("2.5%", not 0.025). The content hash of a check reads them the same way.
 */
export const CONFIGURATION_SHEET_READING: Readonly<Record<(typeof CONFIGURATION_SHEETS)[number], ReadOptions>> = {
  [RULES_SHEET]: { percentAsText: true },
  [PARTIES_SHEET]: { percentAsText: true },
  [DEFAULTS_SHEET]: {},
  [DEPOTS_SHEET]: {},
};

/** Reads one of the workbook's configuration sheets as a table, if the workbook has it. */
async function sheetDocument(
  workbook: WorkbookSource,
  names: readonly string[],
  sheetName: (typeof CONFIGURATION_SHEETS)[number],
): Promise<TableDocument | undefined> {
  if (!names.includes(sheetName)) return undefined;
  const grid = await workbook.readSheet(sheetName, CONFIGURATION_SHEET_READING[sheetName]);
  return grid ? { kind: "table", grid, name: `sheet "${sheetName}"`, where: workbook.where(sheetName) } : undefined;
}

/** The plan defaults kept in the workbook's "Clearway Defaults" sheet; none when it has no such sheet. */
export async function workbookPlanDefaults(workbook: WorkbookSource): Promise<PlanDefaults> {
  const document = await sheetDocument(workbook, await workbook.sheetNames(), DEFAULTS_SHEET);
  return document ? planDefaultsFrom(document) : {};
}

/**
 * Reads the configuration (rules, parties, defaults, depots: a document the user named, else the
 * workbook's sheet, else none), then the plan, and checks it. A refused table throws
 * ConfigurationRefusedError (checkConfiguration.ts); a plan without a usable header throws PlanNotFoundError.
 */
export async function checkWorkbook(request: WorkbookCheckRequest): Promise<WorkbookCheck> {
  const { workbook, documents = {} } = request;
  await request.onPhase?.("reading");
  const names = await workbook.sheetNames();
  const notes: string[] = [];

  let rules = request.rules;
  const rulesDocument = documents.rules ? await documents.rules() : await sheetDocument(workbook, names, RULES_SHEET);
  if (rulesDocument) {
    const read = rulesFrom(rulesDocument, rules);
    rules = read.rules;
    notes.push(read.note);
  }
  let parties: Party[] = [];
  const partiesDocument = documents.parties
    ? await documents.parties()
    : await sheetDocument(workbook, names, PARTIES_SHEET);
  if (partiesDocument) {
    const read = partiesFrom(partiesDocument, rules);
    parties = read.parties;
    notes.push(read.note);
  }
  const given = SettingsSchema.parse(request.settings);
  const defaultsDocument = await sheetDocument(workbook, names, DEFAULTS_SHEET);
  const settings: Settings = defaultsDocument
    ? { ...given, planDefaults: combinedPlanDefaults(given.planDefaults, planDefaultsFrom(defaultsDocument)) }
    : given;
  let depots: DepotsTable | undefined;
  const depotsDocument = documents.depots
    ? await documents.depots()
    : await sheetDocument(workbook, names, DEPOTS_SHEET);
  if (depotsDocument) {
    const read = depotsFrom(depotsDocument);
    depots = read.depots;
    notes.push(read.note);
  }
  notes.push(...planDefaultsNote(settings.planDefaults));

  const plan = await request.readPlan();
  await request.onPhase?.("assessing");
  const context: AssessContext = { rules, parties, settings };
  const check = checkPlan(plan.grid, context, {
    ...(request.overrides ? { overrides: request.overrides } : {}),
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    ...(depots ? { depots } : {}),
    ...(plan.decimalMark ? { decimalMark: plan.decimalMark } : {}),
    ...(request.wholeFindings ? { wholeFindings: true } : {}),
  });
  const sheets = reportSheets(check, rules, plan.sheetName, settings.asOf, {
    summary: settings.writeSummarySheet,
    sources: settings.writeSourcesSheet,
  });
  return { sheetName: plan.sheetName, check, rules, parties, settings, notes, block: resultsLayout(check), sheets };
}
