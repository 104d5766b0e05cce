import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const tfdaOnline2026 = {
  title: "TFDA: 自115年1月1日起,藥品臨床試驗計畫之試驗用藥物進出口申請案件,將採全面線上申辦 (IMP import/export applications online only from 1 Jan 2026)",
  url: "https://www.fda.gov.tw/tc/newsContent.aspx?cid=3&id=31087",
  reviewed: R,
};
const bangpaice = {
  title: "臨床試驗藥物進出口通關全攻略:TFDA申請流程與業界實務眉角解析 (Bangpaice)",
  url: "https://www.bangpaice.com/?p=2067",
  reviewed: R,
};
const credevoTaiwan = {
  title: "Clinical trials in Taiwan, part 2: regulatory (Credevo)",
  url: "https://credevo.com/articles/2017/03/02/clinical-trials-in-taiwan-part-2-regulatory/",
  reviewed: R,
};
const biomFaq = {
  title: "常見問題: 臨床試驗用採血管進口 / 診斷試劑輸入規定 (BIOM FAQ)",
  url: "https://biom.tw/faq.aspx",
  reviewed: R,
};
const bioSpecimenPoints = {
  title: "生物檢體輸入輸出作業要點 (Operational Points for the Import and Export of Biological Specimens, Department of Health, 5 Jan 2012) (rootlaw.com.tw)",
  url: "https://www.rootlaw.com.tw/LawArticle.aspx?LawID=A040170051031000-1010105",
  reviewed: R,
};
const organTissueCellRegs = {
  title: "人體器官組織細胞輸入輸出管理辦法: application contents for import or export of organs, tissues and cells (rootlaw.com.tw)",
  url: "https://www.rootlaw.com.tw/LawArticle.aspx?FLNO=6000&LawID=A040170030010400-0940712&ShowType=Ref",
  reviewed: R,
};
const georgeClinicalTw = {
  title: "Taiwan import license bolsters George Clinical's abilities in Asia-Pacific (Outsourcing-Pharma, May 2019)",
  url: "https://outsourcing-pharma.com/Article/2019/05/16/Taiwan-grants-import-license-to-George-Clinical",
  reviewed: R,
};
const specialDeviceRegs = {
  title: "特定醫療器材專案核准製造及輸入辦法 (Regulations for special-project approval of manufacture and import of specific medical devices, 22 Apr 2021, under Medical Devices Act Article 35) (rootlaw.com.tw)",
  url: "https://www.rootlaw.com.tw/LawArticle.aspx?LawID=A040170040010400-1100422",
  reviewed: R,
};
const customsBusinessTax = {
  title: "Taiwan Customs Administration: business tax on imported goods (5%)",
  url: "https://web.customs.gov.tw/en/singlehtml/1865?cntId=cus16_180032_1865",
  reviewed: R,
};
const vatActArt20 = {
  title: "Value-added and Non-value-added Business Tax Act, Article 20 (Taxation Administration, MOF)",
  url: "https://law.dot.gov.tw/law-en/home.jsp?id=5&parentpath=0,2&mcustomize=law_view.jsp&lawname=201803090314&article=20&article2=0&istype=&language=English",
  reviewed: R,
};
const customsKaohsiungPostal = {
  title: "Kaohsiung Customs: calculation of duty and tax on postal imports (DPV = FOB + freight + insurance; NT$2,000 exemption)",
  url: "https://web.customs.gov.tw/ekaohsiung/singlehtml/9abfe0ade4594b1f90e936d2995bceee?cntId=efe5d7de4f4146159f6d0aac20ffb74f",
  reviewed: R,
};
const taRegs = {
  title: "Taiwan Customs: The Regulations Governing the Temporary Admission of Goods",
  url: "https://eweb.customs.gov.tw/cp.aspx?n=CA0F80CC3CA69700&s=B56213A33D91A597",
  reviewed: R,
};
const tradeGovTaiwanTa = {
  title: "Taiwan - Country Commercial Guide: Temporary Entry (trade.gov)",
  url: "https://www.trade.gov/country-commercial-guides/taiwan-temporary-entry",
  reviewed: R,
};
const digichambersTaipei = {
  title: "Chinese Taipei (TW): CPD/China-Taiwan carnet (DigiChambers)",
  url: "https://docs.digichambers.be/chinese-taipei-tw/",
  reviewed: R,
};

/** Taiwan: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "TW",
  name: "Taiwan",
  valuation: {
    basis: "CIF",
    note: "Duty-paid value (DPV) = FOB price + freight + insurance.",
    sources: [customsKaohsiungPostal],
  },
  importTax: {
    id: "tw-import-tax",
    name: "Business tax (VAT) on imported goods",
    standardRatePercent: 5,
    note: "Collected by Customs on (duty-paid value + import duty + any commodity tax) x 5%.",
    reliefs: [],
    sources: [customsBusinessTax, vatActArt20],
  },
  duties: [],
  deMinimis: {
    id: "tw-de-minimis",
    amount: 2000,
    currency: "TWD",
    covers: "duty-and-tax",
    note: "Customs duty, commodity tax and business tax are exempted when the customs value is within NT$2,000 (tobacco, alcohol and tariff-quota farm products excepted). Stated by Customs for postal imports.",
    sources: [customsKaohsiungPostal],
  },
  import: [
    {
      kind: "permit",
      id: "tw-import-imp-tfda",
      materials: ["imp"],
      name: "TFDA approval of import of investigational drugs for a clinical trial (藥品臨床試驗計畫之試驗用藥物進出口申請)",
      authority: "Taiwan Food and Drug Administration (TFDA), Ministry of Health and Welfare",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Legal basis: Pharmaceutical Affairs Act Article 39. Customs releases the IMP up to the quantity on the TFDA import permit. From 1 January 2026 these applications must be filed online (ExPRESS platform); paper filings are not accepted. A deficiency letter adds at least 1 to 2 weeks (secondary source). Scope per shipment is an assumption: the permit caps the quantity, so a new approval is needed once it is used up.",
      sources: [tfdaOnline2026, bangpaice, credevoTaiwan],
    },
    {
      kind: "permit",
      id: "tw-import-labkit-device-special-project",
      materials: ["lab-kit"],
      name: "TFDA special-project import of specific medical devices (特定醫療器材專案輸入) for unlicensed clinical-trial blood collection tubes",
      authority: "Taiwan Food and Drug Administration (TFDA)",
      scope: "per-trial",
      holder: "importer",
      note:
        "Blood collection tubes for a clinical trial that have no TFDA device licence can be imported under a TFDA special-project approval and cleared by the simplified route with code DHM00000000504 in place of a licence number. Diagnostic reagents of heading 3822 need a Ministry of Health and Welfare consent document, unless imported for research, experimental or non-human use (code DHM99999999999). Secondary source; scope per trial is an assumption.",
      sources: [biomFaq],
    },
    {
      kind: "permit",
      id: "tw-import-labkit-prc-origin-boft",
      materials: ["lab-kit"],
      name: "Special-project import approval for mainland China goods (大陸物品專案輸入核准)",
      authority: "Bureau of Foreign Trade (BOFT), Ministry of Economic Affairs",
      onlyWhen: "the items are made in mainland China, their CCC code carries import regulation MP1, and they are not on the list of mainland goods conditionally permitted for import (e.g. mainland-made blood collection tubes or rapid test kits)",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Import regulation MP1 means mainland-China goods are admitted only if they meet the conditions of the list of mainland goods conditionally permitted for import. Items not on that list need a BOFT special-project import approval, granted only for small quantities, special needs and goods not produced in Taiwan. This comes on top of any TFDA requirement (e.g. the special-project device approval for unlicensed blood collection tubes). Secondary source; scope per shipment is an assumption.",
      sources: [biomFaq],
    },
    {
      kind: "permit",
      id: "tw-import-device-special-project",
      materials: ["device"],
      name: "Special-project approval for import of investigational medical devices (試驗用醫療器材專案核准輸入) under Medical Devices Act Article 35(1)(3)",
      authority: "Taiwan Food and Drug Administration (TFDA), Ministry of Health and Welfare",
      scope: "per-trial",
      holder: "importer",
      note:
        "Investigational medical devices without a Taiwan licence may be imported only with a special-project approval from the central health authority. For investigational devices the applicant must be a medical device firm, a pharmaceutical firm or a clinical trial institution. Scope per trial is an assumption; lead time not covered.",
      sources: [specialDeviceRegs],
    },
    {
      kind: "permit",
      id: "tw-import-ancillary-equipment-device-special-project",
      materials: ["ancillary", "equipment"],
      name: "Special-project approval for import of specific medical devices (特定醫療器材專案核准輸入) under Medical Devices Act Article 35(1)",
      authority: "Taiwan Food and Drug Administration (TFDA), Ministry of Health and Welfare",
      onlyWhen: "the item is itself a medical device that has no Taiwan medical device licence (e.g. unlicensed syringes, infusion sets or an unlicensed ECG machine supplied for the trial)",
      scope: "per-trial",
      holder: "importer",
      note:
        "A medical device may be imported without a Taiwan licence only with a special-project approval from the central health authority. Article 35(1) covers, among others, investigational medical devices (applicant: a medical device firm, pharmaceutical firm or clinical trial institution) and devices used only as samples or gifts (applicant: the government agency, school, institution or legal person using the samples). Devices that hold a Taiwan licence are imported under that licence instead. Which category TFDA applies to ancillary devices used in a drug trial is not stated; unlicensed clinical-trial blood collection tubes are reported to be imported under a special-project approval (secondary source). Scope per trial is an assumption; lead time not covered.",
      sources: [specialDeviceRegs, biomFaq],
    },
    {
      kind: "permit",
      id: "tw-import-samples-specimen-permit",
      materials: ["samples"],
      name: "Approval for import of non-infectious human biological specimens (非感染性生物檢體輸入申請) for research, testing or storage",
      authority: "Ministry of Health and Welfare: Taiwan Food and Drug Administration (TFDA) for research, testing and storage uses; Taiwan CDC for infectious specimens",
      scope: "per-trial",
      holder: "importer",
      note:
        "Under the Regulations Governing the Import and Export of Human Organs, Tissues and Cells, import of non-infectious specimens (organs, tissues, whole blood, serum, plasma, bone marrow, cord blood, cells other than cell lines, urine and their derivatives) for research, testing or storage is applied for online to TFDA by a legal person, medical institution or teaching/research institution. The application states the countries, type and use, the import period, and the quantity and batches, so one approval can cover several consignments within the stated period. Infectious specimens are handled by Taiwan CDC under the Communicable Disease Control Act. The operational points date from 2012 (then Department of Health); check the current online procedure.",
      sources: [bioSpecimenPoints, organTissueCellRegs],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "tw-export-imp-tfda",
      materials: ["imp"],
      name: "TFDA approval of export of investigational drugs for a clinical trial (藥品臨床試驗計畫之試驗用藥物進出口申請, export)",
      authority: "Taiwan Food and Drug Administration (TFDA)",
      scope: "per-shipment",
      holder: "exporter",
      note: "Returning or sending unused trial drugs out of Taiwan uses the export side of the same TFDA application (separate form from import); online only from 1 January 2026.",
      sources: [tfdaOnline2026, bangpaice],
    },
    {
      kind: "permit",
      id: "tw-export-samples-specimen-permit",
      materials: ["samples"],
      name: "Approval for export of non-infectious human biological specimens (非感染性生物檢體輸出申請) for research, testing or storage",
      authority: "Ministry of Health and Welfare: Taiwan Food and Drug Administration (TFDA) for research, testing and storage uses; Taiwan CDC for infectious specimens",
      scope: "per-trial",
      holder: "exporter",
      note:
        "Export of non-infectious human specimens (tissues, whole blood, serum, plasma, cells, urine and their derivatives) for research, testing or storage, e.g. trial samples sent to a central laboratory abroad, is applied for online to TFDA by a legal person, medical institution or teaching/research institution, stating the destination country, type and use, export period, quantity and batches; one approval can cover several consignments within the stated period. Infectious specimens go through Taiwan CDC. The operational points date from 2012 (then Department of Health); check the current online procedure.",
      sources: [bioSpecimenPoints, organTissueCellRegs],
    },
  ],
  importerOfRecord: [
    {
      id: "tw-ior-imp",
      materials: ["imp"],
      who: "A Taiwan entity licensed to import drugs that applies for the TFDA import approval: the sponsor's Taiwan affiliate or a pharmaceutical company, or a CRO holding a drug import licence that imports on the sponsor's behalf (secondary source).",
      foreignSponsorMayAct: false,
      mustHold: ["tw-import-imp-tfda"],
      note: "Sponsors without a Taiwan entity rely on a licensed local company (e.g. a CRO with a drug import licence) to import trial drugs (secondary source, 2019).",
      sources: [georgeClinicalTw],
    },
    {
      id: "tw-ior-device",
      materials: ["device"],
      who: "A Taiwan medical device firm, pharmaceutical firm or clinical trial institution holding the special-project import approval.",
      foreignSponsorMayAct: false,
      mustHold: ["tw-import-device-special-project"],
      sources: [specialDeviceRegs],
    },
    {
      id: "tw-ior-device-supplies",
      materials: ["ancillary", "lab-kit", "equipment"],
      who: "For unlicensed medical devices: the holder of the TFDA special-project import approval, i.e. for trial devices a Taiwan medical device firm, pharmaceutical firm or clinical trial institution, and for devices used as samples the government agency, school, institution or legal person that uses them.",
      foreignSponsorMayAct: false,
      mustHold: ["tw-import-ancillary-equipment-device-special-project", "tw-import-labkit-device-special-project"],
      sources: [specialDeviceRegs],
    },
    {
      id: "tw-ior-samples",
      materials: ["samples"],
      who: "A legal person, medical institution or teaching/research institution in Taiwan that holds the specimen import approval.",
      foreignSponsorMayAct: false,
      mustHold: ["tw-import-samples-specimen-permit"],
      sources: [bioSpecimenPoints],
    },
  ],
  exporterOfRecord: [
    {
      id: "tw-eor-samples",
      materials: ["samples"],
      who: "A legal person, medical institution or teaching/research institution in Taiwan (e.g. the trial site or the sponsor's Taiwan entity) that holds the specimen export approval.",
      foreignSponsorMayAct: false,
      mustHold: ["tw-export-samples-specimen-permit"],
      sources: [bioSpecimenPoints],
    },
  ],
  temporaryAdmission: {
    id: "tw-ata",
    ataCarnet: false,
    note:
      "Taiwan is not part of the worldwide ATA carnet system. It operates bilateral carnets instead (TECRO/AIT carnets with the US; the CPD/China-Taiwan carnet with some other countries) for commercial samples, professional equipment and exhibition goods, normally for up to one year. Consumables, perishables and goods subject to import control are excluded from carnet treatment.",
    sources: [tradeGovTaiwanTa, digichambersTaipei, taRegs],
  },
};

export default rules;
