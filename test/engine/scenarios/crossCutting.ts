import { NONE, UNKNOWN, type Scenario } from "./scenario";

/** Cross-cutting rules: sanctions, controlled substances, dangerous goods, uncovered countries, tax bases and thresholds. */
export const crossCuttingScenarios: Scenario[] = [
  // ----------------------------------------------------- Sanctions / embargoes
  {
    // us-cuba-embargo: blocked unless a BIS licence is held; Cuba has no rules on file.
    note: "IMP US to CU: US embargo (EAR 746.2), blocked; Cuba not covered",
    row: { origin: "US", destination: "CU", material: "imp", value: 10000, currency: "USD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "blocked",
    issues: ["sanctions-blocked", "country-not-covered"],
  },
  {
    // us-iran-itsr-medical-gl: general licence 560.530(a)(3)(i) covers imp and device, with conditions.
    note: "IMP US to IR: ITSR general licence for medicine applies, with its conditions (action, not blocked)",
    row: { origin: "US", destination: "IR", material: "imp", value: 10000, currency: "USD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "action",
    issues: ["sanctions-general-licence", "country-not-covered"],
    absent: ["sanctions-blocked"],
  },
  {
    // us-iran-itsr-medical-gl does not cover samples: they need an OFAC specific licence.
    note: "Samples US to IR: not covered by the medical general licence, blocked",
    row: { origin: "US", destination: "IR", material: "samples", value: 500, currency: "USD" },
    exportPermits: [],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "blocked",
    issues: ["sanctions-blocked"],
  },
  {
    // us-north-korea-embargo: blocked.
    note: "Device US to KP: US sanctions on North Korea, blocked",
    row: { origin: "US", destination: "KP", material: "device", value: 3000, currency: "USD" },
    exportPermits: ["us-export-device-fda"],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "blocked",
    issues: ["sanctions-blocked"],
  },
  {
    // jp-north-korea-export-ban: Japan bans every export to North Korea by withholding METI's FEFTA Art. 48(3)
    // approval. JP's IMP export rules are conditional only (rules-not-covered); jp-eor-all; KP itself not covered.
    note: "IMP JP to KP: Japan's total export ban on North Korea, blocked unless METI approves",
    row: { origin: "JP", destination: "KP", material: "imp", value: 3000, currency: "JPY" },
    exportPermits: [],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "blocked",
    issues: ["sanctions-blocked", "country-not-covered"],
  },
  {
    // au-north-korea-permit: medicine is outside Australia's sanctions-permit requirement, with conditions listed;
    // au-export-imp-tga-experimental; au-eor-imp (an Australian resident or company).
    note: "IMP AU to KP: Australian sanctions leave medicine outside the permit requirement, conditions named",
    row: { origin: "AU", destination: "KP", material: "imp", value: 3000, currency: "AUD" },
    exportPermits: ["au-export-imp-tga-experimental"],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "action",
    issues: ["sanctions-general-licence", "country-not-covered"],
    absent: ["sanctions-blocked"],
  },
  {
    // au-north-korea-permit covers medicine only; equipment (HS 84-85 among the export sanctioned goods) stays blocked.
    note: "Equipment AU to KP: outside the medicine exemption, blocked unless a sanctions permit is held",
    row: { origin: "AU", destination: "KP", material: "equipment", value: 3000, currency: "AUD" },
    exportPermits: [],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "blocked",
    issues: ["sanctions-blocked"],
  },
  {
    // us-crimea-embargo (regions UA-43, UA-40): OFAC Ukraine GL 4 covers medicine (imp) only.
    note: "IMP US to a site in Crimea (UA-43): OFAC Ukraine GL 4 covers medicine, conditions apply",
    row: { origin: "US", destination: "UA", destinationRegion: "UA-43", material: "imp", value: 5000, currency: "USD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "action",
    issues: ["sanctions-general-licence"],
    absent: ["sanctions-blocked", "sanctions-region-check"],
  },
  {
    // us-crimea-embargo lists only imp: a device to Crimea needs a BIS licence and OFAC authorisation.
    note: "Device US to Crimea (UA-43): outside GL 4's material scope, blocked",
    row: {
      origin: "US",
      destination: "UA",
      destinationRegion: "UA-43",
      material: "device",
      value: 5000,
      currency: "USD",
    },
    exportPermits: ["us-export-device-fda"],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "blocked",
    issues: ["sanctions-blocked"],
  },
  {
    // us-crimea-embargo and us-dnr-lnr-embargo cover parts of Ukraine: with no region in the row, confirm the site.
    note: "IMP US to UA with no region: confirm the site is outside Crimea and the DNR/LNR regions",
    row: { origin: "US", destination: "UA", material: "imp", value: 5000, currency: "USD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "action",
    issues: ["sanctions-region-check"],
    absent: ["sanctions-blocked", "sanctions-general-licence"],
  },

  // ------------------------------------------------------ Controlled substances
  {
    // us-dea-export-permit-161 is the US form of the convention export authorisation (intl-1961/1971-export-*), and
    // de-import-narcotics-einfuhrgenehmigung (§ 11 BtMG / § 1 BtMAHV, per consignment) the German form of the import
    // certificate (intl-1961-import-certificate): each side lists its national permit, not both.
    note: "Controlled IMP US to DE: DEA export permit (Form 161) and BfArM narcotics import permit on top of the usual permits",
    row: { origin: "US", destination: "DE", material: "imp", value: 10000, currency: "EUR", controlledSubstance: true },
    exportPermits: ["us-export-imp-fda", "us-dea-export-permit-161"],
    importPermits: ["de-import-imp-einfuhrerlaubnis", "de-import-narcotics-einfuhrgenehmigung"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10500, duty: 0, importTax: 1995, total: 1995 },
    status: "action",
    // Only the per-importer §72 licence has a lead time, and it is a standing licence: nothing pending with a known time.
    leadTimeDays: null,
  },
  {
    // gb-export-controlled-home-office (per shipment, 14 days: 10 working days) is the UK form of the convention export
    // authorisation; us-dea-import-permit-357 the US form of the import certificate; us-import-imp-ind goes into
    // effect 30 days after FDA receives it (21 CFR 312.40), the longest lead time.
    // 2026-11-26 + 30 = 2026-12-26, after the 2026-12-05 ship date: tight.
    note: "Controlled IMP GB to US shipping 2026-12-05: the IND's 30 days (and the Home Office export licence's 14) make the date tight; DEA import permit (Form 357)",
    row: {
      origin: "GB",
      destination: "US",
      material: "imp",
      value: 10000,
      currency: "USD",
      controlledSubstance: true,
      shipDate: "2026-12-05",
    },
    exportPermits: ["gb-export-controlled-home-office"],
    importPermits: ["us-import-imp-ind", "us-dea-import-permit-357"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["lead-time-tight", "extra-tariff-possible"],
    leadTimeDays: 30,
  },

  // ---------------------------------------------------- Dangerous goods / past dates
  {
    // dg-un1845-dry-ice from the temperature; UN2910 has no rule on file -> ask the carrier.
    note: "Samples IN to GB on dry ice with an unlisted UN number (UN2910): dry-ice rules plus 'check with the carrier'",
    row: {
      origin: "IN",
      destination: "GB",
      material: "samples",
      value: 400,
      currency: "GBP",
      temperature: "dry-ice",
      dangerousGoods: ["UN2910"],
    },
    exportPermits: ["in-export-samples-noc"],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 420, duty: 0, importTax: 84, total: 84 },
    status: "action",
    issues: ["dangerous-goods", "dangerous-goods-not-covered"],
  },
  // ------------------------------------------------------- Packing questions
  // Domestic lanes (no permits, parties or charges), so the packing findings alone decide the status.
  {
    // dg-refrigerant-unstated: -80 °C names no refrigerant; with dry ice the package is UN1845 (49 CFR 173.217, IATA PI 954),
    // a question the shipper answers before booking (action). dg-sample-class-unstated: no UN number for the samples.
    note: "Samples within the UK at -80 °C with no UN number and no refrigerant: both packing questions, action for the carrier",
    row: { origin: "GB", destination: "GB", material: "samples", value: 200, currency: "GBP", temperature: "-80C" },
    exportPermits: [],
    importPermits: [],
    importer: "not needed",
    exporter: "not needed",
    charges: NONE,
    status: "action",
    issues: ["packing-refrigerant-unstated", "packing-sample-class-unstated"],
    absent: ["dangerous-goods"],
    messages: ["UN1845", "Category A (UN2814)", "Category B (UN3373)", "exempt human specimen"],
  },
  {
    // -80 °C IMP: only the refrigerant question (an IMP is not a sample to classify).
    note: "IMP within the UK at -80 °C with no refrigerant named: the refrigerant question only",
    row: { origin: "GB", destination: "GB", material: "imp", value: 5000, currency: "GBP", temperature: "-80C" },
    exportPermits: [],
    importPermits: [],
    importer: "not needed",
    exporter: "not needed",
    charges: NONE,
    status: "action",
    issues: ["packing-refrigerant-unstated"],
    absent: ["packing-sample-class-unstated"],
  },
  {
    // UN1845 in the dangerous-goods column names the refrigerant: the dry-ice rule applies (info), no question.
    note: "IMP within the UK at -80 °C with UN1845 given: dry-ice requirements, no packing question, ok",
    row: {
      origin: "GB",
      destination: "GB",
      material: "imp",
      value: 5000,
      currency: "GBP",
      temperature: "-80C",
      dangerousGoods: ["UN1845"],
    },
    exportPermits: [],
    importPermits: [],
    importer: "not needed",
    exporter: "not needed",
    charges: NONE,
    status: "ok",
    issues: ["dangerous-goods"],
    absent: ["packing-refrigerant-unstated", "packing-sample-class-unstated"],
  },
  {
    // -20 °C: dry ice is one way to keep it frozen among others, so the refrigerant question is a note (info).
    note: "IMP within the UK frozen at -20 °C with no refrigerant named: a note on dry ice, still ok",
    row: { origin: "GB", destination: "GB", material: "imp", value: 5000, currency: "GBP", temperature: "-20C" },
    exportPermits: [],
    importPermits: [],
    importer: "not needed",
    exporter: "not needed",
    charges: NONE,
    status: "ok",
    issues: ["packing-refrigerant-unstated"],
  },
  {
    // The dry-ice temperature names the refrigerant (dg-un1845-dry-ice applies) but not the samples' class.
    note: "Samples within the UK on dry ice with no UN number: dry-ice requirements and the classification question",
    row: { origin: "GB", destination: "GB", material: "samples", value: 200, currency: "GBP", temperature: "dry-ice" },
    exportPermits: [],
    importPermits: [],
    importer: "not needed",
    exporter: "not needed",
    charges: NONE,
    status: "action",
    issues: ["dangerous-goods", "packing-sample-class-unstated"],
    absent: ["packing-refrigerant-unstated"],
  },
  {
    // UN3373 and dry ice: the row states both; the Category B and dry-ice requirements apply (info).
    note: "Samples within the UK on dry ice as UN3373: no packing question, ok",
    row: {
      origin: "GB",
      destination: "GB",
      material: "samples",
      value: 200,
      currency: "GBP",
      temperature: "dry-ice",
      dangerousGoods: ["UN3373"],
    },
    exportPermits: [],
    importPermits: [],
    importer: "not needed",
    exporter: "not needed",
    charges: NONE,
    status: "ok",
    issues: ["dangerous-goods"],
    absent: ["packing-refrigerant-unstated", "packing-sample-class-unstated"],
  },
  {
    // The description says the class (exempt human specimen), as the row can today: no question.
    note: "Serum samples within the UK at 2-8 °C described as exempt human specimens: no packing question, ok",
    row: {
      origin: "GB",
      destination: "GB",
      material: "samples",
      value: 200,
      currency: "GBP",
      temperature: "2-8C",
      description: "Serum, Exempt human specimen",
    },
    exportPermits: [],
    importPermits: [],
    importer: "not needed",
    exporter: "not needed",
    charges: NONE,
    status: "ok",
    absent: ["packing-refrigerant-unstated", "packing-sample-class-unstated"],
  },
  {
    // Ship date before the as-of date.
    note: "Lab kits GB to NL with a ship date in the past (2026-11-01): update the plan",
    row: { origin: "GB", destination: "NL", material: "lab-kit", value: 2000, currency: "EUR", shipDate: "2026-11-01" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 2100, duty: 0, importTax: 441, total: 441 },
    status: "action",
    issues: ["ship-date-past"],
  },

  // ---------------------------------------------------------- Uncovered countries
  {
    // Nigeria has no rules on file: nothing is invented on its side.
    note: "IMP GB to NG: Nigeria not covered, no Nigerian permit invented, charges unknown",
    row: { origin: "GB", destination: "NG", material: "imp", value: 10000, currency: "USD" },
    exportPermits: [],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "action",
    issues: ["country-not-covered"],
  },
  {
    // Origin not covered: the UK side is still assessed (gb-import-samples-none, gb-ior-other, VAT 20%).
    note: "Samples NG to GB: Nigeria's export side not covered, UK import side assessed",
    row: { origin: "NG", destination: "GB", material: "samples", value: 500, currency: "GBP" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "not covered",
    charges: { customsValue: 525, duty: 0, importTax: 105, total: 105 },
    status: "action",
    issues: ["country-not-covered"],
  },
  // ---------------------------------------------------------------- tax bases and thresholds
  {
    // za-import-imp-sahpra-ct-s21 and za-import-sars-importer-registration; za-valuation FOB; za-duty-3003 0%;
    // za-import-tax 15% on customs value + duty + 10% of the customs value (SARS VAT FAQ, VAT Act s13).
    note: "IMP (HS 3003) US to ZA: VAT 15% on the FOB value plus duty plus the 10% uplift",
    row: { origin: "US", destination: "ZA", material: "imp", hsCode: "300390", value: 10000, currency: "ZAR" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["za-import-imp-sahpra-ct-s21", "za-import-sars-importer-registration"],
    importer: "appoint",
    exporter: "appoint",
    // FOB 10000; duty 0; VAT 15% x (10000 + 0 + 1000) = 1650.
    charges: { customsValue: 10000, duty: 0, importTax: 1650, total: 1650 },
    status: "action",
  },
  {
    // au-duty-300215: the line 3002.15.10 is 5%, 3002.15.90 Free: estimated at 5% until the 8-digit line is known;
    // au-valuation FOB; au-import-tax 10% on customs value + duty + freight and insurance (estimated at 5% here).
    note: "Monoclonal antibody IMP (HS 3002 15) US to AU: duty 0-5% by national line, estimated at 5%, GST on top",
    row: { origin: "US", destination: "AU", material: "imp", hsCode: "300215", value: 10000, currency: "AUD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["au-import-imp-ctn-cta", "au-import-imp-bicon-declaration"],
    importer: "appoint",
    exporter: "appoint",
    // FOB 10000; duty 5% = 500; GST 10% x (10000 + 500 + 500) = 1100.
    charges: { customsValue: 10000, duty: 500, importTax: 1100, total: 1600 },
    status: "action",
    issues: ["duty-rate-varies"],
  },
  {
    // au-valuation FOB; au-import-tax 10% of the value of the taxable importation = customs value + duty + international transport and insurance.
    note: "Device US to AU with freight and insurance in the row: duty on FOB, GST on FOB + duty + freight + insurance",
    row: {
      origin: "US",
      destination: "AU",
      material: "device",
      hsCode: "901890",
      value: 10000,
      freight: 400,
      insurance: 100,
      currency: "AUD",
    },
    exportPermits: ["us-export-device-fda"],
    importPermits: ["au-import-imp-ctn-cta"], // the CTN/CTA scheme rule covers IMPs and devices
    importer: "appoint",
    exporter: "appoint",
    // FOB 10000; au-duty-9018 0%; GST 10% x (10000 + 0 + 500) = 1050.
    charges: { customsValue: 10000, duty: 0, importTax: 1050, total: 1050 },
    status: "action",
    absent: ["duty-rate-not-covered"],
  },
  {
    // jp-de-minimis: customs value (CIF) of JPY 10,000 or less is free of duty and consumption tax (Japan Customs answer 1006); jp-valuation CIF.
    note: "IMP US to JP worth JPY 9,800: its CIF customs value (10,290) is over the JPY 10,000 threshold, so consumption tax is due",
    row: { origin: "US", destination: "JP", material: "imp", value: 9800, currency: "JPY" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["jp-import-imp-ctn"],
    importer: "appoint",
    exporter: "appoint",
    // 9800 + 5% = 10290; duty 0 (jp-duty-3004); tax 10% = 1029.
    charges: { customsValue: 10290, duty: 0, importTax: 1029, total: 1029 },
    status: "action",
    absent: ["de-minimis"],
  },
  {
    // fr-import-imp-ansm-attestation applies "including from other EEA states"; eu-membership: no customs border.
    note: "IMP DE to FR: no customs border, but the ANSM import attestation still applies inside the EU",
    row: { origin: "DE", destination: "FR", material: "imp", value: 5000, currency: "EUR" },
    exportPermits: [],
    importPermits: ["fr-import-imp-ansm-attestation"],
    importer: "not needed",
    exporter: "not needed",
    charges: NONE,
    status: "action",
    issues: ["customs-union-movement", "permit-required"],
  },
  {
    // pl-export-controlled-gif-export-permit ("wywóz albo wewnątrzwspólnotową dostawę": also intra-community supply);
    // de-import-narcotics-einfuhrgenehmigung (every entry into Germany).
    note: "Controlled IMP PL to DE: the Polish narcotics export permit and the German narcotics import permit apply inside the EU",
    row: { origin: "PL", destination: "DE", material: "imp", value: 900, currency: "EUR", controlledSubstance: true },
    exportPermits: ["pl-export-controlled-gif-export-permit"],
    importPermits: ["de-import-narcotics-einfuhrgenehmigung"],
    importer: "not needed",
    exporter: "not needed",
    charges: NONE,
    status: "action",
  },

  // ------------------------------------------------------------- Other countries' sources
  {
    // ch-export-imp-swissmedic-establishment-licence (every export of medicinal products) and ch-export-narcotics-swissmedic
    // (BetmKV Art. 23, and the customs office's page: only travellers carry such medicines without a licence);
    // gb-import-imp-mia-imp and gb-import-controlled-home-office (one licence per shipment); gb-duty-3004 0%; VAT 20%.
    note: "Controlled IMP from Switzerland to GB: Swissmedic establishment and narcotics export licences, UK MIA(IMP) and Home Office import licence, VAT 20%",
    row: { origin: "CH", destination: "GB", material: "imp", value: 10000, currency: "GBP", controlledSubstance: true },
    exportPermits: ["ch-export-imp-swissmedic-establishment-licence", "ch-export-narcotics-swissmedic"],
    importPermits: ["gb-import-imp-mia-imp", "gb-import-controlled-home-office"],
    importer: "appoint",
    exporter: "appoint",
    // 10000 + 5% = 10500; duty 0; 10500 x 20% = 2100.
    charges: { customsValue: 10500, duty: 0, importTax: 2100, total: 2100 },
    status: "action",
    issues: ["permit-required"],
    scopes: { "ch-export-narcotics-swissmedic": "per-shipment", "gb-import-controlled-home-office": "per-shipment" },
  },
];
