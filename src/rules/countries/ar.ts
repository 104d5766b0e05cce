import type { CountryRulesInput } from "../legacyRuleModules";

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

const CBA_REG = {
  title: "CBA Customs Services: Importer-exporter registration in Argentina (one AFIP registration for both; CUIT and requirements) (secondary source)",
  url: "https://cba-cs.com.ar/en/imports-argentina/importer-exporter-registration/",
  reviewed: R,
};
const ELINSIGNIA_REG = {
  title: "El Insignia: ¿Querés ser importador o exportador? (Registro de Importadores y Exportadores: CUIT, domicilio fiscal, solvencia; exceptions for non-habitual operations) (secondary source)",
  url: "https://elinsignia.com/2016/11/19/queres-ser-importador-o-exportador/?amp=1",
  reviewed: R,
};
const CURECOMPASS_4446 = {
  title: "CureCompass: Productos médicos, ya rige el aviso de importación (ANMAT Disposición 4446/25) (secondary source)",
  url: "https://curecompass.com.ar/productos-medicos-3",
  reviewed: R,
};

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
        "Products used in a clinical trial need ANMAT approval of the trial first (after ethics committee approval). The application must include a notice of the intended import or export of study materials or samples: for drugs, name, dosage form, strength and quantity; for biological samples, type and destination; for other materials, description and quantity (secondary sources). Disposición 6677/10 remains the rule in force for clinical pharmacology studies. A separate per-shipment ANMAT import permit for IMPs and its lead time were not found. Lab kits and other study supplies are declared in the same notice (description and quantity); whether customs also requires a separate ANMAT intervention for them (e.g. for in vitro diagnostic products) was not confirmed. Lead time: ANMAT's evaluation of a clinical study takes 60 working days of technical review plus 10 for administrative steps, 70 working days in all (55 for studies already approved in listed high-surveillance countries), as set by Disposición 4008/2017 (secondary source, 2017); working days converted to calendar days.",
      leadTimeDays: 98,
      sources: [GHTC_AR, REGASK_AR, DISP_2172_2025, { title: "Medpace: Shortened Timelines for Regulatory Review by ANMAT Make Argentina an Excellent Choice for Clinical Research (27 July 2017) (secondary source)", url: "https://www.medpace.com/clinical-research-in-argentina/", reviewed: R }],
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
    {
      kind: "permit",
      id: "ar-import-device-anmat",
      materials: ["device"],
      name: "ANMAT prior intervention on the import of medical products (solicitud de intervención previa a la destinación de importación; Disposición ANMAT 724/2007, Resolución General AFIP 30/97)",
      authority: "Administración Nacional de Medicamentos, Alimentos y Tecnología Médica (ANMAT)",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Law 16.463 allows the import of any product used in human medicine only with prior authorization and under Ministry of Health (ANMAT) control. ANMAT handles the requests for its prior intervention before the import declaration of in vitro diagnostic reagents, disposable material and medical apparatus and equipment, and medical products may be imported only by companies registered with the Ministry of Health through ANMAT (Disposición 724/2007). Since Disposición 4446/25, registered class I and II medical products are notified after clearance instead (see the equipment rule). The exact import route for unregistered investigational devices, and whether the clinical investigation approval is presented at this step, were not confirmed.",
      sources: [
        { title: "InfoLEG: Disposición ANMAT 724/2007 (intervención previa de ANMAT en importaciones de productos médicos; importación sólo por empresas registradas)", url: "https://servicios.infoleg.gob.ar/infolegInternet/anexos/125000-129999/125268/norma.htm", reviewed: R },
        { title: "ANMAT Disposición 806/2007 (Scribd copy): Ley 16.463, import of products used in human medicine only with prior authorization", url: "https://www.scribd.com/document/310306574/Disposicion-ANMAT-806-2007", reviewed: R },
      ],
    },
    {
      kind: "permit",
      id: "ar-import-equipment-anmat-aviso",
      materials: ["equipment"],
      name: "Aviso de Importación de productos médicos clase I y II (ANMAT Disposición 4446/25)",
      authority: "Administración Nacional de Medicamentos, Alimentos y Tecnología Médica (ANMAT)",
      scope: "per-shipment",
      holder: "importer",
      onlyWhen: "the equipment is a medical product registered with ANMAT in risk class I or II",
      note: "Since Disposición 4446/25 came into force (August 2025), companies enabled by ANMAT notify imports of registered class I and II medical products through an import notice (Aviso de Importación, a sworn declaration, free of charge) filed in ANMAT's Bonita system up to 48 hours after the goods are nationalised; ANMAT's prior intervention for these products was removed. The products must already be registered. Unregistered or class III/IV equipment and general laboratory equipment are not covered by this notice; their requirements were not confirmed. (secondary source)",
      sources: [CURECOMPASS_4446],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "ar-export-study-materials-anmat",
      materials: ["imp", "ancillary", "lab-kit"],
      name: "ANMAT authorization of the clinical pharmacology study (Disposición ANMAT 6677/10), including the notice of export of study materials",
      authority: "Administración Nacional de Medicamentos, Alimentos y Tecnología Médica (ANMAT)",
      scope: "per-trial",
      holder: "sponsor",
      note:
        "The sponsor's trial application to ANMAT must include a notice of the intended import or export of study materials or samples: for drugs, name, dosage form, strength and quantity; for other materials, description and quantity (secondary source). A separate per-shipment ANMAT export permit for investigational drugs or study supplies was not found. Lead time: ANMAT's evaluation of a clinical study takes 70 working days in all (60 technical plus 10 administrative; 55 for studies already approved in listed high-surveillance countries), as set by Disposición 4008/2017 (secondary source, 2017); working days converted to calendar days.",
      leadTimeDays: 98,
      sources: [
        GHTC_AR,
        DISP_2172_2025,
        { title: "Medpace: Shortened Timelines for Regulatory Review by ANMAT Make Argentina an Excellent Choice for Clinical Research (27 July 2017) (secondary source)", url: "https://www.medpace.com/clinical-research-in-argentina/", reviewed: R },
      ],
    },
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
    {
      id: "ar-ior-ancillary-labkit",
      materials: ["ancillary", "lab-kit"],
      who: "An importer registered in Argentina's Registry of Importers and Exporters (AFIP/DGA), with a tax registration (CUIT) and fiscal domicile in Argentina; for clinical trials, typically the sponsor's local entity or its authorized representative in Argentina.",
      foreignSponsorMayAct: false,
      mustHold: ["ar-import-imp-anmat-study"],
      note: "Registration requires a CUIT, a fiscal domicile and proof of solvency or a guarantee; operators without habitual foreign trade are exempt from registering. The ANMAT trial application lists the study materials to be imported. (secondary sources)",
      sources: [ELINSIGNIA_REG, CBA_REG, GHTC_AR],
    },
    {
      id: "ar-ior-device",
      materials: ["device"],
      who: "A company authorized (habilitada) by ANMAT for the import of medical products, registered as an importer with AFIP (CUIT); for clinical trials, typically the sponsor's local entity or its authorized representative in Argentina.",
      foreignSponsorMayAct: false,
      mustHold: ["ar-import-device-anmat"],
      note: "Law 16.463 allows the import of any product used in human medicine only with prior authorization and under the control of the Ministry of Health (ANMAT); medical products may be imported only by companies registered with the Ministry of Health through ANMAT (Disposición 724/2007).",
      sources: [
        { title: "ANMAT Disposición 806/2007 (Scribd copy): Ley 16.463, import of products used in human medicine only with prior authorization", url: "https://www.scribd.com/document/310306574/Disposicion-ANMAT-806-2007", reviewed: R },
        CBA_REG,
      ],
    },
    {
      id: "ar-ior-equipment",
      materials: ["equipment"],
      who: "A company enabled (habilitada) by ANMAT that files the import notice for registered class I or II medical products, registered as an importer with AFIP (CUIT).",
      foreignSponsorMayAct: false,
      mustHold: ["ar-import-equipment-anmat-aviso"],
      note: "Applies when the equipment is a registered class I or II medical product. (secondary sources)",
      sources: [CURECOMPASS_4446, CBA_REG],
    },
  ],
  exporterOfRecord: [
    {
      id: "ar-eor-samples",
      materials: ["samples"],
      who: "An exporter registered in Argentina's Registry of Importers and Exporters (AFIP/DGA), with a CUIT and fiscal domicile in Argentina, shipping specimens covered by the ANMAT export approval requested by the sponsor or investigator.",
      foreignSponsorMayAct: false,
      mustHold: ["ar-export-samples-anmat"],
      note: "Registering as an importer also registers the CUIT as an exporter before AFIP, and vice versa; operators without habitual foreign trade are exempt from registering. The ANMAT application for exporting biological samples identifies the sponsor/investigator, protocol, specimen type and destination. (secondary sources)",
      sources: [CBA_REG, ELINSIGNIA_REG, MARKEN_AR],
    },
    {
      id: "ar-eor-general",
      materials: ["imp", "device", "ancillary", "lab-kit", "equipment"],
      who: "An exporter registered in Argentina's Registry of Importers and Exporters (AFIP/DGA), with a CUIT and fiscal domicile in Argentina, e.g. the sponsor's local entity or representative.",
      foreignSponsorMayAct: false,
      note: "Registration as importer and as exporter is a single registration before AFIP; it requires a CUIT, a fiscal domicile and proof of solvency or a guarantee, and operators without habitual foreign trade are exempt from registering. Export permits for these materials were not confirmed. (secondary sources)",
      sources: [CBA_REG, ELINSIGNIA_REG],
    },
  ],
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
