import { MATERIAL_TYPES, type MaterialType } from "../domain/materialType";
import { answersForGoods } from "./answersForGoods";
import { countryView } from "./countryView";
import type { RuleSet } from "./ruleSet";

/** What the rule data says about one country, for the coverage listing. */
export interface CountryCoverage {
  code: string;
  name: string;
  customsUnion: string | null;
  reviewed: string;
  facts: number;
  sources: number;
  importMaterials: MaterialType[];
  exportMaterials: MaterialType[];
  /** The standard import VAT/GST rate, or null where the rules give none. */
  importTaxPercent: number | null;
  /** The taxes charged at import with it, each on its own base (Brazil's IPI, PIS/COFINS-Importação). */
  importTaxAlsoCharged: string[];
  /** The four-digit HS headings with at least one duty rate (on the heading or one of its subheadings). */
  dutyHeadings: string[];
}

/** Coverage of every country with a rule file: review date, fact and source counts, materials covered. */
export function coverage(ruleSet: RuleSet): CountryCoverage[] {
  return [...ruleSet.countries.values()]
    .map((country) => {
      const facts = [...ruleSet.facts.values()].filter((fact) => fact.scope === country.code);
      const urls = new Set(facts.flatMap((fact) => fact.sources.map((source) => source.url)));
      const view = countryView(ruleSet, country.code);
      const covers = (direction: "import" | "export") =>
        MATERIAL_TYPES.filter((material) => view[direction].some((rule) => answersForGoods(rule, material)));
      return {
        code: country.code,
        name: country.name,
        customsUnion: country.customsUnion ?? null,
        reviewed:
          facts
            .flatMap((fact) => fact.sources.map((source) => source.reviewed))
            .sort()
            .at(-1) ?? "",
        facts: facts.length,
        sources: urls.size,
        importMaterials: covers("import"),
        exportMaterials: covers("export"),
        importTaxPercent: view.importTax?.standardRatePercent ?? null,
        importTaxAlsoCharged: view.importTax?.alsoCharged.map((part) => part.name) ?? [],
        dutyHeadings: [...new Set(view.duties.map((duty) => duty.heading.slice(0, 4)))].sort(),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}
