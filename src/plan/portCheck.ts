import type { SettingsInput } from "../domain/settings";
import type { RuleSet } from "../rules/ruleSet";
import { checkWorkbook, type CheckPhase, type WorkbookCheck, type WorkbookSource } from "./checkWorkbook";
import type { PlanCheck } from "./checkPlan";
import type { PlanField } from "./planFields";
import type { ClearwaySheet } from "./sheetMarks";
import { sheetNameTakenNote } from "./sheetNames";
import type { SheetSnapshot, WorkbookPort } from "./workbookPort";
import { planBlockReport } from "./workbookReport";

/** A workbook behind a WorkbookPort (Excel, the playground) as a check reads it. */
export function portWorkbookSource(port: WorkbookPort): WorkbookSource {
  return {
    sheetNames: async () => (await port.listSheets()).map((sheet) => sheet.name),
    readSheet: async (name, options) => (await port.readSheet(name, options)).values,
    where: (sheetName) => `the sheet "${sheetName}"`,
  };
}

export interface PortCheckRequest {
  port: WorkbookPort;
  rules: RuleSet;
  sheetName: string;
  settings: SettingsInput;
  overrides: Partial<Record<PlanField, string>>;
  onPhase?: (phase: CheckPhase) => void | Promise<void>;
}

export interface CheckOutcome {
  sheetName: string;
  snapshot: SheetSnapshot;
  check: PlanCheck;
  /** The rules the check used (the embedded ones with the workbook's overrides), for each row's sources. */
  rules: RuleSet;
  /** The as-of date the check used. */
  asOf: string;
  /** The names of Clearway's sheets written. */
  sheetsWritten: string[];
  /** Where the configuration came from, the plan defaults used, and where a sheet went when its name was taken, one line each. */
  notes: string[];
}

/**
 * Writes a check through the port: the block beside the plan, then Clearway's sheets. The only
 * place a check is written through a port; returns the sheets' names and what the user must be told.
 */
async function writeThroughPort(
  port: WorkbookPort,
  snapshot: SheetSnapshot,
  checked: WorkbookCheck,
): Promise<{ sheetsWritten: string[]; notes: string[] }> {
  // What this host could not apply (an older Excel's filter or print setup), one line each.
  const notes = await port.writeResults(snapshot, checked.block, planBlockReport(checked.check));
  const sheetsWritten: string[] = [];
  for (const sheet of checked.sheets) {
    const name = await port.replaceSheet(sheet.role as ClearwaySheet, sheet);
    sheetsWritten.push(name);
    if (name !== sheet.name) notes.push(sheetNameTakenNote(sheet, name));
  }
  return { sheetsWritten, notes };
}

/** The pane's check of one sheet: the shared check, read and written through the port (Excel or the playground). */
export async function checkThroughPort({
  port,
  rules,
  sheetName,
  settings,
  overrides,
  onPhase,
}: PortCheckRequest): Promise<CheckOutcome> {
  let snapshot: SheetSnapshot | undefined;
  const checked = await checkWorkbook({
    workbook: portWorkbookSource(port),
    readPlan: async () => {
      snapshot = await port.readSheet(sheetName);
      return { sheetName, grid: snapshot.values };
    },
    rules,
    settings,
    overrides,
    ...(onPhase ? { onPhase } : {}),
  });
  await onPhase?.("writing");
  const written = await writeThroughPort(port, snapshot!, checked);
  return {
    sheetName,
    snapshot: snapshot!,
    check: checked.check,
    rules: checked.rules,
    asOf: checked.settings.asOf,
    sheetsWritten: written.sheetsWritten,
    notes: [...checked.notes, ...written.notes],
  };
}
