import { embeddedRuleSet } from "../../src/rules/embedded";
import { sourceKindOfHost } from "../../src/rules/sourceHostKinds";

const rules = embeddedRuleSet();
const sources = [...rules.facts.values()].flatMap((fact) =>
  fact.sources.map((source) => ({ fact: fact.id, ...source })),
);

describe("the embedded rules' sources", () => {
  it("load from the YAML files to the rule set they were converted to: 790 facts citing 1,966 sources, 1,206 of them distinct", () => {
    // The counts of the TypeScript rule data the YAML files replaced; change them only with the facts.
    expect(rules.facts.size).toBe(790);
    expect(sources).toHaveLength(1966);
    expect(new Set(sources.map((source) => `${source.url} ${source.title}`)).size).toBe(1206);
  });

  it("carry the kind the reviewed host table gives their host", () => {
    const mismatched = sources.filter((source) => {
      const kind = sourceKindOfHost(new URL(source.url).hostname);
      return kind !== undefined && kind !== source.kind;
    });
    expect(mismatched.map((source) => `${source.fact}: ${source.url} is ${source.kind}`)).toEqual([]);
  });

  it("are official only on a host the table lists as official", () => {
    const unlisted = sources.filter(
      (source) => source.kind === "official" && sourceKindOfHost(new URL(source.url).hostname) !== "official",
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
});
