import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const REGASK_MX = {
  title: "RegASK Library: Mexico, 2. General Questions (citing ClinRegs and the Health Research Regulations) (secondary source)",
  url: "https://library.regask.com/v1/docs/2-general-questions-25",
  reviewed: R,
};
const CLINREGS_MX = {
  title: "ClinRegs (NIAID): Mexico country profile",
  url: "https://clinregs.niaid.nih.gov/country/mexico",
  reviewed: R,
};
const CAAAREM_IVA = {
  title: "CAAAREM opinion G-0079/2019: Importación de 'Medicina de Patente', sujeta a la tasa del 0% del IVA",
  url: "https://blog.cjaduanero.com/importacion-de-medicina-de-patente-sujeta-a-la-tasa-del-0-del-iva",
  reviewed: R,
};

const VERAQUE_MX = {
  title: "Veraque Consulting: Import permits for Medical Devices in Mexico (February 2020) (secondary source)",
  url: "https://veraqueconsulting.cn/2020/02/17/import-permits-for-medical-devices-in-mexico",
  reviewed: R,
};
const LEXOLOGY_MX_CUSTOMS = {
  title: "Lexology: Mexico customs Q&A, normal customs duty rates, importer requirements (RFC, Padrón de Importadores) (secondary source)",
  url: "https://www.lexology.com/library/detail.aspx?g=1c61986a-a621-4f47-ad61-4ab0c299956e",
  reviewed: R,
};
const MEDENVOY_MX = {
  title: "MedEnvoy: Navigating COFEPRIS, Medical Device Distribution in Mexico (secondary source)",
  url: "https://medenvoyglobal.com/blog/navigating-cofepris-medical-device-distribution-in-mexico/",
  reviewed: R,
};

const SAMANO_LOW_RISK_2025 = {
  title: "Sámano Abogados: Listado de dispositivos médicos de bajo riesgo y productos que no requieren registro sanitario (Acuerdo DOF 7 July 2025) (secondary source)",
  url: "https://www.samanosc.com.mx/post/listado-de-dispositivos-m%C3%A9dicos-de-bajo-riesgo-y-productos-que-no-requieren-registro-sanitario",
  reviewed: R,
};
const ENLACE_COFEPRIS_DIST = {
  title: "Enlace Biomédico: ¿Qué es la COFEPRIS y cómo impacta a los distribuidores de equipo médico? (consumables such as gloves or syringes need a sanitary registration) (secondary source)",
  url: "https://enlacebiomedico.com/que-es-la-cofepris-y-como-impacta-a-los-distribuidores-de-equipo-medico",
  reviewed: R,
};

/** Mexico: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "MX",
  name: "Mexico",
  valuation: {
    basis: "CIF",
    note:
      "Customs value is the transaction value (Ley Aduanera arts. 64-78) adjusted by adding international freight to the point of entry into Mexico, insurance, commissions, packing, assists and royalties. Import VAT is charged on customs value plus the other import duties (secondary source).",
    sources: [
      { title: "Camtom glossary: Customs Value (Mexico) (secondary source)", url: "https://www.camtomx.com/en/glosario/valor-en-aduana", reviewed: R },
      { title: "Camtom glossary: Foreign Trade Duties and Taxes (Mexico) (secondary source)", url: "https://camtomx.com/en/glosario/contribuciones-comercio-exterior", reviewed: R },
    ],
  },
  importTax: {
    id: "mx-import-iva",
    name: "Impuesto al valor agregado (IVA)",
    standardRatePercent: 16,
    reliefs: [],
    note:
      "IVA is 16%. Imports of 'medicinas de patente' (pharmaceutical specialties, narcotics, psychotropics, antigens and vaccines, per RLIVA art. 7) are not subject to import IVA because their sale is zero-rated (LIVA arts. 2-A I(b) and 25 III). One secondary source states that a 'medicina de patente' needs a sanitary registration; whether an unregistered investigational drug qualifies was not confirmed, so no relief is applied automatically here: confirm with the customs broker.",
    sources: [
      CAAAREM_IVA,
      { title: "PRODECON análisis sistémico 18/2015: IVA tasa 0% medicinas de patente", url: "https://www.prodecon.gob.mx/Documentos/AnalisisSistemicos/2016/18-2015-analisis-sistemico/files/basic-html/page3.html", reviewed: R },
      { title: "Notas Fiscales: ¿Son objeto de IVA los medicamentos ...? (medicina de patente requires sanitary registration) (secondary source)", url: "https://notasfiscales.com.mx/son-objeto-de-iva-los-medicamentos-que-se-proporcionan-como-parte-de-los-servicios-de-un-hospital-y-los-productos-para-la-salud-conocidos-como-milagro/", reviewed: R },
    ],
  },
  duties: [],
  deMinimis: {
    id: "mx-de-minimis",
    amount: 0,
    currency: "USD",
    covers: "duty-and-tax",
    note:
      "No general de minimis for clinical-trial goods. Under the simplified courier procedure (General Foreign Trade Rule 3.7.35, from 15 August 2025) a global rate of 33.5% applies to courier imports up to USD 2,500; only courier shipments from the United States or Canada valued at USD 50 or less clear without import duty and VAT (the customs processing fee is still due), with 17% up to USD 117 and 19% above. These facilities are for goods not subject to non-tariff regulations, so shipments that need a COFEPRIS permit do not qualify (secondary sources).",
    sources: [
      { title: "International Trade Compliance Update (Baker McKenzie): Mexico, increase to the rates of duty applicable upon importation through courier companies (secondary source)", url: "https://www.internationaltradecomplianceupdate.com/2025/07/29/mexico-increase-to-the-rates-of-duty-applicable-upon-importation-through-courier-companies", reviewed: R },
      { title: "J.A. Del Río: Fourth Resolution of Amendments to the General Foreign Trade Rules for 2025 (rule 3.7.35) (secondary source)", url: "https://jadelrio.com/mx/en/blogs/fourth-resolution-of-amendments-to-the-general-foreign-trade-rules-for-2025", reviewed: R },
      { title: "Opportimes: Products imported by parcel, Mexico imposes tariffs (conditions: no non-tariff regulations) (secondary source)", url: "https://opportimes.com/products-imported-by-parcel-mexico-imposes-tariffs", reviewed: R },
    ],
  },
  import: [
    {
      kind: "permit",
      id: "mx-import-imp-cofepris-permiso",
      materials: ["imp"],
      name: "Permiso sanitario de importación de medicamentos sin registro sanitario destinados a investigación en humanos (COFEPRIS)",
      authority: "Comisión Federal para la Protección contra Riesgos Sanitarios (COFEPRIS)",
      scope: "per-shipment",
      holder: "importer",
      note:
        "COFEPRIS authorizes the import of investigational products. The import permit can be requested only after COFEPRIS has approved the research protocol (sanitary authorization) for drugs that are not narcotics or psychotropics and have no sanitary registration. The applicant must be resident in Mexico or act through a legal representative; foreign manufacturers must provide a manufacturing licence, GMP certificate or equivalent document from the authority of the country of origin. Chapter 30 tariff lines also carry a prior COFEPRIS sanitary authorization requirement at customs. Whether one permit covers one shipment or several was not confirmed.",
      sources: [
        REGASK_MX,
        CLINREGS_MX,
        { title: "CAAAREM TIGIE 2007: fracción 3004.40.99, restricciones (autorización sanitaria previa de la COFEPRIS)", url: "https://siicex-caaarem.org.mx/Bases/TIGIE2007.nsf/d58945443a3d19d886256bab00510b2e/51c2faa4b47fc189862573020072de18", reviewed: R },
        { title: "Catálogo Nacional de Regulaciones, Trámites y Servicios: COFEPRIS-01-010 Permiso sanitario de importación de medicamentos que no cuenten con registro sanitario (page for modality D, personal use; the research modality is a sibling of the same trámite)", url: "https://catalogonacional.gob.mx/FichaTramite?traHomoclave=COFEPRIS-01-010-D", reviewed: R },
      ],
    },
    {
      kind: "permit",
      id: "mx-import-device-cofepris",
      materials: ["device"],
      name: "COFEPRIS import authorization for medical devices imported solely for a clinical investigation",
      authority: "Comisión Federal para la Protección contra Riesgos Sanitarios (COFEPRIS)",
      scope: "per-trial",
      holder: "importer",
      note: "Separate from a sanitary registration; tied to the specific investigation and the quantities approved (secondary source).",
      sources: [{ title: "RA Path: Clinical Investigations in Mexico (medical devices) (secondary source)", url: "https://rapath.github.io/mx/special-access/clinical-investigations/", reviewed: R }],
    },
    {
      kind: "permit",
      id: "mx-import-ancillary-registro-sanitario",
      materials: ["ancillary"],
      name: "Registro sanitario (COFEPRIS sanitary registration) of the medical device, or, for devices without a Mexican registration used in human research, a COFEPRIS import permit for research use",
      authority: "Comisión Federal para la Protección contra Riesgos Sanitarios (COFEPRIS)",
      scope: "per-importer",
      holder: "importer",
      note:
        "Ancillary supplies such as syringes are medical devices (insumos para la salud) in Mexico, and as a general rule the sale, supply, manufacture, import, storage and distribution of medical devices needs a sanitary registration issued by COFEPRIS; consumables such as gloves or syringes are named examples (secondary sources). Since 8 July 2025 an agreement published in the Diario Oficial lists low-risk devices and products that do not need a registration, so check the current list for simple consumables. Devices without a Mexican sanitary registration that are used in human research are imported under a separate COFEPRIS research import permit, requested by research centres, universities or private organisations such as CROs (secondary source, 2020). Whether the tariff line also needs a COFEPRIS import permit is a separate check (see the import permit rule).",
      sources: [SAMANO_LOW_RISK_2025, ENLACE_COFEPRIS_DIST, VERAQUE_MX],
    },
    {
      kind: "permit",
      id: "mx-import-ancillary-labkit-equipment-cofepris",
      materials: ["ancillary", "lab-kit", "equipment"],
      name: "Permiso sanitario de importación de insumos para la salud (dispositivos médicos), COFEPRIS",
      authority: "Comisión Federal para la Protección contra Riesgos Sanitarios (COFEPRIS)",
      scope: "per-importer",
      holder: "importer",
      onlyWhen: "the goods are medical devices or diagnostic agents (insumos para la salud, e.g. syringes, collection devices, reagents or medical equipment) whose tariff line carries a COFEPRIS import permit requirement",
      note:
        "Importing a medical device into Mexico needs a COFEPRIS import permit when its tariff line requires one; the customs broker confirms this from the tariff code. A sanitary registration in Mexico does not remove the need for the permit. Devices without a Mexican sanitary registration that are used in human research are imported under a separate research permit, requested by research centres, universities or private organisations such as CROs. Permits are requested through VUCEM, are typically issued in 3 to 5 weeks, and are valid for 180 days or until the number of pieces approved is used up (secondary source, 2020). Older tariff notes show the same COFEPRIS prior authorization attached to health goods imported for scientific research or laboratory use. The legal basis is Ley General de Salud art. 295: a Health Ministry sanitary authorization is needed to import the medicines, medical equipment, prostheses, diagnostic agents, dental supplies, surgical and wound-care material and hygiene products that the Secretary lists in an agreement published in the Diario Oficial, which is why the need depends on the tariff line.",
      sources: [
        VERAQUE_MX,
        { title: "Importing medical devices in Mexico, import permit types (Scribd document) (secondary source)", url: "https://www.scribd.com/document/657555991/Importing-Medical-Devices-Protocol-English", reviewed: R },
        { title: "CAAAREM TIGIE 2007: fracción 3005.10.02, restricciones (autorización sanitaria previa de la COFEPRIS, incluido uso en investigación científica o laboratorio)", url: "https://siicex-caaarem.org.mx/Bases/TIGIE2007.nsf/d58945443a3d19d886256bab00510b2e/fbf16f8d384ea64b862573020072df69", reviewed: R },
        { title: "Ley General de Salud, artículo 295 (autorización sanitaria de importación para medicamentos, equipos médicos, agentes de diagnóstico, material quirúrgico y de curación que determine el Secretario) (LENA)", url: "https://lena.mx/v/lgs/a:295", reviewed: R },
      ],
    },
    {
      kind: "permit",
      id: "mx-import-samples-cofepris",
      materials: ["samples"],
      name: "Permiso sanitario de internación de tejidos, células y productos de seres humanos (COFEPRIS)",
      authority: "Comisión Federal para la Protección contra Riesgos Sanitarios (COFEPRIS)",
      scope: "per-shipment",
      holder: "importer",
      note:
        "For institutions bringing human tissues, cells, substances and products into Mexico for diagnosis, treatment, research or teaching. For research: the 'Formato de internación o salida de productos de seres humanos', proof that the foreign establishment operates legally, the Mexican sanitary licence or operating notice, and the COFEPRIS protocol authorization (secondary source). Scope per shipment not confirmed.",
      sources: [
        { title: "Papelea: COFEPRIS trámites, permiso de internación de productos de seres humanos (secondary source)", url: "https://papelea.com/mx/comision-federal-para-la-proteccion-contra-riesgos-sanitarios?page=4", reviewed: R },
        CLINREGS_MX,
      ],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "mx-export-certificate-cofepris",
      materials: ["imp", "device", "ancillary", "lab-kit", "equipment"],
      name: "Certificado de exportación de insumos para la salud que no sean o contengan estupefacientes o psicotrópicos (COFEPRIS-01-019)",
      authority: "Comisión Federal para la Protección contra Riesgos Sanitarios (COFEPRIS)",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the goods are health products (medicines or medical devices) made in Mexico and the destination country's authority asks for a Mexican export certificate",
      note: "A certificate that manufacturers of health products in Mexico request from COFEPRIS when they need one for export; the application includes proof of fee payment and the establishment's notice of its sanitary responsible person.",
      sources: [
        { title: "Catálogo Nacional de Regulaciones, Trámites y Servicios: COFEPRIS-01-019 Certificado de exportación de insumos para la salud que no sean o contengan estupefacientes o psicotrópicos", url: "https://catalogonacional.gob.mx/FichaTramitePdf/Index?traHomoclave=COFEPRIS-01-019", reviewed: R },
      ],
    },
    {
      kind: "permit",
      id: "mx-export-controlled-ssa",
      materials: ["imp"],
      name: "Autorización (permiso sanitario) de exportación de estupefacientes, sustancias psicotrópicas y productos que los contengan (Ley General de Salud, art. 292)",
      authority: "Secretaría de Salud, through COFEPRIS",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note: "The Secretaría de Salud authorizes each export of narcotics, psychotropic substances or products containing them when the exporter presents the import permit issued by the destination country's authority (always for narcotics; for psychotropics where applicable) and the goods leave through an authorized customs office; a dated and numbered copy of the permit is sent to the port of exit.",
      sources: [{ title: "Ley General de Salud, artículo 292 (exportación de estupefacientes y psicotrópicos) (LENA)", url: "https://lena.mx/v/lgs/a:292", reviewed: R }],
    },
    {
      kind: "permit",
      id: "mx-export-samples-cofepris",
      materials: ["samples"],
      name: "COFEPRIS export permit for human cells, tissues and products (COFEPRIS-01-024), or export as samples under tariff item 9801.00.01 covered by an approved study protocol",
      authority: "Comisión Federal para la Protección contra Riesgos Sanitarios (COFEPRIS)",
      scope: "per-shipment",
      holder: "exporter",
      leadTimeDays: 10,
      note:
        "Under the General Foreign Trade Rules, human sera and tissue samples may leave Mexico only under a COFEPRIS export permit or as 9801.00.01 samples under a COFEPRIS-approved protocol. Each export must be declared on its own export pedimento in the name of the permit holder or the exporter named in the approved protocol; consolidated pedimentos are not allowed. Permit documents include the exit form, fee payment, acceptance letter from the foreign establishment, the COFEPRIS protocol authorization and the operating notice or sanitary licence. COFEPRIS has 10 days to decide (secondary sources).",
      sources: [
        { title: "Marken: Export Compliance Update, Clinical Samples from Mexico (secondary source)", url: "https://www.marken.com/news/marken-export-compliance-update-clinical-samples-from-mexico/", reviewed: R },
        { title: "RegASK Library: Mexico, 6. Biological Specimen (secondary source)", url: "https://library.regask.com/docs/6-biological-specimen-24", reviewed: R },
      ],
    },
  ],
  importerOfRecord: [
    {
      id: "mx-ior-imp",
      materials: ["imp"],
      who: "An applicant resident in Mexico, or a legal representative in Mexico acting on the applicant's behalf, who holds the COFEPRIS import permit.",
      foreignSponsorMayAct: false,
      mustHold: ["mx-import-imp-cofepris-permiso"],
      sources: [REGASK_MX],
    },
    {
      id: "mx-ior-device",
      materials: ["device"],
      who: "A Mexican importer registered with the tax authority (RFC) and in the Padrón de Importadores that holds the COFEPRIS import permit for the investigational device (research centre, university or private organisation such as a CRO); a foreign company acts through a legal representative in Mexico.",
      foreignSponsorMayAct: false,
      mustHold: ["mx-import-device-cofepris"],
      note: "Secondary sources.",
      sources: [LEXOLOGY_MX_CUSTOMS, MEDENVOY_MX, VERAQUE_MX],
    },
    {
      id: "mx-ior-ancillary-labkit-equipment",
      materials: ["ancillary", "lab-kit", "equipment"],
      who: "A Mexican importer registered with the tax authority (RFC) and in the Padrón de Importadores; where the goods are medical devices needing a COFEPRIS import permit, the permit holder (for registered devices the sanitary registration holder or its authorized distributor).",
      foreignSponsorMayAct: false,
      mustHold: ["mx-import-ancillary-labkit-equipment-cofepris"],
      note: "Foreign companies must designate a legal representative in Mexico (such as a customs broker or a Mexican registration holder) to handle importation before customs and COFEPRIS. Secondary sources.",
      sources: [LEXOLOGY_MX_CUSTOMS, MEDENVOY_MX, VERAQUE_MX],
    },
    {
      id: "mx-ior-samples",
      materials: ["samples"],
      who: "The Mexican institution that carries out acts of disposal of human tissues, cells and products (for research: holding a Mexican sanitary licence or operating notice and the COFEPRIS protocol authorization), which obtains the COFEPRIS internación permit.",
      foreignSponsorMayAct: false,
      mustHold: ["mx-import-samples-cofepris"],
      note: "Secondary source.",
      sources: [{ title: "Papelea: COFEPRIS trámites, permiso de internación de productos de seres humanos (secondary source)", url: "https://papelea.com/mx/comision-federal-para-la-proteccion-contra-riesgos-sanitarios?page=4", reviewed: R }],
    },
  ],
  exporterOfRecord: [
    {
      id: "mx-eor-general",
      materials: ["imp", "device", "ancillary", "lab-kit", "equipment"],
      who: "A company, or an individual with business activity, that is legally constituted and registered in Mexico's Federal Taxpayers Registry (RFC) with the tax authority (SHCP/SAT), filing the export declaration (pedimento) through a customs broker (agente aduanal); e.g. the sponsor's Mexican entity, a CRO or the trial site.",
      foreignSponsorMayAct: false,
      note: "Most exports need no special exporter registration: registration in the Padrón de Exportadores Sectorial is required only for listed sectors (alcoholic beverages and beer, tobacco, energy and flavoured drinks, iron ore, gold, silver and copper, and certain plastics, rubber, wood, glass and aluminium goods). Medicines and medical devices are not among the listed sectors, but supplies classified under a listed plastics, rubber or glass tariff line may be, so check the tariff line with the broker. The sectoral register requires an active RFC, a valid e.firma, a located fiscal address and the customs brokers to be named. Health products may also need COFEPRIS documents at export (see the export rules). (secondary sources)",
      sources: [
        { title: "Drip Capital: Guía para exportar desde México, regulaciones y requisitos (RFC, Padrón de Exportadores Sectorial, agente aduanal) (secondary source)", url: "https://dripcapital.com/es-mx/recursos/blog/guia-para-exportar-regulaciones-requisitos", reviewed: R },
        { title: "CIDENI: Padrón de Exportadores Sectorial, trámites básicos (requirements and listed sectors) (secondary source)", url: "https://cideni.com.mx/padron-de-exportadores-sectorial-tramites-basicos/?amp=1", reviewed: R },
      ],
    },
    {
      id: "mx-eor-samples",
      materials: ["samples"],
      who: "The holder of the COFEPRIS export permit, or the exporter named in the COFEPRIS-approved study protocol; the pedimento must be in that party's name.",
      foreignSponsorMayAct: false,
      mustHold: ["mx-export-samples-cofepris"],
      sources: [{ title: "Marken: Export Compliance Update, Clinical Samples from Mexico (secondary source)", url: "https://www.marken.com/news/marken-export-compliance-update-clinical-samples-from-mexico/", reviewed: R }],
    },
  ],
  temporaryAdmission: {
    id: "mx-ata",
    ataCarnet: true,
    note:
      "Mexico has accepted ATA carnets since 16 May 2011 for professional equipment, commercial samples and exhibitions. Carnets must be registered online with CANACO/customs before arrival (allow about 3 business days); the general list must be in Spanish, English or French (a Spanish translation is usually asked for). Goods may stay 6 months, extendable once by up to 6 months if requested before expiry. Carnets are not accepted for postal traffic or transit. The carnet does not waive health (COFEPRIS) and other non-tariff requirements.",
    sources: [
      { title: "ANAM: Temporary Export and Import of Goods via 'Cuadernos ATA'", url: "https://anam.gob.mx/exportacion-e-importacion-temporal-de-mercancias-mediante-cuadernos-ata-ing/", reviewed: R },
      { title: "Digichambers: ATA carnet country page, Mexico (secondary source)", url: "https://docs.digichambers.be/mexico-mx-3/", reviewed: R },
      { title: "Boomerang Carnets: Mexico to Accept ATA Carnets Effective May 16th, 2011 (secondary source)", url: "https://www.atacarnet.com/advisory/mexico-accept-ata-carnets-effective-may-16th-2011", reviewed: R },
      { title: "EasyCarnet: Tips for Mexico (secondary source)", url: "https://intercom.help/easycarnet/en/articles/11669033-tips-for-mexico", reviewed: R },
    ],
  },
};

export default rules;
