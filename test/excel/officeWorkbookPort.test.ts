import { OfficeMockObject } from "office-addin-mock";
import {
  MockWorkbook,
  officeError,
  parseAddress,
  type Bounds,
  type Cell,
  type FormatData,
} from "../support/mockWorkbook";
import type { PlanCheck } from "../../src/plan/checkPlan";
import {
  LANDSCAPE_ONE_PAGE_WIDE,
  planBlockReport,
  sheetLayout,
  tableCells,
  type PlanBlockReport,
  type ReportSheet,
} from "../../src/plan/workbookReport";
import { describeOfficeError, ExcelOperationError } from "../../src/excel/officeErrors";
import {
  DEFAULT_PAYLOAD_BUDGET,
  DEFAULT_WRITE_BUDGET,
  OfficeWorkbookPort,
  SETTINGS_KEY,
  type OfficeWorkbookPortOptions,
  type SettingsStore,
} from "../../src/excel/officeWorkbookPort";
import { SheetChangedError, SOURCES_SHEET, SUMMARY_SHEET } from "../../src/plan/workbookPort";
import type { CellValue } from "../../src/plan/cellValue";
import { PARTIES_TEMPLATE, RULES_TEMPLATE, type SheetTemplate } from "../../src/plan/configTemplates";
import { MONEY_COLUMNS, OUTPUT_COLUMNS, OUTPUT_HEADERS } from "../../src/plan/outputColumns";
import type { ResultsLayout } from "../../src/plan/resultsLayout";

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

const PLAN_HEADER = [
  "Shipment ID",
  "Origin",
  "Destination",
  "Material type",
  "Value",
  "Currency",
  "Ship date",
  "Notes",
];

function planGrid(rows: number, titleRows = 0): Cell[][] {
  const grid: Cell[][] = [];
  for (let t = 0; t < titleRows; t++) grid.push(t === 0 ? ["Shipment plan Q4"] : []);
  grid.push([...PLAN_HEADER]);
  for (let r = 1; r <= rows; r++)
    grid.push([
      `SHP-${String(r).padStart(5, "0")}`,
      "DE",
      r % 3 ? "US" : "JP",
      "IMP",
      1000 + r,
      r % 3 ? "EUR" : "JPY",
      "2026-12-01",
      r % 7 ? "" : "fragile",
    ]);
  return grid;
}

const STATUSES = ["ok", "action", "blocked", "error"] as const;

/** A realistic output block: header, then one row per plan row. */
function layoutFor(rows: number, headerRow: number, firstColumn: number): ResultsLayout {
  const values: CellValue[][] = [[...OUTPUT_HEADERS]];
  for (let r = 1; r <= rows; r++) {
    const status = STATUSES[r % 4]!;
    const currency = r % 3 ? "EUR" : "JPY";
    values.push([
      status,
      `Obtain FDA IND import clearance (FDA, US import) - importer of record, by 2026-11-${String(10 + (r % 20)).padStart(2, "0")}`,
      `DE export: Export authorisation for IMP (BfArM)\nUS import: FDA IND import clearance (FDA) [held: IND-${r}]`,
      "Sponsor Clinical Services GmbH",
      "not needed: EU internal movement",
      r % 5 ? 12.5 + r : null,
      19.25 + r,
      31.75 + r,
      currency,
      14 + (r % 30),
      `2026-11-${String(10 + (r % 20)).padStart(2, "0")}`,
      `action: Obtain the import permit before the ship date (lead time ${14 + (r % 30)} days)\ninfo: Duty relief may apply to clinical trial material`,
      `US-IMP-FDA-IND, DE-EXP-BFARM-${r % 9}, EU-VAT-EXEMPT`,
    ]);
  }
  return {
    headerRow,
    firstColumn,
    values,
    statuses: values.slice(1).map((row) => row[0] as (typeof STATUSES)[number]),
    moneyColumns: MONEY_COLUMNS.map((title) => OUTPUT_COLUMNS.indexOf(title)),
    statusColumn: 0,
    currencyColumn: OUTPUT_COLUMNS.indexOf("Charges currency"),
  };
}

/** The block's description for a layout, as the plan layer gives it (the shipment ID in column A). */
function reportFor(layout: ResultsLayout): PlanBlockReport {
  const detection = { headerRow: layout.headerRow, columns: { shipmentId: 0 } } as unknown as PlanCheck["detection"];
  return planBlockReport({ detection, outputColumn: layout.firstColumn, outputBlock: layout.values });
}

/** A Clearway sheet of plain values with a bold header row, as the plan layer describes one. */
function sheetOf(kind: string, values: CellValue[][]): ReportSheet {
  const rows = tableCells(values);
  return {
    name: kind,
    role: kind,
    description: "the sheet",
    rows,
    ...sheetLayout(rows, []),
    frozen: null,
    autoFilter: null,
    print: LANDSCAPE_ONE_PAGE_WIDE,
  };
}

/** The rows a list of ranges covers, in order (a row twice if two ranges cover it). */
function rowsCovered(ranges: Bounds[]): number[] {
  return ranges.flatMap((bounds) => Array.from({ length: bounds.bottom - bounds.top + 1 }, (_, i) => bounds.top + i));
}

/** Cells as Excel holds them: null is an empty cell (""). */
function asCells(row: readonly CellValue[]): Cell[] {
  return row.map((value) => (value === null ? "" : value instanceof Date ? value.toISOString().slice(0, 10) : value));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe("OfficeWorkbookPort: listing and reading", () => {
  it("lists sheets with visibility and the active sheet in one sync", async () => {
    const workbook = new MockWorkbook({ Plan: [["a"]], Archive: [["b"]] }, "Archive");
    workbook.sheets.get("Archive")!.visibility = "Hidden";
    const port = new OfficeWorkbookPort(workbook.run);
    expect(await port.listSheets()).toEqual([
      { name: "Plan", visible: true, active: false },
      { name: "Archive", visible: false, active: true },
    ]);
    expect(workbook.syncs).toBe(1);
    expect(workbook.loads.find((load) => load.address === "worksheets")?.properties.replace(/\s/g, "")).toBe(
      "items/name,items/visibility",
    );
  });

  it('pads the used range so values[0][0] is A1, maps "" to null, and loads only what it needs', async () => {
    const workbook = new MockWorkbook({
      Plan: [[], [], ["", "", "Origin", "Destination", "Value"], ["", "", "DE", "", 12.5], ["", "", "FR", "US", true]],
    });
    const port = new OfficeWorkbookPort(workbook.run);
    const snapshot = await port.readSheet("Plan");
    expect(snapshot.fingerprint).toBe("Plan!C3:E5");
    expect(snapshot.values).toEqual([
      [null, null, null, null, null],
      [null, null, null, null, null],
      [null, null, "Origin", "Destination", "Value"],
      [null, null, "DE", null, 12.5],
      [null, null, "FR", "US", true],
    ]);
    expect(workbook.syncs).toBe(2);
    // The used range: its shape only; the values: from the used range's cells only.
    expect(workbook.loads.map((load) => [load.address, load.properties])).toEqual([
      ["C3:E5", "address,rowIndex,columnIndex,rowCount,columnCount"],
      ["C3:E5", "values"],
    ]);
  });

  it("reads an empty sheet as no values, in one sync", async () => {
    const workbook = new MockWorkbook({ Empty: [] });
    const port = new OfficeWorkbookPort(workbook.run);
    const snapshot = await port.readSheet("Empty");
    expect(snapshot.values).toEqual([]);
    expect(workbook.syncs).toBe(1);
    expect(workbook.loads.some((load) => load.properties.includes("values"))).toBe(false);
  });

  it("reads a 20,000-row x 20-column sheet in row chunks, one sync per chunk, and the chunks add up to the sheet", async () => {
    const source: Cell[][] = Array.from({ length: 20_000 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) =>
        c === 0 ? `row ${r + 1}` : c % 5 === 0 ? r * c : `r${r + 1}c${c + 1} text`,
      ),
    );
    const workbook = new MockWorkbook({ Big: source });
    const port = new OfficeWorkbookPort(workbook.run);
    const snapshot = await port.readSheet("Big");

    const chunkLoads = workbook.loads.filter((load) => load.properties === "values");
    const chunkRows = chunkLoads.map((load) => parseAddress(load.address));
    expect(chunkLoads.length).toBeGreaterThan(1);
    expect(chunkRows.every((bounds) => bounds.left === 0 && bounds.right === 19)).toBe(true);
    expect(rowsCovered(chunkRows)).toEqual(range(0, 19_999));
    expect(workbook.syncs).toBe(1 + chunkLoads.length);
    expect(snapshot.values).toEqual(source);
    expect(Math.max(...workbook.responseBytes)).toBeLessThan(DEFAULT_PAYLOAD_BUDGET);
    console.log(
      `read 20,000 x 20: ${chunkLoads.length} chunks of ${chunkRows[0]!.bottom - chunkRows[0]!.top + 1} rows, ${workbook.syncs} syncs, largest response ${Math.max(...workbook.responseBytes)} bytes`,
    );
  });

  it("sizes read chunks from the payload budget option, padding and all", async () => {
    const grid: Cell[][] = [[], ...Array.from({ length: 25 }, (_, r) => ["", `a${r}`, r, r % 2 === 0 ? "" : "x"])];
    const workbook = new MockWorkbook({ Plan: grid });
    const port = new OfficeWorkbookPort(workbook.run, { payloadBudgetBytes: 60 * 3 * 10, bytesPerCell: 60 });
    const snapshot = await port.readSheet("Plan");
    expect(workbook.loads.filter((load) => load.properties === "values").map((load) => load.address)).toEqual([
      "B2:D11",
      "B12:D21",
      "B22:D26",
    ]);
    expect(snapshot.values).toHaveLength(26);
    expect(snapshot.values[0]).toEqual([null, null, null, null]);
    expect(snapshot.values[25]).toEqual([null, "a24", 24, null]);
    expect(snapshot.values[24]).toEqual([null, "a23", 23, "x"]);
    expect(snapshot.values[1]).toEqual([null, "a0", 0, null]);
  });
});

describe("OfficeWorkbookPort: percentages (percentAsText)", () => {
  /** A rates table from B2: percent-formatted numbers, a plain number, text (one cell of it percent-formatted). */
  function ratesWorkbook(): MockWorkbook {
    const workbook = new MockWorkbook({
      Rates: [
        [],
        ["", "Lane", "Rate", "Amount", "Note"],
        ["", "DE-US", 0.025, 12.5, "2.5% text"],
        ["", "FR-JP", 0.2, 3, "n/a"],
      ],
    });
    workbook.sheets.get("Rates")!.formats = [
      [],
      [],
      ["General", "General", "0.0%", "0.00", "@"],
      ["General", "General", "0%", "#,##0", "0%"],
    ];
    return workbook;
  }

  it("reads percent-formatted numbers as the percentage typed, other numbers and text unchanged", async () => {
    const workbook = ratesWorkbook();
    const port = new OfficeWorkbookPort(workbook.run);
    const snapshot = await port.readSheet("Rates", { percentAsText: true });
    expect(snapshot.fingerprint).toBe("Rates!B2:E4");
    expect(snapshot.values).toEqual([
      [null, null, null, null, null],
      [null, "Lane", "Rate", "Amount", "Note"],
      [null, "DE-US", "2.5%", 12.5, "2.5% text"],
      [null, "FR-JP", "20%", 3, "n/a"],
    ]);
    expect(workbook.loads.map((load) => [load.address, load.properties])).toEqual([
      ["B2:E4", "address,rowIndex,columnIndex,rowCount,columnCount"],
      ["B2:E4", "values,numberFormat"],
    ]);
    // Loading formats writes none.
    expect(workbook.writes()).toEqual([]);
  });

  it("without the option reads the stored fractions and does not load number formats", async () => {
    const workbook = ratesWorkbook();
    const port = new OfficeWorkbookPort(workbook.run);
    const snapshot = await port.readSheet("Rates");
    expect(snapshot.values[2]).toEqual([null, "DE-US", 0.025, 12.5, "2.5% text"]);
    expect(snapshot.values[3]).toEqual([null, "FR-JP", 0.2, 3, "n/a"]);
    expect(workbook.loads.map((load) => load.properties)).toEqual([
      "address,rowIndex,columnIndex,rowCount,columnCount",
      "values",
    ]);
    expect(workbook.loads.some((load) => load.properties.includes("numberFormat"))).toBe(false);
  });

  it("takes the same number of syncs with and without the option, chunked reads included", async () => {
    const counts = async (options: { payloadBudgetBytes?: number }) => {
      const counted: number[] = [];
      for (const percentAsText of [false, true]) {
        const workbook = ratesWorkbook();
        const port = new OfficeWorkbookPort(workbook.run, { ...options, bytesPerCell: 60 });
        const snapshot = await port.readSheet("Rates", { percentAsText });
        expect(snapshot.values[3]).toEqual([null, "FR-JP", percentAsText ? "20%" : 0.2, 3, "n/a"]);
        counted.push(workbook.syncs);
      }
      return counted;
    };
    expect(await counts({})).toEqual([2, 2]);
    // One row per chunk (4 columns x 60 bytes): the formats of each chunk line up with its values.
    expect(await counts({ payloadBudgetBytes: 4 * 60 })).toEqual([4, 4]);
  });
});

describe("OfficeWorkbookPort: writing results", () => {
  async function readThenWrite(grid: Cell[][], layout: ResultsLayout, options: OfficeWorkbookPortOptions = {}) {
    const workbook = new MockWorkbook({ Plan: grid });
    const port = new OfficeWorkbookPort(workbook.run, options);
    const snapshot = await port.readSheet("Plan");
    const syncsBefore = workbook.syncs;
    const before = workbook.ops.length;
    const notes = await port.writeResults(snapshot, layout, reportFor(layout));
    return { workbook, port, snapshot, notes, ops: workbook.ops.slice(before), syncs: workbook.syncs - syncsBefore };
  }

  it("writes the block at its A1 address, bold header, money formats per currency and four status colours", async () => {
    const grid = planGrid(4, 2); // title row, blank row, header in row 3, plan in A3:H7
    const layout = layoutFor(4, 2, 8); // block in I3:U7
    layout.values[2]![5] = null; // no duty on row 2
    const { workbook, syncs, ops } = await readThenWrite(grid, layout);

    const values = ops.filter((op) => op.kind === "values");
    expect(values.map((op) => op.address)).toEqual(["I3:U7"]);
    expect(workbook.cell("Plan", "I3")).toBe("Clearway: Status");
    expect(workbook.cell("Plan", "U3")).toBe("Clearway: Rule references");
    expect(workbook.cell("Plan", "I4")).toBe("action");
    expect(workbook.cell("Plan", "N4")).toBe(13.5); // Est. duty of row 1
    expect(workbook.cell("Plan", "N8")).toBe(""); // nothing below the block
    expect(workbook.cell("Plan", "G4")).toBe("2026-12-01"); // the plan is untouched
    // null is written as "" (an empty cell).
    expect((values[0]!.data as Cell[][])[2]![5]).toBe("");
    expect(workbook.cell("Plan", "N5")).toBe("");
    expect((values[0]!.data as Cell[][]).flat()).not.toContain(null);

    // The header, and the status column below it.
    expect(workbook.boldRanges(ops)).toEqual(["I3:U3", "I4:I7"]);
    // One array per span of formatted columns: the three money columns, and the apply-by date.
    const formats = ops.filter((op) => op.kind === "numberFormat");
    expect(formats.map((op) => op.address)).toEqual(["N4:P7", "S4:S7"]);
    // Rows 1, 2 and 4 are in EUR, row 3 in JPY (no minor unit); row 2 has no duty (no number format there).
    expect((formats[0]!.data as string[][]).map((row) => row[2])).toEqual([
      "#,##0.00",
      "#,##0.00",
      "#,##0",
      "#,##0.00",
    ]);
    expect((formats[0]!.data as string[][])[1]![0]).toBe("General");
    expect(formats[1]!.data).toEqual([["yyyy-mm-dd"], ["yyyy-mm-dd"], ["yyyy-mm-dd"], ["yyyy-mm-dd"]]);

    expect(ops.filter((op) => op.kind === "cfClear").map((op) => op.address)).toEqual(["I4:I7"]);
    const added = ops.filter((op) => op.kind === "cfAdd");
    expect(added.map((op) => op.address)).toEqual(["I4:I7", "I4:I7", "I4:I7", "I4:I7"]);
    expect(added.map((op) => op.data)).toEqual([
      {
        type: "CellValue",
        cellValue: {
          format: { fill: { color: "#C6EFCE" }, font: {} },
          rule: { formula1: '="ok"', operator: "EqualTo" },
        },
      },
      {
        type: "CellValue",
        cellValue: {
          format: { fill: { color: "#FFEB9C" }, font: {} },
          rule: { formula1: '="action"', operator: "EqualTo" },
        },
      },
      {
        type: "CellValue",
        cellValue: {
          format: { fill: { color: "#FFC7CE" }, font: {} },
          rule: { formula1: '="blocked"', operator: "EqualTo" },
        },
      },
      {
        type: "CellValue",
        cellValue: {
          format: { fill: { color: "#D9D9D9" }, font: {} },
          rule: { formula1: '="error"', operator: "EqualTo" },
        },
      },
    ]);
    // Clearing comes before adding, in the same sync as the first chunk.
    expect(ops.findIndex((op) => op.kind === "cfClear")).toBeLessThan(ops.findIndex((op) => op.kind === "cfAdd"));

    // No write outside the block's columns (I..U = 8..20), but for the heights of whole rows.
    const rowHeights = ops.filter((op) => op.kind === "format" && (op.data as FormatData).rowHeight !== undefined);
    expect(rowHeights.length).toBeGreaterThan(0);
    expect(
      rowHeights.every(
        (op) => /^\d+:\d+$/.test(op.address) && Object.keys(op.data as FormatData).join() === "rowHeight",
      ),
    ).toBe(true);
    for (const op of workbook.writes().filter((candidate) => candidate.bounds && !rowHeights.includes(candidate))) {
      expect(op.bounds!.left).toBeGreaterThanOrEqual(8);
      expect(op.bounds!.right).toBeLessThanOrEqual(20);
    }
    expect(ops.filter((op) => op.kind === "suspendCalculation")).toHaveLength(1);
    expect(ops.filter((op) => op.kind === "suspendScreen")).toHaveLength(1);
    expect(syncs).toBe(2); // the guard, then one chunk
  });

  it("writes in consecutive chunks that cover every row exactly once, one sync per chunk", async () => {
    const layout = layoutFor(60, 0, 8);
    const { workbook, syncs, ops } = await readThenWrite(planGrid(60), layout, { payloadBudgetBytes: 4_000 });
    const values = ops.filter((op) => op.kind === "values");
    expect(values.length).toBeGreaterThan(5);
    // One values write per sync, syncs in order, rows in order, each row once, nothing outside I..U.
    expect(values.map((op) => op.sync)).toEqual(range(values[0]!.sync, values[0]!.sync + values.length - 1));
    expect(rowsCovered(values.map((op) => op.bounds!))).toEqual(range(0, 60));
    expect(values.every((op) => op.bounds!.left === 8 && op.bounds!.right === 20)).toBe(true);
    // Each chunk's values stay within the budget.
    expect(values.every((op) => JSON.stringify(op.data).length <= 4_000)).toBe(true);
    // Each chunk's money formats cover that chunk's rows (below the header), in the same sync.
    for (const chunk of values) {
      const formats = ops.filter((op) => op.kind === "numberFormat" && op.sync === chunk.sync);
      const top = Math.max(chunk.bounds!.top, 1);
      expect(formats.map((op) => op.address)).toEqual([
        `N${top + 1}:P${chunk.bounds!.bottom + 1}`,
        `S${top + 1}:S${chunk.bounds!.bottom + 1}`,
      ]);
    }
    // The status colours are added once, on the whole status column of the block.
    expect(ops.filter((op) => op.kind === "cfAdd").map((op) => op.address)).toEqual(Array(4).fill("I2:I61"));
    expect(syncs).toBe(1 + values.length);
    // What landed in the grid is the block, row for row.
    for (let r = 0; r <= 60; r++) expect(workbook.grid("Plan")[r]!.slice(8, 21)).toEqual(asCells(layout.values[r]!));
  });

  it("writes a 20,000-row plan with a handful of syncs, each request well under 5 MB", async () => {
    const rows = 20_000;
    const layout = layoutFor(rows, 0, 8);
    const { workbook, syncs, ops } = await readThenWrite(planGrid(rows), layout);
    const chunks = ops.filter((op) => op.kind === "values");
    const chunkRows = chunks.map((op) => op.bounds!.bottom - op.bounds!.top + 1);
    const writeRequests = workbook.requestBytes.slice(-chunks.length);
    console.log(
      `write of a ${rows}-row plan: ${syncs} syncs (1 guard + ${chunks.length} chunks); rows per chunk ${chunkRows.join(", ")}; largest request ${Math.max(...writeRequests)} bytes (budget ${DEFAULT_WRITE_BUDGET})`,
    );
    expect(syncs).toBe(1 + chunks.length);
    expect(syncs).toBeLessThanOrEqual(10);
    expect(chunks.length).toBeGreaterThan(1);
    expect(rowsCovered(chunks.map((op) => op.bounds!))).toEqual(range(0, rows));
    expect(Math.max(...writeRequests)).toBeLessThan(DEFAULT_WRITE_BUDGET * 1.1);
    expect(workbook.grid("Plan")[rows]!.slice(8, 21)).toEqual(asCells(layout.values[rows]!));
    expect(workbook.grid("Plan")[rows]!.slice(0, 8)).toEqual(planGrid(rows)[rows]);
  });

  it("would exceed Excel on the web's 5 MB request limit without chunking (the mock enforces it)", async () => {
    const layout = layoutFor(20_000, 0, 8);
    const failing = readThenWrite(planGrid(20_000), layout, { payloadBudgetBytes: 50_000_000 });
    await expect(failing).rejects.toThrow(/at most 5 MB per request/);
    await expect(failing).rejects.toBeInstanceOf(ExcelOperationError);
  });

  it("refuses to write when the sheet's shape changed since it was read, and writes nothing", async () => {
    const workbook = new MockWorkbook({ Plan: planGrid(5) });
    const port = new OfficeWorkbookPort(workbook.run);
    const snapshot = await port.readSheet("Plan");
    workbook.grid("Plan").splice(2, 0, ["inserted by the user"]);
    const syncsBefore = workbook.syncs;
    const writesBefore = workbook.writes().length;
    const layout = layoutFor(5, 0, 8);
    await expect(port.writeResults(snapshot, layout, reportFor(layout))).rejects.toBeInstanceOf(SheetChangedError);
    expect(workbook.writes().length).toBe(writesBefore);
    expect(workbook.writes()).toEqual([]);
    expect(workbook.syncs - syncsBefore).toBe(1);
    expect(workbook.grid("Plan")[0]).toEqual(PLAN_HEADER);
  });

  it("clears the rows of a longer earlier block, in the block's columns only", async () => {
    const old = layoutFor(8, 0, 8);
    const grid = planGrid(8).map((row, r) => [...row, ...asCells(old.values[r]!)]);
    const { workbook, ops } = await readThenWrite(grid, layoutFor(5, 0, 8));
    expect(ops.filter((op) => op.kind === "clear").map((op) => op.address)).toEqual(["I7:U9"]);
    expect(ops.filter((op) => op.kind === "cfClear").map((op) => op.address)).toEqual(["I2:I9"]);
    expect(ops.filter((op) => op.kind === "cfAdd").map((op) => op.address)).toEqual(Array(4).fill("I2:I6"));
    expect(workbook.grid("Plan")[8]!.slice(8)).toEqual(Array(OUTPUT_COLUMNS.length).fill(""));
    expect(workbook.grid("Plan")[8]!.slice(0, 8)).toEqual(planGrid(8)[8]);
  });
});

describe("OfficeWorkbookPort: summary sheets, removal, selection", () => {
  it("replaces the sheet it wrote before (found by its hidden mark), writes padded rows in chunks, bolds the first row, marks the new sheet", async () => {
    const workbook = new MockWorkbook({ Plan: [["x"]], [SUMMARY_SHEET]: [["old summary"]] });
    workbook.names.set("Clearway_Summary_Sheet", { sheet: SUMMARY_SHEET, visible: false });
    const port = new OfficeWorkbookPort(workbook.run, { payloadBudgetBytes: 60 });
    const name = await port.replaceSheet(
      SUMMARY_SHEET,
      sheetOf(SUMMARY_SHEET, [["Status", "Rows"], ["ok", 3], [], ["=cmd", null, new Date("2026-11-26T00:00:00Z")]]),
    );
    expect(name).toBe(SUMMARY_SHEET);
    const kinds = workbook.writes().map((op) => `${op.kind} ${op.sheet} ${op.address}`);
    expect(kinds).toEqual([
      `deleteSheet ${SUMMARY_SHEET} `,
      `deleteName ${SUMMARY_SHEET} Clearway_Summary_Sheet`,
      `addSheet ${SUMMARY_SHEET} `,
      `addName ${SUMMARY_SHEET} Clearway_Summary_Sheet`,
      // The page setup, the bold header, the three columns' widths, then the rows in chunks (one row each at this budget).
      `pageLayout ${SUMMARY_SHEET} `,
      `pageLayout ${SUMMARY_SHEET} `,
      `format ${SUMMARY_SHEET} A1:B1`,
      `format ${SUMMARY_SHEET} A:A`,
      `format ${SUMMARY_SHEET} B:B`,
      `format ${SUMMARY_SHEET} C:C`,
      `values ${SUMMARY_SHEET} A1:C1`,
      `values ${SUMMARY_SHEET} A2:C2`,
      `values ${SUMMARY_SHEET} A3:C3`,
      `values ${SUMMARY_SHEET} A4:C4`,
    ]);
    expect(workbook.grid(SUMMARY_SHEET)).toEqual([
      ["Status", "Rows", ""],
      ["ok", 3, ""],
      ["", "", ""],
      ["'=cmd", "", "2026-11-26"],
    ]);
    expect(workbook.names.get("Clearway_Summary_Sheet")).toEqual({ sheet: SUMMARY_SHEET, visible: false });
    // The marks and sheet names in one sync, then one per chunk.
    expect(workbook.syncs).toBe(5);
  });

  it("adds a sheet that did not exist without deleting anything, and marks it", async () => {
    const workbook = new MockWorkbook({ Plan: [["x"]] });
    const port = new OfficeWorkbookPort(workbook.run);
    expect(await port.replaceSheet(SOURCES_SHEET, sheetOf(SOURCES_SHEET, [["Rule reference", "Source"]]))).toBe(
      SOURCES_SHEET,
    );
    expect(workbook.writes().map((op) => op.kind)).toEqual([
      "addSheet",
      "addName",
      "pageLayout",
      "pageLayout",
      "format",
      "format",
      "format",
      "values",
    ]);
    expect(workbook.names.get("Clearway_Sources_Sheet")).toEqual({ sheet: SOURCES_SHEET, visible: false });
    // The marks and sheet names, then the sheet in one chunk.
    expect(workbook.syncs).toBe(2);
  });

  it.each([
    [
      "a sheet of the user's named like Clearway's summary",
      { [SUMMARY_SHEET]: [["my own notes"]] },
      "Clearway Summary (2)",
    ],
    [
      "the plan itself on a sheet named like Clearway's summary",
      { [SUMMARY_SHEET]: planGrid(2) },
      "Clearway Summary (2)",
    ],
    [
      "a user's sheet named in another case, and a variant taken too",
      { "clearway summary": [["mine"]], "Clearway Summary (2)": [["mine too"]] },
      "Clearway Summary (3)",
    ],
  ])(
    "never replaces %s: it writes to a free variant and leaves the user's sheet as it was",
    async (_label, sheets, expected) => {
      const workbook = new MockWorkbook({ Plan: [["x"]], ...sheets });
      const before = new Map([...workbook.sheets].map(([name, state]) => [name, JSON.stringify(state.grid)]));
      const port = new OfficeWorkbookPort(workbook.run);
      expect(await port.replaceSheet(SUMMARY_SHEET, sheetOf(SUMMARY_SHEET, [["Status", "Rows"]]))).toBe(expected);
      for (const [name, grid] of before) expect(JSON.stringify(workbook.grid(name))).toBe(grid);
      expect(workbook.writes().filter((op) => op.kind === "deleteSheet")).toEqual([]);
      expect(workbook.names.get("Clearway_Summary_Sheet")?.sheet).toBe(expected);
      // The next check replaces its own variant, still not the user's sheet.
      expect(
        await port.replaceSheet(
          SUMMARY_SHEET,
          sheetOf(SUMMARY_SHEET, [
            ["Status", "Rows"],
            ["ok", 1],
          ]),
        ),
      ).toBe(expected);
      for (const [name, grid] of before) expect(JSON.stringify(workbook.grid(name))).toBe(grid);
    },
  );

  it("removes exactly the block's columns, header row to last used row, and deletes the summary and sources sheets", async () => {
    const block = layoutFor(6, 2, 8);
    const grid = planGrid(6, 2).map((row, r) => (r >= 2 ? [...row, ...asCells(block.values[r - 2]!)] : row));
    grid.push(["total", "", "", "", 9999]); // a row below the block, in the plan's columns
    const workbook = new MockWorkbook({
      Plan: grid,
      [SUMMARY_SHEET]: [["s"]],
      [SOURCES_SHEET]: [["r"]],
      Other: [["o"]],
    });
    workbook.names.set("Clearway_Summary_Sheet", { sheet: SUMMARY_SHEET, visible: false });
    workbook.names.set("Clearway_Sources_Sheet", { sheet: SOURCES_SHEET, visible: false });
    const port = new OfficeWorkbookPort(workbook.run);
    expect(await port.removeResults("Plan")).toBe(true);

    const clears = workbook.writes().filter((op) => op.kind === "clear");
    expect(clears.map((op) => op.address)).toEqual(["I3:U10"]);
    expect(
      workbook
        .writes()
        .filter((op) => op.kind === "deleteSheet")
        .map((op) => op.sheet),
    ).toEqual([SUMMARY_SHEET, SOURCES_SHEET]);
    expect([...workbook.sheets.keys()]).toEqual(["Plan", "Other"]);
    expect(workbook.grid("Plan").every((row) => row.slice(8).every((value) => value === ""))).toBe(true);
    expect(workbook.grid("Plan")[3]!.slice(0, 8)).toEqual(planGrid(6, 2)[3]);
    expect(workbook.cell("Plan", "E10")).toBe(9999);

    expect(await port.removeResults("Plan")).toBe(false);
  });

  it("removes results without deleting a sheet of the user's that has Clearway's name but not its mark", async () => {
    const workbook = new MockWorkbook({
      Plan: [["x"]],
      [SUMMARY_SHEET]: [["my summary"]],
      "Clearway Summary (2)": [["s"]],
    });
    workbook.names.set("Clearway_Summary_Sheet", { sheet: "Clearway Summary (2)", visible: false });
    const port = new OfficeWorkbookPort(workbook.run);
    expect(await port.removeResults("Plan")).toBe(true);
    expect([...workbook.sheets.keys()]).toEqual(["Plan", SUMMARY_SHEET]);
    expect(workbook.grid(SUMMARY_SHEET)).toEqual([["my summary"]]);
  });

  it("activates the sheet and selects the range in one sync", async () => {
    const workbook = new MockWorkbook({ Plan: [["x"]], Other: [["y"]] }, "Other");
    const port = new OfficeWorkbookPort(workbook.run);
    await port.selectRange("Plan", "C5:D9");
    expect(workbook.ops.map((op) => `${op.kind} ${op.sheet} ${op.address}`)).toEqual([
      "activate Plan ",
      "select Plan C5:D9",
    ]);
    expect(workbook.active).toBe("Plan");
    expect(workbook.syncs).toBe(1);
  });
});

describe("OfficeWorkbookPort: creating the parties and rules sheets", () => {
  // createSheet asks Office.context.requirements whether ExcelApi 1.8 (data validation) is supported.
  const global = globalThis as unknown as { Office?: unknown };
  let supported: string[] = [];
  const asked: Array<[string, string | undefined]> = [];
  beforeEach(() => {
    supported = ["1.8"];
    asked.length = 0;
    global.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string) => {
            asked.push([name, version]);
            return name === "ExcelApi" && version !== undefined && supported.includes(version);
          },
        },
      },
    };
  });
  afterEach(() => {
    delete global.Office;
  });

  /** The template's rows as Excel holds them: padded to the widest row, null as "". */
  function expectedGrid(template: SheetTemplate): Cell[][] {
    const width = Math.max(...template.rows.map((row) => row.length));
    return template.rows.map((row) => asCells(Array.from({ length: width }, (_, c) => row[c] ?? null)));
  }

  it.each([
    ["parties", PARTIES_TEMPLATE, "A4:H4", [["C5:C504", 2]]],
    ["rules", RULES_TEMPLATE, "A4:F4", [["B5:B504", 1]]],
  ] as const)(
    "creates the %s sheet from A1, bold header, a drop-down per list below the header, in two syncs",
    async (_label, template, header, lists) => {
      const workbook = new MockWorkbook({ Plan: planGrid(2) });
      const port = new OfficeWorkbookPort(workbook.run);
      expect(await port.createSheet(template)).toBe(true);

      expect([...workbook.sheets.keys()]).toEqual(["Plan", template.name]);
      expect(workbook.grid(template.name)).toEqual(expectedGrid(template));
      const values = workbook.writes().filter((op) => op.kind === "values");
      expect(values.map((op) => op.address)).toEqual([
        `A1:${header.split(":")[1]!.replace(/\d+$/, "")}${template.rows.length}`,
      ]);
      expect(workbook.cell(template.name, "A1")).toBe(template.rows[0]![0]);
      expect(workbook.grid(template.name)[template.headerRow]).toEqual(asCells(template.rows[template.headerRow]!));

      expect(
        workbook
          .writes()
          .filter((op) => op.kind === "format" && (op.data as FormatData).bold)
          .map((op) => op.address),
      ).toEqual([header]);

      const validations = workbook.writes().filter((op) => op.kind === "dataValidation");
      expect(validations.map((op) => op.address)).toEqual(lists.map(([address]) => address));
      validations.forEach((op, index) => {
        const column = lists[index]![1];
        const list = template.lists.find((candidate) => candidate.column === column)!;
        // One column wide, starting on the row below the header.
        expect(op.bounds!.left).toBe(column);
        expect(op.bounds!.right).toBe(column);
        expect(op.bounds!.top).toBe(template.headerRow + 1);
        const rule = op.data as { list: { inCellDropDown: boolean; source: string } };
        expect(rule.list.inCellDropDown).toBe(true);
        // Excel splits a literal list source on commas: each template value must come back as one entry.
        expect(rule.list.source.split(",")).toEqual(list.values);
      });
      // No drop-down on any other column.
      const listColumns = new Set(template.lists.map((list) => list.column));
      expect(validations.every((op) => listColumns.has(op.bounds!.left))).toBe(true);
      expect(asked).toContainEqual(["ExcelApi", "1.8"]);

      expect(workbook.active).toBe(template.name);
      expect(workbook.writes().map((op) => op.kind)).toEqual([
        "addSheet",
        "values",
        "format",
        ...lists.map(() => "dataValidation" as const),
      ]);
      // The existence check, then every write in one sync.
      expect(workbook.syncs).toBe(2);
      expect(
        workbook
          .writes()
          .filter((op) => op.kind !== "addSheet")
          .every((op) => op.sync === 2),
      ).toBe(true);
    },
  );

  it("uses a constant number of syncs, however many rows and lists the template has", async () => {
    const big: SheetTemplate = {
      name: "Big",
      rows: [["Name", "Kind", "Role", "Note"], ...Array.from({ length: 300 }, (_, r) => [`row ${r}`, "a", "b", r])],
      headerRow: 0,
      lists: [
        { column: 1, values: ["a", "b"] },
        { column: 2, values: ["b", "c"] },
        { column: 3, values: ["x"] },
      ],
    };
    const workbook = new MockWorkbook({ Plan: [["x"]] });
    const port = new OfficeWorkbookPort(workbook.run);
    expect(await port.createSheet(big)).toBe(true);
    expect(workbook.syncs).toBe(2);
    expect(workbook.syncs).toBe(2);
    expect(
      workbook
        .writes()
        .filter((op) => op.kind === "values")
        .map((op) => op.address),
    ).toEqual(["A1:D301"]);
    expect(
      workbook
        .writes()
        .filter((op) => op.kind === "format" && (op.data as FormatData).bold)
        .map((op) => op.address),
    ).toEqual(["A1:D1"]);
    expect(
      workbook
        .writes()
        .filter((op) => op.kind === "dataValidation")
        .map((op) => op.address),
    ).toEqual(["B2:B501", "C2:C501", "D2:D501"]);
    expect(workbook.grid("Big")[300]).toEqual(["row 299", "a", "b", 299]);
  });

  it("still creates the sheet, without lists, when ExcelApi 1.8 is not supported", async () => {
    supported = [];
    const workbook = new MockWorkbook({ Plan: [["x"]] });
    const port = new OfficeWorkbookPort(workbook.run);
    expect(await port.createSheet(PARTIES_TEMPLATE)).toBe(true);
    expect(asked).toContainEqual(["ExcelApi", "1.8"]);
    expect(workbook.grid(PARTIES_TEMPLATE.name)).toEqual(expectedGrid(PARTIES_TEMPLATE));
    expect(workbook.writes().map((op) => `${op.kind} ${op.address}`)).toEqual([
      "addSheet ",
      "values A1:H4",
      "format A4:H4",
    ]);
    expect(workbook.active).toBe(PARTIES_TEMPLATE.name);
    expect(workbook.syncs).toBe(2);
  });

  it("leaves an existing sheet of that name untouched and returns false, in one sync", async () => {
    const own: Cell[][] = [
      ["Name", "Country"],
      ["My Depot", "FR"],
    ];
    const workbook = new MockWorkbook({ Plan: [["x"]], [RULES_TEMPLATE.name]: own.map((row) => [...row]) });
    const port = new OfficeWorkbookPort(workbook.run);
    expect(await port.createSheet(RULES_TEMPLATE)).toBe(false);
    expect(workbook.ops).toEqual([]);
    expect(workbook.writes()).toEqual([]);
    expect(workbook.grid(RULES_TEMPLATE.name)).toEqual(own);
    expect([...workbook.sheets.keys()]).toEqual(["Plan", RULES_TEMPLATE.name]);
    expect(workbook.active).toBe("Plan");
    expect(workbook.syncs).toBe(1);
  });
});

describe("OfficeWorkbookPort: errors and settings", () => {
  it("turns a write to a protected sheet into a sentence about protection", async () => {
    const workbook = new MockWorkbook({ Plan: planGrid(3) });
    const port = new OfficeWorkbookPort(workbook.run);
    const snapshot = await port.readSheet("Plan");
    workbook.sheets.get("Plan")!.protected = true;
    const layout = layoutFor(3, 0, 8);
    const error = await port.writeResults(snapshot, layout, reportFor(layout)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExcelOperationError);
    expect((error as ExcelOperationError).code).toBe("AccessDenied");
    expect((error as Error).message).toMatch(/^The sheet is protected/);
  });

  it("turns a missing sheet into a sentence about renamed or deleted sheets", async () => {
    const port = new OfficeWorkbookPort(new MockWorkbook({ Plan: [["x"]] }).run);
    await expect(port.readSheet("Gone")).rejects.toThrow(/renamed or deleted/);
  });

  it("stores settings as JSON under clearway.settings and reads them back", async () => {
    const stored = new Map<string, unknown>();
    let saves = 0;
    const settings: SettingsStore = {
      get: (name) => stored.get(name) ?? null,
      set: (name, value) => void stored.set(name, value),
      saveAsync: (callback) => {
        saves++;
        callback({ status: "succeeded" });
      },
    };
    const port = new OfficeWorkbookPort(new MockWorkbook({}).run, { settings });
    expect(await port.loadSettings()).toBeNull();
    await port.saveSettings({ asOf: "2026-11-26", freightInsurancePercent: 7 });
    expect(stored.get(SETTINGS_KEY)).toBe('{"asOf":"2026-11-26","freightInsurancePercent":7}');
    expect(saves).toBe(1);
    expect(await port.loadSettings()).toEqual({ asOf: "2026-11-26", freightInsurancePercent: 7 });
    stored.set(SETTINGS_KEY, "{not json");
    expect(await port.loadSettings()).toBeNull();
  });

  it("rejects with an Error when the settings cannot be saved", async () => {
    const settings: SettingsStore = {
      get: () => null,
      set: () => undefined,
      saveAsync: (callback) => callback({ status: "failed", error: { message: "The document is read-only." } }),
    };
    const port = new OfficeWorkbookPort(new MockWorkbook({}).run, { settings });
    await expect(port.saveSettings({ asOf: "2026-11-26" })).rejects.toThrow(
      /could not save its settings in this workbook: The document is read-only/,
    );
  });
});

describe("describeOfficeError", () => {
  it.each([
    ["AccessDenied", /^The sheet is protected/],
    ["InvalidOperation", /^Excel is busy \(a cell is being edited\): press Enter or Esc and try again\..*protected/],
    ["InvalidOperationInCellEditMode", /^Excel is busy \(a cell is being edited\)/],
    ["ItemNotFound", /not found: it may have been renamed or deleted/],
    ["RequestPayloadSizeLimitExceeded", /Too much data was sent to Excel in one step/],
    ["ResponsePayloadSizeLimitExceeded", /too large to read in one step/],
  ])("explains %s in a sentence and keeps the code and the original error", (code, message) => {
    const original = officeError(code, "Technical message.");
    const described = describeOfficeError(original);
    expect(described).toBeInstanceOf(ExcelOperationError);
    expect(described.message).toMatch(message);
    expect(described.message).toContain(`(Excel error: ${code})`);
    expect(described.message).not.toContain("Technical message");
    expect((described as ExcelOperationError).code).toBe(code);
    expect(described.cause).toBe(original);
  });

  it("falls back to Excel's message for other codes", () => {
    const described = describeOfficeError(
      officeError("GeneralException", "There was an internal error while processing the request."),
    );
    expect(described.message).toBe(
      "Excel could not complete the operation: There was an internal error while processing the request. Try again; if it keeps failing, save the workbook, reopen it and retry. (Excel error: GeneralException)",
    );
  });

  it("passes other errors through and wraps non-errors", () => {
    const changed = new SheetChangedError("Plan");
    expect(describeOfficeError(changed)).toBe(changed);
    const plain = new Error("boom");
    expect(describeOfficeError(plain)).toBe(plain);
    expect(describeOfficeError(Object.assign(new Error("no such file"), { code: "ENOENT" }))).not.toBeInstanceOf(
      ExcelOperationError,
    );
    expect(describeOfficeError("odd")).toEqual(new Error("odd"));
  });
});

describe("OfficeWorkbookPort: change events", () => {
  /** A context whose worksheets have onChanged (ExcelApi 1.7): handlers added and removed are recorded. */
  function eventWorkbook(names: string[]) {
    const handlers = new Map<string, Array<(event: { address: string }) => Promise<void>>>();
    const removed: string[] = [];
    let syncs = 0;
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItemOrNullObject: (name: string) => {
            const sheet = new OfficeMockObject({
              onChanged: {
                add: (handler: (event: { address: string }) => Promise<void>) => {
                  handlers.set(name, [...(handlers.get(name) ?? []), handler]);
                  return { context, remove: () => removed.push(name) };
                },
              },
            });
            sheet.isNullObject = !names.includes(name);
            return sheet;
          },
        },
      },
    });
    const mockSync = context.sync.bind(context) as () => Promise<void>;
    context.sync = async () => {
      syncs++;
      await mockSync();
    };
    const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
      batch(context as unknown as Excel.RequestContext);
    return { run, handlers, removed, syncs: () => syncs };
  }

  it("listens to onChanged on each named sheet that exists, and passes on the sheet and address changed", async () => {
    const workbook = eventWorkbook(["Plan", "Clearway Parties"]);
    const port = new OfficeWorkbookPort(workbook.run);
    const heard: unknown[] = [];
    await port.onSheetsChanged(["Plan", "Clearway Parties", "Clearway Rules"], (change) => heard.push(change));
    expect([...workbook.handlers.keys()]).toEqual(["Plan", "Clearway Parties"]);
    expect(workbook.syncs()).toBe(2);
    await workbook.handlers.get("Plan")![0]!({ address: "E7" });
    await workbook.handlers.get("Clearway Parties")![0]!({ address: "B5:C5" });
    expect(heard).toEqual([
      { sheetName: "Plan", address: "E7" },
      { sheetName: "Clearway Parties", address: "B5:C5" },
    ]);
  });

  it("removes every handler it added when told to stop", async () => {
    const workbook = eventWorkbook(["Plan", "Clearway Rules"]);
    const port = new OfficeWorkbookPort(workbook.run);
    const stop = await port.onSheetsChanged(["Plan", "Clearway Rules"], () => undefined);
    await stop();
    expect(workbook.removed).toEqual(["Plan", "Clearway Rules"]);
  });

  it("adds nothing, and takes no sync, for no sheets", async () => {
    const workbook = eventWorkbook(["Plan"]);
    const stop = await new OfficeWorkbookPort(workbook.run).onSheetsChanged([], () => undefined);
    await stop();
    expect(workbook.handlers.size).toBe(0);
    expect(workbook.syncs()).toBe(0);
  });
});

describe("OfficeWorkbookPort: change events without ExcelApi 1.7", () => {
  afterEach(() => delete (globalThis as { Office?: unknown }).Office);

  it("adds no handler and touches no sheet where Excel lacks worksheet onChanged", async () => {
    (globalThis as { Office?: unknown }).Office = {
      context: { requirements: { isSetSupported: (_set: string, version: string) => Number(version) < 1.7 } },
    };
    const run = jest.fn();
    const stop = await new OfficeWorkbookPort(run).onSheetsChanged(["Plan"], () => undefined);
    await stop();
    expect(run).not.toHaveBeenCalled();
  });
});

describe("OfficeWorkbookPort: appending a recorded party", () => {
  it("writes the rows below the sheet's last used row in one sync after the shape check, formula-looking text as text", async () => {
    const workbook = new MockWorkbook({
      "Clearway Parties": [
        ["Name", "Country", "Roles"],
        ["Old Depot", "DE", "IOR"],
      ],
    });
    const port = new OfficeWorkbookPort(workbook.run);
    const snapshot = await port.readSheet("Clearway Parties");
    const syncsBefore = workbook.syncs;
    expect(await port.appendRows(snapshot, [["=Depot", "AT", "IOR"]])).toBe("A3:C3");
    expect(workbook.grid("Clearway Parties")).toEqual([
      ["Name", "Country", "Roles"],
      ["Old Depot", "DE", "IOR"],
      ["'=Depot", "AT", "IOR"],
    ]);
    expect(
      workbook
        .writes()
        .filter((op) => op.kind === "values")
        .map((op) => op.address),
    ).toEqual(["A3:C3"]);
    expect(workbook.syncs - syncsBefore).toBe(2);
  });

  it("refuses, writing nothing, when the sheet changed shape since it was read", async () => {
    const workbook = new MockWorkbook({ "Clearway Parties": [["Name", "Country", "Roles"]] });
    const port = new OfficeWorkbookPort(workbook.run);
    const snapshot = await port.readSheet("Clearway Parties");
    await expect(
      port.appendRows({ ...snapshot, fingerprint: "Clearway Parties!A1:C9" }, [["Depot", "AT", "IOR"]]),
    ).rejects.toBeInstanceOf(SheetChangedError);
    expect(workbook.grid("Clearway Parties")).toEqual([["Name", "Country", "Roles"]]);
  });
});
