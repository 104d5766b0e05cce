import { readFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../support/planFiles";

/**
 * The example plan checked as of 2026-11-26, reduced to what a reviewer reads against the
 * sources: status, permits by rule id, parties, charges and the issues that need action.
 * examples/expected/shipment-plan.expected.json was reviewed row by row against the rule files.
 */
interface JsonRow {
  row: number;
  shipmentId: string | null;
  status: string;
  permits: Array<{ ruleId: string }>;
  importerOfRecord: { party: string | null };
  exporterOfRecord: { party: string | null };
  charges: {
    currency: string | null;
    customsValue: number | null;
    duty: number | null;
    importTax: number | null;
    total: number | null;
  };
  leadTimeDays: number | null;
  issues: Array<{ code: string; severity: string; cell?: string }>;
}

export function reviewable(rows: JsonRow[]) {
  return rows.map((row) => ({
    row: row.row,
    id: row.shipmentId,
    status: row.status,
    permits: row.permits.map((p) => p.ruleId),
    importer: row.importerOfRecord.party,
    exporter: row.exporterOfRecord.party,
    charges: [
      row.charges.currency,
      row.charges.customsValue,
      row.charges.duty,
      row.charges.importTax,
      row.charges.total,
    ],
    leadTimeDays: row.leadTimeDays,
    toDo: row.issues.filter((i) => i.severity !== "info").map((i) => (i.cell ? `${i.code}@${i.cell}` : i.code)),
  }));
}

describe("golden: the example plan", () => {
  it("gives the reviewed results", async () => {
    const { code, stdout } = await runCli("check", "examples/shipment-plan.xlsx", "--json", "--as-of", "2026-11-26");
    expect(code).toBe(0);
    const expected = JSON.parse(readFileSync(path.resolve("examples/expected/shipment-plan.expected.json"), "utf8"));
    expect(reviewable(JSON.parse(stdout).rows)).toEqual(expected);
  }, 30000);
});
