import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const SUNAT_2006 = {
  title: "SUNAT Aduanas, Comunicado 04.09.2006: Restricciones en la importación de productos en investigación y otros productos exclusivos para investigación",
  url: "https://www.aduanet.gob.pe/novedades/aduanas/comunicados/2006/setiembre/co040906.htm",
  reviewed: R,
};
const CLINREGS_PE = {
  title: "NIH NIAID ClinRegs: Peru (Supreme Decree No. 021-2017-SA, Clinical Trials Regulation)",
  url: "https://clinregs.niaid.nih.gov/country/peru",
  reviewed: R,
};
const BIOACCESS_PE = {
  title: "bioaccess: Clinical Trials in Peru, INS-authorized pathway (DIGEMID investigational device import authorization)",
  url: "https://bioaccessla.com/clinical-trials-peru",
  reviewed: R,
};
const SUNAT_TRIBUTOS = {
  title: "SUNAT Orientación Aduanera: Pagos y garantías, tributos a la importación (base imponible: valor en aduanas)",
  url: "https://www.sunat.gob.pe/orientacionaduanera/pagosgarantias/index.html",
  reviewed: R,
};
const REYES = {
  title: "Estudio Reyes & Asociados: Impuestos de importación en Perú (ad valorem sobre CIF, IGV 16%, IPM 2%)",
  url: "https://reyesasesores.com/2025/09/17/calcula-en-excel-los-impuestos-de-importacion-en-peru-todo-lo-que-debes-saber",
  reviewed: R,
};
const LEXOLOGY_PE = {
  title: "Lexology / The Life Sciences Law Review: Peru, the regulatory regime (Law No. 29459, health operating authorisation for importers)",
  url: "https://www.lexology.com/library/detail.aspx?g=7779b04e-8384-4047-863c-351e823a87d1",
  reviewed: R,
};

const SUNAT_ARANCEL_DG = {
  title: "SUNAT Aduanet: Arancel de Aduanas, disposiciones generales (derechos ad valorem sobre el valor CIF)",
  url: "https://www.aduanet.gob.pe/aduanas/informai/ara004.htm",
  reviewed: R,
};
const ABRECHT_ERR = {
  title: "Abrecht Group: Resolución de Superintendencia N° 000184-2020/SUNAT, envíos de entrega rápida hasta US$200 inafectos de derechos arancelarios e IGV (Ley General de Aduanas art. 147 m; Ley 29774)",
  url: "https://abrecht-group.com/2020/12/01/todo-lo-que-debe-saber-sobre-el-pago-de-impuestos-en-tus-compras-online-para-esta-navidad/",
  reviewed: R,
};
const LAREPUBLICA_200 = {
  title: "La República (2025): monto máximo que establece SUNAT para compras por internet sin pagar impuestos (US$200; DIGEMID para medicamentos y equipos médicos)",
  url: "https://larepublica.pe/economia/2025/05/28/este-es-el-monto-maximo-que-establece-sunat-para-realizar-compras-de-productos-por-internet-sin-pagar-impuestos-en-2025-atmp-916216",
  reviewed: R,
};

const DIGEMID_FAQ = {
  title: "DIGEMID: Preguntas frecuentes (importación de dispositivos médicos; constituir una empresa y registrarla como droguería)",
  url: "https://www.digemid.minsa.gob.pe/webdigemid/preguntas-frecuentes/",
  reviewed: R,
};

const ZAGAL_ATA = {
  title: "Mercojuris, Roberto Zagal Pastor: Aplicación del Convenio relativo a la importación temporal en la legislación aduanera peruana",
  url: "https://www.mercojuris.com/55639/aplicacion-del-convenio-relativo-a-la-importacion-temporal-en-la-legislacion-aduanera-peruana-mg-roberto-zagal-pastor-desde-peru/",
  reviewed: R,
};

const SUNAT_INTA_CR01_2002 = {
  title: "SUNAT Circular INTA-CR.01-2002: exoneración del IGV e inafectación de derechos arancelarios, medicamentos e insumos para tratamiento oncológico y VIH/SIDA (Ley 27450, D.S. 236-2001-EF)",
  url: "https://www.sunat.gob.pe/legislacion/procedim/despacho/circulares/2002/vigentes/inta.cr.01.2002.htm",
  reviewed: R,
};
const GESTION_ONCO = {
  title: "Gestión: Sunat facilita importación de medicamentos para tratar cáncer, VIH/SIDA y diabetes (inafectación del IGV y derechos arancelarios)",
  url: "https://espresso.gestion.pe/economia/sunat-facilita-importacion-medicamentos-tratar-cancer-vihsida-y-diabetes-2173098",
  reviewed: R,
};

const CERLALC_PE = {
  title: "CERLALC: Exportaciones, Perú (requisitos generales: RUC no 'no habido'; occasional exports by natural persons without RUC) (secondary source)",
  url: "https://cerlalc.org/import_export/exportaciones-163-peru",
  reviewed: R,
};
const SCRIBD_PE_EXPORT = {
  title: "Trámites de exportación (SUNAT requisitos: RUC habilitado, domicilio fiscal no 'no habido'; occasional imports/exports without RUC) (secondary source)",
  url: "https://es.scribd.com/presentation/444063749/3-3",
  reviewed: R,
};

const BLOG_REACTIVOS = {
  title: "Reactivo de diagnóstico Perú (blog, 2014): Documentos que exige la aduana (subpartida 3822.00.90.00, sin aranceles; restricción DIGEMID, Ley 26842, D.S. 010-97-SA)",
  url: "https://reactivodediagnosticoperu.blogspot.com/2014/11/documentos-que-exige-la-aduana.html",
  reviewed: R,
};
const EXPORTGOV_PE_TARIFFS = {
  title: "export.gov (U.S. Commercial Service): Peru - Import Tariffs (2019)",
  url: "https://legacy.export.gov/article?id=Peru-Import-Tariffs",
  reviewed: R,
};
const COMEXPERU_2018 = {
  title: "ComexPerú: ¡Medicamentos libres de aranceles ya! (Semanario 925, February 2018)",
  url: "https://comexperu.org.pe/articulo/medicamentos-libres-de-aranceles-ya",
  reviewed: R,
};

/** Peru: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "PE",
  name: "Peru",
  valuation: {
    basis: "CIF",
    note: "The general provisions of Peru's customs tariff state that the ad valorem duties apply to the CIF value of the goods, determined under the valuation rules; IGV and IPM are charged on CIF plus duty.",
    sources: [SUNAT_ARANCEL_DG, SUNAT_TRIBUTOS, REYES],
  },
  importTax: {
    id: "pe-import-tax",
    name: "Impuesto General a las Ventas (IGV 16%) + Impuesto de Promoción Municipal (IPM 2%)",
    standardRatePercent: 18,
    reliefs: [
      {
        id: "pe-import-tax-oncology-hiv-diabetes",
        headings: ["3004"],
        ratePercent: 0,
        condition: "Medicines (and inputs for their local manufacture) for the treatment of cancer and HIV/AIDS that appear on the government's list (Law 27450; first list approved by Supreme Decree 236-2001-EF) are exempt from IGV and not subject to customs duty; the exemption was later extended to diabetes medicines. The product must match a listed substance, and the exemption is claimed on the customs declaration with a release code (SUNAT's 2002 circular named código liberatorio 4439; confirm the current code with the customs broker). Other medicines pay IGV + IPM and duty as normal.",
        sources: [SUNAT_INTA_CR01_2002, GESTION_ONCO],
      },
    ],
    note: "IGV at 16% plus IPM at 2% are both charged on imports on the CIF value plus customs duty, 18% in total. IGV can be recovered as a tax credit by registered companies; IPM and duty cannot. No general IGV exemption for investigational products was found; listed oncology, HIV/AIDS and diabetes medicines are the exception (see relief). (secondary source for the rates)",
    sources: [REYES],
  },
  duties: [
    {
      id: "pe-duty-3822",
      heading: "3822",
      ratePercent: 11,
      lowestRatePercent: 0,
      note: "A diagnostics importer reported in 2014 that diagnostic reagents of national subpartida 3822.00.90.00 ('los demás') pay no customs duty in Peru, and that they are restricted goods needing DIGEMID control. Peru's tariff has three ad valorem levels (0%, 6% and 11%), with about 70% of tariff lines at 0% in 2019, mostly intermediate goods and capital goods not produced locally. Heading 38.22 was split into new subheadings in 2022, so confirm the current line and rate with the customs broker. Rates for medicines (30.04) were not confirmed and may not be 0%: in 2018 ComexPerú was still calling for medicines to be freed from tariffs. (secondary sources) The rate of the current 3822 lines (re-split in 2022) was not confirmed: the estimate uses 11%, the highest of Peru's three tariff levels (0, 6 and 11%), until the national line is known; a 2014 report put one former line at 0%.",
      sources: [BLOG_REACTIVOS, EXPORTGOV_PE_TARIFFS, COMEXPERU_2018],
    },
  ],
  deMinimis: {
    id: "pe-de-minimis",
    amount: 200,
    currency: "USD",
    covers: "duty-and-tax",
    note: "Express (courier) shipments made in normal conditions with goods worth up to US$200 are exempt from customs duty (General Customs Law art. 147 m) and are not subject to IGV (Law 29774 art. 1); the courier procedure is set by Resolución de Superintendencia 000184-2020/SUNAT. Medicines and medical equipment still need prior DIGEMID authorisation whatever their value. (secondary sources)",
    sources: [ABRECHT_ERR, LAREPUBLICA_200],
  },
  import: [
    {
      kind: "permit",
      id: "pe-import-imp-digemid-autorizacion",
      materials: ["imp", "device", "ancillary"],
      name: "Autorización de importación de productos en investigación (Resolución Directoral DIGEMID)",
      authority: "Dirección General de Medicamentos, Insumos y Drogas (DIGEMID), Ministry of Health; trial authorised by the Instituto Nacional de Salud (INS)",
      scope: "per-trial",
      holder: "sponsor",
      note: "Import of investigational products needs a DIGEMID authorisation issued by Resolución Directoral, which states its period of validity; other pharmaceutical products, medical supplies and instruments needed to run the trial are also authorised by DIGEMID. The trial itself must first be authorised by INS under the Clinical Trials Regulation (Supreme Decree 021-2017-SA, which replaced DS 017-2006-SA cited in the customs notice). Investigational product labels must be in Spanish, printed in indelible ink. Narcotics, psychotropics, precursors and blood products follow their own rules.",
      sources: [SUNAT_2006, CLINREGS_PE, BIOACCESS_PE],
    },
    {
      kind: "permit",
      id: "pe-import-labkit-digemid",
      materials: ["lab-kit"],
      name: "DIGEMID import authorisation for products complementary to a clinical trial (medical supplies or material, diagnostic reagents)",
      authority: "Dirección General de Medicamentos, Insumos y Drogas (DIGEMID), Ministry of Health",
      scope: "per-trial",
      holder: "sponsor",
      note: "SUNAT's customs notice on the clinical trials regulation states that other pharmaceutical and related products needed to complement a clinical trial are authorised by DIGEMID, and that the DIGEMID authorisation can cover medical supplies or material (insumos o material médico). Sample collection kits normally contain such material (needles, tubes, collection devices) and often diagnostic reagents, which are restricted goods under DIGEMID control at customs (secondary source for reagents). The notice was issued under the 2006 regulation (DS 017-2006-SA), since replaced by DS 021-2017-SA; confirm the current practice with DIGEMID or the customs broker. A kit with no medical material or reagents may not need it.",
      sources: [SUNAT_2006, CLINREGS_PE, BLOG_REACTIVOS],
    },
    {
      kind: "permit",
      id: "pe-import-labkit-equipment-digemid",
      materials: ["equipment"],
      name: "DIGEMID import authorisation for products complementary to a clinical trial (medical supplies or material, medical-surgical instruments and equipment)",
      authority: "Dirección General de Medicamentos, Insumos y Drogas (DIGEMID), Ministry of Health",
      scope: "per-trial",
      holder: "sponsor",
      onlyWhen: "the equipment is a medical device or medical-surgical instrument or equipment needed to run the trial (e.g. an ECG machine or infusion pump), not general laboratory equipment",
      note: "SUNAT's customs notice on the clinical trials regulation states that other pharmaceutical and related products needed to complement a clinical trial are authorised by DIGEMID, and that the DIGEMID authorisation can cover medical supplies or material (insumos o material médico), medical-surgical or dental instruments and equipment, and devices generating ionising or non-ionising radiation. The notice was issued under the 2006 regulation (DS 017-2006-SA), since replaced by DS 021-2017-SA; confirm the current practice with DIGEMID or the customs broker.",
      sources: [SUNAT_2006, CLINREGS_PE],
    },
  ],
  importerOfRecord: [
    {
      id: "pe-ior-imp",
      materials: ["imp", "device", "ancillary"],
      who: "The sponsor's legally authorised representative in Peru holding the DIGEMID import authorisation; commercial pharmaceutical imports are reserved to establishments incorporated in Peru with a health operating authorisation.",
      foreignSponsorMayAct: false,
      mustHold: ["pe-import-imp-digemid-autorizacion"],
      note: "ClinRegs lists in-country sponsor presence or representation as required for Peruvian trials. DIGEMID states that to import products subject to sanitary registration (medicines, medical devices) a company must be constituted in Peru, with a tax number (RUC) and a responsible pharmacist, and registered as a droguería (a pharmaceutical establishment that imports, stores and distributes such products).",
      sources: [CLINREGS_PE, LEXOLOGY_PE, DIGEMID_FAQ],
    },
    {
      id: "pe-ior-labkit-equipment",
      materials: ["lab-kit", "equipment"],
      who: "The sponsor's legally authorised representative in Peru holding the DIGEMID authorisation; imports of products subject to sanitary registration (medicines, medical devices) are reserved to companies constituted in Peru and registered as a droguería.",
      foreignSponsorMayAct: false,
      mustHold: ["pe-import-labkit-digemid", "pe-import-labkit-equipment-digemid"],
      note: "DIGEMID states that to import products subject to sanitary registration a company must be constituted in Peru, with a tax number (RUC) and a responsible pharmacist, and registered as a droguería. ClinRegs lists in-country sponsor presence or representation as required for Peruvian trials.",
      sources: [DIGEMID_FAQ, CLINREGS_PE],
    },
    {
      id: "pe-ior-samples",
      materials: ["samples"],
      who: "A company or person registered in SUNAT's taxpayer register (RUC), enabled for foreign trade and with a fiscal domicile that is not flagged 'no habido', e.g. the receiving laboratory or research institution in Peru.",
      foreignSponsorMayAct: false,
      note: "Importers and exporters must hold a RUC; natural persons not obliged to register may import or export occasionally (up to three operations a year of at most US$1,000 each, or one a year between US$1,000 and US$3,000). The import permit for human samples was not confirmed. (secondary sources)",
      sources: [SCRIBD_PE_EXPORT, CERLALC_PE],
    },
  ],
  exporterOfRecord: [
    {
      id: "pe-eor-general",
      materials: ["imp", "device", "ancillary", "lab-kit", "samples", "equipment"],
      who: "A company or person registered in SUNAT's taxpayer register (RUC), enabled for export and with a fiscal domicile that is not flagged 'no habido'; typically the sponsor's legally authorised representative in Peru, acting directly or through a customs agent with a notarial power of attorney.",
      foreignSponsorMayAct: false,
      note: "Exporters must hold a RUC; natural persons not obliged to register may export occasionally (up to three operations a year of at most US$1,000 each, or one a year between US$1,000 and US$3,000). Export permits for these materials were not confirmed. (secondary sources)",
      sources: [CERLALC_PE, SCRIBD_PE_EXPORT],
    },
  ],
  temporaryAdmission: {
    id: "pe-ata",
    ataCarnet: true,
    note: "Peru approved the Istanbul Convention on Temporary Admission with Annex A (ATA carnets), Annex B1 (exhibitions and fairs) and Annex B2 (professional equipment), ratified by Supreme Decree 031-2018-RE, so professional equipment can enter on an ATA carnet. (secondary source)",
    sources: [ZAGAL_ATA],
  },
};

export default rules;
