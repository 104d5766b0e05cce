import { checkPlan, type PlanCheck } from "../../src/plan/checkPlan";
import { readDepotsTable } from "../../src/plan/depotsTable";
import type { PlanField } from "../../src/plan/planFields";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { contextWith } from "../support/fixtureRules";
import { LAYOUTS, type Layout } from "./plannersLayouts.fixtures";

function check(layout: Layout): PlanCheck {
  const context = contextWith([], { planDefaults: layout.defaults ?? {} }, embeddedRuleSet());
  const depots = layout.depots ? readDepotsTable(layout.depots, 'sheet "Clearway Depots"') : undefined;
  if (depots && !depots.ok) throw new Error(JSON.stringify(depots.problems));
  return checkPlan(layout.grid, context, {
    ...(layout.decimalMark ? { decimalMark: layout.decimalMark } : {}),
    ...(depots?.ok ? { depots: depots.value } : {}),
  });
}

/** The header text each field was read from. */
function mapped(layout: Layout, result: PlanCheck): Partial<Record<PlanField, string>> {
  const header = layout.grid[result.detection.headerRow] ?? [];
  return Object.fromEntries(
    Object.entries(result.detection.columns).map(([field, column]) => [field, String(header[column])]),
  );
}

const layout = (name: string) => LAYOUTS.find((entry) => entry.name === name)!;

interface Expected {
  name: string;
  mapped: Partial<Record<PlanField, string>>;
  /** Per row: status, then "field<source" for each value the plan did not say outright. */
  rows: Array<[number, string, string[]]>;
  chargesSkipped: boolean;
}

const EXPECTED: Expected[] = [
  {
    name: "an RTSM shipment export",
    mapped: {
      shipmentId: "Shipment Request ID",
      origin: "Ship From",
      destination: "Destination Country",
      site: "Site Number",
      drugCode: "Drug Code",
      description: "Drug Description",
      shipDate: "Planned Dispatch",
      needByDate: "Required at Site",
      temperature: "Temperature Condition",
      quantity: "Quantity",
    },
    rows: [
      [2, "action", ["origin<label", "material<inferred"]],
      [3, "action", ["origin<label", "material<inferred"]],
      [4, "action", ["origin<label", "material<inferred"]],
      [5, "error", ["material<inferred", "needByDate<placeholder"]],
    ],
    chargesSkipped: true,
  },
  {
    name: "an RTSM export with a Depots sheet",
    mapped: { origin: "Ship From", destination: "Destination Country", drugCode: "Drug Code" },
    rows: [
      [2, "action", ["origin<depots", "material<inferred"]],
      [3, "action", ["origin<depots", "material<inferred"]],
      [4, "action", ["origin<depots", "material<inferred"]],
      [5, "ok", ["origin<depots", "material<inferred", "needByDate<placeholder"]],
    ],
    chargesSkipped: true,
  },
  {
    name: "a German pro-forma (semicolons, decimal commas)",
    mapped: {
      shipmentId: "Sendungs-Nr.",
      origin: "Ursprungsland",
      destination: "Bestimmungsland",
      site: "Empfänger",
      description: "Warenbeschreibung",
      hsCode: "Zolltarifnummer",
      quantity: "Menge",
      unitPrice: "Einzelpreis (EUR)",
      value: "Gesamtwert (EUR)",
      shipDate: "Versanddatum",
      temperature: "Temperatur",
      remarks: "Versandgrund",
    },
    rows: [
      [4, "action", ["material<inferred", "noCommercialValue<derived"]],
      [5, "action", ["material<inferred"]],
      [6, "action", ["material<inferred", "noCommercialValue<derived"]],
    ],
    chargesSkipped: false,
  },
  {
    name: "a French pro-forma",
    mapped: {
      shipmentId: "N° d'expédition",
      origin: "Pays d'origine",
      destination: "Pays de destination",
      site: "Destinataire",
      description: "Désignation des marchandises",
      hsCode: "Code SH",
      unitPrice: "Prix unitaire",
      value: "Montant total",
      currency: "Devise",
      shipDate: "Date d'expédition",
      temperature: "Conditions de stockage",
      remarks: "Motif",
    },
    rows: [
      [2, "ok", ["material<inferred", "noCommercialValue<derived"]],
      [3, "ok", ["material<inferred", "remarks<placeholder"]],
      [4, "error", []],
    ],
    chargesSkipped: false,
  },
  {
    name: "a line-item delivery report",
    mapped: {
      shipmentId: "Delivery ID",
      origin: "Manufacturing Site",
      destination: "Ship To Country",
      description: "Commodity Description",
      hsCode: "HS Code",
      quantity: "Qty Shipped",
      value: "Commodity Cost",
      freight: "Freight Cost (USD)",
      shipDate: "Ship Date",
    },
    rows: [
      [2, "action", ["origin<label", "material<inferred", "freight<placeholder", "currency<inferred"]],
      [3, "action", ["origin<label", "material<inferred", "freight<placeholder", "currency<inferred"]],
      [4, "action", ["origin<label", "material<inferred", "currency<inferred"]],
      [5, "action", ["origin<label", "material<inferred", "currency<inferred", "shipDate<placeholder"]],
    ],
    chargesSkipped: false,
  },
  {
    name: "a site list without any value column, with plan defaults",
    mapped: {
      shipmentId: "Shipment",
      site: "Site",
      destination: "Country",
      shipDate: "Ship date",
      needByDate: "Need by",
      temperature: "Temperature",
    },
    rows: [
      [2, "action", ["origin<defaults", "material<defaults"]],
      [3, "ok", ["origin<defaults", "material<defaults"]],
    ],
    chargesSkipped: true,
  },
];

describe("plans as planners already keep them are read, with every default and inference marked", () => {
  it.each(EXPECTED.map((expected) => [expected.name, expected] as const))(
    "%s: fields mapped, values defaulted or inferred, and each row's status",
    (_name, expected) => {
      const result = check(layout(expected.name));
      expect(mapped(layout(expected.name), result)).toMatchObject(expected.mapped);
      expect(
        result.rows.map((row) => [row.row, row.status, row.assumed.map((entry) => `${entry.field}<${entry.from}`)]),
      ).toEqual(expected.rows);
      expect(result.summary.skippedChecks.some((entry) => entry.check === "duty and import tax")).toBe(
        expected.chargesSkipped,
      );
      for (const row of result.rows) {
        if (expected.chargesSkipped && row.assessment) expect(row.assessment.charges.total).toBeNull();
        // Every assumption is also an info note on an assessed row, so the sheet says it too.
        if (row.assessment)
          for (const entry of row.assumed)
            expect(
              row.assessment.issues.some((issue) => issue.severity === "info" && issue.message === entry.message),
            ).toBe(true);
      }
    },
  );

  it("reads an RTSM origin label by its ISO prefix and says so; an unresolvable one names the Depots table as the fix", () => {
    const result = check(layout("an RTSM shipment export"));
    expect(result.rows[2]!.shipment?.origin).toBe("US");
    expect(result.rows[2]!.assumed[0]!.message).toContain(
      '"US01 - Depot Durham NC" is assumed to be in the United States (US), from the ISO prefix "US"',
    );
    expect(result.rows[3]!.errors?.[0]?.message).toBe(
      'Origin (B5) "EU Depot" is not a country and names none: add it to a "Clearway Depots" sheet (or --depots FILE) with the country it ships from, as Depot | Country.',
    );
  });

  it("resolves an origin label through the Depots table, which wins over what the label seems to say", () => {
    const result = check(layout("an RTSM export with a Depots sheet"));
    expect(result.rows.map((row) => row.shipment?.origin)).toEqual(["DE", "DE", "US", "NL"]);
    expect(result.rows[3]!.assumed[0]!.message).toContain(
      '"EU Depot" is the depot EU Depot in the Netherlands (NL), from sheet "Clearway Depots"',
    );
  });

  it("assesses rows sharing a shipment number as one shipment, values summed, and says which rows form it on each", () => {
    const result = check(layout("a line-item delivery report"));
    const [first, second] = result.rows;
    expect(first!.shipmentRows).toEqual([2, 3]);
    expect(second!.shipmentRows).toEqual([2, 3]);
    expect(first!.shipment?.value).toBe(6000);
    expect(first!.shipment?.quantity).toBe(750);
    expect(first!.assessment?.charges.total).toBe(second!.assessment?.charges.total);
    expect(first!.assessment?.issues.map((issue) => issue.message)).toContain(
      "Rows 2 and 3 form shipment ASN-93 and are assessed as one shipment (values and quantities summed).",
    );
    // The summary counts the shipment, and its charges, once.
    expect(result.summary.destinations.find((entry) => entry.country === "US")!.shipments).toBe(3);
    const usd = result.summary.destinations.find((entry) => entry.country === "US")!.charges.USD ?? 0;
    const once = result.rows
      .filter((row) => !row.shipmentRows || row.shipmentRows[0] === row.row)
      .reduce((sum, row) => sum + (row.assessment?.charges.total ?? 0), 0);
    expect(usd).toBeCloseTo(once, 2);
  });

  it("reads pro-forma temperatures, decimal commas, day-first dots and 'no commercial value' as written", () => {
    const german = check(layout("a German pro-forma (semicolons, decimal commas)"));
    expect(
      german.rows.map((row) => [
        row.shipment?.temperature,
        row.shipment?.value,
        row.shipment?.noCommercialValue,
        row.shipment?.shipDate,
      ]),
    ).toEqual([
      ["2-8C", 1500, true, "2027-01-15"],
      ["ambient", 320, false, "2027-01-15"],
      ["dry-ice", 60, true, "2027-01-20"],
    ]);
    expect(german.rows.map((row) => row.shipment?.material)).toEqual(["imp", "lab-kit", "samples"]);
    const french = check(layout("a French pro-forma"));
    expect(french.rows[0]!.shipment).toMatchObject({
      value: 1250,
      currency: "EUR",
      temperature: "2-8C",
      shipDate: "2027-01-05",
      noCommercialValue: true,
      hsCode: "30049000",
    });
    expect(french.rows[2]!.errors?.[0]?.message).toContain("neither HS code nor Description says what moves");
  });

  it("without a value column, still finds permits and parties but no charges, and names the charges as skipped", () => {
    const result = check(layout("a site list without any value column, with plan defaults"));
    expect(result.rows[0]!.assessment?.permits.length).toBeGreaterThan(0);
    expect(result.rows[0]!.assessment?.charges).toMatchObject({ duty: null, importTax: null, total: null });
    expect(result.rows[0]!.assessment?.issues.map((issue) => issue.code)).not.toContain("freight-estimated");
    expect(result.rows[0]!.assumed.map((entry) => entry.message)).toEqual([
      'Origin "DE" is from the plan\'s defaults (the plan has no Origin column).',
      'Material type "imp" is from the plan\'s defaults (the plan has no Material type column).',
    ]);
  });

  it("takes a default currency for a value column without one, and says so", () => {
    const grid = [
      ["From", "To", "Material", "Value"],
      ["US", "DE", "IMP", 1000],
    ];
    const result = checkPlan(grid, contextWith([], { planDefaults: { currency: "EUR" } }, embeddedRuleSet()));
    expect(result.rows[0]!.shipment?.currency).toBe("EUR");
    expect(result.rows[0]!.assumed.map((entry) => entry.message)).toEqual([
      'Currency "EUR" is from the plan\'s defaults (the plan has no Currency column).',
    ]);
    // Without the default, the row names the fix.
    const without = checkPlan(grid, contextWith([], {}, embeddedRuleSet()));
    expect(without.rows[0]!.errors?.[0]?.message).toContain("or give a plan default currency=EUR");
  });
});
