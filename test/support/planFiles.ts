import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

export type Row = Array<string | number | boolean | Date | null | { formula: string; result: unknown }>;

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "clearway-"));
}

/** Writes an .xlsx with one sheet per entry: rows as given, optional hidden state and merges. */
export async function writeWorkbook(file: string, sheets: Array<{ name: string; rows: Row[]; hidden?: boolean; merges?: string[] }>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { state: sheet.hidden ? "hidden" : "visible" });
    for (const row of sheet.rows) worksheet.addRow(row as unknown[]);
    for (const range of sheet.merges ?? []) worksheet.mergeCells(range);
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

export async function readSheet(file: string, name?: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = name ? workbook.getWorksheet(name)! : workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => (rows[number - 1] = (row.values as unknown[]).slice(1)));
  return rows;
}

export async function sheetNames(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => sheet.name);
}

/** Runs the CLI in-process and captures its output. */
export async function runCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}
