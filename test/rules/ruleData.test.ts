import { readdirSync } from "node:fs";
import path from "node:path";
import { isKnownCountry } from "../../src/domain/countryNames";
import { EMBEDDED_RULE_FILES, embeddedRuleSet } from "../../src/rules/embedded";
import { loadRuleSet, RuleSetError } from "../../src/rules/ruleSet";
import { exportland, importland, union, memberC, memberE, crossCutting } from "../support/fixtureRules";
import { REQUIRED_COUNTRIES } from "../support/requiredCountries";

const rules = embeddedRuleSet();

describe("embedded rule data", () => {
  it("covers the 40 countries the product promises", () => {
    expect(REQUIRED_COUNTRIES.filter((code) => !rules.countries.has(code))).toEqual([]);
  });

  it("loads every country file in src/rules/data/countries, each named after its country code", () => {
    const files = readdirSync(path.resolve(__dirname, "../../src/rules/data/countries")).filter((f) =>
      f.endsWith(".yaml"),
    );
    expect(Object.keys(EMBEDDED_RULE_FILES.countries)).toHaveLength(files.length);
    expect([...rules.countries.keys()].map((code) => `${code.toLowerCase()}.yaml`).sort()).toEqual(files.sort());
  });

  it("uses real ISO codes for every country and union member", () => {
    for (const code of rules.countries.keys()) expect(isKnownCountry(code)).toBe(true);
    for (const member of rules.unions.get("EU")!.members) expect(isKnownCountry(member)).toBe(true);
    expect(rules.unions.get("EU")!.members).toHaveLength(27);
  });

  it("gives every fact at least one https source with a title and a review date no later than the data's date", () => {
    expect(rules.facts.size).toBeGreaterThan(300);
    for (const fact of rules.facts.values()) {
      expect(fact.sources.length).toBeGreaterThan(0);
      for (const source of fact.sources) {
        expect(source.url).toMatch(/^https:\/\/[^\s/]+\.[^\s/]+/);
        expect(source.title.length).toBeGreaterThan(2);
        expect(source.reviewed <= rules.asOf).toBe(true);
      }
    }
  });

  it("prefixes each national rule id with its country code, so references say where they come from", () => {
    for (const fact of rules.facts.values()) {
      if (/^[A-Z]{2}$/.test(fact.scope)) expect(fact.id.startsWith(`${fact.scope.toLowerCase()}-`)).toBe(true);
    }
  });

  it("marks narcotics and psychotropics permits as needed only for controlled substances", () => {
    for (const country of rules.countries.values()) {
      for (const rule of [...country.import, ...country.export]) {
        // A name can mention narcotics to exclude them (Mexico's export certificate for products "que no sean o contengan estupefacientes").
        if (
          rule.kind === "permit" &&
          /narcotic|psychotrop|stupéfiant|betäubungs|controlled drug|estupefac/i.test(rule.name) &&
          !/que no sean o contengan/i.test(rule.name)
        ) {
          expect({ id: rule.id, onlyIfControlled: rule.onlyIfControlled }).toEqual({
            id: rule.id,
            onlyIfControlled: true,
          });
        }
      }
    }
  });

  it("keeps rates within plausible bounds (VAT/GST under 30%, duty under 40%)", () => {
    for (const country of rules.countries.values()) {
      if (country.importTax) expect(country.importTax.standardRatePercent).toBeLessThan(30);
      for (const duty of country.duties) expect(duty.ratePercent).toBeLessThan(40);
    }
  });

  it("sets no US blocking sanction on Syria, whose US programme ended in 2025", () => {
    expect(
      rules.crossCutting.sanctions.filter(
        (rule) => rule.destination === "SY" && rule.appliesToOrigins.includes("US") && rule.effect === "blocked",
      ),
    ).toEqual([]);
  });
});

describe("loading a rule set", () => {
  const base = { version: "t", countries: [exportland, importland, memberC, memberE], unions: [union], crossCutting };

  it("refuses a fact without a source, naming the path", () => {
    const broken = { ...importland, valuation: { basis: "CIF", sources: [] } };
    expect(() => loadRuleSet({ ...base, countries: [exportland, broken] })).toThrow(
      "country XB: valuation.sources: Too small",
    );
  });

  it("refuses an http source", () => {
    const broken = {
      ...importland,
      valuation: { basis: "CIF", sources: [{ title: "Old page", url: "http://example.org", reviewed: "2026-01-01" }] },
    };
    expect(() => loadRuleSet({ ...base, countries: [broken] })).toThrow(/valuation\.sources\.0\.url/);
  });

  it("refuses a rule id used twice", () => {
    const twin = { ...exportland, code: "XY", name: "Twin" };
    expect(() => loadRuleSet({ ...base, countries: [exportland, twin] })).toThrow(RuleSetError);
  });

  it("refuses two rates for one heading in a country, which would leave one of them unused", () => {
    const broken = {
      ...importland,
      duties: [
        ...importland.duties!,
        { id: "xb-duty-9018-other", heading: "9018", ratePercent: 1, sources: importland.valuation!.sources },
      ],
    };
    expect(() => loadRuleSet({ ...base, countries: [exportland, broken, memberC, memberE] })).toThrow(
      "duties xb-duty-9018 and xb-duty-9018-other both give a rate for HS 9018",
    );
  });

  it("refuses a range of line rates whose lowest is not below its highest", () => {
    const broken = {
      ...importland,
      duties: [
        {
          id: "xb-duty-3002",
          heading: "3002",
          ratePercent: 5,
          lowestRatePercent: 5,
          sources: importland.valuation!.sources,
        },
      ],
    };
    expect(() => loadRuleSet({ ...base, countries: [exportland, broken, memberC, memberE] })).toThrow(
      "xb-duty-3002.lowestRatePercent (5) must be below its ratePercent (5)",
    );
  });

  it("refuses a party rule that must hold a permit nobody defines", () => {
    const broken = {
      ...importland,
      importerOfRecord: [{ ...importland.importerOfRecord![0]!, mustHold: ["xb-import-missing"] }],
    };
    expect(() => loadRuleSet({ ...base, countries: [exportland, broken, memberC, memberE] })).toThrow(
      'mustHold names "xb-import-missing"',
    );
  });

  it("refuses a member that its union does not list", () => {
    const stranger = { ...memberE, code: "XZ", importTax: { ...memberE.importTax!, id: "xz-tax" } };
    expect(() => loadRuleSet({ ...base, countries: [stranger] })).toThrow("not listed as a member of XU");
  });
});
