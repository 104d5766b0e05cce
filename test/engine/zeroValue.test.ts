import { assess } from "../../src/engine/assess";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { contextWith, shipment } from "../support/fixtureRules";

const context = contextWith([], {}, embeddedRuleSet());

describe("a value of 0 is not a customs value: the row asks for one and no charges are worked out from it", () => {
  it.each([
    // GBP 0 is under the UK's GBP 135 duty de minimis: it must not read as "no duty".
    [
      "a commercial IMP into the UK",
      { origin: "US", destination: "GB", currency: "GBP" },
      false,
      "not marked no commercial value",
    ],
    [
      "a commercial device into Japan",
      { origin: "US", destination: "JP", currency: "JPY", material: "device" as const },
      false,
      "not marked no commercial value",
    ],
    [
      "a no-commercial-value IMP into the UK",
      { origin: "US", destination: "GB", currency: "GBP" },
      true,
      "No-commercial-value goods still need a customs value",
    ],
  ])("%s", (_label, row, noCommercialValue, wording) => {
    const a = assess(shipment({ ...row, value: 0, noCommercialValue }), context);
    const needed = a.issues.find((entry) => entry.code === "customs-value-required");
    expect(needed?.severity).toBe("action");
    expect(needed?.message).toContain(wording);
    expect(a.status).not.toBe("ok");
    expect(a.issues.map((entry) => entry.code)).not.toContain("de-minimis");
    expect(a.charges).toEqual(
      expect.objectContaining({
        customsValue: null,
        duty: null,
        importTax: null,
        total: null,
        basis: "not estimated: no customs value (the value is 0)",
      }),
    );
  });

  it("a value of 1 is a value: charges are estimated and no value is asked for", () => {
    const a = assess(shipment({ origin: "US", destination: "GB", currency: "GBP", value: 1 }), context);
    expect(a.issues.map((entry) => entry.code)).not.toContain("customs-value-required");
    expect(a.charges.total).not.toBeNull();
  });
});
