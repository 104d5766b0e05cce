import { embeddedRuleSet } from "../../src/rules/embedded";
import type { Fact } from "../../src/rules/ruleSet";
import type { Source, SourceKind } from "../../src/rules/schema";
import {
  countryFacts,
  dutyAndTaxFactIds,
  isReviewDue,
  restsOnlyOnSecondarySources,
  reviewDueBefore,
  sourceShares,
} from "../../src/rules/sourceShares";

const source = (kind: SourceKind, date: string | null = null): Source => ({
  title: `A ${kind} source`,
  url: "https://example.org/page",
  kind,
  date,
  reviewed: "2026-11-26",
});
const fact = (id: string, ...sources: Source[]): Fact => ({ id, scope: "XA", label: id, sources });

describe("source-kind shares", () => {
  const facts = [
    fact("xa-duty-3004", source("official"), source("secondary")),
    fact("xa-duty-9018", source("secondary")),
    fact("xa-import-imp", source("legal-text-copy"), source("secondary")),
    fact("xa-import-device", source("secondary"), source("secondary")),
    fact("xa-export-imp", source("official", "2019-05")),
  ];
  const shares = sourceShares(facts, new Set(["xa-duty-3004", "xa-duty-9018"]), "2026-11-26");

  it("counts the facts with at least one official source, and their share", () => {
    expect(shares.withOfficialSource).toBe(2);
    expect(shares.officialShare).toBe(0.4);
  });

  it("counts the duty and tax facts with an official source separately", () => {
    expect(shares.dutyTaxFacts).toBe(2);
    expect(shares.dutyTaxWithOfficialSource).toBe(1);
    expect(shares.dutyTaxOfficialShare).toBe(0.5);
  });

  it("tells a fact resting on a copy of the legal text from one resting only on secondary sources", () => {
    expect(shares.legalTextCopyOnly).toBe(1);
    expect(shares.secondaryOnly).toBe(2);
    expect(restsOnlyOnSecondarySources([source("secondary"), source("legal-text-copy")])).toBe(false);
  });

  it("gives no duty share where a country has no duty or tax facts, rather than 0%", () => {
    expect(sourceShares(facts.slice(2), new Set(), "2026-11-26").dutyTaxOfficialShare).toBeNull();
  });
});

describe("review due", () => {
  it("flags a fact whose newest official source is dated more than three years before the rules' date", () => {
    expect(reviewDueBefore("2026-11-26")).toBe("2023-11-26");
    expect(isReviewDue(fact("a", source("official", "2019-05")), "2026-11-26")).toBe(true);
    expect(isReviewDue(fact("b", source("official", "2019-05"), source("official", "2024-01-10")), "2026-11-26")).toBe(
      false,
    );
  });

  it("reads a year or a month as its last day, so a source of late 2023 is not yet due", () => {
    expect(isReviewDue(fact("c", source("official", "2023")), "2026-11-26")).toBe(false);
    expect(isReviewDue(fact("d", source("official", "2023-10")), "2026-11-26")).toBe(true);
  });

  it("does not flag a fact whose only old source is secondary, or whose official sources state no date", () => {
    expect(isReviewDue(fact("e", source("secondary", "2011")), "2026-11-26")).toBe(false);
    expect(isReviewDue(fact("f", source("official")), "2026-11-26")).toBe(false);
  });
});

describe("shares of the embedded rules", () => {
  const rules = embeddedRuleSet();
  const facts = [...rules.facts.values()];

  it("add up: every fact has an official source, rests on a legal-text copy, or only on secondary sources", () => {
    const all = sourceShares(facts, dutyAndTaxFactIds(rules), rules.asOf);
    expect(all.withOfficialSource + all.legalTextCopyOnly + all.secondaryOnly).toBe(all.facts);
    expect(all.officialShare).toBeCloseTo(
      facts.filter((f) => f.sources.some((s) => s.kind === "official")).length / facts.length,
      3,
    );
  });

  it("count a member state's facts with its customs union's", () => {
    const germany = countryFacts(rules, "DE");
    expect(germany.some((f) => f.scope === "EU")).toBe(true);
    expect(germany.some((f) => f.scope === "DE")).toBe(true);
    expect(germany.every((f) => f.scope === "EU" || f.scope === "DE")).toBe(true);
    expect(countryFacts(rules, "US").every((f) => f.scope === "US")).toBe(true);
  });

  it("count as duty/tax facts the duty rates, import taxes, reliefs and extra tariffs, and nothing else", () => {
    const ids = dutyAndTaxFactIds(rules);
    const us = rules.countries.get("US")!;
    for (const duty of us.duties) expect(ids.has(duty.id)).toBe(true);
    for (const tariff of us.extraTariffs) expect(ids.has(tariff.id)).toBe(true);
    for (const rule of us.import) expect(ids.has(rule.id)).toBe(false);
  });
});
