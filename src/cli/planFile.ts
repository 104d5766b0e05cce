import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../plan/cellValue";
import { detectHeader } from "../plan/headerDetection";
import { readCsvTable, type CsvTable } from "./csvPlanFile";

/** A plan read from disk: its grid, and for .xlsx the workbook to write the annotated copy from. */
export type PlanFile =
  | { kind: "xlsx"; path: string; sheetName: string; grid: Grid; workbook: ExcelJS.Workbook; worksheet: ExcelJS.Worksheet }
  | { kind: "csv"; path: string; sheetName: string; grid: Grid; csv: CsvTable };

/** The file cannot be read as a plan: exit code 1, one line on stderr. */
export class PlanFileError extends Error {
  override name = "PlanFileError";
}

/** A cell as the plan layer sees it: formulas by their result, rich text as text, merged cells once. */
export function excelCellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.isMerged && cell.master !== cell) return null;
  const value = cell.value as unknown;
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object") {
    const v = value as { result?: unknown; richText?: Array<{ text: string }>; text?: unknown; error?: string };
    if ("richText" in v && v.richText) return v.richText.map((run) => run.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = v.result as unknown;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && result && "error" in result) return String((result as { error: string }).error);
      return result as CellValue;
    }
    if ("text" in v) return String(v.text);
    if ("error" in v) return String(v.error);
  }
  return String(value);
}

/** A worksheet as a grid; `read` turns each cell into a value (configuration tables read percentages as typed). */
export function worksheetGrid(worksheet: ExcelJS.Worksheet, read: (cell: ExcelJS.Cell) => CellValue = excelCellValue): Grid {
  const grid: Grid = [];
  const columns = worksheet.columnCount;
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const cells: CellValue[] = new Array(columns).fill(null);
    if (row.hasValues) row.eachCell({ includeEmpty: false }, (cell, column) => (cells[column - 1] = read(cell)));
    grid.push(cells);
  }
  return grid;
}

/** Reads a .xlsx or .csv plan; refuses unreadable files with one clear sentence. */
export async function readPlanFile(file: string, sheet?: string): Promise<PlanFile> {
  const extension = path.extname(file).toLowerCase();
  if (extension !== ".xlsx" && extension !== ".csv") throw new PlanFileError(`${file}: only .xlsx and .csv plans can be read`);
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new PlanFileError(`${file}: no such file`);
  }
  if (size === 0) throw new PlanFileError(`${file} is empty (0 bytes)`);
  const bytes = await readFile(file);
  if (extension === ".csv") {
    const csv = readCsvTable(bytes, file);
    return { kind: "csv", path: file, sheetName: path.basename(file, extension), grid: csv.grid, csv };
  }

  // An .xlsx file is a zip archive: it starts with "PK".
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new PlanFileError(`${file} is not an Excel workbook (.xlsx), although it is named like one`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new PlanFileError(`${file} could not be read as an Excel workbook: ${error instanceof Error ? error.message : String(error)}`);
  }
  const sheets = workbook.worksheets;
  let worksheet: ExcelJS.Worksheet | undefined;
  if (sheet) {
    worksheet = sheets.find((candidate) => candidate.name === sheet);
    if (!worksheet) throw new PlanFileError(`${file} has no sheet named "${sheet}"; its sheets are: ${sheets.map((s) => `"${s.name}"`).join(", ")}`);
  } else {
    // The first visible sheet that holds a plan; hidden sheets are only read when named.
    const visible = sheets.filter((candidate) => candidate.state === "visible" || candidate.state === undefined);
    worksheet = visible.find((candidate) => detectHeader(worksheetGrid(candidate)).missing.length === 0) ?? visible[0];
    if (!worksheet) throw new PlanFileError(`${file} has no visible sheet`);
  }
  return { kind: "xlsx", path: file, sheetName: worksheet.name, grid: worksheetGrid(worksheet), workbook, worksheet };
}
