import { distance } from "fastest-levenshtein";
import type { RuleSet } from "../rules/ruleSet";
import type { PermitRule } from "../rules/schema";

/**
 * Licences as planners name them in a Parties table: the permit rule's id ("gb-import-imp-mia-imp")
 * or its name as they write it ("MIA(IMP)", "CT-16", "Swissmedic import licence"), matched against
 * the rule set's permit names without case, punctuation or parentheses, "licence" or "license", and
 * with the words in any order. A name that matches no permit, or several, is refused with the
 * closest permits as suggestions: a licence recorded against the wrong permit would turn rows ok.
 */

/** One permit a licence may name: its rule, where it applies, and its name and id as words. */
interface LicenceEntry {
  rule: PermitRule;
  /** The country code, union code (e.g. "EU") or "*" for cross-cutting rules (controlled substances). */
  region: string;
  words: ReadonlySet<string>;
  nameKey: string;
}

export interface LicenceSuggestion {
  ruleId: string;
  name: string;
}

export type LicenceMatch =
  { ok: true; ruleId: string; by: "id" | "name" } | { ok: false; message: string; suggestions: LicenceSuggestion[] };

/** The permits of a rule set, by id and by name: what a licence cell may name. */
export interface LicenceCatalogue {
  /** Every permit rule id, sorted (as permitRuleIds). */
  ids: readonly string[];
  /** The permit rule a licence cell names; `country` (the party's) prefers that country's permits and its union's. */
  resolve(text: string, country?: string): LicenceMatch;
  /** The permit rule with this id, if there is one. */
  permit(ruleId: string): PermitRule | undefined;
}

// A Map, not an object: a word such as "constructor" must not find Object's own properties.
const WORD_FORMS = new Map(
  Object.entries({
    license: "licence",
    licenses: "licence",
    licences: "licence",
    licensed: "licenced",
    authorization: "authorisation",
    authorizations: "authorisation",
    authorisations: "authorisation",
    permits: "permit",
    certificates: "certificate",
    registrations: "registration",
    imports: "import",
    exports: "export",
  }),
);
/** Words that say nothing about which permit is meant. */
const FILLER = new Set(["a", "an", "the", "of", "for", "to", "in", "on", "and", "or", "by", "with", "under", "e", "g"]);

/** A name as its meaningful words: "MIA(IMP)" -> mia imp; "CT16" -> ct 16; "License" -> licence. */
export function licenceWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/([a-z])(\d)/g, "$1 $2")
    .replace(/(\d)([a-z])/g, "$1 $2")
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !FILLER.has(word))
    .map((word) => WORD_FORMS.get(word) ?? word);
}

/** Words every kind of permit is called by: a name made only of these ("Import licence") says which permit by chance, if at all. */
const GENERIC = new Set([
  "licence",
  "permit",
  "import",
  "export",
  "authorisation",
  "certificate",
  "registration",
  "approval",
  "notification",
  "number",
  "national",
  "form",
  "application",
]);

const nameKey = (words: readonly string[]) => [...words].sort().join(" ");

const catalogues = new WeakMap<RuleSet, LicenceCatalogue>();

/** The licence catalogue of a rule set, built once per rule set. */
export function licenceCatalogue(ruleSet: RuleSet): LicenceCatalogue {
  let catalogue = catalogues.get(ruleSet);
  if (!catalogue) catalogues.set(ruleSet, (catalogue = buildCatalogue(ruleSet)));
  return catalogue;
}

function buildCatalogue(ruleSet: RuleSet): LicenceCatalogue {
  const entries: LicenceEntry[] = [];
  const seen = new Set<string>();
  const add = (rule: PermitRule, region: string) => {
    if (seen.has(rule.id)) return;
    seen.add(rule.id);
    const nameWords = licenceWords(rule.name);
    entries.push({
      rule,
      region,
      words: new Set([...nameWords, ...licenceWords(rule.id.replace(/-/g, " "))]),
      nameKey: nameKey(nameWords),
    });
  };
  for (const [code, region] of [...ruleSet.unions, ...ruleSet.countries])
    for (const rule of [...region.import, ...region.export]) if (rule.kind === "permit") add(rule, code);
  for (const rule of ruleSet.crossCutting.controlledSubstances) add(rule, "*");
  const ids = [...seen].sort();
  const byId = new Map(entries.map((entry) => [entry.rule.id, entry]));

  /** The regions whose permits a party established in `country` may hold there: its own, its unions', and the cross-cutting ones. */
  const regionsOf = (country: string): Set<string> => {
    const regions = new Set([country, "*"]);
    const union = ruleSet.countries.get(country)?.customsUnion;
    if (union) regions.add(union);
    for (const [code, rules] of ruleSet.unions) if (rules.members.includes(country)) regions.add(code);
    return regions;
  };

  /** A union's permit held in a member country that has its national form is recorded as the national form (the rule the check asks for). */
  const national = (entry: LicenceEntry, country: string | undefined): LicenceEntry => {
    if (!country || entry.region === country) return entry;
    const form = entries.find((candidate) => candidate.region === country && candidate.rule.replaces === entry.rule.id);
    return form ?? entry;
  };

  const describe = (entry: LicenceEntry): LicenceSuggestion => ({ ruleId: entry.rule.id, name: entry.rule.name });
  /** A permit's name, shortened for a message that lists several. */
  const short = (name: string) => (name.length > 70 ? `${name.slice(0, 67).replace(/\s+\S*$/, "")}…` : name);
  const listed = (suggestions: readonly LicenceSuggestion[]) =>
    suggestions.map((suggestion) => `"${short(suggestion.name)}" (${suggestion.ruleId})`).join(", ");

  /** How near a permit is to the words written: each word's best likeness to one of the permit's words. */
  const likeness = (query: readonly string[], entry: LicenceEntry): number => {
    let score = 0;
    for (const word of query) {
      let best = 0;
      for (const candidate of entry.words)
        best = Math.max(best, 1 - distance(word, candidate) / Math.max(word.length, candidate.length));
      score += best;
    }
    return score;
  };

  const resolve = (text: string, country?: string): LicenceMatch => {
    const trimmed = text.trim();
    const id = trimmed.toLowerCase();
    if (byId.has(id)) return { ok: true, ruleId: id, by: "id" };
    const query = licenceWords(trimmed);
    if (!query.length) return { ok: false, message: `"${trimmed}" names no permit`, suggestions: [] };
    if (query.every((word) => GENERIC.has(word)))
      return {
        ok: false,
        message: `"${trimmed}" could be any of several permits; write the permit's name (e.g. MIA(IMP), CT-17) or its rule id`,
        suggestions: [],
      };
    const key = nameKey(query);
    const inScope = country ? entries.filter((entry) => regionsOf(country).has(entry.region)) : entries;
    const pools = country ? [inScope, entries] : [entries];
    for (const pool of pools) {
      // The whole name, in any word order, before a name that only contains the words written.
      const exact = pool.filter((entry) => entry.nameKey === key);
      const found = exact.length ? exact : pool.filter((entry) => query.every((word) => entry.words.has(word)));
      const matches = [
        ...new Map(found.map((entry) => national(entry, country)).map((entry) => [entry.rule.id, entry])).values(),
      ];
      if (matches.length === 1) return { ok: true, ruleId: matches[0]!.rule.id, by: "name" };
      if (matches.length > 1) {
        const suggestions = matches.slice(0, 5).map(describe);
        const more = matches.length > 5 ? ` and ${matches.length - 5} more` : "";
        return {
          ok: false,
          message: `"${trimmed}" names more than one permit${country && pool === inScope ? ` for ${country}` : ""}: ${listed(suggestions)}${more}; write the rule id of the one held`,
          suggestions,
        };
      }
    }
    const ranked = (inScope.length ? inScope : entries)
      .map((entry) => ({ entry, score: likeness(query, entry) }))
      .sort((a, b) => b.score - a.score || a.entry.rule.id.localeCompare(b.entry.rule.id))
      .slice(0, 3)
      .map(({ entry }) => describe(entry));
    const hint = ranked.length ? `; did you mean ${listed(ranked)}?` : "";
    return {
      ok: false,
      message: `"${trimmed}" is not a permit in Clearway's rules (by rule id or name)${hint}`,
      suggestions: ranked,
    };
  };

  return { ids, resolve, permit: (ruleId) => byId.get(ruleId)?.rule };
}
