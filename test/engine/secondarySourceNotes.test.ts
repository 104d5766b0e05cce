import { assess } from "../../src/engine/assess";
import { secondaryOnlyFacts, secondarySourceNote } from "../../src/engine/secondarySourceNotes";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { applyRuleOverrides, parseRuleOverrides } from "../../src/rules/overrides";
import { loadRuleSet } from "../../src/rules/ruleSet";
import {
  contextWith,
  crossCutting,
  exportland,
  importland,
  memberC,
  memberE,
  shipment,
  union,
} from "../support/fixtureRules";

const secondary = {
  title: "A broker's guide",
  url: "https://broker.example.org/guide",
  kind: "secondary" as const,
  date: null,
  reviewed: "2026-01-01",
};
const official = {
  title: "The regulator",
  url: "https://regulator.example.org/rule",
  kind: "official" as const,
  date: null,
  reviewed: "2026-01-01",
};

/** The fixture rules with Exportland's sample export licence backed by a broker only, and its IMP "none" by a broker and the regulator. */
function rulesWithSecondary() {
  const xa = {
    ...exportland,
    export: [
      { ...exportland.export![0]!, sources: [secondary] },
      { ...exportland.export![1]!, sources: [secondary, official] },
    ],
  };
  return loadRuleSet({
    version: "fixture",
    countries: [xa, importland, memberC, memberE],
    unions: [union],
    crossCutting,
  });
}

describe("confirm: secondary source", () => {
  it("finds the facts whose every source is secondary, once per rule set", () => {
    const rules = rulesWithSecondary();
    const found = secondaryOnlyFacts(rules);
    expect([...found.keys()]).toEqual(["xa-export-samples"]);
    // The same map for every later row: worked out once, not per row.
    expect(secondaryOnlyFacts(rules)).toBe(found);
  });

  it("adds an info note naming the secondary-only fact to a row that relies on it, without changing its status", () => {
    const rules = rulesWithSecondary();
    const row = shipment({ material: "samples", temperature: "2-8C", dangerousGoods: ["UN3373"] });
    const withNote = assess(row, contextWith([], {}, rules));
    const note = withNote.issues.find((entry) => entry.code === "secondary-source");
    expect(note).toMatchObject({ severity: "info", kind: "info" });
    expect(note!.message).toMatch(/^Confirm: secondary source for xa-export-samples: /);
    expect(note!.message).toContain("xa-export-samples");
    expect(withNote.status).toBe(assess(row, contextWith()).status);
  });

  it("says nothing where an official source stands beside the secondary one", () => {
    const rules = rulesWithSecondary();
    const a = assess(shipment({ material: "imp" }), contextWith([], {}, rules));
    expect(a.ruleRefs).toContain("xa-export-imp");
    expect(a.issues.map((entry) => entry.code)).not.toContain("secondary-source");
  });

  it("gives rows relying on the same secondary-only facts the same note, and none to rows relying on none", () => {
    const rules = rulesWithSecondary();
    const first = secondarySourceNote(["xa-export-samples", "xb-import-other"], rules);
    expect(first).toBeDefined();
    expect(secondarySourceNote(["xa-export-samples", "xb-import-other"], rules)).toBe(first);
    expect(secondarySourceNote(["xa-import-all"], rules)).toBeUndefined();
  });

  it("leaves the user's overrides to their own note, even with no source kind given", () => {
    const overrides = parseRuleOverrides(
      {
        countries: [
          {
            code: "XB",
            duties: [
              {
                id: "xb-duty-9018",
                heading: "9018",
                ratePercent: 2,
                sources: [{ title: "Our broker's ruling", reviewed: "2026-10-01" }],
              },
            ],
          },
        ],
      },
      "rules.json",
    );
    const overridden = applyRuleOverrides(contextWith().rules, overrides, "rules.json");
    expect(overridden.facts.get("xb-duty-9018")!.sources.map((source) => source.kind)).toEqual(["secondary"]);
    expect(secondaryOnlyFacts(overridden).has("xb-duty-9018")).toBe(false);
  });

  it("names every secondary-only fact a finding cites in one note", () => {
    const rules = embeddedRuleSet();
    const many = [...secondaryOnlyFacts(rules).keys()].slice(0, 12);
    const note = secondarySourceNote(["gb-import-tax", ...many], rules)!;
    expect(note.message).toMatch(new RegExp(`^Confirm: secondary source for ${many.join(", ")}: `));
    expect(note.message).not.toContain("gb-import-tax");
    expect(secondarySourceNote(many.slice(0, 11), rules)).not.toBe(note);
  });

  it("marks some of the embedded rules' facts, and not all of them", () => {
    const rules = embeddedRuleSet();
    const found = secondaryOnlyFacts(rules);
    expect(found.size).toBeGreaterThan(0);
    expect(found.size).toBeLessThan(rules.facts.size);
    for (const fact of found.values()) expect(fact.sources.every((source) => source.kind === "secondary")).toBe(true);
  });
});
