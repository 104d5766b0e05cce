import type { SettingsInput } from "../domain/settings";
import { SettingsSchema } from "../domain/settings";
import type { AssessContext } from "../engine/context";
import { SOURCES_SHEET, SUMMARY_SHEET, type SheetSnapshot, type WorkbookPort } from "../excel/workbookPort";
import { checkPlan, type PlanCheck } from "../plan/checkPlan";
import type { PlanField } from "../plan/planFields";
import { resultsLayout } from "../plan/resultsLayout";
import { sourcesTable } from "../plan/sourcesTable";
import { summaryTable } from "../plan/summaryTable";
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
}

/** Lets the pane repaint (progress) before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The task pane's one job: read the sheet, assess every row, write the results back. Same steps in Excel and in the playground. */
export async function checkSheet({ port, rules, sheetName, settings, overrides, onPhase }: CheckRequest): Promise<CheckOutcome> {
  onPhase("reading");
  const snapshot = await port.readSheet(sheetName);
  onPhase("assessing");
  await nextFrame();
  const parsedSettings = SettingsSchema.parse(settings);
  const context: AssessContext = { rules, parties: [], settings: parsedSettings };
  const check = checkPlan(snapshot.values, context, { overrides });
  onPhase("writing");
  await port.writeResults(snapshot, resultsLayout(check));
  if (parsedSettings.writeSummarySheet) await port.replaceSheet(SUMMARY_SHEET, summaryTable(check.summary, `Clearway check of "${sheetName}" with rules ${rules.version} (reviewed up to ${rules.asOf}), as of ${parsedSettings.asOf}`));
  if (parsedSettings.writeSourcesSheet) await port.replaceSheet(SOURCES_SHEET, sourcesTable(rules, check.ruleIds));
  return { sheetName, snapshot, check };
}
