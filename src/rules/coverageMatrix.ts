import { MATERIAL_TYPES, type MaterialType } from "../domain/materialType";
import { answersForGoods } from "./answersForGoods";
import { countryView } from "./countryView";
import type { RuleSet } from "./ruleSet";

/** The 15 countries with the most clinical trials, whose every material and direction should have a sourced answer. */
export const TOP_TRIAL_COUNTRIES = [
  "US",
  "CN",
  "DE",
  "FR",
  "ES",
  "GB",
  "IT",
  "CA",
  "AU",
  "JP",
  "KR",
  "PL",
  "BR",
  "IN",
  "NL",
] as const;

/**
 * What the rules answer for a material crossing one border:
 * - needs: at least one permit the goods need (in every case, or in the usual case: to confirm);
 * - none: a sourced "no permit needed" that names the material;
 * - conditional-only: only permits for a situation the row cannot show (onlyWhen, controlled substances);
 * - no-rule: nothing (a customs formality every shipment needs, or a "none" whose sources do not name the material, answers nothing).
 */
export type CoverageAnswer = "needs" | "none" | "conditional-only" | "no-rule";

export interface CoverageCell {
  answer: CoverageAnswer;
  /** The ids of the rules behind the answer: the permits needed, the "none" rule, or the conditional permits. */
  rules: string[];
}

export interface CoverageMatrixRow {
  country: string;
  material: MaterialType;
  import: CoverageCell;
  export: CoverageCell;
}

function cell(ruleSet: RuleSet, code: string, direction: "import" | "export", material: MaterialType): CoverageCell {
  const rules = countryView(ruleSet, code)[direction].filter((rule) => rule.materials.includes(material));
  const answering = rules.filter((rule) => answersForGoods(rule, material));
  const needed = answering.filter((rule) => rule.kind === "permit");
  if (needed.length) return { answer: "needs", rules: needed.map((rule) => rule.id) };
  if (answering.length) return { answer: "none", rules: answering.map((rule) => rule.id) };
  const conditional = rules.filter((rule) => rule.kind === "permit" && !rule.customsFormality);
  if (conditional.length) return { answer: "conditional-only", rules: conditional.map((rule) => rule.id) };
  return { answer: "no-rule", rules: [] };
}

/** Each material x (import, export) for each country given, in the order given. */
export function coverageMatrix(
  ruleSet: RuleSet,
  countries: readonly string[] = TOP_TRIAL_COUNTRIES,
): CoverageMatrixRow[] {
  return countries.flatMap((country) =>
    MATERIAL_TYPES.map((material) => ({
      country,
      material,
      import: cell(ruleSet, country, "import", material),
      export: cell(ruleSet, country, "export", material),
    })),
  );
}
