import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const WTO_CL_PHARMA = {
  title: "WTO import licensing notification G/LIC/N/3/CHL/9: Productos farmacéuticos, alimentos de uso médico y cosméticos (Chile)",
  url: "https://lic-public.wto.org/en/product-categories/930/procedure",
  reviewed: R,
};
const CS_111A = {
  title: "Código Sanitario de Chile, artículo 111 A (autorización especial para uso provisional con fines de investigación)",
  url: "https://iura.cl/cs/111-a",
  reviewed: R,
};
const ISP_FAQ_153 = {
  title: "ISP Chile, pregunta frecuente: autorización de uso de productos farmacéuticos en investigación clínica",
  url: "https://ispch.cl/pregunta-frecuente/p-153",
  reviewed: R,
};
const DS3_ART21 = {
  title: "ISP Chile: Autorización excepcional sin registro sanitario (Código Sanitario art. 99; D.S. 3/2010 art. 21)",
  url: "https://www.ispch.cl/anamed/medicamentos/autorizacion-excepcional-sin-registro-sanitario/",
  reviewed: R,
};
const ADUANA_OC347 = {
  title: "Servicio Nacional de Aduanas, Oficio Circular N° 347 (04.07.2018): CDA del ISP para dispositivos médicos en declaraciones de ingreso",
  url: "https://www.aduana.cl/aduana/site/artic/20180704/pags/20180704162322.html",
  reviewed: R,
};
const CAMACOES = {
  title: "Cámara Oficial Española de Comercio de Chile: Aranceles (tributación general de las importaciones)",
  url: "https://camacoes.cl/index.php/internacionalizacion/chile/informacion-practica-chile/item/183-aranceles",
  reviewed: R,
};
const WTO_TPR_2009 = {
  title: "WTO Trade Policy Review: Chile, WT/TPR/S/220 (2009), Tariffs",
  url: "https://ininet.org/chile-wttprs220-page/ininet.org/chile-wttprs220-page.html?page=3",
  reviewed: R,
};
const ISP_LOBBY_2025 = {
  title: "Ley de Lobby, ISP audiencia AO005AW1770461 (14 Feb 2025): requisitos para dispositivo médico, CDA e investigación clínica",
  url: "https://www.leylobby.gob.cl/instituciones/AO005/audiencias/2025/709136",
  reviewed: R,
};
const CAREY_CDA = {
  title: "Carey (Mondaq): New system of processing Customs Destination Certificates for medical devices without a sanitary registration",
  url: "https://www.mondaq.com/life-sciences-biotechnology-nanotechnology/714726/new-system-of-processing-customs-destination-certificates-for-medical-devices-without-a-sanitary-registration",
  reviewed: R,
};
const ISP_FAQ_244 = {
  title: "ISP Chile, pregunta frecuente: documentos para comercializar dispositivos médicos bajo control (bodega autorizada, CDA, Uso y Disposición)",
  url: "https://www.ispch.gob.cl/pregunta-frecuente/p-244",
  reviewed: R,
};
const ISP_FAQ_253 = {
  title: "ISP Chile, pregunta frecuente: reactivos de diagnóstico in vitro sujetos a verificación de conformidad (Circular 4F/53 de 1995)",
  url: "https://www.ispch.gob.cl/pregunta-frecuente/p-253",
  reviewed: R,
};
const PULSO_CDA = {
  title: "Pulso Aduanero: ISP exige Certificado de Destinación Aduanera para dispositivos médicos (GICONA, pago en línea, emisión automática)",
  url: "https://www.pulsoaduanero.cl/index.php/410-isp-exige-certificado-de-destinacion-aduanera-para-dispositivos-medicos",
  reviewed: R,
};
const DS103_ATA = {
  title: "Decreto 103 (2004), Ministerio de Relaciones Exteriores: promulga el Convenio relativo a la Importación Temporal (Estambul) y sus Anexos A, B1, B2 y B3",
  url: "https://chile.justia.com/nacionales/decretos/d-s-n-103/gdoc/",
  reviewed: R,
};
const PULSO_ATA = {
  title: "Pulso Aduanero: Aumenta la utilización de los carnet ATA",
  url: "https://www.pulsoaduanero.cl/index.php/articulos-anteriores/367-aumenta-la-utilizacion-de-los-carnet-ata",
  reviewed: R,
};

const ISP_EXPORT_2011 = {
  title: "ISP Chile: Exportación de los medicamentos chilenos contarán con garantía de calidad (D.S. 3/2010 art. 100: export only of registered products, with prior notification to ISP)",
  url: "https://www.ispch.cl/noticia/exportacion-de-los-medicamentos-chilenos-contaran-con-garantia-de-calidad/",
  reviewed: R,
};
const WTO_TPR_2023_EXPORT = {
  title: "WTO Trade Policy Review: Chile, WT/TPR/S/451/Rev.1 (2023), para. 3.79: export prohibitions and licences (WTO Environmental Database extract)",
  url: "https://edb.wto.org/search?page=142&type=tpr",
  reviewed: R,
};
const DCBLUE_EXPORT_REG = {
  title: "DC Blue Consulting: Suspension of Export Pharmaceutical Product Registration (ISP, July 2023)",
  url: "https://www.dcblueconsulting.com/en/2023/08/08/suspension-of-export-pharmaceutical-product-registration/",
  reviewed: R,
};
const ADUANA_CAP4 = {
  title: "Servicio Nacional de Aduanas, Compendio de Normas Aduaneras, Capítulo 4: Salida de Mercancías (DUS, despachador de aduana)",
  url: "https://www.aduana.cl/aduana/site/artic/20070216/pags/20070216180251.html",
  reviewed: R,
};
const PLH_CL = {
  title: "Pharma Legal Handbook: Chile (Carey), Preclinical and Clinical Trial Requirements",
  url: "https://gamma.pharma.kalyna.dev/legal-articles/preclinical-and-clinical-trial-requirements-chile",
  reviewed: R,
};

/** Chile: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "CL",
  name: "Chile",
  valuation: {
    basis: "CIF",
    note: "The ad valorem duty is charged on the CIF value (goods + insurance + freight); IVA is charged on CIF plus duty. (secondary source)",
    sources: [CAMACOES],
  },
  importTax: {
    id: "cl-import-tax",
    name: "Impuesto al Valor Agregado (IVA)",
    standardRatePercent: 19,
    reliefs: [],
    note: "Charged at import on the CIF value plus the ad valorem duty. No IVA exemption for investigational or other medicines was found. (secondary source)",
    sources: [CAMACOES],
  },
  duties: [
    {
      id: "cl-duty-3004",
      heading: "3004",
      ratePercent: 6,
      note: "Chile applies a near-uniform general MFN rate of 6% (99.3% of tariff lines in 2009; exceptions are some farm goods and some duty-free capital goods, aircraft and boats). Goods originating in a free-trade-agreement partner (e.g. EU, US) can qualify for 0% with proof of origin. Chile is not a WTO Pharmaceutical Agreement participant.",
      sources: [WTO_TPR_2009, CAMACOES],
    },
    {
      id: "cl-duty-3002",
      heading: "3002",
      ratePercent: 6,
      note: "General MFN rate of 6% (see 3004); 0% possible under a free trade agreement with proof of origin.",
      sources: [WTO_TPR_2009, CAMACOES],
    },
    {
      id: "cl-duty-3822",
      heading: "3822",
      ratePercent: 6,
      note: "Chile's general MFN rate of 6%, which applied to 99.3% of tariff lines (exceptions are some farm goods and some duty-free capital goods, aircraft and boats); no specific rate for diagnostic or laboratory reagents was found, so confirm the line. 0% possible under a free trade agreement with proof of origin.",
      sources: [WTO_TPR_2009, CAMACOES],
    },
    {
      id: "cl-duty-9018",
      heading: "9018",
      ratePercent: 6,
      note: "Chile's general MFN rate of 6% (99.3% of tariff lines). Some capital goods are duty-free, so confirm the rate for the specific instrument line. 0% possible under a free trade agreement with proof of origin.",
      sources: [WTO_TPR_2009, CAMACOES],
    },
    {
      id: "cl-duty-9027",
      heading: "9027",
      ratePercent: 6,
      note: "Chile's general MFN rate of 6% (99.3% of tariff lines). Some capital goods are duty-free, so confirm the rate for the specific instrument line. 0% possible under a free trade agreement with proof of origin.",
      sources: [WTO_TPR_2009, CAMACOES],
    },
    {
      id: "cl-duty-3006",
      heading: "3006",
      ratePercent: 6,
      note: "Chile's general MFN rate of 6% (99.3% of tariff lines); no specific rate for pharmaceutical goods of heading 30.06 (e.g. placebo or blinded clinical-trial kits) was found, so confirm the line. 0% possible under a free trade agreement with proof of origin.",
      sources: [WTO_TPR_2009, CAMACOES],
    },
    {
      id: "cl-duty-8418",
      heading: "8418",
      ratePercent: 6,
      note: "Chile's general MFN rate of 6% (99.3% of tariff lines). Some capital goods are duty-free, so confirm the rate for the specific freezer or refrigerator line. 0% possible under a free trade agreement with proof of origin.",
      sources: [WTO_TPR_2009, CAMACOES],
    },
    {
      id: "cl-duty-8421",
      heading: "8421",
      ratePercent: 6,
      note: "Chile's general MFN rate of 6% (99.3% of tariff lines). Some capital goods are duty-free, so confirm the rate for the specific centrifuge line. 0% possible under a free trade agreement with proof of origin.",
      sources: [WTO_TPR_2009, CAMACOES],
    },
  ],
  import: [
    {
      kind: "permit",
      id: "cl-import-imp-isp-uso-provisional",
      materials: ["imp"],
      name: "Autorización especial para uso provisional con fines de investigación (Código Sanitario art. 111 A)",
      authority: "Instituto de Salud Pública de Chile (ISP), Agencia Nacional de Medicamentos (ANAMED)",
      scope: "per-trial",
      holder: "sponsor",
      note: "Needed for every pharmaceutical product used in research on humans, whether unregistered or registered but used differently from its registration. The application follows prior approval by an accredited scientific ethics committee (Law 20.120) and includes the protocol, consent form and insurance policy. Valid for at most one year from the resolution, renewable for equal periods. Products may only be used as the authorisation states.",
      sources: [CS_111A, ISP_FAQ_153, DS3_ART21],
    },
    {
      kind: "permit",
      id: "cl-import-imp-cda-uyd",
      materials: ["imp"],
      name: "Certificado de Destinación Aduanera (CDA) and Uso y Disposición (UyD)",
      authority: "Instituto de Salud Pública de Chile (ISP)",
      scope: "per-shipment",
      holder: "importer",
      note: "For pharmaceutical products the CDA allows the goods to be moved from the customs area to a sanitarily authorised establishment (warehouse); the Uso y Disposición resolution then allows them to be used, transferred or distributed. The goods must go to an establishment holding a sanitary authorisation for storage.",
      sources: [WTO_CL_PHARMA],
    },
    {
      kind: "permit",
      id: "cl-import-device-isp-uso-provisional",
      materials: ["device"],
      name: "Autorización especial para uso provisional con fines de investigación (Código Sanitario art. 111 A)",
      authority: "Instituto de Salud Pública de Chile (ISP)",
      scope: "per-trial",
      holder: "sponsor",
      note: "Article 111 A applies to medical devices ('elementos de uso médico') used in research on humans as well as to medicines, unless the Ministry of Health exempts low-risk devices by decree. Valid for at most one year, renewable. In February 2025 ISP stated that no ISP authorisation was yet being issued for device clinical investigations and that a new service for provisional-use authorisation of devices in clinical research was expected in the second half of 2025; check whether it is now in force for your study.",
      sources: [CS_111A, ISP_LOBBY_2025],
    },
    {
      kind: "permit",
      id: "cl-import-device-cda",
      materials: ["device", "lab-kit", "equipment", "ancillary"],
      name: "Certificado de Destinación Aduanera (CDA) for medical devices",
      authority: "Instituto de Salud Pública de Chile (ISP), with the Servicio Nacional de Aduanas",
      scope: "per-shipment",
      holder: "importer",
      note: "Since 2 July 2018 the import declaration must carry an ISP Customs Destination Certificate (CDA) for medical devices, including those without a sanitary registration, before the goods can leave the primary customs zone. The importer requests it on ISP's GICONA platform (fee code 4111027) after registering and declaring the warehouse where the goods will be stored; the request gives the transport document and invoice, the devices and quantities, the storage warehouse and, if available, the quality-system certificate, and the CDA is issued automatically once the fee (charged per import, whatever the number of devices) is paid online. The technical responsible named on the request need not hold a professional qualification, unlike for pharmaceutical products. ISP links customs codes to its device codes; the covered groups include 30.06 pharmaceutical goods and 38.22 diagnostic or laboratory reagents, among others, so check ISP's matrix for the specific kit, instrument or supply (ancillary supplies such as syringes and infusion sets are usually classed as medical devices). Devices that require a sanitary registration additionally need a Uso y Disposición resolution and conformity verification before use or distribution. For in vitro diagnostic reagents, ISP states that only the blood-bank screening kits listed in Circular 4F/53 of 1995 and later additions (HIV, HCV, HBV, Trypanosoma cruzi, Treponema pallidum, HTLV) need ISP conformity verification before they are marketed; other IVD reagents do not.",
      sources: [ADUANA_OC347, CAREY_CDA, ISP_LOBBY_2025, ISP_FAQ_244, ISP_FAQ_253, PULSO_CDA],
    },
  ],
  importerOfRecord: [
    {
      id: "cl-ior-imp",
      materials: ["imp"],
      who: "The importer named on the ISP CDA / Uso y Disposición, delivering to a warehouse with a sanitary storage authorisation in Chile; the GCP sponsor must have a domicile and legal representative in Chile.",
      foreignSponsorMayAct: false,
      mustHold: ["cl-import-imp-isp-uso-provisional", "cl-import-imp-cda-uyd"],
      note: "Chile's GCP guidelines (ISP Exempt Resolution 460/2015) define the sponsor as an entity with domicile and legal representative in Chile, so a foreign company acts through a local entity or representative. (secondary source for the GCP definition)",
      sources: [
        WTO_CL_PHARMA,
        {
          title: "Pharma Legal Handbook: Chile (Carey), Preclinical and Clinical Trial Requirements",
          url: "https://gamma.pharma.kalyna.dev/legal-articles/preclinical-and-clinical-trial-requirements-chile",
          reviewed: R,
        },
      ],
    },
    {
      id: "cl-ior-device",
      materials: ["device", "lab-kit", "equipment", "ancillary"],
      who: "The importer that registers on ISP's GICONA platform, declares the warehouse in Chile where the goods will be stored and requests the Customs Destination Certificate (CDA) for the shipment.",
      foreignSponsorMayAct: false,
      mustHold: ["cl-import-device-cda"],
      note: "The CDA must be on the import declaration before the goods leave the primary customs zone, and it is issued to the importer that has declared its storage warehouse in Chile, so a sponsor without a Chilean entity or warehouse imports through a local importer. (secondary source for the GICONA registration steps)",
      sources: [ADUANA_OC347, CAREY_CDA],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "cl-export-imp-isp-notificacion",
      materials: ["imp"],
      name: "Prior notification of export of pharmaceutical products to ISP (D.S. 3/2010, art. 100)",
      authority: "Instituto de Salud Pública de Chile (ISP)",
      scope: "per-shipment",
      holder: "exporter",
      note: "Chile has no general export licensing regime, but pharmaceutical products need an ISP certification, authorisation or endorsement to be exported (WTO Trade Policy Review 2023). Under D.S. 3/2010 art. 100 only pharmaceutical products with a valid Chilean sanitary registration may be exported, after notifying ISP. How this applies to unregistered investigational products (for example returns of unused IMP to the sponsor's depot) was not confirmed: ask ISP or the customs broker before planning the return. In July 2023 ISP suspended its separate 'export pharmaceutical product registration' service, so products registered only for export now need an ordinary or simplified registration (secondary source). Whether ISP wants one notification per shipment was not confirmed.",
      sources: [ISP_EXPORT_2011, WTO_TPR_2023_EXPORT, DCBLUE_EXPORT_REG],
    },
  ],
  exporterOfRecord: [
    {
      id: "cl-eor-imp",
      materials: ["imp"],
      who: "The sponsor's entity or legal representative domiciled in Chile (the holder of the ISP authorisation for provisional use in research), which files the export declaration (DUS) through a customs broker (despachador de aduana) and notifies ISP before export.",
      foreignSponsorMayAct: false,
      mustHold: ["cl-export-imp-isp-notificacion"],
      note: "Chile's GCP guidelines (ISP Exempt Resolution 460/2015) define the sponsor as an entity with domicile and legal representative in Chile (secondary source), so a foreign company exports through its local entity or representative. The broker reports the shipment's departure to customs.",
      sources: [ISP_EXPORT_2011, PLH_CL, ADUANA_CAP4],
    },
  ],
  temporaryAdmission: {
    id: "cl-ata",
    ataCarnet: true,
    note: "Chile acceded to the Istanbul Convention on Temporary Admission in 2004, including Annex A (ATA carnets) and Annex B2 (professional equipment); its reservations concern Annexes B1 and B3 only. In practice the maximum stay under an ATA carnet is 12 months, not extendable, and the carnet must be presented to customs by the holder (or an authorised third party), not through a customs broker (secondary source for practice).",
    sources: [DS103_ATA, PULSO_ATA],
  },
};

export default rules;
