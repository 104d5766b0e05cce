import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const mfdsFaqImp = {
  title: "식약처 허가를 받지 않은 제품, 임상시험용의약품 사용 목적의 수입 통관 절차는? (MFDS 2016 FAQ Q44, reproduced)",
  url: "https://me.clinical-study100.com/182?category=1168213",
  reviewed: R,
};
const paaArt42 = {
  title: "의약품 수입 품목허가·신고 면제 (약사법 제42조제2항, 의약품 등의 안전에 관한 규칙 제57조) (lfind)",
  url: "https://lfind.kr/statutes/2034_1_3_2",
  reviewed: R,
};
const helptradeEdi = {
  title: "표준통관예정보고서란? (MediKorea EDI service, KTNET helptrade)",
  url: "https://www.helptrade.net/_Document/service/service10H.asp",
  reviewed: R,
};
const kmdiaEntry = {
  title: "KMDIA: 표준통관예정보고 (medical device importers must file with the Korea Medical Devices Industry Association)",
  url: "https://kmdia.or.kr/KO/document/business/entry01.asp",
  reviewed: R,
};
const kmdiaClinicalSteps = {
  title: "KMDIA: 표준통관예정보고 시험용/임상시험용 관련 처리절차 (procedure for test and clinical-trial devices)",
  url: "https://kmdia.or.kr/KO/document/business/entry05.asp",
  reviewed: R,
};
const deviceExemptionBlog = {
  title: "의료기기 수입요건면제 (import-requirement exemption for test, research, sample and clinical-trial devices) (blog)",
  url: "https://bigmoneycatcher.tistory.com/entry/%EC%9D%98%EB%A3%8C%EA%B8%B0%EA%B8%B0-%EC%88%98%EC%9E%85%EC%9A%94%EA%B1%B4%EB%A9%B4%EC%A0%9C?category=1136315",
  reviewed: R,
};
const kmdiaGuideline = {
  title: "협회 '의료기기 표준통관예정보고 가이드라인' 배포 (KMDIA guideline incl. clinical-trial devices)",
  url: "https://www.livefnews.com/news/article.html?no=21421",
  reviewed: R,
};
const vatActBlog = {
  title: "Risk of non-issuance of corrected import tax invoices (VAT Act Articles 4, 27, 30) (Korea customs attorney blog)",
  url: "https://koreacertifiedcustomsattorneysj.blogspot.com/2023/12",
  reviewed: R,
};
const austradeKorea = {
  title: "Korea country starter pack: customs valuation and indirect tax (Austrade, via Yumpu)",
  url: "https://www.yumpu.com/en/document/view/54422148/korea/61",
  reviewed: R,
};
const kormediExemption = {
  title: "'개인 치료-연구 목적' 의료기기 수입 간소화 (Kormedi, on the MFDS draft notice: test and research devices need the regional office confirmation and KMDIA exemption confirmation)",
  url: "https://kormedi.com/1227409/%EA%B0%9C%EC%9D%B8-%EC%B9%98%EB%A3%8C-%EC%97%B0%EA%B5%AC-%EB%AA%A9%EC%A0%81-%EC%9D%98%EB%A3%8C%EA%B8%B0%EA%B8%B0-%EC%88%98%EC%9E%85-%EA%B0%84%EC%86%8C%ED%99%94/",
  reviewed: R,
};
const hallymPathogens = {
  title: "관련 법률에 따른 병원체 관리 사항 (pathogen import, possession and export rules by law; Hallym University biosafety office)",
  url: "https://nano.hallym.ac.kr/rimbc/5210/subview.do",
  reviewed: R,
};
const ataKorea = {
  title: "Korea (KR): ATA Carnet country information (DigiChambers)",
  url: "https://docs.digichambers.be/korea-kr/",
  reviewed: R,
};
const ataKoreaRoanoke = {
  title: "Korea (KR): ATA Carnet specifics (Roanoke Group)",
  url: "https://roanokegroup.com/country/korea-kr",
  reviewed: R,
};

const mfdsSyringeItems = {
  title: "MFDS pre-announces amendment of the Regulation on medical device items and classes: new 'reuse-prevention syringe' items split from general syringes (Jeonnam Internet Newspaper via newsbox, February 2021)",
  url: "https://newsbox.co.kr/contents/6023cac64dbbb6a4da915bee",
  reviewed: R,
};
const mfdsInfusionSetItems = {
  title: "MFDS amends the Regulation on medical device items and classes (infusion sets for infusion pumps, eye gas kits with syringes) (Dailymedi, 31 October 2018)",
  url: "https://dailymedi.com/news/news_view.php?ca_id=2206&page=213&wr_id=836428",
  reviewed: R,
};

/** South Korea: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "KR",
  name: "South Korea",
  valuation: {
    basis: "CIF",
    note: "The dutiable value includes the cost of the goods plus insurance and freight (secondary source).",
    sources: [austradeKorea],
  },
  importTax: {
    id: "kr-import-tax",
    name: "Value-added tax (VAT) on imports",
    standardRatePercent: 10,
    note:
      "VAT Act Articles 4 and 30: 10% on imported goods unless exempt under Article 27 (e.g. certain goods imported by academic research or educational institutions for scientific or educational purposes, as prescribed by Presidential Decree). No general exemption for medicines or IMPs was found.",
    reliefs: [],
    sources: [vatActBlog, austradeKorea],
  },
  duties: [],
  import: [
    {
      kind: "permit",
      id: "kr-import-imp-standard-customs-clearance",
      materials: ["imp"],
      name: "Standard customs clearance report (표준통관예정보고) approved by the Korea Pharmaceutical Traders Association",
      authority: "Korea Pharmaceutical Traders Association (한국의약품수출입협회), under MFDS rules; Korea Customs Service checks the approval",
      scope: "per-shipment",
      holder: "importer",
      note:
        "IMPs (test drug, comparator, placebo) for a trial with MFDS clinical trial plan (IND) approval may be imported without a product licence, but each import must first have a standard customs clearance report filed by EDI and approved. Documents: business registration certificate, the IND approval letter, invoice, and the protocol pages showing the dose of the drug imported. For trials that do not need MFDS approval, MFDS issues a letter confirming the IMP, which replaces the IND approval in the same procedure.",
      sources: [mfdsFaqImp, paaArt42, helptradeEdi],
    },
    {
      kind: "permit",
      id: "kr-import-device-standard-customs-clearance",
      materials: ["device"],
      name: "Standard customs clearance report (표준통관예정보고) to KMDIA, using the import-requirement exemption (요건면제) for clinical-trial devices",
      authority: "Korea Medical Devices Industry Association (KMDIA), under MFDS rules",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Medical device imports clear customs only after a standard customs clearance report to KMDIA. Devices for clinical trials (including separate devices used incidentally in an approved drug or device trial) are exempt from the importer licence and product approval, but the importer must have the exemption application approved before import; KMDIA publishes a guideline with the forms for clinical-trial devices (secondary sources). KMDIA's procedure for clinical-trial devices: open an EDI account, obtain the confirmation for clinical-trial (or research, sample, own-use, review) devices from the competent regional MFDS office, send the clinical-trial item database to KMDIA (processed in order of receipt, about 2 to 3 days), then file the standard customs clearance report for approval.",
      sources: [kmdiaEntry, kmdiaClinicalSteps, deviceExemptionBlog, kmdiaGuideline],
    },
    {
      kind: "permit",
      id: "kr-import-ancillary-standard-customs-clearance",
      materials: ["ancillary"],
      name: "Standard customs clearance report (표준통관예정보고) to KMDIA for medical devices (with the import-requirement exemption (요건면제) where the item has no Korean licence)",
      authority: "Korea Medical Devices Industry Association (KMDIA), under MFDS rules; exemption confirmation for clinical-trial, research and sample devices from the competent regional MFDS office",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Ancillary supplies such as syringes and infusion sets are medical devices in Korea: MFDS's Regulation on medical device items and classes lists general syringes, reuse-prevention syringes and infusion sets for infusion pumps as device items (secondary sources). Every import of a medical device must first have a standard customs clearance report approved by KMDIA. Normally the importer needs a medical device import business licence and a product licence/certification/notification. Separate devices used incidentally in a clinical trial with MFDS plan approval (or in a trial that needs no approval), and devices used for research by research or educational institutions, are exempt from the licences, but the exemption must be confirmed (regional MFDS office confirmation, then KMDIA) before import.",
      sources: [kmdiaEntry, deviceExemptionBlog, mfdsSyringeItems, mfdsInfusionSetItems],
    },
    {
      kind: "permit",
      id: "kr-import-medical-device-supplies-standard-customs-clearance",
      materials: ["lab-kit", "equipment"],
      name: "Standard customs clearance report (표준통관예정보고) to KMDIA for medical devices and in-vitro diagnostic medical devices (with the import-requirement exemption (요건면제) where the item has no Korean licence)",
      authority: "Korea Medical Devices Industry Association (KMDIA), under MFDS rules; exemption confirmation for clinical-trial, research and sample devices from the competent regional MFDS office",
      onlyWhen: "the item is a medical device or an in-vitro diagnostic medical device under Korean law (e.g. blood collection tubes, IVD kits, ECG machines); general laboratory goods that are not medical devices are not covered here",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Every import of a medical device or IVD must first have a standard customs clearance report approved by KMDIA. Normally the importer needs a medical device import business licence and a product licence/certification/notification. Separate devices used incidentally in a clinical trial with MFDS plan approval (or in a trial that needs no approval), and devices used for research by research or educational institutions, are exempt from the licences, but the exemption must be confirmed (regional MFDS office confirmation, then KMDIA) before import. For clinical-trial devices KMDIA first registers the item database, which takes about 2 to 3 days.",
      sources: [kmdiaEntry, deviceExemptionBlog, kmdiaClinicalSteps, kormediExemption],
    },
    {
      kind: "permit",
      id: "kr-import-samples-high-risk-pathogen",
      materials: ["samples"],
      name: "Prior permit for import (반입허가) of high-risk pathogens (고위험병원체) under the Infectious Disease Control and Prevention Act",
      authority: "Korea Disease Control and Prevention Agency (KDCA), biosafety evaluation division",
      onlyWhen: "the samples are, or contain, a high-risk pathogen listed under the Infectious Disease Control and Prevention Act",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Bringing a high-risk pathogen into Korea needs a prior KDCA permit, and the recipient must report before taking it over. Other human samples are not covered by this entry (secondary source; scope per shipment is an assumption).",
      sources: [hallymPathogens],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "kr-export-samples-biological-agents",
      materials: ["samples"],
      name: "Prior export permit for biological agents and toxins (생물작용제·독소 수출 사전허가) / strategic items export permit under the Foreign Trade Act",
      authority: "Ministry of Trade, Industry and Energy (MOTIE), Bio-convergence Industry Division; Korea Biotechnology Industry Organization handles enquiries",
      onlyWhen:
        "the samples are, or contain, a biological agent or toxin listed under the Act on the Prohibition of Chemical and Biological Weapons and the Regulation of the Manufacture, Export and Import of Specific Chemicals and Biological Agents, or a strategic item under the Foreign Trade Act (e.g. isolates of listed pathogens)",
      scope: "per-shipment",
      holder: "exporter",
      note:
        "Exporting listed biological agents and toxins needs a prior permit; an export permit already obtained under the Foreign Trade Act (strategic items) replaces it. Ordinary human blood, serum, tissue or urine samples that contain no listed agent are not covered by this entry. Secondary source (a university biosafety office's table of pathogen rules by law); scope per shipment is an assumption.",
      sources: [hallymPathogens],
    },
  ],
  importerOfRecord: [
    {
      id: "kr-ior-imp",
      materials: ["imp"],
      who: "The holder of the MFDS clinical trial plan (IND) approval, filing with its Korean business registration certificate.",
      foreignSponsorMayAct: false,
      mustHold: ["kr-import-imp-standard-customs-clearance"],
      sources: [mfdsFaqImp],
    },
    {
      id: "kr-ior-device",
      materials: ["device"],
      who: "The Korean importer that has the import-requirement exemption for the clinical-trial devices approved and files the standard customs clearance report with KMDIA through its EDI account (secondary source for the exemption).",
      foreignSponsorMayAct: false,
      mustHold: ["kr-import-device-standard-customs-clearance"],
      sources: [kmdiaClinicalSteps, deviceExemptionBlog],
    },
    {
      id: "kr-ior-medical-device-supplies",
      materials: ["ancillary", "lab-kit", "equipment"],
      who: "For items that are medical devices or IVDs: a Korean medical device importer filing the standard customs clearance report with KMDIA through its EDI account, holding either the import business licence and product licence or an approved import-requirement exemption (e.g. for devices used incidentally in an approved trial, or for research by a research or educational institution).",
      foreignSponsorMayAct: false,
      mustHold: ["kr-import-ancillary-standard-customs-clearance", "kr-import-medical-device-supplies-standard-customs-clearance"],
      sources: [kmdiaEntry, deviceExemptionBlog],
    },
  ],
  exporterOfRecord: [],
  temporaryAdmission: {
    id: "kr-ata",
    ataCarnet: true,
    note:
      "Korea applies the Professional Equipment, Exhibitions and Fairs and Commercial Samples conventions; carnets are accepted for postal traffic and unaccompanied goods. Customs usually allows six months before re-export; ask Customs for an extension before the final date. National temporary admission also covers equipment for inspection and testing of export and import goods.",
    sources: [ataKorea, ataKoreaRoanoke],
  },
};

export default rules;
