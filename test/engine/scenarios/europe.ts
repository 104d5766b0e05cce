import { NONE, UNKNOWN, type Scenario } from "./scenario";

/** Europe: EU imports and internal movement, the United Kingdom, Switzerland. */
export const europeScenarios: Scenario[] = [
  // ---------------------------------------------------------------- EU imports
  {
    // us-export-imp-fda; de-import-imp-einfuhrerlaubnis (replaces eu-import-imp-mia, 90 days, § 17 AMG);
    // de-ior-imp (foreign sponsor may not act); us-eor-imp; eu-valuation CIF; eu-duty-3004 0%; de-import-tax 19%.
    note: "IMP from a US depot to a German site: German import authorisation (§72 AMG) needed, EU duty 0% on 3004, import VAT 19% on CIF",
    row: {
      origin: "US",
      destination: "DE",
      material: "imp",
      value: 10000,
      currency: "EUR",
      sponsor: "Acme Pharma Inc",
    },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["de-import-imp-einfuhrerlaubnis"],
    importer: "appoint",
    exporter: "appoint",
    // 10000 + 5% = 10500; duty 0; EUSt 19% x 10500 = 1995.
    charges: { customsValue: 10500, duty: 0, importTax: 1995, total: 1995 },
    status: "action",
    issues: ["permit-required", "freight-estimated", "hs-heading-assumed", "lead-time-unknown"],
    absent: ["rules-not-covered", "import-tax-relief", "extra-tariff-possible"],
    // The §72 authorisation is a per-importer standing licence: use an importer that holds it, so its
    // 90 days are not counted as a pending lead time; us-export-imp-fda has no sourced lead time.
    leadTimeDays: null,
  },
  {
    // As above, with the importer named in the row: the row's party is kept (de-ior-imp only describes who qualifies).
    note: "IMP US to DE with a named German depot as importer of record: the depot is kept as IOR",
    row: {
      origin: "US",
      destination: "DE",
      material: "imp",
      value: 2000,
      currency: "EUR",
      importerOfRecord: "Clinical Depot GmbH",
    },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["de-import-imp-einfuhrerlaubnis"],
    importer: { party: "Clinical Depot GmbH" },
    exporter: "appoint",
    // 2000 + 5% = 2100; 19% = 399.
    charges: { customsValue: 2100, duty: 0, importTax: 399, total: 399 },
    status: "action",
    absent: ["importer-of-record-needed"],
  },
  {
    // de-import-imp-einfuhrerlaubnis is per-importer (a standing licence of the importer, 90 days only for a new
    // one): shipping in three weeks is not a lead-time risk as long as an authorised importer is used.
    note: "IMP US to DE shipping 2026-12-17: §72 AMG authorisation is the importer's standing licence, no lead-time risk",
    row: {
      origin: "US",
      destination: "DE",
      material: "imp",
      value: 10000,
      currency: "EUR",
      shipDate: "2026-12-17",
      needByDate: "2027-01-15",
    },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["de-import-imp-einfuhrerlaubnis"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10500, duty: 0, importTax: 1995, total: 1995 },
    status: "action",
    issues: ["permit-required"],
    absent: ["lead-time-tight", "lead-time-misses-need-by"],
    leadTimeDays: null,
  },
  {
    // us-export-device-fda; eu-import-device-clinical-investigation (an investigational device enters for an
    // authorised or notified clinical investigation under the MDR, held by the sponsor, per trial);
    // eu-ior-general (declarant established in the EU); us-eor-device; eu-duty-9018 0%; fr-import-tax 20%
    // (its reliefs are for IMP / headings 3002, 3004, not 9018).
    note: "Investigational device US to FR: FDA export approval, MDR clinical investigation authorisation, EU duty 0% on 9018, TVA 20%",
    row: { origin: "US", destination: "FR", material: "device", value: 5000, currency: "EUR" },
    exportPermits: ["us-export-device-fda"],
    importPermits: ["eu-import-device-clinical-investigation"],
    importer: "appoint",
    exporter: "appoint",
    // 5000 + 5% = 5250; 20% = 1050.
    charges: { customsValue: 5250, duty: 0, importTax: 1050, total: 1050 },
    status: "action",
    issues: ["permit-required"],
    absent: ["import-tax-relief", "rules-not-covered"],
  },
  {
    // gb-export-no-strategic-licence (no export licence unless strategically controlled); eu-import-lab-kit-ce-ivd
    // (CE-marked IVDs circulate freely; the performance-study permit only if the kit holds an unmarked IVD);
    // eu-ior-general; gb-eor-all; eu-duty-3822 0%; nl-import-tax 21% (nl-import-tax-medicines-9 is for IMP, headings 3002/3004).
    note: "Lab kits from the UK to NL: no licence on either side in the usual case, EU duty 0% on 3822, btw 21%",
    row: { origin: "GB", destination: "NL", material: "lab-kit", value: 2000, currency: "EUR" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 2000 + 5% = 2100; 21% = 441.
    charges: { customsValue: 2100, duty: 0, importTax: 441, total: 441 },
    status: "action",
    issues: ["permit-conditional", "importer-of-record-needed"],
    absent: ["rules-not-covered"],
  },
  {
    // ch-export-imp-swissmedic-establishment-licence (every company exporting medicinal products, clinical trials
    // included, holds a Swissmedic establishment licence, whose number goes on the export declaration);
    // be-import-imp-famhp-authorisation replaces eu-import-imp-mia; be-ior-imp; ch-eor-imp; be-import-tax 21%;
    // be-import-tax-medicines-6 only names headings 3002/3004 and its IMP eligibility is unconfirmed, so it is named but not applied.
    note: "IMP from Switzerland to BE: Swissmedic establishment licence, FAMHP import authorisation, duty 0%, VAT at the standard 21% (6% only named)",
    row: { origin: "CH", destination: "BE", material: "imp", value: 10000, currency: "EUR" },
    exportPermits: ["ch-export-imp-swissmedic-establishment-licence"],
    importPermits: ["be-import-imp-famhp-authorisation"],
    importer: "appoint",
    exporter: "appoint",
    // 10500 x 21% = 2205.
    charges: { customsValue: 10500, duty: 0, importTax: 2205, total: 2205 },
    status: "action",
    issues: ["permit-required", "import-tax-relief"],
    absent: ["rules-not-covered", "record-party-not-covered"],
  },
  {
    // Italy has no national form of the MIA(IMP), so eu-import-imp-mia stays and it-import-nos-usmaf is added;
    // it-ior-imp; it-import-tax-medicines-10 lists IMP (and heading 3004): IVA 10%.
    note: "IMP US to IT: EU MIA(IMP) plus the USMAF Nulla Osta Sanitario, IVA 10% for medicines of heading 3004",
    row: { origin: "US", destination: "IT", material: "imp", value: 10000, currency: "EUR" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["eu-import-imp-mia", "it-import-nos-usmaf"],
    importer: "appoint",
    exporter: "appoint",
    // 10500 x 10% = 1050.
    charges: { customsValue: 10500, duty: 0, importTax: 1050, total: 1050 },
    status: "action",
    issues: ["import-tax-relief"],
  },
  {
    // GB: no export rule for non-controlled IMP; ES keeps eu-import-imp-mia and adds es-import-imp-aemps-085058;
    // es-ior-imp; gb-eor-all; es-import-tax-medicines-4 lists IMP: IVA 4%.
    note: "IMP UK to ES: EU MIA(IMP) plus AEMPS import authorisation (procedure 085058), IVA 4% for medicines",
    row: { origin: "GB", destination: "ES", material: "imp", value: 10000, currency: "EUR" },
    exportPermits: [],
    importPermits: ["eu-import-imp-mia", "es-import-imp-aemps-085058"],
    importer: "appoint",
    exporter: "appoint",
    // 10500 x 4% = 420.
    charges: { customsValue: 10500, duty: 0, importTax: 420, total: 420 },
    status: "action",
  },
  {
    // ch-export-samples-none; es-import-samples-rd65; es-ior-samples; ch-eor-other (exporter with a Swiss UID);
    // eu-duty-3002 0%; es-import-tax 21% (the 4% relief lists only IMP);
    // dg-un1845-dry-ice (dry-ice temperature) and dg-un3373-category-b.
    note: "Blood samples from Switzerland to a Spanish lab on dry ice, UN3373: RD 65/2006 import authorisation, IVA 21%, dry-ice and Category B packing",
    row: {
      origin: "CH",
      destination: "ES",
      material: "samples",
      value: 800,
      currency: "EUR",
      temperature: "dry-ice",
      dangerousGoods: ["UN3373"],
    },
    exportPermits: [],
    importPermits: ["es-import-samples-rd65"],
    importer: "appoint",
    exporter: "appoint",
    // 800 + 5% = 840; 21% = 176.4.
    charges: { customsValue: 840, duty: 0, importTax: 176.4, total: 176.4 },
    status: "action",
    issues: ["dangerous-goods"],
    absent: ["rules-not-covered", "dangerous-goods-not-covered", "record-party-not-covered"],
  },
  {
    // pl-import-imp-gif-import-licence replaces eu-import-imp-mia; pl-ior-imp; pl-import-tax 23% (no relief);
    // eu-de-minimis is in EUR, the row in PLN: not converted.
    note: "IMP US to PL invoiced in PLN: GIF import licence, VAT 23%, EU de minimis not compared (EUR vs PLN)",
    row: { origin: "US", destination: "PL", material: "imp", value: 40000, currency: "PLN" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["pl-import-imp-gif-import-licence"],
    importer: "appoint",
    exporter: "appoint",
    // 40000 + 5% = 42000; 23% = 9660.
    charges: { customsValue: 42000, duty: 0, importTax: 9660, total: 9660 },
    status: "action",
    issues: ["currency-not-converted"],
  },
  {
    // at-import-imp-basg-betriebsbewilligung (replaces eu-import-imp-mia) + at-import-imp-basg-notification;
    // at-ior-imp; at-import-tax-medicines-10 lists IMP (medicinal products under the AMG): 10%.
    // Lead time: AMG § 63(3) has the BASG decide on a licence application within 90 days; the licence is
    // the importer's standing one, so the row names the time a new one takes rather than waiting on it.
    note: "IMP US to AT: BASG § 63 AMG licence (90-day statutory decision time) and AWEG import certificate, EUSt 10% for medicinal products",
    row: { origin: "US", destination: "AT", material: "imp", value: 10000, currency: "EUR" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["at-import-imp-basg-betriebsbewilligung", "at-import-imp-basg-notification"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10500, duty: 0, importTax: 1050, total: 1050 },
    status: "action",
    messages: ["(a new one takes about 90 days)"],
  },

  // ------------------------------------------------------- EU internal movement
  {
    // eu-membership: no import or export between members, no duty or import VAT at the border.
    note: "Lab kits DE to FR: intra-community movement, no import, nothing to pay, status ok",
    row: { origin: "DE", destination: "FR", material: "lab-kit", value: 3000, currency: "EUR" },
    exportPermits: [],
    importPermits: [],
    importer: "not needed",
    exporter: "not needed",
    charges: NONE,
    status: "ok",
    issues: ["customs-union-movement"],
  },
  {
    // eu-membership.
    note: "Investigational devices NL to BE: intra-community movement, status ok",
    row: { origin: "NL", destination: "BE", material: "device", value: 12000, currency: "EUR" },
    exportPermits: [],
    importPermits: [],
    importer: "not needed",
    exporter: "not needed",
    charges: NONE,
    status: "ok",
  },
  {
    // Same country: domestic.
    note: "Equipment within Germany: domestic, no customs border, status ok",
    row: { origin: "DE", destination: "DE", material: "equipment", value: 5000, currency: "EUR" },
    exportPermits: [],
    importPermits: [],
    importer: "not needed",
    exporter: "not needed",
    charges: NONE,
    status: "ok",
    issues: ["domestic-shipment"],
  },

  // ------------------------------------------------------------ United Kingdom
  {
    // gb-import-imp-mia-imp (90 days, CT Regs reg 39); gb-ior-imp; gb-valuation CIF; gb-duty-3004 0%; gb-import-tax 20%.
    note: "IMP US to GB: UK MIA(IMP) holder imports, duty 0% (WTO pharma), import VAT 20% on CIF",
    row: { origin: "US", destination: "GB", material: "imp", value: 10000, currency: "GBP" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["gb-import-imp-mia-imp"],
    importer: "appoint",
    exporter: "appoint",
    // 10500 x 20% = 2100.
    charges: { customsValue: 10500, duty: 0, importTax: 2100, total: 2100 },
    status: "action",
    // gb-import-imp-mia-imp is per-importer: a UK MIA(IMP) holder is used, its 90 days are not pending.
    leadTimeDays: null,
  },
  {
    // gb-de-minimis: GBP 135, duty only (VAT still due).
    note: "Low-value IMP resupply US to GB at GBP 100: under the GBP 135 duty de minimis, VAT still due",
    row: { origin: "US", destination: "GB", material: "imp", value: 100, currency: "GBP" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["gb-import-imp-mia-imp"],
    importer: "appoint",
    exporter: "appoint",
    // 100 + 5% = 105; duty 0; VAT 20% = 21.
    charges: { customsValue: 105, duty: 0, importTax: 21, total: 21 },
    status: "action",
    issues: ["de-minimis"],
  },
  {
    // No-commercial-value row with value 0: a customs value is still needed (gb-valuation note).
    note: "NCV IMP US to GB with value 0: customs value required, charges not estimated from a value of 0",
    row: { origin: "US", destination: "GB", material: "imp", value: 0, currency: "GBP", noCommercialValue: true },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["gb-import-imp-mia-imp"],
    importer: "appoint",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "action",
    issues: ["customs-value-required"],
  },
  {
    // gb-import-device-equipment-no-import-licence (Open General Import Licence); the UKCA/CE rule only if the
    // equipment is itself a medical device; us-export-ear99-nlr; gb-ior-other; gb-duty-902789 0%;
    // gb-import-tax-relief-scientific-instruments lists equipment: 0% (eligible research establishment).
    note: "Analyser (HS 9027 89) US to a UK university hospital: duty 0%, VAT zero-rated scientific-instrument relief",
    row: { origin: "US", destination: "GB", material: "equipment", value: 10000, currency: "GBP", hsCode: "90278900" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10500, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["import-tax-relief", "permit-conditional"],
    absent: ["hs-heading-assumed", "rules-not-covered"],
  },
  {
    // gb-ata: the UK accepts ATA carnets for professional equipment.
    note: "Returnable equipment US to GB under an ATA carnet: nothing to pay now",
    row: { origin: "US", destination: "GB", material: "equipment", value: 30000, currency: "GBP", returnable: true },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: NONE,
    status: "action",
    issues: ["temporary-admission"],
  },
  {
    // in-export-samples-noc; gb-import-samples-none; gb-ior-other; in-eor-samples; gb-duty-3002 0%; VAT 20%;
    // ln2 temperature -> dg-ln2-dry-shipper.
    note: "Samples from India to a UK lab in an LN2 dry shipper: CDSCO/ICMR export NOC, no UK permit, VAT 20%",
    row: { origin: "IN", destination: "GB", material: "samples", value: 400, currency: "GBP", temperature: "ln2" },
    exportPermits: ["in-export-samples-noc"],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 400 + 5% = 420; 20% = 84.
    charges: { customsValue: 420, duty: 0, importTax: 84, total: 84 },
    status: "action",
    issues: ["dangerous-goods"],
    absent: ["rules-not-covered"],
  },
  {
    // cn-export-samples-hgr-exit + cn-export-samples-special-articles; cn-eor-samples; gb-import-samples-none.
    note: "Samples leaving China for a UK lab: HGR exit licence and special-articles quarantine approval needed",
    row: { origin: "CN", destination: "GB", material: "samples", value: 500, currency: "GBP" },
    exportPermits: ["cn-export-samples-hgr-exit", "cn-export-samples-special-articles"],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 525; 20% = 105.
    charges: { customsValue: 525, duty: 0, importTax: 105, total: 105 },
    status: "action",
    issues: ["lead-time-unknown"],
  },
  {
    // za-export-samples-doh-r181 (held by the site); za-export-sars-exporter-registration (every exporter registers
    // with SARS); za-eor-samples; gb-import-samples-none; VAT 20%.
    note: "Samples from a South African site to the UK: DoH R.181 export permit and SARS exporter registration needed",
    row: { origin: "ZA", destination: "GB", material: "samples", value: 1000, currency: "GBP" },
    exportPermits: ["za-export-samples-doh-r181", "za-export-sars-exporter-registration"],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 1050, duty: 0, importTax: 210, total: 210 },
    status: "action",
  },

  // ------------------------------------------------------------- Switzerland
  {
    // ch-import-device-clinical-investigation: a category C investigation (device not CE-marked or used outside its CE
    // marking) needs Swissmedic and cantonal ethics committee authorisation (ClinO-MD), the usual case for an investigational
    // device, so it is listed to confirm; Swissmedic's "no import authorisation" covers marketed devices only; ch-ior-other;
    // ch-duty-9018 0% (industrial tariffs abolished); ch-import-tax 8.1%.
    note: "Investigational device US to CH: FDA export approval, Swissmedic and ethics committee authorisation of the category C investigation, duty 0%, import VAT 8.1% on CIF",
    row: { origin: "US", destination: "CH", material: "device", value: 5000, currency: "CHF" },
    exportPermits: ["us-export-device-fda"],
    importPermits: ["ch-import-device-clinical-investigation"],
    importer: "appoint",
    exporter: "appoint",
    // 5250 x 8.1% = 425.25.
    charges: { customsValue: 5250, duty: 0, importTax: 425.25, total: 425.25 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["rules-not-covered", "record-party-not-covered"],
  },
  {
    // ch-import-samples-none (MPLO Art. 44(2)(b)(2): no per-shipment Swissmedic licence for blood not for use in humans);
    // eu-export-samples-no-eu-licence; eu-export-samples-dual-use (only if 1C351 pathogens) and
    // ch-import-samples-foph-pathogen-notice (only for group 3/4 organisms) are conditions, not tasks; eu-eor-general;
    // ch-duty-3002 0%; 8.1% with the 2.6% medications rate (headings only) named but not applied.
    note: "Samples DE to a Swiss central lab: no Swissmedic licence for blood not for human use, dual-use and FOPH notices only conditional; VAT 8.1%",
    row: { origin: "DE", destination: "CH", material: "samples", value: 1000, currency: "CHF" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 1050 x 8.1% = 85.05.
    charges: { customsValue: 1050, duty: 0, importTax: 85.05, total: 85.05 },
    status: "action",
    // The conditional notices are named as conditions, not as tasks.
    issues: ["permit-conditional", "import-tax-relief"],
    absent: ["permit-required", "rules-not-covered"],
  },
  {
    // ch-ata: Switzerland accepts ATA carnets for professional equipment.
    note: "Returnable analyser DE to CH under an ATA carnet: no duty or VAT now",
    row: { origin: "DE", destination: "CH", material: "equipment", value: 20000, currency: "CHF", returnable: true },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: NONE,
    status: "action",
    issues: ["temporary-admission"],
  },
  // ---------------------------------------------------------------- EU-level sources
  // The Chapter 30 rates as the EU-level facts now state them: 3002 and 3004 rest on the WTO Pharmaceutical Agreement
  // (the EU binds products of HS Chapter 30 at duty-free levels), 3006 91 on the autonomous suspension of Council
  // Regulation (EC) No 1930/2006, 3006 93 on TARIC only; other 3006 lines have no sourced rate.
  {
    // us-export-imp-fda; de-import-imp-einfuhrerlaubnis (replaces eu-import-imp-mia); eu-duty-3002 0% (WTO Pharma
    // Agreement, zero-for-zero); de-import-tax 19% with no reliefs.
    note: "Monoclonal antibody IMP (HS 3002 15) from the US to a German site: duty 0% under the WTO Pharma Agreement, EUSt 19%",
    row: { origin: "US", destination: "DE", material: "imp", value: 10000, currency: "EUR", hsCode: "30021500" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["de-import-imp-einfuhrerlaubnis"],
    importer: "appoint",
    exporter: "appoint",
    // 10000 + 5% = 10500; duty 0% x 10500 = 0; 19% x 10500 = 1995.
    charges: { customsValue: 10500, duty: 0, importTax: 1995, total: 1995 },
    status: "action",
    issues: ["permit-required", "freight-estimated"],
    absent: ["hs-heading-assumed", "duty-rate-not-covered", "import-tax-relief"],
  },
  {
    // eu-import-ancillary-ce-marked (none) with eu-import-ancillary-axmp-authorisation as a condition; eu-duty-300691 0%
    // (duty suspended by Council Regulation (EC) No 1930/2006); fr-import-tax 20% (the 2.1% and 10% reliefs name only
    // headings 3002 and 3004).
    note: "Ostomy appliances (HS 3006 91) as ancillary supplies US to FR: duty 0% by the 2006 suspension, TVA 20%",
    row: { origin: "US", destination: "FR", material: "ancillary", value: 1000, currency: "EUR", hsCode: "30069100" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 1000 + 5% = 1050; duty 0; 20% x 1050 = 210.
    charges: { customsValue: 1050, duty: 0, importTax: 210, total: 210 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["duty-rate-not-covered", "import-tax-relief"],
  },
  {
    // Not all of Chapter 30 has a sourced EU rate: 3006 10 mixes sutures, haemostatics and adhesion barriers, and only the
    // barriers' suspension (Reg. 1930/2006) was read, so there is no eu-duty-300610 and duty is not estimated;
    // fr-import-tax 20% on the customs value.
    note: "Sterile sutures (HS 3006 10) as ancillary supplies US to FR: no sourced EU rate for 3006 10, duty not estimated, TVA 20%",
    row: { origin: "US", destination: "FR", material: "ancillary", value: 1000, currency: "EUR", hsCode: "30061010" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 1000 + 5% = 1050; duty unknown; 20% x 1050 = 210; total unknown.
    charges: { customsValue: 1050, duty: null, importTax: 210, total: null },
    status: "action",
    issues: ["duty-rate-not-covered"],
  },
  {
    // Placebo kits: eu-duty-300693 0% rests on TARIC (secondary), no longer labelled zero-for-zero;
    // de-import-imp-einfuhrerlaubnis; de-import-tax 19%.
    note: "Blinded placebo kits (HS 3006 93) US to DE: duty 0% per TARIC, EUSt 19%",
    row: { origin: "US", destination: "DE", material: "imp", value: 2000, currency: "EUR", hsCode: "30069300" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["de-import-imp-einfuhrerlaubnis"],
    importer: "appoint",
    exporter: "appoint",
    // 2000 + 5% = 2100; duty 0; 19% x 2100 = 399.
    charges: { customsValue: 2100, duty: 0, importTax: 399, total: 399 },
    status: "action",
    absent: ["duty-rate-not-covered"],
  },

  // ------------------------------------------------------------- National sources
  {
    // nl-import-samples-wvkl-tissue-establishment: recognition as a tissue establishment (IGJ, Farmatec) only for cells or
    // tissues intended for application in humans, and nl-import-samples-wibv-blood-products: Farmatec's permit for blood and
    // intermediate products from outside the EEA, whose reach to lab samples the sources leave open; both are conditions,
    // not tasks; eu-duty-3002 0%;
    // nl-import-tax 21%, with nl-import-tax-medicines-9 (headings 3002/3004, no material) named but not applied. No source
    // says what lab samples themselves need, so the row still says the rules do not cover that (rules-not-covered).
    note: "Blood samples from a US site to a Dutch central lab: the Wvkl tissue recognition and the Wibv blood-products permit named as conditions, btw 21%",
    row: { origin: "US", destination: "NL", material: "samples", value: 1000, currency: "EUR" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 1000 + 5% = 1050; 21% = 220.5.
    charges: { customsValue: 1050, duty: 0, importTax: 220.5, total: 220.5 },
    status: "action",
    issues: ["permit-conditional", "import-tax-relief", "rules-not-covered"],
    absent: ["permit-required"],
    messages: ["intended for application in humans", "Vergunning bloedproducten"],
  },
  {
    // nl-import-tax-implant-prostheses-9 names heading 9021 without a material, so 9% is named but the estimate stays
    // at nl-import-tax 21%; the rules have no EU duty for 9021, so the duty and the total are not given and the tax is on
    // the customs value alone: (10000 + 5%) x 21% = 2205.
    note: "Investigational implant (HS 9021 90) US to NL: btw 21%, the 9% rate for surgical implant prostheses named, duty not covered",
    row: { origin: "US", destination: "NL", material: "device", value: 10000, currency: "EUR", hsCode: "902190" },
    exportPermits: ["us-export-device-fda"],
    importPermits: ["eu-import-device-clinical-investigation"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10500, duty: null, importTax: 2205, total: null },
    status: "action",
    issues: ["import-tax-relief", "duty-rate-not-covered"],
    messages: ["surgical implant prosthesis"],
  },
  {
    // fr-export-samples-mot-ansm: the ANSM MOT authorisation (R.5139-1 CSP) is a condition for samples holding a listed
    // micro-organism or toxin, named with fr-export-samples-mesr (research outside the protocol), the EU dual-use licence
    // and the CDC permit; none is a task for routine trial samples. US: duty 0% on 3002 (FOB), no federal import VAT.
    note: "Samples from a French site to a US central lab: the ANSM MOT authorisation named as a condition beside the MESR and dual-use ones",
    row: { origin: "FR", destination: "US", material: "samples", value: 500, currency: "USD" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // FOB: the customs value is the 500 declared; 0% duty and no import tax.
    charges: { customsValue: 500, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["permit-required"],
    messages: ["Autorisation MOT de l'ANSM"],
  },
  {
    // de-import-tax-anlage-2-no-52-7 names heading 9021 (Anlage 2 No. 52 UStG: implants, prostheses, pacemakers) without a
    // material, so 7% is named and the estimate stays at de-import-tax 19%; no EU duty for 9021 in the rules, so duty
    // and total are not given: (10000 + 5%) x 19% = 1995.
    note: "Investigational implant (HS 9021 90) US to DE: EUSt 19%, the 7% Anlage 2 rate for implants and prostheses named, duty not covered",
    row: { origin: "US", destination: "DE", material: "device", value: 10000, currency: "EUR", hsCode: "902190" },
    exportPermits: ["us-export-device-fda"],
    importPermits: ["eu-import-device-clinical-investigation"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10500, duty: null, importTax: 1995, total: null },
    status: "action",
    issues: ["import-tax-relief", "duty-rate-not-covered"],
    messages: ["Anlage 2 UStG"],
  },
  {
    // it-import-samples-blood-diagnostic answers 'no permit' for blood, serum or plasma for lab work; the USMAF nulla osta of
    // DM 10 October 2012 (it-import-samples-tissues-usmaf) is only a condition, for tissues or cells meant for use in humans.
    // eu-duty-3002 0%; it-import-tax 22% (the 10% relief needs heading 3004): 1050 x 22% = 231.
    note: "Blood samples US to an Italian lab: no authorisation for blood for lab work, the USMAF tissue nulla osta named as a condition, IVA 22%",
    row: { origin: "US", destination: "IT", material: "samples", value: 1000, currency: "EUR" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 1050, duty: 0, importTax: 231, total: 231 },
    status: "action",
    issues: ["no-permit-needed", "permit-conditional"],
    absent: ["permit-required", "rules-not-covered"],
    messages: ["Nulla osta USMAF for the import of human tissues and cells"],
  },
  {
    // nl-export-samples-wvkl-tissue-establishment and nl-export-samples-wibv-blood-products are conditions (cells or tissues
    // for use in humans; blood products to a third country, reach to lab samples to be asked of Farmatec), named beside the
    // EU dual-use licence and the CDC permit; none is a task. US: FOB 500, duty 0% on 3002, no federal import VAT.
    note: "Blood samples from a Dutch site to a US central lab: the Wvkl recognition and the Wibv export permit named as conditions",
    row: { origin: "NL", destination: "US", material: "samples", value: 500, currency: "USD" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 500, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["permit-required"],
    messages: [
      "to export blood and intermediate products to third countries",
      "covering the export of cells or tissues",
    ],
  },
  {
    // pl-import-samples-tissues-kcbtik-consent: the KCBTiK / Poltransplant consent is only for cells, tissues or organs for
    // transplantation or use in humans, so it is a condition for lab samples; eu-duty-3002 0%; pl-import-tax 23%:
    // 1050 x 23% = 241.5.
    note: "Blood samples US to a Polish lab: the KCBTiK consent for cells and tissues named as a condition, VAT 23%",
    row: { origin: "US", destination: "PL", material: "samples", value: 1000, currency: "EUR" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 1050, duty: 0, importTax: 241.5, total: 241.5 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["permit-required", "rules-not-covered"],
    messages: ["Zgoda na przywóz komórek, tkanek i narządów"],
  },

  // ------------------------------------------------------------- Other countries' sources
  {
    // be-import-tax 21% (standard rate on imports, TARBEL's VAT pages, FPS Finance); the 6% medicines relief names
    // headings 3002/3004 only, so it does not touch a lab kit; eu-duty-3822 0%; eu-import-lab-kit-ce-ivd (no licence)
    // and eu-import-lab-kit-performance-study (conditional); ch-export-no-licence-non-controlled and the Swissmedic
    // export certificate (conditional: only if the destination asks for one).
    note: "Sample-collection kits from a Swiss depot to a Belgian site: no licence, duty 0%, import VAT at the standard 21% on CIF",
    row: { origin: "CH", destination: "BE", material: "lab-kit", value: 10000, currency: "EUR" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 10000 + 5% = 10500; duty 0; 10500 x 21% = 2205.
    charges: { customsValue: 10500, duty: 0, importTax: 2205, total: 2205 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["import-tax-relief", "permit-required"],
  },
  {
    // at-import-tax 20% (BMF VAT guidelines Rz 1161: the standard rate applies to imports); the 10% relief covers
    // medicinal products only; eu-duty-9027 0% (default heading for equipment).
    note: "Laboratory analyser from Switzerland to an Austrian site: duty 0%, import VAT at the standard 20% on CIF",
    row: { origin: "CH", destination: "AT", material: "equipment", value: 20000, currency: "EUR" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 20000 + 5% = 21000; duty 0; 21000 x 20% = 4200.
    charges: { customsValue: 21000, duty: 0, importTax: 4200, total: 4200 },
    status: "action",
    absent: ["import-tax-relief", "permit-required"],
  },
];
