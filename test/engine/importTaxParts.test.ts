import { assess } from "../../src/engine/assess";
import type { CountryRulesInput } from "../../src/rules/schema";
import { contextWith, fixtureRuleSet, importland, shipment } from "../support/fixtureRules";

/**
 * Importland taxed the Brazilian way: a state tax that is part of its own base ("por dentro"),
 * charged with an IPI-like tax on value + duty (rate by heading) and a PIS-like tax on the value.
 */
const src = [
  {
    title: "Fixture source",
    url: "https://example.org/rules",
    kind: "official" as const,
    date: null,
    reviewed: "2026-01-01",
  },
];

function taxedLikeBrazil(options: { inclusive: boolean; ipiGeneralRate?: number }): CountryRulesInput {
  return {
    ...importland,
    importTax: {
      id: "xb-tax",
      name: "State tax",
      standardRatePercent: 18,
      inclusiveOfItself: options.inclusive,
      alsoCharged: [
        {
          id: "xb-ipi",
          name: "IPI",
          base: "customs-value-plus-duty",
          ratePercent: options.ipiGeneralRate,
          headingRates: [{ heading: "9018", ratePercent: 10 }],
          sources: src,
        },
        {
          id: "xb-pis",
          name: "PIS",
          base: "customs-value",
          ratePercent: 2,
          reliefs: [
            {
              id: "xb-pis-labkits",
              materials: ["lab-kit"],
              ratePercent: 0,
              condition: "kits for an approved study",
              sources: src,
            },
            {
              id: "xb-pis-devices",
              headings: ["9018"],
              ratePercent: 1,
              condition: "registered devices only",
              sources: src,
            },
          ],
          sources: src,
        },
      ],
      sources: src,
    },
  };
}

function assessIn(importlandRules: CountryRulesInput, row: Parameters<typeof shipment>[0]) {
  return assess(shipment(row), contextWith([], {}, fixtureRuleSet({ importland: importlandRules })));
}

const codes = (a: ReturnType<typeof assess>) => a.issues.map((entry) => entry.code);

describe("an import tax charged with other taxes, each on its own base", () => {
  it("adds the taxes on value + duty and on value, then the main tax on all of it, itself included", () => {
    // Device XA -> XB, 1000 USD: CIF 1000 + 5% = 1050; duty 8% (9018) = 84; IPI 10% x (1050 + 84) = 113.4;
    // PIS 2% x 1050 = 21; state tax 18% por dentro: (1050 + 84 + 113.4 + 21) x 18 / 82 = 1268.4 x 18 / 82 = 278.4292...;
    // import tax = 113.4 + 21 + 278.4292 = 412.8292 -> 412.83; total = 84 + 412.83 = 496.83.
    const a = assessIn(taxedLikeBrazil({ inclusive: true }), { material: "device" });
    expect(a.charges).toEqual(
      expect.objectContaining({ customsValue: 1050, duty: 84, importTax: 412.83, total: 496.83 }),
    );
    expect(a.charges.basis).toContain("IPI 10% on value + duty (HS 9018)");
    expect(a.charges.basis).toContain("PIS 2% on value");
    expect(a.charges.basis).toContain("State tax 18% on value + duty + the taxes above + itself (por dentro)");
    expect(a.ruleRefs).toEqual(expect.arrayContaining(["xb-tax", "xb-ipi", "xb-pis"]));
  });

  it("charges the main tax on the base with the other taxes but not on itself when it is not 'por dentro'", () => {
    // Same row: 18% x 1268.4 = 228.312; import tax = 113.4 + 21 + 228.312 = 362.712 -> 362.71.
    const a = assessIn(taxedLikeBrazil({ inclusive: false }), { material: "device" });
    expect(a.charges.importTax).toBe(362.71);
    expect(a.charges.basis).not.toContain("por dentro");
  });

  it("names a relief of a charged-with tax that only matches the heading, without applying it", () => {
    const a = assessIn(taxedLikeBrazil({ inclusive: true }), { material: "device" });
    const relief = a.issues.find((entry) => entry.code === "import-tax-relief");
    expect(relief?.message).toContain("PIS estimated at 2%; it may be 1% if: registered devices only");
    expect(a.ruleRefs).toContain("xb-pis-devices");
  });

  it("applies a relief of a charged-with tax written for the row's material", () => {
    // Lab kit, 1000 USD: CIF 1050; duty 6.5% (3822) = 68.25; IPI at the general 5% x 1118.25 = 55.9125; PIS 0% (lab-kit relief);
    // state tax: (1050 + 68.25 + 55.9125 + 0) x 18 / 82 = 1174.1625 x 18 / 82 = 257.7429...; tax = 55.9125 + 257.7429 = 313.6554 -> 313.66.
    const a = assessIn(taxedLikeBrazil({ inclusive: true, ipiGeneralRate: 5 }), { material: "lab-kit" });
    expect(a.charges).toEqual(expect.objectContaining({ customsValue: 1050, duty: 68.25, importTax: 313.66 }));
    expect(a.issues.map((entry) => entry.message).join("\n")).toContain(
      "PIS estimated at 0% instead of 2%, which holds only if: kits for an approved study",
    );
  });

  it("does not estimate the import tax when a charged-with tax has no rate for the heading, and says which", () => {
    // IPI has a rate for 9018 only and no general rate: a lab kit (3822) cannot be taxed.
    const a = assessIn(taxedLikeBrazil({ inclusive: true }), { material: "lab-kit" });
    expect(a.charges).toEqual(
      expect.objectContaining({ customsValue: 1050, duty: 68.25, importTax: null, total: null }),
    );
    expect(codes(a)).toContain("import-tax-not-covered");
    expect(a.issues.map((entry) => entry.message).join("\n")).toContain("no IPI rate for HS 3822");
    expect(a.charges.basis).toContain("State tax: not estimated");
  });

  it("lists the charged-with taxes and their reliefs among the rule set's facts, so their sources are shown", () => {
    const rules = fixtureRuleSet({ importland: taxedLikeBrazil({ inclusive: true }) });
    for (const id of ["xb-ipi", "xb-pis", "xb-pis-labkits", "xb-pis-devices"])
      expect(rules.facts.get(id)?.sources).toHaveLength(1);
  });
});
