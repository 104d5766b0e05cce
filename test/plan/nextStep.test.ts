import type { CellValue, Grid } from "../../src/plan/cellValue";
import { checkPlan } from "../../src/plan/checkPlan";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { contextWith } from "../support/fixtureRules";

const context = contextWith([], {}, embeddedRuleSet());
const HEADER = ["Shipment ID", "Origin", "Destination", "Material", "Value", "Currency", "Ship date", "Need-by date"];

function check(...rows: CellValue[][]) {
  const grid: Grid = [HEADER, ...rows];
  return checkPlan(grid, context);
}

/**
 * One row each, as a planner writes it, and the next step a supply specialist would give first.
 * Dates are counted from the check's as-of date, 2026-11-26.
 */
const CASES: Array<[string, CellValue[], { text: RegExp; who: string; by: string | null; applyBy: string | null }]> = [
  [
    "IMP into India needing the CT-17 licence: the need-by date cannot be met, so the planner moves it today",
    ["S-IN", "US", "IN", "IMP", 1000, "USD", "2027-01-10", "2027-01-20"],
    {
      text: /^Move the need-by date or the shipment: Licence in Form CT-17 .* takes about 90 days$/,
      who: "planner",
      by: "2026-11-26",
      applyBy: "2026-10-12",
    },
  ],
  [
    "IMP into Canada: the sponsor's CTA, applied for 30 days before the ship date",
    ["S-CA", "US", "CA", "IMP", 1000, "USD", "2027-03-16", null],
    {
      text: /^Obtain Clinical Trial Application \(CTA\) authorization.*\(Health Canada, CA import\)$/,
      who: "sponsor",
      by: "2027-02-14",
      applyBy: "2027-02-14",
    },
  ],
  [
    "IMP to Cuba under the US embargo: the sponsor acts now",
    ["S-CU", "US", "CU", "IMP", 1000, "USD", "2027-03-16", null],
    { text: /^Shipment to Cuba blocked by US embargo on Cuba$/, who: "sponsor", by: "2026-11-26", applyBy: null },
  ],
  [
    "a row with a misspelt country: the planner corrects the cell today",
    ["S-X", "US", "Germny", "IMP", 1000, "USD", "2027-03-16", null],
    {
      text: /^Correct the plan: Destination \(C2\) "Germny" is not a country/,
      who: "planner",
      by: "2026-11-26",
      applyBy: null,
    },
  ],
  [
    "a domestic shipment inside Germany: nothing open, ship as planned",
    ["S-DE", "DE", "DE", "ancillary", 100, "EUR", "2027-03-16", null],
    { text: /^Nothing open: ship as planned$/, who: "planner", by: "2027-03-16", applyBy: null },
  ],
  [
    "equipment into Brazil, where the rules are silent: the planner confirms locally by the ship date",
    ["S-BR", "DE", "BR", "equipment", 5000, "EUR", "2027-03-09", null],
    {
      text: /^(Appoint an (importer|exporter) of record|Confirm locally: )/,
      who: expect.any(String) as unknown as string,
      by: "2027-03-09",
      applyBy: null,
    },
  ],
];

describe("the next step of a row: what, who acts, by when", () => {
  it.each(CASES)("%s", (_label, row, expected) => {
    const result = check(row).rows[0]!;
    expect(result.nextStep.text).toMatch(expected.text);
    expect(result.nextStep.who).toEqual(expected.who);
    expect(result.nextStep.by).toBe(expected.by);
    expect(result.applyBy).toBe(expected.applyBy);
  });

  it("writes the next step right after the status, and the apply-by date as a date", () => {
    const checked = check(CASES[1]![1]);
    expect(checked.outputBlock[0]!.slice(0, 2)).toEqual(["Clearway: Status", "Clearway: Next step"]);
    const cells = checked.outputBlock[1]!;
    expect(cells[1]).toMatch(/ - sponsor, by 2027-02-14$/);
    expect(cells[checked.outputBlock[0]!.indexOf("Clearway: Apply by")]).toEqual(new Date("2027-02-14T00:00:00Z"));
  });

  it("names the authority without its bracketed explanations, so the step reads in one line", () => {
    const step = check(["S-DE", "US", "DE", "IMP", 1000, "USD", "2027-06-01", null]).rows[0]!.nextStep.text;
    expect(step).toMatch(/^Obtain Einfuhrerlaubnis .*\(Competent Land authority for the importer's site, DE import\)$/);
    expect(step).not.toMatch(/Regierung von Oberbayern/);
  });

  it("gives every issue a kind: setup once per country and trial, this shipment's, or information", () => {
    const issues = check(CASES[1]![1]).rows[0]!.assessment!.issues;
    const byCode = Object.fromEntries(issues.map((issue) => [issue.code, issue.kind]));
    expect(byCode["permit-required"]).toBe("setup");
    expect(byCode["importer-of-record-needed"]).toBe("setup");
    for (const issue of issues.filter((entry) => entry.severity === "info")) expect(issue.kind).toBe("info");
  });
});

describe("the readiness checklist: setup gathered once per country and side", () => {
  const checked = check(
    ["S-1", "US", "DE", "IMP", 1000, "USD", "2027-03-01", null],
    ["S-2", "US", "DE", "IMP", 2000, "USD", "2027-04-01", null],
    ["S-3", "US", "CA", "IMP", 1000, "USD", "2027-03-16", null],
    ["S-4", "US", "Germny", "IMP", 1000, "USD", "2027-03-16", null],
  );
  const entry = (name: string, side: string) =>
    checked.summary.setup.find((candidate) => candidate.name === name && candidate.side === side)!;

  it("lists Germany's import setup once, with both rows waiting on it", () => {
    const germany = entry("Germany", "import");
    expect(germany.rowsWaiting).toEqual([2, 3]);
    const licence = germany.items.find((item) => item.ruleId !== null && /Einfuhrerlaubnis/.test(item.text))!;
    expect(licence).toMatchObject({ who: "importer of record", leadTimeDays: 90, rows: [2, 3] });
    expect(germany.items.filter((item) => /^Appoint an importer of record in Germany/.test(item.text))).toHaveLength(1);
  });

  it("lists the US export setup for all three readable rows, and nothing for the unreadable one", () => {
    expect(entry("United States", "export").rowsWaiting).toEqual([2, 3, 4]);
    expect(checked.summary.setup.flatMap((candidate) => candidate.rowsWaiting)).not.toContain(5);
  });

  it("orders the checklist by country name, import before export", () => {
    const order = checked.summary.setup.map((candidate) => `${candidate.name} ${candidate.side}`);
    expect(order).toEqual(["Canada import", "Germany import", "United States export"]);
  });
});
