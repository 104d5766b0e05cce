import type { Assessment } from "../../src/domain/assessment";
import type { Party } from "../../src/domain/party";
import { assess } from "../../src/engine/assess";
import { contextWith, shipment } from "../support/fixtureRules";

const codes = (a: Assessment) => a.issues.map((i) => i.code);
const permitIds = (a: Assessment) => a.permits.map((p) => p.ruleId);

describe("assess: charges on the destination's valuation basis", () => {
  it("adds the 5% freight-and-insurance estimate on a CIF country and charges no tax on an exempt IMP", () => {
    const a = assess(shipment({}), contextWith());
    expect(a.charges).toEqual(
      expect.objectContaining({ currency: "USD", customsValue: 1050, duty: 0, importTax: 0, total: 0 }),
    );
    expect(codes(a)).toEqual(expect.arrayContaining(["freight-estimated", "hs-heading-assumed", "import-tax-relief"]));
  });

  it("uses the most specific duty heading: 2.5% on 9018.90 rather than 8% on 9018", () => {
    const a = assess(shipment({ material: "device", hsCode: "90189050" }), contextWith());
    // 1000 + 5% = 1050; duty 2.5% = 26.25; GST 20% of 1076.25 = 215.25.
    expect(a.charges).toEqual(
      expect.objectContaining({ customsValue: 1050, duty: 26.25, importTax: 215.25, total: 241.5 }),
    );
  });

  it("falls back to the 4-digit heading rate when no subheading matches", () => {
    const a = assess(shipment({ material: "device", hsCode: "901811" }), contextWith());
    expect(a.charges).toEqual(expect.objectContaining({ duty: 84, importTax: 226.8, total: 310.8 }));
  });

  it("names a tax relief that only matches the heading but keeps the standard rate", () => {
    const a = assess(shipment({ material: "device", hsCode: "901811" }), contextWith());
    const relief = a.issues.find((i) => i.code === "import-tax-relief");
    expect(relief?.message).toContain("may be 5%");
    expect(relief?.message).toContain("registered medical devices only");
  });

  it("takes freight and insurance from the row when given", () => {
    const a = assess(shipment({ material: "equipment", freight: 100, insurance: 10 }), contextWith());
    // CIF 1110; duty 3% = 33.3; GST 20% of 1143.3 = 228.66.
    expect(a.charges).toEqual(
      expect.objectContaining({ customsValue: 1110, duty: 33.3, importTax: 228.66, total: 261.96 }),
    );
    expect(codes(a)).not.toContain("freight-estimated");
  });

  it("leaves freight out on an FOB country", () => {
    const a = assess(shipment({ origin: "XB", destination: "XA", freight: 100 }), contextWith());
    expect(a.charges).toEqual(expect.objectContaining({ customsValue: 1000, duty: 0, importTax: 100, total: 100 }));
  });

  it("rounds once, to the currency's minor unit (no decimals for JPY)", () => {
    const a = assess(shipment({ origin: "XB", destination: "XA", value: 12345, currency: "JPY" }), contextWith());
    expect(a.charges.importTax).toBe(1235);
  });

  it.each([
    // CIF 18.90; duty 6.5% = 1.2285 -> 1.23; GST 20% of 20.1285 = 4.0257 -> 4.03; 1.23 + 4.03 = 5.26 (the unrounded 5.2542 would round to 5.25).
    [18, 1.23, 4.03, 5.26],
    // CIF 3.15; duty 6.5% = 0.20475 -> 0.20; GST 20% of 3.35475 = 0.67095 -> 0.67; 0.20 + 0.67 = 0.87 (the unrounded 0.8757 would round to 0.88).
    [3, 0.2, 0.67, 0.87],
  ])(
    "totals the duty and import tax as rounded and shown, so the columns add up (EUR %d of lab kits)",
    (value, duty, importTax, total) => {
      const a = assess(shipment({ material: "lab-kit", value, currency: "EUR" }), contextWith());
      expect(a.charges).toEqual(expect.objectContaining({ duty, importTax, total }));
      expect(codes(a)).toContain("currency-not-converted");
    },
  );

  it("charges nothing under the de minimis when the row is in the threshold's currency", () => {
    const a = assess(shipment({ material: "lab-kit", value: 80 }), contextWith());
    expect(a.charges).toEqual(expect.objectContaining({ customsValue: 84, duty: 0, importTax: 0, total: 0 }));
    expect(codes(a)).toContain("de-minimis");
  });

  it("names an extra tariff that may apply without adding it", () => {
    const a = assess(shipment({}), contextWith());
    const extra = a.issues.find((i) => i.code === "extra-tariff-possible");
    expect(extra?.severity).toBe("action");
    expect(a.charges.duty).toBe(0);
  });

  it("asks for an HS code when the material has no usual heading", () => {
    const a = assess(shipment({ material: "ancillary" }), contextWith());
    expect(codes(a)).toContain("hs-heading-unknown");
    expect(a.charges.duty).toBeNull();
    expect(a.charges.total).toBeNull();
  });

  it("asks for a customs value on a no-commercial-value shipment with value 0", () => {
    const a = assess(shipment({ value: 0, noCommercialValue: true }), contextWith());
    expect(a.issues.find((i) => i.code === "customs-value-required")?.severity).toBe("action");
  });
});

describe("assess: permits", () => {
  it("lists the import licence and leaves conditional and controlled-only permits out of an ordinary IMP shipment", () => {
    const a = assess(shipment({}), contextWith());
    expect(permitIds(a)).toEqual(["xb-import-imp"]);
    expect(codes(a)).toContain("permit-conditional");
    expect(a.status).toBe("action");
  });

  it("adds the narcotics permits on both sides for a controlled substance", () => {
    const a = assess(shipment({ controlledSubstance: true, shipDate: "2027-06-01" }), contextWith());
    expect(permitIds(a).sort()).toEqual(["intl-controlled-export", "xb-import-imp", "xb-import-narcotics"]);
    expect(a.leadTimeDays).toBe(45);
  });

  it("lists the origin's export licence for samples leaving for a union member", () => {
    const a = assess(shipment({ material: "samples", destination: "XD" }), contextWith());
    expect(codes(a)).not.toContain("rules-not-covered");
    expect(permitIds(a)).toEqual(["xa-export-samples"]);
  });

  it("says when the rules do not cover a material on one side, instead of assuming no permit", () => {
    const a = assess(shipment({ material: "ancillary" }), contextWith());
    const gap = a.issues.find((i) => i.code === "rules-not-covered");
    expect(gap?.severity).toBe("action");
    expect(gap?.message).toContain("importing ancillary supplies into Importland");
  });

  it("lists a customs formality every import needs, but still says the goods' own needs are not covered", async () => {
    const fixture = await import("../support/fixtureRules");
    const source = [
      {
        title: "Fixture source",
        url: "https://example.org/rules",
        kind: "official" as const,
        date: null,
        reviewed: "2026-01-01",
      },
    ];
    const registration = {
      kind: "permit" as const,
      id: "xb-import-registration",
      materials: ["ancillary" as const],
      name: "Importer registration",
      authority: "XB Customs",
      scope: "per-importer" as const,
      holder: "importer" as const,
      customsFormality: true,
      sources: source,
    };
    const importland = { ...fixture.importland, import: [...(fixture.importland.import ?? []), registration] };
    const rules = fixture.fixtureRuleSet({ importland });
    const a = assess(shipment({ material: "ancillary" }), contextWith([], {}, rules));
    expect(permitIds(a)).toContain("xb-import-registration");
    expect(a.issues.find((i) => i.code === "rules-not-covered")?.message).toContain(
      "importing ancillary supplies into Importland",
    );
  });

  it("marks a held, valid licence and does not ask for it again", () => {
    const party: Party = {
      name: "XB Depot Ltd",
      country: "XB",
      roles: ["importer-of-record"],
      licences: [{ ruleId: "xb-import-imp", reference: "XB-IMP-42", validUntil: "2027-12-31" }],
    };
    const a = assess(shipment({ shipDate: "2027-01-10" }), contextWith([party]));
    expect(a.permits[0]?.heldReference).toBe("XB-IMP-42");
    expect(codes(a)).toContain("permit-held");
    expect(codes(a)).not.toContain("permit-required");
    expect(a.importerOfRecord.party).toBe("XB Depot Ltd");
    expect(a.leadTimeDays).toBeNull();
  });

  it("flags a held licence that expires before the ship date", () => {
    const party: Party = {
      name: "XB Depot Ltd",
      country: "XB",
      roles: ["importer-of-record"],
      licences: [{ ruleId: "xb-import-imp", reference: "XB-IMP-42", validUntil: "2026-12-31" }],
    };
    const a = assess(shipment({ shipDate: "2027-01-10" }), contextWith([party]));
    expect(a.permits[0]?.heldReference).toBeNull();
    expect(a.issues.find((i) => i.code === "permit-expires")?.message).toContain("valid until 2026-12-31");
  });
});

describe("assess: importer and exporter of record", () => {
  it("asks for a local importer when a foreign sponsor may not act", () => {
    const a = assess(shipment({ sponsor: "Acme Pharma" }), contextWith());
    expect(a.importerOfRecord.party).toBeNull();
    const needed = a.issues.find((i) => i.code === "importer-of-record-needed");
    expect(needed?.message).toContain("A local company holding the IMP import licence");
    expect(needed?.message).toContain("Acme Pharma can act only through a legal entity in Importland");
    expect(a.importerOfRecord.requirements).toContain("holds IMP import licence");
  });

  it("lets the sponsor act where the rules allow a foreign sponsor", () => {
    const a = assess(shipment({ material: "device", sponsor: "Acme Pharma" }), contextWith());
    expect(a.importerOfRecord.party).toBe("Acme Pharma");
  });

  it("keeps the importer named in the row but says when it is not eligible", () => {
    const party: Party = { name: "Overseas IOR Inc", country: "XA", roles: ["importer-of-record"], licences: [] };
    const a = assess(shipment({ importerOfRecord: "overseas ior inc" }), contextWith([party]));
    expect(a.importerOfRecord.party).toBe("Overseas IOR Inc");
    expect(codes(a)).toContain("importer-of-record-not-eligible");
  });
});

describe("assess: customs unions", () => {
  it("treats a movement between two members as no import: nothing to pay, no permits", () => {
    const a = assess(shipment({ origin: "XC", destination: "XD" }), contextWith());
    expect(a.status).toBe("ok");
    expect(a.permits).toEqual([]);
    expect(a.charges).toEqual(expect.objectContaining({ duty: 0, importTax: 0, total: 0 }));
    expect(codes(a)).toEqual(["customs-union-movement"]);
  });

  it("lists the national form of a union permit once, in place of the union's", () => {
    const a = assess(shipment({ destination: "XC" }), contextWith());
    expect(permitIds(a)).toEqual(["xc-import-imp-national"]);
    expect(a.importerOfRecord.requirements).toContain("holds National import authorisation");
    // Union CIF basis and 0% duty; national VAT 19% on 1050.
    expect(a.charges).toEqual(expect.objectContaining({ customsValue: 1050, duty: 0, importTax: 199.5 }));
  });

  it("applies the union's rules to a member with no file of its own, and says its tax is not covered", () => {
    const a = assess(shipment({ destination: "XD" }), contextWith());
    expect(permitIds(a)).toEqual(["xu-import-imp-mia"]);
    expect(codes(a)).toContain("import-tax-not-covered");
    expect(a.charges.importTax).toBeNull();
  });
});

describe("assess: countries the rules do not cover", () => {
  it("never invents a permit: the row says the country is not covered", () => {
    const a = assess(shipment({ destination: "NG" }), contextWith());
    expect(a.status).toBe("action");
    expect(a.permits.filter((p) => p.country === "NG")).toEqual([]);
    expect(a.issues.find((i) => i.code === "country-not-covered")?.message).toContain("Nigeria");
    expect(a.charges.total).toBeNull();
  });
});

describe("assess: sanctions", () => {
  it("blocks a lane under an embargo of the origin's jurisdiction", () => {
    const a = assess(shipment({ destination: "XF" }), contextWith());
    expect(a.status).toBe("blocked");
    expect(a.issues.find((i) => i.code === "sanctions-blocked")?.message).toContain("an XA embargo licence");
  });

  it("lists the general licence's conditions for a covered material", () => {
    const a = assess(shipment({ destination: "XG" }), contextWith());
    const licence = a.issues.find((i) => i.code === "sanctions-general-licence");
    expect(licence?.message).toContain("General Licence 1");
    expect(licence?.message).toContain("no military end users");
    expect(codes(a)).not.toContain("sanctions-blocked");
  });

  it("blocks a material the general licence does not cover", () => {
    expect(assess(shipment({ destination: "XG", material: "samples" }), contextWith()).status).toBe("blocked");
  });

  it("asks to confirm the region when a regime covers part of a country and the row names none", () => {
    const a = assess(shipment({ origin: "XC", destination: "XH" }), contextWith());
    expect(codes(a)).toContain("sanctions-region-check");
    expect(a.status).not.toBe("blocked");
  });

  it("blocks when the row names the sanctioned region", () => {
    expect(
      assess(shipment({ origin: "XC", destination: "XH", destinationRegion: "XH-01" }), contextWith()).status,
    ).toBe("blocked");
  });

  it("does not apply a regime to origins outside its jurisdiction", () => {
    const a = assess(shipment({ origin: "XB", destination: "XF" }), contextWith());
    expect(codes(a).filter((c) => c.startsWith("sanctions"))).toEqual([]);
  });

  it("asks for a sanctions review of goods coming from a sanctioned country", () => {
    const a = assess(shipment({ origin: "XF", destination: "XA", material: "samples" }), contextWith());
    expect(codes(a)).toContain("sanctions-review");
  });
});

describe("assess: lead times", () => {
  it("is tight (action) when the licence arrives after the ship date but before the need-by date", () => {
    const a = assess(shipment({ shipDate: "2026-12-10", needByDate: "2027-01-31" }), contextWith());
    expect(a.leadTimeDays).toBe(30);
    expect(codes(a)).toContain("lead-time-tight");
    expect(a.status).toBe("action");
  });

  it("is blocked when the licence cannot arrive before the need-by date", () => {
    const a = assess(shipment({ shipDate: "2026-12-10", needByDate: "2026-12-20" }), contextWith());
    expect(a.issues.find((i) => i.code === "lead-time-misses-need-by")?.message).toContain("2026-12-26");
    expect(a.status).toBe("blocked");
  });

  it("says nothing about lead time when there is room", () => {
    const a = assess(shipment({ shipDate: "2027-02-01" }), contextWith());
    expect(codes(a).filter((c) => c.startsWith("lead-time"))).toEqual([]);
  });

  it("does not count a standing licence of the importer as lead time: it asks for an importer that holds one", () => {
    const a = assess(shipment({ destination: "XC", shipDate: "2026-12-01", needByDate: "2026-12-05" }), contextWith());
    expect(a.leadTimeDays).toBeNull();
    expect(a.status).toBe("action");
    expect(a.issues.find((i) => i.code === "permit-required")?.message).toBe(
      "The importer must hold National import authorisation from XC Agency (a new one takes about 90 days): use a party that already holds it.",
    );
  });

  it("flags a ship date in the past", () => {
    expect(codes(assess(shipment({ shipDate: "2026-11-01" }), contextWith()))).toContain("ship-date-past");
  });
});

describe("assess: returnable equipment", () => {
  it("uses an ATA carnet where accepted: nothing to pay now", () => {
    const a = assess(shipment({ material: "equipment", destination: "XC", returnable: true }), contextWith());
    expect(a.charges).toEqual(expect.objectContaining({ duty: 0, importTax: 0, total: 0 }));
    expect(a.issues.find((i) => i.code === "temporary-admission")?.message).toContain("ATA carnet");
  });

  it("estimates duties now and points to returned-goods relief where carnets are not accepted", () => {
    const a = assess(shipment({ material: "equipment", returnable: true }), contextWith());
    // CIF 1050; duty 3% on HS 9027 = 31.5; GST 20% of 1081.5 = 216.3.
    expect(a.charges).toEqual(
      expect.objectContaining({ customsValue: 1050, duty: 31.5, importTax: 216.3, total: 247.8 }),
    );
    const relief = a.issues.find((i) => i.code === "returned-goods-relief");
    expect(relief?.message).toContain("the exporter of record is in Importland");
    expect(relief?.message).toContain("a deposit is taken");
  });
});

describe("assess: dangerous goods and domestic shipments", () => {
  it("adds the dry-ice requirements for a dry-ice shipment", () => {
    const dg = assess(shipment({ material: "samples", temperature: "dry-ice" }), contextWith()).issues.find(
      (i) => i.code === "dangerous-goods",
    );
    expect(dg?.message).toBe("UN1845 Dry ice: Vent the package; Mark the net mass of dry ice.");
  });

  it("asks the carrier about a UN number the rules do not cover", () => {
    expect(codes(assess(shipment({ dangerousGoods: ["UN9999"] }), contextWith()))).toContain(
      "dangerous-goods-not-covered",
    );
  });

  it("treats a shipment inside one country as domestic", () => {
    const a = assess(shipment({ destination: "XA" }), contextWith());
    expect(a.status).toBe("ok");
    expect(a.importerOfRecord.requirements).toEqual(["not needed: domestic shipment"]);
  });
});

describe("assess: tax reliefs tied to both a material and a heading", () => {
  it("applies such a relief only when the row's heading matches too", async () => {
    const fixture = await import("../support/fixtureRules");
    const importland = {
      ...fixture.importland,
      importTax: {
        ...fixture.importland.importTax!,
        reliefs: [
          {
            id: "xb-tax-imp-3004",
            materials: ["imp" as const],
            headings: ["3004"],
            ratePercent: 0,
            condition: "small-molecule IMPs",
            sources: [
              {
                title: "Fixture source",
                url: "https://example.org/rules",
                kind: "official" as const,
                date: null,
                reviewed: "2026-01-01",
              },
            ],
          },
        ],
      },
    };
    const rules = fixture.fixtureRuleSet({ importland });
    expect(assess(shipment({ hsCode: "300490" }), contextWith([], {}, rules)).charges.importTax).toBe(0);
    // A biologic in 3002: the relief is for 3004, so the standard 20% applies.
    expect(assess(shipment({ hsCode: "300215" }), contextWith([], {}, rules)).charges.importTax).toBe(210);
  });
});

describe("assess: a heading whose national tariff lines carry different rates", () => {
  it("estimates at the highest rate and asks for the full national code", async () => {
    const fixture = await import("../support/fixtureRules");
    const source = [
      {
        title: "Fixture source",
        url: "https://example.org/rules",
        kind: "official" as const,
        date: null,
        reviewed: "2026-01-01",
      },
    ];
    const importland = {
      ...fixture.importland,
      duties: [
        ...(fixture.importland.duties ?? []),
        { id: "xb-duty-300215", heading: "300215", ratePercent: 5, lowestRatePercent: 0, sources: source },
      ],
    };
    const rules = fixture.fixtureRuleSet({ importland });
    const a = assess(shipment({ hsCode: "30021500", value: 1000 }), contextWith([], {}, rules));
    // 1000 + 5% freight estimate = 1050 customs value; 5% of it = 52.5, never the 0% of the cheapest line.
    expect(a.charges.duty).toBe(52.5);
    expect(a.issues.find((entry) => entry.code === "duty-rate-varies")).toMatchObject({
      severity: "action",
      message: expect.stringContaining("0% to 5% depending on the national tariff line: estimated at 5%"),
    });
    expect(a.charges.basis).toContain("duty up to 5% on HS 300215");
    // A heading with one rate says nothing of the kind.
    expect(
      assess(shipment({ hsCode: "300490" }), contextWith([], {}, rules)).issues.map((entry) => entry.code),
    ).not.toContain("duty-rate-varies");
  });
});

describe("assess: permits inside a customs union", () => {
  it("recognises a national permit held by the receiving party, even with no importer of record needed", async () => {
    const { embeddedRuleSet } = await import("../../src/rules/embedded");
    const party: Party = {
      name: "DE Depot GmbH",
      country: "DE",
      roles: ["importer-of-record"],
      licences: [
        { ruleId: "de-import-narcotics-einfuhrgenehmigung", reference: "BtM-2027-0042", validUntil: "2027-12-31" },
      ],
    };
    // The Netherlands asks for its Opium Act export exemption on any movement out of Dutch territory, within the EU too.
    const sender: Party = {
      name: "NL Depot BV",
      country: "NL",
      roles: ["exporter-of-record"],
      licences: [{ ruleId: "nl-export-narcotics-uitvoerontheffing", reference: "OW-2027-7", validUntil: "2027-12-31" }],
    };
    const context = contextWith([party, sender], {}, embeddedRuleSet());
    const a = assess(
      shipment({
        origin: "NL",
        destination: "DE",
        controlledSubstance: true,
        shipDate: "2027-03-01",
        importerOfRecord: "DE Depot GmbH",
      }),
      context,
    );
    expect(a.permits.find((p) => p.ruleId === "de-import-narcotics-einfuhrgenehmigung")?.heldReference).toBe(
      "BtM-2027-0042",
    );
    expect(a.permits.find((p) => p.ruleId === "nl-export-narcotics-uitvoerontheffing")?.heldReference).toBe(
      "OW-2027-7",
    );
    expect(a.issues.filter((i) => i.code === "permit-required")).toEqual([]);
    expect(a.status).toBe("ok");
  });
});

describe("assess: what rows of a lane share", () => {
  it("hands out frozen permits and parties, so one row's result cannot change another's", () => {
    const context = contextWith();
    const first = assess(shipment({}), context);
    const second = assess(shipment({ value: 5 }), context);
    expect(second.permits).toEqual(first.permits);
    expect(() => (first.permits as unknown[]).push("x")).toThrow(TypeError);
    expect(() => (first.importerOfRecord.requirements as unknown[]).push("x")).toThrow(TypeError);
    expect(second.permits).toHaveLength(1);
  });
});
