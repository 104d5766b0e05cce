import fc from "fast-check";
import { STATUSES } from "../../src/domain/status";
import type { CellValue, Grid } from "../../src/plan/cellValue";
import { checkPlan } from "../../src/plan/checkPlan";
import { OUTPUT_COLUMNS } from "../../src/plan/outputColumns";
import { FIELD_HEADERS, PLAN_FIELDS } from "../../src/plan/planFields";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { contextWith } from "../support/fixtureRules";

const context = contextWith([], {}, embeddedRuleSet());
const HEADER = PLAN_FIELDS.map((field) => FIELD_HEADERS[field].label);
const GOOD_ROW: CellValue[] = PLAN_FIELDS.map(
  (field) =>
    ({ origin: "US", destination: "DE", material: "IMP", value: 1000, currency: "EUR" })[field as string] ?? null,
);

/** Anything a cell can hold once read from Excel, exceljs or a CSV file, the awkward cases made likely. */
const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(
    "#N/A",
    "#VALUE!",
    "#REF!",
    "#DIV/0!",
    "=1+1",
    "+49 30",
    "-20C",
    "@SUM(A1)",
    "__proto__",
    "constructor",
    "toString",
    "hasOwnProperty",
    "1e307",
    "9".repeat(400),
    "NaN",
    "Infinity",
    "0x1F",
    " ",
    "\t",
    "\r\n",
    "\u0000",
    "DE",
    "Congo",
    "imp",
    "2027-02-30",
    "31/12/2027",
  ),
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    1e307,
    -1e307,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e12 + 1,
    1e12,
  ),
  fc.date({ noInvalidDate: false }),
  fc.boolean(),
);

/** A plan with the full header and rows whose every input cell may hold anything. */
const planArb: fc.Arbitrary<Grid> = fc
  .array(
    fc
      .tuple(fc.array(fc.tuple(fc.nat({ max: HEADER.length - 1 }), cellArb), { maxLength: 6 }), fc.boolean())
      .map(([patches, startGood]) => {
        const row: CellValue[] = startGood ? [...GOOD_ROW] : HEADER.map(() => null);
        for (const [column, value] of patches) row[column] = value;
        return row;
      }),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows) => [HEADER, ...rows]);

const hasContent = (row: CellValue[]): boolean =>
  row.some((cell) => !(cell === null || (typeof cell === "string" && cell.trim() === "")));

describe("checkPlan is total over any cell content", () => {
  it("turns a failure inside Clearway into that row's error and checks the other rows", () => {
    const failing = {
      ...context,
      rules: new Proxy(context.rules, {
        get: (target, key) => (key === "countries" ? undefined : Reflect.get(target, key)),
      }),
    };
    const check = checkPlan([HEADER, GOOD_ROW, GOOD_ROW], failing);
    expect(check.rows.map((row) => [row.row, row.status, row.errors?.[0]?.code])).toEqual([
      [2, "error", "row-not-checked"],
      [3, "error", "row-not-checked"],
    ]);
    expect(check.rows[0]!.errors![0]!.message).toMatch(/^Row 2 could not be checked \(.+\); the other rows were/);
  });

  it("returns a result for every row with content, never throws, and gives each row one of the four statuses", () => {
    fc.assert(
      fc.property(planArb, (grid) => {
        const check = checkPlan(grid, context);
        const expectedRows = grid.slice(1).flatMap((row, index) => (hasContent(row) ? [index + 2] : []));
        expect(check.rows.map((row) => row.row)).toEqual(expectedRows);
        for (const row of check.rows) expect(STATUSES).toContain(row.status);
        expect(check.outputBlock).toHaveLength(grid.length);
        for (const cells of check.outputBlock) expect(cells).toHaveLength(OUTPUT_COLUMNS.length);
        // An error row always says why, naming a cell where the cause is one.
        for (const row of check.rows.filter((r) => r.status === "error"))
          expect(row.errors?.length ?? 0).toBeGreaterThanOrEqual(1);
        // The per-row safety net is for the unforeseen: no cell content may need it.
        expect(
          check.rows.flatMap((row) => row.errors ?? []).filter((issue) => issue.code === "row-not-checked"),
        ).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses an amount too large to estimate in its own cell, and still checks the next row", () => {
    const grid: Grid = [HEADER, GOOD_ROW.map((cell, i) => (PLAN_FIELDS[i] === "value" ? 1e307 : cell)), GOOD_ROW];
    const check = checkPlan(grid, context);
    expect(check.rows[0]).toMatchObject({ row: 2, status: "error" });
    expect(check.rows[0]!.errors![0]!.message).toMatch(/^Value \(E2\) is larger than 1,000,000,000,000/);
    expect(check.rows[1]).toMatchObject({ row: 3, status: "action" });
  });
});
