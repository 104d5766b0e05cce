import { describeProblems } from "../plan/configTable";
import { DEPOTS_SHEET, readDepotsTable, type DepotsTable } from "../plan/depotsTable";
import { ConfigFileError, readConfigFile } from "./configFiles";
import { readWorkbookSheet, type PlanFile } from "./planFile";

/**
 * The Depots table of a check: from --depots FILE (.csv, or .xlsx with a "Clearway Depots" sheet or
 * else its first sheet), else from the plan workbook's "Clearway Depots" sheet, else none. A bad row
 * refuses the whole table, and nothing is checked.
 */
export async function loadDepots(file: string | undefined, plan: PlanFile): Promise<{ depots?: DepotsTable; note?: string }> {
  if (file) {
    const source = await readConfigFile(file, "--depots", DEPOTS_SHEET);
    if (source.kind !== "table") throw new ConfigFileError(`--depots ${file}: expected a .csv or .xlsx table (${"Depot | Code | Country | City"})`);
    const read = readDepotsTable(source.grid, source.where);
    if (!read.ok) throw new ConfigFileError(`${source.where} is refused, so nothing was checked: ${describeProblems(read.problems)}`);
    return { depots: read.value, note: `Depots from ${source.where}: ${read.value.depots.length}.` };
  }
  const sheet = plan.kind === "xlsx" && plan.sheetNames.includes(DEPOTS_SHEET) ? await readWorkbookSheet(plan.path, DEPOTS_SHEET) : undefined;
  if (!sheet) return {};
  const where = `sheet "${DEPOTS_SHEET}"`;
  const read = readDepotsTable(sheet, where);
  if (!read.ok) throw new ConfigFileError(`${plan.path} (${where}) is refused, so nothing was checked: ${describeProblems(read.problems)}`);
  return { depots: read.value, note: `Depots from ${where}: ${read.value.depots.length}.` };
}
