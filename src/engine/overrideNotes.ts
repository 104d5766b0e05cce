import type { Issue } from "../domain/assessment";
import type { RuleSet } from "../rules/ruleSet";
import { ISSUE_CODES, issue } from "./issueCodes";

const notes = new WeakMap<RuleSet, ReadonlyMap<string, Issue>>();
// Every row of a check asks with the same rule set: that one is kept at hand.
let lastRuleSet: RuleSet | undefined;
let lastNotes: ReadonlyMap<string, Issue> | undefined;

/**
 * For each fact that comes from the user's rule overrides, the info issue that names it and its
 * source; empty for Clearway's own rules. Built once per rule set.
 */
export function overrideIssues(ruleSet: RuleSet): ReadonlyMap<string, Issue> {
  if (ruleSet === lastRuleSet) return lastNotes!;
  let found = notes.get(ruleSet);
  if (!found) {
    const map = new Map<string, Issue>();
    for (const fact of ruleSet.facts.values()) {
      if (!fact.override) continue;
      const source = fact.sources[0];
      const where = source
        ? ` Source: ${source.title}${source.url ? ` (${source.url})` : ""}, reviewed ${source.reviewed}.`
        : "";
      map.set(
        fact.id,
        issue(
          ISSUE_CODES.ruleOverride,
          "info",
          `Uses your rule override ${fact.id} (${fact.scope}: ${fact.label}), not Clearway's data.${where}`,
        ),
      );
    }
    notes.set(ruleSet, (found = map));
  }
  lastRuleSet = ruleSet;
  lastNotes = found;
  return found;
}
