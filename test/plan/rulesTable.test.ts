import type { CellValue } from "../../src/plan/cellValue";
import { describeProblems } from "../../src/plan/configTable";
import { readRulesTable, RULES_COLUMNS } from "../../src/plan/rulesTable";
import { reportSheetValues } from "../../src/plan/reportSheets";
import { SOURCES_REPORT_HEADER, sourcesReport } from "../../src/plan/sourcesReport";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { overrideFactIds } from "../../src/rules/overrides";

const base = embeddedRuleSet();
const HEADER: CellValue[] = [...RULES_COLUMNS];
const NOTE = "Binding tariff ruling GB-BTI-2026-123 from our broker";

function read(rows: CellValue[][]) {
  const result = readRulesTable([HEADER, ...rows], base);
  if (!result.ok) throw new Error(describeProblems(result.problems));
  return result.value;
}

describe("the Clearway Rules table", () => {
  it("replaces a duty rate by id and marks it as the user's, with the note as its source", () => {
    const { ruleSet, overrides } = read([["GB", "duty", "gb-duty-3004", "2.5%", NOTE, "2026-10-01"]]);
    expect(ruleSet.countries.get("GB")!.duties.find((duty) => duty.id === "gb-duty-3004")).toEqual({
      id: "gb-duty-3004",
      heading: "3004",
      ratePercent: 2.5,
      sources: [{ title: NOTE, url: "", kind: "secondary", date: null, reviewed: "2026-10-01" }],
    });
    expect(overrideFactIds(ruleSet)).toEqual(["gb-duty-3004"]);
    // Clearway's note and zero-for-zero flag described its 0%: they are not carried over to the user's 2.5%.
    expect(overrides.countries).toEqual([
      expect.objectContaining({
        code: "GB",
        duties: [
          { id: "gb-duty-3004", heading: "3004", ratePercent: 2.5, sources: [{ title: NOTE, reviewed: "2026-10-01" }] },
        ],
      }),
    ]);
    // The sources sheet shows the user's note and says it is an override.
    const [header, row] = reportSheetValues(sourcesReport(ruleSet, { rows: [], ruleIds: ["gb-duty-3004"] }));
    expect(header).toEqual([...SOURCES_REPORT_HEADER]);
    expect(row).toEqual([
      "gb-duty-3004",
      "GB",
      "duty 3004: 2.5%",
      NOTE,
      "2026-10-01",
      null,
      "yes (user's rule)",
      0,
      "",
    ]);
  });

  it("adds a duty rate for a heading from a new id, and keeps a link written in the note", () => {
    const { ruleSet } = read([
      [
        "United Kingdom",
        "Duty rate",
        "gb-duty-9018",
        0,
        `${NOTE}: https://www.gov.uk/guidance/apply-for-an-advance-tariff-ruling`,
        "1 Oct 2026",
      ],
    ]);
    expect(ruleSet.countries.get("GB")!.duties.at(-1)).toEqual({
      id: "gb-duty-9018",
      heading: "9018",
      ratePercent: 0,
      sources: [
        {
          title: NOTE,
          url: "https://www.gov.uk/guidance/apply-for-an-advance-tariff-ruling",
          kind: "secondary",
          date: null,
          reviewed: "2026-10-01",
        },
      ],
    });
  });

  it("gives an EU member its own rate for a heading, which wins over the union's", () => {
    const { ruleSet } = read([["DE", "duty", "de-duty-3004", 1, "Our customs broker's advice", "2026-10-01"]]);
    expect(ruleSet.countries.get("DE")!.duties).toEqual([
      expect.objectContaining({ id: "de-duty-3004", heading: "3004", ratePercent: 1 }),
    ]);
  });

  it("changes a permit's lead time and keeps Clearway's sources after the user's note", () => {
    const { ruleSet } = read([
      [
        "JP",
        "permit lead time",
        "jp-import-imp-yunyu-kakunin",
        "12 days",
        "Our last five shipments took 8 to 12 days",
        "2026-11-01",
      ],
    ]);
    const permit = ruleSet.countries.get("JP")!.import.find((rule) => rule.id === "jp-import-imp-yunyu-kakunin")!;
    expect(permit).toMatchObject({ kind: "permit", leadTimeDays: 12 });
    expect(permit.sources[0]).toEqual({
      title: "Our last five shipments took 8 to 12 days",
      url: "",
      kind: "secondary",
      date: null,
      reviewed: "2026-11-01",
    });
    expect(permit.sources.slice(1)).toEqual(
      base.countries.get("JP")!.import.find((rule) => rule.id === "jp-import-imp-yunyu-kakunin")!.sources,
    );
  });

  it("changes the import tax, a relief, the de minimis and the valuation basis", () => {
    const { ruleSet } = read([
      ["GB", "import tax", "gb-import-tax", "15", "Hypothetical rate from our tax adviser", "2026-10-01"],
      [
        "GB",
        "import tax relief",
        "gb-import-tax-relief-scientific-instruments",
        "5%",
        "Our adviser: relief is partial",
        "2026-10-01",
      ],
      ["GB", "de minimis", "gb-de-minimis", "150 GBP", "Budget 2026 announcement", "2026-10-01"],
      ["GB", "valuation", null, "FOB", "Our broker's reading of the valuation rules", "2026-10-01"],
    ]);
    const gb = ruleSet.countries.get("GB")!;
    expect(gb.importTax).toMatchObject({
      id: "gb-import-tax",
      standardRatePercent: 15,
      reliefs: [{ id: "gb-import-tax-relief-scientific-instruments", ratePercent: 5 }],
    });
    expect(gb.deMinimis).toMatchObject({ amount: 150, currency: "GBP" });
    expect(gb.valuation?.basis).toBe("FOB");
    expect(overrideFactIds(ruleSet)).toEqual([
      "gb-de-minimis",
      "gb-import-tax",
      "gb-import-tax-relief-scientific-instruments",
      "gb-valuation",
    ]);
  });

  it("marks only the relief when only a relief is given", () => {
    const { ruleSet } = read([
      [
        "GB",
        "tax relief",
        "gb-import-tax-relief-scientific-instruments",
        "5",
        "Our adviser: relief is partial",
        "2026-10-01",
      ],
    ]);
    expect(overrideFactIds(ruleSet)).toEqual(["gb-import-tax-relief-scientific-instruments"]);
    expect(ruleSet.countries.get("GB")!.importTax!.standardRatePercent).toBe(20);
  });

  it("finds its columns by their headers' words, in any order, as the Parties table does", () => {
    const result = readRulesTable(
      [
        ["Rule ref.", "Country code", "What", "Your value", "Source", "Review date"],
        ["gb-duty-3004", "GB", "duty", "2.5%", NOTE, "2026-10-01"],
      ],
      base,
    );
    if (!result.ok) throw new Error(describeProblems(result.problems));
    expect(
      result.value.ruleSet.countries.get("GB")!.duties.find((duty) => duty.id === "gb-duty-3004")?.ratePercent,
    ).toBe(2.5);
  });

  it("reads an empty sheet as no overrides", () => {
    expect(readRulesTable([], base)).toEqual({ ok: true, value: { overrides: { countries: [] }, ruleSet: base } });
  });
});

describe("the Clearway Rules table: a bad row refuses the table, naming the cell and the zod path", () => {
  const good: CellValue[] = ["GB", "duty", "gb-duty-3004", "2.5%", NOTE, "2026-10-01"];
  const row = (patch: Record<number, CellValue>) => {
    const cells = [...good];
    for (const [column, value] of Object.entries(patch)) cells[Number(column)] = value;
    return cells;
  };

  it.each([
    [
      "an unknown rule id for a lead time",
      row({ 1: "permit lead time", 2: "gb-import-imp-wrong", 3: 30 }),
      "C3",
      "countries.0.import.id",
      /Rule id "gb-import-imp-wrong" is not one of GB's own permit rules/,
    ],
    [
      "an unknown duty id that names no heading",
      row({ 2: "gb-duty-special" }),
      "C3",
      "countries.0.duties.id",
      /not one of GB's duty rates; to add a rate, name it gb-duty-<HS heading>, e.g. gb-duty-3004/,
    ],
    [
      "another country's rule id",
      row({ 2: "jp-duty-3004" }),
      "C3",
      "countries.0.duties.0.id",
      /^Rule id: "jp-duty-3004" is a rule of JP, not of GB/,
    ],
    [
      "a union rule id for a member",
      row({ 0: "DE", 2: "eu-duty-3004" }),
      "C3",
      "countries.0.duties.0.id",
      /is a rule of EU, not of DE: .* such as "de-duty-3004"/,
    ],
    [
      "a lead time for a no-permit rule",
      row({ 1: "lead time", 2: "gb-import-samples-none", 3: 5 }),
      "C3",
      "countries.0.import.id",
      /says no permit is needed/,
    ],
    [
      "an unknown country",
      row({ 0: "Narnia" }),
      "A3",
      "countries.0.code",
      /Country "Narnia" is not a country Clearway recognises/,
    ],
    [
      "an unknown section",
      row({ 1: "excise" }),
      "B3",
      "countries.0",
      /Section "excise" is not a section; expected one of: duty, import tax/,
    ],
    [
      "a bad date",
      row({ 5: "2026-13-01" }),
      "F3",
      "countries.0.duties.sources.0.reviewed",
      /Reviewed is not a real calendar date/,
    ],
    ["no review date", row({ 5: null }), "F3", "countries.0.duties.sources.0.reviewed", /Reviewed is empty/],
    [
      "a missing source note",
      row({ 4: null }),
      "E3",
      "countries.0.duties.sources.0.title",
      /Source note is empty; say where the value comes from/,
    ],
    [
      "a rate over 100%",
      row({ 3: "120%" }),
      "D3",
      "countries.0.duties.ratePercent",
      /120% is not a rate between 0% and 100%/,
    ],
    ["a rate in words", row({ 3: "free" }), "D3", "countries.0.duties.ratePercent", /"free" is not a rate/],
    [
      "a lead time in weeks",
      row({ 1: "permit lead time", 2: "gb-import-imp-mia-imp", 3: "6 weeks" }),
      "D3",
      "countries.0.import.leadTimeDays",
      /is not a lead time; write whole days/,
    ],
    [
      "a valuation that is neither CIF nor FOB",
      row({ 1: "valuation", 2: null, 3: "DAP" }),
      "D3",
      "countries.0.valuation.basis",
      /"DAP" is not a valuation basis/,
    ],
    [
      "a note link that is not https",
      row({ 4: `${NOTE} http://example.org/ruling` }),
      "E3",
      "countries.0.duties.0.sources.0.url",
      /Source note: expected an https link/,
    ],
    [
      "the same rule twice",
      row({ 3: "3%" }),
      "C3",
      "countries.1.duties.id",
      /"gb-duty-3004" is given twice for GB \(also in C2\)/,
    ],
  ])("%s", (_label, bad, cell, path, message) => {
    const rows =
      _label === "the same rule twice"
        ? [good, bad]
        : [["JP", "duty", "jp-duty-3002", 0, "Our broker", "2026-10-01"], bad];
    const result = readRulesTable([HEADER, ...rows], base);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toEqual({ cell, path: expect.any(String), message: expect.stringMatching(message) });
    expect(result.problems).toHaveLength(1);
    // The path names where the value would go in the overrides document.
    expect(result.problems[0]!.path.replace(/^countries\.\d+/, "countries.N")).toBe(
      path.replace(/^countries\.\d+/, "countries.N"),
    );
  });

  it("refuses a sheet without the header", () => {
    const result = readRulesTable(
      [
        ["Country", "Rate"],
        ["GB", 2],
      ],
      base,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          cell: null,
          path: "",
          message: expect.stringContaining(
            "no header row with the columns Country | Section | Rule id | Value | Source note | Reviewed",
          ),
        },
      ],
    });
  });
});
