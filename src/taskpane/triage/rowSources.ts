import type { RowResult } from "../../plan/checkPlan";
import type { RuleSet } from "../../rules/ruleSet";

/** One source a row's results rest on. */
export interface RowSource {
  title: string;
  url: string;
  reviewed: string;
}

/** The sources of a row's permits and of every rule it refers to, each URL once, in the order met. */
export function rowSources(row: RowResult, rules: RuleSet): RowSource[] {
  const seen = new Map<string, RowSource>();
  const add = (source: RowSource) => {
    if (source.url && !seen.has(source.url))
      seen.set(source.url, { title: source.title, url: source.url, reviewed: source.reviewed });
  };
  for (const permit of row.assessment?.permits ?? []) add(permit.source);
  for (const id of row.assessment?.ruleRefs ?? []) for (const source of rules.facts.get(id)?.sources ?? []) add(source);
  return [...seen.values()];
}
