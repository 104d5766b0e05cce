import type { Party } from "../../src/domain/party";
import { SettingsSchema, type SettingsInput } from "../../src/domain/settings";
import { ShipmentSchema, type Shipment, type ShipmentInput } from "../../src/domain/shipment";
import type { AssessContext } from "../../src/engine/context";
import { loadRuleSet, type RuleSet } from "../../src/rules/ruleSet";
import type { CountryRulesInput, CrossCuttingRules, UnionRulesInput } from "../../src/rules/schema";

/**
 * A small, made-up rule set in user-assigned ISO codes (XA..XE, XU) so that engine tests pin
 * the engine's logic independently of the real data.
 */
const src = [
  {
    title: "Fixture source",
    url: "https://example.org/rules",
    kind: "official" as const,
    date: null,
    reviewed: "2026-01-01",
  },
];

export const exportland: CountryRulesInput = {
  code: "XA",
  name: "Exportland",
  valuation: { basis: "FOB", sources: src },
  importTax: { id: "xa-tax", name: "VAT", standardRatePercent: 10, sources: src },
  duties: [{ id: "xa-duty-3004", heading: "3004", ratePercent: 0, zeroForZero: true, sources: src }],
  export: [
    {
      kind: "permit",
      id: "xa-export-samples",
      materials: ["samples"],
      name: "Sample export licence",
      authority: "XA Health",
      scope: "per-trial",
      holder: "exporter",
      leadTimeDays: 60,
      sources: src,
    },
    {
      kind: "none",
      id: "xa-export-imp",
      materials: ["imp", "device", "lab-kit", "ancillary", "equipment"],
      note: "No export permit.",
      sources: src,
    },
  ],
  import: [
    {
      kind: "none",
      id: "xa-import-all",
      materials: ["imp", "device", "lab-kit", "ancillary", "equipment", "samples"],
      note: "No import permit.",
      sources: src,
    },
  ],
  exporterOfRecord: [
    {
      id: "xa-eor",
      materials: ["imp", "device", "lab-kit", "ancillary", "equipment", "samples"],
      who: "Any exporter",
      foreignSponsorMayAct: true,
      sources: src,
    },
  ],
  importerOfRecord: [
    {
      id: "xa-ior",
      materials: ["imp", "device", "lab-kit", "ancillary", "equipment", "samples"],
      who: "Any importer",
      foreignSponsorMayAct: true,
      sources: src,
    },
  ],
};

export const importland: CountryRulesInput = {
  code: "XB",
  name: "Importland",
  valuation: { basis: "CIF", sources: src },
  importTax: {
    id: "xb-tax",
    name: "GST",
    standardRatePercent: 20,
    reliefs: [
      { id: "xb-tax-imp", materials: ["imp"], ratePercent: 0, condition: "IMP for an approved trial", sources: src },
      {
        id: "xb-tax-devices",
        headings: ["9018"],
        ratePercent: 5,
        condition: "registered medical devices only",
        sources: src,
      },
    ],
    sources: src,
  },
  duties: [
    { id: "xb-duty-3004", heading: "3004", ratePercent: 0, zeroForZero: true, sources: src },
    { id: "xb-duty-9018", heading: "9018", ratePercent: 8, sources: src },
    { id: "xb-duty-901890", heading: "901890", ratePercent: 2.5, sources: src },
    { id: "xb-duty-9027", heading: "9027", ratePercent: 3, sources: src },
    { id: "xb-duty-3822", heading: "3822", ratePercent: 6.5, sources: src },
  ],
  extraTariffs: [
    {
      id: "xb-extra-3004",
      headings: ["3004"],
      name: "Section 99 tariff",
      note: "may apply to patented medicines",
      sources: src,
    },
  ],
  deMinimis: { id: "xb-de-minimis", amount: 100, currency: "USD", covers: "duty-and-tax", sources: src },
  import: [
    {
      kind: "permit",
      id: "xb-import-imp",
      materials: ["imp"],
      name: "IMP import licence",
      authority: "XB Medicines Agency",
      scope: "per-shipment",
      holder: "importer",
      leadTimeDays: 30,
      sources: src,
    },
    {
      kind: "permit",
      id: "xb-import-narcotics",
      materials: ["imp"],
      name: "Narcotics import permit",
      authority: "XB Narcotics Board",
      scope: "per-shipment",
      holder: "importer",
      leadTimeDays: 45,
      onlyIfControlled: true,
      sources: src,
    },
    {
      kind: "permit",
      id: "xb-import-conditional",
      materials: ["imp"],
      name: "Special import confirmation",
      authority: "XB Bureau",
      scope: "per-shipment",
      holder: "importer",
      onlyWhen: "no trial notification covers the goods",
      sources: src,
    },
    {
      kind: "permit",
      id: "xb-import-device",
      materials: ["device"],
      name: "Device import approval",
      authority: "XB Devices",
      scope: "per-trial",
      holder: "importer",
      sources: src,
    },
    // Ancillary supplies are deliberately left out: the engine must say it does not know.
    {
      kind: "none",
      id: "xb-import-other",
      materials: ["lab-kit", "equipment", "samples"],
      note: "No import permit.",
      sources: src,
    },
  ],
  export: [
    {
      kind: "none",
      id: "xb-export-all",
      materials: ["imp", "device", "lab-kit", "ancillary", "equipment", "samples"],
      note: "No export permit.",
      sources: src,
    },
  ],
  importerOfRecord: [
    {
      id: "xb-ior-imp",
      materials: ["imp"],
      who: "A local company holding the IMP import licence",
      foreignSponsorMayAct: false,
      mustHold: ["xb-import-imp"],
      sources: src,
    },
    {
      id: "xb-ior-other",
      materials: ["device", "ancillary", "lab-kit", "equipment", "samples"],
      who: "Any registered importer",
      foreignSponsorMayAct: true,
      sources: src,
    },
  ],
  exporterOfRecord: [
    {
      id: "xb-eor",
      materials: ["imp", "device", "lab-kit", "ancillary", "equipment", "samples"],
      who: "Any exporter",
      foreignSponsorMayAct: true,
      sources: src,
    },
  ],
  temporaryAdmission: {
    id: "xb-ata",
    ataCarnet: false,
    note: "Carnets are not accepted; a deposit is taken.",
    sources: src,
  },
};

export const union: UnionRulesInput = {
  code: "XU",
  name: "Fixture Union",
  members: ["XC", "XD", "XE"],
  membership: { note: "No customs border between members.", sources: src },
  valuation: { basis: "CIF", sources: src },
  duties: [
    { id: "xu-duty-3004", heading: "3004", ratePercent: 0, sources: src },
    { id: "xu-duty-9027", heading: "9027", ratePercent: 1.7, sources: src },
  ],
  import: [
    {
      kind: "permit",
      id: "xu-import-imp-mia",
      materials: ["imp"],
      name: "Union manufacturing and import authorisation",
      authority: "Member state agency",
      scope: "per-importer",
      holder: "importer",
      sources: src,
    },
    {
      kind: "none",
      id: "xu-import-other",
      materials: ["ancillary", "lab-kit", "equipment", "samples", "device"],
      note: "No import permit.",
      sources: src,
    },
  ],
  export: [
    {
      kind: "none",
      id: "xu-export-all",
      materials: ["imp", "device", "lab-kit", "ancillary", "equipment", "samples"],
      note: "No export permit.",
      sources: src,
    },
  ],
  importerOfRecord: [
    {
      id: "xu-ior-imp",
      materials: ["imp"],
      who: "The authorisation holder with a qualified person",
      foreignSponsorMayAct: false,
      mustHold: ["xu-import-imp-mia"],
      sources: src,
    },
  ],
  exporterOfRecord: [
    {
      id: "xu-eor",
      materials: ["imp", "device", "lab-kit", "ancillary", "equipment", "samples"],
      who: "A union-established exporter",
      foreignSponsorMayAct: false,
      sources: src,
    },
  ],
  temporaryAdmission: { id: "xu-ata", ataCarnet: true, note: "Re-export within the carnet's validity.", sources: src },
};

export const memberC: CountryRulesInput = {
  code: "XC",
  name: "Memberland",
  customsUnion: "XU",
  importTax: { id: "xc-tax", name: "VAT", standardRatePercent: 19, sources: src },
  import: [
    {
      kind: "permit",
      id: "xc-import-imp-national",
      replaces: "xu-import-imp-mia",
      materials: ["imp"],
      name: "National import authorisation",
      authority: "XC Agency",
      scope: "per-importer",
      holder: "importer",
      leadTimeDays: 90,
      sources: src,
    },
  ],
};

/** XD is a union member with no file of its own: it gets the union's rules only. XE has a file. */
export const memberE: CountryRulesInput = {
  code: "XE",
  name: "Othermember",
  customsUnion: "XU",
  importTax: { id: "xe-tax", name: "VAT", standardRatePercent: 21, sources: src },
};

export const crossCutting: CrossCuttingRules = {
  sanctions: [
    {
      id: "xa-embargo-xf",
      regime: "XA Embargo Act",
      appliesToOrigins: ["XA"],
      destination: "XF",
      effect: "blocked",
      licence: "an XA embargo licence",
      conditions: [],
      sources: src,
    },
    {
      id: "xa-gl-xg",
      regime: "XA Sanctions on XG",
      appliesToOrigins: ["XA"],
      destination: "XG",
      effect: "general-licence",
      licence: "General Licence 1",
      conditions: ["no military end users."],
      materials: ["imp", "device"],
      sources: src,
    },
    {
      id: "xu-region-xh",
      regime: "XU Regional Measures",
      appliesToOrigins: ["XU"],
      destination: "XH",
      regions: ["XH-01"],
      effect: "blocked",
      licence: "a member-state authorisation",
      conditions: [],
      sources: src,
    },
  ],
  dangerousGoods: [
    {
      id: "dg-un1845",
      un: "UN1845",
      name: "Dry ice",
      requirements: ["Vent the package.", "Mark the net mass of dry ice."],
      sources: src,
    },
    {
      id: "dg-un3373",
      un: "UN3373",
      name: "Biological substance, category B",
      requirements: ["Use triple packaging"],
      sources: src,
    },
  ],
  controlledSubstances: [
    {
      kind: "permit",
      id: "intl-controlled-export",
      materials: ["imp"],
      name: "Export authorisation (1961 Convention)",
      authority: "Exporting country's narcotics authority",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      sources: src,
    },
  ],
  defaultHeadings: [
    { material: "imp", heading: "3004", description: "medicaments in measured doses", sources: src },
    { material: "device", heading: "9018", description: "medical instruments", sources: src },
    { material: "lab-kit", heading: "3822", description: "diagnostic reagents", sources: src },
    { material: "equipment", heading: "9027", description: "instruments for analysis", sources: src },
  ],
};

/** The fixture rule set; a test may give Importland changed rules. */
export function fixtureRuleSet(changed: { importland?: CountryRulesInput } = {}): RuleSet {
  return loadRuleSet({
    version: "fixture",
    countries: [exportland, changed.importland ?? importland, memberC, memberE],
    unions: [union],
    crossCutting,
  });
}

const fixture = fixtureRuleSet();

export function contextWith(
  parties: Party[] = [],
  settings: Partial<SettingsInput> = {},
  rules: RuleSet = fixture,
): AssessContext {
  return { rules, parties, settings: SettingsSchema.parse({ asOf: "2026-11-26", ...settings }) };
}

export function shipment(input: Partial<ShipmentInput>): Shipment {
  return ShipmentSchema.parse({
    origin: "XA",
    destination: "XB",
    material: "imp",
    value: 1000,
    currency: "USD",
    ...input,
  });
}
