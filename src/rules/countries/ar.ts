import type { CountryRulesInput } from "../schema";

const R = "2026-11-26";

const GHTC_AR = {
  title: "Global Harmonization / GHTC regulatory data: Argentina, Drugs (summary of ANMAT Disposición 6677/10) (secondary source)",
  url: "https://regulatory.ghtcoalition.org/data/argentina-1/drugs/",
  reviewed: R,
};
const REGASK_AR = {
  title: "RegASK Library: Argentina, 2. General Questions (secondary source)",
  url: "https://library.regask.com/docs/2-general-questions-24",
  reviewed: R,
};
const DISP_2172_2025 = {
  title: "Boletín Oficial: ANMAT Disposición 2172/2025 (confirms Disposición 6677/10 as the current rule for clinical pharmacology studies)",
  url: "https://www.boletinoficial.gov.ar/detalleAviso/primera/323725/20250409",
  reviewed: R,
};
const MARKEN_AR = {
  title: "Marken: Argentina's new rules for import and export of biologic specimens (ANMAT notification 0004) (secondary source)",
  url: "https://www.marken.com/argentinas-new-rules-for-import-and-export-of-biologic-specimens/",
  reviewed: R,
};
const SAMPLES_NOTE =
  "Since 1 July 2017 (ANMAT notification No. 0004) every import or export of biological specimens linked to clinical studies needs specific ANMAT approval, requested with the application 'Request for export/import of biological samples linked to clinical pharmacology studies' (sponsor/investigator, protocol, specimen type, origin and destination). Specimens from studies approved before 2013 also need a certification letter from ANMAT's Drug Evaluation and Registration Directorate (DERM) confirming the authorization is still valid (secondary sources).";

/** Argentina: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "AR",
  name: "Argentina",
  valuation: {
    basis: "CIF",
    note:
      "Ad valorem import duties are assessed on the CIF value (cost, insurance and freight) of the goods at the Argentine port or airport of entry. The import duty base is therefore CIF, not FOB.",
    sources: [
      { title: "trade.gov Country Commercial Guide: Argentina, Import Tariffs", url: "https://www.trade.gov/country-commercial-guides/argentina-import-tariffs", reviewed: R },
      { title: "export.gov (legacy): Argentina, Import Tariffs (duties on CIF value)", url: "https://legacy.export.gov/article?id=Argentina-import-tariffs", reviewed: R },
    ],
  },
  importTax: {
    id: "ar-import-iva",
    name: "Impuesto al valor agregado (IVA)",
    standardRatePercent: 21,
    reliefs: [],
    note:
      "IVA has a general rate of 21% and a reduced rate of 10.5% for certain goods; which rate applies depends on the tariff line, and a reduced or zero rate for medicines or investigational products at import was not confirmed, so 21% is shown. At import, registered importers also pay an 'IVA adicional' advance (percepción) of 20% for goods at the 21% rate or 10% for goods at 10.5% (RG AFIP 2937, as amended by RG 4461 from 22 April 2019); it is credited against the importer's IVA liability rather than being a final cost (secondary sources).",
    sources: [
      { title: "El Fuerte Diario: Aumenta el IVA en la importación (general 21%, reduced 10.5%, IVA adicional percepción) (secondary source)", url: "https://elfuertediario.com.ar/aumenta-el-iva-en-la-importacion-mas-perjuicio-a-las-empresas", reviewed: R },
      { title: "Estudio Rodríguez: Resolución General AFIP 4461 (IVA percepción on definitive imports: 20% / 10%) (secondary source)", url: "https://www.estudiorodriguez.net/resolucion-general-afip-4461-17-04-2019/", reviewed: R },
    ],
  },
  duties: [],
  import: [
    {
      kind: "permit",
      id: "ar-import-imp-anmat-study",
      materials: ["imp", "lab-kit", "ancillary"],
      name: "ANMAT authorization of the clinical pharmacology study (Disposición ANMAT 6677/10), including the notice of import of study materials",
      authority: "Administración Nacional de Medicamentos, Alimentos y Tecnología Médica (ANMAT)",
      scope: "per-trial",
      holder: "sponsor",
      note:
        "Products used in a clinical trial need ANMAT approval of the trial first (after ethics committee approval). The application must include a notice of the intended import or export of study materials or samples: for drugs, name, dosage form, strength and quantity; for biological samples, type and destination; for other materials, description and quantity (secondary sources). Disposición 6677/10 remains the rule in force for clinical pharmacology studies. A separate per-shipment ANMAT import permit for IMPs and its lead time were not found. Lab kits and other study supplies are declared in the same notice (description and quantity); whether customs also requires a separate ANMAT intervention for them (e.g. for in vitro diagnostic products) was not confirmed.",
      sources: [GHTC_AR, REGASK_AR, DISP_2172_2025],
    },
    {
      kind: "permit",
      id: "ar-import-samples-anmat",
      materials: ["samples"],
      name: "ANMAT approval for import of biological samples linked to clinical pharmacology studies",
      authority: "Administración Nacional de Medicamentos, Alimentos y Tecnología Médica (ANMAT)",
      scope: "per-shipment",
      holder: "importer",
      note: SAMPLES_NOTE,
      sources: [MARKEN_AR, REGASK_AR],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "ar-export-samples-anmat",
      materials: ["samples"],
      name: "ANMAT approval for export of biological samples linked to clinical pharmacology studies",
      authority: "Administración Nacional de Medicamentos, Alimentos y Tecnología Médica (ANMAT)",
      scope: "per-shipment",
      holder: "exporter",
      note: SAMPLES_NOTE,
      sources: [MARKEN_AR, REGASK_AR],
    },
  ],
  importerOfRecord: [
    {
      id: "ar-ior-imp",
      materials: ["imp", "samples"],
      who: "An importer registered in the Argentine customs (DGA) registry of importers and exporters, with a tax registration (CUIT) and a special address in Argentina; for clinical trials, typically the sponsor's local entity or its authorized representative in Argentina.",
      foreignSponsorMayAct: false,
      mustHold: ["ar-import-imp-anmat-study"],
      note:
        "The ANMAT trial application includes evidence of the delegation of functions to the sponsor's representative (apostilled and officially translated where applicable). Occasional importers need DGA authorization. Sources are secondary.",
      sources: [
        { title: "HKTDC: Argentina, 1.4 Trade Regulations (eligibility for foreign trade) (secondary source)", url: "https://emerging-markets-research.hktdc.com/business-news/article/Argentina/1-4-Trade-Regulations/bgemla/en/1/1X000000/1X07T7E1.htm", reviewed: R },
        GHTC_AR,
      ],
    },
  ],
  exporterOfRecord: [],
  temporaryAdmission: {
    id: "ar-ata",
    ataCarnet: false,
    note:
      "Argentina does not take part in the ATA carnet system. Equipment enters under the Temporary Admission Regime (TAR) with a bond covering the import charges, refunded on re-export. Commercial samples, machines and testing devices that stay unchanged must be re-exported within 240 days; ownership, possession or use may not be transferred.",
    sources: [
      { title: "trade.gov Country Commercial Guide: Argentina, Temporary Entry", url: "https://trade.gov/country-commercial-guides/argentina-temporary-entry", reviewed: R },
      { title: "export.gov (legacy): Argentina, Temporary Entry (not in the ATA Carnet program; bond required)", url: "https://legacy.export.gov/article?id=Argentina-temporary-entry", reviewed: R },
    ],
  },
};

export default rules;
