import { OLD_EXCEL_NOTE } from "../../src/excel/officeWorkbookPort";
import { OUTPUT_COLUMNS } from "../../src/plan/outputColumns";
import { HEADER_STYLE } from "../../src/plan/workbookReport";
import { FakeWorkbookPort } from "../../src/playground/fakeWorkbookPort";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { checkThroughPort } from "../../src/plan/portCheck";

const HEADER = ["Shipment ID", "Origin", "Destination", "Material type", "Value", "Currency", "Ship date"];
const PLAN = [
  HEADER,
  ["S-1", "US", "DE", "IMP", 1000, "EUR", "2027-06-01"],
  ["S-2", "US", "JP", "IMP", 100000, "JPY", "2027-06-01"],
];

async function checked(workbook: FakeWorkbookPort) {
  return checkThroughPort({
    port: workbook,
    rules: embeddedRuleSet(),
    sheetName: "Plan",
    settings: { asOf: "2026-11-26" },
    overrides: {},
  });
}

describe("the playground's workbook keeps what each sheet was written from", () => {
  it("keeps the block's description: the header's look, money formats in the row's currency", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN.map((row) => [...row]) }]);
    const outcome = await checked(workbook);
    const block = workbook.sheet("Plan").block!;
    expect(block.firstColumn).toBe(outcome.check.outputColumn);
    expect(workbook.cellLook("Plan", 0, block.firstColumn).style).toEqual(HEADER_STYLE);
    const total = block.firstColumn + OUTPUT_COLUMNS.indexOf("Est. total charges");
    const formats = [1, 2].map((r) =>
      typeof workbook.sheet("Plan").cells[r]![total] === "number"
        ? workbook.cellLook("Plan", r, total).style?.numberFormat
        : "no charge",
    );
    expect(formats).toContain("#,##0");
    // Outside the block, nothing is styled.
    expect(workbook.cellLook("Plan", 1, 0)).toEqual({});
  });

  it("keeps each Clearway sheet's description, its links among them, and shows a link's text", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN.map((row) => [...row]) }]);
    await checked(workbook);
    const sources = workbook.sheets.find((sheet) => sheet.clearwaySheet === "Clearway Sources")!;
    expect(sources.report?.name).toBe("Clearway Sources");
    const linked = sources
      .report!.rows.flatMap((row, r) => row.map((cell, c) => ({ cell, r, c })))
      .filter(({ cell }) => cell.link && /^https:/.test(cell.link) && cell.link.length < 200);
    expect(linked.length).toBeGreaterThan(0);
    const { cell, r, c } = linked[0]!;
    expect(workbook.cellLook(sources.name, r, c).link).toBe(cell.link);
    expect(sources.cells[r]![c]).toBe(cell.value);
  });

  it("passes the notes the port returns from writing the block on to the pane", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN.map((row) => [...row]) }]);
    const write = workbook.writeResults.bind(workbook);
    workbook.writeResults = async (...args) => [...(await write(...args)), OLD_EXCEL_NOTE];
    const outcome = await checked(workbook);
    expect(outcome.notes.filter((note) => note === OLD_EXCEL_NOTE)).toHaveLength(1);
  });
});
