import fc from "fast-check";
import type { CellValue, Grid } from "../../src/plan/cellValue";
import { parseDate, parseTemperature } from "../../src/plan/cellParsing";
import { checkPlan } from "../../src/plan/checkPlan";
import { resolveLocation } from "../../src/plan/locationResolving";
import { inferMaterial } from "../../src/plan/materialInference";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { contextWith } from "../support/fixtureRules";

const context = contextWith([], {}, embeddedRuleSet());
const HEADER = [
  "Shipment Request ID",
  "Ship From",
  "Destination Country",
  "Drug Code",
  "Description",
  "HS Code",
  "Temperature Condition",
  "Planned Dispatch",
  "Remarks",
  "Freight Cost (USD)",
];

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.constantFrom(
    "SHP-1",
    "SHP-2",
    "DE01 - EU Depot Mannheim",
    "EU Depot",
    "Acme Unit II, India",
    "France",
    "D-101",
    "Laborkits",
    "3004.90",
    "3002",
    "+2 °C bis +8 °C",
    "Trockeneis (≤ -60 °C)",
    "13/11/26",
    "11/13/26",
    "2-Mar-27",
    "N/A",
    "See ASN-93",
    "ohne Handelswert",
    "TBD",
    "constructor",
  ),
  fc.double(),
  fc.date({ noInvalidDate: false }),
);

const planArb: fc.Arbitrary<Grid> = fc
  .array(fc.array(cellArb, { minLength: HEADER.length, maxLength: HEADER.length }), { minLength: 1, maxLength: 10 })
  .map((rows) => [HEADER, ...rows]);
const hasContent = (row: CellValue[]) =>
  row.some((cell) => !(cell === null || (typeof cell === "string" && cell.trim() === "")));

describe("reading planners' layouts is total", () => {
  it("never loses a row, and rows assessed as one shipment share one result", () => {
    fc.assert(
      fc.property(planArb, (grid) => {
        const check = checkPlan(grid, context);
        const expected = grid.slice(1).flatMap((row, index) => (hasContent(row) ? [index + 2] : []));
        expect(check.rows.map((row) => row.row)).toEqual(expected);
        for (const row of check.rows) {
          if (!row.shipmentRows) continue;
          expect(row.shipmentRows).toContain(row.row);
          for (const other of check.rows.filter((candidate) => row.shipmentRows!.includes(candidate.row)))
            expect(other.status).toBe(row.status);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("parses any text without throwing: temperatures, dates, labels, material words", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(() => [
          parseTemperature(text),
          parseDate(text),
          resolveLocation(text, undefined),
          inferMaterial({ description: text, hsCode: text, drugCode: text }),
        ]).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
