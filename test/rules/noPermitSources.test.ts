import { MATERIAL_TYPES } from "../../src/domain/materialType";
import { answersForGoods } from "../../src/rules/answersForGoods";
import { embeddedRuleSet } from "../../src/rules/embedded";

const rules = embeddedRuleSet();
const directionRules = [...rules.countries.values(), ...rules.unions.values()].flatMap((scope) => [
  ...scope.import,
  ...scope.export,
]);
const noPermitRules = directionRules.filter((rule) => rule.kind === "none");

describe("'no permit' rules of the embedded data", () => {
  it("say for every one which materials their sources name", () => {
    expect(noPermitRules.length).toBeGreaterThan(30);
    expect(noPermitRules.filter((rule) => !rule.sourceCovers).map((rule) => rule.id)).toEqual([]);
  });

  it("answer 'no permit' for no material their sources do not name", () => {
    for (const rule of noPermitRules) {
      const answered = MATERIAL_TYPES.filter((material) => answersForGoods(rule, material));
      const named = rule.sourceCovers ?? [];
      expect({ id: rule.id, unnamed: answered.filter((material) => !named.includes(material)) }).toEqual({
        id: rule.id,
        unnamed: [],
      });
    }
  });

  it("list no material their sources do not name", () => {
    for (const rule of noPermitRules) {
      const named = rule.sourceCovers ?? [];
      expect({ id: rule.id, unnamed: rule.materials.filter((material) => !named.includes(material)) }).toEqual({
        id: rule.id,
        unnamed: [],
      });
    }
  });
});

describe("conditional permits of the embedded data", () => {
  const permits = directionRules.filter((rule) => rule.kind === "permit");

  it("mark as usually applying only permits that have a condition to confirm", () => {
    const flagged = permits.filter((rule) => rule.usuallyApplies);
    expect(flagged.length).toBeGreaterThan(3);
    expect(flagged.filter((rule) => !rule.onlyWhen).map((rule) => rule.id)).toEqual([]);
  });
});
