import { z } from "zod";
import type { MaterialType } from "../domain/materialType";
import {
  CountryRulesSchema,
  CrossCuttingRulesSchema,
  UnionRulesSchema,
  type CountryRules,
  type CrossCuttingRules,
  type Source,
  type UnionRules,
} from "./schema";
import { defaultHeadingRuleId, membershipRuleId, valuationRuleId } from "./derivedRuleIds";

/** Everything the engine knows, parsed and cross-checked once. */
export interface RuleSet {
  /** Identifies the data: its version and the newest review date in it. */
  version: string;
  asOf: string;
  countries: ReadonlyMap<string, CountryRules>;
  unions: ReadonlyMap<string, UnionRules>;
  crossCutting: CrossCuttingRules;
  /** Every fact by its id, for the sources sheet and rule references. */
  facts: ReadonlyMap<string, Fact>;
}

/** One sourced fact: its id, where it belongs, a short label and its sources. */
export interface Fact {
  id: string;
  scope: string;
  label: string;
  sources: Source[];
  /** Set when the fact comes from the user's own rule overrides. */
  override?: boolean;
}

export interface RuleSetInput {
  version: string;
  countries: unknown[];
  unions: unknown[];
  crossCutting: unknown;
}

/** A rule set that failed validation; the message names the file and zod path. */
export class RuleSetError extends Error {
  override name = "RuleSetError";
}

function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, where: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new RuleSetError(`${where}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
}

interface HasSources {
  id: string;
  sources: Source[];
}

function collectFacts(scope: string, entries: Array<[string, HasSources | undefined]>, facts: Map<string, Fact>): void {
  for (const [label, entry] of entries) {
    if (!entry) continue;
    if (facts.has(entry.id)) throw new RuleSetError(`${scope}: rule id "${entry.id}" is used twice`);
    facts.set(entry.id, { id: entry.id, scope, label, sources: entry.sources });
  }
}

function describeDirectionRule(
  direction: string,
  rule: { kind: string; materials: MaterialType[]; name?: string },
): string {
  return rule.kind === "permit"
    ? `${direction}: ${rule.name} (${rule.materials.join(", ")})`
    : `${direction}: no permit (${rule.materials.join(", ")})`;
}

function regionFacts(scope: string, rules: CountryRules | UnionRules): Array<[string, HasSources | undefined]> {
  const entries: Array<[string, HasSources | undefined]> = [];
  if ("importTax" in rules && rules.importTax) {
    entries.push([`import tax: ${rules.importTax.name} ${rules.importTax.standardRatePercent}%`, rules.importTax]);
    for (const relief of rules.importTax.reliefs) entries.push([`import tax relief: ${relief.ratePercent}%`, relief]);
    for (const part of rules.importTax.alsoCharged) {
      entries.push([
        `import tax charged with it: ${part.name}${part.ratePercent === undefined ? "" : ` ${part.ratePercent}%`}`,
        part,
      ]);
      for (const relief of part.reliefs) entries.push([`${part.name} relief: ${relief.ratePercent}%`, relief]);
    }
  }
  for (const duty of rules.duties) entries.push([`duty ${duty.heading}: ${duty.ratePercent}%`, duty]);
  if ("extraTariffs" in rules)
    for (const tariff of rules.extraTariffs) entries.push([`possible extra tariff: ${tariff.name}`, tariff]);
  if (rules.deMinimis)
    entries.push([`de minimis ${rules.deMinimis.amount} ${rules.deMinimis.currency}`, rules.deMinimis]);
  for (const rule of rules.import) entries.push([describeDirectionRule("import", rule), rule]);
  for (const rule of rules.export) entries.push([describeDirectionRule("export", rule), rule]);
  for (const rule of rules.importerOfRecord) entries.push([`importer of record (${rule.materials.join(", ")})`, rule]);
  for (const rule of rules.exporterOfRecord) entries.push([`exporter of record (${rule.materials.join(", ")})`, rule]);
  if (rules.temporaryAdmission)
    entries.push([
      `temporary admission (ATA carnet ${rules.temporaryAdmission.ataCarnet ? "accepted" : "not accepted"})`,
      rules.temporaryAdmission,
    ]);
  if (rules.valuation)
    entries.push([
      `customs value basis ${rules.valuation.basis}`,
      { id: valuationRuleId(scope), sources: rules.valuation.sources },
    ]);
  return entries.filter((entry) => entry[1] !== undefined);
}

function newestReview(facts: Iterable<Fact>): string {
  let newest = "0000-00-00";
  for (const fact of facts) for (const source of fact.sources) if (source.reviewed > newest) newest = source.reviewed;
  return newest;
}

/** Parsed rule data, before its facts are collected and cross-checked. */
export interface RuleSetParts {
  version: string;
  countries: readonly CountryRules[];
  unions: readonly UnionRules[];
  crossCutting: CrossCuttingRules;
  /** Ids of the facts that come from the user's rule overrides. */
  overrides?: ReadonlySet<string>;
}

/** Collects the facts of parsed rule data and cross-checks it; throws RuleSetError naming the first problem. */
export function buildRuleSet(parts: RuleSetParts): RuleSet {
  const facts = new Map<string, Fact>();
  const unions = new Map<string, UnionRules>();
  for (const union of parts.unions) {
    if (unions.has(union.code)) throw new RuleSetError(`union ${union.code}: defined twice`);
    unions.set(union.code, union);
    collectFacts(union.code, regionFacts(union.code, union), facts);
    collectFacts(
      union.code,
      [["customs union membership", { id: membershipRuleId(union.code), sources: union.membership.sources }]],
      facts,
    );
  }
  const countries = new Map<string, CountryRules>();
  for (const country of parts.countries) {
    const where = `country ${country.code}`;
    if (countries.has(country.code)) throw new RuleSetError(`${where}: defined twice`);
    if (country.customsUnion) {
      const union = unions.get(country.customsUnion);
      if (!union) throw new RuleSetError(`${where}: customsUnion "${country.customsUnion}" is not defined`);
      if (!union.members.includes(country.code))
        throw new RuleSetError(`${where}: not listed as a member of ${union.code}`);
    }
    for (const rule of [...country.import, ...country.export]) {
      if (rule.kind === "permit" && rule.replaces && !facts.has(rule.replaces))
        throw new RuleSetError(`${where}: ${rule.id}.replaces names "${rule.replaces}", which is not a union rule id`);
    }
    countries.set(country.code, country);
    collectFacts(country.code, regionFacts(country.code, country), facts);
  }
  const crossCutting = parts.crossCutting;
  collectFacts(
    "sanctions",
    crossCutting.sanctions.map((rule) => [
      `${rule.regime}: ${rule.destination}${rule.regions ? ` (${rule.regions.join(", ")})` : ""}`,
      rule,
    ]),
    facts,
  );
  collectFacts(
    "dangerous goods",
    crossCutting.dangerousGoods.map((rule) => [`${rule.un} ${rule.name}`, rule]),
    facts,
  );
  collectFacts(
    "controlled substances",
    crossCutting.controlledSubstances.map((rule) => [rule.name, rule]),
    facts,
  );
  collectFacts(
    "HS headings",
    crossCutting.defaultHeadings.map((rule) => [
      `usual heading for ${rule.material}: ${rule.heading}`,
      { id: defaultHeadingRuleId(rule.material), sources: rule.sources },
    ]),
    facts,
  );

  // A heading has one rate per country or union (the longest matching heading decides, so a second one would be ignored),
  // and a rate given as a range of national lines has its lowest below its highest.
  for (const [scope, region] of [...unions, ...countries] as Array<[string, CountryRules | UnionRules]>) {
    const byHeading = new Map<string, string>();
    for (const duty of region.duties) {
      const other = byHeading.get(duty.heading);
      if (other)
        throw new RuleSetError(`${scope}: duties ${other} and ${duty.id} both give a rate for HS ${duty.heading}`);
      byHeading.set(duty.heading, duty.id);
      if (duty.lowestRatePercent !== undefined && duty.lowestRatePercent >= duty.ratePercent)
        throw new RuleSetError(
          `${scope}: ${duty.id}.lowestRatePercent (${duty.lowestRatePercent}) must be below its ratePercent (${duty.ratePercent})`,
        );
    }
  }

  // Every permit a record party must hold has to exist.
  for (const [scope, region] of [...unions, ...countries] as Array<[string, CountryRules | UnionRules]>) {
    for (const party of [...region.importerOfRecord, ...region.exporterOfRecord]) {
      for (const id of party.mustHold ?? []) {
        if (!facts.has(id))
          throw new RuleSetError(`${scope}: ${party.id}.mustHold names "${id}", which is not a rule id`);
      }
    }
  }
  for (const id of parts.overrides ?? []) {
    const fact = facts.get(id);
    if (fact) facts.set(id, { ...fact, override: true });
  }
  return { version: parts.version, asOf: newestReview(facts.values()), countries, unions, crossCutting, facts };
}

/** Parses and cross-checks rule data; throws RuleSetError naming the first problem. */
export function loadRuleSet(input: RuleSetInput): RuleSet {
  const unions = input.unions.map((raw, index) => parseOrThrow(UnionRulesSchema, raw, `union #${index + 1}`));
  const countries = input.countries.map((raw, index) => {
    const where =
      typeof raw === "object" && raw && "code" in raw
        ? `country ${String((raw as { code: unknown }).code)}`
        : `country #${index + 1}`;
    return parseOrThrow(CountryRulesSchema, raw, where);
  });
  const crossCutting = parseOrThrow(CrossCuttingRulesSchema, input.crossCutting, "cross-cutting rules");
  return buildRuleSet({ version: input.version, countries, unions, crossCutting });
}

const permitIds = new WeakMap<RuleSet, readonly string[]>();

/**
 * The ids of every permit rule in the rule set (national, union and controlled-substance permits),
 * sorted: the ids a party's licence may name.
 */
export function permitRuleIds(ruleSet: RuleSet): readonly string[] {
  let ids = permitIds.get(ruleSet);
  if (!ids) {
    const found = new Set<string>();
    for (const region of [...ruleSet.unions.values(), ...ruleSet.countries.values()]) {
      for (const rule of [...region.import, ...region.export]) if (rule.kind === "permit") found.add(rule.id);
    }
    for (const rule of ruleSet.crossCutting.controlledSubstances) found.add(rule.id);
    permitIds.set(ruleSet, (ids = [...found].sort()));
  }
  return ids;
}
