import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { ZipWriter } from "../../src/cli/xlsx/zipWriter";

export type Row = Array<string | number | boolean | Date | null | { formula: string; result: unknown }>;

const created: string[] = [];
// Each test file gets this module afresh: what its tests created goes when the file is done.
if (typeof afterAll === "function")
  afterAll(() => created.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A new temporary folder, removed after the test file has run. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "clearway-"));
  created.push(dir);
  return dir;
}

/** Writes a zip archive of the given parts (text or bytes, or text made in pieces), in this order. */
export async function writeZip(
  file: string,
  parts: Record<string, string | Buffer | (() => Iterable<string>)>,
): Promise<string> {
  const writer = new ZipWriter(createWriteStream(file));
  for (const [name, content] of Object.entries(parts))
    await writer.add(name, typeof content === "function" ? content() : [content]);
  await writer.finish();
  return file;
}

/** Writes an .xlsx with one sheet per entry: rows as given, optional hidden state and merges. */
export async function writeWorkbook(
  file: string,
  sheets: Array<{ name: string; rows: Row[]; hidden?: boolean; merges?: string[] }>,
): Promise<string> {
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
