import {
  isPlaceholder,
  parseDate,
  parseTemperature,
  parseYesNo,
  saysNoCommercialValue,
} from "../../src/plan/cellParsing";
import { checkPlan } from "../../src/plan/checkPlan";
import { detectHeader } from "../../src/plan/headerDetection";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { contextWith } from "../support/fixtureRules";

describe("temperatures as planners write them", () => {
  it.each([
    ["+2 °C bis +8 °C", "2-8C"],
    ["2-8°C", "2-8C"],
    ["2 à 8 °C", "2-8C"],
    ["entre 2 y 8 °C", "2-8C"],
    ["+15 °C to +25 °C", "ambient"],
    ["Raumtemperatur", "ambient"],
    ["température ambiante", "ambient"],
    ["frozen (-20 °C)", "-20C"],
    ["-25 °C to -15 °C", "-20C"],
    ["≤ -60 °C", "-80C"],
    ["Trockeneis (≤ -60 °C)", "dry-ice"],
    ["glace carbonique", "dry-ice"],
    ["LN2 dry shipper (-150 °C)", "ln2"],
  ])("reads %j as %s", (text, expected) => {
    expect(parseTemperature(text)).toEqual({ ok: true, value: expected });
  });

  it.each([["+2 °C bis +25 °C"], ["warm"], ["4 °C, 8 °C and 25 °C"]])(
    "refuses %j rather than guess a range",
    (text) => {
      expect(parseTemperature(text).ok).toBe(false);
    },
  );
});

describe("dates as planners write them", () => {
  it.each([
    ["22-Jan-2027", "2027-01-22"],
    ["05/Jan/2027", "2027-01-05"],
    ["2-Mar-27", "2027-03-02"],
    ["11/13/26", "2026-11-13"],
    ["13/11/26", "2026-11-13"],
    ["15.01.2027", "2027-01-15"],
  ])("reads %j as %s", (text, expected) => {
    expect(parseDate(text)).toEqual({ ok: true, value: expected });
  });

  it("still refuses a slashed date that reads both ways", () => {
    expect(parseDate("03/04/27")).toMatchObject({ ok: false, message: expect.stringContaining("ambiguous") });
  });

  it("reports a column that mixes day-first and month-first dates instead of guessing, naming a cell of each", () => {
    const grid = [
      ["From", "To", "Material", "Ship date"],
      ["US", "DE", "IMP", "13/11/27"],
      ["US", "DE", "IMP", "11/14/27"],
      ["US", "DE", "IMP", "2-Mar-27"],
    ];
    const result = checkPlan(grid, contextWith([], {}, embeddedRuleSet()));
    expect(result.rows.map((row) => row.status)).toEqual(["error", "error", expect.not.stringMatching(/^error$/)]);
    expect(result.rows[0]!.errors?.[0]?.message).toContain(
      'mixes day-first (D2 "13/11/27") and month-first (D3 "11/14/27") dates',
    );
    expect(result.rows[2]!.shipment?.shipDate).toBe("2027-03-02");
  });
});

describe("'no commercial value' and placeholders as written", () => {
  it.each([
    ["ohne Handelswert"],
    ["Sans valeur commerciale"],
    ["no commercial value – for clinical trial use"],
    ["NCV"],
    ["sin valor comercial"],
  ])("%j says no commercial value", (text) => {
    expect(saysNoCommercialValue(text)).toBe(true);
    expect(parseYesNo(text)).toEqual({ ok: true, value: true });
  });

  it("does not take a word containing NCV or a plain reason for it", () => {
    expect(saysNoCommercialValue("Sale to distributor")).toBe(false);
    expect(saysNoCommercialValue("INCV-22")).toBe(false);
  });

  it.each([["N/A"], ["Date Not Captured"], ["TBD"], ["See ASN-93"], ["Freight Included in Commodity Cost"], ["k. A."]])(
    "%j is a placeholder",
    (text) => {
      expect(isPlaceholder(text)).toBe(true);
    },
  );

  it.each([["UN1845"], ["2027-01-05"], ["none"], ["Nantes"]])("%j is not a placeholder", (text) => {
    expect(isPlaceholder(text)).toBe(false);
  });

  it("treats a placeholder in a needed column as an error, not as empty", () => {
    const result = checkPlan(
      [
        ["From", "To", "Material"],
        ["US", "TBD", "IMP"],
      ],
      contextWith([], {}, embeddedRuleSet()),
    );
    expect(result.rows[0]!.status).toBe("error");
    expect(result.rows[0]!.errors?.[0]?.cell).toBe("B2");
  });
});

describe("header words planners use", () => {
  it.each([
    ["Ursprungsland", "origin"],
    ["Country of origin", "origin"],
    ["Planned dispatch", "shipDate"],
    ["Required at site", "needByDate"],
    ["Req. date", "needByDate"],
    ["Sendungs-Nr.", "shipmentId"],
    ["Zolltarifnummer", "hsCode"],
    ["Freight Cost (USD)", "freight"],
    ["Versandgrund", "remarks"],
  ])("maps %j to %s", (header, field) => {
    const detection = detectHeader([[header, "Material"]]);
    expect(Object.entries(detection.columns).find(([, column]) => column === 0)?.[0]).toBe(field);
  });

  it("asks, rather than guesses, when two columns could be the origin", () => {
    const detection = detectHeader([["Country of origin", "Ursprungsland", "Destination", "Material"]]);
    expect(detection.columns.origin).toBeUndefined();
    expect(detection.duplicates).toEqual([{ field: "origin", addresses: ["A1", "B1"] }]);
  });

  it("takes a column that only may be the origin as assumed, and says so", () => {
    const detection = detectHeader([["Manufacturing Site", "Ship To Country", "Material"]]);
    expect(detection.columns.origin).toBe(0);
    expect(detection.assumed).toEqual([{ field: "origin", address: "A1", text: "Manufacturing Site" }]);
  });

  it("prefers the column that names a country, and reads the other as the site", () => {
    const detection = detectHeader([["Ship From", "Destination", "Destination Country", "Material"]]);
    expect(detection.columns).toMatchObject({ destination: 2, site: 1 });
  });

  it("lets the user's mapping by header text win, and names a header that is not there", () => {
    const detection = detectHeader([["From", "To", "Material", "Ship date", "Planned dispatch"]], {
      shipDate: "Planned dispatch",
    });
    expect(detection.columns.shipDate).toBe(4);
    expect(detection.duplicates).toEqual([]);
    expect(detectHeader([["From", "To", "Material"]], { shipDate: "Planned dispatch" }).mappingProblems).toEqual([
      'Ship date="Planned dispatch": no column of the header row (row 1) is headed "Planned dispatch"',
    ]);
  });
});
