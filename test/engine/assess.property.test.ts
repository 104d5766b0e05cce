import fc from "fast-check";
import { AssessmentSchema } from "../../src/domain/assessment";
import type { Party } from "../../src/domain/party";
import { MATERIAL_TYPES } from "../../src/domain/materialType";
import { ShipmentSchema, TEMPERATURES, type Shipment } from "../../src/domain/shipment";
import { assess } from "../../src/engine/assess";
import { countryView, sharedUnion } from "../../src/rules/countryView";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { contextWith } from "../support/fixtureRules";

const rules = embeddedRuleSet();
const context = contextWith([], {}, rules);
// Covered countries, union members without a file, sanctioned places and others nobody covers.
const COUNTRIES = [...rules.countries.keys(), "FI", "LU", "IR", "CU", "KP", "RU", "UA", "SY", "NG", "VN", "XK"];
const isoDate = fc
  .date({ min: new Date("2025-01-01"), max: new Date("2028-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const money = fc.double({ min: 0, max: 5_000_000, noNaN: true, noDefaultInfinity: true });

const shipmentArb: fc.Arbitrary<Shipment> = fc
  .record(
    {
      origin: fc.constantFrom(...COUNTRIES),
      destination: fc.constantFrom(...COUNTRIES),
      destinationRegion: fc.constantFrom("UA-43", "UA-14", "UA-09", "UA-65", "UA-23", "UA-40"),
      material: fc.constantFrom(...MATERIAL_TYPES),
      value: money,
      currency: fc.constantFrom("USD", "EUR", "JPY", "GBP", "KWD", "CHF"),
      noCommercialValue: fc.boolean(),
      shipDate: isoDate,
      needByDate: isoDate,
      hsCode: fc.stringMatching(/^\d{4,10}$/),
      temperature: fc.constantFrom(...TEMPERATURES),
      dangerousGoods: fc.subarray(["UN1845", "UN3373", "UN3245", "UN2814", "UN9999"]),
      returnable: fc.boolean(),
      controlledSubstance: fc.boolean(),
      sponsor: fc.constantFrom("Acme Pharma", "Beta Bio"),
      importerOfRecord: fc.string({ minLength: 1, maxLength: 12 }),
      freight: money,
      insurance: money,
    },
    { requiredKeys: ["origin", "destination", "material", "value", "currency"] },
  )
  .map((input) => ShipmentSchema.parse(input));

const RUNS = { numRuns: 3000 };

describe("assess over every schema-valid shipment (property)", () => {
  it("never throws and always returns a schema-valid assessment", () => {
    fc.assert(
      fc.property(shipmentArb, (shipment) => {
        expect(AssessmentSchema.safeParse(assess(shipment, context)).success).toBe(true);
      }),
      RUNS,
    );
  });

  it("gives a status that matches its issues", () => {
    fc.assert(
      fc.property(shipmentArb, (shipment) => {
        const a = assess(shipment, context);
        const severities = new Set(a.issues.map((i) => i.severity));
        if (a.status === "blocked") expect(severities.has("blocking")).toBe(true);
        if (a.status === "action") expect(severities.has("action") && !severities.has("blocking")).toBe(true);
        if (a.status === "ok") expect(severities.has("action") || severities.has("blocking")).toBe(false);
        expect(a.status).not.toBe("error");
      }),
      RUNS,
    );
  });

  it("never gives a negative charge, and the total is duty plus tax", () => {
    fc.assert(
      fc.property(shipmentArb, (shipment) => {
        const { charges } = assess(shipment, context);
        for (const value of [charges.customsValue, charges.duty, charges.importTax, charges.total])
          if (value !== null) expect(value).toBeGreaterThanOrEqual(0);
        if (charges.total !== null)
          expect(Math.abs(charges.total - (charges.duty! + charges.importTax!))).toBeLessThanOrEqual(
            0.011 * (charges.currency === "JPY" ? 100 : 1),
          );
      }),
      RUNS,
    );
  });

  it("charges no import tax where the destination's rules exempt the material", () => {
    // Every (destination, material) pair the rules exempt, shipped from a country outside its customs union.
    const exemptPairs = [...rules.countries.values()].flatMap((country) =>
      (country.importTax?.reliefs ?? [])
        .filter((relief) => relief.ratePercent === 0)
        .flatMap((relief) => (relief.materials ?? []).map((material) => ({ destination: country.code, material }))),
    );
    expect(exemptPairs.length).toBeGreaterThan(0);
    const exemptShipment = fc
      .tuple(fc.constantFrom(...exemptPairs), shipmentArb)
      .map(([pair, base]) => ({ ...base, ...pair }));
    fc.assert(
      fc.property(exemptShipment, (shipment) => {
        fc.pre(
          shipment.origin !== shipment.destination &&
            !sharedUnion(rules, shipment.origin, shipment.destination) &&
            !shipment.returnable,
        );
        const tax = assess(shipment, context).charges.importTax;
        expect(tax === 0 || tax === null).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("cites each rule once, and only rules that exist with a source", () => {
    fc.assert(
      fc.property(shipmentArb, (shipment) => {
        const { ruleRefs } = assess(shipment, context);
        expect(new Set(ruleRefs).size).toBe(ruleRefs.length);
        for (const ref of ruleRefs) expect(rules.facts.get(ref)?.sources.length ?? 0).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it("gives a row the same assessment in a context that has checked thousands of other rows as in a fresh one", () => {
    // `context` has remembered the lanes of every property above; a fresh context remembers nothing.
    fc.assert(
      fc.property(shipmentArb, (shipment) => {
        expect(assess(shipment, context)).toEqual(assess(shipment, contextWith([], {}, rules)));
      }),
      { numRuns: 500 },
    );
  });

  it("with parties on file, gives a row the same result whatever rows were checked before it", () => {
    // Two parties a country: one holding every permit of its country for half of 2027, one holding some of them for longer.
    const parties: Party[] = [...rules.countries.values()].flatMap((country) => {
      const ids = [...country.import, ...country.export].flatMap((rule) => (rule.kind === "permit" ? [rule.id] : []));
      return [
        {
          name: `Depot ${country.code}`,
          country: country.code,
          roles: ["importer-of-record", "exporter-of-record"],
          licences: ids.map((ruleId, i) => ({
            ruleId,
            reference: `${country.code}-${i}`,
            validFrom: "2027-01-01",
            validUntil: "2027-06-30",
          })),
        },
        {
          name: `Broker ${country.code}`,
          country: country.code,
          roles: ["importer-of-record"],
          licences: ids
            .filter((_, i) => i % 2 === 0)
            .map((ruleId, i) => ({ ruleId, reference: `B-${country.code}-${i}`, validUntil: "2027-12-31" })),
        },
      ] satisfies Party[];
    });
    const shared = contextWith(parties, {}, rules);
    // Few lanes and dates on either side of the licences' validity, so rows of one lane meet often in the shared context.
    const row = fc.record({
      origin: fc.constantFrom("US", "DE", "GB", "CH", "JP"),
      destination: fc.constantFrom("US", "DE", "GB", "CH", "JP", "FR"),
      material: fc.constantFrom("imp" as const, "device" as const, "samples" as const),
      shipDate: fc.constantFrom(
        undefined,
        "2026-12-31",
        "2027-01-01",
        "2027-03-15",
        "2027-06-30",
        "2027-07-01",
        "2027-12-31",
        "2028-01-01",
      ),
      controlledSubstance: fc.boolean(),
      importerOfRecord: fc.constantFrom(undefined, "Depot DE", "Broker US", "Someone Else"),
    });
    fc.assert(
      fc.property(row, (fields) => {
        const shipment = ShipmentSchema.parse({ ...fields, value: 1000, currency: "EUR" });
        // A fresh context has no memory of other rows: the shared one must give the same answer.
        expect(assess(shipment, shared)).toEqual(assess(shipment, contextWith(parties, {}, rules)));
      }),
      { numRuns: 2000 },
    );
  });

  it("never lists a permit for a country the rules do not cover", () => {
    fc.assert(
      fc.property(shipmentArb, (shipment) => {
        for (const permit of assess(shipment, context).permits) {
          const view = countryView(rules, permit.country);
          expect(view.covered || view.union !== undefined).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
