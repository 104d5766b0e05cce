import type { Fact, RuleSet } from "./ruleSet";
import type { Source } from "./schema";

/**
 * How well the facts are sourced, for a reviewer: which facts have an official source, which rest
 * only on secondary sources, and which are due for review because their newest official source is
 * old.
 */

/**
 * A fact whose newest dated official source is older than this many years (before the rule data's
 * review date) is "review due": regulators revise guidance and tariffs every few years, and three
 * years covers a normal revision cycle (the EU's combined nomenclature yearly, most regulators'
 * guidance within two to three years). A fact whose official sources state no date is not flagged:
 * nothing says it is old.
 */
export const REVIEW_DUE_AFTER_YEARS = 3;

export function hasOfficialSource(fact: Fact): boolean {
  return fact.sources.some((source) => source.kind === "official");
}

/** The fact rests only on secondary sources: no official source and no copy of the legal text. */
export function restsOnlyOnSecondarySources(sources: readonly Source[]): boolean {
  return sources.length > 0 && sources.every((source) => source.kind === "secondary");
}

/** A source date as the last day it can mean: "2011" is read as 2011-12-31, "2019-05" as 2019-05-31. */
function latestDayOf(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** The day before which an official source counts as old. */
export function reviewDueBefore(asOf: string): string {
  return `${Number(asOf.slice(0, 4)) - REVIEW_DUE_AFTER_YEARS}${asOf.slice(4)}`;
}

/** The newest date of the fact's official sources, or null when none of them states one. */
export function newestOfficialDate(fact: Fact): string | null {
  const dates = fact.sources.flatMap((source) =>
    source.kind === "official" && source.date ? [latestDayOf(source.date)] : [],
  );
  return dates.length ? dates.sort().at(-1)! : null;
}

export function isReviewDue(fact: Fact, asOf: string): boolean {
  const newest = newestOfficialDate(fact);
  return newest !== null && newest < reviewDueBefore(asOf);
}

/** The ids of the facts that give a duty or import-tax figure: duty rates, import taxes and their reliefs, extra tariffs. */
export function dutyAndTaxFactIds(ruleSet: RuleSet): Set<string> {
  const ids = new Set<string>();
  for (const region of [...ruleSet.countries.values(), ...ruleSet.unions.values()]) {
    for (const duty of region.duties) ids.add(duty.id);
    if ("importTax" in region && region.importTax) {
      ids.add(region.importTax.id);
      for (const relief of region.importTax.reliefs) ids.add(relief.id);
      for (const part of region.importTax.alsoCharged) {
        ids.add(part.id);
        for (const relief of part.reliefs) ids.add(relief.id);
      }
    }
    if ("extraTariffs" in region) for (const tariff of region.extraTariffs) ids.add(tariff.id);
  }
  return ids;
}

export interface SourceShares {
  facts: number;
  /** Facts with at least one official source. */
  withOfficialSource: number;
  officialShare: number;
  /** Facts with a legal-text copy but no official source. */
  legalTextCopyOnly: number;
  /** Facts resting only on secondary sources. */
  secondaryOnly: number;
  dutyTaxFacts: number;
  dutyTaxWithOfficialSource: number;
  /** Share of duty/tax facts with an official source; null where the facts include none. */
  dutyTaxOfficialShare: number | null;
  /** Facts whose newest official source is older than REVIEW_DUE_AFTER_YEARS. */
  reviewDue: number;
}

const share = (part: number, whole: number) => Math.round((part / whole) * 1000) / 1000;

export function sourceShares(facts: readonly Fact[], dutyTaxIds: ReadonlySet<string>, asOf: string): SourceShares {
  const official = facts.filter(hasOfficialSource);
  const dutyTax = facts.filter((fact) => dutyTaxIds.has(fact.id));
  const dutyTaxOfficial = dutyTax.filter(hasOfficialSource);
  return {
    facts: facts.length,
    withOfficialSource: official.length,
    officialShare: facts.length ? share(official.length, facts.length) : 0,
    legalTextCopyOnly: facts.filter(
      (fact) => !hasOfficialSource(fact) && fact.sources.some((source) => source.kind === "legal-text-copy"),
    ).length,
    secondaryOnly: facts.filter((fact) => restsOnlyOnSecondarySources(fact.sources)).length,
    dutyTaxFacts: dutyTax.length,
    dutyTaxWithOfficialSource: dutyTaxOfficial.length,
    dutyTaxOfficialShare: dutyTax.length ? share(dutyTaxOfficial.length, dutyTax.length) : null,
    reviewDue: facts.filter((fact) => isReviewDue(fact, asOf)).length,
  };
}

/**
 * The facts that apply in a country: its own and those of its customs union (the union's shared
 * rules are part of what a shipment there must meet).
 */
export function countryFacts(ruleSet: RuleSet, code: string): Fact[] {
  const union = ruleSet.countries.get(code)?.customsUnion;
  return [...ruleSet.facts.values()].filter(
    (fact) => fact.scope === code || (union !== undefined && fact.scope === union),
  );
}
