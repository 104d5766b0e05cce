import { NONE, type Scenario } from "./scenario";

/** Asia-Pacific: Japan, China, South Korea, India, Australia. */
export const asiaPacificScenarios: Scenario[] = [
  // ------------------------------------------------------------------- Japan
  {
    // jp-import-imp-ctn: the PMDA Clinical Trial Notification is the per-trial requirement the customs-only clearance rests on
    // (listed, like a US IND); jp-import-imp-yunyu-kakunin only without a CTN; jp-ior-imp (Japanese entity / ICC);
    // jp-duty-3004 0%; jp-import-tax 10%.
    note: "IMP US to JP under a CTN: the PMDA Clinical Trial Notification listed as the per-trial requirement, no Yunyu Kakunin-sho, consumption tax 10% on CIF",
    row: { origin: "US", destination: "JP", material: "imp", value: 2000000, currency: "JPY" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["jp-import-imp-ctn"],
    importer: "appoint",
    exporter: "appoint",
    // 2,000,000 + 5% = 2,100,000; 10% = 210,000.
    charges: { customsValue: 2100000, duty: 0, importTax: 210000, total: 210000 },
    status: "action",
    issues: ["permit-conditional"],
  },
  {
    // jp-de-minimis: total customs value of JPY 10,000 or less is free of duty and consumption tax
    // (8,000 + 5% = 8,400 <= 10,000).
    note: "IMP US to JP worth JPY 8,000: customs value 8,400, under the JPY 10,000 de minimis, nothing to pay",
    row: { origin: "US", destination: "JP", material: "imp", value: 8000, currency: "JPY" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["jp-import-imp-ctn"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 8400, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["de-minimis"],
  },
  {
    // Ancillary supplies have no default HS heading: duty unknown; jp-import-ancillary-pmd-act-authorisation (syringes
    // and needles are medical devices: a marketing licence with the product's approval, or an import confirmation for a
    // trial); jp-ior-ancillary-labkit-equipment; tax 10% still estimated.
    note: "Ancillary supplies US to JP, no HS code: PMD Act authority to import, duty not estimated, consumption tax 10%",
    row: { origin: "US", destination: "JP", material: "ancillary", value: 1000000, currency: "JPY" },
    exportPermits: [],
    importPermits: ["jp-import-ancillary-pmd-act-authorisation"],
    importer: "appoint",
    exporter: "appoint",
    // 1,050,000 x 10% = 105,000; duty unknown so no total.
    charges: { customsValue: 1050000, duty: null, importTax: 105000, total: null },
    status: "action",
    issues: ["hs-heading-unknown", "permit-required", "importer-of-record-needed"],
    absent: ["record-party-not-covered", "rules-not-covered"],
  },

  // ------------------------------------------------------------------- China
  {
    // cn-import-imp-customs-clearance-note; cn-ior-imp; cn-duty-3004 0%; cn-import-tax 13%
    // (cn-import-tax-anticancer-rare-3 only names headings: mentioned, not applied).
    note: "IMP US to CN: port Customs Clearance Note for Imported Drugs, duty 0%, import VAT 13%",
    row: { origin: "US", destination: "CN", material: "imp", value: 100000, currency: "CNY" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["cn-import-imp-customs-clearance-note"],
    importer: "appoint",
    exporter: "appoint",
    // 105,000 x 13% = 13,650.
    charges: { customsValue: 105000, duty: 0, importTax: 13650, total: 13650 },
    status: "action",
    issues: ["import-tax-relief"],
  },
  {
    // cn-import-ancillary-labkit-md-registration (blood samplers and collection devices are medical devices: NMPA
    // registration or filing number on the declaration); cn-duty-382219 3% on 3822 19; VAT 13% on value + duty.
    note: "Lab kits (HS 3822 19) US to CN: NMPA device registration, duty 3% and VAT 13% on value plus duty",
    row: { origin: "US", destination: "CN", material: "lab-kit", value: 10000, currency: "CNY", hsCode: "3822190090" },
    exportPermits: [],
    importPermits: ["cn-import-ancillary-labkit-md-registration"],
    importer: "appoint",
    exporter: "appoint",
    // 10,500; duty 315; VAT 13% x 10,815 = 1,405.95; total 1,720.95.
    charges: { customsValue: 10500, duty: 315, importTax: 1405.95, total: 1720.95 },
    status: "action",
    issues: ["permit-required"],
    absent: ["rules-not-covered"],
  },

  {
    // cn-export-imp-no-export-licence: no export licence for ordinary medicines of 3004 (customs supervision condition Q
    // applies to imports only; the NMPA export sales certificate is a service on request), named as a partial answer
    // (onlyFor) -> no-permit-needed; us-import-imp-ind; US FOB, us-duty-3004 0%, no VAT; Section 232 on pharmaceuticals named.
    note: "IMP CN to US: no Chinese export licence for ordinary medicines (partial answer named), IND on the US side, duty 0%",
    row: { origin: "CN", destination: "US", material: "imp", value: 10000, currency: "USD" },
    exportPermits: [],
    importPermits: ["us-import-imp-ind"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["no-permit-needed", "extra-tariff-possible"],
    absent: ["rules-not-covered"],
    messages: ["not narcotic or psychotropic drugs"],
  },
  {
    // cn-export-device-equipment-no-export-licence (no customs supervision condition on 9018 lines; the device export
    // sales certificate is optional) -> no-permit-needed; kr-import-device-standard-customs-clearance (KMDIA);
    // kr-duty-9018: basic 8%, WTO concession 0% on some lines -> estimated at 8%, duty-rate-varies; kr-import-tax 10%.
    note: "Device CN to KR: no Chinese export licence, KMDIA standard customs clearance, duty 8% (0% on some lines), VAT 10% on value plus duty",
    row: { origin: "CN", destination: "KR", material: "device", value: 1000000, currency: "KRW" },
    exportPermits: [],
    importPermits: ["kr-import-device-standard-customs-clearance"],
    importer: "appoint",
    exporter: "appoint",
    // 1,000,000 + 5% = 1,050,000; duty 8% = 84,000; VAT 10% x 1,134,000 = 113,400; total 197,400.
    charges: { customsValue: 1050000, duty: 84000, importTax: 113400, total: 197400 },
    status: "action",
    issues: ["no-permit-needed", "permit-required", "duty-rate-varies"],
    absent: ["rules-not-covered", "duty-rate-not-covered"],
  },
  {
    // cn-export-device-equipment-no-export-licence covers equipment (8418 50 shows only the import inspection
    // condition A); us-import-equipment-no-licence; us-import-ancillary-equipment-device-registration only if the
    // equipment is a medical device; US FOB, us-duty-841850 0%; 8418 50 is not under the Section 232 freezer tariff.
    note: "Sample freezer cabinet (HS 8418 50) CN to US: no Chinese export licence, no US licence, duty 0%",
    row: { origin: "CN", destination: "US", material: "equipment", value: 20000, currency: "USD", hsCode: "841850" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 20000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["no-permit-needed", "permit-conditional"],
    absent: ["rules-not-covered", "extra-tariff-possible"],
  },
  {
    // cn-import-samples-special-articles (per shipment); cn-duty-300290: human blood MFN 3%, provisional 0% -> estimated
    // at 3%, duty-rate-varies; cn-import-tax 13% on value + duty. US export: us-export-ear99-nlr (none).
    note: "Blood samples (HS 3002 90) US to CN: special articles approval, duty 3% (0% provisional on human blood), VAT 13%",
    row: { origin: "US", destination: "CN", material: "samples", value: 2000, currency: "CNY", hsCode: "3002909001" },
    exportPermits: [],
    importPermits: ["cn-import-samples-special-articles"],
    importer: "appoint",
    exporter: "appoint",
    // 2,000 + 5% = 2,100; duty 3% = 63; VAT 13% x 2,163 = 281.19; total 344.19.
    charges: { customsValue: 2100, duty: 63, importTax: 281.19, total: 344.19 },
    status: "action",
    issues: ["duty-rate-varies", "permit-required"],
    absent: ["duty-rate-not-covered"],
  },
  {
    // jp-export-equipment-fefta-licence only if the equipment is on Appendix 1 of the Export Trade Control Order
    // (conditional) -> the Japanese export side still has no answer for the goods (rules-not-covered);
    // us-import-equipment-no-licence; us-duty-841850 0%.
    note: "Freezer cabinet (HS 8418 50) JP to US: METI licence only if listed in Appendix 1, otherwise not covered; duty 0%",
    row: { origin: "JP", destination: "US", material: "equipment", value: 20000, currency: "USD", hsCode: "841850" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 20000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["permit-conditional", "rules-not-covered"],
    messages: ["Appendix 1 of the Export Trade Control Order"],
  },

  {
    // jp-import-samples-specified-pathogens only if the samples hold a Class 1-3 specified pathogen (conditional), so the
    // Japanese import side still has no answer for ordinary samples (rules-not-covered); jp-ior-samples;
    // jp-duty-3002 0%; jp-import-tax 10% on CIF; 105,000 is above the JPY 10,000 de minimis.
    note: "Blood samples US to JP: MHLW pathogen permit only for specified pathogens, otherwise not covered; consumption tax 10%",
    row: { origin: "US", destination: "JP", material: "samples", value: 100000, currency: "JPY" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 100,000 + 5% = 105,000; duty 0; 10% = 10,500.
    charges: { customsValue: 105000, duty: 0, importTax: 10500, total: 10500 },
    status: "action",
    issues: ["permit-conditional", "rules-not-covered"],
    absent: ["de-minimis"],
    messages: ["Infectious Diseases Control Act"],
  },

  {
    // jp-export-device-marketed-unchanged: no PMD Act requirement for devices lawfully marketed in Japan and exported
    // unchanged (partial answer, named) -> no-permit-needed; jp-export-device-export-notification only for devices made
    // or imported for export (conditional); us-import-device-ide; US FOB, us-duty-9018 0%, no VAT.
    note: "Device JP to US: nothing under the PMD Act for a device marketed in Japan (partial answer named), export notification only if made for export, IDE in the US",
    row: { origin: "JP", destination: "US", material: "device", value: 5000, currency: "USD" },
    exportPermits: [],
    importPermits: ["us-import-device-ide"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 5000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["no-permit-needed", "permit-conditional"],
    absent: ["rules-not-covered"],
    messages: ["exported unchanged"],
  },

  // ------------------------------------------------------------------- India
  {
    // in-import-imp-ct17 (90 days); in-ior-imp; in-duty-3004 11% (BCD 10% plus the Social Welfare Surcharge of 10% of it);
    // in-import-tax-medicines-5 lists IMP: IGST 5%. Notification 45/2025-Customs (S.No. 121, condition 13) makes trial
    // drugs duty-free against the Licensing Authority's certificate, which a row cannot show: the estimate keeps 11%.
    note: "IMP US to IN: CT-17 licence (up to 90 days), BCD 10% with the 10% surcharge on it, IGST 5% on value plus duty",
    row: { origin: "US", destination: "IN", material: "imp", value: 100000, currency: "INR" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["in-import-imp-ct17"],
    importer: "appoint",
    exporter: "appoint",
    // 105,000; duty 11% = 11,550; IGST 5% x 116,550 = 5,827.5; total 17,377.5.
    charges: { customsValue: 105000, duty: 11550, importTax: 5827.5, total: 17377.5 },
    status: "action",
    leadTimeDays: 90,
  },
  {
    // in-import-device-md17 (42 days); in-ior-device; in-duty-9018 13.75% (BCD 7.5% + Health Cess 5% under Notification
    // 8/2020-Customs' parent levy + Social Welfare Surcharge 10% of both; lowest line 10.5%); in-import-tax-medical-devices-5 lists device.
    note: "Device US to IN: MD-17 licence, BCD 7.5% plus the 5% Health Cess and the surcharge on 9018, IGST 5%, rounded once at the end",
    row: { origin: "US", destination: "IN", material: "device", value: 50000, currency: "INR" },
    exportPermits: ["us-export-device-fda"],
    importPermits: ["in-import-device-md17"],
    importer: "appoint",
    exporter: "appoint",
    // 52,500; duty 13.75% = 7,218.75; IGST 5% x 59,718.75 = 2,985.9375 -> 2,985.94; total 10,204.6875 -> 10,204.69.
    charges: { customsValue: 52500, duty: 7218.75, importTax: 2985.94, total: 10204.69 },
    status: "action",
    issues: ["duty-rate-varies"],
    // in-import-device-md17 is per-importer (the importer's standing licence): not a pending lead time.
    leadTimeDays: null,
  },
  {
    // in-import-imp-ct17 90 days -> 2027-02-24; ship date 2027-03-10 leaves 14 days (> 7-day margin): no lead-time issue.
    note: "IMP US to IN shipping 2027-03-10: CT-17 can arrive by 2027-02-24, enough margin",
    row: {
      origin: "US",
      destination: "IN",
      material: "imp",
      value: 100000,
      currency: "INR",
      shipDate: "2027-03-10",
      needByDate: "2027-04-30",
    },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["in-import-imp-ct17"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 105000, duty: 11550, importTax: 5827.5, total: 17377.5 },
    status: "action",
    absent: ["lead-time-tight", "lead-time-misses-need-by", "ship-date-past"],
    leadTimeDays: 90,
  },
  {
    // in-import-imp-ct17: per-trial, up to 90 days -> applied for on 2026-11-26 it arrives 2027-02-24, after the
    // 2027-02-20 ship date (7-day margin) but before the need-by date 2027-04-30: tight.
    note: "IMP US to IN shipping 2027-02-20: the CT-17 licence (90 days) lands 2027-02-24, lead time tight (action)",
    row: {
      origin: "US",
      destination: "IN",
      material: "imp",
      value: 100000,
      currency: "INR",
      shipDate: "2027-02-20",
      needByDate: "2027-04-30",
    },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["in-import-imp-ct17"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 105000, duty: 11550, importTax: 5827.5, total: 17377.5 },
    status: "action",
    issues: ["lead-time-tight"],
    absent: ["lead-time-misses-need-by"],
    leadTimeDays: 90,
  },
  {
    // in-import-imp-ct17 90 days: 2027-02-24 is after the need-by date 2027-02-01: blocked.
    note: "IMP US to IN needed by 2027-02-01: the CT-17 licence cannot arrive in time, blocked",
    row: {
      origin: "US",
      destination: "IN",
      material: "imp",
      value: 100000,
      currency: "INR",
      shipDate: "2027-01-15",
      needByDate: "2027-02-01",
    },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["in-import-imp-ct17"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 105000, duty: 11550, importTax: 5827.5, total: 17377.5 },
    status: "blocked",
    issues: ["lead-time-misses-need-by"],
    leadTimeDays: 90,
  },

  {
    // A relief that lists the material still has to match its headings: in-import-tax-medical-devices-5 lists
    // equipment but only for 9018/9027; a freezer (HS 8418 50) pays the 18% standard IGST; no IN duty rate for 8418.
    note: "Sample freezer (HS 8418 50) US to IN: the 5% IGST for medical/analysis apparatus does not reach 8418, IGST 18%",
    row: { origin: "US", destination: "IN", material: "equipment", value: 100000, currency: "INR", hsCode: "841850" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 105,000 x 18% = 18,900; duty unknown.
    charges: { customsValue: 105000, duty: null, importTax: 18900, total: null },
    status: "action",
    issues: ["duty-rate-not-covered", "rules-not-covered"],
    absent: ["import-tax-relief"],
  },
  {
    // in-ata: carnets not usable for trial-site equipment in India -> estimated now, returned-goods issue;
    // in-import-tax-medical-devices-5 lists equipment and covers 9027: 5%; no IN duty rate for 9027.
    note: "Returnable analyser DE to IN: no ATA carnet for trial equipment, IGST 5% estimated now, duty not on file",
    row: { origin: "DE", destination: "IN", material: "equipment", value: 200000, currency: "INR", returnable: true },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 210,000 x 5% = 10,500.
    charges: { customsValue: 210000, duty: null, importTax: 10500, total: null },
    status: "action",
    issues: ["returned-goods-relief", "import-tax-relief"],
    absent: ["temporary-admission"],
  },

  // --------------------------------------------------------------- Australia
  {
    // au-import-imp-ctn-cta + au-import-imp-bicon-declaration; au-ior-imp; au-valuation FOB; au-duty-3004 0%;
    // au-de-minimis AUD 1,000 duty and tax.
    note: "IMP US to AU worth AUD 800: CTN/CTA and BICON declaration, under the AUD 1,000 de minimis (no duty or GST)",
    row: { origin: "US", destination: "AU", material: "imp", value: 800, currency: "AUD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["au-import-imp-ctn-cta", "au-import-imp-bicon-declaration"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 800, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["de-minimis"],
    absent: ["duty-rate-not-covered"],
  },
  {
    // au-ata: ATA carnets accepted for professional and scientific equipment.
    note: "Returnable equipment US to AU under an ATA carnet: nothing to pay now",
    row: { origin: "US", destination: "AU", material: "equipment", value: 25000, currency: "AUD", returnable: true },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: NONE,
    status: "action",
    issues: ["temporary-admission"],
  },

  // --------------------------------------------------------------- South Korea and Taiwan
  {
    // kr-export-strategic-items: an export permit only where the goods are listed strategic items (onlyWhen, not
    // usually) -> listed as a condition, not as a permit; us-import-imp-ind; US FOB, us-duty-3004 0%, no VAT;
    // us-extra-section232-pharma names the Section 232 tariff on patented pharmaceuticals (imp, 3004). No Korean
    // source says that nothing else is needed at export, so the export side stays not covered (rules-not-covered).
    note: "Unused IMP KR to US: Korean strategic-items export permit only if the goods are listed, IND on the US side, duty 0%",
    row: { origin: "KR", destination: "US", material: "imp", value: 10000, currency: "USD" },
    exportPermits: [],
    importPermits: ["us-import-imp-ind"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["permit-conditional", "extra-tariff-possible", "rules-not-covered"],
    absent: ["no-permit-needed"],
    messages: ["strategic items"],
  },
  {
    // kr-export-strategic-items covers equipment (condition only); us-import-equipment-no-licence (none);
    // us-import-ancillary-equipment-device-registration only if the equipment is a medical device;
    // US FOB, us-duty-841830 0%; us-extra-section232-steel-freezers named for 8418 30, not added. The Korean export
    // side has only the condition, so it stays not covered (rules-not-covered).
    note: "Chest freezer (HS 8418 30) KR to US: Korean strategic-items permit only if listed, no US licence, duty 0%",
    row: { origin: "KR", destination: "US", material: "equipment", value: 5000, currency: "USD", hsCode: "841830" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 5000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["permit-conditional", "extra-tariff-possible", "rules-not-covered"],
    messages: ["strategic items"],
  },
  {
    // kr-import-samples-bioethics-act-none: the Bioethics and Safety Act sets no import procedure for trial samples
    // brought back to Korea (onlyFor, partial answer) -> no-permit-needed; kr-import-samples-high-risk-pathogen
    // only if the samples hold a high-risk pathogen (condition). No KR duty rate for 3002 (samples' default heading);
    // KR CIF: 2,000 + 5% = 2,100; VAT 10% x 2,100 = 210 (duty unknown); total unknown.
    note: "Trial samples returned US to KR: no procedure under the Bioethics and Safety Act (partial answer), KDCA permit only for high-risk pathogens",
    row: { origin: "US", destination: "KR", material: "samples", value: 2000, currency: "KRW" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 2100, duty: null, importTax: 210, total: null },
    status: "action",
    issues: ["no-permit-needed", "permit-conditional", "duty-rate-not-covered"],
    absent: ["rules-not-covered"],
    messages: ["Bioethics and Safety Act"],
  },

  // ------------------------------------------------------------------- China and Japan
  {
    // cn-export-labkit-reagents-exit-health-quarantine only when the kit holds 3822 reagents marked W (conditional), so
    // the Chinese export side has no answer for the goods (rules-not-covered); us-import-ancillary-labkit-fda-device-requirements;
    // US FOB, us-duty-3822 0%, no VAT.
    note: "Lab kits (HS 3822 19) CN to US: exit health quarantine named for kits holding 3822 reagents, FDA device requirements, duty 0%",
    row: { origin: "CN", destination: "US", material: "lab-kit", value: 5000, currency: "USD", hsCode: "3822190090" },
    exportPermits: [],
    importPermits: ["us-import-ancillary-labkit-fda-device-requirements"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 5000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["permit-conditional", "rules-not-covered", "permit-required"],
    messages: ["exit health quarantine"],
  },
  {
    // cn-import-ancillary-labkit-md-registration (sutures are medical devices); cn-duty-300610 5% (tariff line 3006.1000,
    // 2026 schedule); cn-import-tax 13% on value + duty.
    note: "Sterile sutures (HS 3006 10) US to CN as ancillary supplies: NMPA device registration, duty 5%, VAT 13% on value plus duty",
    row: {
      origin: "US",
      destination: "CN",
      material: "ancillary",
      value: 10000,
      currency: "CNY",
      hsCode: "3006100000",
    },
    exportPermits: [],
    importPermits: ["cn-import-ancillary-labkit-md-registration"],
    importer: "appoint",
    exporter: "appoint",
    // 10,000 + 5% = 10,500; duty 5% = 525; VAT 13% x 11,025 = 1,433.25; total 1,958.25.
    charges: { customsValue: 10500, duty: 525, importTax: 1433.25, total: 1958.25 },
    status: "action",
    issues: ["permit-required"],
    absent: ["duty-rate-not-covered", "hs-heading-unknown"],
  },
  {
    // cn-import-samples-special-articles, rewritten on GACC Order No. 281 (in force 1 August 2026): approval where the
    // published risk level requires it, per shipment; cn-duty-300290 3% as in the blood-sample row above.
    note: "Serum samples (HS 3002 90) DE to CN under GACC Order 281: special goods health quarantine approval per shipment, duty 3%, VAT 13%",
    row: { origin: "DE", destination: "CN", material: "samples", value: 1000, currency: "CNY", hsCode: "300290" },
    importPermits: ["cn-import-samples-special-articles"],
    exportPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 1,000 + 5% = 1,050; duty 3% = 31.50; VAT 13% x 1,081.50 = 140.595 -> 140.60; total 172.10.
    charges: { customsValue: 1050, duty: 31.5, importTax: 140.6, total: 172.1 },
    status: "action",
    issues: ["permit-required", "duty-rate-varies"],
    scopes: { "cn-import-samples-special-articles": "per-shipment" },
  },
  {
    // cn-export-ancillary-no-export-licence: syringes of 9018 31 carry only import-side supervision codes (partial answer,
    // named) -> no-permit-needed; us-import-ancillary-labkit-fda-device-requirements; US FOB, us-duty-9018 0%.
    note: "Syringes (HS 9018 31) CN to US as ancillary supplies: no Chinese export licence (partial answer named), FDA device requirements, duty 0%",
    row: { origin: "CN", destination: "US", material: "ancillary", value: 3000, currency: "USD", hsCode: "901831" },
    exportPermits: [],
    importPermits: ["us-import-ancillary-labkit-fda-device-requirements"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 3000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["no-permit-needed", "permit-required"],
    absent: ["rules-not-covered"],
  },
  {
    // cn-import-ancillary-labkit-md-registration; cn-duty-901831 8% on tariff line 9018310000; cn-import-tax 13%.
    note: "Syringes (HS 9018 31) US to CN as ancillary supplies: NMPA device registration, duty 8%, VAT 13% on value plus duty",
    row: {
      origin: "US",
      destination: "CN",
      material: "ancillary",
      value: 20000,
      currency: "CNY",
      hsCode: "9018310000",
    },
    exportPermits: [],
    importPermits: ["cn-import-ancillary-labkit-md-registration"],
    importer: "appoint",
    exporter: "appoint",
    // 20,000 + 5% = 21,000; duty 8% = 1,680; VAT 13% x 22,680 = 2,948.40; total 4,628.40.
    charges: { customsValue: 21000, duty: 1680, importTax: 2948.4, total: 4628.4 },
    status: "action",
    issues: ["permit-required"],
    absent: ["duty-rate-not-covered"],
  },
  {
    // jp-duty-3006 0% (WTO Pharmaceutical Agreement: all of chapter 30 duty-free, zero-for-zero), which 3006 93 placebos
    // and blinded kits fall under; jp-import-imp-ctn; jp-import-tax 10% on CIF.
    note: "Placebo kits (HS 3006 93) US to JP: duty-free under the WTO pharmaceutical agreement, CTN, consumption tax 10%",
    row: { origin: "US", destination: "JP", material: "imp", value: 1000000, currency: "JPY", hsCode: "300693" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["jp-import-imp-ctn"],
    importer: "appoint",
    exporter: "appoint",
    // 1,000,000 + 5% = 1,050,000; duty 0; 10% = 105,000.
    charges: { customsValue: 1050000, duty: 0, importTax: 105000, total: 105000 },
    status: "action",
    absent: ["duty-rate-not-covered"],
  },
  {
    // jp-import-samples-animal-quarantine only for samples of animal origin, jp-import-samples-specified-pathogens only for
    // specified pathogens (both conditional); jp-duty-3002 0%; jp-import-tax 10% on CIF.
    note: "Animal serum samples US to JP: MAFF animal quarantine named for samples of animal origin, consumption tax 10%",
    row: { origin: "US", destination: "JP", material: "samples", value: 50000, currency: "JPY" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 50,000 + 5% = 52,500; duty 0; 10% = 5,250.
    charges: { customsValue: 52500, duty: 0, importTax: 5250, total: 5250 },
    status: "action",
    issues: ["permit-conditional"],
    messages: ["Animal Quarantine Service"],
  },
  {
    // jp-export-labkit-fefta-licence only when the kit holds an item of Appendix 1 item 3-2 (conditional), so the Japanese
    // export side has no answer for ordinary kits (rules-not-covered); us-import-ancillary-labkit-fda-device-requirements;
    // US FOB, us-duty-3822 0% (lab-kit default heading 3822).
    note: "Lab kits JP to US: METI licence named only for kits holding listed organisms or toxins, otherwise not covered; FDA device requirements, duty 0%",
    row: { origin: "JP", destination: "US", material: "lab-kit", value: 4000, currency: "USD" },
    exportPermits: [],
    importPermits: ["us-import-ancillary-labkit-fda-device-requirements"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 4000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["permit-conditional", "rules-not-covered", "permit-required"],
    messages: ["Appendix 1 item 3-2"],
  },
  {
    // cn-import-equipment-commodity-inspection (lines with inspection code M or L) and cn-import-medical-device-registration
    // (only for medical equipment): both conditional, so the Chinese import side has no unconditional answer; cn-duty-841840
    // 9% (upright freezers, estimated at the ultra-low line's 9%); cn-import-tax 13%.
    note: "Upright sample freezer (HS 8418 40) US to CN: import commodity inspection named for inspected lines, duty 9%, VAT 13% on value plus duty",
    row: { origin: "US", destination: "CN", material: "equipment", value: 50000, currency: "CNY", hsCode: "841840" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 50,000 + 5% = 52,500; duty 9% = 4,725; VAT 13% x 57,225 = 7,439.25; total 12,164.25.
    charges: { customsValue: 52500, duty: 4725, importTax: 7439.25, total: 12164.25 },
    status: "action",
    issues: ["permit-conditional"],
    messages: ["inspection code M"],
  },
  {
    // jp-import-imp-ctn covers products used for tests in a notified trial; jp-duty-382219 0% (Japan Customs advance
    // rulings, basic rate Free); jp-import-tax 10% on CIF.
    note: "Saliva collection kits (HS 3822 19) US to JP under a CTN: duty Free per Japan Customs rulings, consumption tax 10%",
    row: { origin: "US", destination: "JP", material: "lab-kit", value: 200000, currency: "JPY", hsCode: "3822190000" },
    exportPermits: [],
    importPermits: ["jp-import-imp-ctn"],
    importer: "appoint",
    exporter: "appoint",
    // 200,000 + 5% = 210,000; duty 0; 10% = 21,000.
    charges: { customsValue: 210000, duty: 0, importTax: 21000, total: 21000 },
    status: "action",
    absent: ["duty-rate-not-covered", "hs-heading-unknown"],
  },
  {
    // jp-import-equipment-yunyu-kakunin only for unapproved medical devices (conditional); jp-duty-902750 0% (Osaka Customs
    // ruling, basic rate Free); jp-import-tax 10% on CIF.
    note: "Optical analyser (HS 9027 50) DE to JP: import confirmation named only for unapproved medical devices, duty Free, consumption tax 10%",
    row: { origin: "DE", destination: "JP", material: "equipment", value: 3000000, currency: "JPY", hsCode: "902750" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 3,000,000 + 5% = 3,150,000; duty 0; 10% = 315,000.
    charges: { customsValue: 3150000, duty: 0, importTax: 315000, total: 315000 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["duty-rate-not-covered"],
  },
  {
    // jp-import-imp-ctn covers investigational devices under a device CTN; jp-duty-901890 0% (Tokyo Customs advance
    // ruling 125002490 of 8 January 2026: a part of a medical instrument classified 9018.90-000, basic rate Free);
    // jp-import-tax 10% on CIF.
    note: "Device (HS 9018 90) US to JP under a CTN: duty Free per a 2026 Japan Customs ruling, consumption tax 10%",
    row: { origin: "US", destination: "JP", material: "device", value: 400000, currency: "JPY", hsCode: "9018900000" },
    exportPermits: ["us-export-device-fda"],
    importPermits: ["jp-import-imp-ctn"],
    importer: "appoint",
    exporter: "appoint",
    // 400,000 + 5% = 420,000; duty 0; 10% = 42,000.
    charges: { customsValue: 420000, duty: 0, importTax: 42000, total: 42000 },
    status: "action",
    absent: ["duty-rate-not-covered", "hs-heading-unknown"],
  },

  // ----------------------------------------------------------- India and Australia
  {
    // au-import-equipment-bicon-used-medical: only for used human medical equipment (BICON case 'Used human medical
    // equipment': declaration or supervised disinfection), named as a condition; au-import-device-artg-inclusion and
    // au-import-other-tg-ctn-cta only for therapeutic goods; au-de-minimis AUD 1,000 covers duty and GST; au-ior-md.
    note: "Equipment US to AU worth AUD 900: the used-medical-equipment biosecurity conditions named as a condition, under the de minimis",
    row: { origin: "US", destination: "AU", material: "equipment", value: 900, currency: "AUD" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // FOB 900 <= AUD 1,000: no duty or GST.
    charges: { customsValue: 900, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["permit-conditional", "de-minimis"],
    absent: ["permit-required"],
    messages: ["used human medical equipment", "disinfection under biosecurity supervision"],
  },
  {
    // au-export-declaration: a customs formality, needed only above AUD 2,000 (or with an export permit), named as a
    // condition; au-export-samples-small-containers answers "no TGA permit" for containers of 50 mL or less and
    // au-export-samples-tga-human-substances stays a condition; US side as for other non-infectious samples: us-duty-3002 0%,
    // no federal import tax.
    note: "Samples AU to a US lab: the ABF Export Declaration above AUD 2,000 named as a condition, no TGA permit for small containers",
    row: { origin: "AU", destination: "US", material: "samples", value: 3000, currency: "USD" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // FOB 3,000; duty 0; no import tax.
    charges: { customsValue: 3000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["permit-required", "rules-not-covered"],
    messages: ["Export Declaration to the Australian Border Force", "worth more than AUD 2,000"],
  },
  {
    // au-import-labkit-ivd-artg-or-ctn: TGA counts specimen receptacles and kits for in-vitro examination of human
    // specimens as IVD medical devices, which need ARTG inclusion or CTN/CTA coverage: the usual case for a collection
    // kit, listed to confirm; au-import-labkit-bicon-diagnostic-kits only for kits with biological material;
    // au-de-minimis AUD 1,000 covers duty and GST; au-ior-md.
    note: "Lab kit US to AU worth AUD 900: its IVD components need ARTG inclusion or CTN/CTA coverage (usual case, to confirm), under the de minimis",
    row: { origin: "US", destination: "AU", material: "lab-kit", value: 900, currency: "AUD", hsCode: "382290" },
    exportPermits: [],
    importPermits: ["au-import-labkit-ivd-artg-or-ctn"],
    importer: "appoint",
    exporter: "appoint",
    // au-duty-382290 Free; FOB 900 <= AUD 1,000: no duty or GST.
    charges: { customsValue: 900, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["permit-conditional", "de-minimis"],
    messages: ["which is the usual case for these goods", "BICON case 'Diagnostic kits'"],
    scopes: { "au-import-labkit-ivd-artg-or-ctn": "per-trial" },
  },
  {
    // in-import-labkit-ivd-md17: specimen receptacles are Class A IVD medical devices under the Medical Devices Rules,
    // 2017, so the MD-17 test licence is the usual case for a collection kit (listed, to confirm); in-import-md-md15
    // stays a condition; no IN duty rate for the lab-kit default heading 3822; no IGST relief lists lab kits: 18%.
    note: "Lab kit US to IN: MD-17 test licence for its IVD components as the usual case, IGST 18%, duty not on file",
    row: { origin: "US", destination: "IN", material: "lab-kit", value: 100000, currency: "INR" },
    exportPermits: [],
    importPermits: ["in-import-labkit-ivd-md17"],
    importer: "appoint",
    exporter: "appoint",
    // CIF 100,000 + 5% = 105,000; duty unknown; IGST 18% x 105,000 = 18,900.
    charges: { customsValue: 105000, duty: null, importTax: 18900, total: null },
    status: "action",
    issues: ["permit-conditional", "duty-rate-not-covered"],
    messages: ["specimen receptacles", "which is the usual case for these goods"],
  },
  {
    // au-export-labkit-ivd-artg: IVD components (specimen receptacles) need ARTG inclusion for export, or TGA's
    // experimental-export approval: the usual case, listed to confirm; au-export-declaration above AUD 2,000 named as
    // a condition; US side: us-import-ancillary-labkit-fda-device-requirements, us-duty-3822 Free, no import tax.
    note: "Lab kit AU to US: ARTG inclusion (or TGA experimental-export approval) for its IVD components as the usual case, FDA device requirements on arrival",
    row: { origin: "AU", destination: "US", material: "lab-kit", value: 5000, currency: "USD", hsCode: "382290" },
    exportPermits: ["au-export-labkit-ivd-artg"],
    importPermits: ["us-import-ancillary-labkit-fda-device-requirements"],
    importer: "appoint",
    exporter: "appoint",
    // FOB 5,000; duty 0; no federal import tax.
    charges: { customsValue: 5000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["permit-conditional"],
    messages: ["which is the usual case for these goods", "Export Declaration to the Australian Border Force"],
  },
  {
    // au-export-ancillary-artg: syringes are medical devices, which need ARTG inclusion for export (or TGA's
    // experimental-export approval): the usual case, listed to confirm; US side: us-import-ancillary-labkit-fda-device-
    // requirements, us-duty-9018 Free, no import tax.
    note: "Syringes AU to US: ARTG inclusion (or TGA experimental-export approval) as the usual case, FDA device requirements on arrival",
    row: { origin: "AU", destination: "US", material: "ancillary", value: 5000, currency: "USD", hsCode: "901831" },
    exportPermits: ["au-export-ancillary-artg"],
    importPermits: ["us-import-ancillary-labkit-fda-device-requirements"],
    importer: "appoint",
    exporter: "appoint",
    // FOB 5,000; duty 0; no federal import tax.
    charges: { customsValue: 5000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["permit-conditional"],
    messages: ["which is the usual case for these goods"],
  },
];
