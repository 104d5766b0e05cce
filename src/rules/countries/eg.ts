import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const WTO_EG_VAL = {
  title: "WTO Committee on Customs Valuation: Notification under Article 22, Egypt (17 February 2025), Customs Law No. 207 of 2020 Article 16",
  url: "https://web.wtocenter.org.tw/Page/13974/408661",
  reviewed: R,
};
const AVALARA_EG = {
  title: "Avalara VATlive: Egyptian VAT rates",
  url: "https://www.avalara.com/vatlive/en/country-guides/africa-and-middle-east/egypt-vat/egyptian-vat-rates.html",
  reviewed: R,
};
const RIAD_VAT = {
  title: "Riad & Riad: A Guide to Egypt's VAT Law (Law No. 67 of 2016)",
  url: "https://riad-riad.com/guide-egypts-vat-law/",
  reviewed: R,
};
const EDA_RELEASE = {
  title: "Egyptian Drug Authority: Monitoring of Custom Release, Import, Finished & Bulk Products (medical release, importation approval)",
  url: "https://www.eda.mohealth.gov.eg/Articles.aspx?id=54",
  reviewed: R,
};
const REGDESK_EDA = {
  title: "RegDesk: EDA guidance on clinical trials initiation and completion (IMP shipment unlock)",
  url: "https://regdesk.co/eda-guidance-on-clinical-trials-initiation-and-completion",
  reviewed: R,
};
const LAW214_SAMPLES = {
  title: "World Today News: Conditions for using human samples in medical research in the new law (Egypt Law 214 of 2020, Article 23)",
  url: "https://world-today-news.com/conditions-for-using-human-samples-in-medical-research-in-the-new-law-know-them",
  reviewed: R,
};
const ARCHYDE_SAMPLES = {
  title: "Archyde: Is it permissible to use surplus human samples in medical research or store them? The law answers",
  url: "https://www.archyde.com/is-it-permissible-to-use-surplus-human-samples-in-medical-research-or-store-them-the-law-answers/",
  reviewed: R,
};
const PMC_EG = {
  title: "Matar & Silverman (2022), Ethical Analysis of Egypt's Law Regulating Clinical Research, J Empir Res Hum Res Ethics 17(4):494-503",
  url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC9398927",
  reviewed: R,
};
const EIPR_REGS = {
  title: "EIPR press release: Launch of the executive regulations for clinical trials (issued 12 March 2022)",
  url: "https://eipr.org/en/press/2022/03/eipr-launch-executive-regulations-clinical-trials-model-community-participation",
  reviewed: R,
};
const ITA_EG_CUSTOMS = {
  title: "US International Trade Administration, Egypt Country Commercial Guide: Customs Regulations (Customs Law No. 207 of 2020, ACID)",
  url: "https://www.trade.gov/country-commercial-guides/egypt-customs-regulations",
  reviewed: R,
};

const ITA_EG_TARIFFS = {
  title: "US International Trade Administration, Egypt Country Commercial Guide: Import Tariffs (Presidential Decree No. 419/2018)",
  url: "https://www.trade.gov/country-commercial-guides/egypt-import-tariffs",
  reviewed: R,
};
const ITA_EG_TEMP = {
  title: "US International Trade Administration, Egypt Country Commercial Guide: Temporary Entry",
  url: "https://trade.gov/country-commercial-guides/egypt-temporary-entry",
  reviewed: R,
};
const DOT_CARNET = {
  title: "Delivered On Time: ATA Carnet countries (list of countries accepting ATA carnets)",
  url: "https://deliveredontime.com/services/ata-carnet/carnet-countries/",
  reviewed: R,
};
const MONDAQ_EG_IMPORT = {
  title: "Mondaq: Import and Export in Egypt (Register of Importers, importation licence)",
  url: "https://www.mondaq.com/x/504244/Export+controls+Trade+Investment+Sanctions/Import+And+Export+In+Egypt",
  reviewed: R,
};
const METHAK_IMPORTERS = {
  title: "Methak Egypt: Registration in the Importers and Exporters Registers in Egypt (Law 118 of 1975, Law 121 of 1982)",
  url: "https://methakegypt.com/registration-in-the-importers-and-exporters-registers-in-egypt",
  reviewed: R,
};
const NASSER_173 = {
  title: "Mohamed Nasser Law Firm: New modifications to the Importers' Register Law (Law No. 173 of 2023)",
  url: "https://mnasserlaw.com/modifications-to-the-importers-register-law/",
  reviewed: R,
};

const GATEWAY_EG_MD = {
  title: "Gateway MedTech: Regulatory services Egypt (EDA medical device registration, importation record and import permit per shipment)",
  url: "https://www.gatewaymedtech.com/regulatory-services-egypt",
  reviewed: R,
};
const MONDAQ_EG_MD = {
  title: "Mondaq: Medical devices registration and importation in Egypt (Importer Record)",
  url: "https://www.mondaq.com/Article/739812",
  reviewed: R,
};
const REGDESK_EG_MD = {
  title: "RegDesk resource library: Egypt medical device regulations (definition includes devices designed for clinical studies)",
  url: "https://www.regdesk.co/resource-library/egypt/",
  reviewed: R,
};

const EGYPTARIFFS_CELL = {
  title: "Egyptariffs (Egyptian customs tariff lookup): keyword 'معدلة', tariff line 30.02.51 cell therapy products (import duty 0%, VAT 14%, EDA prior import approval)",
  url: "https://egyptariffs.com/keyword/%D9%85%D8%B9%D8%AF%D9%84%D8%A9",
  reviewed: R,
};

const EGYPTARIFFS_901811 = {
  title: "Egyptariffs (Egyptian customs tariff lookup): tariff line 9018.11.00.00 electrocardiographs (import duty 5%, VAT 14%, EDA approval rule 4120)",
  url: "https://www.egyptariffs.com/tariff/9018110000",
  reviewed: R,
};
const EGYPTARIFFS_DIALYSIS = {
  title: "Egyptariffs (Egyptian customs tariff lookup): tariff line 9018.90.91.90 dialysis apparatus (import duty 0%, VAT 0%)",
  url: "https://egyptariffs.com/tariff/9018909190",
  reviewed: R,
};
const MONDAQ_EG_DRUG_EXPORT = {
  title: "Mondaq: Drug Exportation (Egypt, Ministerial Decree No. 379 of 1986)",
  url: "https://www.mondaq.com/Food-Drugs-Healthcare-Life-Sciences/820180/Drug-Exportation",
  reviewed: R,
};
const MONDAQ_EG_PHARMA_GUIDE = {
  title: "Mondaq: Pharmaceutical & Medical Devices Comparative Guide, Egypt (Law 151 of 2019 establishing the Egyptian Drug Authority)",
  url: "https://www.mondaq.com/healthcare/1586796/pharmaceutical-medical-devices-comparative-guide",
  reviewed: R,
};
const GOEIC_EXPORTERS = {
  title: "GOEIC electronic services: Registration in the Exporters Register (Law 118/1975, Regulation 770/2005)",
  url: "https://www.goeic.gov.eg/en/electronicServices/default/view/id/12",
  reviewed: R,
};
const MONDAQ_EG_EXPORTING = {
  title: "Mondaq: Exporting from Egypt, a guide to licenses, regulations and procedures (Law 118 of 1975, Article 4)",
  url: "https://www.mondaq.com/international-trade-investment/1550084/exporting-from-egypt-a-guide-to-licenses-regulations-and-procedures",
  reviewed: R,
};

/** Egypt: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "EG",
  name: "Egypt",
  valuation: {
    basis: "CIF",
    note: "Customs Law No. 207 of 2020, Article 16: the declared customs value is the actual value of the goods plus all actual costs and expenses paid until arrival at the port of destination in Egypt.",
    sources: [WTO_EG_VAL],
  },
  importTax: {
    id: "eg-import-tax",
    name: "Value Added Tax (VAT, Law No. 67 of 2016)",
    standardRatePercent: 14,
    reliefs: [],
    note: "14% standard rate on taxable goods and imports. Secondary sources describe some drugs and medical supplies as zero-rated or exempt, but the exact scope was not confirmed, so no relief is applied here. (secondary source)",
    sources: [AVALARA_EG, RIAD_VAT],
  },
  duties: [
    {
      id: "eg-duty-300251",
      heading: "300251",
      ratePercent: 0,
      note: "Cell therapy products (30.02.51): import duty 0% under the general regime, with 14% VAT and EDA prior import approval. Secondary tariff lookup that describes itself as indicative only; Egypt's rates for other chapter 30 lines (3002, 3004) and for 3822, 9018 and 9027 were not confirmed. Presidential Decree 419/2018 fully exempted medicines for infectious, chronic, psychiatric and neurological diseases from customs duty.",
      sources: [EGYPTARIFFS_CELL, ITA_EG_TARIFFS],
    },
    {
      id: "eg-duty-901811",
      heading: "901811",
      ratePercent: 5,
      note: "Electrocardiographs (9018.11): import duty 5% under the general regime, plus 14% VAT; importing medical devices and supplies needs EDA approval (tariff rule 4120). Other lines of heading 9018 differ: dialysis apparatus (9018.90.91.90) is shown at 0% duty and 0% VAT, so no single rate is given for the whole heading. Trade-agreement origins (EU partnership, EFTA, UK, Türkiye, Mercosur, AfCFTA) can reduce the duty with proof of origin. Secondary tariff lookup that describes itself as indicative only.",
      sources: [EGYPTARIFFS_901811, EGYPTARIFFS_DIALYSIS],
    },
  ],
  import: [
    {
      kind: "permit",
      id: "eg-import-all-acid",
      materials: ["imp", "device", "ancillary", "lab-kit", "samples", "equipment"],
      name: "Advance Cargo Information Declaration (ACID) number",
      authority: "Egyptian Customs Authority",
      scope: "per-shipment",
      holder: "importer",
      customsFormality: true,
      note: "Under Customs Law No. 207 of 2020 the importer (or its agent) must register the shipment and obtain an ACID number before the goods are shipped; the ACID must appear on all shipping documents. Shipments without an ACID are refused discharge and must be re-exported at the carrier's or shipper's cost.",
      sources: [ITA_EG_CUSTOMS],
    },
    {
      kind: "permit",
      id: "eg-import-imp-eda-approval-release",
      materials: ["imp"],
      name: "EDA importation approval and medical (customs) release; IMP shipment unlock for clinical trials",
      authority: "Egyptian Drug Authority (EDA); clinical trials overseen by its Bio-Inn unit",
      scope: "per-shipment",
      holder: "importer",
      note: "Imported pharmaceutical products are released from customs only after an EDA medical release, which requires an annual importation plan approval or an importation approval for the products on the pro-forma invoice before shipping. For clinical trials, EDA guidance adds an 'IMP shipment unlock' step for imported investigational products, and the study needs EDA and Supreme Council approval under Clinical Medical Research Law 214 of 2020. (secondary source for the IMP-specific step)",
      sources: [EDA_RELEASE, REGDESK_EDA],
    },
    {
      kind: "permit",
      id: "eg-import-device-eda-import-permit",
      materials: ["device"],
      name: "EDA medical device import permit (import approval) for each shipment, with the manufacturer listed on the importer's EDA importation record",
      authority: "Egyptian Drug Authority (EDA), medical devices administration",
      scope: "per-shipment",
      holder: "importer",
      note: "Importing medical devices of any class requires the manufacturer to be listed on the importer's EDA importation record and an import permit for each shipment; most devices must also be registered with EDA before import or sale (Class I non-sterile devices and some other categories are exempt from registration but must still be on the importer's record). EDA's device definition covers devices designed for clinical studies; the route for unregistered investigational devices in an approved study was not confirmed, so check it with EDA. (secondary sources)",
      sources: [GATEWAY_EG_MD, MONDAQ_EG_MD, REGDESK_EG_MD],
    },
    {
      kind: "permit",
      id: "eg-import-samples-supreme-council",
      materials: ["samples"],
      name: "Supreme Council (clinical research ethics) approval for entry of human research samples",
      authority: "Supreme Council for the Review of Clinical Medical Research Ethics, with national-security clearance",
      scope: "per-trial",
      holder: "sponsor",
      note: "Law 214 of 2020, Article 23: the approval of the Supreme Council, and observance of national-security requirements, is required before any human samples related to medical research enter or leave Egypt, for any purpose, as detailed in the executive regulations (issued March 2022). Whether approval is per study or per shipment was not confirmed. (secondary sources)",
      sources: [LAW214_SAMPLES, ARCHYDE_SAMPLES, EIPR_REGS],
    },
    {
      kind: "permit",
      id: "eg-import-md-eda-import-permit",
      materials: ["ancillary", "lab-kit", "equipment"],
      name: "EDA medical device import permit for each shipment, with the manufacturer listed on the importer's EDA importation record",
      authority: "Egyptian Drug Authority (EDA), medical devices administration",
      scope: "per-shipment",
      holder: "importer",
      onlyWhen: "the items are medical devices or IVDs (for example syringes, infusion sets, diagnostic kits or medical instruments)",
      note: "Importing medical devices of any class requires the manufacturer to be listed on the importer's EDA importation record and an import permit for each shipment. Most devices must also be registered with EDA before import; Class I non-sterile devices, standalone software and electronic reusable devices with a power cord are exempt from registration but must still be on the importer's record. Requirements come largely from technical committee decisions and can change without formal notice. (secondary source)",
      sources: [GATEWAY_EG_MD, MONDAQ_EG_MD],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "eg-export-samples-supreme-council",
      materials: ["samples"],
      name: "Supreme Council (clinical research ethics) approval for exit of human research samples",
      authority: "Supreme Council for the Review of Clinical Medical Research Ethics, with national-security clearance",
      scope: "per-trial",
      holder: "sponsor",
      note: "Law 214 of 2020, Article 23: Supreme Council approval and national-security requirements apply before any human samples related to medical research leave Egypt; storing samples after the study or trading in them is prohibited without consent and Supreme Council approval. An academic analysis notes the law's provisions on sharing biospecimens with the intelligence authority. Whether approval is per study or per shipment was not confirmed. (secondary sources)",
      sources: [LAW214_SAMPLES, ARCHYDE_SAMPLES, PMC_EG],
    },
    {
      kind: "permit",
      id: "eg-export-imp-eda-export-approval",
      materials: ["imp"],
      name: "Drug export approval with pre-export batch sampling and conformity decision (Ministerial Decree No. 379 of 1986)",
      authority: "Egyptian Drug Authority (EDA; formerly the Central Administration of Pharmaceutical Affairs, CAPA); batch analysis by the national drug control laboratory (NODCAR)",
      scope: "per-shipment",
      holder: "exporter",
      onlyWhen: "the product is a medicine registered in Egypt (for example a locally sourced comparator)",
      note: "Under Decree 379 of 1986 drugs may be exported only if registered with the health authority, and only by licensed pharmaceutical companies (or companies manufacturing under foreign agreements that permit export); products in short supply locally may not be exported. Before export (other than personal exports, registration samples and tenders) an inspector samples each batch for analysis; if no decision is issued within two weeks, export may be permitted on the manufacturer's own analysis certificate. The exporting company must also be in the Exporters Register. EDA took over these functions under Law 151 of 2019. How unused imported investigational products are returned to the sponsor was not confirmed; ask EDA. (secondary sources)",
      sources: [MONDAQ_EG_DRUG_EXPORT, MONDAQ_EG_PHARMA_GUIDE],
    },
  ],
  exporterOfRecord: [
    {
      id: "eg-eor-imp",
      materials: ["imp"],
      who: "For registered medicines: a pharmaceutical company licensed by EDA (CAPA), entered in the Exporters Register kept by the General Organization for Export and Import Control (GOEIC).",
      foreignSponsorMayAct: false,
      mustHold: ["eg-export-imp-eda-export-approval"],
      note: "Decree 379 of 1986 limits drug exports to licensed pharmaceutical companies, and Law 118 of 1975 allows export for trade only by those in the Exporters Register (Egyptian companies, public bodies and others meeting ministerial conditions). Who may export unused investigational products back to the sponsor was not confirmed. (partly secondary sources)",
      sources: [MONDAQ_EG_DRUG_EXPORT, GOEIC_EXPORTERS, MONDAQ_EG_EXPORTING],
    },
    {
      id: "eg-eor-general",
      materials: ["device", "ancillary", "lab-kit", "equipment"],
      who: "An entity entered in the Exporters Register kept by GOEIC: an Egyptian joint-stock company with its head office in Egypt, a public institution or cooperative, or another person or company meeting the Ministry of Trade's conditions (commercial registration and an export practice certificate).",
      foreignSponsorMayAct: false,
      note: "Law 118 of 1975 (Article 4) and Regulation 770 of 2005: export or re-export for trade may be carried out only by those registered in the Exporters Register; exports of goods for personal use are excluded. Whether returns of clinical-trial goods that are not sold need a registered exporter was not confirmed; ask the customs broker. (partly secondary source)",
      sources: [GOEIC_EXPORTERS, MONDAQ_EG_EXPORTING],
    },
  ],
  importerOfRecord: [
    {
      id: "eg-ior-imp",
      materials: ["imp"],
      who: "An Egyptian-registered consignee that registers the shipment for its ACID number before shipping and obtains the EDA importation approval and medical release; for commercial imports it must be entered in the Importers Register kept by the General Organization for Export and Import Control (GOEIC).",
      foreignSponsorMayAct: false,
      mustHold: ["eg-import-all-acid", "eg-import-imp-eda-approval-release"],
      note: "The ACID must be obtained by the importer in Egypt before shipment, and EDA releases imported pharmaceuticals to the importer named on its approval, so a foreign sponsor without an Egyptian entity acts through a local consignee. Importing goods for trade requires an import card from the Importers Register (Law 121 of 1982); older guidance limited registration to Egyptian nationals and Egyptian-owned companies, and Law 173 of 2023 amended the register's requirements, so check the consignee's current eligibility. (secondary sources for the Importers Register)",
      sources: [ITA_EG_CUSTOMS, EDA_RELEASE, MONDAQ_EG_IMPORT, METHAK_IMPORTERS, NASSER_173],
    },
    {
      id: "eg-ior-device",
      materials: ["device"],
      who: "An Egyptian importer registered on EDA's importer record (importation record) for medical devices, with the device manufacturer listed on it, that obtains the per-shipment import permit and the ACID number.",
      foreignSponsorMayAct: false,
      mustHold: ["eg-import-all-acid", "eg-import-device-eda-import-permit"],
      note: "Registration on the importer record requires an Egyptian commercial registration and tax card, among other documents, so a sponsor without an Egyptian entity imports through a registered local importer. (secondary sources)",
      sources: [GATEWAY_EG_MD, MONDAQ_EG_MD],
    },
    {
      id: "eg-ior-other",
      materials: ["ancillary", "lab-kit", "samples", "equipment"],
      who: "An Egyptian-registered consignee that registers the shipment for its ACID number before shipping; for goods imported for trade it must be entered in the Importers Register kept by GOEIC, and for medical devices or IVDs it must be on EDA's importer record with the manufacturer listed.",
      foreignSponsorMayAct: false,
      mustHold: ["eg-import-all-acid"],
      note: "The ACID is obtained by the importer in Egypt before shipment, so a sponsor without an Egyptian entity acts through a local consignee; for research samples the Supreme Council approval is also needed. Law 173 of 2023 amended the Importers Register requirements, so check the consignee's current eligibility. (secondary sources for the Importers Register and the EDA record)",
      sources: [ITA_EG_CUSTOMS, MONDAQ_EG_IMPORT, METHAK_IMPORTERS, NASSER_173, GATEWAY_EG_MD],
    },
  ],
  temporaryAdmission: {
    id: "eg-temporary-admission",
    ataCarnet: false,
    note: "Egypt does not appear on published lists of countries accepting ATA carnets (secondary source). Egyptian customs allows commercial samples and goods for display at officially recognised exhibitions or for sales promotion to enter temporarily free of duty against a bank letter of guarantee; medical samples must also comply with the rules for importing pharmaceuticals. On re-export, obtain the correct documentation and the return of the letter of guarantee from customs. Goods temporarily imported may in some cases be sold in Egypt on payment of duty plus an extra 10% per month.",
    sources: [ITA_EG_TEMP, DOT_CARNET],
  },
};

export default rules;
