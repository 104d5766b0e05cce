import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const drugImportProvisions = {
  title: "Provisions for Drug Importation (English translation, CCFDIE)",
  url: "https://www.ccfdie.org/en/yjxx/yphzp/webinfo/2017/01/1485506044378043.htm",
  reviewed: R,
};
const grpOneTime = {
  title: "One-time import of biological products for clinical trials in China (Global Regulatory Partners)",
  url: "https://globalregulatorypartners.com/one-time-import-of-biological-products-for-clinical-trials-in-china/",
  reviewed: R,
};
const imperialIor = {
  title: "2 Tips for Shipping Your Clinical Supplies Internationally (Imperial CRS)",
  url: "https://www.imperialcrs.com/blog/business-insights/2-tips-shipping-clinical-supplies-internationally/",
  reviewed: R,
};
const wilmerHgr = {
  title: "China to Strengthen Regulation of Human Genetic Resources (WilmerHale client alert, 2020)",
  url: "https://wilmerhale.com/en/insights/client-alerts/20200730-china-to-strengthen-regulation-of-human-genetic-resources",
  reviewed: R,
};
const hankunGuidelines = {
  title: "MOST Notice on Updating the Guidelines on Administrative Approval Items ... of Human Genetic Resources (Han Kun Law Offices)",
  url: "https://hankunlaw.com/en/portal/article/index/cid/8/id/13377",
  reviewed: R,
};
const hankunNhc = {
  title: "Han Kun Law Offices: HGR approval practice and transfer of HGR regulation from MOST to NHC (1 May 2024)",
  url: "https://hankunlaw.com/en/portal/article/index/cid/8/id/14216",
  reviewed: R,
};
const rapsHgr = {
  title: "China Human Genetic Resources (HGR) Regulations Updated (RAPS Connect discussion)",
  url: "https://connect.raps.org/discussion/china-human-genetic-resources-hgr-regulations-updated?hlmlt=VT",
  reviewed: R,
};
const baipharmHgrFaq = {
  title: "FAQs on China's Human Genetic Resources (BaiPharm / ChemLinked, translation of MOST FAQs, Sept 2023)",
  url: "https://baipharm.chemlinked.com/insights/faqs-on-chinas-human-genetic-resources-hgrs",
  reviewed: R,
};
const triviumNhc = {
  title: "MoST officially offloads human genetics oversight (Trivium China, 27 Apr 2024)",
  url: "https://triviumchina.com/2024/04/27/most-officially-offloads-human-genetics-oversight/",
  reviewed: R,
};
const gaccSpecialArticles = {
  title: "Administrative Provisions on Entry-Exit Health Quarantine for Special Articles (GACC, revised Nov 2018; English translation, re-code.org)",
  url: "https://www.re-code.org/article/1300?categoryid=90",
  reviewed: R,
};
const specialArticlesArt6to9 = {
  title: "Entry-Exit Special Articles Health Quarantine Provisions, Chapter II Quarantine Approval, Articles 6-9 (English translation)",
  url: "https://woyaojiankangwang.com/Medicalequipment/pypuntgpwx.html",
  reviewed: R,
};
const specialArticlesCceec = {
  title: "Import Procedures for Vaccines, Antigens, Plasma & Other Special Items (CCEEC, Apr 2025)",
  url: "https://cceeccic.org/586187828.html",
  reviewed: R,
};
const vatReform2019 = {
  title: "China VAT reform: Announcement [2019] No. 39, 16% to 13% from 1 April 2019 (WTS Global)",
  url: "https://wts.com/global/publishing-article/20190524-china-vat-nl~publishing-article?document%5B____pimcore_cache_item__%5D=document_422&search%5Bterm%5D=natenberg",
  reviewed: R,
};
const vatReformExpeditors = {
  title: "China announces VAT reform measures (Expeditors)",
  url: "https://info.expeditors.com/newsflash/china-announces-vat-reform-measures",
  reviewed: R,
};
const vat3pctList3 = {
  title: "China to cut VAT on the 3rd list of anti-cancer and rare disease drugs (BaiPharm / ChemLinked)",
  url: "https://baipharm.chemlinked.com/news/china-to-cut-vat-on-the-3rd-list-of-anti-cancer-and-rare-disease-drugs",
  reviewed: R,
};
const vat3pctHktdc = {
  title: "China Cuts VAT for Second Batch of Anti-Cancer and Rare Disease Drugs (HKTDC, Oct 2020)",
  url: "https://hkmb.hktdc.com/en/NTU4Mzc1NzA4/hktdc-research/China-Cuts-VAT-for-Second-Batch-of-Anti-Cancer-and-Rare-Disease-Drugs",
  reviewed: R,
};
const valuationMeasures = {
  title: "Measures of the Customs for Determining the Dutiable Value of Imported and Exported Goods (GACC Order No. 213; Global-Regulation translation)",
  url: "https://www.global-regulation.com/translation/china/159305/peoples-republic-of-china-customs-import-and-export-goods-duty-paid-price-approach.html",
  reviewed: R,
};
const customsLawArt55 = {
  title: "Customs Law of the PRC, Article 55 (customs value of imported goods) (reproduction)",
  url: "https://wodefinance.com/Futuresplatform/ddaegwtujz.html",
  reviewed: R,
};
const hts382219 = {
  title: "2025 China HS code 3822190090: other diagnostic or laboratory reagents (HTSHub)",
  url: "https://htshub.com/cn-hs/detail/3822190090",
  reviewed: R,
};
const hts300215 = {
  title: "2026 China HS code comparison 3002410011 / 3002150090: immunological products in measured doses (HTSHub)",
  url: "https://www.htshub.com/cn-hs/compare-htscode/3002410011-3002150090",
  reviewed: R,
};
const gaccAgency3004 = {
  title: "China HS code search: 3004909099 other medicaments put up in measured doses (General 30%, MFN 0%, VAT 13%) (china-gacc.agency)",
  url: "https://www.china-gacc.agency/China_HS_code/China_HS_Search.asp?page=111&word=3",
  reviewed: R,
};
const gaccAgency3004b = {
  title: "China HS code search: 3004 single preparations in measured doses, MFN 0% (china-gacc.agency)",
  url: "https://china-gacc.agency/China_HS_CIQ_code/Head_search.asp?page=1&word=3004",
  reviewed: R,
};
const gaccAgency9018 = {
  title: "China HS code search: heading 9018, e.g. 9018110000 electro-cardiographs (General 17%, MFN 0%, VAT 13%) (china-gacc.agency)",
  url: "https://china-gacc.agency/China_HS_CIQ_code/Head_search.asp?page=-1&word=9018",
  reviewed: R,
};
const chineseTariff90189 = {
  title: "Chinese tariff list 90189: other instruments and appliances used in medical sciences (MFN, temporary and VAT rates) (chinesetariff.com)",
  url: "https://www.chinesetariff.com/list/90189",
  reviewed: R,
};
const kwmImpImport = {
  title: "药物临床试验中进口试验药物的贸易合规问题 (trade compliance issues for imported investigational drugs in clinical trials) (King & Wood Mallesons, 2022)",
  url: "https://www.kwm.com/cn/zh/insights/latest-thinking/trade-compliance-issues-concerning-imported-medicine-in-drug-clinical-trial.html",
  reviewed: R,
};
const gaccAgency9027 = {
  title: "China HS code search: 9027201200 liquid chromatographs and 9027201900 other chromatographs (General 17%, MFN 0%, VAT 13%) (china-gacc.agency)",
  url: "https://china-gacc.agency/China_HS_code/China_HS_Search.asp?page=45&word=9",
  reviewed: R,
};
const lianlianDevices = {
  title: "医疗器械进口 (importing medical devices into China: registration/filing certificate, customs verification and inspection) (LianLian Pay trade wiki)",
  url: "https://global.lianlianpay.com/article_wiki/32-98360.html",
  reviewed: R,
};
const gaccAgencyFreezer = {
  title: "China HS code search: 8418402900 upright freezers not exceeding 500 L, refrigerating temperature above -40 °C (General 130%, MFN 8%, VAT 13%) (china-gacc.agency)",
  url: "https://www.china-gacc.agency/China_HS_code/China_HS_Search.asp?page=191&word=i",
  reviewed: R,
};
const otechDeviceSamples = {
  title: "Q&A: 无国内注册证的医疗器械检测样品怎么进口? (how to import medical device samples without a Chinese registration certificate, for registration testing and clinical trials) (Otech customs services, Oct 2021)",
  url: "https://www.otechsolution.com/index.php?s=/Index/pageView/catid/47/id/1046.html",
  reviewed: R,
};
const shanghaiCustomsRecordation = {
  title: "Customs registration (recordation of import consignees, export consignors and customs brokers; temporary recordation for non-trade imports and exports) (Shanghai Municipal Government, International Trade, Dec 2023)",
  url: "https://english.shanghai.gov.cn/en-InternationalTrade/20231209/7a3d4a5c544f4b21b4310f090e451e8a.html",
  reviewed: R,
};
const ataChina = {
  title: "China (CN): ATA Carnet country information (DigiChambers)",
  url: "https://docs.digichambers.be/en/china-cn-3/",
  reviewed: R,
};

const snAnpaClasses = {
  title: "Classification of Class I, II and III medical devices (disposable sterile syringes, infusion sets and blood samplers listed as Class III) (sn-anpa.com, secondary source)",
  url: "https://www.sn-anpa.com/News_dt/5.html",
  reviewed: R,
};
const woyaoSyringeClass = {
  title: "Disposable syringes belong to Class III medical devices (6815 injection and puncture devices); disposable infusion sets Class III (6866) (woyaojiankangwang.com, secondary source)",
  url: "https://woyaojiankangwang.com/Medicalequipmententerprise/lmgiursvzy.html",
  reviewed: R,
};

/** China: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "CN",
  name: "China",
  valuation: {
    basis: "CIF",
    note:
      "The dutiable value is the transaction value plus transport, related charges and insurance up to the place of entry, before unloading.",
    sources: [valuationMeasures, customsLawArt55],
  },
  importTax: {
    id: "cn-import-tax",
    name: "Import value-added tax (VAT)",
    standardRatePercent: 13,
    note: "The 16% rate was cut to 13% from 1 April 2019 (Announcement [2019] No. 39 of MOF, STA and GACC).",
    reliefs: [
      {
        id: "cn-import-tax-anticancer-rare-3",
        headings: ["3002", "3004"],
        ratePercent: 3,
        condition:
          "Only for anti-cancer and rare-disease drugs (and their APIs) on the lists published by MOF, GACC, STA and NMPA, which must first be approved for registration by NMPA. A product not on a list pays the standard rate.",
        sources: [vat3pctList3, vat3pctHktdc],
      },
    ],
    sources: [vatReform2019, vatReformExpeditors],
  },
  duties: [
    {
      id: "cn-duty-3004",
      heading: "3004",
      ratePercent: 0,
      note: "Medicaments in measured doses or retail packings: the tariff lines shown (e.g. 3004909099 'other medicaments put up in measured doses' and single preparations of 300432/300439) carry an MFN rate of 0% (general rate 30% for countries without MFN treatment). Secondary source reproducing the Chinese tariff; check the 10-digit line of the product.",
      sources: [gaccAgency3004, gaccAgency3004b],
    },
    {
      id: "cn-duty-300215",
      heading: "300215",
      ratePercent: 0,
      note: "Immunological products in measured doses or retail packings (tariff line 3002150090): MFN rate 3%, provisional import rate 0% (secondary source; provisional rates are set each year).",
      sources: [hts300215],
    },
    {
      id: "cn-duty-382219",
      heading: "382219",
      ratePercent: 3,
      note: "Other diagnostic or laboratory reagents, including kits: MFN 3% (secondary source, 2025 tariff).",
      sources: [hts382219],
    },
    {
      id: "cn-duty-901811",
      heading: "901811",
      ratePercent: 0,
      note: "Electro-cardiographs (9018110000): MFN 0% (general rate 17% for countries without MFN treatment); import VAT 13%. Other electro-diagnostic apparatus differ, e.g. B-mode ultrasonic diagnostic equipment 3.5% and colour ultrasonic units 2.5% (secondary source reproducing the Chinese tariff). Additional tariffs on goods of US origin are not included.",
      sources: [gaccAgency9018],
    },
    {
      id: "cn-duty-901890",
      heading: "901890",
      ratePercent: 4,
      note: "Other instruments and appliances used in medical, surgical or veterinary sciences: MFN 4% for the residual line 9018909919 (and e.g. stethoscopes, most sphygmomanometers and non-electric anaesthetic apparatus), but 0% for electronic complete units (9018909911), endoscopes, dialysis, diathermy and blood-transfusion apparatus. Secondary source; check the 10-digit line. Additional tariffs on goods of US origin are not included.",
      sources: [chineseTariff90189],
    },
    {
      id: "cn-duty-902720",
      heading: "902720",
      ratePercent: 0,
      note: "Chromatographs (liquid chromatographs 9027201200 and other chromatographs 9027201900): MFN 0% (general rate 17%), import VAT 13%. Other 9027 lines (e.g. spectrometers, flow cytometers, gene sequencers) are not covered here. Secondary source reproducing the Chinese tariff; additional tariffs on goods of US origin are not included.",
      sources: [gaccAgency9027],
    },
    {
      id: "cn-duty-841840",
      heading: "841840",
      ratePercent: 9,
      lowestRatePercent: 8,
      note: "Upright freezers: 8% MFN for tariff line 8418402900 (upright freezers of not more than 500 L whose refrigerating temperature is above -40 °C; general rate 130%, import VAT 13%). Ultra-low upright freezers (refrigerating temperature -40 °C or below, a separate tariff line), typical for sample storage at -80 °C, may carry a different rate that was not confirmed: check the 10-digit line. Chest freezers (841830) and combined refrigerator-freezers (841810, 8-9%) are not covered here. Secondary sources reproducing the Chinese tariff; additional tariffs on goods of US origin are not included. Ultra-low upright freezers (-40 °C or below, national line 8418.40.10), the usual sample freezers, are 9% MFN in the 2026 schedule (secondary source): estimated at 9% until the national line is known.",
      sources: [
        { title: "DutyLane: China 8418.4010 ultra-low upright freezers (-40 °C or below), 2026 MFN rate (secondary source)", url: "https://dutylane.com/bridge/8418.4010", reviewed: R },gaccAgencyFreezer],
    },
  ],
  import: [
    {
      kind: "permit",
      id: "cn-import-imp-customs-clearance-note",
      materials: ["imp"],
      name: "Customs Clearance Note for Imported Drugs (进口药品通关单), issued on import filing (进口备案) at the port drug administration",
      authority: "Port drug regulatory department (port medical products administration) under NMPA; Customs releases against it",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Drugs must enter through a State Council-designated drug import port. The importer applies to the drug regulatory department at that port ('import filing') for the clearance document, which it may do only after holding the relevant NMPA import licence or import approval. A 2022 law-firm analysis reads Article 19 of the Drug Import Measures as covering investigational drugs ('samples or comparators needed for new-drug research and registration'): they need an Imported Drug Approval (进口药品批件, 'one-time import') from NMPA, and then the import filing at the port drug administration; separate notices govern one-time import of comparators and reference biologics. For reference biologics used in biosimilar trials, CDE grants a one-time import approval that names the port, after which the applicant obtains the clearance document from the port drug administration with its business licence, contract, packing list, bill of lading and invoice. Lead time not covered.",
      sources: [drugImportProvisions, grpOneTime, kwmImpImport],
    },
    {
      kind: "permit",
      id: "cn-import-device-samples-declaration",
      materials: ["device"],
      name: "Import declaration as samples (样品) for medical device registration testing or clinical trial, supported by the registration / clinical trial application documents",
      authority: "General Administration of Customs (GACC): the port customs, which verifies the devices after import",
      scope: "per-shipment",
      holder: "importer",
      note:
        "A medical device without a Chinese registration certificate that is needed for registration testing or a clinical trial can be declared for import as samples; under Article 6 of the Implementing Regulations of the Import and Export Commodity Inspection Law such samples are exempt from commodity inspection. The importer provides the application materials for registration (or filing) with the declaration, and Customs carries out verification of the devices after import. The final decision rests with the port customs on site, so confirm the documents with the customs broker before shipping. Class II and III registrations are applied for by the foreign manufacturer through a designated Chinese legal entity (secondary source, 2021).",
      sources: [otechDeviceSamples, lianlianDevices],
    },
    {
      kind: "permit",
      id: "cn-import-ancillary-labkit-md-registration",
      materials: ["ancillary", "lab-kit"],
      name: "NMPA medical device registration certificate (医疗器械注册证) or Class I filing certificate (备案凭证), with its number declared to Customs",
      authority: "National Medical Products Administration (NMPA) issues it; the General Administration of Customs (GACC) verifies it on import and inspects the goods",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Ancillary supplies and sample-collection devices are medical devices in China: China's classification catalogue lists disposable sterile syringes, disposable infusion and transfusion sets, disposable intravenous and injection needles and disposable blood samplers among the strictly controlled Class III devices (older catalogue numbering, e.g. 6815 injection and puncture devices; secondary sources). Imported medical devices must hold an NMPA registration (Class II/III) or filing (Class I), obtained by the foreign manufacturer through a Chinese legal entity as its agent; the number is filled in on each import declaration and Customs checks it electronically against the NMPA data and inspects the goods; goods that fail may not be imported. Kit contents that are not medical devices (e.g. shipping boxes, labels) are not covered by this need. How Customs treats unregistered supplies provided only for a clinical trial is not covered (secondary sources).",
      sources: [lianlianDevices, snAnpaClasses, woyaoSyringeClass],
    },
    {
      kind: "permit",
      id: "cn-import-medical-device-registration",
      materials: ["equipment"],
      name: "NMPA medical device registration certificate (医疗器械注册证) or Class I filing certificate (备案凭证), with its number declared to Customs",
      authority: "National Medical Products Administration (NMPA) issues it; the General Administration of Customs (GACC) verifies it on import and inspects the goods",
      onlyWhen: "the equipment is itself a medical device or in-vitro diagnostic instrument under Chinese regulation (e.g. an ECG machine); general laboratory equipment that is not a medical device is not covered here",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Imported medical devices must hold an NMPA registration (Class II/III) or filing (Class I), obtained by the foreign manufacturer through a Chinese legal entity as its agent; the number is filled in on each import declaration and Customs checks it electronically against the NMPA data. Customs inspects imported medical devices (normally at the declared destination, or at the place of use for equipment needing installation); goods that fail may not be imported. Some equipment also needs an automatic import licence, and products in the compulsory certification (CCC) catalogue need that certificate. How Customs treats unregistered devices supplied only for a clinical trial is not covered (secondary source).",
      sources: [lianlianDevices],
    },
    {
      kind: "permit",
      id: "cn-import-samples-special-articles",
      materials: ["samples"],
      name: "Entry/Exit Special Articles Health Quarantine Approval (入/出境特殊物品卫生检疫审批单)",
      authority: "General Administration of Customs (GACC): the directly-affiliated customs of the destination",
      scope: "per-shipment",
      holder: "consignee",
      note:
        "Human tissues, blood and blood products, microorganisms and biological products are 'special articles' (items regulated as drugs or medical devices are outside this procedure). Applications go through the customs special-articles health quarantine supervision system. The consignee or its agent applies to the customs directly under GACC at the destination before the goods arrive and must show biosafety control capability and any approvals other laws require. Scope per shipment is an assumption; the approval form may cover more than one consignment within its validity.",
      sources: [gaccSpecialArticles, specialArticlesArt6to9, specialArticlesCceec],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "cn-export-samples-hgr-exit",
      materials: ["samples"],
      name: "Administrative licence for the exit of Chinese human genetic resources materials (中国人类遗传资源材料出境行政许可)",
      authority: "National Health Commission (human genetic resources administration; Ministry of Science and Technology until 2024)",
      scope: "per-trial",
      holder: "exporter",
      note:
        "Required to send HGR materials (organs, tissues, cells, blood and other samples containing human genomes) out of China; the 2023 MOST guidelines include a separate service guide for this exit licence. The Chinese party to the international cooperation files the application; if the export plan is part of an approved cooperation project, the exit permit is issued after that approval. International clinical trials for registration can in some conditions use a filing rather than the cooperation approval. Oversight moved from MOST to the National Health Commission on 1 May 2024, with the application process and system unchanged. International cooperation approvals were reported to take on average 16 to 20 working days; the exit licence's own lead time is not covered.",
      sources: [hankunGuidelines, wilmerHgr, hankunNhc, triviumNhc, rapsHgr, baipharmHgrFaq],
    },
    {
      kind: "permit",
      id: "cn-export-samples-special-articles",
      materials: ["samples"],
      name: "Entry/Exit Special Articles Health Quarantine Approval (入/出境特殊物品卫生检疫审批单) for exit",
      authority: "General Administration of Customs (GACC): the directly-affiliated customs where the articles are located",
      scope: "per-shipment",
      holder: "exporter",
      note:
        "The owner or its agent applies to the customs where the articles are located before shipment. A condition of approval is holding any approval other laws require, which for human samples containing human genetic resources means the HGR exit licence.",
      sources: [gaccSpecialArticles, specialArticlesArt6to9],
    },
  ],
  importerOfRecord: [
    {
      id: "cn-ior-imp",
      materials: ["imp"],
      who:
        "The sponsor, through its legal entity in China; the applicant for the port import filing must present its Chinese business licence / legal registration certificate (secondary sources).",
      foreignSponsorMayAct: false,
      mustHold: ["cn-import-imp-customs-clearance-note"],
      note: "A third-party IOR (CRO or distributor) is reported not to be accepted for clinical supplies in China (secondary source, 2017).",
      sources: [imperialIor, grpOneTime],
    },
    {
      id: "cn-ior-device",
      materials: ["device"],
      who: "A Chinese importer that declares the investigational devices to Customs as samples with the registration or clinical trial documents, typically the Chinese legal entity designated by the foreign manufacturer as its registration agent or a customs broker acting for it (secondary source).",
      foreignSponsorMayAct: false,
      mustHold: ["cn-import-device-samples-declaration"],
      note: "Foreign manufacturers must act through a designated Chinese legal entity for registration and filing; no source describes a foreign sponsor without a Chinese entity declaring the import itself.",
      sources: [otechDeviceSamples, lianlianDevices],
    },
    {
      id: "cn-ior-medical-device-supplies",
      materials: ["ancillary", "lab-kit", "equipment"],
      who: "For items that are medical devices: a Chinese importer declaring the NMPA registration or filing number; the registration itself is held by the foreign manufacturer through its designated Chinese legal entity (secondary source).",
      foreignSponsorMayAct: false,
      mustHold: ["cn-import-ancillary-labkit-md-registration", "cn-import-medical-device-registration"],
      sources: [lianlianDevices],
    },
    {
      id: "cn-ior-samples",
      materials: ["samples"],
      who: "The consignee in China (e.g. the receiving laboratory) or its agent, which applies for the special articles health quarantine approval and must show biosafety control capability for the articles.",
      foreignSponsorMayAct: false,
      mustHold: ["cn-import-samples-special-articles"],
      sources: [gaccSpecialArticles, specialArticlesArt6to9],
    },
  ],
  exporterOfRecord: [
    {
      id: "cn-eor-goods",
      materials: ["imp", "device", "ancillary", "lab-kit", "equipment"],
      who:
        "The export consignor recorded with Chinese Customs, which must be a market entity established in China (e.g. the sponsor's Chinese subsidiary, a CRO, a depot or a distributor), declaring itself or through a customs broker it entrusts. For non-trade import and export activities, entities such as permanent representative offices of foreign enterprises in China apply for temporary recordation instead.",
      foreignSponsorMayAct: false,
      note:
        "The export declaration is made by the consignor when the goods reach the customs supervision area and at least 24 hours before loading. A sponsor with no entity or representative office in China cannot be the consignor itself. Export permits for investigational drugs and devices are not covered here.",
      sources: [shanghaiCustomsRecordation],
    },
    {
      id: "cn-eor-samples",
      materials: ["samples"],
      who: "A Chinese legal entity (e.g. the sponsor's Chinese entity or the Chinese partner institution) holding the HGR exit approval.",
      foreignSponsorMayAct: false,
      mustHold: ["cn-export-samples-hgr-exit", "cn-export-samples-special-articles"],
      sources: [wilmerHgr, hankunGuidelines],
    },
  ],
  temporaryAdmission: {
    id: "cn-ata",
    ataCarnet: true,
    note:
      "China applies the Istanbul Convention Annexes A, B1, B2 (professional equipment) and B3; the extension to B2 and B3 was announced in GACC Announcement No. 13 of 2019, and sports goods are accepted from 2020. Older sources that say carnets are accepted for fairs and exhibitions only predate this. Carnets are not accepted for postal traffic.",
    sources: [ataChina],
  },
};

export default rules;
