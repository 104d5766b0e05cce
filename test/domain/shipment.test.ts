import { ShipmentSchema } from "../../src/domain/shipment";

const minimal = { origin: "US", destination: "DE", material: "imp", value: 10000, currency: "USD" };

describe("Shipment schema", () => {
  it("accepts a minimal shipment and fills defaults for the flags", () => {
    const shipment = ShipmentSchema.parse(minimal);
    expect(shipment).toMatchObject({
      returnable: false,
      controlledSubstance: false,
      noCommercialValue: false,
      dangerousGoods: [],
    });
  });

  it.each([
    ["a lower-case country code", { origin: "us" }, "origin"],
    ["an alpha-3 country code (the plan layer converts those)", { destination: "DEU" }, "destination"],
    ["an unknown material type", { material: "reagent" }, "material"],
    ["a negative value", { value: -1 }, "value"],
    ["a currency that is not ISO 4217 shaped", { currency: "euro" }, "currency"],
    ["a ship date that is not a calendar date", { shipDate: "2026-02-30" }, "shipDate"],
    ["a UN number without its prefix", { dangerousGoods: ["1845"] }, "dangerousGoods"],
    ["an HS code with letters", { hsCode: "30x4" }, "hsCode"],
    ["an unknown field", { colour: "blue" }, ""],
  ])("refuses %s, naming the field", (_label, patch, field) => {
    const result = ShipmentSchema.safeParse({ ...minimal, ...patch });
    expect(result.success).toBe(false);
    if (!result.success && field) expect(result.error.issues[0]?.path[0]).toBe(field);
  });
});
