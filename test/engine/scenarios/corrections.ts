import { UNKNOWN, type Scenario } from "./scenario";

/** Corrections to the rule data, each worked from its cited source. */
export const correctionsScenarios: Scenario[] = [
  // ---------------------------------------------------------------- corrections
  {
    // sa-de-minimis: ZATCA's SAR 1,000 threshold counts the goods plus the shipping charges (Saudi Gazette 2021), so it is compared
    // with the customs value, not the goods alone; sa-import-device-sfda-clinical-study; no SA duty on file; sa-import-tax 15%.
    note: "Device US to SA worth SAR 960: with freight the value passes SAR 1,000, so no de minimis, VAT 15% on CIF",
    row: { origin: "US", destination: "SA", material: "device", value: 960, currency: "SAR" },
    exportPermits: ["us-export-device-fda"],
    importPermits: ["sa-import-device-sfda-clinical-study"],
    importer: "appoint",
    exporter: "appoint",
    // CIF 960 x 1.05 = 1,008 > 1,000, so duty stays unknown (not on file); VAT 15% x 1,008 = 151.20.
    charges: { customsValue: 1008, duty: null, importTax: 151.2, total: null },
    status: "action",
    issues: ["duty-rate-not-covered"],
    absent: ["de-minimis"],
  },
  {
    // ca-import-device-ita: MDR s. 80(2) requires the authorization for Class II-IV devices, s. 80(3) exempts Class I, so it is
    // listed as the usual case to confirm (permit-conditional, action); ca-ior-device: s. 83(1) names a manufacturer or importer
    // with no residency condition, so a foreign sponsor may act (CBSA non-resident importer); ca-valuation FOB; no Canadian rate
    // for 9018 in the rules; ca-import-gst 5%.
    note: "Investigational device US to CA: ITA needed unless the device is Class I, a foreign sponsor may be importer, GST 5% on FOB",
    row: { origin: "US", destination: "CA", material: "device", value: 5000, currency: "CAD" },
    exportPermits: ["us-export-device-fda"],
    importPermits: ["ca-import-device-ita"],
    importer: "appoint",
    exporter: "appoint",
    // FOB 5000; duty not covered; GST 5% x 5000 = 250; total unknown.
    charges: { customsValue: 5000, duty: null, importTax: 250, total: null },
    status: "action",
    issues: ["permit-conditional", "duty-rate-not-covered"],
    absent: ["rules-not-covered"],
    leadTimeDays: 30,
  },
  {
    // ca-import-labkit-mdel: MDR s. 44(1) licence for anyone importing medical devices, except the s. 44(2) retailers, health care
    // facilities and manufacturers; a depot, CRO or central lab is not exempt, so it is the usual case to confirm (action).
    note: "Lab kits US to CA: the importer needs an MDEL unless it is a health care facility, listed to confirm",
    row: { origin: "US", destination: "CA", material: "lab-kit", value: 2000, currency: "CAD" },
    exportPermits: [],
    importPermits: ["ca-import-labkit-mdel"],
    importer: "appoint",
    exporter: "appoint",
    // FOB 2000; no Canadian rate for 3822 in the rules; GST 5% = 100.
    charges: { customsValue: 2000, duty: null, importTax: 100, total: null },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["rules-not-covered"],
  },
  {
    // tr-export-samples-moh-approval: the Medical Laboratories Regulation (Art. 34) was repealed by Resmî Gazete 33057 of
    // 24 Oct 2025; its successor's provision on samples abroad is unconfirmed, so the approval is listed to confirm (action),
    // not as a settled permit; de-import-samples-research; eu-valuation CIF; eu-duty-3002 0%; de-import-tax 19%.
    note: "Blood samples TR to a German lab: Turkish exit approval to confirm under the regulation that replaced the Medical Laboratories Regulation",
    row: { origin: "TR", destination: "DE", material: "samples", value: 500, currency: "EUR" },
    exportPermits: ["tr-export-samples-moh-approval"],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 500 + 5% = 525; 19% = 99.75.
    charges: { customsValue: 525, duty: 0, importTax: 99.75, total: 99.75 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["permit-required", "rules-not-covered"],
  },
  {
    // us-extra-section301-syringes-needles: +100% on China-origin 9018.31/9018.32 since 27 Sep 2024 (89 FR 76581); it depends on
    // the goods' origin, not the lane, so it is named, not added; us-duty-9018 Free for 9018.31; us-import-tax none;
    // us-import-ancillary-labkit-fda-device-requirements.
    note: "Syringes (HS 9018.31) shipped DE to US: MFN Free, the 100% Section 301 duty on China-origin syringes named for checking",
    row: { origin: "DE", destination: "US", material: "ancillary", value: 1000, currency: "USD", hsCode: "9018310090" },
    exportPermits: [],
    importPermits: ["us-import-ancillary-labkit-fda-device-requirements"],
    importer: "appoint",
    exporter: "appoint",
    // FOB 1000; duty 0; no federal import tax.
    charges: { customsValue: 1000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["extra-tariff-possible"],
  },
  {
    // es-import-imp-aemps-085058: AEMPS Circular 1/2025, one annual application per investigational medicine instead of one per
    // shipment (and not one per trial); eu-import-imp-mia stays (Spain has no national form of it); ch-export-imp-swissmedic-
    // establishment-licence; es-import-tax-medicines-4 lists IMP: IVA 4%.
    note: "IMP CH to ES: the AEMPS import authorisation is one a year per investigational medicine, not one per trial",
    row: { origin: "CH", destination: "ES", material: "imp", value: 20000, currency: "EUR" },
    exportPermits: ["ch-export-imp-swissmedic-establishment-licence"],
    importPermits: ["eu-import-imp-mia", "es-import-imp-aemps-085058"],
    importer: "appoint",
    exporter: "appoint",
    // 20000 + 5% = 21000; duty 0; IVA 4% = 840.
    charges: { customsValue: 21000, duty: 0, importTax: 840, total: 840 },
    status: "action",
    scopes: { "es-import-imp-aemps-085058": "per-product" },
  },
  {
    // dg-un1845-dry-ice: by air the outer package carries the Class 9 hazard label even when the dry ice only cools
    // non-dangerous goods (NPAAC Appendix G; IATA DGR Q&A); us-export-ear99-nlr; gb-import-samples-none; gb-import-tax 20%.
    note: "Samples US to GB on dry ice: the dry-ice requirements include the Class 9 hazard label for air",
    row: { origin: "US", destination: "GB", material: "samples", value: 400, currency: "GBP", temperature: "dry-ice" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 400 + 5% = 420; 20% = 84.
    charges: { customsValue: 420, duty: 0, importTax: 84, total: 84 },
    status: "action",
    issues: ["dangerous-goods"],
    messages: ["Class 9 (miscellaneous dangerous goods) hazard label"],
  },
  {
    // eu-duty-3006 (all of 3006 at 0%) was replaced by sourced subheadings 3006 30, 3006 91 and 3006 93: a gel lubricant of
    // 3006 70 has no sourced EU rate, so duty is not estimated; eu-import-ancillary-ce-marked; de-import-tax 19%.
    note: "Gel lubricant (HS 3006 70) as ancillary supply US to DE: no sourced EU rate for 3006 70, duty not estimated, VAT 19%",
    row: { origin: "US", destination: "DE", material: "ancillary", value: 1000, currency: "EUR", hsCode: "30067000" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 1000 + 5% = 1050; duty unknown; 19% x 1050 = 199.5; total unknown.
    charges: { customsValue: 1050, duty: null, importTax: 199.5, total: null },
    status: "action",
    issues: ["duty-rate-not-covered"],
  },
  {
    // us-syria-ear: after the BIS rule of 2 Sep 2025 (90 FR 42315) EAR99 items go under License Exception SPP, but items on the
    // Commerce Control List still need a BIS licence; not a block (the OFAC programme ended, EO 14312); Syria has no rule file.
    note: "IMP US to Syria: not blocked, EAR99 items under License Exception SPP, a BIS licence still needed for Commerce Control List items",
    row: { origin: "US", destination: "SY", material: "imp", value: 1000, currency: "USD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "action",
    issues: ["sanctions-general-licence", "country-not-covered"],
    absent: ["sanctions-blocked"],
    messages: ["items on the Commerce Control List still need a BIS export licence"],
  },
  {
    // gb-import-device-mhra-ci-notification: per trial, at least 60 days before the investigation starts; the exception
    // (device UKCA/CE marked for the purpose investigated) rarely holds for an investigational device, so it is a permit, not a
    // condition; gb-import-device-equipment-no-import-licence (OGIL); us-export-device-fda; no GB rate for 9018 in the rules;
    // gb-import-tax 20%.
    note: "Investigational device US to GB: MHRA clinical investigation notification (60 days) is a per-trial permit",
    row: { origin: "US", destination: "GB", material: "device", value: 5000, currency: "GBP" },
    exportPermits: ["us-export-device-fda"],
    importPermits: ["gb-import-device-mhra-ci-notification"],
    importer: "appoint",
    exporter: "appoint",
    // 5000 + 5% = 5250; duty not covered; 20% x 5250 = 1050.
    charges: { customsValue: 5250, duty: null, importTax: 1050, total: null },
    status: "action",
    issues: ["permit-required", "duty-rate-not-covered"],
    leadTimeDays: 60,
  },
  {
    // eu-import-equipment-fgas-registration: Reg. (EU) 2024/573 Arts 19-23, F-gas Portal registration as import licence, its
    // number on the customs declaration, HFC quota cover for pre-charged refrigeration equipment; only when the freezer holds
    // F-gases, so a condition (information); eu-import-equipment no longer claims "no licence" for such equipment;
    // eu-duty-8418 2.2%; nl-import-tax 21%.
    note: "Ultra-low freezer (HS 8418 50) US to NL: F-gas Portal registration named as the condition for HFC-charged equipment, duty 2.2%, btw 21%",
    row: { origin: "US", destination: "NL", material: "equipment", value: 8000, currency: "EUR", hsCode: "841850" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 8000 + 5% = 8400; duty 2.2% = 184.8; 21% x 8584.8 = 1802.808 -> 1802.81; total 1987.608 -> 1987.61.
    charges: { customsValue: 8400, duty: 184.8, importTax: 1802.81, total: 1987.61 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["rules-not-covered"],
    messages: ["Registration as importer in the F-gas Portal"],
  },
  {
    // de-import-samples-ifsg-44-permit: § 44 IfSG permit for bringing pathogens into Germany, only when pathogens are shipped as
    // such (cultures, isolates), so a condition (information) beside de-import-samples-research; us-export-ear99-nlr;
    // eu-valuation CIF; eu-duty-3002 0%; de-import-tax 19%.
    note: "Samples US to a German lab: § 44 IfSG pathogen permit named as the condition for cultures or isolates, VAT 19%",
    row: { origin: "US", destination: "DE", material: "samples", value: 300, currency: "EUR" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 300 + 5% = 315; 19% = 59.85.
    charges: { customsValue: 315, duty: 0, importTax: 59.85, total: 59.85 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["rules-not-covered"],
    messages: ["Erlaubnis nach § 44 Infektionsschutzgesetz"],
  },
  {
    // it-export-samples-blood-diagnostic: DM 2 Dec 2016 Art. 13 frees blood, serum and plasma samples from prior authorisation;
    // it says nothing of other human material, so the row says where the answer stops (no-permit-needed, information);
    // eu-export-samples-dual-use only for listed pathogens; us-import-samples-noninfectious; us-duty-3002 Free; no US import tax.
    note: "Samples IT to a US lab: no Italian authorisation for blood, serum or plasma, other sample types named as not covered",
    row: { origin: "IT", destination: "US", material: "samples", value: 300, currency: "USD" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // FOB 300; duty 0; no federal import tax.
    charges: { customsValue: 300, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["no-permit-needed"],
    absent: ["rules-not-covered"],
    messages: ["human blood, serum or plasma samples", "do not say what other human biological samples need"],
  },
  {
    // jp-import-imp-ctn: products used for tests in a notified trial (blood tubes, IVDs) clear at Customs on the sponsor's CTN,
    // so the CTN is listed for lab kits too; jp-import-imp-yunyu-kakunin only without a CTN; jp-valuation CIF; no Japanese rate
    // for 3822 in the rules; jp-import-tax 10%.
    note: "Lab kits US to JP: cleared on the sponsor's PMDA Clinical Trial Notification, listed as the per-trial requirement",
    row: { origin: "US", destination: "JP", material: "lab-kit", value: 100000, currency: "JPY" },
    exportPermits: [],
    importPermits: ["jp-import-imp-ctn"],
    importer: "appoint",
    exporter: "appoint",
    // 100,000 + 5% = 105,000; duty not covered; 10% x 105,000 = 10,500.
    charges: { customsValue: 105000, duty: null, importTax: 10500, total: null },
    status: "action",
    issues: ["permit-required"],
    absent: ["rules-not-covered"],
    scopes: { "jp-import-imp-ctn": "per-trial" },
  },
  {
    // eu-import-ancillary-ce-marked now answers only for CE-marked devices (onlyFor: no-permit-needed, information);
    // eu-import-ancillary-axmp-authorisation names the importer's authorisation (Directive 2001/83/EC Art. 40(3)) for
    // auxiliary medicinal products as the condition; no default heading for ancillaries, so no duty; fr-import-tax 20%.
    note: "Ancillary supplies US to FR: no permit for CE-marked devices, auxiliary medicinal products need the importer's authorisation",
    row: { origin: "US", destination: "FR", material: "ancillary", value: 1000, currency: "EUR" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 1000 + 5% = 1050; duty unknown (no HS code, no default heading); 20% x 1050 = 210.
    charges: { customsValue: 1050, duty: null, importTax: 210, total: null },
    status: "action",
    issues: ["permit-conditional", "no-permit-needed", "hs-heading-unknown"],
    absent: ["rules-not-covered"],
    messages: ["auxiliary medicinal products"],
  },
  {
    // au-de-minimis: AUD 1,000 on the goods' value, covering duty and GST. The lab kit's default heading 3822 has no
    // Australian rate in the rules (duty-rate-not-covered), but under the threshold nothing is due whatever the rate,
    // so duty and GST are 0 and the finding that the rate is missing is dropped.
    note: "Lab kits worth AUD 500 US to AU, no HS code: under Australia's de minimis, no duty and no GST, rate or not",
    row: { origin: "US", destination: "AU", material: "lab-kit", value: 500, currency: "AUD" },
    exportPermits: [],
    importPermits: ["au-import-labkit-ivd-artg-or-ctn"],
    importer: "appoint",
    exporter: "appoint",
    // FOB basis: the customs value is the goods' 500; duty 0 and GST 0 under the de minimis.
    charges: { customsValue: 500, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["de-minimis"],
    absent: ["duty-rate-not-covered", "import-tax-not-covered"],
  },
  {
    // br-import-icms-relief-research (headings include 9027): Lei 8.032/1990 art. 2 I (g), added by Lei 13.243/2016, also lets
    // companies running R&D&I projects import free of duty, so the relief now says a sponsor may ask about the federal
    // exemption while Convênio ICMS 93/98 still names no companies; named only (it lists headings, not the material).
    // br-import-ancillary-equipment-anvisa-lpco stays conditional (medical or IVD equipment only).
    note: "Lab equipment US to BR: the research exemption now names companies with R&D projects (Lei 8.032), ICMS relief still not for sponsors",
    row: { origin: "US", destination: "BR", material: "equipment", value: 20000, currency: "USD" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // CIF 20000 + 5% = 21000; no II rate for 9027 and no IPI rate for 9027 in the rules, so duty and import tax unknown.
    charges: { customsValue: 21000, duty: null, importTax: null, total: null },
    status: "action",
    issues: ["import-tax-relief", "permit-conditional", "duty-rate-not-covered", "import-tax-not-covered"],
    messages: ["Lei 8.032/1990", "Convênio ICMS 93/98 does not name companies"],
  },
  {
    // gr-import-tax-immunological-6: Laws 4646/2019 and 4664/2020 moved immunological products of CN 3002 to the 6%
    // super-reduced rate (AADE circular E.2138/2020, reported by a secondary source); the former 13% listing (2017) is
    // superseded. us-export-imp-fda; gr-import-imp-eof-adeia-paragogis replaces eu-import-imp-mia; eu-duty-3002 0%.
    note: "Monoclonal antibody IMP (HS 3002 15) US to GR: EOF manufacturing/import licence, duty 0%, ΦΠΑ 6% for immunological products",
    row: { origin: "US", destination: "GR", material: "imp", value: 10000, currency: "EUR", hsCode: "30021500" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["gr-import-imp-eof-adeia-paragogis"],
    importer: "appoint",
    exporter: "appoint",
    // 10000 + 5% = 10500; duty 0%; 6% x 10500 = 630.
    charges: { customsValue: 10500, duty: 0, importTax: 630, total: 630 },
    status: "action",
    issues: ["import-tax-relief"],
  },
];
