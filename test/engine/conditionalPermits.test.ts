import fc from "fast-check";
import type { Assessment } from "../../src/domain/assessment";
import { MATERIAL_TYPES, type MaterialType } from "../../src/domain/materialType";
import { assess } from "../../src/engine/assess";
import type { CountryRulesInput } from "../../src/rules/schema";
import { contextWith, fixtureRuleSet, importland, shipment } from "../support/fixtureRules";

const codes = (a: Assessment) => a.issues.map((i) => i.code);
const src = [
  {
    title: "Fixture source",
    url: "https://example.org/rules",
    kind: "official" as const,
    date: null,
    reviewed: "2026-01-01",
  },
];

/** Importland with a "no permit" for lab kits and, beside it, a conditional licence for lab kits. */
function importlandWith(usuallyApplies: boolean | undefined): CountryRulesInput {
  return {
    ...importland,
    import: [
      ...(importland.import ?? []),
      {
        kind: "permit",
        id: "xb-import-labkit-licence",
        materials: ["lab-kit"],
        name: "Device dealer licence",
        authority: "XB Devices",
        scope: "per-importer",
        holder: "importer",
        onlyWhen: "the importer is not a hospital",
        ...(usuallyApplies === undefined ? {} : { usuallyApplies }),
        sources: src,
      },
    ],
  };
}

describe("conditional permits beside a 'no permit' rule", () => {
  it("keeps a permit for a rare situation as information, so the row is not turned into an action by it", () => {
    const context = contextWith([], {}, fixtureRuleSet({ importland: importlandWith(undefined) }));
    const a = assess(
      shipment({
        material: "lab-kit",
        hsCode: "382219",
        importerOfRecord: "Any Depot",
        exporterOfRecord: "Any Exporter",
      }),
      context,
    );
    expect(a.permits.map((p) => p.ruleId)).toEqual([]);
    expect(a.issues.find((i) => i.code === "permit-conditional")?.severity).toBe("info");
  });

  it("lists a permit whose situation usually holds and asks the planner to confirm it (action)", () => {
    const context = contextWith([], {}, fixtureRuleSet({ importland: importlandWith(true) }));
    const a = assess(
      shipment({
        material: "lab-kit",
        hsCode: "382219",
        importerOfRecord: "Any Depot",
        exporterOfRecord: "Any Exporter",
      }),
      context,
    );
    expect(a.permits.map((p) => p.ruleId)).toEqual(["xb-import-labkit-licence"]);
    const confirm = a.issues.find((i) => i.code === "permit-conditional");
    expect(confirm?.severity).toBe("action");
    expect(confirm?.message).toContain("the importer is not a hospital");
    expect(a.status).toBe("action");
    expect(codes(a)).not.toContain("rules-not-covered");
  });
});

describe("a 'no permit' rule answers only for the materials its sources name", () => {
  /** Importland whose only lab-kit/equipment/samples rule is a "none" whose sources name `covered`. */
  function ruleSetWhereSourceNames(covered: MaterialType[]) {
    const changed: CountryRulesInput = {
      ...importland,
      import: [
        ...(importland.import ?? []).filter((rule) => rule.id !== "xb-import-other"),
        {
          kind: "none",
          id: "xb-import-other",
          materials: ["lab-kit", "equipment", "samples"],
          sourceCovers: covered,
          note: "No import permit.",
          sources: src,
        },
      ],
    };
    return fixtureRuleSet({ importland: changed });
  }

  it("says the rules do not cover a material listed in the rule but not named by its source", () => {
    fc.assert(
      fc.property(
        fc.subarray([...MATERIAL_TYPES], { minLength: 1 }),
        fc.constantFrom<MaterialType>("lab-kit", "equipment", "samples"),
        (covered, material) => {
          const a = assess(
            shipment({ material, hsCode: "902780" }),
            contextWith([], {}, ruleSetWhereSourceNames(covered)),
          );
          expect(codes(a).includes("rules-not-covered")).toBe(!covered.includes(material));
        },
      ),
    );
  });
});

describe("a 'no permit' rule whose sources cover only part of a material", () => {
  it("answers for the material and says, as information, which part its sources cover", () => {
    const changed: CountryRulesInput = {
      ...importland,
      import: [
        ...(importland.import ?? []).filter((rule) => rule.id !== "xb-import-other"),
        {
          kind: "none",
          id: "xb-import-other",
          materials: ["lab-kit", "equipment", "samples"],
          sourceCovers: ["lab-kit", "equipment", "samples"],
          onlyFor: "blood and plasma samples",
          note: "No import permit.",
          sources: src,
        },
      ],
    };
    const context = contextWith([], {}, fixtureRuleSet({ importland: changed }));
    const a = assess(shipment({ material: "samples", hsCode: "300290" }), context);
    const partial = a.issues.find((i) => i.code === "no-permit-needed");
    expect(partial?.severity).toBe("info");
    expect(partial?.message).toContain("blood and plasma samples");
    expect(codes(a)).not.toContain("rules-not-covered");
  });
});
