import { countryInText, countryName } from "../domain/countryNames";
import type { RuleSet } from "./ruleSet";
import type {
  CountryRules,
  DirectionRule,
  DutyRate,
  ExtraTariff,
  ImportTax,
  RecordPartyRule,
  UnionRules,
} from "./schema";

/** The rules that apply in one country: its own, plus those of its customs union. */
export interface CountryView {
  code: string;
  name: string;
  /** The name as it reads inside a sentence ("the United States"). */
  inText: string;
  /** False when the rule data has no file for this country: nothing about it may be guessed. */
  covered: boolean;
  union: UnionRules | undefined;
  valuation: CountryRules["valuation"];
  importTax: ImportTax | undefined;
  /** National rates first, so they win over the union's on the same heading. */
  duties: DutyRate[];
  extraTariffs: ExtraTariff[];
  deMinimis: CountryRules["deMinimis"];
  import: DirectionRule[];
  export: DirectionRule[];
  importerOfRecord: RecordPartyRule[];
  exporterOfRecord: RecordPartyRule[];
  temporaryAdmission: CountryRules["temporaryAdmission"];
}

/** Union rules first, minus those a national rule says it is the national form of. */
function mergeDirection(
  unionRules: readonly DirectionRule[] = [],
  nationalRules: readonly DirectionRule[] = [],
): DirectionRule[] {
  const replaced = new Set(
    nationalRules.flatMap((rule) => (rule.kind === "permit" && rule.replaces ? [rule.replaces] : [])),
  );
  return [...unionRules.filter((rule) => !replaced.has(rule.id)), ...nationalRules];
}

const views = new WeakMap<RuleSet, Map<string, CountryView>>();

function buildView(ruleSet: RuleSet, code: string): CountryView {
  const country = ruleSet.countries.get(code);
  // A member without its own file still gets the union's shared rules.
  const union = country?.customsUnion
    ? ruleSet.unions.get(country.customsUnion)
    : [...ruleSet.unions.values()].find((candidate) => candidate.members.includes(code));
  const name = country?.name ?? countryName(code);
  return {
    code,
    name,
    inText: countryInText(code, name),
    covered: country !== undefined,
    union,
    valuation: country?.valuation ?? union?.valuation,
    importTax: country?.importTax,
    duties: [...(country?.duties ?? []), ...(union?.duties ?? [])],
    extraTariffs: country?.extraTariffs ?? [],
    deMinimis: country?.deMinimis ?? union?.deMinimis,
    import: mergeDirection(union?.import, country?.import),
    export: mergeDirection(union?.export, country?.export),
    importerOfRecord: [...(country?.importerOfRecord ?? []), ...(union?.importerOfRecord ?? [])],
    exporterOfRecord: [...(country?.exporterOfRecord ?? []), ...(union?.exporterOfRecord ?? [])],
    temporaryAdmission: country?.temporaryAdmission ?? union?.temporaryAdmission,
  };
}

/** The merged view of a country's rules, built once per rule set. */
export function countryView(ruleSet: RuleSet, code: string): CountryView {
  let cache = views.get(ruleSet);
  if (!cache) views.set(ruleSet, (cache = new Map()));
  let view = cache.get(code);
  if (!view) cache.set(code, (view = buildView(ruleSet, code)));
  return view;
}

/** The customs union both countries belong to, if any: goods moving inside it are not imported. */
export function sharedUnion(ruleSet: RuleSet, a: string, b: string): UnionRules | undefined {
  for (const union of ruleSet.unions.values()) if (union.members.includes(a) && union.members.includes(b)) return union;
  return undefined;
}
