import fc from "fast-check";
import { AssessmentSchema, type Assessment } from "../../src/domain/assessment";
import { MATERIAL_TYPES } from "../../src/domain/materialType";
import { PartySchema, type Party } from "../../src/domain/party";
import { ShipmentSchema, type ShipmentInput } from "../../src/domain/shipment";
import { assess } from "../../src/engine/assess";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { permitRuleIds } from "../../src/rules/ruleSet";
import { contextWith, shipment } from "../support/fixtureRules";

/**
 * Parties on file (the "Clearway Parties" table) against the fixture rules: who acts as importer
 * and exporter of record, and which permits count as held. Expectations worked out from the fixture:
 * XB (Importland) requires the IMP import licence xb-import-imp (per shipment, held by the importer,
 * 30 days); its IMP importer of record must be local (xb-ior-imp, mustHold xb-import-imp); devices
 * need xb-import-device (per trial, importer) and a foreign sponsor may import them (xb-ior-other).
 */

const codes = (a: Assessment) => a.issues.map((entry) => entry.code);
const message = (a: Assessment, code: string) => a.issues.find((entry) => entry.code === code)?.message ?? "";
const held = (a: Assessment, ruleId: string) => a.permits.find((permit) => permit.ruleId === ruleId)?.heldReference;

const licence = (ruleId: string, reference: string, validFrom?: string, validUntil?: string) => ({
  ruleId,
  reference,
  ...(validFrom ? { validFrom } : {}),
  ...(validUntil ? { validUntil } : {}),
});
const depot: Party = {
  name: "XB Depot Ltd",
  country: "XB",
  roles: ["importer-of-record"],
  licences: [licence("xb-import-imp", "XB-IMP-42", "2027-01-01", "2027-12-31")],
};
const broker: Party = { name: "XB Customs Broker", country: "XB", roles: ["importer-of-record"], licences: [] };
const acme: Party = {
  name: "Acme Pharma",
  country: "XA",
  roles: ["exporter-of-record", "importer-of-record"],
  licences: [licence("xb-import-device", "XB-DEV-7")],
};

const imp = (input: Partial<ShipmentInput> = {}) => shipment({ shipDate: "2027-03-01", ...input });

describe("parties: a held licence", () => {
  it("turns a device import from action into ok and shows the reference (the sponsor may import devices into XB and holds the approval)", () => {
    const row = shipment({ material: "device", shipDate: "2027-03-01", sponsor: "Acme Pharma", hsCode: "901890" });
    const without = assess(row, contextWith());
    expect(without.status).toBe("action");
    expect(codes(without)).toContain("permit-required");

    const withParties = assess(row, contextWith([acme]));
    expect(withParties.status).toBe("ok");
    expect(held(withParties, "xb-import-device")).toBe("XB-DEV-7");
    expect(message(withParties, "permit-held")).toBe(
      "Device import approval: held by Acme Pharma (reference XB-DEV-7).",
    );
    expect(withParties.importerOfRecord.party).toBe("Acme Pharma");
    expect(codes(withParties)).not.toContain("permit-required");
  });

  it("picks the local party with the role as importer of record and counts its licence", () => {
    const a = assess(imp(), contextWith([depot]));
    expect(a.importerOfRecord.party).toBe("XB Depot Ltd");
    expect(a.importerOfRecord.requirements).toContain("chosen from your parties");
    expect(held(a, "xb-import-imp")).toBe("XB-IMP-42");
    expect(codes(a)).toEqual(expect.arrayContaining(["permit-held"]));
    expect(codes(a)).not.toContain("importer-of-record-needed");
    // The licence is held, so its 30 days are not a pending lead time.
    expect(a.leadTimeDays).toBeNull();
  });

  it("prefers the party that holds the licence over one listed earlier that holds none", () => {
    const a = assess(imp(), contextWith([broker, depot]));
    expect(a.importerOfRecord.party).toBe("XB Depot Ltd");
    expect(held(a, "xb-import-imp")).toBe("XB-IMP-42");
  });

  it("shows the licence's scope beside its reference", () => {
    const scoped: Party = { ...depot, licences: [{ ...depot.licences[0]!, scope: "trial CLW-301" }] };
    expect(message(assess(imp(), contextWith([scoped])), "permit-held")).toContain(
      "(reference XB-IMP-42, trial CLW-301)",
    );
  });
});

describe("parties: a licence that is not valid on the ship date", () => {
  it("flags an expired licence: not held, action, renew it", () => {
    const a = assess(imp({ shipDate: "2028-02-01" }), contextWith([depot]));
    expect(a.status).toBe("action");
    expect(held(a, "xb-import-imp")).toBeNull();
    expect(message(a, "permit-expires")).toBe(
      "IMP import licence held by XB Depot Ltd (reference XB-IMP-42) is not valid on the ship date (valid until 2027-12-31): renew it.",
    );
    // The party still acts: it is the one to renew it.
    expect(a.importerOfRecord.party).toBe("XB Depot Ltd");
    expect(a.leadTimeDays).toBe(30);
  });

  it("says when a licence is valid only from a later date", () => {
    const a = assess(imp({ shipDate: "2026-12-15" }), contextWith([depot]));
    expect(message(a, "permit-expires")).toContain("is valid only from 2027-01-01, after the ship date");
  });

  it("judges each row by its own ship date, in one check of many rows", () => {
    // One context, as in a plan check: rows before, inside and after the licence's validity share lane findings only within a period.
    const context = contextWith([depot]);
    const dates = ["2026-12-31", "2027-01-01", "2027-06-15", "2027-12-31", "2028-01-01", "2026-12-15", "2027-12-30"];
    const heldOn = dates.map((shipDate) => held(assess(imp({ shipDate }), context), "xb-import-imp"));
    expect(heldOn).toEqual([null, "XB-IMP-42", "XB-IMP-42", "XB-IMP-42", null, null, "XB-IMP-42"]);
    expect(message(assess(imp({ shipDate: "2026-12-31" }), context), "permit-expires")).toContain(
      "valid only from 2027-01-01",
    );
    expect(message(assess(imp({ shipDate: "2028-01-01" }), context), "permit-expires")).toContain(
      "valid until 2027-12-31",
    );
  });

  it("uses the date-of-check when the row has no ship date", () => {
    const a = assess(shipment({}), contextWith([depot], { asOf: "2027-06-01" }));
    expect(held(a, "xb-import-imp")).toBe("XB-IMP-42");
    const late = assess(shipment({}), contextWith([depot], { asOf: "2028-03-01" }));
    expect(message(late, "permit-expires")).toContain("is not valid on the date of the check (2028-03-01)");
  });
});

describe("parties: the importer of record named in the row", () => {
  it("refuses a named importer established elsewhere where a foreign party may not import", () => {
    const overseas: Party = {
      name: "Overseas IOR Inc",
      country: "XA",
      roles: ["importer-of-record"],
      licences: [licence("xb-import-imp", "XB-IMP-99")],
    };
    const a = assess(imp({ importerOfRecord: "Overseas IOR Inc" }), contextWith([overseas]));
    expect(a.status).toBe("action");
    expect(a.importerOfRecord.party).toBe("Overseas IOR Inc");
    expect(message(a, "importer-of-record-not-eligible")).toBe(
      "Overseas IOR Inc is established in XA, but the importer of record for investigational medicinal product in Importland must be: A local company holding the IMP import licence.",
    );
  });

  it("names the exporter's own code when a named exporter may not act (union exporters must be union-established)", () => {
    const a = assess(imp({ origin: "XC", exporterOfRecord: "Acme Pharma" }), contextWith([acme]));
    expect(codes(a)).toContain("exporter-of-record-not-eligible");
    expect(codes(a)).not.toContain("importer-of-record-not-eligible");
  });

  it("does not count a licence held by another party than the named importer, and says who holds it", () => {
    const other: Party = { name: "XB Other Importer", country: "XB", roles: ["importer-of-record"], licences: [] };
    const a = assess(imp({ importerOfRecord: "XB Other Importer" }), contextWith([depot, other]));
    expect(a.importerOfRecord.party).toBe("XB Other Importer");
    expect(held(a, "xb-import-imp")).toBeNull();
    expect(message(a, "permit-required")).toContain(
      "XB Depot Ltd (reference XB-IMP-42) holds it but is not the importer of record for this shipment.",
    );
  });

  it("flags a named party on file without the role", () => {
    const exporterOnly: Party = { name: "XB Forwarder", country: "XB", roles: ["exporter-of-record"], licences: [] };
    const a = assess(imp({ importerOfRecord: "xb forwarder" }), contextWith([exporterOnly]));
    expect(a.importerOfRecord.party).toBe("XB Forwarder");
    expect(message(a, "importer-of-record-not-eligible")).toContain(
      "is in your parties as exporter of record, not as importer of record",
    );
  });

  it("says when the named importer is not on file, so its licences are unknown", () => {
    const a = assess(imp({ importerOfRecord: "Unknown Importer SA" }), contextWith([depot]));
    expect(codes(a)).toContain("record-party-not-in-parties");
    expect(held(a, "xb-import-imp")).toBeNull();
  });

  it("keeps the sponsor as importer where a foreign sponsor may act, and uses its licences when it is on file", () => {
    const a = assess(shipment({ material: "device", sponsor: "acme pharma" }), contextWith([acme]));
    expect(a.importerOfRecord.party).toBe("Acme Pharma");
    expect(a.importerOfRecord.requirements).toContain("the sponsor may act itself");
  });

  it("asks to appoint an importer when nobody on file has the role there", () => {
    const a = assess(imp({ sponsor: "Acme Pharma" }), contextWith([acme]));
    expect(a.importerOfRecord.party).toBeNull();
    expect(codes(a)).toContain("importer-of-record-needed");
  });
});

describe("parties: customs unions", () => {
  it("counts the national form of a union permit the importer must hold", () => {
    const memberDepot: Party = {
      name: "XC Depot",
      country: "XC",
      roles: ["importer-of-record"],
      licences: [licence("xc-import-imp-national", "XC-NAT-1")],
    };
    const a = assess(imp({ destination: "XC" }), contextWith([memberDepot]));
    expect(a.importerOfRecord.party).toBe("XC Depot");
    expect(held(a, "xc-import-imp-national")).toBe("XC-NAT-1");
    expect(a.importerOfRecord.requirements).toContain("holds National import authorisation");
  });
});

describe("parties: memoised lane findings stay correct across rows", () => {
  // Two importers whose licences cover different halves of the year: which one acts depends on the date.
  const spring: Party = {
    name: "Spring Importer",
    country: "XB",
    roles: ["importer-of-record"],
    licences: [licence("xb-import-imp", "SPRING", "2027-01-01", "2027-06-30")],
  };
  const autumn: Party = {
    name: "Autumn Importer",
    country: "XB",
    roles: ["importer-of-record"],
    licences: [licence("xb-import-imp", "AUTUMN", "2027-07-01", "2027-12-31")],
  };
  const rows = [
    imp({ shipDate: "2027-03-01" }),
    imp({ shipDate: "2027-09-01" }),
    imp({ shipDate: "2027-03-01", importerOfRecord: "Autumn Importer" }),
    imp({ shipDate: "2028-03-01" }),
    imp({ shipDate: "2027-09-02", sponsor: "Acme Pharma" }),
    shipment({ material: "device", shipDate: "2027-03-01", sponsor: "Acme Pharma" }),
    imp({ shipDate: "2027-03-01" }),
  ];

  it("chooses the importer whose licence is valid on each row's date", () => {
    const context = contextWith([spring, autumn, acme]);
    const [march, september, named, nextYear] = rows.map((row) => assess(row, context));
    expect([march!.importerOfRecord.party, held(march!, "xb-import-imp")]).toEqual(["Spring Importer", "SPRING"]);
    expect([september!.importerOfRecord.party, held(september!, "xb-import-imp")]).toEqual([
      "Autumn Importer",
      "AUTUMN",
    ]);
    expect([named!.importerOfRecord.party, held(named!, "xb-import-imp")]).toEqual(["Autumn Importer", null]);
    expect(codes(named!)).toContain("permit-expires");
    // Neither is valid: the first holder acts and is asked to renew.
    expect(nextYear!.importerOfRecord.party).toBe("Spring Importer");
    expect(codes(nextYear!)).toContain("permit-expires");
  });

  it("gives every row the same result in one shared context as in a fresh context of its own", () => {
    const parties = [spring, autumn, acme, depot, broker];
    const shared = contextWith(parties);
    const inOrder = rows.map((row) => assess(row, shared));
    const reversed = [...rows]
      .reverse()
      .map((row) => assess(row, shared))
      .reverse();
    const alone = rows.map((row) => assess(row, contextWith(parties)));
    expect(inOrder).toEqual(alone);
    expect(reversed).toEqual(alone);
  });

  it("is pure: the same row twice gives equal results, and the parties are not changed", () => {
    const parties = [structuredClone(depot)];
    const context = contextWith(parties);
    expect(assess(imp(), context)).toEqual(assess(imp(), context));
    expect(parties).toEqual([depot]);
  });
});

describe("parties against the embedded rules", () => {
  const rules = embeddedRuleSet();
  const germanDepot: Party = {
    name: "Clinical Depot GmbH",
    country: "DE",
    roles: ["importer-of-record"],
    licences: [licence("de-import-imp-einfuhrerlaubnis", "DE-BY-2025-0042", undefined, "2028-12-31")],
  };
  const usDepot: Party = {
    name: "US Clinical Depot Inc",
    country: "US",
    roles: ["exporter-of-record"],
    licences: [licence("us-export-imp-fda", "IND 123456")],
  };
  const row = shipment({
    origin: "US",
    destination: "DE",
    material: "imp",
    value: 10000,
    currency: "EUR",
    shipDate: "2027-03-01",
  });

  it("US -> DE IMP: the depots' licences and roles turn the row from action into ok", () => {
    const without = assess(row, contextWith([], {}, rules));
    expect(without.status).toBe("action");
    expect(codes(without)).toEqual(
      expect.arrayContaining(["permit-required", "importer-of-record-needed", "exporter-of-record-needed"]),
    );

    const a = assess(row, contextWith([germanDepot, usDepot], {}, rules));
    expect(a.status).toBe("ok");
    expect(held(a, "de-import-imp-einfuhrerlaubnis")).toBe("DE-BY-2025-0042");
    expect(held(a, "us-export-imp-fda")).toBe("IND 123456");
    expect(a.importerOfRecord.party).toBe("Clinical Depot GmbH");
    expect(a.exporterOfRecord.party).toBe("US Clinical Depot Inc");
  });
});

describe("parties: property tests against the embedded rules", () => {
  const rules = embeddedRuleSet();
  // Few countries, their permits and a few dates, so that rows share lanes and dates and parties compete.
  const COUNTRIES = ["US", "DE", "GB", "JP", "FI"];
  const ids = permitRuleIds(rules).filter((id) => /^(us|de|gb|jp|eu|intl)-/.test(id));
  const NAMES = ["Depot A", "Depot B", "Broker C", "Acme Pharma", "IOR D"];
  // The licences these lanes need most (IMP and devices into DE, GB and JP, out of the US).
  const NEEDED = [
    "de-import-imp-einfuhrerlaubnis",
    "gb-import-imp-mia-imp",
    "gb-import-device-mhra-ci-notification",
    "jp-import-imp-yunyu-kakunin",
    "us-export-imp-fda",
    "us-export-device-fda",
  ];
  const isoDate = fc.constantFrom("2026-06-30", "2027-01-01", "2027-03-01", "2027-09-01", "2028-01-01");

  const partiesArb = fc
    .uniqueArray(
      fc.record({
        name: fc.constantFrom(...NAMES),
        country: fc.oneof(
          { arbitrary: fc.constantFrom("DE", "GB"), weight: 3 },
          { arbitrary: fc.constantFrom(...COUNTRIES), weight: 1 },
        ),
        roles: fc.subarray(["importer-of-record", "exporter-of-record"] as const, { minLength: 1 }),
        licences: fc.array(
          fc.record(
            {
              ruleId: fc.oneof(
                { arbitrary: fc.constantFrom(...NEEDED), weight: 4 },
                { arbitrary: fc.constantFrom(...ids), weight: 1 },
              ),
              reference: fc.string({ minLength: 1, maxLength: 6 }),
              validFrom: fc.option(isoDate, { nil: undefined }),
              validUntil: fc.option(isoDate, { nil: undefined }),
            },
            { requiredKeys: ["ruleId", "reference"] },
          ),
          { maxLength: 6 },
        ),
      }),
      { selector: (party) => party.name, maxLength: 5 },
    )
    .map((parties) => parties.map((party) => PartySchema.parse(JSON.parse(JSON.stringify(party)))));
  // Two German importers holding the same authorisation over different windows: which one acts depends on the date.
  const competitorsArb = fc
    .tuple(
      fc.option(isoDate, { nil: undefined }),
      fc.option(isoDate, { nil: undefined }),
      fc.option(isoDate, { nil: undefined }),
      fc.option(isoDate, { nil: undefined }),
    )
    .map(([fromA, untilA, fromB, untilB]) =>
      [
        ["Competitor A", fromA, untilA],
        ["Competitor B", fromB, untilB],
      ].map(([name, validFrom, validUntil]) =>
        PartySchema.parse(
          JSON.parse(
            JSON.stringify({
              name,
              country: "DE",
              roles: ["importer-of-record"],
              licences: [{ ruleId: "de-import-imp-einfuhrerlaubnis", reference: String(name), validFrom, validUntil }],
            }),
          ),
        ),
      ),
    );

  const rowArb = fc
    .record(
      {
        origin: fc.oneof(
          { arbitrary: fc.constant("US"), weight: 2 },
          { arbitrary: fc.constantFrom(...COUNTRIES), weight: 1 },
        ),
        destination: fc.oneof(
          { arbitrary: fc.constantFrom("DE", "GB"), weight: 3 },
          { arbitrary: fc.constantFrom(...COUNTRIES), weight: 1 },
        ),
        material: fc.oneof(
          { arbitrary: fc.constant("imp" as const), weight: 3 },
          { arbitrary: fc.constantFrom(...MATERIAL_TYPES), weight: 1 },
        ),
        value: fc.integer({ min: 0, max: 100_000 }),
        currency: fc.constantFrom("USD", "EUR"),
        shipDate: isoDate,
        controlledSubstance: fc.boolean(),
        // Each name is left out about half of the time, so that the parties on file are chosen too.
        sponsor: fc.option(fc.constantFrom(...NAMES, "Other Sponsor"), { nil: undefined, freq: 2 }),
        importerOfRecord: fc.option(fc.constantFrom(...NAMES, "Unknown Importer"), { nil: undefined, freq: 2 }),
        exporterOfRecord: fc.option(fc.constantFrom(...NAMES, "Unknown Exporter"), { nil: undefined, freq: 2 }),
      },
      { requiredKeys: ["origin", "destination", "material", "value", "currency"] },
    )
    .map((input) =>
      ShipmentSchema.parse(Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined))),
    );

  it("never throws, returns schema-valid assessments, and a shared context gives each row its own result", () => {
    fc.assert(
      fc.property(
        partiesArb,
        competitorsArb,
        fc.boolean(),
        fc.array(rowArb, { minLength: 1, maxLength: 40, size: "max" }),
        (random, competitors, compete, rows) => {
          const parties = compete ? [...competitors, ...random] : random;
          const shared = contextWith(parties, {}, rules);
          const together = rows.map((row) => assess(row, shared));
          for (const [index, row] of rows.entries()) {
            expect(AssessmentSchema.safeParse(together[index]).success).toBe(true);
            expect(together[index]).toEqual(assess(row, contextWith(parties, {}, rules)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
