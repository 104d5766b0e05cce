import fc from "fast-check";
import { TEMPERATURES } from "../../src/domain/shipment";
import { MATERIAL_TYPES } from "../../src/domain/materialType";
import { assess } from "../../src/engine/assess";
import { checkPacking, namesRefrigerant, namesSampleClass } from "../../src/engine/packingCheck";
import { nextStep } from "../../src/plan/nextStep";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { contextWith, fixtureRuleSet, shipment } from "../support/fixtureRules";

const rules = embeddedRuleSet();
const codes = (found: { issues: readonly { code: string }[] }) => found.issues.map((entry) => entry.code);

describe("packing questions", () => {
  it("asks what keeps a -80 °C row cold, as an action, citing the refrigerant entry and its sources", () => {
    const found = checkPacking(
      shipment({ origin: "GB", destination: "DE", material: "imp", temperature: "-80C" }),
      rules,
    );
    expect(found.issues.map((entry) => [entry.code, entry.severity, entry.kind])).toEqual([
      ["packing-refrigerant-unstated", "action", "shipment"],
    ]);
    expect(found.ruleRefs).toEqual(["dg-refrigerant-unstated"]);
    expect(rules.facts.get("dg-refrigerant-unstated")?.sources.length).toBeGreaterThan(0);
    expect(found.issues[0]!.message).toContain("UN1845");
  });

  it("gives a -20 °C row a note only: it stays ok", () => {
    const found = checkPacking(shipment({ material: "imp", temperature: "-20C" }), rules);
    expect(found.issues.map((entry) => [entry.code, entry.severity])).toEqual([
      ["packing-refrigerant-unstated", "info"],
    ]);
  });

  it("asks nothing where the row names dry ice or LN2, or gives UN1845", () => {
    expect(codes(checkPacking(shipment({ material: "imp", temperature: "dry-ice" }), rules))).toEqual([]);
    expect(codes(checkPacking(shipment({ material: "imp", temperature: "ln2" }), rules))).toEqual([]);
    expect(
      codes(checkPacking(shipment({ material: "imp", temperature: "-80C", dangerousGoods: ["UN1845"] }), rules)),
    ).toEqual([]);
  });

  it("asks how samples are classified unless a biological UN number or the description says it", () => {
    const ask = (input: Parameters<typeof shipment>[0]) =>
      codes(checkPacking(shipment({ material: "samples", temperature: "2-8C", ...input }), rules));
    expect(ask({})).toEqual(["packing-sample-class-unstated"]);
    // UN1845 is the refrigerant, not the samples' class.
    expect(ask({ temperature: "-80C", dangerousGoods: ["UN1845"] })).toEqual(["packing-sample-class-unstated"]);
    for (const un of ["UN3373", "UN2814", "UN2900", "UN3245"]) expect(ask({ dangerousGoods: [un] })).toEqual([]);
    expect(ask({ description: "Plasma, exempt human specimen" })).toEqual([]);
    expect(ask({ description: "Whole blood, Biological Substance, Category B" })).toEqual([]);
    expect(ask({ description: "Whole blood for PK" })).toEqual(["packing-sample-class-unstated"]);
  });

  it("asks both questions of -80 °C samples with nothing stated, and hands every such row the same finding", () => {
    const row = shipment({ material: "samples", temperature: "-80C" });
    const first = checkPacking(row, rules);
    expect(codes(first)).toEqual(["packing-refrigerant-unstated", "packing-sample-class-unstated"]);
    expect(first.ruleRefs).toEqual(["dg-refrigerant-unstated", "dg-sample-class-unstated"]);
    expect(checkPacking(shipment({ material: "samples", temperature: "-80C", origin: "XB" }), rules)).toBe(first);
  });

  it("still asks, without a source, with a rule set that has no packing entries", () => {
    const fixture = fixtureRuleSet();
    const found = checkPacking(shipment({ material: "samples", temperature: "-80C" }), fixture);
    expect(codes(found)).toEqual(["packing-refrigerant-unstated", "packing-sample-class-unstated"]);
    expect(found.ruleRefs).toEqual([]);
  });

  it("never asks about ambient or chilled goods other than samples", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MATERIAL_TYPES.filter((material) => material !== "samples")),
        fc.constantFrom("ambient", "2-8C", "dry-ice", "ln2"),
        (material, temperature) => {
          expect(
            codes(
              checkPacking(shipment({ material, temperature: temperature as (typeof TEMPERATURES)[number] }), rules),
            ),
          ).toEqual([]);
        },
      ),
    );
  });

  it("asks the refrigerant question exactly when a -80/-20 °C row names no refrigerant", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MATERIAL_TYPES),
        fc.constantFrom(...TEMPERATURES),
        fc.subarray(["UN1845", "UN3373", "UN2910"]),
        (material, temperature, dangerousGoods) => {
          const row = shipment({ material, temperature, dangerousGoods });
          const asked = codes(checkPacking(row, rules)).includes("packing-refrigerant-unstated");
          expect(asked).toBe((temperature === "-80C" || temperature === "-20C") && !namesRefrigerant(row));
          expect(codes(checkPacking(row, rules)).includes("packing-sample-class-unstated")).toBe(
            material === "samples" && !namesSampleClass(row),
          );
        },
      ),
    );
  });

  it("makes the carrier the one to act when the packing question is the row's next step", () => {
    const row = shipment({
      origin: "GB",
      destination: "GB",
      material: "samples",
      temperature: "-80C",
      currency: "GBP",
    });
    const assessment = assess(row, contextWith([], {}, rules));
    expect(nextStep(assessment.issues, assessment, row, "2026-11-26").who).toBe("carrier");
  });
});
