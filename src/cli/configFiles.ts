import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { ConfigDocument, TableDocument } from "../plan/checkConfiguration";
import type { DocumentReader, WorkbookCheckRequest } from "../plan/checkWorkbook";
import { DEPOTS_COLUMNS, DEPOTS_SHEET } from "../plan/depotsTable";
import { PARTIES_SHEET } from "../plan/partiesTable";
import { RULES_SHEET } from "../plan/rulesTable";
import { readCsvTable } from "./csvPlanFile";
import { openWorkbook, PlanFileError } from "./planFile";
import { readWorksheet, WorkbookFileError, worksheetsOf } from "./xlsx/workbookFile";

/** A rules, parties or depots file that cannot be read: exit code 1, and nothing is checked. */
export class ConfigFileError extends PlanFileError {
  override name = "ConfigFileError";
}

/**
 * Reads a configuration file: JSON and YAML as data, .csv and .xlsx as a table (in a workbook, the
 * sheet named `sheetName`, else the first visible sheet). What the document says is read by the
 * plan layer, as the same table in a sheet of the plan's workbook would be.
 */
export async function readConfigFile(file: string, flag: string, sheetName: string): Promise<ConfigDocument> {
  const extension = path.extname(file).toLowerCase();
  if (![".json", ".yaml", ".yml", ".csv", ".xlsx"].includes(extension))
    throw new ConfigFileError(`${flag} ${file}: expected a .yaml, .json, .csv or .xlsx file`);
  try {
    if ((await stat(file)).size === 0) throw new ConfigFileError(`${flag} ${file} is empty (0 bytes)`);
  } catch (error) {
    if (error instanceof ConfigFileError) throw error;
    throw new ConfigFileError(`${flag} ${file}: no such file`);
  }
  const bytes = await readFile(file);
  if (extension === ".json") {
    try {
      return {
        kind: "data",
        data: JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, "")) as unknown,
        name: file,
        where: file,
      };
    } catch (error) {
      throw new ConfigFileError(
        `${flag} ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  if (extension === ".yaml" || extension === ".yml") {
    try {
      return {
        kind: "data",
        data: parseYaml(bytes.toString("utf8").replace(/^\uFEFF/, "")) as unknown,
        name: file,
        where: file,
      };
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
    return { kind: "table", grid: csv.grid, name: file, where: file, decimalMark: csv.dialect.decimalMark };
  }
  // In a workbook, a number formatted as a percentage is read as the percentage written ("2.5%"), not its stored fraction.
  const workbook = await openWorkbook(file, (reason) => new ConfigFileError(`${flag} ${file} ${reason}`));
  try {
    const sheets = worksheetsOf(workbook);
    const worksheet =
      sheets.find((sheet) => sheet.name === sheetName) ?? sheets.find((sheet) => sheet.state === "visible");
    if (!worksheet) throw new ConfigFileError(`${flag} ${file} has no visible sheet`);
    const where = `${file} (sheet "${worksheet.name}")`;
    return {
      kind: "table",
      grid: await readWorksheet(workbook, worksheet, { percentAsText: true }),
      name: where,
      where,
    };
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new ConfigFileError(`${flag} ${file}: ${error.message}`);
    throw error;
  } finally {
    workbook.zip.close();
  }
}

/** A --depots file: a table only. */
async function readDepotsFile(file: string): Promise<TableDocument> {
  const document = await readConfigFile(file, "--depots", DEPOTS_SHEET);
  if (document.kind !== "table")
    throw new ConfigFileError(`--depots ${file}: expected a .csv or .xlsx table (${DEPOTS_COLUMNS.join(" | ")})`);
  return document;
}

/** The files named on the command line, each read when the check gets to it (over the plan workbook's sheet of the same kind). */
export function configFileReaders(options: {
  rules?: string;
  parties?: string;
  depots?: string;
}): NonNullable<WorkbookCheckRequest["documents"]> {
  const { rules, parties, depots } = options;
  const documents: { rules?: DocumentReader; parties?: DocumentReader; depots?: DocumentReader<TableDocument> } = {};
  if (rules) documents.rules = () => readConfigFile(rules, "--rules", RULES_SHEET);
  if (parties) documents.parties = () => readConfigFile(parties, "--parties", PARTIES_SHEET);
  if (depots) documents.depots = () => readDepotsFile(depots);
  return documents;
}
