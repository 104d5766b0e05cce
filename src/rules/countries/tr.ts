import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";
/** Facts re-read against their sources on this date. */
const R2 = "2026-12-06";

const GUN_IMPORT_GUIDE = {
  title: "Guidelines on Importing Clinical Research Products (Gün + Partners)",
  url: "https://www.gun.av.tr/insights/articles/guidelines-on-importing-clinical-research-products",
  reviewed: R,
};
const MONDAQ_TR_CT = {
  title: "Turkey Announces New Rules Of Clinical Trials (Mondaq)",
  url: "https://www.mondaq.com/turkey/Food-Drugs-Healthcare-Life-Sciences/907716/Turkey-Announces-New-Rules-Of-Clinical-Trials",
  reviewed: R,
};
const OMEGA_FAQ = {
  title: "FAQ: import licence for investigational products and export licence for biosamples in Turkey (Omega Depot)",
  url: "https://omega-depot.com/faq",
  reviewed: R,
};
const MOH_SAMPLE_TRANSFER = {
  title: "Yurt Dışı Biyolojik Materyal Transfer Sistemi (Ministry of Health, General Directorate of Health Services, 11 February 2021; quotes Art. 34 of the since repealed Medical Laboratories Regulation)",
  url: "https://shgmtetkikdb.saglik.gov.tr/TR-78470/yurt-disi-biyolojik-materyal-transfer-sistemi.html",
  reviewed: R2,
};
const ESIN_NEW_LAB_REGULATION = {
  title: "Esin Attorney Partnership: Tıbbi Laboratuvar Hizmetleri ve İleri Teknoloji Tıbbi Laboratuvar Uygulamaları Hakkında Yönetmelik yayımlandı (Resmî Gazete 33057, 24 October 2025; repeals the Medical Laboratories Regulation)",
  url: "https://www.esin.av.tr/tr/?p=30924",
  reviewed: R2,
};
const ESIN_SAMPLES = {
  title: "Turkey Introduces Changes for Clinical Research Process (Esin Attorney Partnership)",
  url: "https://www.esin.av.tr/2017/02/07/turkey-introduces-changes-for-clinical-research-process/",
  reviewed: R,
};
const CUSTOMS_SAMPLE_LETTER = {
  title: "Yurt Dışı Biyolojik Materyal Transfer Sistemi: Ministry of Trade, Directorate General of Customs letter of 12.05.2022 (reproduced by AB Mevzuat)",
  url: "https://abmevzuat.com/yurt-disi-biyolojik-materyal-transfer-sistemi/",
  reviewed: R,
};

const MD_IMPORT_CONTROL_2026 = {
  title: "Tıbbi Cihazların İthalat Denetimi Tebliği (Ürün Güvenliği ve Denetimi: 2026/16), Ministry of Trade, Official Gazette 31.12.2025 No. 33124 (4th repeat) (reproduced by PC Gümrük)",
  url: "https://www.pcgumruk.com/index.php?id=duyuru_ac&pid=6096",
  reviewed: R,
};
const MD_IMPORT_CONTROL_2023 = {
  title: "Tıbbi Cihazların İthalat Denetimi Tebliği (Ürün Güvenliği ve Denetimi: 2023/16), Official Gazette 31.12.2022",
  url: "https://www.resmigazete.gov.tr/eskiler/2022/12/20221231M4-15.htm",
  reviewed: R,
};
const DIAG_KITS_COMMUNIQUE = {
  title: "Tıbbi Tanı Kitlerinin İthaline İlişkin Tebliğ (İthalat: 2020/19), Ministry of Trade, Official Gazette 02.04.2020 No. 31087 (reproduced by PC Gümrük)",
  url: "https://www.pcgumruk.com/index.php?id=duyuru_ac&pid=2672",
  reviewed: R,
};
const TITCK_KITS_2020 = {
  title: "TİTCK announcement 2020/KK-6: registration of COVID-19 diagnostic kits in ÜTS and import permissions (3822.00 and 3002.15 goods)",
  url: "https://www.titck.gov.tr/duyuru/2020-kk-6-sayili-covid-19-tibbi-tani-kitlerinin-uts-ye-kaydi-ve-ithalat-izinlerine-iliskin-duyuru-07042020132617",
  reviewed: R,
};
const ERCIYES_CT_CENTRES = {
  title: "Erciyes University Clinical Research Ethics Committee: application (clinical research types and the Ministry of Health application centre for the start permit; all medical device clinical investigations: TİTCK)",
  url: "https://kaek.erciyes.edu.tr/tr/basvuru",
  reviewed: R,
};
const KA_ORG_FAQ = {
  title: "klinikarastirmalar.org: Frequently asked questions (medical device clinical investigations: ethics committee approval and TİTCK start permission)",
  url: "https://www.klinikarastirmalar.org/Home/SSS",
  reviewed: R,
};
const TR_CH30_2015 = {
  title: "İthalat İhracat blog: Fasıl 30 gümrük vergisi oranları (Import Regime Decision List II rates by country group, December 2015)",
  url: "https://ithalatihracatbiz.blogspot.com/2015/12/fasl-30-gumruk-vergisi-oranlari.html",
  reviewed: R,
};
const GTA_TR_MED_EQUIP = {
  title: "Global Trade Alert: Turkey reduced the import duties on certain types of medical and surgical equipment, orthopaedic appliances, furniture and made-up textile articles (Decree 2017/9780 amending Decree 2015/7699)",
  url: "https://www.globaltradealert.org/intervention/58631/import-tariff/turkey-the-government-reduced-the-import-duties-on-certain-types-of-medical-and-surgical-equipment-orthopaedic-appliances-furniture-and-made-up-textile-articles",
  reviewed: R,
};

const USED_GOODS_COMMUNIQUE = {
  title: "Kullanılmış veya Yenileştirilmiş Eşya İthalatına İlişkin Tebliğ (İthalat: 2024/9), Ministry of Trade, Official Gazette 31.12.2023 No. 32416 (3rd repeat) (reproduced by PC Gümrük)",
  url: "https://www.pcgumruk.com/index.php?id=duyuru_ac&pid=4862",
  reviewed: R,
};
const GUN_EXPORT_GUIDE = {
  title: "Gün + Partners: Conditions for drug exports by companies other than pharmaceutical warehouses published (TİTCK export guideline of 29 December 2023)",
  url: "https://gun.av.tr/tr/goruslerimiz/makaleler/ecza-depolari-haricinde-ilac-ihracati-yapabileceklere-iliskin-kosullar-yayinlandi",
  reviewed: R,
};
const TITCK_EXPORT_GUIDE = {
  title: "TİTCK Ecza Ticarethanesi Haricinde Yapılacak İhracat Koşullarına İlişkin Kılavuz (EDİT-KLVZ-08, in force 29/12/2023) (reproduced by TİSD)",
  url: "https://tisd.org.tr/mevzuatDetay.aspx?set_id=601",
  reviewed: R,
};
const KULE_UTS = {
  title: "Ferhat Kule Law Office: ÜTS registration of devices and medicines used in clinical research; obligations of the foreign manufacturer and the local distributor",
  url: "https://ferhatkule.av.tr/klinik-arastirmalarda-kullanilan-tibbi-cihaz-ve-ilaclarin-uts-kaydi-yabanci-uretici-ile-yerli-dagitici-arasindaki-hukuki-yukumluluk-paylasimi",
  reviewed: R,
};

/** Türkiye: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "TR",
  name: "Türkiye",
  valuation: {
    basis: "CIF",
    note:
      "Customs value follows the WTO transaction-value method (Customs Law No. 4458), with freight and insurance to the Turkish border added; import VAT is calculated on the CIF value plus duty and other charges (secondary sources). Türkiye is in a customs union with the EU for industrial goods only and applies the EU common external tariff to most industrial products, but it also levies its own additional duties on some goods from countries without a trade agreement, so EU duty rates cannot simply be assumed.",
    sources: [
      {
        title: "Customs Valuation in Turkey (Turkish Trade Lawyers glossary)",
        url: "https://www.turkishtradelawyers.com/glossary/customs-valuation.html",
        reviewed: R,
      },
      {
        title: "Customs Value: frequently asked questions (Republic of Türkiye Ministry of Trade)",
        url: "https://www.ticaret.gov.tr/gumruk-islemleri/sikca-sorulan-sorular/english/customs-value",
        reviewed: R,
      },
      {
        title: "Turkey - Country Commercial Guide: Trade Barriers (International Trade Administration)",
        url: "https://www.trade.gov/country-commercial-guides/turkey-trade-barriers",
        reviewed: R,
      },
    ],
  },
  importTax: {
    id: "tr-import-tax",
    name: "Import VAT (KDV)",
    standardRatePercent: 20,
    note: "General VAT rate 20% and reduced rate 10% since 10 July 2023 (Presidential Decree No. 7346); 1% rate for some basic goods.",
    reliefs: [
      {
        id: "tr-import-tax-reduced-medicinal-products",
        headings: ["3002", "3004"],
        ratePercent: 10,
        condition:
          "Human medicinal products licensed by the Ministry of Health or permitted to be imported, and their active substances (List II of Decision 2007/13033 as amended by Presidential Decision No. 9126 of 14 November 2024). Whether a TİTCK clinical-research import permit makes an unlicensed investigational product 'permitted to be imported' for this purpose is not confirmed (secondary sources).",
        sources: [
          {
            title: "Turkey Gazettes Decision Determining VAT Rate for Medicinal Products (Bloomberg Tax)",
            url: "https://news.bloombergtax.com/daily-tax-report-international/turkey-gazettes-decision-determining-vat-rate-for-medicinal-products",
            reviewed: R,
          },
          {
            title: "Turkey revises VAT rates for medical products, telecom equipment (RegFollower)",
            url: "https://regfollower.com/turkey-revises-vat-rates-for-medical-products-telecom-equipment",
            reviewed: R,
          },
        ],
      },
    ],
    sources: [
      {
        title: "Türkiye increased VAT and certain tax and fee rates (Moroğlu Arseven)",
        url: "https://www.morogluarseven.com/news-and-publications/turkiye-increased-vat-and-certain-tax-and-fee-rates/",
        reviewed: R,
      },
      {
        title: "Legal Update: Amendment on VAT Rates (Kodiak Law)",
        url: "https://www.kodiaklaw.com.tr/news/legal-update%3A-amendment-on-vat-rates",
        reviewed: R,
      },
    ],
  },
  duties: [
    {
      id: "tr-duty-3002",
      heading: "3002",
      ratePercent: 0,
      note: "In the 2015 Import Regime Decision list, the antisera, blood fractions and vaccine lines of heading 30.02 were exempt (muaf) from customs duty for every origin group, including 'other countries'. Dated secondary source and the HS subheadings of 30.02 have since been renumbered; confirm the current 12-digit line in the Import Regime Decision. Türkiye is not a WTO Pharmaceutical Agreement participant.",
      sources: [TR_CH30_2015],
    },
  ],
  extraTariffs: [
    {
      id: "tr-extra-additional-duty-syringes",
      headings: ["901831"],
      name: "Additional customs duty (ilave gümrük vergisi) on medical syringes (Import Regime Decision annex, Decision No. 2018/11481)",
      note:
        "Türkiye imposed additional customs duties in 2018 on a list of goods that includes medical syringes. They apply only to goods originating in countries with which Türkiye has neither a customs union nor a free trade agreement; goods of EU, EFTA, Euro-Med, South Korean, Malaysian or Singaporean origin are not affected, but proof of origin is needed at import. The rate and the exact tariff lines covered were not confirmed; check the current Import Regime Decision for the 12-digit code (secondary source).",
      sources: [
        {
          title: "Turkey collects protective duties on certain goods (Nicola Bernard, citing GTAI)",
          url: "https://nicola-bernard.de/en/turkey-collects-protective-duties-on-certain-goods/",
          reviewed: R,
        },
      ],
    },
    {
      id: "tr-extra-additional-duty-medical-equipment",
      headings: ["9018"],
      name: "Additional customs duty on certain medical and surgical equipment (Import Regime Decision annex, Decree 2015/7699 as amended by Decree 2017/9780)",
      note: "Türkiye levies additional customs duties on certain medical and surgical equipment; from 8 March 2017 they were reduced to between 15% and 30% depending on the product (from 25% to 50%). Goods originating in EU and EFTA countries, Türkiye's free trade partners, South Korea and Malaysia are exempt. The exact tariff lines were not confirmed; check the current Import Regime Decision for the 12-digit code and have proof of origin ready (secondary source).",
      sources: [GTA_TR_MED_EQUIP],
    },
  ],
  import: [
    {
      kind: "permit",
      id: "tr-import-device-titck-ci-approval",
      materials: ["device"],
      name: "TİTCK start permit for a medical device clinical investigation (araştırma başlama izni), with a separate TİTCK application for importing the investigational devices",
      authority: "Turkish Medicines and Medical Devices Agency (TİTCK), medical devices department (Tıbbi Cihaz Onaylanmış Kuruluş ve Klinik Araştırmalar Daire Başkanlığı)",
      scope: "per-trial",
      holder: "sponsor",
      note: "All medical device clinical investigations need approval from a TİTCK-approved clinical research ethics committee and a start permit from TİTCK. A law firm's guide to the TİTCK import guidelines notes that investigational medical devices need a separate application to the Agency for import (secondary source); the name, timing and scope of that import application were not confirmed.",
      sources: [ERCIYES_CT_CENTRES, KA_ORG_FAQ, GUN_IMPORT_GUIDE],
    },
    {
      kind: "permit",
      id: "tr-import-md-tareks-inspection",
      materials: ["device", "ancillary", "lab-kit", "equipment"],
      name: "Import conformity inspection of medical devices and IVDs through TAREKS (Communiqué on the Import Control of Medical Devices, Product Safety and Inspection: 2026/16)",
      authority: "Ministry of Trade, product safety inspection units of the regional directorates (TAREKS risk-based control system)",
      scope: "per-shipment",
      holder: "importer",
      onlyWhen: "the goods are medical devices or IVDs whose tariff codes are listed in Annex 1 of the communiqué",
      note: "The Ministry of Trade checks, at import, that the products listed by tariff code in Annex 1 conform to the Medical Device Regulation and the IVD Medical Device Regulation (both of 2 June 2021); applications run through the TAREKS online system. The 2026 communiqué covers goods released for free circulation and goods under temporary admission (the 2023 version covered release for free circulation only); goods returning after outward processing are excluded. The communiqué is reissued every year, so check the current Annex 1 and any exemptions (for example for investigational devices) with the customs broker.",
      sources: [MD_IMPORT_CONTROL_2026, MD_IMPORT_CONTROL_2023],
    },
    {
      kind: "permit",
      id: "tr-import-labkit-titck-conformity-letter",
      materials: ["lab-kit"],
      name: "TİTCK conformity letter (Uygunluk Yazısı) for diagnostic kits (Communiqué on the Import of Medical Diagnostic Kits)",
      authority: "Turkish Medicines and Medical Devices Agency (TİTCK); checked by customs",
      scope: "per-shipment",
      holder: "importer",
      onlyWhen: "the kit contains reagents of tariff heading 3822.00 or immunological products of 3002.15 for human use, and the importer is not a firm authorised by the Ministry of Health; confirm the communiqué is still in force",
      note: "Introduced in April 2020 (Communiqué İthalat: 2020/19, in response to COVID-19 test kits): customs registers release-for-free-circulation or temporary-import declarations for these goods for human use only with a TİTCK conformity letter, and any TAREKS medical device application follows the letter. TİTCK issues it only for products placed on the market under the IVD regulation and registered in the product tracking system (ÜTS); general-purpose laboratory products (environmental, food, chemical) and raw materials for kit production are outside its scope. Firms authorised by the Ministry of Health are exempt.",
      sources: [DIAG_KITS_COMMUNIQUE, TITCK_KITS_2020],
    },
    {
      kind: "permit",
      id: "tr-import-imp-titck-permit",
      materials: ["imp"],
      name: "TİTCK import permit for research products used in clinical research (İthalat izni)",
      authority: "Turkish Medicines and Medical Devices Agency (TİTCK), Department of Clinical Research",
      scope: "per-trial",
      holder: "sponsor",
      leadTimeDays: 21,
      note:
        "Required under the Regulation on Clinical Research (OG 28617, 13 April 2013) and the TİTCK Guidelines on the Import of Research Products to be used in Clinical Research (in force 26 February 2020). Filed by the sponsor or its authorised legal representative after the trial has been approved, with a cover letter, the application form stating the quantity of product needed for the trial, a pro forma invoice and (first submission) the original power of attorney. TİTCK evaluates applications within 15 working days (lead time shown as about 21 calendar days); a document fee is charged on approval. Secondary source: the permit is valid for one year for the quantity declared and can be used over several shipments. Investigational medical devices need a separate application to the Agency; controlled substances need permission from the relevant authority.",
      sources: [GUN_IMPORT_GUIDE, MONDAQ_TR_CT, OMEGA_FAQ],
    },
    {
      kind: "permit",
      id: "tr-import-samples-moh-approval",
      materials: ["samples"],
      name: "Ministry of Health approval for entry of human-derived biological samples (Overseas Biological Material Transfer System)",
      authority: "Ministry of Health, General Directorate of Health Services",
      scope: "per-shipment",
      holder: "consignee",
      note:
        "Under the Medical Laboratories Regulation Art. 34, human-derived biological samples for testing enter and leave Türkiye only with Ministry of Health approval, registered in the Overseas Biological Material Transfer System. Customs checks that materials sent from abroad for medical testing are consigned to a Ministry-licensed medical laboratory or genetic diseases evaluation centre.",
      sources: [MOH_SAMPLE_TRANSFER, CUSTOMS_SAMPLE_LETTER],
    },
    {
      kind: "permit",
      id: "tr-import-equipment-used-goods-permit",
      materials: ["equipment"],
      name: "Import permit for used or refurbished goods (TPS permit document; Communiqué on the Import of Used or Refurbished Goods, İthalat: 2024/9)",
      authority: "Ministry of Trade, Directorate General of Imports (through the Single Window System, TPS)",
      scope: "per-shipment",
      holder: "importer",
      onlyWhen: "the equipment is used or refurbished and is released for free circulation (not entered under temporary admission)",
      note: "Importing used or refurbished goods for release into free circulation needs a permit: for goods on the communiqué's Annex 1 list customs look for a '0970-TPS-İzin Belgesi (Kullanılmış Eşya-Liste)' when the declaration is registered, and for other used goods a '0962-TPS-İzin Belgesi (Kullanılmış Eşya-Liste Dışı)'. The Directorate General may weigh the importer's profile, quantity, local availability, economic life and efficiency. The communiqué is reissued regularly; check the current version.",
      sources: [USED_GOODS_COMMUNIQUE],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "tr-export-imp-titck-export-permit",
      materials: ["imp"],
      name: "TİTCK export permit certificate for human medicinal products (ihracat izni belgesi; Guideline on Export Conditions outside Pharmaceutical Warehouses, EDİT-KLVZ-08)",
      authority: "Turkish Medicines and Medical Devices Agency (TİTCK)",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the product is a human medicinal product manufactured or licensed in Türkiye (for example a locally sourced comparator)",
      note: "Under the TİTCK guideline in force since 29 December 2023, human medicinal products (and foods for special medical purposes) may not leave Türkiye without a valid export permit. Manufacturers in Türkiye and companies holding a Turkish or foreign marketing authorisation in their own name may export their own products themselves or through companies they authorise, which may apply only for the authorised products; companies exporting products made in Türkiye under their own brand also apply. Applicants show their link to the licence holder through the trade registry gazette and must be registered in TİTCK's electronic application system (EBS). Exports must follow Good Distribution Practice. The guideline describes the certificate as issued to the exporting company for the products it may export; whether each shipment also needs approval was not confirmed. How unused imported investigational products are returned to the sponsor was not confirmed. (secondary source summarising the guideline)",
      sources: [GUN_EXPORT_GUIDE, TITCK_EXPORT_GUIDE],
    },
    {
      kind: "permit",
      id: "tr-export-samples-moh-approval",
      materials: ["samples"],
      name: "Ministry of Health approval for exit of human-derived biological samples (Overseas Biological Material Transfer System): legal basis changed on 24 October 2025, confirm under the new regulation",
      authority: "Ministry of Health, General Directorate of Health Services",
      scope: "per-shipment",
      holder: "exporter",
      onlyWhen: "the Regulation on Medical Laboratory Services and Advanced Technology Medical Laboratory Applications (Resmî Gazete 33057, 24 October 2025) keeps the approval and the licensed-laboratory route of the repealed Medical Laboratories Regulation, Art. 34",
      usuallyApplies: true,
      note:
        "Until 24 October 2025 only licensed medical laboratories could send samples abroad for testing, and exit of human-derived biological samples needed Ministry of Health approval registered in the transfer system (Medical Laboratories Regulation Art. 34); since 2017 this also applied to biological material from clinical research, relayed through a licensed medical laboratory. That regulation was repealed by the Regulation on Medical Laboratory Services and Advanced Technology Medical Laboratory Applications (Resmî Gazete 33057 of 24 October 2025), which now covers medical laboratories, genetic diagnosis centres and research laboratories. Its provision on sending samples abroad was not reviewed: confirm with the Ministry or a licensed laboratory that the approval and the transfer-system registration still apply before planning the export. A service provider describes the approval as an 'export licence' needed before biosamples can be shipped (secondary source).",
      sources: [ESIN_NEW_LAB_REGULATION, MOH_SAMPLE_TRANSFER, ESIN_SAMPLES, OMEGA_FAQ],
    },
  ],
  importerOfRecord: [
    {
      id: "tr-ior-imp",
      materials: ["imp"],
      who:
        "The sponsor's authorised legal representative in Türkiye (e.g. a local affiliate or CRO), which files the TİTCK import permit application; any party other than the sponsor needs the sponsor's authorisation letter / power of attorney.",
      foreignSponsorMayAct: false,
      mustHold: ["tr-import-imp-titck-permit"],
      note: "Sources describe filing by the sponsor or its authorised legal representative; direct filing by a sponsor with no presence in Türkiye is not described.",
      sources: [GUN_IMPORT_GUIDE, MONDAQ_TR_CT, OMEGA_FAQ],
    },
    {
      id: "tr-ior-medical-devices",
      materials: ["device", "ancillary", "lab-kit", "equipment"],
      who: "For medical devices and IVDs: an importer or distributor established in Türkiye, or the manufacturer's authorised representative there, registered in the Product Tracking System (ÜTS), which files the TAREKS import inspection application (and, for diagnostic kits, obtains the TİTCK conformity letter).",
      foreignSponsorMayAct: false,
      mustHold: ["tr-import-md-tareks-inspection"],
      note: "A foreign manufacturer cannot register products in ÜTS itself; ÜTS transactions are carried out by its authorised representative or by the importer/distributor, and a law firm describes ÜTS registration as expected also for devices and consumables used in clinical research (secondary source). For goods that are not medical devices, no importer requirement beyond the general customs rules was found.",
      sources: [KULE_UTS, MD_IMPORT_CONTROL_2026],
    },
    {
      id: "tr-ior-samples",
      materials: ["samples"],
      who: "A medical laboratory or genetic diseases evaluation centre licensed by the Ministry of Health, in whose name the samples must be consigned.",
      foreignSponsorMayAct: false,
      mustHold: ["tr-import-samples-moh-approval"],
      sources: [CUSTOMS_SAMPLE_LETTER, MOH_SAMPLE_TRANSFER],
    },
  ],
  exporterOfRecord: [
    {
      id: "tr-eor-imp",
      materials: ["imp"],
      who: "For medicinal products manufactured or licensed in Türkiye: the manufacturer in Türkiye, the company holding the marketing authorisation in its own name, or a company it has authorised for the named products, registered in TİTCK's electronic application system (EBS) and holding the TİTCK export permit.",
      foreignSponsorMayAct: false,
      mustHold: ["tr-export-imp-titck-export-permit"],
      note: "Who may act as exporter of record when unused imported investigational products are returned to the sponsor was not confirmed. (secondary source summarising the TİTCK guideline)",
      sources: [GUN_EXPORT_GUIDE, TITCK_EXPORT_GUIDE],
    },
    {
      id: "tr-eor-samples",
      materials: ["samples"],
      who: "A medical laboratory licensed by the Ministry of Health; under the repealed Medical Laboratories Regulation only licensed laboratories could send human-derived samples abroad (confirm under the regulation of 24 October 2025 that replaced it).",
      foreignSponsorMayAct: false,
      mustHold: ["tr-export-samples-moh-approval"],
      sources: [ESIN_NEW_LAB_REGULATION, MOH_SAMPLE_TRANSFER, ESIN_SAMPLES],
    },
  ],
  temporaryAdmission: {
    id: "tr-ata",
    ataCarnet: true,
    note:
      "Türkiye accepts ATA carnets for commercial samples, exhibitions and fairs, and professional equipment (secondary sources). Special conditions: holders must pre-register in the Turkish ATA Carnet registration system before arrival; for professional equipment the holder or representative must hold a foreign passport; a representative in Türkiye must be named in box B with a consulate-approved power of attorney. Without a carnet, goods for re-export can be temporarily admitted with Ministry of Trade approval, generally up to 24 months.",
    sources: [
      {
        title: "Türkiye: ATA carnet country page (USCIB)",
        url: "https://uscib.org/turkey-ud-1668/",
        reviewed: R,
      },
      {
        title: "Turkey (TR): countries that accept ATA carnets (Roanoke)",
        url: "https://www.roanokegroup.com/ata-carnets/turkey-tr/",
        reviewed: R,
      },
      {
        title: "Turkey - Country Commercial Guide: Temporary Entry (International Trade Administration)",
        url: "https://www.trade.gov/country-commercial-guides/turkey-temporary-entry",
        reviewed: R,
      },
    ],
  },
};

export default rules;
