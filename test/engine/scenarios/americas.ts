import { type Scenario } from "./scenario";

/** The Americas: United States, Canada, Brazil. */
export const americasScenarios: Scenario[] = [
  // ------------------------------------------------------------ United States
  {
    // EU export rules for IMP are conditional (eu-export-imp-capital-punishment-goods, eu-export-imp-drug-precursor-cat4);
    // us-import-imp-ind; us-ior-imp lets a foreign sponsor act; eu-eor-general does not; us-valuation FOB;
    // us-duty-3004 0%; us-extra-section232-pharma named, not added; us-import-tax 0%.
    note: "IMP DE to US: IND covers the import, sponsor may be IOR, FOB, no VAT, Section 232 pharma tariff named as an issue",
    row: {
      origin: "DE",
      destination: "US",
      material: "imp",
      value: 10000,
      currency: "USD",
      sponsor: "Acme Pharma GmbH",
    },
    exportPermits: [],
    importPermits: ["us-import-imp-ind"],
    importer: { party: "Acme Pharma GmbH" },
    exporter: "appoint",
    charges: { customsValue: 10000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["extra-tariff-possible", "permit-conditional"],
    absent: ["freight-estimated"],
  },
  {
    // As above, with the 10-digit line given: us-duty-3004 is Free for every 3004 line (the US binds HS chapter 30 at
    // duty-free levels under the WTO Pharmaceutical Agreement, per the WTO's page), so 0% x USD 12,500 = 0;
    // us-extra-section232-pharma named, not added; no federal VAT (us-import-tax 0%).
    note: "IMP DE to US with HS 3004.90.92: duty Free under the WTO Pharma Agreement binding, no VAT, Section 232 named",
    row: {
      origin: "DE",
      destination: "US",
      material: "imp",
      value: 12500,
      currency: "USD",
      sponsor: "Acme Pharma GmbH",
      hsCode: "3004909290",
    },
    exportPermits: [],
    importPermits: ["us-import-imp-ind"],
    importer: { party: "Acme Pharma GmbH" },
    exporter: "appoint",
    charges: { customsValue: 12500, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["extra-tariff-possible", "permit-conditional"],
    absent: ["freight-estimated"],
  },
  {
    // jp-export-imp-blood-products-approval and jp-export-imp-export-notification only conditional; us-import-imp-ind;
    // jp-eor-all (a resident, or a foreign company through a customs attorney); with no sponsor named nobody can act yet; Section 232 named.
    note: "IMP JP to US, no sponsor in the row: IOR to appoint, Section 232 named, no VAT",
    row: { origin: "JP", destination: "US", material: "imp", value: 10000, currency: "USD" },
    exportPermits: [],
    importPermits: ["us-import-imp-ind"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["extra-tariff-possible", "permit-conditional", "exporter-of-record-needed"],
    absent: ["record-party-not-covered"],
  },
  {
    // us-import-ancillary-labkit-fda-device-requirements (FDA registration, listing and clearance checked at entry);
    // us-import-labkit-ivd-ide only when the kit holds a non-exempt investigational IVD; us-duty-3822 0%;
    // no Section 232 on 3822.
    note: "Lab kits GB to US: FDA device entry requirements, IDE only conditional, FOB, duty 0% on 3822, no tariff issue",
    row: { origin: "GB", destination: "US", material: "lab-kit", value: 4000, currency: "USD" },
    exportPermits: [],
    importPermits: ["us-import-ancillary-labkit-fda-device-requirements"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 4000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["extra-tariff-possible"],
  },

  {
    // gb-export-samples-none; us-import-samples-noninfectious (no CDC permit with a non-infectious certification
    // statement) and us-import-samples-cdc-permit only for infectious material; us-ior-samples; us-duty-3002 0%;
    // us-extra-section232-pharma is for pharmaceuticals (imp), not human samples under 3002.
    note: "Non-infectious samples GB to a US lab: no CDC permit (certification statement), FOB, no Section 232, nothing to pay",
    row: { origin: "GB", destination: "US", material: "samples", value: 500, currency: "USD" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 500, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["permit-required", "extra-tariff-possible", "rules-not-covered"],
  },

  // ------------------------------------------------------------------ Canada
  {
    // ca-import-imp-cta-nol (per trial, 30 days); ca-ior-imp; ca-valuation FOB; ca-duty-3004 0%; ca-import-gst 5%.
    // ca-import-gst-relief-prescription-drugs names headings 3002/3004 only and says investigational drugs not on
    // Schedule VI stay taxable: named, not applied.
    note: "IMP US to CA: Health Canada NOL must travel with the goods, FOB, duty 0%, GST 5% (prescription-drug relief only named)",
    row: { origin: "US", destination: "CA", material: "imp", value: 10000, currency: "CAD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["ca-import-imp-cta-nol"],
    importer: "appoint",
    exporter: "appoint",
    // 10000 x 5% = 500.
    charges: { customsValue: 10000, duty: 0, importTax: 500, total: 500 },
    status: "action",
    issues: ["import-tax-relief"],
    leadTimeDays: 30,
  },
  {
    // ca-import-labkit-mdel only when the goods are medical devices; eu-eor-general; ca-duty-9027 0%; GST 5% on FOB.
    note: "Equipment DE to CA: MDEL only conditional, FOB value, GST 5%",
    row: { origin: "DE", destination: "CA", material: "equipment", value: 5000, currency: "CAD" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 5000 x 5% = 250.
    charges: { customsValue: 5000, duty: 0, importTax: 250, total: 250 },
    status: "action",
    issues: ["permit-conditional"],
  },
  {
    // ca-de-minimis: CAD 20, duty and tax.
    note: "Spare part (equipment) US to CA worth CAD 18: under the CAD 20 de minimis, no duty or GST",
    row: { origin: "US", destination: "CA", material: "equipment", value: 18, currency: "CAD" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 18, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["de-minimis"],
  },

  // ------------------------------------------------------------------ Mexico, Argentina
  {
    // mx-import-imp-cofepris-permiso; mx-valuation CIF (5% estimate): 10500; no MX duty rate yet; mx-import-iva 16% x 10500 = 1680.
    // mx-import-iva-relief-medicinas-de-patente names headings 3002/3004 only (an unregistered investigational drug may
    // not be a 'medicina de patente'): named, not applied.
    note: "IMP US to MX: COFEPRIS import permit, IVA 16% on the CIF value, the 'medicina de patente' 0% only named",
    row: { origin: "US", destination: "MX", material: "imp", value: 10000, currency: "USD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["mx-import-imp-cofepris-permiso"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10500, duty: null, importTax: 1680, total: null },
    status: "action",
    issues: ["import-tax-relief", "duty-rate-not-covered"],
    messages: ["medicina de patente"],
  },
  {
    // ar-import-imp-anmat-study; ar-valuation CIF: 10500; no AR duty rate yet; ar-import-iva 21% x 10500 = 2205;
    // ar-extra-tasa-estadistica (3%, capped in USD) named, not added.
    note: "IMP US to AR: ANMAT study authorisation, IVA 21% on the CIF value, the 3% statistical fee named as an issue",
    row: { origin: "US", destination: "AR", material: "imp", value: 10000, currency: "USD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["ar-import-imp-anmat-study"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10500, duty: null, importTax: 2205, total: null },
    status: "action",
    issues: ["extra-tariff-possible", "duty-rate-not-covered"],
    messages: ["Tasa de estadística"],
  },

  // ------------------------------------------------------------------ Brazil
  {
    // br-import-imp-anvisa-lpco; br-ior-imp; br-valuation CIF (5% freight estimate); no II rate yet (duty null, taxed as 0).
    // br-import-icms with its parts, default heading 3004: IPI 0% (chapter 30) on value + duty = 0;
    // PIS-Importação 2.1% x 10500 = 220.50; COFINS-Importação 9.65% x 10500 = 1013.25 (the pharma zero-rate
    // reliefs name heading 3004 only: named, not applied); ICMS 18% "por dentro" on 10500 + 0 + 0 + 1233.75 =
    // 11733.75: 11733.75 x 18 / 82 = 2575.7012...; tax = 1233.75 + 2575.7012 = 3809.4512 -> 3809.45.
    note: "IMP US to BR: ANVISA consent on the LI/LPCO; IPI, PIS/COFINS and ICMS (SP 18%, por dentro) estimated, II not covered",
    row: { origin: "US", destination: "BR", material: "imp", value: 10000, currency: "USD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["br-import-imp-anvisa-lpco"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10500, duty: null, importTax: 3809.45, total: null },
    status: "action",
    issues: ["duty-rate-not-covered", "import-tax-relief"],
    absent: ["import-tax-not-covered"],
    messages: ["Decreto 6.426/2008"],
  },
  {
    // br-import-samples-anvisa; default heading 3002: IPI 0%; CIF 1000 + 5% = 1050; PIS 2.1% = 22.05,
    // COFINS 9.65% = 101.325; ICMS 18% por dentro on 1050 + 123.375 = 1173.375: x 18 / 82 = 257.5701...;
    // tax = 123.375 + 257.5701 = 380.9451 -> 380.95.
    note: "Samples US to BR (BRL 1000): Anvisa opinion on the LI; federal taxes and ICMS por dentro estimated on the CIF value",
    row: { origin: "US", destination: "BR", material: "samples", value: 1000, currency: "BRL" },
    exportPermits: [],
    importPermits: ["br-import-samples-anvisa"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 1050, duty: null, importTax: 380.95, total: null },
    status: "action",
    issues: ["duty-rate-not-covered"],
    absent: ["import-tax-not-covered"],
  },
  {
    // Default heading 3822: br-import-ipi has no rate for 3822 -> import tax not estimated; the ICMS research
    // exemption (Lei 8.010/1990 + Convênio ICMS 93/98) names 3822: named, not applied, and says sponsors are not covered.
    note: "Lab kits DE to BR: IPI rate for 3822 not covered, so no import tax; the CNPq research exemption is named, not applied",
    row: { origin: "DE", destination: "BR", material: "lab-kit", value: 2000, currency: "EUR" },
    exportPermits: [],
    importPermits: ["br-import-labkit-anvisa-lpco"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 2100, duty: null, importTax: null, total: null },
    status: "action",
    issues: ["import-tax-not-covered", "import-tax-relief"],
    messages: ["Lei 8.010/1990", "IPI rate for HS 3822"],
  },
  {
    // br-export-research-anvisa now lists ancillary supplies (health products under Anvisa surveillance, RDC 172/2017);
    // br-eor-general (a local Siscomex-habilitated party).
    note: "Unused ancillary supplies BR to US: Anvisa prior export approval for research goods",
    row: { origin: "BR", destination: "US", material: "ancillary", value: 800, currency: "USD" },
    exportPermits: ["br-export-research-anvisa"],
    importPermits: ["us-import-ancillary-labkit-fda-device-requirements"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 800, duty: null, importTax: 0, total: null },
    status: "action",
  },
  {
    // br-ata: Brazil has not accepted ATA carnets since 2022 -> charges estimated, returned-goods issue.
    note: "Returnable equipment US to BR: no ATA carnet in Brazil, duties estimated as payable, returned-goods relief to check",
    row: { origin: "US", destination: "BR", material: "equipment", value: 20000, currency: "USD", returnable: true },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 21000, duty: null, importTax: null, total: null },
    status: "action",
    issues: ["returned-goods-relief"],
    absent: ["temporary-admission"],
  },
];
