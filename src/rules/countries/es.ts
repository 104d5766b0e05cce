import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const aempsCtPortal = {
  title: "AEMPS – Import and export of medicines in authorised clinical trials in Spain (procedure 085058)",
  url: "https://sede.aemps.gob.es/procedimientos/medicamentos-de-uso-humano/portal_ensaclinicos/?lang=en",
  reviewed: R,
};
const aempsComercioExterior = {
  title: "AEMPS – Comercio exterior (Circular 1/2025 de comercio exterior de medicamentos)",
  url: "https://www.aemps.gob.es/industria-farmaceutica/comercio-exterior",
  reviewed: R,
};
const aempsCircularImport = {
  title: "AEMPS – Comercio exterior de medicamentos: procedimientos para la importación",
  url: "https://www.aemps.gob.es/?lang=gl&p=42848",
  reviewed: R,
};
const visitaMedicaAnnual = {
  title: "Visita Médica – La AEMPS habilita la tramitación electrónica de autorizaciones de importación y exportación",
  url: "https://www.visitamedica.com/en/news/visita-medica/4122-la-aemps-habilita-la-tramitacion-electronica-de-autorizaciones-de-importacion-y-exportacion",
  reviewed: R,
};
const sanidadMuestras = {
  title: "Ministerio de Sanidad – Importación y exportación de muestras biológicas",
  url: "https://www.mscbs.gob.es/profesionales/saludPublica/sanidadExterior/muestras_Biologicas.htm",
  reviewed: R,
};
const sanidadMuestrasRegistro = {
  title: "Ministerio de Sanidad – Muestras biológicas: registro de importadores y exportadores",
  url: "https://www.sanidad.gob.es/va/areas/sanidadExterior/materialBiologico/muestrasBiologicas/home.htm",
  reviewed: R,
};
const rd65 = {
  title: "BOE – Real Decreto 65/2006, requisitos para la importación y exportación de muestras biológicas",
  url: "https://www.boe.es/buscar/act.php?id=BOE-A-2006-1916&p=20091127&tn=0",
  reviewed: R,
};
const aempsPsImport = {
  title: "AEMPS – Preguntas frecuentes sobre la importación de productos sanitarios",
  url: "https://www.aemps.gob.es/?p=40229",
  reviewed: R,
};
const portalfarmaPs = {
  title: "Panorama Actual del Medicamento nº 364 (Portalfarma) – Actualidad en productos sanitarios: comprobaciones en las importaciones de productos sanitarios",
  url: "https://publicaciones.portalfarma.com/pam/364/files/assets/basic-html/page102.html",
  reviewed: R,
};
const aempsPsControl = {
  title: "AEMPS – Comercio exterior: control sanitario de productos sanitarios en la importación (SIFAEX)",
  url: "https://www.aemps.gob.es/?p=40226",
  reviewed: R,
};
const rd192art7 = {
  title: "Real Decreto 192/2023, artículo 7: Licencia previa de funcionamiento de instalaciones",
  url: "https://iberley.es/legislacion/articulo-7-productos-sanitarios",
  reviewed: R,
};
const aeatRates = {
  title: "Agencia Tributaria – Economic Activities Manual, 5.3.2 VAT rates",
  url: "https://sede.agenciatributaria.gob.es/Sede/en_gb/ayuda/manuales-videos-folletos/manuales-practicos/folleto-actividades-economicas/5-impuesto-sobre-valor-anadido/5_3-regimen-general/5_3_2-que-consiste.html",
  reviewed: R,
};
const aeat10 = {
  title: "Agencia Tributaria – VAT practical manual 2022: reduced tax rate of 10 percent",
  url: "https://sede.agenciatributaria.gob.es/Sede/en_gb/ayuda/manuales-videos-folletos/manuales-practicos/manual-iva-2022/capitulo-04-sujetos-pasivos-repercusion-impositivo/tipo-impositivo/tipo-impositivo-reducido-10-ciento.html",
  reviewed: R,
};

const vlexIva = {
  title: "vLex – El IVA de los medicamentos y los productos sanitarios (Ley 28/2014 reform of art. 91 Ley 37/1992)",
  url: "https://vlex.es/vid/iva-medicamentos-productos-sanitarios-699869813",
  reviewed: R,
};

/** Spain: national import/export rules for clinical-trial shipments (EU rules apply on top). */
const rules: CountryRulesInput = {
  code: "ES",
  name: "Spain",
  customsUnion: "EU",
  importTax: {
    id: "es-import-tax",
    name: "IVA (Impuesto sobre el Valor Añadido) on imports",
    standardRatePercent: 21,
    reliefs: [
      {
        id: "es-import-tax-medicines-4",
        materials: ["imp"],
        headings: ["3002", "3004"],
        ratePercent: 4,
        condition:
          "The goods are medicines for human use (super-reduced 4% rate). Whether a given IMP or placebo qualifies as a medicine for human use should be confirmed; other goods fall to 21%.",
        sources: [aeatRates],
      },
    ],
    note:
      "Medical equipment and devices are at 10% only when they are listed in the VAT law annex and designed for the personal, exclusive use of people with disabilities; other medical devices and instruments are taxed at the 21% general rate.",
    sources: [aeatRates, aeat10, vlexIva],
  },
  import: [
    {
      kind: "permit",
      id: "es-import-imp-aemps-085058",
      materials: ["imp"],
      name: "Autorización de importación de medicamentos para utilizar en ensayos clínicos autorizados en España (procedure 085058): one annual authorisation per investigational medicine",
      authority: "AEMPS (Agencia Española de Medicamentos y Productos Sanitarios)",
      scope: "per-product",
      holder: "importer",
      note:
        "Prior AEMPS authorisation for importing investigational medicines (including intermediates and bulk) from outside the EEA for trials authorised in Spain; filed electronically in the AEMPS import/export application. Under Circular 1/2025 (published July 2025, amended 12 November 2025) a single annual application for each investigational medicine replaces the former request per shipment: it is held per product, not per trial or per shipment. Switzerland, Andorra and the UK count as third countries; Norway, Iceland and Liechtenstein do not. The laboratory, manufacturer or trial sponsor may apply.",
      sources: [visitaMedicaAnnual, aempsCircularImport, aempsCtPortal, aempsComercioExterior],
    },
    {
      kind: "permit",
      id: "es-import-device-licencia-importador",
      materials: ["device"],
      name: "Licencia previa de funcionamiento (import activity) for medical devices",
      authority: "AEMPS (Agencia Española de Medicamentos y Productos Sanitarios)",
      scope: "per-importer",
      holder: "importer",
      note:
        "Anyone who physically imports medical devices into Spain from a third country needs an AEMPS prior operating licence covering import (Real Decreto 192/2023, art. 7), applied for in the AEMPS 'Instalaciones PS' application. Imported devices pass a health check at the border by the pharmaceutical inspection services (SIFAEX). The border check (requested through the SIFAEX application) verifies that the importer holds the licence, that the device carries CE marking and has passed conformity assessment; CE marking is not required for custom-made devices or devices intended for clinical investigations, but the importer licence is still checked (secondary source, from a pharmacists' council publication that predates the MDR). How the check applies to investigational devices under the current rules should be confirmed with AEMPS.",
      sources: [aempsPsImport, rd192art7, aempsPsControl, portalfarmaPs],
    },
    {
      kind: "permit",
      id: "es-import-samples-rd65",
      materials: ["samples"],
      name: "Autorización de importación de muestras biológicas (Real Decreto 65/2006)",
      authority: "Ministerio de Sanidad – Dirección General de Salud Pública (Sanidad Exterior)",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Human biological samples for diagnosis or research entering Spain from outside the EU customs territory need Ministry of Health authorisation; no authorisation is needed within the EU customs territory. Occasional shipments are authorised one by one (origin health certificate, recipient's undertaking on use and destruction). Regular importers may instead enrol in the voluntary register of importers and exporters of biological samples, renewed every five years; for a clinical trial the sponsor, its representative in Spain or a CRO enrols, with the sponsor's delegation letter and the trial authorisation.",
      sources: [sanidadMuestras, sanidadMuestrasRegistro, rd65],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "es-export-imp-aemps-085058",
      materials: ["imp"],
      name: "Autorización de exportación de medicamentos para utilizar en ensayos clínicos autorizados en España (procedure 085058)",
      authority: "AEMPS (Agencia Española de Medicamentos y Productos Sanitarios)",
      scope: "per-trial",
      holder: "exporter",
      note:
        "The same AEMPS procedure covers exports of investigational medicines (including intermediates and bulk) to countries outside the EEA; one annual application per investigational medicine under Circular 1/2025.",
      sources: [aempsCtPortal, visitaMedicaAnnual],
    },
    {
      kind: "permit",
      id: "es-export-samples-rd65",
      materials: ["samples"],
      name: "Autorización de exportación de muestras biológicas (Real Decreto 65/2006)",
      authority: "Ministerio de Sanidad – Dirección General de Salud Pública (Sanidad Exterior)",
      scope: "per-shipment",
      holder: "exporter",
      note:
        "Human biological samples for diagnosis or research leaving the EU customs territory from Spain need Ministry of Health authorisation; shipments to other EU countries need none. Regular exporters may enrol in the voluntary register of importers and exporters of biological samples (renewed every five years); for a clinical trial the sponsor, its representative in Spain or a CRO enrols.",
      sources: [sanidadMuestras, sanidadMuestrasRegistro, rd65],
    },
  ],
  importerOfRecord: [
    {
      id: "es-ior-imp",
      materials: ["imp"],
      who: "A Spanish pharmaceutical laboratory authorised to import medicines, whose Qualified Person certifies each imported batch; the AEMPS import authorisation may be requested by the importing laboratory, the manufacturer or the trial sponsor.",
      foreignSponsorMayAct: false,
      mustHold: ["es-import-imp-aemps-085058"],
      note: "Only authorised importing pharmaceutical laboratories may import finished medicines and their intermediates or bulk.",
      sources: [aempsCircularImport, aempsCtPortal],
    },
    {
      id: "es-ior-device",
      materials: ["device"],
      who: "A person or company holding an AEMPS prior operating licence for the import of medical devices.",
      foreignSponsorMayAct: false,
      mustHold: ["es-import-device-licencia-importador"],
      sources: [aempsPsImport, rd192art7],
    },
    {
      id: "es-ior-samples",
      materials: ["samples"],
      who: "The importer authorised by the Ministry of Health for the shipment, or enrolled in its register of importers of biological samples; for a clinical trial the sponsor, its representative in Spain or a CRO enrols, with the sponsor's delegation letter and the trial authorisation",
      foreignSponsorMayAct: false,
      mustHold: ["es-import-samples-rd65"],
      note: "The importing organisation must be accredited for its activity and comply with the occupational-safety rules that apply to the samples. EU customs rules on the declarant apply on top (see the EU rules).",
      sources: [sanidadMuestrasRegistro, sanidadMuestras, rd65],
    },
  ],
  exporterOfRecord: [
    {
      id: "es-eor-imp",
      materials: ["imp"],
      who: "The laboratory, manufacturer or trial sponsor holding the AEMPS authorisation to export the investigational medicine (procedure 085058)",
      foreignSponsorMayAct: false,
      mustHold: ["es-export-imp-aemps-085058"],
      note: "EU customs rules on who may act as exporter apply on top (see the EU rules).",
      sources: [aempsCtPortal, visitaMedicaAnnual],
    },
    {
      id: "es-eor-samples",
      materials: ["samples"],
      who: "The exporter authorised by the Ministry of Health for the shipment, or enrolled in its register of exporters of biological samples; for a clinical trial the sponsor, its representative in Spain or a CRO enrols",
      foreignSponsorMayAct: false,
      mustHold: ["es-export-samples-rd65"],
      note: "EU customs rules on who may act as exporter apply on top (see the EU rules).",
      sources: [sanidadMuestrasRegistro, sanidadMuestras, rd65],
    },
  ],
};

export default rules;
