import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Grid } from "../plan/cellValue";
import { detectHeader } from "../plan/headerDetection";
import { unmetRequirements } from "../plan/planRequirements";
import { readCsvTable, type CsvTable } from "./csvPlanFile";
import {
  MAX_PLAN_ROWS,
  openWorkbookFile,
  readWorksheet,
  WorkbookFileError,
  worksheetsOf,
  type WorkbookFile,
} from "./xlsx/workbookFile";

/** A plan read from disk: its grid, and for .xlsx the names of the workbook's sheets (the package is read again to write). */
export type PlanFile =
  | { kind: "xlsx"; path: string; sheetName: string; grid: Grid; sheetNames: string[] }
  | { kind: "csv"; path: string; sheetName: string; grid: Grid; csv: CsvTable };

/** The file cannot be read as a plan: exit code 1, one line on stderr. */
export class PlanFileError extends Error {
  override name = "PlanFileError";
}

/** A sheet holds a plan when its header gives what a check needs (a material may be inferred from other columns). */
const holdsPlan = (grid: Grid) => {
  const detection = detectHeader(grid);
  return detection.headerRow >= 0 && unmetRequirements(detection).length === 0;
};

/** Opens an .xlsx file, turning every way it can fail into one sentence that starts with the file's name. */
export async function openWorkbook(
  file: string,
  describe: (reason: string) => Error = (reason) => new PlanFileError(`${file} ${reason}`),
): Promise<WorkbookFile> {
  try {
    return await openWorkbookFile(file);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw describe(error.message);
    throw describe("could not be read");
  }
}

/** One sheet of an .xlsx file as a grid, or undefined when the workbook has no worksheet of that name. */
export async function readWorkbookSheet(
  file: string,
  name: string,
  options: { percentAsText?: boolean } = {},
): Promise<Grid | undefined> {
  const workbook = await openWorkbook(file);
  try {
    const sheet = worksheetsOf(workbook).find((candidate) => candidate.name === name);
    return sheet ? await readSheet(file, workbook, sheet, options) : undefined;
  } finally {
    workbook.zip.close();
  }
}

async function readSheet(
  file: string,
  workbook: WorkbookFile,
  sheet: Parameters<typeof readWorksheet>[1],
  options: { percentAsText?: boolean } = {},
): Promise<Grid> {
  try {
    return await readWorksheet(workbook, sheet, options);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new PlanFileError(`${file}: ${error.message}`);
    throw error;
  }
}

async function readXlsxPlan(file: string, sheet: string | undefined): Promise<PlanFile> {
  const workbook = await openWorkbook(file);
  try {
    const sheets = worksheetsOf(workbook);
    const sheetNames = workbook.structure.sheets.map((s) => s.name);
    const plan = (entry: (typeof sheets)[number], grid: Grid): PlanFile => ({
      kind: "xlsx",
      path: file,
      sheetName: entry.name,
      grid,
      sheetNames,
    });
    if (sheet) {
      const named = sheets.find((candidate) => candidate.name === sheet);
      if (!named) {
        const other = workbook.structure.sheets.some((candidate) => candidate.name === sheet);
        throw new PlanFileError(
          other
            ? `${file}: sheet "${sheet}" is not a worksheet (a chart sheet?)`
            : `${file} has no sheet named "${sheet}"; its sheets are: ${sheetNames.map((s) => `"${s}"`).join(", ")}`,
        );
      }
      return plan(named, await readSheet(file, workbook, named));
    }
    // The first visible sheet that holds a plan; hidden sheets are only read when named.
    const visible = sheets.filter((candidate) => candidate.state === "visible");
    let first: Grid | undefined;
    for (const candidate of visible) {
      const grid = await readSheet(file, workbook, candidate);
      if (holdsPlan(grid)) return plan(candidate, grid);
      first ??= grid;
    }
    for (const hidden of sheets.filter((candidate) => candidate.state !== "visible")) {
      if (holdsPlan(await readSheet(file, workbook, hidden)))
        throw new PlanFileError(
          `${file}: the sheet that holds the plan, "${hidden.name}", is hidden: unhide it, or name it with --sheet "${hidden.name}"`,
        );
    }
    if (!visible[0] || !first) throw new PlanFileError(`${file} has no visible worksheet`);
    return plan(visible[0], first);
  } finally {
    workbook.zip.close();
  }
}

/** Reads a .xlsx or .csv plan; refuses unreadable files with one clear sentence. */
export async function readPlanFile(file: string, sheet?: string): Promise<PlanFile> {
  const extension = path.extname(file).toLowerCase();
  if (extension !== ".xlsx" && extension !== ".csv")
    throw new PlanFileError(`${file}: only .xlsx and .csv plans can be read`);
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new PlanFileError(`${file}: no such file`);
  }
  if (size === 0) throw new PlanFileError(`${file} is empty (0 bytes)`);
  if (extension === ".xlsx") return readXlsxPlan(file, sheet);
  const csv = readCsvTable(await readFile(file), file);
  const grid = csv.grid;
  if (grid.length > MAX_PLAN_ROWS)
    throw new PlanFileError(
      `${file} has ${grid.length.toLocaleString("en")} rows (its header included), more than the ${MAX_PLAN_ROWS.toLocaleString("en")} Clearway checks in one run: split the plan into files of at most ${MAX_PLAN_ROWS.toLocaleString("en")} rows and check each`,
    );
  return { kind: "csv", path: file, sheetName: path.basename(file, extension), grid, csv };
}
