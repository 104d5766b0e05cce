import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const kinkiClinical = {
  title: "Kinki Regional Bureau of Health and Welfare: 臨床試験に用いるために輸入する場合 (importing for use in clinical trials; updated 5 July 2024)",
  url: "https://kouseikyoku.mhlw.go.jp/kinki/iji/rinnsyousiken.html",
  reviewed: "2026-12-06",
};
const impConfSystem = {
  title: "MHLW Application for Import Confirmation: Terms of Use (PMD Act Article 56-2)",
  url: "https://impconf.mhlw.go.jp/termsofuse_en.htm",
  reviewed: R,
};
const customsTax1111 = {
  title: "Japan Customs Answer 1111: Calculation Method of Amount of Tariff Duty, Consumption Tax, etc.",
  url: "https://www.customs.go.jp/english/c-answer_e/imtsukan/1111_e.htm",
  reviewed: R,
};
const customsValuation1403 = {
  title: "Japan Customs Answer 1403: Primary Method to Determine the Customs Value of Imported Goods",
  url: "https://www.customs.go.jp/english/c-answer_e/imtsukan/1403_e.htm",
  reviewed: R,
};
const customsValuation1404 = {
  title: "Japan Customs Answer 1404: Alternative Methods to Determine the Customs Value of Imported Goods",
  url: "https://www.customs.go.jp/english/c-answer_e/imtsukan/1404_e.htm",
  reviewed: R,
};
const customsDeMinimis1006 = {
  title: "Japan Customs Answer 1006: Duty exemption for goods at a total customs value of 10,000 yen or less",
  url: "https://www.customs.go.jp/english/c-answer_e/imtsukan/1006_e.htm",
  reviewed: R,
};
const wtoPharma = {
  title: "WTO: The WTO's Pharma Agreement",
  url: "https://www.wto.org/english/tratop_e/pharma_ag_e/pharma_agreement_e.htm",
  reviewed: R,
};
const jpTariff9018 = {
  title: "Japan's Tariff Schedule (Statistical Code for Import), April 2024: 9018.50-9018.90 (HTSHub)",
  url: "https://htshub.com/jp-hs/chapter/90-7",
  reviewed: R,
};
const customsAta7303 = {
  title: "Japan Customs Answer 7303: Export/Import Procedure Using ATA Carnet (Foreign Carnet)",
  url: "https://www.customs.go.jp/english/c-answer_e/keitaibetsuso/7303_e.htm",
  reviewed: R,
};
const ataJapanDigichambers = {
  title: "Japan (JP): ATA Carnet country information (DigiChambers)",
  url: "https://docs.digichambers.be/fr/japan-jp-2/",
  reviewed: R,
};
const credevoImp = {
  title: "Import of IMPs into Japan for clinical trials (Credevo)",
  url: "https://credevo.com/articles/2020/12/25/imps-import-into-japan/",
  reviewed: R,
};
const credevo2026 = {
  title: "Top 5 challenges for shipping clinical trial materials to Japan (Credevo, Jan 2026)",
  url: "https://credevo.com/articles/2026/01/25/top-5-challenges-for-shipping-clinical-trial-materials-to-japan-how-sponsors-and-cros-can-overcome-them",
  reviewed: R,
};
const pciJapan = {
  title: "Importing Clinical Supplies into Japan (PCI Pharma Services)",
  url: "https://pci.com/resources/importing-clinical-supplies-into-japan/",
  reviewed: R,
};
const yushutsuBlood = {
  title: "血液製剤の輸出承認について (export approval for blood products under Export Trade Control Order Appendix 2 item 19) (yushutsu.com reproduction of the METI notice)",
  url: "https://yushutsu.com/ketueki/",
  reviewed: R,
};
const hemophiliaBlood = {
  title: "海外渡航をする場合の製剤の持ち出しに関して (Japan Hemophilia Network: export of blood products needs METI approval under the Export Trade Control Order; MHLW notice of 16 May 2017)",
  url: "https://hemophilia-japan.org/news/2017-05-22.html",
  reviewed: R,
};
const iyakuhinYakkan = {
  title: "薬監証明について: 発行理由 (reasons for which an import confirmation is issued, incl. clinical trials and testing/research use) (iyakuhin.info)",
  url: "https://www.iyakuhin.info/yakkan/",
  reviewed: R,
};
const nakasakiDevices = {
  title: "Importing Medical Devices, etc. (Nakasaki Law Office, June 2021): business imports need a marketing licence; other imports need import verification",
  url: "https://nakasaki-law.com/en/2021/06/25/importing-medical-devices-etc/",
  reviewed: R,
};
const aplashIor = {
  title: "Importing medical devices into Japan: PMD Act approval and the customs importer of record are separate layers (aplash.io)",
  url: "https://aplash.io/blog/ywqcft",
  reviewed: R,
};
const idaIcc = {
  title: "Clinical Trial In-Country Caretaker (CT-ICC) (IDA / Covance)",
  url: "https://www.i-d-a.com/ida-services/clinical-trial-in-country-caretaker-ct-icc/",
  reviewed: R,
};

const mhlwExportNotification = {
  title: "MHLW notice 薬食審査発第1111001号 (11 Nov 2008): 輸出用医薬品等の届出の取扱いについて (export notification under PMD Act Enforcement Order Article 74)",
  url: "https://www.mhlw.go.jp/web/t_doc?dataId=00tb4620&dataType=1&pageNo=1",
  reviewed: R,
};
const jetroDrugExport = {
  title: "JETRO Q&A: 医薬品輸出における日本での許可事項 (PMD Act requirements when exporting medicines from Japan)",
  url: "https://www.jetro.go.jp/world/qa/04A-000925.html",
  reviewed: R,
};
const ecomplianceDeviceExport = {
  title: "13.3 輸出入に関する手続き: 医療機器輸出の基本手続き (eCompliance guide for medical device start-ups)",
  url: "https://ecompliance.jp/?p=15919",
  reviewed: R,
};
const customsAcp9601 = {
  title: "Japan Customs Answer 9601: Customs Clearance Procedures for Persons Living Abroad (Attorney for Customs Procedures)",
  url: "https://www.customs.go.jp/english/c-answer_e/sonota/9601_e.htm",
  reviewed: R,
};
const skAdvisoryAcp = {
  title: "Announcement from Japan Customs: mandatory to use ACP in many cases (importer definition revised 1 Oct 2023) (SK Advisory)",
  url: "https://skadvisory.jp/en/announcement-from-japan-customs-directive-to-use-acp-attorney-for-customs-procedure/",
  reviewed: R,
};
const acpJapan = {
  title: "What is Japan ACP: Attorney for Customs Procedures (non-resident importer and exporter of record) (ACP Japan)",
  url: "https://acpjapan.jp/?p=56",
  reviewed: R,
};

const jetroDeviceImport = {
  title: "JETRO: 医療機器の輸入手続き:日本 (medical devices cannot be imported without permission under the PMD Act)",
  url: "https://www.jetro.go.jp/world/qa/04M-010754.html",
  reviewed: R,
};
const shigyoClassI = {
  title: "一般医療機器の届出 (Class I general medical devices, e.g. 汎用注射筒 general-purpose syringe, 再使用可能な注射用針) (サポート行政書士法人, secondary source)",
  url: "https://shigyo.co.jp/search_post/medical-cosmetics-liquor/iryo-kiki/%e4%b8%80%e8%88%ac%e5%8c%bb%e7%99%82%e6%a9%9f%e5%99%a8%e3%81%ae%e7%99%bb%e9%8c%b2",
  reviewed: R,
};
const rsoUnapprovedImport = {
  title: "RSO 薬事FAQ: 国内で承認等を受けていない海外の医療機器を輸入する場合 (imports for company clinical trials are not 'business' imports; import report confirmed by the Regional Bureau)",
  url: "https://rso.or.jp/rafaq/q%EF%BC%9A%E5%8C%BB%E5%B8%AB%E3%82%88%E3%82%8A%E5%9B%BD%E5%86%85%E3%81%A7%E6%89%BF%E8%AA%8D%E7%AD%89%E3%82%92%E5%8F%97%E3%81%91%E3%81%A6%E3%81%84%E3%81%AA%E3%81%84%E6%B5%B7%E5%A4%96%E3%81%AE%E5%8C%BB/",
  reviewed: R,
};

/** Japan: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "JP",
  name: "Japan",
  valuation: {
    basis: "CIF",
    note:
      "Transaction value plus transport, insurance and other costs of carrying the goods to the port of importation. Goods without a sale to a buyer in Japan (free consignments, goods on loan that remain the sender's property, intra-company shipments to branches) are valued by the alternative methods.",
    sources: [customsValuation1403, customsValuation1404],
  },
  importTax: {
    id: "jp-import-tax",
    name: "Consumption tax (national 7.8% + local 2.2%)",
    standardRatePercent: 10,
    note: "Charged on the customs (CIF) value plus customs duty.",
    reliefs: [],
    sources: [customsTax1111],
  },
  duties: [
    {
      id: "jp-duty-3002",
      heading: "3002",
      ratePercent: 0,
      zeroForZero: true,
      note: "Japan participates in the WTO Pharmaceutical Agreement, which binds HS chapter 30 products duty-free.",
      sources: [wtoPharma],
    },
    {
      id: "jp-duty-3004",
      heading: "3004",
      ratePercent: 0,
      zeroForZero: true,
      note: "Japan participates in the WTO Pharmaceutical Agreement, which binds HS chapter 30 products duty-free.",
      sources: [wtoPharma],
    },
    {
      id: "jp-duty-901890",
      heading: "901890",
      ratePercent: 0,
      note: "Other medical instruments and appliances: Free (secondary source reproducing Japan's Tariff Schedule, April 2024).",
      sources: [jpTariff9018],
    },
  ],
  deMinimis: {
    id: "jp-de-minimis",
    amount: 10000,
    currency: "JPY",
    covers: "duty-and-tax",
    valueBasis: "customs-value",
    note: "Goods with a total customs value of 10,000 yen or less per declaration are exempt from customs duty and consumption tax (some designated articles excluded; splitting an invoice does not help).",
    sources: [customsDeMinimis1006],
  },
  import: [
    {
      kind: "permit",
      id: "jp-import-imp-ctn",
      materials: ["imp", "device", "lab-kit"],
      name: "Clinical Trial Notification (治験計画届書) submitted to PMDA, covering the trial's products: the basis for clearing them at Customs without an import confirmation",
      authority: "Pharmaceuticals and Medical Devices Agency (PMDA)",
      scope: "per-trial",
      holder: "sponsor",
      note:
        "When a Clinical Trial Notification has been submitted to PMDA, the trial drug, concomitant drugs and products used for tests in the trial (e.g. blood collection tubes, in-vitro diagnostics) are cleared by Customs alone (税関限り), without an import confirmation (Yunyu Kakunin-sho, formerly 'Yakkan Shoumei') from the Regional Bureau of Health and Welfare. So the notification is what every import of the trial's products relies on, as a US IND is: file it before the first shipment, and give the customs broker what it needs to show that the goods are covered (confirm which document Customs asks for). Without it, the import confirmation rule applies. The source speaks of unapproved 'drugs etc.' (医薬品等), the term that also covers investigational devices and IVDs under a device clinical trial notification. No processing time was taken from this source.",
      sources: [kinkiClinical],
    },
    {
      kind: "permit",
      id: "jp-import-ancillary-pmd-act-authorisation",
      materials: ["ancillary"],
      name: "PMD Act authority to import the medical devices: the importer's marketing business licence (医療機器製造販売業許可) with the product's notification, certification or approval, or, for items imported not as a business (e.g. for a clinical trial), an import confirmation (輸入確認証, formerly 薬監証明)",
      authority: "Prefectural governor (marketing business licence); Regional Bureau of Health and Welfare, Ministry of Health, Labour and Welfare (import confirmation)",
      scope: "per-importer",
      holder: "importer",
      note:
        "Ancillary supplies such as syringes and injection needles are medical devices in Japan (e.g. the general-purpose syringe 汎用注射筒 is a Class I general medical device; secondary source), and medical devices are regulated under the PMD Act and cannot be imported without its permission. A company importing to sell or supply as a business needs a marketing business licence of the type for the device class and the product's notification, certification or approval, depending on the device class. Imports by a manufacturer or marketing authorisation holder as samples or for use in clinical trials do not count as business imports: unapproved devices are then imported with an import report confirmed by the Regional Bureau of Health and Welfare (the import confirmation), shown to Customs; see also the Clinical Trial Notification route for products used for tests in a notified trial. Confirm with the Regional Bureau which route applies to the supplies.",
      sources: [jetroDeviceImport, shigyoClassI, rsoUnapprovedImport, kinkiClinical],
    },
    {
      kind: "permit",
      id: "jp-import-imp-yunyu-kakunin",
      materials: ["imp", "device", "lab-kit"],
      name: "Import confirmation certificate (輸入確認証 / Yunyu Kakunin-sho; formerly 薬監証明 'Yakkan Shoumei')",
      onlyWhen: "no PMDA Clinical Trial Notification (or specified clinical research plan) covers the goods, or a company imports unapproved test items to supply to the trial's sponsor",
      authority: "Regional Bureau of Health and Welfare, Ministry of Health, Labour and Welfare (MHLW)",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Needed under PMD Act Article 56-2 when unapproved drugs, devices or IVDs are imported for a clinical study that is NOT covered by a Clinical Trial Notification to PMDA (or a specified clinical research plan), and when a company imports unapproved test items (concomitant drugs, blood tubes, IVDs, not the trial drug itself) to label and supply to another company that sponsors a notified trial. Application: application form (2 copies), study plan (or a plan estimate for bulk import for several studies, plus an import progress table for split shipments), invoice copy and AWB/B/L copy; applications can be made through MHLW's online import-confirmation system. Lead time: an importing agent reported in April 2021 that the Kanto-Shinetsu Regional Bureau issued the import confirmation about 1 working day after receiving a postal application, about 3 working days from posting to return (secondary source); working days converted to calendar days.",
      leadTimeDays: 5,
      sources: [kinkiClinical, impConfSystem, { title: "クスリネット: 輸入確認証(旧薬監証明)発給までの期間 2021年4月版 (secondary source)", url: "https://www.kusuri.net/doodles/ipreport/", reviewed: R }],
    },
    {
      kind: "permit",
      id: "jp-import-equipment-yunyu-kakunin",
      materials: ["equipment"],
      name: "Import confirmation certificate (輸入確認証 / Yunyu Kakunin-sho; formerly 薬監証明 'Yakkan Shoumei') for testing and research use",
      onlyWhen: "the equipment is a medical device (or other product regulated under the PMD Act) not approved in Japan, imported by a company that does not hold a marketing licence for it, for testing or research use rather than for sale",
      authority: "Regional Bureau of Health and Welfare, Ministry of Health, Labour and Welfare (MHLW)",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Products regulated under the PMD Act (drugs, medical devices, IVDs) that are imported other than for sale by a licensed business need an import confirmation, which is issued only for listed purposes: among them company-sponsored trials, clinical research, testing and research use, internal samples under a test plan, and display at academic or public exhibitions. Importing medical devices or IVDs as a business (to sell them) instead needs a marketing licence and foreign-manufacturer registration. Equipment that is not a medical device (e.g. an ordinary laboratory freezer or centrifuge) is not covered here. Applications can be made through MHLW's online import-confirmation system (secondary source for the list of purposes). Lead time: an importing agent reported in April 2021 that the Kanto-Shinetsu Regional Bureau issued the import confirmation about 1 working day after receiving a postal application, about 3 working days from posting to return (secondary source); working days converted to calendar days.",
      leadTimeDays: 5,
      sources: [iyakuhinYakkan, impConfSystem, nakasakiDevices, { title: "クスリネット: 輸入確認証(旧薬監証明)発給までの期間 2021年4月版 (secondary source)", url: "https://www.kusuri.net/doodles/ipreport/", reviewed: R }],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "jp-export-imp-blood-products-approval",
      materials: ["imp"],
      name: "Export approval for blood products (血液製剤の輸出承認) under the Export Trade Control Order, Appendix 2 item 19",
      authority: "Ministry of Economy, Trade and Industry (METI)",
      scope: "per-shipment",
      holder: "exporter",
      onlyWhen: "the product is a blood product as defined in Article 2(1) of the Act on Securing a Stable Supply of Safe Blood Products (e.g. human plasma, albumin, immunoglobulins, coagulation factors, fibrinogen)",
      note:
        "Exporting blood products (transfusion products, human plasma and listed plasma-derived products such as albumin, immunoglobulins and coagulation factors) from Japan requires METI export approval, whatever the destination. A patient carrying his own product when travelling is exempt. Human blood samples for laboratory testing are not blood products in this sense. Whether one approval covers several consignments is not stated (secondary sources).",
      sources: [yushutsuBlood, hemophiliaBlood],
    },
    {
      kind: "permit",
      id: "jp-export-imp-export-notification",
      materials: ["imp"],
      name: "Export notification for drugs manufactured or imported for export (輸出用医薬品製造届 / 輸出届) under PMD Act Enforcement Order Article 74",
      authority: "Minister of Health, Labour and Welfare (MHLW), filed through PMDA",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen:
        "the drug is manufactured (including relabelled or repackaged) or imported in Japan for the purpose of export, e.g. an investigational product made or packed in Japan for sites abroad; not needed for a drug with Japanese marketing approval exported in the form in which it is distributed in Japan",
      note:
        "Anyone who manufactures or imports drugs for export must notify the Minister of Health, Labour and Welfare in advance through PMDA. Approved drugs exported unchanged, in the form distributed in Japan, need neither the notification nor a PMD Act licence; changing labels, names or packaging for the destination counts as manufacturing for export and needs a drug manufacturing licence (prefectural pharmaceutical affairs office) plus the notification. For products without Japanese approval, the manufacturing-licence holder files the notification, and an exporter other than the manufacturer needs a marketing or selling licence. Whether returning unused imported trial drugs to a foreign sponsor falls under this notification is not stated; security export controls (FEFTA) apply separately to listed goods. Scope per exporter is an assumption (the notification is made per product before manufacture or import).",
      sources: [mhlwExportNotification, jetroDrugExport],
    },
    {
      kind: "permit",
      id: "jp-export-device-export-notification",
      materials: ["device"],
      name: "Export notification for medical devices manufactured or imported for export (輸出届) under PMD Act Enforcement Order Article 74",
      authority: "Minister of Health, Labour and Welfare (MHLW), filed through PMDA",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen:
        "the device is manufactured or imported in Japan for the purpose of export and is not approved in Japan (e.g. an investigational device made in Japan for a trial abroad)",
      note:
        "Anyone who manufactures or imports drugs or medical devices for export must notify the Minister of Health, Labour and Welfare in advance through PMDA; guidance for device exporters lists this export notification for unapproved devices made for export, and a METI export licence where the device is a controlled item under security export controls (secondary source for the device practice). Scope per exporter is an assumption.",
      sources: [mhlwExportNotification, ecomplianceDeviceExport],
    },
  ],
  importerOfRecord: [
    {
      id: "jp-ior-imp",
      materials: ["imp", "device"],
      who:
        "A Japanese entity: the sponsor's Japanese company or, for a foreign sponsor without a Japanese subsidiary, its In-Country Caretaker (ICC), which files the CTN and handles the import; a local importer of record may also take ownership of the goods (secondary sources).",
      foreignSponsorMayAct: false,
      note: "Companies without a Japanese subsidiary must designate an ICC to file CTNs; the ICC or IOR presents the documents to Customs.",
      sources: [idaIcc, credevoImp, credevo2026, pciJapan],
    },
    {
      id: "jp-ior-ancillary-labkit-equipment",
      materials: ["ancillary", "lab-kit", "equipment"],
      who: "A Japanese entity (the In-Country Caretaker or a local importer of record that takes ownership of the goods), or the foreign sponsor itself as importer of record through an Attorney for Customs Procedures (ACP) resident in Japan; where the goods are unapproved regulated products not covered by a Clinical Trial Notification, the importer applies for the import confirmation (secondary sources).",
      foreignSponsorMayAct: true,
      note: "Since Japan Customs' October 2023 clarification on rights of disposal, the declared importer must hold genuine legal rights over the goods; a forwarder or broker named only nominally as importer is not accepted. A foreign company without a Japanese entity can itself be the importer only by designating an Attorney for Customs Procedures (ACP, 税関事務管理人), a person or company resident in Japan who files the declaration, pays duties and receives documents on its behalf. Appointing an IOR or ACP does not give marketing-licence status under the PMD Act.",
      sources: [credevo2026, aplashIor, customsAcp9601, skAdvisoryAcp],
    },
    {
      id: "jp-ior-samples",
      materials: ["samples"],
      who:
        "The party in Japan that receives the samples and holds the right to dispose of them (e.g. the laboratory or institution that is the consignee), or a foreign company that owns the samples and has designated an Attorney for Customs Procedures (ACP) resident in Japan to file the import declaration on its behalf.",
      foreignSponsorMayAct: true,
      note: "Since 1 October 2023 Japan Customs treats as importer, in a normal transaction, the consignee; otherwise the person with the right to dispose of the goods after import. A forwarder or broker named only nominally as importer is not accepted. Import permits for samples themselves are not covered here.",
      sources: [customsAcp9601, skAdvisoryAcp],
    },
  ],
  exporterOfRecord: [
    {
      id: "jp-eor-all",
      materials: ["imp", "device", "ancillary", "lab-kit", "samples", "equipment"],
      who:
        "A person or company resident in Japan (e.g. the trial site, the sponsor's Japanese entity or the In-Country Caretaker), or a foreign company that has designated an Attorney for Customs Procedures (ACP) resident in Japan to file the export declaration on its behalf. The exporter must also hold any export permit or notification the goods need (e.g. METI approval for blood products, the PMD Act export notification for products made or imported for export).",
      foreignSponsorMayAct: true,
      note: "Japan Customs requires persons living abroad who clear goods through customs to designate an ACP in advance; the ACP files the export or import declaration, witnesses inspections and receives documents for them. Where the ACP's work is customs brokerage, it needs a brokerage licence.",
      sources: [customsAcp9601, acpJapan],
    },
  ],
  temporaryAdmission: {
    id: "jp-ata",
    ataCarnet: true,
    note:
      "Japan applies the ATA, Professional Equipment, Exhibitions and Fairs and Commercial Samples conventions; carnets are valid for one year and goods must be re-exported. Goods that need an import permit or approval must still have it. National temporary admission also covers articles for academic research and for trials/testing (re-export relief).",
    sources: [customsAta7303, ataJapanDigichambers],
  },
};

export default rules;
