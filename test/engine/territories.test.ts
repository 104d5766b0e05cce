import { assess } from "../../src/engine/assess";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { TERRITORIES } from "../../src/rules/territories";
import { contextWith, shipment } from "../support/fixtureRules";

const context = contextWith([], {}, embeddedRuleSet());

describe("a territory with its own customs or VAT status is reported as not covered, never checked as its state", () => {
  const ownCode = TERRITORIES.filter((territory) => territory.treatment === "not-covered");

  it("lists the territories the issue tracker named", () => {
    expect(ownCode.map((territory) => territory.code).sort()).toEqual(
      expect.arrayContaining([
        "XI",
        "IC",
        "EA",
        "JE",
        "GG",
        "IM",
        "GI",
        "HK",
        "MO",
        "GL",
        "FO",
        "AX",
        "GP",
        "MQ",
        "RE",
        "GF",
        "YT",
      ]),
    );
  });

  it.each(ownCode.map((territory) => [territory.code, territory.parent, territory.status] as const))(
    "%s as destination: action, its status named, the rules of %s not applied",
    (code, parent, status) => {
      // Shipped from the state it belongs to, where a silent fold would show a domestic or customs-union movement.
      const origin =
        parent === "GB" || parent === "ES" || parent === "FR" || parent === "DK" || parent === "FI" || parent === "CN"
          ? parent
          : "US";
      const a = assess(shipment({ origin, destination: code, currency: "EUR" }), context);
      expect(a.status).toBe("action");
      const notCovered = a.issues.find((entry) => entry.code === "country-not-covered");
      expect(notCovered?.message).toContain(`(${code}; own customs/VAT status: ${status}`);
      expect(notCovered?.message).toMatch(/rules are not applied in their place/);
      expect(a.issues.map((entry) => entry.code)).not.toContain("domestic-shipment");
      expect(a.issues.map((entry) => entry.code)).not.toContain("customs-union-movement");
      expect(a.charges.total).toBeNull();
    },
  );

  it("reports the territory as origin too", () => {
    const a = assess(shipment({ origin: "IC", destination: "DE", currency: "EUR" }), context);
    expect(a.issues.find((entry) => entry.code === "country-not-covered")?.message).toContain(
      "the Canary Islands (IC; own customs/VAT status: in the EU customs territory but outside the EU VAT area",
    );
  });
});

describe("Puerto Rico is checked under the United States' rules, with a note on what that leaves out", () => {
  it("goods from Germany to Puerto Rico get the US import permits and charges, and an action note citing the customs territory", () => {
    const intoUs = assess(shipment({ origin: "DE", destination: "US", currency: "USD" }), context);
    const intoPuertoRico = assess(
      shipment({ origin: "DE", destination: "US", destinationRegion: "US-PR", currency: "USD" }),
      context,
    );
    expect(intoPuertoRico.permits).toEqual(intoUs.permits);
    expect(intoPuertoRico.charges).toEqual(intoUs.charges);
    const note = intoPuertoRico.issues.find((entry) => entry.code === "territory-under-parent-rules");
    expect(note?.severity).toBe("action");
    expect(note?.message).toContain("Puerto Rico (destination) is checked under the United States' rules");
    expect(note?.message).toContain("customs territory of the United States");
    expect(intoPuertoRico.status).toBe("action");
    expect(intoUs.issues.map((entry) => entry.code)).not.toContain("territory-under-parent-rules");
  });

  it("a shipment from the US mainland to Puerto Rico is domestic for customs, with the note", () => {
    const a = assess(
      shipment({ origin: "US", destination: "US", destinationRegion: "US-PR", currency: "USD" }),
      context,
    );
    expect(a.issues.map((entry) => entry.code)).toEqual(
      expect.arrayContaining(["domestic-shipment", "territory-under-parent-rules"]),
    );
    expect(a.status).toBe("action");
  });
});
