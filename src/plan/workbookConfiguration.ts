import type { Party } from "../domain/party";
import { overrideFactIds } from "../rules/overrides";
import type { RuleSet } from "../rules/ruleSet";
import type { Grid } from "./cellValue";
import type { TableProblem } from "./configTable";
import { licenceCatalogue } from "./licenceNames";
import { PARTIES_SHEET, readPartiesTable } from "./partiesTable";
import { readRulesTable, RULES_SHEET } from "./rulesTable";

export type WorkbookConfiguration = { ok: true; rules: RuleSet; parties: Party[]; notes: string[] } | { ok: false; sheet: string; problems: TableProblem[] };

/**
 * The rules and parties of a check from the workbook's "Clearway Rules" and "Clearway Parties"
 * sheets, when present. A bad row refuses its whole table: nothing is checked on half a configuration.
 */
export function configurationFromSheets(sheets: { rules?: Grid; parties?: Grid }, base: RuleSet): WorkbookConfiguration {
  const notes: string[] = [];
  let rules = base;
  if (sheets.rules) {
    const read = readRulesTable(sheets.rules, base);
    if (!read.ok) return { ok: false, sheet: RULES_SHEET, problems: read.problems };
    rules = read.value.ruleSet;
    const ids = overrideFactIds(rules);
    notes.push(`Rule overrides from "${RULES_SHEET}": ${ids.length ? ids.join(", ") : "none"}.`);
  }
  let parties: Party[] = [];
  if (sheets.parties) {
    const read = readPartiesTable(sheets.parties, licenceCatalogue(rules));
    if (!read.ok) return { ok: false, sheet: PARTIES_SHEET, problems: read.problems };
    parties = read.value;
    notes.push(`Parties from "${PARTIES_SHEET}": ${parties.length}.`);
  }
  return { ok: true, rules, parties, notes };
}
