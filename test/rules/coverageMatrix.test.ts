import { MATERIAL_TYPES } from "../../src/domain/materialType";
import { coverageMatrix, TOP_TRIAL_COUNTRIES } from "../../src/rules/coverageMatrix";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { loadRuleSet } from "../../src/rules/ruleSet";
import type { CountryRulesInput } from "../../src/rules/schema";
import { crossCutting } from "../support/fixtureRules";

const src = [
  {
    title: "Fixture source",
    url: "https://example.org/rules",
    kind: "official" as const,
    date: null,
    reviewed: "2026-01-01",
  },
];
const country: CountryRulesInput = {
  code: "XA",
  name: "Matrixland",
  import: [
    {
      kind: "permit",
      id: "xa-import-imp",
      materials: ["imp"],
      name: "IMP import licence",
      authority: "XA Health",
      scope: "per-trial",
      holder: "importer",
      sources: src,
    },
    {
      kind: "permit",
      id: "xa-import-device-if-unregistered",
      materials: ["device"],
      name: "Device permit",
      authority: "XA Health",
      scope: "per-trial",
      holder: "importer",
      onlyWhen: "the device is not registered",
      sources: src,
    },
    {
      kind: "permit",
      id: "xa-import-labkit-usually",
      materials: ["lab-kit"],
      name: "Kit permit",
      authority: "XA Health",
      scope: "per-importer",
      holder: "importer",
      onlyWhen: "the kit is a medical device",
      usuallyApplies: true,
      sources: src,
    },
    {
      kind: "none",
      id: "xa-import-samples-none",
      materials: ["samples", "equipment"],
      sourceCovers: ["samples"],
      note: "Blood samples need no permit.",
      sources: src,
    },
    {
      kind: "permit",
      id: "xa-import-registration",
      materials: ["ancillary"],
      name: "Importer code",
      authority: "XA Customs",
      scope: "per-importer",
      holder: "importer",
      customsFormality: true,
      sources: src,
    },
  ],
};
const rules = loadRuleSet({ version: "test", countries: [country], unions: [], crossCutting });

describe("the coverage matrix", () => {
  const rows = coverageMatrix(rules, ["XA"]);
  const importOf = (material: string) => rows.find((row) => row.material === material)!.import;

  it("answers 'needs' with the permits a material needs, also where one usually applies", () => {
    expect(importOf("imp")).toEqual({ answer: "needs", rules: ["xa-import-imp"] });
    expect(importOf("lab-kit")).toEqual({ answer: "needs", rules: ["xa-import-labkit-usually"] });
  });

  it("answers 'conditional only' where only a permit for an unshown situation applies", () => {
    expect(importOf("device")).toEqual({ answer: "conditional-only", rules: ["xa-import-device-if-unregistered"] });
  });

  it("answers 'none' only for the materials the no-permit rule's sources name", () => {
    expect(importOf("samples")).toEqual({ answer: "none", rules: ["xa-import-samples-none"] });
    expect(importOf("equipment").answer).toBe("no-rule");
  });

  it("does not count a customs formality every shipment needs as an answer for the goods", () => {
    expect(importOf("ancillary")).toEqual({ answer: "no-rule", rules: [] });
    expect(rows.every((row) => row.export.answer === "no-rule")).toBe(true);
  });

  it("has a row for each material of each of the 15 biggest trial countries in the embedded rules", () => {
    const matrix = coverageMatrix(embeddedRuleSet());
    expect(matrix).toHaveLength(TOP_TRIAL_COUNTRIES.length * MATERIAL_TYPES.length);
    expect(new Set(matrix.map((row) => `${row.country} ${row.material}`)).size).toBe(90);
  });
});
