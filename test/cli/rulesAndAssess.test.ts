import { runCli } from "../support/planFiles";
import { REQUIRED_COUNTRIES } from "../support/requiredCountries";

interface CoverageRow {
  code: string;
  name: string;
  customsUnion: string | null;
  reviewed: string;
  facts: number;
  sources: number;
  importMaterials: string[];
  exportMaterials: string[];
  importTaxPercent: number | null;
  dutyHeadings: string[];
}

describe("clearway rules", () => {
  it("--json lists every required country with its review date, fact and source counts and what it covers", async () => {
    const { code, stdout } = await runCli("rules", "--json");
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { rules: { version: string; asOf: string }; countries: CoverageRow[] };
    expect(doc.countries.map((country) => country.code).sort()).toEqual([...REQUIRED_COUNTRIES].sort());
    for (const country of doc.countries) {
      expect(country.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(country.facts).toBeGreaterThan(0);
      expect(country.sources).toBeGreaterThan(0);
      // Every covered country says what importing an IMP requires.
      expect(country.importMaterials).toContain("imp");
    }
    const de = doc.countries.find((country) => country.code === "DE")!;
    expect(de).toMatchObject({ customsUnion: "EU", importTaxPercent: 19 });
    expect(de.dutyHeadings).toEqual(expect.arrayContaining(["3004", "9018"]));
    // Brazil's ICMS (São Paulo's 18% assumed) is charged with IPI and PIS/COFINS-Importação, each on its own base: all are named.
    expect(doc.countries.find((country) => country.code === "BR")!).toMatchObject({
      importTaxPercent: 18,
      importTaxAlsoCharged: ["IPI", "PIS-Importação", "COFINS-Importação"],
    });
  });

  it("prints a table with a line per country and says what happens to any other country", async () => {
    const { code, stdout } = await runCli("rules");
    expect(code).toBe(0);
    expect(stdout).toContain("40 countries covered; any other country is reported as not covered");
    // Brazil: no duty rate yet; its ICMS is shown with the number of taxes charged with it.
    expect(stdout).toMatch(/^BR +Brazil .* 18% \+ 3 more +none$/m);
    expect(stdout).not.toMatch(/^NG /m);
  });
});

describe("clearway rules --coverage", () => {
  it("prints each material's import and export answer for the 15 countries with the most trials, then the source-kind shares", async () => {
    const { code, stdout } = await runCli("rules", "--coverage");
    expect(code).toBe(0);
    for (const country of ["US", "CN", "DE", "FR", "ES", "GB", "IT", "CA", "AU", "JP", "KR", "PL", "BR", "IN", "NL"]) {
      expect(
        stdout.match(new RegExp(`^${country} +(imp|device|ancillary|lab-kit|samples|equipment) `, "gm")),
      ).toHaveLength(6);
    }
    expect(stdout).toMatch(/^DE +imp +needs de-import-imp-einfuhrerlaubnis/m);
    expect(stdout).toMatch(/^all facts +\d+ +\d+ \(\d+%\)/m);
    expect(stdout).not.toMatch(/^ZA /m);
  });

  it("then the duty rates on the usual headings, official out of all, for the 15 and the other tracked countries", async () => {
    const { stdout } = await runCli("rules", "--coverage");
    const rates = stdout.slice(stdout.indexOf("Duty rates on the usual headings"));
    expect(rates).toMatch(/^Country +3002 +3004 +3006 +3822 +9018 +8418 +8421 +9027$/m);
    for (const country of ["US", "DE", "JP", "BR", "IN", "AR", "CO", "MX", "SA", "TW"])
      expect(rates).toMatch(new RegExp(`^${country}( +(\\d+/\\d+|—)){8}$`, "m"));
    // Germany has the Union's rates: at least the one official rate for 3002.
    expect(rates).toMatch(/^DE +[1-9]\d*\/\d+ /m);
  });

  it("gives the same matrix, the shares per country and overall, and the facts due for review in --json", async () => {
    const { stdout } = await runCli("rules", "--json");
    const doc = JSON.parse(stdout) as {
      coverageMatrix: Array<{
        country: string;
        material: string;
        import: { answer: string };
        export: { answer: string };
      }>;
      sourceShares: {
        reviewDueAfterYears: number;
        overall: { facts: number; withOfficialSource: number; officialShare: number; reviewDue: number };
        countries: Record<string, { facts: number; officialShare: number }>;
      };
      reviewDue: Array<{ id: string; newestOfficialSource: string }>;
      rules: { asOf: string };
      dutyRateMatrix: Array<{ country: string; cells: Array<{ heading: string; rates: number; official: number }> }>;
    };
    expect(doc.coverageMatrix).toHaveLength(90);
    expect(
      doc.coverageMatrix.every((row) => ["needs", "none", "conditional-only", "no-rule"].includes(row.import.answer)),
    ).toBe(true);
    expect(Object.keys(doc.sourceShares.countries)).toHaveLength(40);
    const overall = doc.sourceShares.overall;
    expect(overall.officialShare).toBeCloseTo(overall.withOfficialSource / overall.facts, 3);
    expect(doc.reviewDue).toHaveLength(overall.reviewDue);
    const threeYearsBefore = `${Number(doc.rules.asOf.slice(0, 4)) - 3}${doc.rules.asOf.slice(4)}`;
    expect(doc.reviewDue.every((fact) => fact.newestOfficialSource < threeYearsBefore)).toBe(true);
    expect(doc.dutyRateMatrix).toHaveLength(20);
    expect(doc.dutyRateMatrix.flatMap((row) => row.cells).every((cell) => cell.official <= cell.rates)).toBe(true);
  });
});

describe("clearway assess", () => {
  it("assesses one shipment from flags, with the same engine as a plan row", async () => {
    const { code, stdout } = await runCli(
      "assess",
      "--from",
      "US",
      "--to",
      "DE",
      "--material",
      "imp",
      "--value",
      "10000",
      "--currency",
      "EUR",
      "--json",
    );
    expect(code).toBe(0);
    const { assessment } = JSON.parse(stdout);
    expect(assessment.permits.map((permit: { ruleId: string }) => permit.ruleId)).toEqual([
      "us-export-imp-fda",
      "de-import-imp-einfuhrerlaubnis",
    ]);
    // CIF 10,000 + 5% estimate = 10,500; EU duty 0% on 3004; German import VAT 19% = 1,995.
    expect(assessment.charges).toMatchObject({
      currency: "EUR",
      customsValue: 10500,
      duty: 0,
      importTax: 1995,
      total: 1995,
    });
    expect(assessment.status).toBe("action");
  });

  it("prints a readable summary naming the countries as a sentence would", async () => {
    const { stdout } = await runCli(
      "assess",
      "--from",
      "GB",
      "--to",
      "US",
      "--material",
      "lab-kit",
      "--value",
      "4000",
      "--currency",
      "USD",
    );
    expect(stdout).toMatch(/^Status: action$/m);
    expect(stdout).toContain("Appoint an importer of record in the United States");
    expect(stdout).not.toMatch(/\.; /);
  });

  it("reports a country without rules as not covered instead of guessing", async () => {
    const { code, stdout } = await runCli(
      "assess",
      "--from",
      "US",
      "--to",
      "Nigeria",
      "--material",
      "imp",
      "--value",
      "100",
      "--currency",
      "USD",
      "--json",
    );
    expect(code).toBe(0);
    const { assessment } = JSON.parse(stdout);
    expect(assessment.issues.map((entry: { code: string }) => entry.code)).toContain("country-not-covered");
    expect(assessment.permits.filter((permit: { country: string }) => permit.country === "NG")).toEqual([]);
    expect(assessment.charges.total).toBeNull();
  });

  it("refuses a missing or unreadable flag with exit code 2 and a message naming it", async () => {
    const missing = await runCli("assess", "--from", "US", "--material", "imp", "--value", "1", "--currency", "EUR");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--to");
    const bad = await runCli(
      "assess",
      "--from",
      "US",
      "--to",
      "DE",
      "--material",
      "imp",
      "--value",
      "ten",
      "--currency",
      "EUR",
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--value "ten" is not a non-negative number');
  });
});
