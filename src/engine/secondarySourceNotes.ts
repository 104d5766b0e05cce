import type { Issue } from "../domain/assessment";
import type { Fact, RuleSet } from "../rules/ruleSet";
import { ISSUE_CODES, issue } from "./issueCodes";

/** A rule set's secondary-only facts by id, and the notes already written, by the facts they name. */
interface SecondaryFacts {
  facts: ReadonlyMap<string, Fact>;
  notes: Map<string, Issue>;
}

const bySet = new WeakMap<RuleSet, SecondaryFacts>();
// Every finding of a check asks with the same rule set: that one is kept at hand.
let lastRuleSet: RuleSet | undefined;
let lastFacts: SecondaryFacts | undefined;

function secondaryFacts(ruleSet: RuleSet): SecondaryFacts {
  if (ruleSet === lastRuleSet) return lastFacts!;
  let found = bySet.get(ruleSet);
  if (!found) {
    const facts = new Map<string, Fact>();
    for (const fact of ruleSet.facts.values()) {
      if (!fact.override && fact.sources.length > 0 && fact.sources.every((source) => source.kind === "secondary"))
        facts.set(fact.id, fact);
    }
    bySet.set(ruleSet, (found = { facts, notes: new Map() }));
  }
  lastRuleSet = ruleSet;
  lastFacts = found;
  return found;
}

/**
 * Clearway's facts whose every source is secondary (a broker, law firm, trade portal or
 * university page, no regulator and no copy of the law), worked out once per rule set. The
 * user's own overrides are left out: they already carry a note of their own.
 */
export function secondaryOnlyFacts(ruleSet: RuleSet): ReadonlyMap<string, Fact> {
  return secondaryFacts(ruleSet).facts;
}

function noteFor(facts: readonly Fact[]): Issue {
  // The ids first, so that the note's first line says which facts to confirm.
  const ids = facts.map((fact) => fact.id).join(", ");
  const named = facts.map((fact) => `${fact.scope}: ${fact.label}`).join("; ");
  const them = facts.length === 1 ? "it" : "them";
  return issue(
    ISSUE_CODES.secondarySource,
    "info",
    `Confirm: secondary source for ${ids}: ${named}. Only secondary sources back ${them}: check with the authority or a local expert before relying on ${them}.`,
  );
}

/**
 * The note for a finding that cites facts only secondary sources back, or undefined. Info: it
 * changes no status, since the facts still stand; it tells the planner which ones to confirm.
 * Called where a finding is worked out once for many rows (a lane, a charges plan, a packing), never
 * per row: the per-row cost of looking each reference up was a tenth of the engine's time.
 */
export function secondarySourceNote(ruleRefs: readonly string[], ruleSet: RuleSet): Issue | undefined {
  const { facts, notes } = secondaryFacts(ruleSet);
  if (!facts.size) return undefined;
  const cited = ruleRefs.filter((ref, index) => facts.has(ref) && ruleRefs.indexOf(ref) === index);
  if (!cited.length) return undefined;
  const key = cited.join("\u0000");
  let note = notes.get(key);
  if (!note) notes.set(key, (note = noteFor(cited.map((id) => facts.get(id)!))));
  return note;
}
