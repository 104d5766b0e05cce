import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const MPLO_19 = {
  title: "Medicinal Products Licensing Ordinance (MPLO/AMBV) Art. 19: Import of non-authorised medicinal products for clinical trials",
  url: "https://lawbrary.ch/law/art/AMBV-v2023.01-en-art-19.2",
  reviewed: R,
};
const REGASK_CH_SPECIMENS = {
  title: "Switzerland: 6. Biological Specimens (RegASK library, quoting Swissmedic CTA Dossier Guideline section 00F)",
  url: "https://library.regask.com/docs/6-biological-specimens",
  reviewed: R,
};
const BETMKV_23 = {
  title: "Narcotics Control Ordinance (BetmKV) Art. 23: Licence requirement for import and export",
  url: "https://droit-bilingue.ch/de-it/8/81/812.121.1-23-34.html",
  reviewed: R,
};
const BETMKV_25 = {
  title: "Narcotics Control Ordinance (BetmKV) Art. 25: Scope of the licence",
  url: "https://droit-bilingue.ch/de-it/8/81/812.121.1-25-36.html",
  reviewed: R,
};
const SWISS_REP_FORM = {
  title: "Swissmedic form BW101_10_019e: Change of Swiss Representative (clinical trials)",
  url: "https://docsbay.net/bw101-10-019e-fo-change-of-swiss-representative",
  reviewed: R,
};
const FOPH_IMPORT_ORGANISMS = {
  title: "Import von humanpathogenen Organismen (Federal Office of Public Health, FOPH/BAG)",
  url: "https://www.bag.admin.ch/bag/de/home/gesund-leben/umwelt-und-gesundheit/biosafety/import-organismen.html",
  reviewed: R,
};
const BAZG_PARCELS = {
  title: "Receipt of letters and parcels: value added tax (importation tax) (Federal Office for Customs and Border Security, BAZG)",
  url: "https://bazg.admin.ch/bazg/en/home/information-individuals/online-shopping--mail-and-courier-consignments/importation-into-switzerland/receipt-of-letters-and-parcels.html",
  reviewed: R,
};
const BAZG_VAT_COMPANIES = {
  title: "Value Added Tax and import tax for companies (BAZG)",
  url: "https://www.bazg.admin.ch/en/value-added-tax-and-import-tax-companies",
  reviewed: R,
};
const BAZG_INDUSTRIAL = {
  title: "Abolition of industrial tariffs (BAZG)",
  url: "https://bazg.admin.ch/bazg/en/home/topics/aufhebung_industriezoelle.html",
  reviewed: R,
};
const TCU_CH = {
  title: "Switzerland will remove tariff duties on the importation of industrial goods (International Trade Compliance Update, Baker McKenzie)",
  url: "https://www.internationaltradecomplianceupdate.com/2024/01/02/switzerland-will-remove-tariff-duties-on-the-importation-of-industrial-goods/",
  reviewed: R,
};
const SWISSMEDIC_LICENSING = {
  title: "Licensing of medicinal and transplant products (Swissmedic)",
  url: "https://www.swissmedic.ch/bewilligungen/00155/index.html?lang=en",
  reviewed: R,
};
const WTO_PHARMA = {
  title: "The WTO's Pharma Agreement (World Trade Organization)",
  url: "https://www.wto.org/english/tratop_e/pharma_ag_e/pharma_agreement_e.htm",
  reviewed: R,
};

const SWISSMEDIC_MD_IMPORTS = {
  title: "Dispensing & imports of medical devices (Swissmedic)",
  url: "https://www.swissmedic.ch/swissmedic/en/home/medical-devices/market-access/dispensing---imports.html",
  reviewed: R,
};
const SWISSMEDIC_EXPORT_PASSAR = {
  title: "Changes to declaration of goods for the export of medicinal products (including clinical trials) and narcotics made to the FOCBS (Swissmedic, 17.06.2024)",
  url: "https://swissmedic.ch/swissmedic/en/home/news/mitteilungen/neuerungen-warenanmeldung-ausfuhr-am.html",
  reviewed: R,
};
const SWISSMEDIC_MD_EXPORT_CERTS = {
  title: "Export certificates (FSC) and other certificates for medical devices (Swissmedic)",
  url: "https://swissmedic.ch/swissmedic/en/home/medical-devices/md-export-certificates-fsc.html",
  reviewed: R,
};
const SWISSMEDIC_MD_EXPORT_FAQ = {
  title: "FAQ export certificates for medical devices (Swissmedic)",
  url: "https://www.swissmedic.ch/swissmedic/en/home/medical-devices/md-export-certificates-fsc/md-faq-certificates.html",
  reviewed: R,
};
const TPA_50 = {
  title: "Therapeutic Products Act (TPA/HMG) Art. 50: Import and export of medical devices (droit-bilingue.ch)",
  url: "https://droit-bilingue.ch/en-de/8/81/812.21-50-70.html",
  reviewed: R,
};
const EZV_DECLARING = {
  title: "Declaring goods: importation into Switzerland (Federal Customs Administration)",
  url: "https://www.ezv.admin.ch/ezv/en/home/information-companies/declaring-goods/importation-into-switzerland/declaring-goods.html",
  reviewed: R,
};
const NOTZ_UID = {
  title: "Lieferungen in die Schweiz: Unternehmens-Identifikationsnummer (UID) als Einfuhrabfertigungsvoraussetzung (Notz Zoll, quoting the Foreign Trade Statistics Ordinance Art. 6)",
  url: "https://www.notz-zoll.de/news/lieferungen-in-die-schweiz-unternehmens-identifikationsnummer-uid-als-einfuhrabfertigungsvoraussetzung-ab-1-1-2016-anzugeben/",
  reviewed: R,
};
const SISA_UID = {
  title: "Business identification number (UID) in customs (SISA customs glossary)",
  url: "https://www.sisa.ch/en/customs/glossary/general/business-identification-number-uid/",
  reviewed: R,
};

const GCO_17 = {
  title: "Goods Control Ordinance (GCO, SR 946.202.1) Art. 17: customs declaration, 'Licence not required' (droit-bilingue.ch)",
  url: "https://droit-bilingue.ch/en-de/9/94/946.202.1-17-20.html",
  reviewed: R,
};
const BAZG_DUAL_USE = {
  title: "Goods with both civilian and military applications (dual use) (BAZG)",
  url: "https://bazg.admin.ch/bazg/en/home/informationen-firmen/verbote-beschraenkungen-und-auflagen/sicherheit/zivil-und-militaerisch-verwendbare-gueter_dual-use.html",
  reviewed: R,
};
const BAZG_EXPORT_DECLARING = {
  title: "Declaring goods: exportation from Switzerland (BAZG)",
  url: "https://www.bazg.admin.ch/bazg/en/home/information-companies/declaring-goods/exportation-from-switzerland/declaring-goods.html",
  reviewed: R,
};

/** Switzerland: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "CH",
  name: "Switzerland",
  valuation: {
    basis: "CIF",
    note:
      "Import VAT is assessed on the consideration (or market value, e.g. for free goods) plus all costs up to the destination in Switzerland and any import duties; foreign VAT shown separately is excluded. Swiss customs duties, where any remain, are mostly assessed on gross weight rather than value.",
    sources: [BAZG_PARCELS, BAZG_VAT_COMPANIES],
  },
  importTax: {
    id: "ch-import-tax",
    name: "Import VAT (Einfuhrsteuer)",
    standardRatePercent: 8.1,
    note:
      "Import VAT is levied on all imported goods at 8.1% (standard) or 2.6% (reduced, e.g. medications). Tax amounts of CHF 5 or less are not levied (assessment basis up to about CHF 62 at 8.1% or CHF 193 at 2.6%). A rise of the standard rate to finance the 13th AHV pension has been debated; check the current rate before relying on 8.1% for future periods.",
    reliefs: [
      {
        id: "ch-import-tax-reduced-medications",
        headings: ["3002", "3004"],
        ratePercent: 2.6,
        condition:
          "Only for 'medications' as defined in Art. 49 of the VAT Ordinance: ready-to-use medicinal products authorised by Swissmedic (Art. 9(1) TPA); ready-to-use products exempt from authorisation under Art. 9(2)/(2ter) TPA (except whole blood); temporarily authorised products (Art. 9a/9b TPA); and non-authorised ready-to-use products imported under MPLO Arts. 48-49. Non-authorised investigational products imported under a clinical-trial licence (MPLO Art. 19) are not expressly listed: confirm with the BAZG/ESTV before applying the reduced rate; otherwise 8.1% applies.",
        sources: [
          {
            title: "VAT Ordinance (MWSTV) Art. 49: Medication",
            url: "https://lawbrary.ch/law/art/MWSTV-v2023.01-en-art-49",
            reviewed: R,
          },
          {
            title: "VAT rates Switzerland (Federal Tax Administration, ESTV)",
            url: "https://www.estv.admin.ch/estv/en/home/value-added-tax/vat-rates-switzerland.html",
            reviewed: R,
          },
        ],
      },
    ],
    sources: [
      {
        title: "VAT rates Switzerland (Federal Tax Administration, ESTV)",
        url: "https://www.estv.admin.ch/estv/en/home/value-added-tax/vat-rates-switzerland.html",
        reviewed: R,
      },
      BAZG_VAT_COMPANIES,
      BAZG_PARCELS,
    ],
  },
  duties: [
    {
      id: "ch-duty-3002",
      heading: "3002",
      ratePercent: 0,
      zeroForZero: true,
      note: "Switzerland participates in the WTO Pharmaceutical Agreement (chapter 30 bound duty-free); since 1 January 2024 Switzerland also applies no MFN duty to industrial goods of chapters 25-97.",
      sources: [WTO_PHARMA, BAZG_INDUSTRIAL],
    },
    {
      id: "ch-duty-3004",
      heading: "3004",
      ratePercent: 0,
      zeroForZero: true,
      note: "Switzerland participates in the WTO Pharmaceutical Agreement (chapter 30 bound duty-free); since 1 January 2024 Switzerland also applies no MFN duty to industrial goods of chapters 25-97.",
      sources: [WTO_PHARMA, BAZG_INDUSTRIAL],
    },
    {
      id: "ch-duty-3006",
      heading: "3006",
      ratePercent: 0,
      zeroForZero: true,
      note: "Chapter 30 (including 3006 93, placebos and blinded clinical trial kits): Switzerland participates in the WTO Pharmaceutical Agreement (chapter 30 bound duty-free); since 1 January 2024 Switzerland also applies no MFN duty to industrial goods of chapters 25-97.",
      sources: [WTO_PHARMA, BAZG_INDUSTRIAL],
    },
    {
      id: "ch-duty-3822",
      heading: "3822",
      ratePercent: 0,
      note:
        "Industrial tariffs on chapters 25-97 were abolished on 1 January 2024. Some chapter 35 and 38 goods are classed as agricultural products and keep duties; check the Tares tariff that the exact tariff number of the reagent or kit is not one of them.",
      sources: [BAZG_INDUSTRIAL, TCU_CH],
    },
    {
      id: "ch-duty-9018",
      heading: "9018",
      ratePercent: 0,
      note: "Industrial tariffs on chapters 25-97 abolished from 1 January 2024 (MFN duty zero). An import declaration is still required and import VAT is still due.",
      sources: [BAZG_INDUSTRIAL, TCU_CH],
    },
    {
      id: "ch-duty-9027",
      heading: "9027",
      ratePercent: 0,
      note: "Industrial tariffs on chapters 25-97 abolished from 1 January 2024 (MFN duty zero). An import declaration is still required and import VAT is still due.",
      sources: [BAZG_INDUSTRIAL, TCU_CH],
    },
    {
      id: "ch-duty-8418",
      heading: "8418",
      ratePercent: 0,
      note: "Refrigerators and freezers: industrial tariffs on chapters 25-97 abolished from 1 January 2024 (MFN duty zero). An import declaration is still required and import VAT is still due.",
      sources: [BAZG_INDUSTRIAL, TCU_CH],
    },
    {
      id: "ch-duty-8421",
      heading: "8421",
      ratePercent: 0,
      note: "Centrifuges: industrial tariffs on chapters 25-97 abolished from 1 January 2024 (MFN duty zero). An import declaration is still required and import VAT is still due.",
      sources: [BAZG_INDUSTRIAL, TCU_CH],
    },
  ],
  import: [
    {
      kind: "permit",
      id: "ch-import-imp-swissmedic-ct-licence",
      materials: ["imp"],
      name: "Swissmedic licence to import medicinal products for a clinical trial (MPLO Art. 19), granted in the clinical trial authorisation letter",
      authority: "Swissmedic",
      scope: "per-trial",
      holder: "sponsor",
      leadTimeDays: 37,
      note:
        "Importing medicinal products for use in a clinical trial under its protocol needs a Swissmedic licence; it also covers individual imports of immunological products and blood/blood products for the trial. Where IMPs are imported from abroad and sent directly to Swiss sites, Swissmedic grants the import authorisation in the clinical trial authorisation letter, based on the CTA form; it covers only that trial's IMPs (and auxiliary medicinal products declared in the cover letter) and is valid for the duration of the trial. No separate licence is needed if the importer already holds a Swissmedic import licence (MPLO Art. 11). Category A trials (authorised products used per prescribing information) are exempt from Swissmedic trial authorisation. Swissmedic acknowledges the application within 7 days and decides within 30 days of acknowledging a formally correct application (ClinO Art. 33), so about 37 days; the clock stops while Swissmedic waits for requested information, and the deadline may be extended by up to 30 days for first use in humans or a new manufacturing process.",
      sources: [ { title: "Clinical Trials Ordinance (ClinO) Art. 33 – Procedure and deadlines (English translation, status as of 26 May 2022)", url: "https://lawbrary.ch/law/art/KLINV-v2022.05-en-art-33", reviewed: "2026-11-26" },
        MPLO_19,
        REGASK_CH_SPECIMENS,
        {
          title: "Clinical trial application (Swissmedic)",
          url: "https://swissmedic.ch/swissmedic/en/home/humanarzneimittel/clinical-trials/clinical-trials-on-medicinal-products/clinical-trial-application.html",
          reviewed: R,
        },
      ],
    },
    {
      kind: "permit",
      id: "ch-import-imp-distributor-licences",
      materials: ["imp"],
      name: "Swissmedic establishment licences to import, store and distribute medicinal products",
      onlyWhen: "a distributor in Switzerland imports the IMPs (direct shipments to the trial site are covered by the trial authorisation)",
      authority: "Swissmedic",
      scope: "per-importer",
      holder: "importer",
      note:
        "If a distributor located in Switzerland (e.g. a hospital pharmacy or packaging company) imports the IMPs, it must hold Swissmedic licences to import, store and distribute them; if it does not yet have them it must apply, and may continue its activities until Swissmedic decides.",
      sources: [REGASK_CH_SPECIMENS, MPLO_19],
    },
    {
      kind: "permit",
      id: "ch-import-narcotics-swissmedic",
      materials: ["imp"],
      name: "Swissmedic import licence for controlled substances (narcotics)",
      authority: "Swissmedic",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note:
        "Any import of controlled substances needs a Swissmedic import licence, normally for a single import. For substances in lists b, f and g, Swissmedic may issue general licences for a maximum quantity between a given supplier and recipient. Not needed for preparations in list c, or for analytical solutions up to 1 mg/ml.",
      sources: [BETMKV_23, BETMKV_25],
    },
    {
      kind: "permit",
      id: "ch-import-samples-foph-pathogen-notice",
      materials: ["samples"],
      name: "Notification to the FOPH of the time and place of each import of group 3 or 4 human-pathogenic organisms (Containment Ordinance ESV, Annex 3.2 no. 3(g))",
      authority: "Federal Office of Public Health (FOPH/BAG), Biosafety section",
      scope: "per-shipment",
      holder: "importer",
      onlyWhen: "the samples contain, or are shipped as, human-pathogenic organisms of risk group 3 or 4",
      note:
        "Human-pathogenic organisms of group 2 and genetically active material can be imported without conditions or prior notice. For group 3 and 4 organisms the FOPH must be told the time and place of each import (by e-mail, or within an authorisation application or notification). The FOPH does not normally issue import certificates; if customs holds a shipment, the importer or customs can contact the FOPH. Whether routine clinical-trial samples not known to contain such organisms need anything was not found.",
      sources: [FOPH_IMPORT_ORGANISMS],
    },
    {
      kind: "none",
      id: "ch-import-samples-none",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note:
        "No Swissmedic import licence is needed per shipment for blood and blood products that are not intended for use in humans (Medicinal Products Licensing Ordinance, MPLO Art. 44(2)(b)(2)); the per-shipment licence of Art. 44(1) applies to blood and blood products for use in humans. The FOPH states that human-pathogenic organisms of risk group 2 can be imported without conditions or prior notice; only group 3 and 4 organisms need a notice to the FOPH (see the conditional rule). The exemption is written in the medicinal-products rules for blood and blood products and concerns the per-shipment licence; no separate statement was found for tissue or urine samples. Cells and tissues for transplantation follow other rules.",
      sources: [
        {
          title: "Medicinal Products Licensing Ordinance (MPLO/AMBV), Art. 44: Import of individual batches of immunological medicinal products or of blood and blood products (English translation, version 2025.03)",
          url: "https://lawbrary.ch/law/812_212_1/AMBV/v2025.03/en",
          reviewed: R,
        },
        FOPH_IMPORT_ORGANISMS,
      ],
    },
    {
      kind: "permit",
      id: "ch-import-device-clinical-investigation",
      materials: ["device"],
      name: "Authorisation of the category C clinical investigation in which the investigational device is used, by Swissmedic and the responsible cantonal ethics committee (ClinO-MD)",
      authority: "Swissmedic and the responsible cantonal ethics committee",
      scope: "per-trial",
      holder: "sponsor",
      onlyWhen: "the clinical investigation is category C: the device is not CE-marked (C2), is used outside its CE-marked instructions for use (C1), or its placing on the market or use is prohibited in Switzerland (C3); a category A investigation of a device used as its CE marking allows needs only the cantonal ethics committee's approval",
      usuallyApplies: true,
      note:
        "Pre-market (category C) clinical investigations with medical devices must be authorised by Swissmedic and the responsible cantonal ethics committee; the applications go to both on the same day, and Swissmedic authorises only once the ethics committee has approved the same version of the documents. Other (category A, post-market) investigations need only the cantonal ethics committee's approval and are not submitted to Swissmedic. Swissmedic's statement that importing medical devices needs no authorisation concerns devices placed on the market, not investigational devices. No processing time was taken from these sources.",
      sources: [
        { title: "Swissmedic: Clinical investigations with medical devices (categories A and C; last modified 16 October 2024)", url: "https://swissmedic.ch/swissmedic/en/home/medical-devices/klinische-versuche/klinische-pruefungen.html", reviewed: "2026-12-06" },
        { title: "Ordinance on Clinical Trials of Medical Devices (ClinO-MD, SR 810.306), status as of 20 May 2025 (English translation, Lexipedia)", url: "https://lexipedia.io/it/laws/ch/810.306/ordinance-on-clinical-trials-of-medical-devices-clino-md?language=en", reviewed: "2026-12-06" },
      ],
    },
    {
      kind: "none",
      id: "ch-import-devices-none",
      materials: ["ancillary", "lab-kit"],
      sourceCovers: ["ancillary", "lab-kit"],
      note:
        "Swissmedic: no authorisation is required to import (or dispense) medical devices; CE-marked devices may be imported and placed on the market in Switzerland. Importers must comply with the legal provisions and a duty of care (e.g. verifying conformity before placing devices on the Swiss market, storage and transport conditions, product surveillance, cooperation in recalls). Covers ancillary supplies and sample collection kits (in-vitro diagnostic devices), which are medical devices. Equipment is not listed: the statement covers it only where it is a medical device. Investigational devices are used under the clinical investigation's own authorisation (see that rule).",
      sources: [
        SWISSMEDIC_MD_IMPORTS,
        {
          title: "Swissmedic: focus campaign 2025, checking compliance with importer obligations (Walder Wyss, law firm)",
          url: "https://www.walderwyss.com/en/news/2025-05-01_swissmedic-focus-campaign-2025-checking-compliance-with-importer-obligations",
          reviewed: R,
        },
      ],
    },
  ],
  export: [
    {
      kind: "none",
      id: "ch-export-samples-none",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note: "No export licence is required to export biological specimens from Switzerland (secondary source).",
      sources: [REGASK_CH_SPECIMENS],
    },
    {
      kind: "none",
      id: "ch-export-no-licence-non-controlled",
      materials: ["device", "ancillary", "lab-kit", "equipment"],
      sourceCovers: ["device", "ancillary", "lab-kit", "equipment"],
      note:
        "No export licence is needed for goods that are not subject to a licence under the Goods Control Ordinance (dual-use, specific military and strategic goods, Art. 3) or the War Material Act. Exporters of goods in customs tariff chapters that include such items (among them chapters 28-29, parts of 30, 34, 36-40 and 81-90, which cover diagnostic reagents, refrigerating equipment, centrifuges and medical or laboratory instruments) must mark the export declaration 'Licence not required' ('bewilligungsfrei') when no licence applies. Whether a licence applies is shown per tariff number in the electronic customs tariff Tares (notes 'SECO-ESIG' or 'SECO-ESRG'), where other export conditions for the destination are also listed; there are no export duties. Separately, the Federal Council may restrict or prohibit the export of certain medical devices to protect health, and Swissmedic issues device export certificates only where the destination country asks for one (see that rule); sanctions apply by destination.",
      sources: [GCO_17, BAZG_DUAL_USE, BAZG_EXPORT_DECLARING, TPA_50],
    },
    {
      kind: "permit",
      id: "ch-export-imp-swissmedic-establishment-licence",
      materials: ["imp"],
      name: "Swissmedic establishment licence covering export of medicinal products",
      authority: "Swissmedic",
      scope: "per-exporter",
      holder: "exporter",
      note:
        "All companies exporting medicinal products (Art. 18 TPA), including for clinical trials, must hold a Swissmedic establishment licence, issued after a successful inspection or other evaluation. Since 4 November 2024 the export declaration in the Passar system (the only system from 1 January 2026) must state the licence requirement and give the establishment licence number and the licence holder. Goods that normally need a licence but move under a licence exception must be declared as 'Licence exception' (the exceptions themselves are not covered here). A sponsor without its own licence ships through a licensed Swiss depot or distributor.",
      sources: [SWISSMEDIC_LICENSING, SWISSMEDIC_EXPORT_PASSAR],
    },
    {
      kind: "permit",
      id: "ch-export-device-swissmedic-export-certificate",
      materials: ["device", "ancillary", "lab-kit"],
      name: "Swissmedic export certificate (Free Sales Certificate, FSC) or other certificate for medical devices",
      authority: "Swissmedic",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the destination country does not recognise CE marking and asks for an export certificate from the exporting country's authority",
      note:
        "Swissmedic issues export certificates (Free Sales Certificates) and other certificates for medical devices, on request, to manufacturers or authorised representatives domiciled in Switzerland; an FSC certifies the devices' formal conformity with Swiss law and thus their basic eligibility to be marketed, so it concerns conforming devices. The product list must give, per device, the CHRN, Basic UDI-DI, certificate number, reference number, name, class and GMDN code. Fee: CHF 200 per certificate. The Federal Council may restrict or prohibit the export of certain medical devices to protect health (TPA Art. 50); no general export licence for medical devices was found.",
      sources: [SWISSMEDIC_MD_EXPORT_CERTS, SWISSMEDIC_MD_EXPORT_FAQ, TPA_50],
    },
    {
      kind: "permit",
      id: "ch-export-narcotics-swissmedic",
      materials: ["imp"],
      name: "Swissmedic export licence for controlled substances (narcotics)",
      authority: "Swissmedic",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note:
        "Any export of controlled substances needs a Swissmedic export licence, normally for a single export; general licences are possible for lists b, f and g if the destination country accepts them.",
      sources: [BETMKV_23, BETMKV_25],
    },
  ],
  importerOfRecord: [
    {
      id: "ch-ior-imp",
      materials: ["imp"],
      who:
        "The party named in the Swissmedic import authorisation given with the clinical trial authorisation, or a Swiss distributor (hospital pharmacy, packaging company) holding Swissmedic import, storage and distribution licences. A sponsor headquartered outside Switzerland must designate a natural or legal person in Switzerland as its representative for the trial.",
      foreignSponsorMayAct: false,
      mustHold: ["ch-import-imp-swissmedic-ct-licence"],
      note: "Whether a foreign sponsor with a Swiss representative may itself be the customs declarant was not confirmed.",
      sources: [REGASK_CH_SPECIMENS, MPLO_19, SWISS_REP_FORM],
    },
    {
      id: "ch-ior-other",
      materials: ["device", "ancillary", "lab-kit", "samples", "equipment"],
      who:
        "The party liable to declare and pay duty is primarily the one taking the goods across the border (carrier) or arranging for them to be taken across (importer, recipient, shipper, client); courier and postal operators file the declaration for a fee. The import declaration must name the consignee, a person domiciled or established in Switzerland to whom the goods are delivered (e.g. the trial site or laboratory), with its business identification number (UID), and, if different, the importer, i.e. whoever imports the goods or has them imported on its account.",
      foreignSponsorMayAct: true,
      note:
        "The importer is defined without a domicile requirement, and depending on the Incoterm the declaration obligations can fall on the contract partner outside Switzerland (secondary source); the consignee must still be in Switzerland. For CH addresses without a known UID a pseudo UID can be used (secondary source). Whether a foreign importer can recover Swiss import VAT is not covered here.",
      sources: [EZV_DECLARING, NOTZ_UID, SISA_UID],
    },
  ],
  exporterOfRecord: [
    {
      id: "ch-eor-imp",
      materials: ["imp"],
      who:
        "A company in Switzerland holding a Swissmedic establishment licence that covers export of medicinal products; the licence number and licence holder must be entered in the export declaration (Passar).",
      foreignSponsorMayAct: false,
      mustHold: ["ch-export-imp-swissmedic-establishment-licence"],
      sources: [SWISSMEDIC_EXPORT_PASSAR, SWISSMEDIC_LICENSING],
    },
    {
      id: "ch-eor-other",
      materials: ["device", "ancillary", "lab-kit", "samples", "equipment"],
      who:
        "The exporter named in the export declaration with its name, business identification number (UID) and address: whoever sends the goods abroad, or has them sent on its own account or on the account of a buyer living abroad.",
      foreignSponsorMayAct: false,
      note:
        "The export declaration requires the exporter's UID (secondary source quoting the Foreign Trade Statistics Ordinance); a customs-only UID can be requested (secondary source). Whether a sponsor with no Swiss presence can obtain one and act itself was not confirmed, so plan for a Swiss exporter (site, laboratory, depot or forwarder).",
      sources: [NOTZ_UID, SISA_UID],
    },
  ],
  temporaryAdmission: {
    id: "ch-ata",
    ataCarnet: true,
    note:
      "Switzerland accepts the ATA carnet (valid one year, multiple crossings, no security at the border) for professional equipment, exhibition goods and commercial samples; it covers durable goods, not consumables. An ATA carnet cannot be used in Switzerland for rental transactions: a customs declaration for temporary admission (CDTA/ZAVV) is used instead.",
    sources: [
      {
        title: "ATA Carnet: temporary importation into Switzerland (Federal Customs Administration)",
        url: "https://www.ezv.admin.ch/ezv/en/home/information-companies/declaring-goods/importation-into-switzerland/temporary-importation/ata-carnet.html",
        reviewed: R,
      },
    ],
  },
};

export default rules;
