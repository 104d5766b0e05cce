import { NONE, type Scenario } from "./scenario";

/** Middle East and Africa: South Africa, the Gulf states. */
export const middleEastAfricaScenarios: Scenario[] = [
  // ------------------------------------------------------------ South Africa
  {
    // za-import-labkit-equipment-sahpra-licence only for device-type equipment; za-import-sars-importer-registration
    // (every importer registers with SARS); za-ata accepts carnets.
    note: "Returnable equipment DE to ZA under an ATA carnet: SARS importer registration, SAHPRA licence only if it is a medical device, nothing to pay",
    row: { origin: "DE", destination: "ZA", material: "equipment", value: 15000, currency: "ZAR", returnable: true },
    exportPermits: [],
    importPermits: ["za-import-sars-importer-registration"],
    importer: "appoint",
    exporter: "appoint",
    charges: NONE,
    status: "action",
    issues: ["temporary-admission", "permit-conditional"],
  },

  // ----------------------------------------------------------- Gulf states
  {
    // ae-import-imp-rcmohp-approval + ae-import-imp-mohap-import-permit; ae-ior-imp; ae-duty-3004 0%;
    // ae-import-tax-medicines-zero lists IMP (imported with MOHAP approval): 0%; ae-de-minimis AED 1,000 not reached.
    note: "IMP US to AE: RCMOHP approval and MOHAP import permit, duty 0%, VAT zero-rated",
    row: { origin: "US", destination: "AE", material: "imp", value: 10000, currency: "AED" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["ae-import-imp-rcmohp-approval", "ae-import-imp-mohap-import-permit"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10500, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["import-tax-relief"],
    absent: ["de-minimis", "currency-not-converted"],
  },
  {
    // ae-ata: carnets only for exhibitions (Annexes A, B1), not professional equipment -> charges estimated;
    // no AE duty for 9027 on file; VAT 5% (the zero rate lists IMP and devices only).
    note: "Returnable equipment GB to AE: carnet not accepted for professional equipment, VAT 5% estimated, duty unknown",
    row: { origin: "GB", destination: "AE", material: "equipment", value: 20000, currency: "AED", returnable: true },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 21,000 x 5% = 1,050.
    charges: { customsValue: 21000, duty: null, importTax: 1050, total: null },
    status: "action",
    issues: ["returned-goods-relief", "duty-rate-not-covered"],
  },
  {
    // sa-import-device-sfda-clinical-study; sa-ior-device; no SA duty on file; sa-import-tax 15%.
    note: "Device US to SA: SFDA clinical-study approval, VAT 15% on CIF, duty not on file",
    row: { origin: "US", destination: "SA", material: "device", value: 20000, currency: "SAR" },
    exportPermits: ["us-export-device-fda"],
    importPermits: ["sa-import-device-sfda-clinical-study"],
    importer: "appoint",
    exporter: "appoint",
    // 21,000 x 15% = 3,150.
    charges: { customsValue: 21000, duty: null, importTax: 3150, total: null },
    status: "action",
    issues: ["duty-rate-not-covered"],
  },
];
