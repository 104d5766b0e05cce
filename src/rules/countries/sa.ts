import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const FDANEWS_SFDA = {
  title: "FDAnews (20 May 2015): Saudi Arabia adds new regulations on drugs (SFDA Regulation and Requirements for Import, Clearance and Export)",
  url: "https://www.fdanews.com/articles/print/171295-saudi-arabia-adds-new-regulations-on-drugs",
  reviewed: R,
};
const SFDA_IMPORT_REG = {
  title: "SFDA Drug Sector, Executive Directorate of Inspection and Law Enforcement, Ports Department: Regulation and Requirements for Import, Clearance and Export, v1.0 (implemented 14/05/2015)",
  url: "https://vdocuments.mx/regulation-and-requirements-for-import-clearance-and-export.html",
  reviewed: R,
};
const ARFAJ_VAT = {
  title: "Al Arfaj Law: Saudi Government increases VAT rate from 5% to 15%, effective July 1, 2020",
  url: "https://arfajlaw.com/News/saudi-government-increases-vat-rate-from-5percent-to-15percent-effective-july-1-2020",
  reviewed: R,
};
const EXPEDITORS_VAT = {
  title: "Expeditors newsflash: Saudi Arabia increases customs duties and VAT rate",
  url: "https://info.expeditors.com/newsflash/saudi-arabia-increases-customs-duties-and-vat-rate",
  reviewed: R,
};
const MD_SA = {
  title: "Management Dynamics country summaries: Saudi Arabia (customs valuation basis)",
  url: "https://content.managementdynamics.com/TW/REFERENCE/summary/saudiarabia.html",
  reviewed: R,
};

const EY_GCC_THRESHOLD = {
  title: "EY Tax News Update 2023-0485: Dubai reinstates former import value threshold of consignments (GCC Unified Guide for Customs Procedure, SAR 1,000)",
  url: "https://taxnews.ey.com/news/2023-0485-dubai-reinstates-former-import-value-threshold-of-consignments",
  reviewed: R,
};
const SA_EXPAT_1000 = {
  title: "Saudi Expatriates: No customs duty on shipments of less than 1000 riyals in Saudi Arabia (ZATCA clarification, September 2021)",
  url: "https://saudi-expatriates.com/2021/09/no-custom-duty-on-shipments-of-lessthan-1000-riyals-in-saudiarabia.html",
  reviewed: R,
};

const SFDA_FAQ_MD_CT = {
  title: "SFDA FAQ: Is the approval of SFDA required to conduct a clinical study on a medical device? (MDS-G20, ISO 14155)",
  url: "https://betasfda.sfda.gov.sa/en/faq/approval-sfda-required-conduct-clinical-study-medical-device",
  reviewed: R,
};
const SFDA_MDEL_FAQ = {
  title: "SFDA Medical Device Establishment Licensing (MDEL) FAQs: importer / distributor establishment licence",
  url: "https://mdel.sfda.gov.sa/FAQs.aspx",
  reviewed: R,
};
const EMERGO_MDIL = {
  title: "Emergo by UL: Saudi FDA allows compassionate use program for some medical devices (MDIL, MDEL and shipping clearance documents)",
  url: "https://www.emergobyul.com/blog/2016/11/saudi-fda-allows-compassionate-use-program-some-medical-devices",
  reviewed: R,
};
const REALLAW_GCC_IMPORT = {
  title: "RealLaw: Policy on commercial import (GCC Common Customs Law and GCC Unified Guide for Customs Procedures at First Points of Entry: importer code)",
  url: "https://app.reallaw.ai/en/legal-table/doc/policy-import-commercial-3112",
  reviewed: R,
};
const ITA_SA_IMPORT_DOCS = {
  title: "US International Trade Administration, Saudi Arabia Country Commercial Guide: Import Requirements and Documentation (Fasah)",
  url: "https://www.trade.gov/country-commercial-guides/saudi-arabia-import-requirements-and-documentation",
  reviewed: R,
};
const SAUDICUSTOM_IMPORTS = {
  title: "Saudi Custom: general import guidelines (importer commercial registration number, imports must match the licensed activity)",
  url: "https://www.saudicustom.com/t-en/%D8%A7%D9%84%D9%85%D9%8A%D9%86%D8%A7%D8%A1-%D8%A7%D9%84%D8%AC%D8%A7%D9%81",
  reviewed: R,
};

const ZATCA_ATA = {
  title: "ZATCA news: ZATCA to begin accepting ATA Carnets",
  url: "https://zatca.gov.sa/en/MediaCenter/News/Pages/news_1245.aspx",
  reviewed: R,
};
const EY_ATA = {
  title: "EY Tax News Update 2024-1025: Saudi Arabia joins the international ATA Carnet guarantee system",
  url: "https://taxnews.ey.com/news/2024-1025-saudi-arabia-joins-the-international-ata-carnet-guarantee-system",
  reviewed: R,
};
const BW_ATA = {
  title: "Business West: ATA Carnet country, Saudi Arabia",
  url: "https://www.businesswest.co.uk/ata-carnet-country-saudi-arabia",
  reviewed: R,
};

const ITA_SA_TARIFFS = {
  title: "US International Trade Administration, Saudi Arabia Country Commercial Guide: Import Tariffs (last published 2022-07-06)",
  url: "https://www.trade.gov/country-commercial-guides/saudi-arabia-import-tariffs",
  reviewed: R,
};
const GTL_VAT_ART35 = {
  title: "GCC Tax Laws: KSA VAT Implementing Regulations, Article 35 (Medicines and Medical Equipment, zero-rated supplies)",
  url: "https://gcctaxlaws.com/decisions/ksa-vat-law-m-113-of-2017-ir-implementing-regulations-3839-article-35-of-2016",
  reviewed: R,
};
const SEER_GAZT_HEALTH = {
  title: "3seer: GAZT, Ministry of Health and SFDA publish the lists of zero-rated medicines and medical equipment ahead of VAT (January 2018)",
  url: "https://www.3seer.net/26847.html",
  reviewed: R,
};

const SFDA_MD_FAQ = {
  title: "SFDA FAQ (medical devices): designated entry ports, data loggers for IVDs, shipment declaration of conformity, used medical devices",
  url: "https://www.sfda.gov.sa/en/faq?tags=3",
  reviewed: R,
};
const RAN_MDS_REQ5 = {
  title: "Regulatory Affairs News (21 May 2023): Saudi Arabia's SFDA Requirements on Importation and Shipments of Medical Devices (MDS-REQ5)",
  url: "https://regulatoryaffairsnews.com/post/saudi-arabia-s-sfda-requirements-on-importation-and-shipments-of-medical-devices-mds-req5",
  reviewed: R,
};
const GATEWAY_KSA = {
  title: "Gateway MedTech: Regulatory services KSA (MDMA for all medical devices and IVDs; MDEL for importers and distributors; authorised representative)",
  url: "https://gatewaymedtech.com/regulatory-services-ksa",
  reviewed: R,
};
const SFDA_IMAGING_REQ = {
  title: "SFDA Medical Devices Sector MDS-R-510-001: Temporary Importation and Clearance Requirements for Imaging/Radioactive Products (importer registration in MDNR, MDEL, commercial registration)",
  url: "https://studylib.net/doc/18051632/temporary-importation-and-clearance-requirements-for-imaging",
  reviewed: R,
};

const ALSHARQ_NCBE_SAMPLES = {
  title: "Al-Sharq (via Sauress): National Committee of Bioethics authorises local committees to approve sending samples abroad (amended art. M6/4 of the Implementing Regulations of the Law of Ethics of Research on Living Creatures)",
  url: "https://sauress.com/alsharq/960498",
  reviewed: R,
};

const NCBE_REGS_STEM = {
  title: "NCBE Implementing Regulations of the Law of Ethics of Research on Living Creatures (text extract via Leaux): stem cell banks, no stem cells to be stored outside the Kingdom",
  url: "https://leaux.net/URLS/Synopses/6B4752478C47B30CFDE45209A85A271C.html",
  reviewed: R,
};

const SFDA_MD_DEFINITION = {
  title: "SFDA FAQ: medical device and accessory definitions (instrument, apparatus, implement, machine, appliance, in vitro reagent, material or similar article)",
  url: "https://beta.sfda.gov.sa/en/faq?page=17",
  reviewed: R,
};
const PHARMAKNOWL_MDMA = {
  title: "SFDA medical device registration (PharmaKnowl): since January 2022 all medical devices, equipment, supplies and IVDs registered through the MDMA (TFA) route (secondary source)",
  url: "https://pharmaknowl.com/sfda-medical-devices-registration-saudi-arabia/",
  reviewed: R,
};

/** Saudi Arabia: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "SA",
  name: "Saudi Arabia",
  valuation: {
    basis: "CIF",
    note: "Ad valorem duties under the GCC unified customs tariff are applied to the CIF value, and Saudi Arabia follows the WTO Customs Valuation Agreement; the GCC has been a customs union since 1 January 2003. As a GCC member Saudi Arabia applies the common external tariff of at least 5% on most goods from outside the GCC; ZATCA raised various duty rates from June 2020 (within WTO bound ceilings), so check the current rate for each tariff line. Imports also bear a customs surcharge, port fees, cargo service fees and an import inspection charge.",
    sources: [ITA_SA_TARIFFS, MD_SA],
  },
  importTax: {
    id: "sa-import-tax",
    name: "Value Added Tax (VAT)",
    standardRatePercent: 15,
    reliefs: [
      {
        id: "sa-import-tax-qualifying-medicines",
        headings: ["3002", "3003", "3004", "9018"],
        ratePercent: 0,
        condition: "VAT Implementing Regulations art. 35: supplies of Qualifying Medicines and Qualifying Medical Goods are zero-rated, 'qualifying' meaning listed in the classifications issued by the Ministry of Health or another competent authority (the Ministry of Health and SFDA published lists of zero-rated human medicines, vitamins and medical equipment; other medical supplies are standard-rated). An investigational product or device not on those lists does not qualify; confirm with ZATCA or the customs broker whether the import of a listed product is zero-rated. (secondary sources)",
        sources: [GTL_VAT_ART35, SEER_GAZT_HEALTH],
      },
    ],
    note: "VAT applies to all imports except zero-rated and exempt categories; the standard rate rose from 5% to 15% for imports after 30 June 2020. Whether clinical-trial products fall in a zero-rated category was not confirmed. (secondary sources)",
    sources: [ARFAJ_VAT, EXPEDITORS_VAT],
  },
  deMinimis: {
    id: "sa-de-minimis",
    amount: 1000,
    currency: "SAR",
    covers: "duty",
    note: "The GCC Unified Guide for Customs Procedure sets SAR 1,000 as the threshold below which courier consignments ordered from abroad pay no customs duty. ZATCA stated in 2021 that personal shipments whose total value (goods plus shipping) is below SAR 1,000 are exempt from customs duty, but 15% VAT applies to all imports; clearance is handled by the carrier. (secondary sources)",
    sources: [EY_GCC_THRESHOLD, SA_EXPAT_1000],
  },
  import: [
    {
      kind: "permit",
      id: "sa-import-imp-sfda-approval",
      materials: ["imp"],
      name: "SFDA approval to import drugs for clinical investigation (import/clearance approval)",
      authority: "Saudi Food and Drug Authority (SFDA), Drug Sector, Ports Department",
      scope: "per-shipment",
      holder: "sponsor",
      note: "Drugs for clinical investigations need SFDA approval before they are imported. The sponsor's request letter must state the study purpose, the drug(s), concentration and pharmaceutical form, quantity, unit and pack size, manufacturer name and nationality, and the importer's name. Drugs may enter only through SFDA-approved ports, in refrigerated containers where required, with data loggers (serial numbers listed); after inspection they must be moved and stored per the manufacturer's conditions and temperature records shown on request. The trial itself also needs SFDA approval and ethics (IRB) approval. Approval is tied to a stated quantity; confirm with SFDA whether one approval can cover several shipments.",
      sources: [FDANEWS_SFDA, SFDA_IMPORT_REG],
    },
    {
      kind: "permit",
      id: "sa-import-device-sfda-clinical-study",
      materials: ["device"],
      name: "SFDA prior approval of a clinical study on a medical device (Medical Devices Sector, guidance MDS-G20 / requirements MDS-REQ 2)",
      authority: "Saudi Food and Drug Authority (SFDA), Medical Devices Sector",
      scope: "per-trial",
      holder: "sponsor",
      note: "SFDA's Medical Devices Sector requires prior approval before any clinical study of a medical device is conducted, under its guideline on requirements for clinical studies of medical devices (MDS-G20) and in line with ISO 14155 good clinical practice. How the investigational devices are then cleared at the port (for example under a Medical Device Importing Licence) was not confirmed; ask SFDA or the customs broker.",
      sources: [SFDA_FAQ_MD_CT],
    },
    {
      kind: "permit",
      id: "sa-import-ancillary-md-shipment-clearance",
      materials: ["ancillary"],
      name: "SFDA medical device shipment clearance at the port of entry (Requirements on Importation and Shipments of Medical Devices, MDS-REQ5): shipment declaration of conformity with the products' registration and licensing details",
      authority: "Saudi Food and Drug Authority (SFDA), Medical Devices Sector",
      scope: "per-shipment",
      holder: "importer",
      note: "Medical supplies such as syringes, needles and infusion sets are medical devices under SFDA's definition (instruments, apparatus, materials or similar articles for diagnosis, prevention, monitoring or treatment), and since January 2022 all medical devices, equipment, supplies, software and IVDs must hold an SFDA medical device marketing authorisation (MDMA); they are imported by an establishment holding an SFDA Medical Device Establishment Licence (secondary sources). At clearance SFDA requires a declaration of conformity of the shipment to the medical devices regulation, giving the registration and licensing details of the products and the manufacturer's acknowledgement that they were shipped by the importer. Devices may enter only through the designated ports (King Khaled airport and the dry port in Riyadh, King Abdulaziz airport and Jeddah Islamic sea port, King Abdullah sea port in Rabigh, King Fahad airport and King Abdulaziz sea port in Dammam, King Fahd Causeway, Al-Batha and Al-Hadethah). Shipments needing controlled temperature must travel with an activated data logger. How unregistered supplies provided for a clinical study are cleared was not confirmed.",
      sources: [SFDA_MD_FAQ, SFDA_MD_DEFINITION, RAN_MDS_REQ5, GATEWAY_KSA, PHARMAKNOWL_MDMA],
    },
    {
      kind: "permit",
      id: "sa-import-md-shipment-clearance",
      materials: ["lab-kit", "equipment"],
      name: "SFDA medical device shipment clearance at the port of entry (Requirements on Importation and Shipments of Medical Devices, MDS-REQ5): shipment declaration of conformity with the products' registration and licensing details",
      authority: "Saudi Food and Drug Authority (SFDA), Medical Devices Sector",
      scope: "per-shipment",
      holder: "importer",
      onlyWhen: "the items are medical devices or IVDs (for example diagnostic test kits or medical instruments)",
      note: "Medical devices and IVDs need an SFDA medical device marketing authorisation (MDMA) and are imported by an establishment holding an SFDA Medical Device Establishment Licence (secondary source). At clearance SFDA requires a declaration of conformity of the shipment to the medical devices regulation, giving the registration and licensing details of the products and the manufacturer's acknowledgement that they were shipped by the importer. Devices may enter only through the designated ports (King Khaled airport and the dry port in Riyadh, King Abdulaziz airport and Jeddah Islamic sea port, King Abdullah sea port in Rabigh, King Fahad airport and King Abdulaziz sea port in Dammam, King Fahd Causeway, Al-Batha and Al-Hadethah). IVDs, and any shipment needing controlled temperature, must travel with an activated data logger. Used medical devices may not be imported, which matters for returnable site equipment that is itself a medical device. How unregistered items supplied for a clinical study are cleared was not confirmed.",
      sources: [SFDA_MD_FAQ, RAN_MDS_REQ5, GATEWAY_KSA],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "sa-export-samples-local-committee-approval",
      materials: ["samples"],
      name: "Written approval of the local research ethics committee for sending biological samples abroad (Implementing Regulations of the Law of Ethics of Research on Living Creatures, art. M6/4)",
      authority: "The institution's local research ethics committee registered with the National Committee of Bioethics (NCBE, King Abdulaziz City for Science and Technology), which is notified of the approval",
      scope: "per-shipment",
      holder: "site",
      note: "The National Committee of Bioethics delegated to registered local committees the approval of sending research samples outside the Kingdom: the researcher sends the local committee an official letter giving the reasons for sending, the quantity and type of samples and the receiving party, and the committee's written approval is notified to the National Committee. Only committees with a valid registration may approve. Whether one approval can cover all shipments of a study was not confirmed (shown here as per shipment). The regulations also prohibit sending stem cells abroad for storage. (secondary source quoting the amended regulation)",
      sources: [ALSHARQ_NCBE_SAMPLES, NCBE_REGS_STEM],
    },
    {
      kind: "permit",
      id: "sa-export-imp-sfda-export-request",
      materials: ["imp"],
      name: "SFDA approval of a drug export request (Regulation and Requirements for Import, Clearance and Export)",
      authority: "Saudi Food and Drug Authority (SFDA), Drug Sector, Ports Department",
      scope: "per-shipment",
      holder: "exporter",
      onlyWhen: "the product is a drug registered in Saudi Arabia and exported by its manufacturer (for example a locally sourced comparator)",
      note: "Requests to export drugs are submitted directly by the manufacturer in a letter giving the product name, registration number, quantity, batch number, total value, means of transport and exporting port, with a copy of the manufacturer's licence. How unused imported investigational products are returned to the sponsor was not confirmed; ask SFDA's Ports Department.",
      sources: [FDANEWS_SFDA, SFDA_IMPORT_REG],
    },
  ],
  exporterOfRecord: [
    {
      id: "sa-eor-imp",
      materials: ["imp"],
      who: "For drugs registered in Saudi Arabia: the licensed manufacturer, which submits the export request to SFDA itself.",
      foreignSponsorMayAct: false,
      mustHold: ["sa-export-imp-sfda-export-request"],
      note: "SFDA's export requirements name the manufacturer as the applicant. Who may act as exporter of record when unused investigational products are returned was not confirmed.",
      sources: [FDANEWS_SFDA],
    },
  ],
  importerOfRecord: [
    {
      id: "sa-ior-imp",
      materials: ["imp"],
      who: "A Saudi importer with a commercial registration and a customs importer code, named as the importer in the sponsor's SFDA import request, that files the customs declaration on the Fasah platform (directly or through a licensed customs broker).",
      foreignSponsorMayAct: false,
      mustHold: ["sa-import-imp-sfda-approval"],
      note: "SFDA's import approval for investigational drugs names the importer, and commercial imports under the GCC customs procedures require an importer code; importers need a Saudi commercial registration and may only import goods matching their licensed activity. A foreign sponsor therefore imports through a Saudi entity. (secondary sources for the registration requirements)",
      sources: [FDANEWS_SFDA, SFDA_IMPORT_REG, REALLAW_GCC_IMPORT, ITA_SA_IMPORT_DOCS, SAUDICUSTOM_IMPORTS],
    },
    {
      id: "sa-ior-device",
      materials: ["device"],
      who: "A Saudi establishment holding an SFDA Medical Device Establishment Licence (MDEL) as importer or distributor.",
      foreignSponsorMayAct: false,
      mustHold: ["sa-import-device-sfda-clinical-study"],
      note: "SFDA licenses medical device importers and distributors through MDEL; for device imports cleared under a Medical Device Importing Licence, SFDA's shipping-clearance documents include copies of the MDIL and the importer's MDEL. Whether an MDEL holder must import investigational devices for a clinical study was not confirmed. (secondary source for the MDIL clearance documents)",
      sources: [SFDA_MDEL_FAQ, EMERGO_MDIL],
    },
    {
      id: "sa-ior-medical-goods",
      materials: ["ancillary", "lab-kit", "equipment"],
      who: "For medical devices and IVDs: a Saudi establishment registered in SFDA's Medical Device National Registry and holding an SFDA Medical Device Establishment Licence (MDEL) as importer or distributor, with a Saudi commercial registration.",
      foreignSponsorMayAct: false,
      mustHold: ["sa-import-ancillary-md-shipment-clearance", "sa-import-md-shipment-clearance"],
      note: "SFDA requires importers of medical devices to register their establishment in the national registry and present their MDEL and commercial registration at clearance; foreign manufacturers without a Saudi entity appoint a licensed authorised representative. For goods that are not medical devices, no importer requirement beyond the general customs importer code was found. (partly secondary sources)",
      sources: [SFDA_MDEL_FAQ, SFDA_IMAGING_REQ, GATEWAY_KSA],
    },
  ],
  temporaryAdmission: {
    id: "sa-ata",
    ataCarnet: true,
    note: "ZATCA accepts ATA carnets at all land, sea and air customs ports (from 1 June 2024) for exhibition goods, professional equipment, commercial samples and goods for educational, scientific or cultural purposes; the Federation (Council) of Saudi Chambers is the national guarantor. Goods may stay up to six months. Each carnet must be pre-approved by ZATCA through its website (free of charge); late re-exportation is penalised (SAR 1,000 per week, capped at 20% of the goods' value) and wrong valuation can lead to rejection or seizure. (secondary sources for the time limit and pre-approval)",
    sources: [ZATCA_ATA, EY_ATA, BW_ATA],
  },
};

export default rules;
