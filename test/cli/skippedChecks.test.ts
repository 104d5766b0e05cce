import { writeFileSync } from "node:fs";
import path from "node:path";
import { runCli, tempDir } from "../support/planFiles";

/** A plan with the required columns, a ship date and an HS code, nothing else. */
const PLAN = [
  "Shipment ID,From,To,Material,Value,Currency,Ship date,HS code",
  "S-1,US,DE,IMP,1000,EUR,2027-06-01,3004",
].join("\n");

describe("the CLI names the checks the plan's columns leave out", () => {
  let file: string;
  beforeAll(() => {
    file = path.join(tempDir(), "plan.csv");
    writeFileSync(file, PLAN);
  });

  it("prints one Skipped checks line in the text summary", async () => {
    const result = await runCli("check", file, "--as-of", "2026-11-26");
    expect(result.code).toBe(0);
    const line = result.stdout.split("\n").find((text) => text.startsWith("Skipped checks: "));
    expect(line).toContain("lead time against the need-by date (no Need-by date column)");
    expect(line).toContain("dangerous goods (no Dangerous goods / UN number / Temperature columns)");
    expect(line).toContain(
      "temporary admission and returned goods (no Returnable column; every row is taken as a one-way shipment)",
    );
    // The plan has these columns: their checks run.
    expect(line).not.toContain("duty by HS code");
    expect(line).not.toContain("lead time against the ship date");
  });

  it("lists them in the JSON summary as {check, missingField}", async () => {
    const result = await runCli("check", file, "--json", "--as-of", "2026-11-26");
    const summary = JSON.parse(result.stdout).summary as {
      skippedChecks: Array<{ check: string; missingField: string }>;
    };
    expect(summary.skippedChecks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ check: "lead time against the need-by date", missingField: "Need-by date" }),
        expect.objectContaining({ check: "CIF value from freight and insurance", missingField: "Freight / Insurance" }),
      ]),
    );
    expect(summary.skippedChecks.map((entry) => entry.check)).not.toContain("duty by HS code");
  });

  it("prints no such line when the plan has every column a check needs", async () => {
    const full = path.join(tempDir(), "full.csv");
    writeFileSync(
      full,
      [
        "From,To,Material,Value,Currency,No commercial value,Ship date,Need-by date,HS code,Temperature,Dangerous goods,Returnable,Controlled substance,Sponsor,Importer of record,Exporter of record,Freight,Insurance",
        "US,DE,IMP,1000,EUR,no,2027-06-01,2027-07-01,3004,2-8 C,,no,no,Acme,,,50,5",
      ].join("\n"),
    );
    const result = await runCli("check", full, "--as-of", "2026-11-26");
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("Skipped checks");
  });
});
