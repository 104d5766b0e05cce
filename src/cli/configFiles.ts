import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { Party } from "../domain/party";
import type { DecimalMark } from "../plan/cellParsing";
import type { Grid } from "../plan/cellValue";
import { describeProblems, type TableProblem } from "../plan/configTable";
import { PARTIES_SHEET, readPartiesJson, readPartiesTable } from "../plan/partiesTable";
import { readRulesTable, RULES_SHEET } from "../plan/rulesTable";
import { applyRuleOverrides, overrideFactIds, parseRuleOverrides } from "../rules/overrides";
import { permitRuleIds, RuleSetError, type RuleSet } from "../rules/ruleSet";
import { licenceCatalogue } from "../plan/licenceNames";
import { readCsvTable } from "./csvPlanFile";
import { openWorkbook, PlanFileError, readWorkbookSheet, type PlanFile } from "./planFile";
import { readWorksheet, WorkbookFileError, worksheetsOf } from "./xlsx/workbookFile";

/** A rules or parties file (or sheet) that cannot be used: exit code 1, and nothing is checked. */
export class ConfigFileError extends PlanFileError {
  override name = "ConfigFileError";
}

/** What a check runs with, and where each part came from (for the summary). */
export interface Configuration {
  rules: RuleSet;
  parties: Party[];
  /** One line each: "Rule overrides: ...", "Parties: ...". */
  notes: string[];
}

const refuse = (where: string, problems: readonly TableProblem[]) => new ConfigFileError(`${where} is refused, so nothing was checked: ${describeProblems(problems)}`);

type ConfigSource = { kind: "json"; data: unknown } | { kind: "table"; grid: Grid; where: string; decimalMark?: DecimalMark };

/** A rate or amount written with a decimal comma ("2,5", "2,5 %", "1.234,56"), as a `;`-separated CSV from European Excel has it. */
const DECIMAL_COMMA_NUMBER = /^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?(\s*%)?$/;

/** The rules table reads numbers with a decimal point: a decimal-comma file's numbers are rewritten so. */
function withDecimalPoints(grid: Grid): Grid {
  return grid.map((row) => row.map((cell) => (typeof cell === "string" && DECIMAL_COMMA_NUMBER.test(cell.trim()) ? cell.trim().replace(/\./g, "").replace(",", ".") : cell)));
}

/** Reads a configuration file: JSON and YAML as data, .csv and .xlsx as a table (in a workbook, the sheet named `sheetName`, else the first visible sheet). */
export async function readConfigFile(file: string, flag: string, sheetName: string): Promise<ConfigSource> {
  const extension = path.extname(file).toLowerCase();
  if (![".json", ".yaml", ".yml", ".csv", ".xlsx"].includes(extension)) throw new ConfigFileError(`${flag} ${file}: expected a .yaml, .json, .csv or .xlsx file`);
  try {
    if ((await stat(file)).size === 0) throw new ConfigFileError(`${flag} ${file} is empty (0 bytes)`);
  } catch (error) {
    if (error instanceof ConfigFileError) throw error;
    throw new ConfigFileError(`${flag} ${file}: no such file`);
  }
  const bytes = await readFile(file);
  if (extension === ".json") {
    try {
      return { kind: "json", data: JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, "")) as unknown };
    } catch (error) {
      throw new ConfigFileError(`${flag} ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (extension === ".yaml" || extension === ".yml") {
    try {
      return { kind: "json", data: parseYaml(bytes.toString("utf8").replace(/^\uFEFF/, "")) as unknown };
    } catch (error) {
      // The parser's message ends with the line quoted and marked: the first line names the place.
      const message = (error instanceof Error ? error.message : String(error)).split("\n")[0]!.replace(/:$/, "");
      throw new ConfigFileError(`${flag} ${file} is not valid YAML: ${message}`);
    }
  }
  if (extension === ".csv") {
    let csv;
    try {
      csv = readCsvTable(bytes, file);
    } catch (error) {
      if (error instanceof PlanFileError) throw new ConfigFileError(`${flag} ${error.message}`);
      throw error;
    }
    return { kind: "table", grid: csv.grid, where: file, decimalMark: csv.dialect.decimalMark };
  }
  // In a workbook, a number formatted as a percentage is read as the percentage written ("2.5%"), not its stored fraction.
  const workbook = await openWorkbook(file, (reason) => new ConfigFileError(`${flag} ${file} ${reason}`));
  try {
    const sheets = worksheetsOf(workbook);
    const worksheet = sheets.find((sheet) => sheet.name === sheetName) ?? sheets.find((sheet) => sheet.state === "visible");
    if (!worksheet) throw new ConfigFileError(`${flag} ${file} has no visible sheet`);
    return { kind: "table", grid: await readWorksheet(workbook, worksheet, { percentAsText: true }), where: `${file} (sheet "${worksheet.name}")` };
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new ConfigFileError(`${flag} ${file}: ${error.message}`);
    throw error;
  } finally {
    workbook.zip.close();
  }
}

/** The rule set with the user's overrides from a --rules file. */
export async function readRulesFile(file: string, base: RuleSet): Promise<RuleSet> {
  const source = await readConfigFile(file, "--rules", RULES_SHEET);
  if (source.kind === "table") {
    const read = readRulesTable(source.decimalMark === "comma" ? withDecimalPoints(source.grid) : source.grid, base);
    if (!read.ok) throw refuse(source.where, read.problems);
    return read.value.ruleSet;
  }
  try {
    return applyRuleOverrides(base, parseRuleOverrides(source.data, file), file);
  } catch (error) {
    if (error instanceof RuleSetError) throw new ConfigFileError(`${error.message} (the rules file is refused, so nothing was checked)`);
    throw error;
  }
}

/** The parties from a --parties file, checked against the rule set's permit ids. */
export async function readPartiesFile(file: string, rules: RuleSet): Promise<Party[]> {
  const source = await readConfigFile(file, "--parties", PARTIES_SHEET);
  const read = source.kind === "json" ? readPartiesJson(source.data, permitRuleIds(rules)) : readPartiesTable(source.grid, licenceCatalogue(rules));
  if (!read.ok) throw refuse(source.kind === "json" ? file : source.where, read.problems);
  return read.value;
}

/**
 * The configuration of a check: rule overrides and parties from the files given on the command line,
 * else from the "Clearway Rules" and "Clearway Parties" sheets of the plan's workbook, else none.
 * The rules come first: a party's licence must name one of their permits.
 */
export async function loadConfiguration(options: { rules?: string; parties?: string }, plan: PlanFile, base: RuleSet): Promise<Configuration> {
  const notes: string[] = [];
  // The plan workbook's own configuration sheets, read as typed (percentages as written).
  const sheet = async (name: string): Promise<Grid | undefined> => (plan.kind === "xlsx" && plan.sheetNames.includes(name) ? readWorkbookSheet(plan.path, name, { percentAsText: true }) : undefined);

  let rules = base;
  let rulesFrom: string | undefined;
  if (options.rules) {
    rules = await readRulesFile(options.rules, base);
    rulesFrom = options.rules;
  } else if (plan.kind === "xlsx" && plan.sheetNames.includes(RULES_SHEET)) {
    const where = `${plan.path} (sheet "${RULES_SHEET}")`;
    const read = readRulesTable((await sheet(RULES_SHEET)) ?? [], base);
    if (!read.ok) throw refuse(where, read.problems);
    rules = read.value.ruleSet;
    rulesFrom = `sheet "${RULES_SHEET}"`;
  }
  if (rulesFrom) {
    const ids = overrideFactIds(rules);
    notes.push(`Rule overrides from ${rulesFrom}: ${ids.length ? ids.join(", ") : "none (every fact given equals Clearway's)"}.`);
  }

  let parties: Party[] = [];
  if (options.parties) {
    parties = await readPartiesFile(options.parties, rules);
    notes.push(`Parties from ${options.parties}: ${parties.length}.`);
  } else if (plan.kind === "xlsx" && plan.sheetNames.includes(PARTIES_SHEET)) {
    const read = readPartiesTable((await sheet(PARTIES_SHEET)) ?? [], licenceCatalogue(rules));
    if (!read.ok) throw refuse(`${plan.path} (sheet "${PARTIES_SHEET}")`, read.problems);
    parties = read.value;
    notes.push(`Parties from sheet "${PARTIES_SHEET}": ${parties.length}.`);
  }
  return { rules, parties, notes };
}
