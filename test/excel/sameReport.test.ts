import path from "node:path";
import ExcelJS from "exceljs";
import { writeAnnotated } from "../../src/cli/annotatedWorkbook";
import { readPlanFile } from "../../src/cli/planFile";
import { OfficeWorkbookPort } from "../../src/excel/officeWorkbookPort";
import type { CellValue } from "../../src/plan/cellValue";
import { checkPlan, type PlanCheck } from "../../src/plan/checkPlan";
import { MONEY_COLUMNS, OUTPUT_COLUMNS } from "../../src/plan/outputColumns";
import { reportSheets } from "../../src/plan/reportSheets";
import { resultsLayout } from "../../src/plan/resultsLayout";
import type { ClearwaySheet } from "../../src/plan/sheetMarks";
import { planBlockReport } from "../../src/plan/workbookReport";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { contextWith } from "../support/fixtureRules";
import { MockWorkbook, parseAddress, type Cell } from "../support/mockWorkbook";
import { tempDir } from "../support/planFiles";

/**
 * The example plan checked once, then written by both hosts: the command line's .xlsx writer (read
 * back with exceljs) and the add-in's Office.js port (against the mock workbook). The cells must
 * be the same: the plan sheet's block, the Summary, Sources and How to read sheets, and the number
 * formats of the block's money columns.
 */
const EXAMPLE = path.join(__dirname, "../../examples/shipment-plan.xlsx");
const AS_OF = "2026-11-26";

/** A cell as both hosts show it: empty as null, a date as its ISO day, a formula as "=" and its text, text Excel would run as a formula without its protecting apostrophe. */
function shown(value: unknown): CellValue | string {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object" && "formula" in (value as object)) return `=${(value as { formula: string }).formula}`;
  if (typeof value === "object" && "richText" in (value as object))
    return (value as { richText: Array<{ text: string }> }).richText.map((run) => run.text).join("");
  if (typeof value === "string" && /^'[=+\-@]/.test(value)) return value.slice(1);
  return value as CellValue;
}

const asCell = (value: CellValue): Cell =>
  value === null ? "" : value instanceof Date ? value.toISOString().slice(0, 10) : value;

describe("the add-in and the command line write the same report", () => {
  const rules = embeddedRuleSet();
  let check: PlanCheck;
  let sheetName: string;
  let cli: ExcelJS.Workbook;
  let office: MockWorkbook;
  const officeNames = new Map<string, string>();

  beforeAll(async () => {
    const file = await readPlanFile(EXAMPLE);
    sheetName = file.sheetName;
    check = checkPlan(file.grid, contextWith([], { asOf: AS_OF }, rules));
    const sheets = reportSheets(check, rules, sheetName, AS_OF);

    const out = path.join(tempDir(), "checked.xlsx");
    await writeAnnotated(file, check, sheets, out);
    cli = new ExcelJS.Workbook();
    await cli.xlsx.readFile(out);

    office = new MockWorkbook({ [sheetName]: file.grid.map((row) => row.map(asCell)) });
    const port = new OfficeWorkbookPort(office.run);
    const snapshot = await port.readSheet(sheetName);
    await port.writeResults(snapshot, resultsLayout(check), planBlockReport(check));
    for (const sheet of sheets)
      officeNames.set(sheet.name, await port.replaceSheet(sheet.role as ClearwaySheet, sheet));
  }, 60_000);

  it("writes the same block on the plan sheet, cell for cell", () => {
    const { headerRow } = check.detection;
    const plan = cli.getWorksheet(sheetName)!;
    let compared = 0;
    for (let r = headerRow; r < headerRow + check.outputBlock.length; r++) {
      for (let c = check.outputColumn; c < check.outputColumn + OUTPUT_COLUMNS.length; c++) {
        const theirs = shown(plan.getRow(r + 1).getCell(c + 1).value);
        expect([r, c, shown(office.grid(sheetName)[r]?.[c])]).toEqual([r, c, theirs]);
        if (theirs !== null) compared++;
      }
    }
    // Most cells of the block hold something (a few, such as the charges of an error row, are empty).
    expect(compared).toBeGreaterThan(check.outputBlock.length * OUTPUT_COLUMNS.length * 0.6);
  });

  it.each(["Clearway Summary", "Clearway Details", "Clearway Sources", "Clearway How to read"])(
    "writes the same %s sheet, cell for cell, links as the same formulas",
    (name) => {
      const written = cli.getWorksheet(name)!;
      const grid = office.grid(officeNames.get(name)!);
      const rows = Math.max(grid.length, written.rowCount);
      let links = 0;
      let filled = 0;
      for (let r = 0; r < rows; r++) {
        const width = Math.max(grid[r]?.length ?? 0, written.getRow(r + 1).cellCount);
        for (let c = 0; c < width; c++) {
          const theirs = shown(written.getRow(r + 1).getCell(c + 1).value);
          if (typeof theirs === "string" && theirs.startsWith("=HYPERLINK(")) links++;
          if (theirs !== null) filled++;
          expect([r, c, shown(grid[r]?.[c])]).toEqual([r, c, theirs]);
        }
      }
      expect(filled).toBeGreaterThan(10);
      if (name === "Clearway Sources") expect(links).toBeGreaterThan(0);
    },
  );

  it("formats the block's money columns with the same number formats", () => {
    const formats = new Map<string, string>();
    for (const op of office.ops.filter(
      (candidate) => candidate.kind === "numberFormat" && candidate.sheet === sheetName,
    )) {
      const bounds = parseAddress(op.address);
      (op.data as string[][]).forEach((row, r) =>
        row.forEach((format, c) => formats.set(`${bounds.top + r}:${bounds.left + c}`, format)),
      );
    }
    const plan = cli.getWorksheet(sheetName)!;
    let compared = 0;
    for (let r = check.detection.headerRow + 1; r < check.detection.headerRow + check.outputBlock.length; r++) {
      for (const title of MONEY_COLUMNS) {
        const c = check.outputColumn + OUTPUT_COLUMNS.indexOf(title);
        const cell = plan.getRow(r + 1).getCell(c + 1);
        if (typeof cell.value !== "number") continue;
        expect([r, c, formats.get(`${r}:${c}`)]).toEqual([r, c, cell.numFmt]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});
