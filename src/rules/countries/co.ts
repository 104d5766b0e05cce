import type { CountryRulesInput } from "../schema";

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
  import: [
    {
      kind: "permit",
      id: "co-import-imp-invima-protocol-approval",
      materials: ["imp", "device", "ancillary", "lab-kit"],
      name: "Invima clinical study approval covering import of investigational products and study supplies",
      authority: "Instituto Nacional de Vigilancia de Medicamentos y Alimentos (Invima)",
      scope: "per-trial",
      holder: "sponsor",
      note: "Every clinical study in humans must be registered with and approved by Invima, after approval by the site's ethics committee. The approval authorises the sponsor's local legal representative to import the investigational drugs, devices and other supplies needed for the study; Invima publishes import/export authorisations linked to approved protocols. (secondary source for the scope of the approval)",
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
  ],
};

export default rules;
