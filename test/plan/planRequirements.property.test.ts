import fc from "fast-check";
import { SettingsSchema } from "../../src/domain/settings";
import type { Grid } from "../../src/plan/cellValue";
import { checkPlan, PlanNotFoundError } from "../../src/plan/checkPlan";
import { detectHeader } from "../../src/plan/headerDetection";
import type { PlanDefaults } from "../../src/plan/planDefaults";
import { readyToCheck } from "../../src/plan/planRequirements";
import { embeddedRuleSet } from "../../src/rules/embedded";

const rules = embeddedRuleSet();

/** Headers planners write, several naming the same field, so that a field named twice is likely. */
const HEADERS = [
  "Origin",
  "From",
  "Ship from",
  "Destination",
  "To",
  "Dest. country",
  "Material",
  "Material type",
  "Description",
  "Description",
  "Product description",
  "HS code",
  "Value",
  "Unit price",
  "Currency",
  "Ship date",
  "Notes",
  "Site",
];
const DEFAULTS: PlanDefaults[] = [
  {},
  { origin: "DE" },
  { destination: "FR" },
  { material: "imp" },
  { origin: "US", destination: "DE", material: "device" },
];

const planArb = fc.record({
  header: fc
    .subarray(HEADERS, { minLength: 0 })
    .chain((chosen) => fc.shuffledSubarray(chosen, { minLength: chosen.length, maxLength: chosen.length })),
  defaults: fc.constantFrom(...DEFAULTS),
});

/** Whether the check takes the plan, or refuses it for its header. */
function checkTakes(grid: Grid, defaults: PlanDefaults): boolean {
  try {
    checkPlan(grid, {
      rules,
      parties: [],
      settings: SettingsSchema.parse({ asOf: "2026-11-26", planDefaults: defaults }),
    });
    return true;
  } catch (error) {
    if (error instanceof PlanNotFoundError) return false;
    throw error;
  }
}

describe("the pane's Check plan button and the check refuse the same plans", () => {
  it("is ready exactly when the check takes the plan, whatever the header and the defaults", () => {
    fc.assert(
      fc.property(planArb, ({ header, defaults }) => {
        const grid: Grid = [header, header.map(() => null)];
        expect(readyToCheck(detectHeader(grid), defaults)).toBe(checkTakes(grid, defaults));
      }),
      { numRuns: 300 },
    );
  });

  it("takes a plan with two Description columns beside a material column", () => {
    const grid: Grid = [
      ["From", "To", "Material", "Description", "Description"],
      ["US", "DE", "IMP", "Kit", "Kit A"],
    ];
    expect(readyToCheck(detectHeader(grid))).toBe(true);
    expect(checkTakes(grid, {})).toBe(true);
  });

  it("refuses a plan whose material column is named twice", () => {
    const grid: Grid = [
      ["From", "To", "Material", "Material type"],
      ["US", "DE", "IMP", "IMP"],
    ];
    expect(readyToCheck(detectHeader(grid))).toBe(false);
    expect(checkTakes(grid, {})).toBe(false);
  });
});
