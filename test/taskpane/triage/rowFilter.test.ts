import fc from "fast-check";
import { SettingsSchema } from "../../../src/domain/settings";
import { STATUSES } from "../../../src/domain/status";
import { checkPlan } from "../../../src/plan/checkPlan";
import { embeddedRuleSet } from "../../../src/rules/embedded";
import { actionGroups } from "../../../src/taskpane/triage/actionGroups";
import { goToAddress } from "../../../src/taskpane/triage/goToAddress";
import { filterRows, NO_FILTER } from "../../../src/taskpane/triage/rowFilter";

const context = { rules: embeddedRuleSet(), parties: [], settings: SettingsSchema.parse({ asOf: "2026-11-26" }) };
const check = checkPlan(
  [
    ["Shipment ID", "From", "To", "Material", "Value", "Currency", "Ship date"],
    ["S-1", "US", "IN", "IMP", 1000, "USD", "2027-06-01"],
    ["S-2", "US", "IN", "IMP", 2000, "USD", "2027-07-01"],
    ["S-3", "US", "JP", "IMP", 500, "USD", "2027-06-01"],
    ["S-4", "NL", "BE", "comparator", 500, "EUR", "2027-06-01"],
    ["S-5", "US", "Germny", "IMP", 10, "USD", "2027-06-01"],
  ],
  context,
);

describe("filtering the results", () => {
  it("lets every row through with no filter set", () => {
    expect(filterRows(check.rows, NO_FILTER)).toEqual(check.rows);
  });

  it("keeps exactly the rows of the chosen statuses, in plan order, whatever the choice", () => {
    fc.assert(
      fc.property(fc.subarray([...STATUSES]), (statuses) => {
        const kept = filterRows(check.rows, { ...NO_FILTER, statuses });
        const expected = statuses.length ? check.rows.filter((row) => statuses.includes(row.status)) : check.rows;
        expect(kept).toEqual(expected);
      }),
    );
  });

  it("filters by lane and matches search words in any order and case", () => {
    expect(filterRows(check.rows, { ...NO_FILTER, lane: "US>JP" }).map((row) => row.shipmentId)).toEqual(["S-3"]);
    expect(filterRows(check.rows, { ...NO_FILTER, search: "cdsco S-2" }).map((row) => row.shipmentId)).toEqual(["S-2"]);
    expect(filterRows(check.rows, { ...NO_FILTER, search: "germny" }).map((row) => row.shipmentId)).toEqual(["S-5"]);
  });
});

describe("grouping identical actions", () => {
  const groups = actionGroups(check.rows, "2026-11-26");

  it("lists each action once, the most shared first, every row once in a group", () => {
    const keys = groups.map((group) => `${group.text}|${group.who}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(groups.map((group) => group.rows.length)).toEqual(
      [...groups.map((group) => group.rows.length)].sort((a, b) => b - a),
    );
    for (const group of groups) expect(new Set(group.rows).size).toBe(group.rows.length);
  });

  it("gives every row that is not ok at least one action, and an ok row none", () => {
    const inGroups = new Set(groups.flatMap((group) => group.rows));
    for (const row of check.rows) expect(inGroups.has(row.row)).toBe(row.status !== "ok");
  });

  it("dates a group by the earliest date among its rows", () => {
    const licence = groups.find((group) => group.text.startsWith("Obtain Licence in Form CT-17"))!;
    const dates = check.rows.filter((row) => licence.rows.includes(row.row)).map((row) => row.applyBy!);
    expect(licence.by).toBe([...dates].sort()[0]);
  });
});

describe("Go to", () => {
  it("goes to the bad cell of an unreadable row and to the Status cell of any other", () => {
    const bad = check.rows.find((row) => row.status === "error")!;
    expect(goToAddress(bad, check.outputColumn)).toBe(bad.errors!.find((issue) => issue.cell)!.cell);
    const good = check.rows.find((row) => row.status !== "error")!;
    expect(goToAddress(good, 7)).toBe(`H${good.row}`);
  });
});
