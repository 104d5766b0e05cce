import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const INVIMA_EC = {
  title: "Invima: Ensayos clínicos (medicamentos de síntesis química y biológica)",
  url: "https://intranet.invima.gov.co/productos-vigilados/medicamentos-y-productos-biologicos/medicamentos-de-sintesis-quimica-y-biologica/ensayos-clinicos",
  reviewed: R,
};
const IC_DRUG = {
  title: "Interventional Concepts: INVIMA-Colombia approval requirements for a pharmaceutical drug clinical trial",
  url: "https://interventionalconcepts.net/colombia-invima-drug-clinical-trial-requirements",
  reviewed: R,
};
const IC_DEVICE = {
  title: "Interventional Concepts: INVIMA-Colombia document requirements for investigational medical device clinical trials",
  url: "https://interventionalconcepts.net/invima-colombia-medical-device-clinical-trial-protocol-approval-requirements",
  reviewed: R,
};
const VUCE_GUIDE = {
  title: "Invima: Guía de diligenciamiento de solicitudes de registro o licencia de importación ante la VUCE, versión 5 (2022)",
  url: "https://es.scribd.com/document/705504015/GUIA-DILIGENCIAMIENTO-VISTO-BUENO-VUCE-INVIMA-2022",
  reviewed: R,
};
const DIAN_BASE = {
  title: "DIAN: Resoluciones anticipadas de criterios de valoración, glosario (base gravable, Decreto 1165 de 2019 art. 16)",
  url: "https://www.dian.gov.co/aduanas/aspectecmercancias/SARP/Paginas/Resoluciones-Anticipadas-de-Criterios-de-Valoracion.aspx",
  reviewed: R,
};
const EROUTE = {
  title: "eRoute: Cómo calcular los costos de importación en Colombia paso a paso",
  url: "https://eroute.com.co/como-calcular-los-costos-de-importacion-en-colombia-paso-a-paso",
  reviewed: R,
};
const LEGIS_EXENTOS = {
  title: "Revista Impuestos (Legis), 2020: Materia prima de medicamentos (Ley 2010 de 2019 art. 160, partidas 30.03, 30.04 pasan de excluidas a exentas)",
  url: "https://es.scribd.com/document/463610156/REVISTA20IMPUESTOS-8",
  reviewed: R,
};
const DIAN_207 = {
  title: "DIAN Concepto 100208221-000207 de 20-02-2020: exclusión/exención del IVA, artículos 13 y 160 de la Ley 2010 de 2019",
  url: "https://accounter.co/doctrina/materias-primas-quimicas-destino-produccion-de-medicamentos-partidas-29-36-29-41-30-01-30-03-30-04-y-30-06-son-excluidas-exentas-gravadas-o-no-sujetas-del-iva.html",
  reviewed: R,
};
const ET_477 = {
  title: "Estatuto Tributario, artículo 477: bienes exentos del impuesto sobre las ventas (PwC Legal y Tributario en línea)",
  url: "https://legalytributarioenlinea.co.pwc.com/et2019n/estatuto2017.aspx?id=477",
  reviewed: R,
};

const NOTICIASBQ_1090 = {
  title: "Noticias BQ: Envíos bajo modalidad de tráfico postal o urgentes menores a US$200 no pagarán arancel (Decreto 1090 de 2020)",
  url: "https://noticiasbq.com/colombia/envios-bajo-modalidad-de-trafico-postal-o-urgentes-menores-a-us200-no-pagaran-arancel",
  reviewed: R,
};
const WTN_DIAN_POSTAL = {
  title: "World Today News: Learn about the new provisions on postal traffic and express shipments (DIAN, Decree 1090 of 2020)",
  url: "https://world-today-news.com/learn-about-the-new-provisions-on-postal-traffic-and-express-shipments",
  reviewed: R,
};
const DEC_POSTAL = {
  title: "DEC Consultores: Envíos por correo de entrega rápida (tráfico postal y envíos urgentes, Decreto 1165 de 2019 arts. 253, 254 y 261)",
  url: "https://www.decconsultores.com/enviosusd200/",
  reviewed: R,
};
const GDA_POSTAL = {
  title: "GDA / DIAN: Guía práctica para entender el cálculo de los impuestos en tráfico postal (US$2.000, 50 kg, umbral de US$200)",
  url: "https://gda.com/detalle-de-la-noticia/?article=5916732",
  reviewed: R,
};
const BU_LEY_2145 = {
  title: "Brigard Urrutia: Convenio de Estambul sobre importación temporal, Ley 2145 de 2021",
  url: "https://www.bu.com.co/es/insights/noticias/convenio-de-estambul-sobre-importacion-temporal-ley-2145-de-2001",
  reviewed: R,
};
const CC_C448 = {
  title: "Corte Constitucional de Colombia, Sentencia C-448/22: revisión de la Ley 2145 de 2021 (Convenio sobre Importación Temporal, Estambul)",
  url: "https://www.corteconstitucional.gov.co/relatoria/2022/C-448-22.htm",
  reviewed: R,
};

const MINCIT_EXPORT = {
  title: "MinCIT Colombia: Cómo exportar bienes (RUT registration as exporter; vistos buenos such as INVIMA before the export declaration)",
  url: "https://www.mincit.gov.co/mincomercioexterior/como-exportar/bienes",
  reviewed: R,
};
const DEC1165_ART10 = {
  title: "Decreto 1165 de 2019, artículo 10: requisitos y obligaciones del importador o exportador (copy on Scribd)",
  url: "https://es.scribd.com/document/465906667/TRAMITOLOGIA-PARA-IMPORTACION-Y-EXPERTACION-docx",
  reviewed: R,
};

const AL_MUESTRAS = {
  title: "Asuntos Legales (Alejandro Estrada Mejía): Traslado de muestras biológicas de origen humano, requisitos y consideraciones (Resolución 8430 de 1993)",
  url: "https://asuntoslegales.com.co/analisis/alejandro-estrada-mejia-3408961/traslado-de-muestras-biologicas-de-origen-humano-requisitos-y-consideraciones-3750357",
  reviewed: R,
};
const MINSALUD_REQ_BOH = {
  title: "Requisitos para la entrada y salida de muestras biológicas de origen humano con fines de investigación (Ministerio de Salud; copy on Scribd)",
  url: "https://es.scribd.com/document/464075628/REQUISITOS-PARA-LA-ENTRADA-Y-SALIDA-DE-MUESTRAS-BOH-CON-FINES-DE-INVESTIGACION",
  reviewed: R,
};

/** Colombia: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "CO",
  name: "Colombia",
  valuation: {
    basis: "CIF",
    note: "Customs duty is charged on the customs value (valor en aduana) under the WTO Valuation Agreement and Andean Decision 571, in practice FOB + international freight + insurance; import IVA is charged on the customs value plus customs duty.",
    sources: [DIAN_BASE, EROUTE],
  },
  importTax: {
    id: "co-import-tax",
    name: "Impuesto sobre las ventas (IVA)",
    standardRatePercent: 19,
    reliefs: [
      {
        id: "co-import-tax-medicamentos-exentos",
        headings: ["3004", "3003"],
        ratePercent: 0,
        condition: "Medicaments of headings 30.03 and 30.04 are exempt (exentos) from IVA since Law 2010 of 2019 (art. 160 moved them from the excluded list of ET art. 424 to exempt status). Check that the product is classified in 30.03/30.04; Invima's classification of a product as a medicine is relevant evidence. (secondary source for the change)",
        sources: [LEGIS_EXENTOS, DIAN_207, ET_477],
      },
    ],
    note: "Base: customs value plus customs duty (Estatuto Tributario art. 459). The 19% rate is from a secondary source.",
    sources: [DIAN_BASE, EROUTE],
  },
  deMinimis: {
    id: "co-de-minimis",
    amount: 200,
    currency: "USD",
    covers: "duty",
    note: "Decree 1090 of 2020: goods entering by postal traffic or express (courier) shipment with an FOB value of US$200 or less, excluding delivery costs, pay no customs duty. IVA at 19% is still charged unless the goods come from a country whose free trade agreement exempts them (in practice only the United States) and the shipment is not commercial. The postal and express modality is limited to shipments of up to US$2,000 and 50 kg; Invima-controlled goods still need their Invima import approval, so confirm with the broker whether the modality can be used. (secondary sources)",
    sources: [NOTICIASBQ_1090, WTN_DIAN_POSTAL, DEC_POSTAL, GDA_POSTAL, VUCE_GUIDE],
  },
  import: [
    {
      kind: "permit",
      id: "co-import-imp-invima-protocol-approval",
      materials: ["imp", "device", "ancillary", "lab-kit", "samples"],
      name: "Invima clinical study approval covering import of investigational products and study supplies",
      authority: "Instituto Nacional de Vigilancia de Medicamentos y Alimentos (Invima)",
      scope: "per-trial",
      holder: "sponsor",
      note: "Every clinical study in humans must be registered with and approved by Invima, after approval by the site's ethics committee. The approval authorises the sponsor's local legal representative to import the investigational drugs, biological material, devices and other supplies needed for the study; Invima publishes import/export authorisations linked to approved protocols. (secondary source for the scope of the approval)",
      sources: [INVIMA_EC, IC_DRUG, IC_DEVICE],
    },
    {
      kind: "permit",
      id: "co-import-imp-vuce-licencia",
      materials: ["imp", "device", "lab-kit"],
      name: "Registro o licencia de importación with Invima visto bueno through VUCE",
      authority: "Invima, through the Ventanilla Única de Comercio Exterior (VUCE)",
      scope: "per-shipment",
      holder: "importer",
      note: "Imports of medicines, medical devices, biomedical equipment and diagnostic reagents controlled by Invima are filed as an import registration or licence in VUCE for Invima's approval (visto bueno); the guide has separate chapters for products without a sanitary registration and for products that need an import authorisation before the electronic visto bueno.",
      sources: [VUCE_GUIDE],
    },
    {
      kind: "permit",
      id: "co-import-equipment-vuce-licencia",
      materials: ["equipment"],
      name: "Registro o licencia de importación with Invima visto bueno through VUCE (biomedical equipment)",
      authority: "Invima, through the Ventanilla Única de Comercio Exterior (VUCE)",
      scope: "per-shipment",
      holder: "importer",
      onlyWhen: "the equipment is biomedical equipment or another medical device controlled by Invima (e.g. an ECG machine or infusion pump), not general laboratory equipment",
      note: "Imports of medicines, medical devices, biomedical equipment and diagnostic reagents controlled by Invima are filed as an import registration or licence in VUCE for Invima's approval (visto bueno), with separate chapters for products without a sanitary registration and for products that need an import authorisation first. Invima's clinical study approval also covers devices and other supplies required by the study (secondary source).",
      sources: [VUCE_GUIDE, IC_DRUG],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "co-export-samples-invima",
      materials: ["samples"],
      name: "Invima authorisation to export biological material of an approved clinical study",
      authority: "Instituto Nacional de Vigilancia de Medicamentos y Alimentos (Invima)",
      scope: "per-trial",
      holder: "sponsor",
      note: "Invima's approval of the study authorises the sponsor's local legal representative to export biological material to an external laboratory; Invima publishes lists of import/export authorisations linked to approved protocols. Whether each shipment needs its own authorisation was not confirmed. (secondary source for the scope)",
      sources: [INVIMA_EC, IC_DRUG],
    },
    {
      kind: "permit",
      id: "co-export-samples-minsalud",
      materials: ["samples"],
      name: "Autorización para la salida del país de muestras biológicas de origen humano con fines de investigación",
      authority: "Ministerio de Salud y Protección Social, Dirección de Medicamentos y Tecnologías en Salud",
      scope: "per-shipment",
      holder: "site",
      onlyWhen: "the samples leave Colombia for research not already covered by an Invima export authorisation for an approved clinical study (the source places this procedure under health technologies other than medicines); for medicine trials confirm with Invima or the Ministry whether it also applies",
      note: "Under Resolution 8430 of 1993, the legal representative of the institution carrying out the research applies to the Ministry of Health each time human biological samples are to be taken out of the country for research. The file includes the institution's certificate of existence and legal representation (issued within 90 days), the protocol and informed consent form approved by the institution's bioethics committee and its approval minutes, the sample specifications (number, size, volume, packaging under UN dangerous-goods and air transport rules), the analyses that justify sending them abroad, the destination institution and recipient, the destination country's health import permit for the samples, and the specialised carrier with its certificate. Incomplete files must be completed within 20 working days or the request is treated as withdrawn. (secondary sources)",
      sources: [AL_MUESTRAS, MINSALUD_REQ_BOH],
    },
  ],
  importerOfRecord: [
    {
      id: "co-ior-imp",
      materials: ["imp", "device", "ancillary", "lab-kit"],
      who: "The sponsor's local legal representative in Colombia named in the Invima study approval (or an importer acting for it) that files the VUCE import licence.",
      foreignSponsorMayAct: false,
      mustHold: ["co-import-imp-invima-protocol-approval", "co-import-imp-vuce-licencia"],
      note: "Invima's study approval is addressed to the sponsor's local legal representative in Colombia. (secondary source)",
      sources: [IC_DRUG, VUCE_GUIDE],
    },
    {
      id: "co-ior-equipment",
      materials: ["equipment"],
      who: "The sponsor's local legal representative in Colombia named in the Invima study approval, or an importer acting for it, that files the VUCE import licence for Invima-controlled equipment.",
      foreignSponsorMayAct: false,
      mustHold: ["co-import-equipment-vuce-licencia"],
      note: "Invima's study approval, which covers devices and supplies required by the study, is addressed to the sponsor's local legal representative in Colombia. (secondary source)",
      sources: [IC_DRUG, VUCE_GUIDE],
    },
    {
      id: "co-ior-samples",
      materials: ["samples"],
      who: "The sponsor's local legal representative in Colombia named in the Invima study approval (or an importer acting for it).",
      foreignSponsorMayAct: false,
      mustHold: ["co-import-imp-invima-protocol-approval"],
      note: "Invima's study approval authorises the sponsor's local legal representative in Colombia to import the biological material required by the study. (secondary source)",
      sources: [IC_DRUG],
    },
  ],
  exporterOfRecord: [
    {
      id: "co-eor-samples",
      materials: ["samples"],
      who: "The sponsor's local legal representative in Colombia named in the Invima study approval.",
      foreignSponsorMayAct: false,
      mustHold: ["co-export-samples-invima"],
      note: "(secondary source)",
      sources: [IC_DRUG],
    },
    {
      id: "co-eor-general",
      materials: ["imp", "device", "ancillary", "lab-kit", "equipment"],
      who: "A legal entity domiciled or legally represented in Colombia (or a natural person registered in the RUT), registered with DIAN in the RUT as an exporter, acting directly or through a customs agency; typically the sponsor's local legal representative.",
      foreignSponsorMayAct: false,
      note: "Decree 1165 of 2019 (art. 10) requires importers and exporters that are legal entities to be domiciled or legally represented in Colombia. Exporters register in DIAN's RUT stating the export activity, and must obtain any vistos buenos or prior permits the product needs (INVIMA for medicines is named as an example) before filing the export declaration (DEX); whether a specific INVIMA export approval applies to investigational products was not confirmed.",
      sources: [DEC1165_ART10, MINCIT_EXPORT],
    },
  ],
  temporaryAdmission: {
    id: "co-temporary-admission",
    ataCarnet: false,
    note: "Colombia approved the Istanbul Convention on Temporary Admission (which provides for ATA carnets) by Law 2145 of 2021, and the Constitutional Court upheld it in judgment C-448/22 (December 2022); whether ATA carnets are now accepted in practice was not confirmed, so plan on Colombia's national temporary admission regime (admisión temporal para reexportación en el mismo estado) under Decree 1165 of 2019 until the carnet route is confirmed with DIAN or the customs broker. (secondary source for the Decree 1165 point)",
    sources: [BU_LEY_2145, CC_C448],
  },
};

export default rules;
