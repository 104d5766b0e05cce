import { embeddedRuleSet } from "../../src/rules/embedded";
import { dutyRateMatrix, RATE_MATRIX_COUNTRIES, USUAL_HEADINGS } from "../../src/rules/dutyRateMatrix";
import { loadRuleSet } from "../../src/rules/ruleSet";
import type { CountryRulesInput, Source } from "../../src/rules/schema";
import { crossCutting } from "../support/fixtureRules";

const source = (kind: Source["kind"]): Source[] => [
  { title: `A ${kind} source`, url: `https://example.org/${kind}`, kind, date: null, reviewed: "2026-01-01" },
];
const country: CountryRulesInput = {
  code: "XA",
  name: "Rateland",
  duties: [
    { id: "xa-duty-3002", heading: "3002", ratePercent: 0, sources: source("official") },
    { id: "xa-duty-9018", heading: "9018", ratePercent: 5, sources: source("secondary") },
    { id: "xa-duty-901890", heading: "901890", ratePercent: 2, sources: source("official") },
    { id: "xa-duty-8418", heading: "8418", ratePercent: 3, sources: source("legal-text-copy") },
  ],
};

describe("the duty-rate matrix of the usual headings", () => {
  const [row] = dutyRateMatrix(loadRuleSet({ version: "test", countries: [country], unions: [], crossCutting }), [
    "XA",
  ]);
  const cellOf = (heading: string) => row!.cells.find((cell) => cell.heading === heading)!;

  it("counts a heading's own rate and its subheadings', and which of them cite an official source", () => {
    expect(cellOf("3002")).toEqual({ heading: "3002", rates: 1, official: 1, withoutOfficialSource: [] });
    expect(cellOf("9018")).toEqual({ heading: "9018", rates: 2, official: 1, withoutOfficialSource: ["xa-duty-9018"] });
  });

  it("does not count a copy of the legal text as official, and shows a heading without a rate as none", () => {
    expect(cellOf("8418")).toMatchObject({ rates: 1, official: 0, withoutOfficialSource: ["xa-duty-8418"] });
    expect(cellOf("3004")).toEqual({ heading: "3004", rates: 0, official: 0, withoutOfficialSource: [] });
  });

  it("gives an EU member the Union's rates, and covers every tracked country and usual heading", () => {
    const matrix = dutyRateMatrix(embeddedRuleSet());
    expect(matrix.map((entry) => entry.country)).toEqual([...RATE_MATRIX_COUNTRIES]);
    expect(matrix.every((entry) => entry.cells.map((cell) => cell.heading).join() === USUAL_HEADINGS.join())).toBe(
      true,
    );
    const de = matrix.find((entry) => entry.country === "DE")!;
    const fr = matrix.find((entry) => entry.country === "FR")!;
    expect(de.cells).toEqual(fr.cells);
    expect(de.cells.find((cell) => cell.heading === "9018")!.rates).toBeGreaterThan(1);
  });
});
