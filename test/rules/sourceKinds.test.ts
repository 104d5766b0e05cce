import { embeddedRuleSet } from "../../src/rules/embedded";
import { sourceKindOfAddress, sourceKindOfHost } from "../../src/rules/sourceHostKinds";

const rules = embeddedRuleSet();
const sources = [...rules.facts.values()].flatMap((fact) =>
  fact.sources.map((source) => ({ fact: fact.id, ...source })),
);

describe("the embedded rules' sources", () => {
  it("load from the YAML files to the rule set they were converted to: 790 facts citing 2,065 sources, 1,268 of them distinct", () => {
    // The counts of the TypeScript rule data the YAML files replaced; change them only with the facts.
    expect(rules.facts.size).toBe(790);
    expect(sources).toHaveLength(2065);
    expect(new Set(sources.map((source) => `${source.url} ${source.title}`)).size).toBe(1268);
  });

  it("carry the kind the reviewed host table gives their host", () => {
    const mismatched = sources.filter((source) => {
      const kind = sourceKindOfAddress(source.url);
      return kind !== undefined && kind !== source.kind;
    });
    expect(mismatched.map((source) => `${source.fact}: ${source.url} is ${source.kind}`)).toEqual([]);
  });

  it("are official only on a host the table lists as official", () => {
    const unlisted = sources.filter(
      (source) => source.kind === "official" && sourceKindOfAddress(source.url) !== "official",
    );
    expect(unlisted.map((source) => source.url)).toEqual([]);
  });

  it("state no date later than their review, and no review later than the data's date", () => {
    const late = sources.filter(
      (source) => (source.date !== null && source.date > source.reviewed) || source.reviewed > rules.asOf,
    );
    expect(late.map((source) => `${source.fact}: ${source.title}`)).toEqual([]);
  });

  it("classify official, copy and secondary hosts as a reviewer would", () => {
    expect(sourceKindOfHost("www.fda.gov")).toBe("official");
    expect(sourceKindOfHost("eur-lex.europa.eu")).toBe("official");
    expect(sourceKindOfHost("www.legislation.gov.uk")).toBe("official");
    expect(sourceKindOfHost("www.aemps.gob.es")).toBe("official");
    expect(sourceKindOfHost("www.pmda.go.jp")).toBe("official");
    expect(sourceKindOfHost("www.law.cornell.edu")).toBe("legal-text-copy");
    expect(sourceKindOfHost("clinregs.niaid.nih.gov")).toBe("secondary");
    expect(sourceKindOfHost("www.mondaq.com")).toBeUndefined();
    expect(sourceKindOfHost("gov.uk.example.com")).toBeUndefined();
  });

  it("count a government's guide to another country's customs rules as secondary, its own pages as official", () => {
    expect(sourceKindOfAddress("https://www.trade.gov/country-commercial-guides/china-temporary-entry")).toBe(
      "secondary",
    );
    expect(sourceKindOfAddress("https://trade.gov/us-export-licenses-navigating-issues-and-resources")).toBe(
      "official",
    );
    expect(sourceKindOfAddress("https://clinregs.niaid.nih.gov/country/japan")).toBe("secondary");
    expect(sourceKindOfAddress("https://legacy.export.gov/article?id=Peru-Import-Tariffs")).toBe("secondary");
    expect(
      sourceKindOfAddress(
        "https://www.austrade.gov.au/Australian/Export/Export-markets/Countries/United-Arab-Emirates/Doing-business/Tariffs-and-regulations",
      ),
    ).toBe("secondary");
  });
});
