import { assess } from "../../src/engine/assess";
import { applyRuleOverrides, overrideFactIds, parseRuleOverrides, RuleOverrideError } from "../../src/rules/overrides";
import { permitRuleIds, RuleSetError } from "../../src/rules/ruleSet";
import { contextWith, fixtureRuleSet, importland, shipment } from "../support/fixtureRules";

const base = fixtureRuleSet();
const note = [{ title: "Duty ruling XB-2026-7 from our broker", reviewed: "2026-10-01" }];
const apply = (document: unknown) => applyRuleOverrides(base, parseRuleOverrides(document, "rules.json"), "rules.json");
const fails = (document: unknown) => {
  try {
    apply(document);
  } catch (error) {
    return error as RuleOverrideError;
  }
  throw new Error("expected the overrides to be refused");
};

describe("rule overrides in the format of Clearway's rule files", () => {
  const table = {
    broker: { title: "Duty ruling XB-2026-7 from our broker", reviewed: "2026-10-01" },
    ministry: {
      title: "Ministry circular 12/2026",
      url: "https://example.org/circular",
      kind: "official",
      date: "2026-09-15",
      reviewed: "2026-10-02",
    },
  };

  it("cite sources by id from a top-level sources table, beside sources written in place", () => {
    const rules = apply({
      sources: table,
      countries: [
        {
          code: "XB",
          duties: [
            {
              id: "xb-duty-9018",
              heading: "9018",
              ratePercent: 2,
              sources: ["broker", "ministry", { title: "Our own note", reviewed: "2026-10-03" }],
            },
          ],
        },
      ],
    });
    expect(rules.facts.get("xb-duty-9018")!.sources).toEqual([
      {
        title: "Duty ruling XB-2026-7 from our broker",
        url: "",
        kind: "secondary",
        date: null,
        reviewed: "2026-10-01",
      },
      {
        title: "Ministry circular 12/2026",
        url: "https://example.org/circular",
        kind: "official",
        date: "2026-09-15",
        reviewed: "2026-10-02",
      },
      { title: "Our own note", url: "", kind: "secondary", date: null, reviewed: "2026-10-03" },
    ]);
  });

  it("refuse a source id missing from the table, naming where it is cited", () => {
    const error = fails({
      sources: table,
      countries: [
        { code: "XB", duties: [{ id: "xb-duty-9018", heading: "9018", ratePercent: 2, sources: ["brokr"] }] },
      ],
    });
    expect(error).toBeInstanceOf(RuleSetError);
    expect(error.message).toBe(
      'rules.json: countries.0.duties.0.sources.0: "brokr" is not a source id of this file\'s sources table',
    );
  });
});

describe("rule overrides: merging into the rule set", () => {
  it("replaces a fact with the same id, keeps the others, and marks only it as the user's", () => {
    const rules = apply({
      countries: [{ code: "XB", duties: [{ id: "xb-duty-9018", heading: "9018", ratePercent: 2, sources: note }] }],
    });
    const duties = rules.countries.get("XB")!.duties;
    expect(duties.map((duty) => [duty.id, duty.ratePercent])).toEqual([
      ["xb-duty-3004", 0],
      ["xb-duty-9018", 2],
      ["xb-duty-901890", 2.5],
      ["xb-duty-9027", 3],
      ["xb-duty-3822", 6.5],
    ]);
    expect(rules.facts.get("xb-duty-9018")).toMatchObject({
      override: true,
      label: "duty 9018: 2%",
      sources: [{ title: "Duty ruling XB-2026-7 from our broker", url: "", reviewed: "2026-10-01" }],
    });
    expect(rules.facts.get("xb-duty-3004")!.override).toBeUndefined();
    expect(overrideFactIds(rules)).toEqual(["xb-duty-9018"]);
    expect(rules.version).toBe("fixture+overrides");
    // The base is not changed.
    expect(base.countries.get("XB")!.duties[1]!.ratePercent).toBe(8);
    expect(base.facts.get("xb-duty-9018")!.override).toBeUndefined();
  });

  it("adds a fact with a new id, and the engine uses and names it", () => {
    const rules = apply({
      countries: [
        {
          code: "XB",
          duties: [
            {
              id: "xb-duty-901812",
              heading: "901812",
              ratePercent: 1,
              sources: [{ ...note[0], url: "https://example.org/ruling" }],
            },
          ],
        },
      ],
    });
    const context = contextWith([], {}, rules);
    const a = assess(shipment({ material: "device", hsCode: "90181200", value: 1000 }), context);
    // CIF 1050 x 1% = 10.5 duty (the 6-digit heading beats 9018's 8%).
    expect(a.charges.duty).toBe(10.5);
    expect(a.ruleRefs).toContain("xb-duty-901812");
    const named = a.issues.find((entry) => entry.code === "rule-override");
    expect(named).toEqual({
      code: "rule-override",
      severity: "info",
      kind: "info",
      message:
        "Uses your rule override xb-duty-901812 (XB: duty 901812: 1%), not Clearway's data. Source: Duty ruling XB-2026-7 from our broker (https://example.org/ruling), reviewed 2026-10-01.",
    });
  });

  it("replaces the import tax's rate and merges its reliefs by id", () => {
    const tax = importland.importTax!;
    const rules = apply({
      countries: [
        {
          code: "XB",
          importTax: {
            id: "xb-tax",
            name: "GST",
            standardRatePercent: 15,
            sources: note,
            reliefs: [
              {
                id: "xb-tax-devices",
                headings: ["9018"],
                ratePercent: 0,
                condition: "all devices, per our ruling",
                sources: note,
              },
            ],
          },
        },
      ],
    });
    const merged = rules.countries.get("XB")!.importTax!;
    expect(merged.standardRatePercent).toBe(15);
    expect(merged.reliefs.map((relief) => [relief.id, relief.ratePercent])).toEqual([
      ["xb-tax-imp", 0],
      ["xb-tax-devices", 0],
    ]);
    expect(tax.reliefs).toHaveLength(2);
    expect(overrideFactIds(rules)).toEqual(["xb-tax", "xb-tax-devices"]);
  });

  it("does not mark a fact that equals Clearway's own as an override", () => {
    const { sources, ...tax } = base.countries.get("XB")!.importTax!;
    const rules = apply({
      countries: [
        {
          code: "XB",
          importTax: {
            ...tax,
            sources,
            reliefs: [
              {
                id: "xb-tax-imp",
                materials: ["imp"],
                ratePercent: 5,
                condition: "IMP for an approved trial",
                sources: note,
              },
            ],
          },
        },
      ],
    });
    expect(overrideFactIds(rules)).toEqual(["xb-tax-imp"]);
  });

  it("changes a permit's lead time, and the engine uses it", () => {
    const permit = importland.import!.find((rule) => rule.id === "xb-import-imp")!;
    const rules = apply({ countries: [{ code: "XB", import: [{ ...permit, leadTimeDays: 60, sources: note }] }] });
    const a = assess(shipment({ shipDate: "2027-06-01" }), contextWith([], {}, rules));
    expect(a.permits.find((p) => p.ruleId === "xb-import-imp")).toMatchObject({
      leadTimeDays: 60,
      source: { title: note[0]!.title, url: "", reviewed: "2026-10-01" },
    });
    expect(a.issues.map((entry) => entry.code)).toContain("rule-override");
  });

  it("adds a country Clearway does not cover, named by its ISO name", () => {
    const rules = apply({
      countries: [
        {
          code: "NG",
          import: [
            {
              kind: "permit",
              id: "ng-import-imp-nafdac",
              materials: ["imp"],
              name: "NAFDAC permit",
              authority: "NAFDAC",
              scope: "per-shipment",
              holder: "importer",
              leadTimeDays: 45,
              sources: note,
            },
          ],
        },
      ],
    });
    expect(rules.countries.get("NG")!.name).toBe("Nigeria");
    expect(permitRuleIds(rules)).toContain("ng-import-imp-nafdac");
    const a = assess(shipment({ destination: "NG", shipDate: "2027-06-01" }), contextWith([], {}, rules));
    expect(a.permits.map((p) => p.ruleId)).toEqual(["ng-import-imp-nafdac"]);
    expect(a.issues.map((entry) => entry.code)).not.toContain("country-not-covered");
  });

  it("keeps the embedded rule set as it is when the file has no countries", () => {
    expect(apply({ countries: [] })).toBe(base);
  });
});

describe("rule overrides: refused whole, with the path of the problem", () => {
  it.each([
    [
      "a source with an http link",
      {
        countries: [
          {
            code: "XB",
            duties: [
              {
                id: "xb-duty-9018",
                heading: "9018",
                ratePercent: 2,
                sources: [{ ...note[0], url: "http://example.org" }],
              },
            ],
          },
        ],
      },
      "countries.0.duties.0.sources.0.url",
    ],
    [
      "a fact without a source",
      { countries: [{ code: "XB", duties: [{ id: "xb-duty-9018", heading: "9018", ratePercent: 2, sources: [] }] }] },
      "countries.0.duties.0.sources",
    ],
    [
      "a rate over 100%",
      {
        countries: [{ code: "XB", duties: [{ id: "xb-duty-9018", heading: "9018", ratePercent: 120, sources: note }] }],
      },
      "countries.0.duties.0.ratePercent",
    ],
    ["an unknown field", { countries: [{ code: "XB", dutyRates: [] }] }, "countries.0"],
    [
      "a review date that is not ISO",
      {
        countries: [
          {
            code: "XB",
            duties: [
              {
                id: "xb-duty-9018",
                heading: "9018",
                ratePercent: 2,
                sources: [{ title: "My note", reviewed: "01/10/2026" }],
              },
            ],
          },
        ],
      },
      "countries.0.duties.0.sources.0.reviewed",
    ],
  ])("%s", (_label, document, path) => {
    const error = fails(document);
    expect(error).toBeInstanceOf(RuleSetError);
    expect(error.path).toBe(path);
    expect(error.message).toMatch(new RegExp(`^rules\\.json: ${path.replace(/\./g, "\\.")}: `));
  });

  it.each([
    [
      "a new id without the country's prefix",
      { countries: [{ code: "XB", duties: [{ id: "duty-9019", heading: "9019", ratePercent: 2, sources: note }] }] },
      "countries.0.duties.0.id",
      /a new rule id for XB must start with "xb-"/,
    ],
    // Otherwise Clearway's own rate for the heading would still be the one used.
    [
      "a second rate for a heading that has one",
      {
        countries: [
          { code: "XB", duties: [{ id: "xb-duty-9018-ruling", heading: "9018", ratePercent: 2, sources: note }] },
        ],
      },
      "countries.0.duties.0.heading",
      /HS 9018 already has XB's rate "xb-duty-9018": use that id to replace it/,
    ],
    [
      "another country's rule id",
      { countries: [{ code: "XB", duties: [{ id: "xa-duty-3004", heading: "3004", ratePercent: 2, sources: note }] }] },
      "countries.0.duties.0.id",
      /"xa-duty-3004" is a rule of XA, not of XB/,
    ],
    [
      "a union rule id in a member's entry",
      { countries: [{ code: "XC", duties: [{ id: "xu-duty-3004", heading: "3004", ratePercent: 2, sources: note }] }] },
      "countries.0.duties.0.id",
      /rule of XU, not of XC: .* such as "xc-duty-3004"/,
    ],
    [
      "an id of another section",
      {
        countries: [{ code: "XB", duties: [{ id: "xb-import-imp", heading: "3004", ratePercent: 2, sources: note }] }],
      },
      "countries.0.duties.0.id",
      /is XB's import rule, not a duties rule/,
    ],
    [
      "the same id twice",
      {
        countries: [
          {
            code: "XB",
            duties: [
              { id: "xb-duty-9018", heading: "9018", ratePercent: 2, sources: note },
              { id: "xb-duty-9018", heading: "9018", ratePercent: 3, sources: note },
            ],
          },
        ],
      },
      "countries.0.duties.1.id",
      /given twice/,
    ],
    ["the same country twice", { countries: [{ code: "XB" }, { code: "XB" }] }, "countries.1.code", /given twice/],
    [
      "a code that is no country",
      { countries: [{ code: "QQ" }] },
      "countries.0.code",
      /not an ISO 3166-1 country code/,
    ],
    [
      "another id for the country's import tax",
      { countries: [{ code: "XB", importTax: { id: "xb-gst", name: "GST", standardRatePercent: 15, sources: note } }] },
      "countries.0.importTax.id",
      /XB's importTax rule is "xb-tax"/,
    ],
    [
      "a permit replacing a rule that is not the union's",
      {
        countries: [
          {
            code: "XC",
            import: [
              {
                kind: "permit",
                id: "xc-import-new",
                replaces: "xu-nothing",
                materials: ["imp"],
                name: "New permit",
                authority: "XC",
                scope: "per-shipment",
                holder: "importer",
                sources: note,
              },
            ],
          },
        ],
      },
      "",
      /replaces names "xu-nothing"/,
    ],
  ])("%s", (_label, document, path, message) => {
    const error = fails(document);
    expect(error.path).toBe(path);
    expect(error.message).toMatch(message);
  });
});
