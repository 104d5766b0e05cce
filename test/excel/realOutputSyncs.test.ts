import { generateShipments } from "../../bench/generateShipments";
import { OfficeWorkbookPort, DEFAULT_WRITE_BUDGET } from "../../src/excel/officeWorkbookPort";
import type { CellValue } from "../../src/plan/cellValue";
import { checkPlan } from "../../src/plan/checkPlan";
import { resultsLayout } from "../../src/plan/resultsLayout";
import { planBlockReport } from "../../src/plan/workbookReport";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { EXCEL_LIMIT, MockWorkbook } from "../support/mockWorkbook";
import { contextWith } from "../support/fixtureRules";

const HEADER = ["Shipment ID", "From", "To", "Material", "Value", "Currency", "Ship date", "Temperature"];

/** A 20,000-row plan over every covered lane, as the command line's benchmark makes it, with the block the rules really write. */
function realPlan(rows: number) {
  const rules = embeddedRuleSet();
  const grid: CellValue[][] = [
    HEADER,
    ...generateShipments(rules, rows).map((s) =>
      [s.id, s.origin, s.destination, s.material, s.value, s.currency, s.shipDate, s.temperature].map(
        (value): CellValue => value ?? null,
      ),
    ),
  ];
  const check = checkPlan(grid, contextWith([], { asOf: "2026-11-26" }, rules));
  return { grid, check };
}

describe("OfficeWorkbookPort: the block the rules really write", () => {
  it("writes a 20,000-row plan's real results in at most 10 syncs, each request under Excel on the web's 5 MB in UTF-8", async () => {
    const { grid, check } = realPlan(20_000);
    const workbook = new MockWorkbook({ Plan: grid as never });
    const port = new OfficeWorkbookPort(workbook.run);
    const snapshot = await port.readSheet("Plan");
    const syncsBefore = workbook.syncs;
    const requestsBefore = workbook.requestBytes.length;
    await port.writeResults(snapshot, resultsLayout(check), planBlockReport(check));
    const syncs = workbook.syncs - syncsBefore;
    const requests = workbook.requestBytes.slice(requestsBefore);
    const blockBytes = check.outputBlock.reduce((sum, row) => sum + Buffer.byteLength(JSON.stringify(row)), 0);
    console.log(
      `real block of 20,000 rows: ${(blockBytes / 1e6).toFixed(1)} MB in UTF-8 (${Math.round(blockBytes / 20_000)} bytes a row); ${syncs} syncs; largest request ${Math.max(...requests)} bytes (budget ${DEFAULT_WRITE_BUDGET})`,
    );
    expect(syncs).toBeLessThanOrEqual(10);
    expect(Math.max(...requests)).toBeLessThan(EXCEL_LIMIT);
    // What landed is the block, row for row (the last row as a witness).
    expect(workbook.grid("Plan")[20_000]!.slice(check.outputColumn, check.outputColumn + 2)).toEqual(
      check.outputBlock[20_000]!.slice(0, 2),
    );
  }, 120_000);
});
