import { OLD_EXCEL_NOTE, OfficeWorkbookPort } from "../../src/excel/officeWorkbookPort";
import { columnWidthPoints } from "../../src/excel/officeFormats";
import { columnLetters } from "../../src/plan/cellAddress";
import type { CellValue } from "../../src/plan/cellValue";
import { checkPlan, type PlanCheck } from "../../src/plan/checkPlan";
import { OUTPUT_COLUMN_WIDTHS, OUTPUT_COLUMNS } from "../../src/plan/outputColumns";
import { FIELD_HEADERS, PLAN_FIELDS } from "../../src/plan/planFields";
import { resultsLayout } from "../../src/plan/resultsLayout";
import { summaryReport } from "../../src/plan/summaryReport";
import { SUMMARY_SHEET } from "../../src/plan/summaryTable";
import { LANDSCAPE_ONE_PAGE_WIDE, planBlockReport, tableCells, type ReportSheet } from "../../src/plan/workbookReport";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { contextWith } from "../support/fixtureRules";
import { MockWorkbook, parseAddress, type Cell, type FormatData, type Op } from "../support/mockWorkbook";

const rules = embeddedRuleSet();
const context = contextWith([], { asOf: "2026-11-26" }, rules);
const HEADER = PLAN_FIELDS.map((field) => FIELD_HEADERS[field].label);
const DESTINATIONS = ["DE", "IN", "JP", "US", "FR"];

/** A plan of `rows` rows (shipment ID first), with a title line above the header when `title`. */
function planGrid(rows: number, title = false): Cell[][] {
  const grid: Cell[][] = title ? [["Shipment plan Q4"], HEADER] : [HEADER];
  for (let r = 1; r <= rows; r++) {
    const values: Partial<Record<string, Cell>> = {
      shipmentId: `S-${r}`,
      origin: "US",
      destination: DESTINATIONS[r % 5]!,
      material: "IMP",
      value: 1000 + r,
      currency: r % 3 ? "EUR" : "JPY",
      shipDate: "2027-01-15",
    };
    grid.push(PLAN_FIELDS.map((field) => values[field] ?? ""));
  }
  return grid;
}

const asValues = (grid: Cell[][]): CellValue[][] => grid.map((row) => row.map((cell) => (cell === "" ? null : cell)));

async function checkAndWrite(grid: Cell[][], setUp: (workbook: MockWorkbook) => void = () => undefined) {
  const workbook = new MockWorkbook({ Plan: grid });
  setUp(workbook);
  const port = new OfficeWorkbookPort(workbook.run);
  const snapshot = await port.readSheet("Plan");
  const check = checkPlan(snapshot.values, context);
  const report = planBlockReport(check);
  const before = workbook.ops.length;
  const syncsBefore = workbook.syncs;
  const notes = await port.writeResults(snapshot, resultsLayout(check), report);
  return { workbook, port, check, report, notes, ops: workbook.ops.slice(before), syncs: workbook.syncs - syncsBefore };
}

const formatOps = (ops: readonly Op[]) =>
  ops.filter((op) => op.kind === "format").map((op) => ({ address: op.address, ...(op.data as FormatData) }));
/** Formats set on cell ranges: not the column widths, nor the row heights. */
const cellFormats = (ops: readonly Op[]) =>
  formatOps(ops).filter((op) => op.columnWidth === undefined && op.rowHeight === undefined);

describe("OfficeWorkbookPort renders the block as the plan layer describes it", () => {
  it("sets each look once per rectangle of cells, as many ranges for 6,000 rows as for 60", async () => {
    const small = await checkAndWrite(planGrid(60));
    const large = await checkAndWrite(planGrid(6_000));
    expect(cellFormats(large.ops).length).toBe(cellFormats(small.ops).length);
    expect(cellFormats(large.ops).length).toBeLessThanOrEqual(OUTPUT_COLUMNS.length + 1);
    // The rectangles cover every cell of the block exactly once.
    const { check } = small;
    const covered = new Map<string, number>();
    for (const op of cellFormats(small.ops)) {
      const bounds = parseAddress(op.address);
      for (let r = bounds.top; r <= bounds.bottom; r++)
        for (let c = bounds.left; c <= bounds.right; c++) covered.set(`${r}:${c}`, (covered.get(`${r}:${c}`) ?? 0) + 1);
    }
    expect(covered.size).toBe(check.outputBlock.length * OUTPUT_COLUMNS.length);
    expect([...covered.values()].every((times) => times === 1)).toBe(true);
    expect([...covered.keys()].every((key) => Number(key.split(":")[1]) >= check.outputColumn)).toBe(true);
  });

  it("writes the header bold and wrapped, the status column bold, wrapped text columns wrapped and top-aligned", async () => {
    const { ops, check } = await checkAndWrite(planGrid(10));
    const left = columnLetters(check.outputColumn);
    const right = columnLetters(check.outputColumn + OUTPUT_COLUMNS.length - 1);
    const formats = cellFormats(ops);
    expect(formats.find((op) => op.address === `${left}1:${right}1`)).toMatchObject({
      bold: true,
      wrapText: true,
      verticalAlignment: "Top",
    });
    expect(formats.find((op) => op.address === `${left}2:${left}11`)).toMatchObject({
      bold: true,
      verticalAlignment: "Top",
    });
    const issues = columnLetters(check.outputColumn + OUTPUT_COLUMNS.indexOf("Issues"));
    expect(
      formats.find((op) => op.address.startsWith(`${issues}2:`) || op.address.includes(`:${issues}11`)),
    ).toMatchObject({ wrapText: true, verticalAlignment: "Top" });
  });

  it("sets every column's width in points from the description's characters", async () => {
    const { ops, check } = await checkAndWrite(planGrid(3));
    const widths = formatOps(ops).filter((op) => op.columnWidth !== undefined);
    expect(widths.map((op) => op.address)).toEqual(
      OUTPUT_COLUMNS.map((_, c) => `${columnLetters(check.outputColumn + c)}:${columnLetters(check.outputColumn + c)}`),
    );
    expect(widths.map((op) => op.columnWidth)).toEqual(
      OUTPUT_COLUMNS.map((title) => columnWidthPoints(OUTPUT_COLUMN_WIDTHS[title])),
    );
    // 10 characters of the default font: 75 pixels, 56.25 points.
    expect(columnWidthPoints(10)).toBe(56.25);
  });

  it("sets the rows' heights the description gives, one range per run of equal height", async () => {
    const { ops, report, check } = await checkAndWrite(planGrid(20));
    const heights = formatOps(ops).filter((op) => op.rowHeight !== undefined);
    const expected = new Map<number, number>();
    for (let r = 0; r < check.outputBlock.length; r++) {
      const height = report.rowHeight(r);
      if (height !== null) expected.set(r + 1, height);
    }
    const written = new Map<number, number>();
    for (const op of heights) {
      const [from, to] = op.address.split(":").map(Number) as [number, number];
      for (let r = from; r <= to; r++) written.set(r, op.rowHeight!);
    }
    expect(expected.size).toBeGreaterThan(0);
    expect(written).toEqual(expected);
  });

  it("freezes the header and the shipment ID column with the description's values", async () => {
    const { ops, report } = await checkAndWrite(planGrid(5, true));
    expect(report.frozen).toEqual({ rows: 2, columns: 1 });
    expect(ops.filter((op) => op.kind === "freeze").map((op) => [op.address, op.data])).toEqual([
      ["A1:A2", { rows: 2, columns: 1 }],
    ]);
  });

  it("filters the plan and the block, and sets landscape, one page wide, the header on every page", async () => {
    const { ops, report, notes } = await checkAndWrite(planGrid(5, true));
    const { firstRow, lastRow, lastColumn } = report.autoFilter;
    expect(ops.filter((op) => op.kind === "autoFilter").map((op) => op.address)).toEqual([
      `A${firstRow + 1}:${columnLetters(lastColumn)}${lastRow + 1}`,
    ]);
    expect(ops.filter((op) => op.kind === "pageLayout").map((op) => op.data)).toEqual([
      { orientation: "Landscape" },
      { zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } },
    ]);
    expect(ops.filter((op) => op.kind === "printTitles").map((op) => op.address)).toEqual(["$2:$2"]);
    expect(notes).toEqual([]);
  });

  it("widens a filter the sheet has to hold the block, and applies its conditions again", async () => {
    const criteria = [undefined, { filterOn: "Values", values: ["US"] }];
    const { ops, report } = await checkAndWrite(
      planGrid(5),
      (workbook) => (workbook.sheets.get("Plan")!.filter = { address: "A1:F6", criteria }),
    );
    const wanted = `A1:${columnLetters(report.autoFilter.lastColumn)}6`;
    expect(ops.filter((op) => op.kind === "autoFilter").map((op) => [op.address, op.data])).toEqual([
      [wanted, null],
      [wanted, { columnIndex: 1, criteria: criteria[1] }],
    ]);
  });

  it("leaves a filter that already covers the block, and gives a sheet with an Excel table no sheet filter", async () => {
    const covering = await checkAndWrite(
      planGrid(5),
      (workbook) => (workbook.sheets.get("Plan")!.filter = { address: "A1:AZ50", criteria: [] }),
    );
    expect(covering.ops.filter((op) => op.kind === "autoFilter")).toEqual([]);
    const table = await checkAndWrite(planGrid(5), (workbook) => (workbook.sheets.get("Plan")!.tables = 1));
    expect(table.ops.filter((op) => op.kind === "autoFilter")).toEqual([]);
    expect(table.ops.filter((op) => op.kind === "pageLayout")).toHaveLength(2);
  });

  it("keeps the planner's own print titles", async () => {
    const { ops } = await checkAndWrite(
      planGrid(5, true),
      (workbook) => (workbook.sheets.get("Plan")!.printTitles = "$1:$2"),
    );
    expect(ops.filter((op) => op.kind === "printTitles")).toEqual([]);
  });

  it("writes one sync to check the sheet, then one per chunk, whatever the plan's length", async () => {
    const { syncs, ops } = await checkAndWrite(planGrid(2_000));
    const chunks = ops.filter((op) => op.kind === "values");
    const bytes = chunks.reduce((sum, op) => sum + JSON.stringify(op.data).length, 0);
    console.log(
      `2,000-row plan checked with the embedded rules: ${syncs} syncs, ${chunks.length} chunks, ${Math.round(bytes / 2_000)} bytes of values a row`,
    );
    expect(syncs).toBe(1 + chunks.length);
  });
});

describe("OfficeWorkbookPort where Excel lacks ExcelApi 1.9", () => {
  const global = globalThis as unknown as { Office?: unknown };
  beforeEach(() => {
    global.Office = {
      context: { requirements: { isSetSupported: (_set: string, version: string) => Number(version) < 1.9 } },
    };
  });
  afterEach(() => delete global.Office);

  it("skips the filter, page setup and screen suspension, says so once, and writes everything else", async () => {
    const { ops, notes, check } = await checkAndWrite(planGrid(5, true));
    expect(ops.filter((op) => ["autoFilter", "pageLayout", "printTitles", "suspendScreen"].includes(op.kind))).toEqual(
      [],
    );
    expect(notes).toEqual([OLD_EXCEL_NOTE]);
    expect(ops.filter((op) => op.kind === "freeze")).toHaveLength(1);
    expect(ops.filter((op) => op.kind === "values")).toHaveLength(1);
    expect(cellFormats(ops).length).toBeGreaterThan(0);
    expect(check.outputBlock.length).toBe(6);
  });

  it("writes Clearway's sheets without filter or page setup", async () => {
    const workbook = new MockWorkbook({ Plan: [["x"]] });
    const rows = tableCells([
      ["Rule", "Source"],
      ["a", "b"],
    ]);
    const sheet: ReportSheet = {
      name: "Clearway Sources",
      role: "Clearway Sources",
      description: "the sources",
      rows,
      widths: [20, 40],
      rowHeights: [null, null],
      frozen: { rows: 1, columns: 0 },
      autoFilter: { firstRow: 0, lastRow: 1, firstColumn: 0, lastColumn: 1 },
      print: LANDSCAPE_ONE_PAGE_WIDE,
    };
    await new OfficeWorkbookPort(workbook.run).replaceSheet("Clearway Sources", sheet);
    expect(workbook.ops.filter((op) => ["autoFilter", "pageLayout", "printTitles"].includes(op.kind))).toEqual([]);
    expect(workbook.ops.filter((op) => op.kind === "freeze").map((op) => op.data)).toEqual([{ rows: 1, columns: 0 }]);
  });
});

describe("OfficeWorkbookPort writes Clearway's sheets as described", () => {
  it("writes links as the HYPERLINK formulas the command line writes, and a too-long address beside its text", async () => {
    const workbook = new MockWorkbook({ Plan: [["x"]] });
    const long = `https://example.org/${"x".repeat(300)}`;
    const sheet: ReportSheet = {
      name: "Clearway Sources",
      role: "Clearway Sources",
      description: "the sources",
      rows: [
        [{ value: "Source" }],
        [{ value: 'The "Act"', link: "https://example.org/act" }],
        [{ value: "Long", link: long }],
      ],
      widths: [30],
      rowHeights: [null, null, null],
      frozen: null,
      autoFilter: { firstRow: 0, lastRow: 2, firstColumn: 0, lastColumn: 0 },
      print: LANDSCAPE_ONE_PAGE_WIDE,
    };
    await new OfficeWorkbookPort(workbook.run).replaceSheet("Clearway Sources", sheet);
    expect(workbook.grid("Clearway Sources").map((row) => row[0])).toEqual([
      "Source",
      '=HYPERLINK("https://example.org/act","The ""Act""")',
      `Long\n${long}`,
    ]);
    expect(workbook.ops.filter((op) => op.kind === "autoFilter").map((op) => op.address)).toEqual(["A1:A3"]);
  });

  it("adds the summary's chart over its table of rows by status and destination, where the description places it", async () => {
    const check: PlanCheck = checkPlan(asValues(planGrid(12)), context);
    const summary = summaryReport(check, "title", "2026-11-26");
    const workbook = new MockWorkbook({ Plan: [["x"]] });
    await new OfficeWorkbookPort(workbook.run).replaceSheet(SUMMARY_SHEET, summary);
    const { data, anchor } = summary.chart!;
    expect(workbook.charts).toEqual([
      {
        sheet: SUMMARY_SHEET,
        type: "ColumnStacked",
        source: `A${data.firstRow + 1}:E${data.lastRow + 1}`,
        seriesBy: "Columns",
        title: { text: "Rows by status and destination" },
        position: [
          `${columnLetters(anchor.firstColumn)}${anchor.firstRow + 1}`,
          `${columnLetters(anchor.lastColumn)}${anchor.lastRow + 1}`,
        ],
      },
    ]);
    // The title line in larger type, as the command line writes it.
    expect(formatOps(workbook.ops).find((op) => op.address === "A1:A1" || op.address === "A1")).toMatchObject({
      bold: true,
      size: 14,
    });
  });

  it("looks the marks of all its sheets up in one sync when removing results", async () => {
    const workbook = new MockWorkbook({
      Plan: [["x"]],
      [SUMMARY_SHEET]: [["s"]],
      "Clearway Sources": [["r"]],
      "Clearway How to read": [["h"]],
    });
    workbook.names.set("Clearway_Summary_Sheet", { sheet: SUMMARY_SHEET, visible: false });
    workbook.names.set("Clearway_Sources_Sheet", { sheet: "Clearway Sources", visible: false });
    workbook.names.set("Clearway_HowToRead_Sheet", { sheet: "Clearway How to read", visible: false });
    expect(await new OfficeWorkbookPort(workbook.run).removeResults("Plan")).toBe(true);
    // The used range, its rows, the marks, the deletions.
    expect(workbook.syncs).toBe(4);
    expect(workbook.loads.filter((load) => load.address === "names")).toHaveLength(1);
  });
});
