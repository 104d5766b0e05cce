import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { annotatedCsv } from "../../src/cli/annotatedCsv";
import { readCsvTable } from "../../src/cli/csvPlanFile";
import { csvRecords } from "../../src/cli/csvRecords";
import type { PlanFile } from "../../src/cli/planFile";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { checkPlan } from "../../src/plan/checkPlan";
import { OUTPUT_HEADERS } from "../../src/plan/outputColumns";
import { LONG_FINDING_CHARS } from "../../src/plan/findingDetails";
import { SettingsSchema } from "../../src/domain/settings";
import { readSheet, runCli } from "../support/planFiles";

const context = { rules: embeddedRuleSet(), parties: [], settings: SettingsSchema.parse({ asOf: "2026-11-26" }) };
const HEADER = ["From", "To", "Material", "Value", "Currency", "Note"];

// The planner's text: delimiters, quotes, line breaks, formula starters, apostrophes and non-ASCII.
const noteArbitrary = fc
  .array(fc.constantFrom("a", "1", ",", ";", "\t", '"', "\n", "=", "+", "-", "@", "'", " ", "ü", "€"), {
    maxLength: 10,
  })
  .map((chars) => chars.join(""));
const rowArbitrary = fc.tuple(
  fc.constantFrom("US", "Deutschland", "XX", ""),
  fc.constantFrom("DE", "FR", "-20C"),
  fc.constantFrom("IMP", "device", "=1+1"),
  fc.constantFrom("100", "1.234,56", "12.5", "-3"),
  fc.constantFrom("EUR", "USD", ""),
  noteArbitrary,
);
const planArbitrary = fc.record({
  rows: fc.array(rowArbitrary, { minLength: 1, maxLength: 5 }),
  delimiter: fc.constantFrom(",", ";", "\t"),
  encoding: fc.constantFrom("utf8", "utf16le", "windows-1252"),
  blankLineAfter: fc.nat(5),
});

function written(field: string, delimiter: string): string {
  return field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

describe("the annotated CSV", () => {
  it("writes every field of the plan back exactly as written, whatever it holds, and Clearway's block right of it", () => {
    fc.assert(
      fc.property(planArbitrary, ({ rows, delimiter, encoding, blankLineAfter }) => {
        const lines = [HEADER, ...rows].map((row) => row.map((field) => written(field, delimiter)).join(delimiter));
        lines.splice(Math.min(blankLineAfter, lines.length - 1) + 1, 0, "");
        const text = lines.join("\r\n") + "\r\n";
        const bytes = iconv.encode(text, encoding, { addBOM: encoding !== "windows-1252" });
        const csv = readCsvTable(bytes, "plan.csv");
        expect(csv.dialect.delimiter).toBe(delimiter);
        const file: PlanFile = { kind: "csv", path: "plan.csv", sheetName: "plan", grid: csv.grid, csv };
        const check = checkPlan(csv.grid, context, { decimalMark: csv.dialect.decimalMark });
        const out = annotatedCsv(file, check);

        expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const outText = out.toString("utf8").slice(1);
        // Line N is line N (Clearway adds no line break); the planner's fields open each record, unchanged, quotes included.
        expect(outText.split(/\r\n|\r|\n/)).toHaveLength(text.split(/\r\n|\r|\n/).length);
        const input = csvRecords(text, delimiter).raw;
        const outRaw = csvRecords(outText, delimiter).raw;
        expect(outRaw.map((record, r) => record.slice(0, input[r]!.length))).toEqual(input);
        const output = csvRecords(outText, delimiter).values;
        expect(output[0]!.slice(HEADER.length)).toEqual([...OUTPUT_HEADERS]);
        for (const record of output.slice(1))
          for (const field of record.slice(HEADER.length)) expect(/^[=+\-@\t\r]/.test(field)).toBe(false);
      }),
      { numRuns: 100 },
    );
  }, 60000);

  it("keeps every finding whole, since a CSV copy has no details sheet to refer to", async () => {
    // Samples at -80 °C naming no refrigerant or UN number: the packing questions run past LONG_FINDING_CHARS.
    const text = "From,To,Material,Value,Currency,Temperature\r\nDE,US,samples,50,EUR,-80 C\r\n";
    const long = checkPlan(readCsvTable(Buffer.from(text, "utf8"), "plan.csv").grid, context).details.map(
      (detail) => detail.message,
    );
    expect(long.length).toBeGreaterThan(0);
    expect(long.every((message) => message.length > LONG_FINDING_CHARS)).toBe(true);
    const dir = mkdtempSync(path.join(tmpdir(), "clearway-whole-"));
    try {
      const plan = path.join(dir, "plan.csv");
      writeFileSync(plan, text);
      const out = path.join(dir, "out.csv");
      expect((await runCli("check", plan, "-o", out, "--as-of", "2026-11-26")).code).toBe(0);
      const issues = csvRecords(readFileSync(out, "utf8").slice(1), ",").raw[1]!.at(-2)!;
      expect(issues).not.toMatch(/\(see D\d+\)/);
      for (const message of long) expect(issues).toContain(message.replace(/\r?\n/g, " | "));
      // The same plan copied to .xlsx refers to its details sheet.
      const xlsx = path.join(dir, "out.xlsx");
      expect((await runCli("check", plan, "-o", xlsx, "--as-of", "2026-11-26")).code).toBe(0);
      const sheet = await readSheet(xlsx, "plan");
      expect(String(sheet[1]!.at(-2))).toMatch(/\(see D1\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
