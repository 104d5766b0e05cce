import type { RuleSet } from "../rules/ruleSet";
import type { CellValue } from "./cellValue";

export const SOURCES_SHEET = "Clearway Sources";

export const SOURCES_HEADER = ["Rule reference", "Applies to", "Fact", "Source", "URL", "Last reviewed", "Override"] as const;

/** One row per source of every rule the results refer to, for the sources sheet. */
export function sourcesTable(ruleSet: RuleSet, ruleIds: readonly string[]): CellValue[][] {
  const rows: CellValue[][] = [[...SOURCES_HEADER]];
  for (const id of ruleIds) {
    const fact = ruleSet.facts.get(id);
    if (!fact) continue;
    for (const source of fact.sources) rows.push([id, fact.scope, fact.label, source.title, source.url, source.reviewed, fact.override ? "yes (user's rule)" : ""]);
  }
  return rows;
}
