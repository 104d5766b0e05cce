import type { Party } from "../domain/party";
import { applyRuleOverrides, overrideFactIds, parseRuleOverrides } from "../rules/overrides";
import { permitRuleIds, RuleSetError, type RuleSet } from "../rules/ruleSet";
import type { DecimalMark } from "./cellParsing";
import type { Grid } from "./cellValue";
import { describeProblems, type TableProblem } from "./configTable";
import { readDefaultsTable } from "./defaultsTable";
import { readDepotsTable, type DepotsTable } from "./depotsTable";
import { readPartiesJson, readPartiesTable } from "./partiesTable";
import { licenceCatalogue } from "./licenceNames";
import type { PlanDefaults } from "./planDefaults";
import { readRulesTable } from "./rulesTable";

/**
 * The configuration of a check (rule overrides, parties, plan defaults, depots) read from the
 * documents a host found: a sheet of the plan's workbook, or a file the user named. Every host reads
 * them here, so the same table gives the same configuration, the same notes and the same refusals.
 */

/** A table as a host read it: a sheet, a CSV file, or a sheet of another workbook. */
export interface TableDocument {
  kind: "table";
  grid: Grid;
  /** How notes and row messages name it: 'sheet "Clearway Parties"', "parties.csv". */
  name: string;
  /** How a refusal names it: 'plan.xlsx (sheet "Clearway Parties")', "parties.csv". */
  where: string;
  /** A `;`-separated CSV from European Excel writes rates and amounts with a decimal comma. */
  decimalMark?: DecimalMark;
}

/** Data (a JSON or YAML file) as a host parsed it. */
export interface DataDocument {
  kind: "data";
  data: unknown;
  name: string;
  where: string;
}

export type ConfigDocument = TableDocument | DataDocument;

/** A table or file that cannot be used: nothing is checked on half a configuration. */
export class ConfigurationRefusedError extends Error {
  override name = "ConfigurationRefusedError";
  constructor(
    /** Where the problems are, as the message names it. */
    readonly where: string,
    readonly problems: readonly TableProblem[],
    message = `${where} is refused, so nothing was checked: ${describeProblems(problems)}`,
  ) {
    super(message);
  }
}

/** A rate or amount written with a decimal comma ("2,5", "2,5 %", "1.234,56"), as a `;`-separated CSV from European Excel has it. */
const DECIMAL_COMMA_NUMBER = /^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?(\s*%)?$/;

/** The rules table reads numbers with a decimal point: a decimal-comma table's numbers are rewritten so. */
function withDecimalPoints(grid: Grid): Grid {
  return grid.map((row) =>
    row.map((cell) =>
      typeof cell === "string" && DECIMAL_COMMA_NUMBER.test(cell.trim())
        ? cell.trim().replace(/\./g, "").replace(",", ".")
        : cell,
    ),
  );
}

/** The rule set with the overrides of a rules table or file, and the note saying which facts they change. */
export function rulesFrom(document: ConfigDocument, base: RuleSet): { rules: RuleSet; note: string } {
  let rules: RuleSet;
  if (document.kind === "table") {
    const read = readRulesTable(
      document.decimalMark === "comma" ? withDecimalPoints(document.grid) : document.grid,
      base,
    );
    if (!read.ok) throw new ConfigurationRefusedError(document.where, read.problems);
    rules = read.value.ruleSet;
  } else {
    try {
      rules = applyRuleOverrides(base, parseRuleOverrides(document.data, document.where), document.where);
    } catch (error) {
      if (error instanceof RuleSetError)
        throw new ConfigurationRefusedError(
          document.where,
          [{ cell: null, path: "", message: error.message }],
          `${error.message} (the rules file is refused, so nothing was checked)`,
        );
      throw error;
    }
  }
  const ids = overrideFactIds(rules);
  return {
    rules,
    note: `Rule overrides from ${document.name}: ${ids.length ? ids.join(", ") : "none (every fact given equals Clearway's)"}.`,
  };
}

/** The parties of a parties table or file, checked against the rule set's permit ids (a licence must name one of its permits). */
export function partiesFrom(document: ConfigDocument, rules: RuleSet): { parties: Party[]; note: string } {
  const read =
    document.kind === "data"
      ? readPartiesJson(document.data, permitRuleIds(rules))
      : readPartiesTable(document.grid, licenceCatalogue(rules));
  if (!read.ok) throw new ConfigurationRefusedError(document.where, read.problems);
  return { parties: read.value, note: `Parties from ${document.name}: ${read.value.length}.` };
}

/** The plan defaults of a defaults table. */
export function planDefaultsFrom(document: TableDocument): PlanDefaults {
  const read = readDefaultsTable(document.grid);
  if (!read.ok) throw new ConfigurationRefusedError(document.where, read.problems);
  return read.value;
}

/** The depots of a depots table, and the note saying how many. */
export function depotsFrom(document: TableDocument): { depots: DepotsTable; note: string } {
  const read = readDepotsTable(document.grid, document.name);
  if (!read.ok) throw new ConfigurationRefusedError(document.where, read.problems);
  return { depots: read.value, note: `Depots from ${document.name}: ${read.value.depots.length}.` };
}

/** Defaults given for this check (the command line's --default, the pane's settings) win over those kept in the workbook. */
export function combinedPlanDefaults(given: PlanDefaults, kept: PlanDefaults): PlanDefaults {
  return { ...kept, ...given };
}

/** The note listing the plan defaults a check uses, if any. */
export function planDefaultsNote(defaults: PlanDefaults): string[] {
  const entries = Object.entries(defaults).filter(([, value]) => value !== undefined);
  return entries.length
    ? [
        `Plan defaults (used where the plan gives no value; such rows say so): ${entries.map(([field, value]) => `${field}=${value}`).join(", ")}.`,
      ]
    : [];
}
