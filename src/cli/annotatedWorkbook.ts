import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import type { CellValue } from "../plan/cellValue";
import type { PlanCheck } from "../plan/checkPlan";
import { moneyFormat } from "../plan/moneyFormat";
import { MONEY_COLUMNS, OUTPUT_COLUMNS } from "../plan/outputColumns";
import { SOURCES_SHEET, sourcesTable } from "../plan/sourcesTable";
import { STATUS_FILL } from "../plan/statusColours";
import { SUMMARY_SHEET, summaryTable, summaryTitle } from "../plan/summaryTable";
import type { RuleSet } from "../rules/ruleSet";
import { annotatedCsv } from "./annotatedCsv";
import type { PlanFile } from "./planFile";


const WIDE_COLUMNS: Record<string, number> = { "Required permits": 60, Issues: 80, "Importer of record": 30, "Exporter of record": 30, "Rule references": 40 };

function replaceSheet(workbook: ExcelJS.Workbook, name: string, rows: CellValue[][]): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(name);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(name);
  for (const row of rows) sheet.addRow(row.map((cell) => cell ?? null));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => (column.width = 24));
  return sheet;
}

/** Writes the output block beside the plan, styles it, and replaces the summary and sources sheets. */
export function annotateWorksheet(file: Extract<PlanFile, { kind: "xlsx" }>, check: PlanCheck, rules: RuleSet, checkedAsOf: string): void {
  const { worksheet, workbook } = file;
  const headerRow = check.detection.headerRow + 1;
  const first = check.outputColumn + 1;
  const statusColumn = first;
  const currencyOffset = OUTPUT_COLUMNS.indexOf("Charges currency");
  check.outputBlock.forEach((cells, offset) => {
    const row = worksheet.getRow(headerRow + offset);
    const currency = typeof cells[currencyOffset] === "string" ? (cells[currencyOffset] as string) : "USD";
    cells.forEach((value, index) => {
      const cell = row.getCell(first + index);
      // Strings stay strings in exceljs: text that looks like a formula is never turned into one.
      cell.value = value ?? null;
      // A note left by a previous check goes; touching the note of every cell would create one each.
      if (cell.note) cell.note = undefined as unknown as string;
      if (offset === 0) {
        cell.font = { bold: true };
        return;
      }
      if (MONEY_COLUMNS.includes(OUTPUT_COLUMNS[index]!)) cell.numFmt = moneyFormat(currency);
      // Long cells are not wrapped: wrapping would stretch the planner's own rows to dozens of lines.
    });
    if (offset > 0 && typeof cells[0] === "string" && cells[0] in STATUS_FILL) {
      const status = row.getCell(statusColumn);
      status.fill = { type: "pattern", pattern: "solid", fgColor: { argb: STATUS_FILL[cells[0] as keyof typeof STATUS_FILL] } };
      const refs = cells[OUTPUT_COLUMNS.indexOf("Rule references")];
      if (typeof refs === "string" && refs) status.note = `Rule references: ${refs}`;
    }
  });
  OUTPUT_COLUMNS.forEach((title, index) => (worksheet.getColumn(first + index).width = WIDE_COLUMNS[title] ?? 16));
  worksheet.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
  replaceSheet(workbook, SUMMARY_SHEET, summaryTable(check.summary, summaryTitle(file.sheetName, rules, checkedAsOf)));
  const sources = replaceSheet(workbook, SOURCES_SHEET, sourcesTable(rules, check.ruleIds));
  sources.getColumn(3).width = 50;
  sources.getColumn(4).width = 60;
  sources.getColumn(5).width = 70;
}

/** Writes the annotated copy; it goes to a temporary file first, so a failed write leaves no half-written output. */
export async function writeAnnotated(file: PlanFile, check: PlanCheck, rules: RuleSet, out: string, checkedAsOf: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  const temporary = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    if (out.toLowerCase().endsWith(".csv")) {
      await writeFile(temporary, annotatedCsv(file, check));
    } else if (file.kind !== "xlsx") {
      // A CSV plan written as .xlsx: build a workbook holding the plan, then annotate it.
      const workbook = new ExcelJS.Workbook();
      const worksheet = workbook.addWorksheet(file.sheetName.slice(0, 31) || "Plan");
      for (const row of file.grid) worksheet.addRow(row.map((cell) => cell ?? null));
      annotateWorksheet({ kind: "xlsx", path: file.path, sheetName: worksheet.name, grid: file.grid, workbook, worksheet }, check, rules, checkedAsOf);
      await workbook.xlsx.writeFile(temporary);
    } else {
      annotateWorksheet(file, check, rules, checkedAsOf);
      await file.workbook.xlsx.writeFile(temporary);
    }
    await rename(temporary, out);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
