import { readDepotsTable } from "../../src/plan/depotsTable";
import { resolveLocation } from "../../src/plan/locationResolving";

const table = (rows: unknown[][]) => readDepotsTable(rows as never, 'sheet "Clearway Depots"');

describe("the Depots table", () => {
  const read = table([
    ["Depot", "Code", "Country", "City"],
    ["EU Depot Mannheim", "DE01", "Deutschland", "Mannheim"],
    ["EU Depot", "", "NL", "Venlo"],
  ]);
  const depots = read.ok ? read.value : undefined;

  it("resolves a label by its name, its code, or code and name together", () => {
    expect(resolveLocation("EU Depot", depots)).toMatchObject({ ok: true, code: "NL", via: "depot" });
    expect(resolveLocation("de01", depots)).toMatchObject({ ok: true, code: "DE", via: "depot" });
    expect(resolveLocation("DE01 - EU Depot Mannheim", depots)).toMatchObject({ ok: true, code: "DE", via: "depot" });
  });

  it("wins over what a label seems to say", () => {
    const override = table([
      ["Code", "Country"],
      ["US01", "CA"],
    ]);
    expect(resolveLocation("US01 - Depot Durham NC", override.ok ? override.value : undefined)).toMatchObject({
      ok: true,
      code: "CA",
      via: "depot",
    });
  });

  it("is refused whole, naming the cell, when a country cannot be read or a name has two countries", () => {
    const bad = table([
      ["Depot", "Country"],
      ["EU Depot", "Europe"],
      ["Hub", "DE"],
      ["Hub", "FR"],
    ]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((problem) => problem.cell)).toEqual(["B2", "B4"]);
  });

  it("is refused without a Country column", () => {
    expect(
      table([
        ["Depot", "City"],
        ["EU Depot", "Venlo"],
      ]).ok,
    ).toBe(false);
  });
});

describe("origin labels without a Depots table", () => {
  it.each([
    ["DE01 - EU Depot Mannheim", "DE", "prefix"],
    ["US01 - Depot Durham NC", "US", "prefix"],
    ["Acme Unit II, India", "IN", "name"],
    ["Germany", "DE", "country"],
  ])("%j is %s (%s)", (label, code, via) => {
    expect(resolveLocation(label, undefined)).toMatchObject({ ok: true, code, via });
  });

  it.each([["EU Depot"], ["Depot Durham NC"], ["Central depot, Germany / France"]])(
    "%j is refused, naming the Depots table as the fix",
    (label) => {
      const parsed = resolveLocation(label, undefined);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain('"Clearway Depots" sheet (or --depots FILE)');
    },
  );
});
