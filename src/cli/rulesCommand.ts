import { coverage } from "../rules/coverage";
import type { RuleSet } from "../rules/ruleSet";
import { textTable } from "./textTable";

/** `clearway rules [--json]`: which countries the rules cover, with review dates and counts. */
export function rulesCommand(ruleSet: RuleSet, options: { json?: boolean }): string {
  const countries = coverage(ruleSet);
  if (options.json) return JSON.stringify({ rules: { version: ruleSet.version, asOf: ruleSet.asOf }, countries }, null, 2);
  const table = textTable(
    ["Code", "Country", "Union", "Reviewed", "Facts", "Sources", "Import rules for", "Export rules for", "Import tax", "Duty rates for HS"],
    countries.map((c) => [
      c.code,
      c.name,
      c.customsUnion ?? "",
      c.reviewed,
      String(c.facts),
      String(c.sources),
      c.importMaterials.join(", "),
      c.exportMaterials.join(", "),
      c.importTaxPercent === null ? "not covered" : `${c.importTaxPercent}%`,
      c.dutyHeadings.join(" ") || "none",
    ]),
  );
  return `Clearway rules ${ruleSet.version} (reviewed up to ${ruleSet.asOf}): ${countries.length} countries covered; any other country is reported as not covered.\nA material missing from "Import rules for" or "Export rules for", an import tax "not covered" or an HS heading missing from "Duty rates for HS" is reported on the row as not covered, never guessed.\n\n${table}`;
}
