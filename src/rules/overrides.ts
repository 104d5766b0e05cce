import { countryName, isKnownCountry } from "../domain/countryNames";
import { resolveSources } from "./ruleFile";
import { buildRuleSet, RuleSetError, type RuleSet } from "./ruleSet";
import {
  RuleOverridesSchema,
  type CountryOverride,
  type CountryRules,
  type OverrideSource,
  type RuleOverrides,
  type Source,
} from "./schema";
import { valuationRuleId } from "./derivedRuleIds";

/**
 * The user's rule overrides, merged into a rule set. The file (or the "Clearway Rules" sheet) holds
 * partial country objects in the schema of CountryRulesSchema, whose sources may be the user's own
 * notes. Merging, per country:
 * - a fact whose id is one of that country's facts in the same section replaces it;
 * - a fact with a new id is added; a new id must start with the country's code ("br-duty-3004"), so
 *   it cannot collide with another country's or a customs union's rule;
 * - a country has one import tax, de minimis, temporary-admission rule and valuation: an override
 *   replaces it (reliefs of the import tax merge by id, like the other lists);
 * - a country Clearway does not cover may be added whole (its name defaults to the ISO name).
 * Every fact given is marked `override: true` in RuleSet.facts, so the output can say so.
 */

/** An override that does not fit the rule data: `path` is where in the overrides document. */
export class RuleOverrideError extends RuleSetError {
  override name = "RuleOverrideError";
  constructor(
    where: string,
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${where}: ${path ? `${path}: ` : ""}${detail}`);
  }
}

/** Deep equality of plain data, whatever the key order. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (
    typeof a !== "object" ||
    typeof b !== "object" ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return false;
  const keys = (value: object) =>
    Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined);
  const [ka, kb] = [keys(a), keys(b)];
  return (
    ka.length === kb.length &&
    ka.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

/** Parses an overrides document (sources in place, or by id from a top-level sources table); throws RuleSetError naming `where` and the zod path of the first problem. */
export function parseRuleOverrides(data: unknown, where: string): RuleOverrides {
  // A file with a sources table (as Clearway's own rule files have) cites its sources by id.
  const withSources =
    typeof data === "object" && data !== null && !Array.isArray(data) && "sources" in data
      ? resolveSources(data, where)
      : data;
  const result = RuleOverridesSchema.safeParse(withSources);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new RuleOverrideError(where, issue.path.map(String).join("."), issue.message);
}

type Section = "duties" | "extraTariffs" | "import" | "export" | "importerOfRecord" | "exporterOfRecord";
const LIST_SECTIONS: readonly Section[] = [
  "duties",
  "extraTariffs",
  "import",
  "export",
  "importerOfRecord",
  "exporterOfRecord",
];
const SINGLE_SECTIONS = ["deMinimis", "temporaryAdmission"] as const;

/** The user's source as a rule-set source: a note with no link has an empty URL; a source of no stated kind counts as secondary. */
function toSource(source: OverrideSource): Source {
  return {
    title: source.title,
    url: source.url ?? "",
    kind: source.kind ?? "secondary",
    date: source.date ?? null,
    reviewed: source.reviewed,
  };
}

/** The same fact with its sources as rule-set sources. */
function withSources<T extends { sources: OverrideSource[] }>(fact: T): Omit<T, "sources"> & { sources: Source[] } {
  return { ...fact, sources: fact.sources.map(toSource) };
}

/** Where every fact of the base rule set lives: id -> "DE duties", "EU import", ... */
function factHomes(base: RuleSet): Map<string, { scope: string; section: string }> {
  const homes = new Map<string, { scope: string; section: string }>();
  for (const [scope, region] of [...base.unions, ...base.countries] as Array<[string, CountryRules]>) {
    for (const section of LIST_SECTIONS)
      for (const fact of region[section] ?? []) homes.set(fact.id, { scope, section });
    if (region.importTax) {
      homes.set(region.importTax.id, { scope, section: "importTax" });
      for (const relief of region.importTax.reliefs) homes.set(relief.id, { scope, section: "importTax.reliefs" });
      for (const part of region.importTax.alsoCharged) {
        homes.set(part.id, { scope, section: "importTax.alsoCharged" });
        for (const relief of part.reliefs) homes.set(relief.id, { scope, section: "importTax.alsoCharged" });
      }
    }
    for (const section of SINGLE_SECTIONS) if (region[section]) homes.set(region[section]!.id, { scope, section });
  }
  for (const fact of base.facts.values())
    if (!homes.has(fact.id)) homes.set(fact.id, { scope: fact.scope, section: "cross-cutting rules" });
  return homes;
}

class Merger {
  readonly overrideIds = new Set<string>();
  private readonly homes: Map<string, { scope: string; section: string }>;

  constructor(
    private readonly base: RuleSet,
    private readonly where: string,
  ) {
    this.homes = factHomes(base);
  }

  fail(path: string, message: string): never {
    throw new RuleOverrideError(this.where, path, message);
  }

  /** Marks a fact as the user's, unless it is exactly Clearway's own. */
  mark(id: string, given: unknown, existing: unknown): void {
    if (!sameData(given, existing)) this.overrideIds.add(id);
  }

  /** Checks that `id` may be used for a fact of `code`'s `section`: its own fact there, or a new id with the country's prefix. */
  checkId(code: string, section: string, id: string, path: string, seen: Set<string>): "replace" | "add" {
    if (seen.has(id)) this.fail(path, `rule id "${id}" is given twice`);
    seen.add(id);
    const home = this.homes.get(id);
    if (home && home.scope === code && home.section === section) return "replace";
    if (home && home.scope === code)
      this.fail(path, `"${id}" is ${code}'s ${home.section} rule, not a ${section} rule`);
    const prefix = `${code.toLowerCase()}-`;
    if (home) {
      const union = this.base.unions.get(home.scope);
      const hint = union?.members.includes(code)
        ? `: overrides change a country's own rules; add a national rule with a new id such as "${prefix}${id.replace(/^[a-z]+-/, "")}"`
        : "";
      this.fail(path, `"${id}" is a rule of ${home.scope}, not of ${code}${hint}`);
    }
    if (!id.startsWith(prefix))
      this.fail(path, `"${id}" is not one of ${code}'s rules; a new rule id for ${code} must start with "${prefix}"`);
    return "add";
  }

  /** Facts of a list section: same id replaces in place, a new id is added at the end. */
  mergeList<T extends { id: string }>(
    code: string,
    section: string,
    path: string,
    existing: readonly T[],
    given: readonly T[],
  ): T[] {
    const merged = [...existing];
    const seen = new Set<string>();
    given.forEach((fact, index) => {
      const at = merged.findIndex((candidate) => candidate.id === fact.id);
      this.mark(fact.id, fact, at >= 0 ? merged[at] : undefined);
      if (this.checkId(code, section, fact.id, `${path}.${index}.id`, seen) === "replace" && at >= 0) merged[at] = fact;
      else merged.push(fact);
    });
    return merged;
  }

  /** A single fact (import tax, de minimis, temporary admission): replaced by id, or added where there is none. */
  mergeSingle<T extends { id: string }>(
    code: string,
    section: string,
    path: string,
    existing: T | undefined,
    given: T,
  ): T {
    if (existing && existing.id !== given.id)
      this.fail(`${path}.id`, `${code}'s ${section} rule is "${existing.id}": use that id to replace it`);
    this.checkId(code, section, given.id, `${path}.id`, new Set());
    this.mark(given.id, given, existing);
    return given;
  }

  country(override: CountryOverride, index: number): CountryRules {
    const path = `countries.${index}`;
    const { code } = override;
    const existing = this.base.countries.get(code);
    if (!existing && !isKnownCountry(code)) this.fail(`${path}.code`, `"${code}" is not an ISO 3166-1 country code`);
    if (existing && override.customsUnion !== undefined && override.customsUnion !== existing.customsUnion) {
      this.fail(`${path}.customsUnion`, `${code}'s customs union cannot be changed by an override`);
    }
    const country: CountryRules = existing
      ? { ...existing }
      : {
          code,
          name: countryName(code),
          duties: [],
          extraTariffs: [],
          import: [],
          export: [],
          importerOfRecord: [],
          exporterOfRecord: [],
        };
    if (override.name !== undefined) country.name = override.name;
    if (override.customsUnion !== undefined) country.customsUnion = override.customsUnion;
    if (override.valuation) {
      country.valuation = withSources(override.valuation);
      this.mark(valuationRuleId(code), country.valuation, existing?.valuation);
    }
    if (override.importTax) {
      const given = override.importTax;
      // Taxes charged with it come whole from the override when it gives any; otherwise the replaced tax keeps its own.
      const givenParts = given.alsoCharged.map((part) => ({
        ...withSources(part),
        reliefs: part.reliefs.map(withSources),
      }));
      const alsoCharged =
        givenParts.length || existing?.importTax?.id !== given.id
          ? givenParts
          : (existing?.importTax?.alsoCharged ?? []);
      const tax = this.mergeSingle(
        code,
        "importTax",
        `${path}.importTax`,
        existing?.importTax && { ...existing.importTax, reliefs: [], alsoCharged: [] },
        { ...withSources(given), reliefs: [], alsoCharged: [] },
      );
      const reliefs = this.mergeList(
        code,
        "importTax.reliefs",
        `${path}.importTax.reliefs`,
        existing?.importTax?.reliefs ?? [],
        given.reliefs.map(withSources),
      );
      country.importTax = { ...tax, reliefs, alsoCharged };
    }
    for (const section of SINGLE_SECTIONS) {
      const given = override[section];
      if (!given) continue;
      const merged = this.mergeSingle(
        code,
        section,
        `${path}.${section}`,
        existing?.[section] as { id: string } | undefined,
        withSources(given),
      );
      (country as Record<string, unknown>)[section] = merged;
    }
    for (const section of LIST_SECTIONS) {
      const given = override[section];
      if (!given?.length) continue;
      (country as Record<string, unknown>)[section] = this.mergeList(
        code,
        section,
        `${path}.${section}`,
        existing?.[section] ?? [],
        (given as Array<{ id: string; sources: OverrideSource[] }>).map(withSources),
      );
    }
    // A new rate for a heading that already has one would be ambiguous: the rule to change is named instead.
    override.duties?.forEach((duty, index) => {
      const other = country.duties.find((candidate) => candidate.heading === duty.heading && candidate.id !== duty.id);
      if (other)
        this.fail(
          `${path}.duties.${index}.heading`,
          `HS ${duty.heading} already has ${code}'s rate "${other.id}": use that id to replace it`,
        );
    });
    return country;
  }
}

/**
 * The rule set with the user's overrides merged in; throws RuleSetError (naming `where` and the
 * path of the problem) when an override does not fit the rule data. The base is not changed.
 */
export function applyRuleOverrides(base: RuleSet, overrides: RuleOverrides, where = "rule overrides"): RuleSet {
  if (!overrides.countries.length) return base;
  const merger = new Merger(base, where);
  const countries = new Map(base.countries);
  const seen = new Set<string>();
  overrides.countries.forEach((override, index) => {
    if (seen.has(override.code))
      merger.fail(`countries.${index}.code`, `${override.code} is given twice; put all of its overrides in one entry`);
    seen.add(override.code);
    countries.set(override.code, merger.country(override, index));
  });
  try {
    return buildRuleSet({
      version: `${base.version}+overrides`,
      countries: [...countries.values()],
      unions: [...base.unions.values()],
      crossCutting: base.crossCutting,
      overrides: merger.overrideIds,
    });
  } catch (error) {
    if (error instanceof RuleSetError) throw new RuleOverrideError(where, "", error.message);
    throw error;
  }
}

/** The ids of the facts that come from the user's overrides, sorted. */
export function overrideFactIds(ruleSet: RuleSet): string[] {
  return [...ruleSet.facts.values()]
    .filter((fact) => fact.override)
    .map((fact) => fact.id)
    .sort();
}
