import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const TGA_HANDBOOK_IMPORT = {
  title: "Australian clinical trial handbook: Importing and exporting (Therapeutic Goods Administration)",
  url: "https://www.tga.gov.au/book-page/importing-and-exporting",
  reviewed: R,
};
const TGA_WHICH_SCHEME = {
  title: "Which clinical trial scheme should I choose? (Therapeutic Goods Administration)",
  url: "https://www.tga.gov.au/resources/which-clinical-trial-scheme-should-i-choose/cts-unapproved-4",
  reviewed: R,
};
const TGA_CLINICAL_TRIALS = {
  title: "Clinical trials (Therapeutic Goods Administration)",
  url: "https://www.tga.gov.au/clinical-trials",
  reviewed: R,
};
const TGA_SPONSOR_ROLE = {
  title: "Australian clinical trial handbook: Responsibilities under the CTN and CTX schemes (Therapeutic Goods Administration)",
  url: "https://www.tga.gov.au/book-page/responsibilities-under-ctn-and-ctx-schemes",
  reviewed: R,
};
const TGA_EXPORT_EXPERIMENTAL = {
  title: "Import/export of unapproved therapeutic goods for experimental purposes (Therapeutic Goods Administration)",
  url: "https://tga.gov.au/resources/resource/forms/importexport-unapproved-therapeutic-goods-experimental-purposes",
  reviewed: R,
};
const BICON_CT_DECLARATION = {
  title: "BICON: Human therapeutics and medicines - changes effective 25 December 2020 (clinical trial medicines importer declaration)",
  url: "https://bicon.agriculture.gov.au/BiconWeb4.0/ViewElement/Element/WhatsChangedNotice?elementPk=1757922",
  reviewed: R,
};
const BICON_CT_PLACEBO = {
  title: "BICON: Human therapeutics and medicines - changes effective 11 December 2019 (placebos included in clinical trial goods declaration)",
  url: "https://bicon.agriculture.gov.au/BiconWeb4.0/ViewElement/Element/WhatsChangedNotice?elementPk=1762638",
  reviewed: R,
};
const BICON_HUMAN_TISSUE_2024 = {
  title: "BICON: Documentation requirements for 'Human fluids and tissues not known to be infected' standard permit (effective 21 August 2024)",
  url: "https://bicon.agriculture.gov.au/BiconWeb4.0/ViewElement/Element/WhatsChangedNotice?elementPk=2222863",
  reviewed: R,
};
const BICON_HUMAN_TISSUE_2022 = {
  title: "BICON: Changes to Human fluids and tissues not free from disease (effective 4 November 2022)",
  url: "https://bicon.agriculture.gov.au/BiconWeb4.0/ViewElement/Element/WhatsChangedNotice?elementPk=1985073",
  reviewed: R,
};
const ODC_IMPORT = {
  title: "Importing controlled substances into Australia (Office of Drug Control)",
  url: "https://odc.gov.au/narcotic-and-psychotropic-drugs/importing-controlled-substances-australia",
  reviewed: R,
};
const TGA_EXPORT_HUMAN_SUBSTANCES = {
  title: "Export of human substances (Therapeutic Goods Administration)",
  url: "https://tga.gov.au/export-human-substances",
  reviewed: R,
};
const TGA_EXPORT_HUMAN_SUBSTANCES_GUIDANCE = {
  title: "Export of human substances guidance (Therapeutic Goods Administration)",
  url: "https://tga.gov.au/resources/resource/reference-material/export-human-substances-guidance",
  reviewed: R,
};
const TGA_IVD_ARTG = {
  title: "Including IVD medical devices in the ARTG (Therapeutic Goods Administration)",
  url: "https://tga.gov.au/node/458542",
  reviewed: R,
};
const AU_TARIFF_SCH3 = {
  title: "Australian Customs Tariff Schedule 3 general rates, copied from the ABF 'Current tariff classification' pages (networkneedsau/australian-tariff-classification data file, April 2026)",
  url: "https://github.com/networkneedsau/australian-tariff-classification/blob/9a8f3f3751a015314cd297b3ccfc409ea00059d3/data/tariff-schedule3.json",
  reviewed: R,
};
const BICON_DIAGNOSTIC_KITS_CASE = {
  title: "BICON case overview: Diagnostic kits, version effective August 2019 (test kits including diagnostic kits, biological indicators, IVDs, research kits, controls and calibrators)",
  url: "https://bicon.agriculture.gov.au/BiconWeb4.0/ImportConditions/ViewCase/Overview?UserContext=None&IsInternal=False&IsAep=False&Path=UNDEFINED&IsPathSet=True&EvaluationStateId=b490ec33-e8db-4f8b-b49d-ceb581d4238a&EvaluatableElementId=384260&EvaluationPhase=ImportDefinition&CaseElementPk=1098637&HasAlerts=True&HasChangeNotices=False",
  reviewed: R,
};
const BICON_DIAGNOSTIC_KITS_ALERT = {
  title: "BICON alert: Revised import conditions for diagnostic test kits (effective 3 August 2019)",
  url: "https://bicon.agriculture.gov.au/BiconWeb4.0/ViewElement/Element/Alert?elementPk=1099595",
  reviewed: R,
};
const TGA_SPONSOR_RESIDENT = {
  title: "Who can be a sponsor of therapeutic goods (Therapeutic Goods Administration)",
  url: "https://tga.gov.au/node/287245",
  reviewed: R,
};
const OMC_SPONSOR_DEFINITION = {
  title: "Australia authorized representative: Therapeutic Goods Act 1989 s3 definition of sponsor (OMC Medical)",
  url: "https://staging.omcmedical.com/australia-authorized-representative",
  reviewed: R,
};
const AU_ACTC_2019 = {
  title: "Australian Customs Tariff Classification (ACTC) 2019: Schedule 3 general rates scraped from the ABF 'Current tariff classification' pages on 19 July 2019 (mitcda/dibp.actc R data package, data/actc_2019.rda)",
  url: "https://github.com/mitcda/dibp.actc/blob/15618ee687d9811faf3af181323848fa8d2176db/data/actc_2019.rda",
  reviewed: R,
};
const AU_TARIFF_FTA = {
  title: "Australian Customs Tariff Schedules 4 to 16 (concessional items and free trade agreement rates), copied from the ABF pages (networkneedsau/australian-tariff-classification data file, April 2026): Schedule 4 item 56 and RCEP (Schedule 14) lines 3002.13.10, 3002.14.10, 3002.15.10",
  url: "https://github.com/networkneedsau/australian-tariff-classification/blob/9a8f3f3751a015314cd297b3ccfc409ea00059d3/data/tariff-schedules-fta.json",
  reviewed: R,
};
const HOME_AFFAIRS_CLEARING = {
  title: "Clearing goods through the border (Department of Home Affairs)",
  url: "https://www.homeaffairs.gov.au/trav/impo/clea",
  reviewed: R,
};

const TGA_IMPORTING_DEVICES = {
  title: "Importing and supplying medical devices: FAQs for health professionals (Therapeutic Goods Administration)",
  url: "https://tga.gov.au/resources/resource/guidance/importing-supplying-medical-devices",
  reviewed: R,
};
const TGA_SYRINGE_FINE = {
  title: "Dentist fined $5,328 for alleged unlawful importation of injectables (Therapeutic Goods Administration media release)",
  url: "https://tga.gov.au/media-release/dentist-fined-5328-alleged-unlawful-importation-injectables",
  reviewed: R,
};
const HLS_ARTG_SYRINGES = {
  title: "Can I use an imported medical device legally in Australia? The role of the ARTG (Health Law Solutions, secondary source)",
  url: "https://healthlawsolutions.com.au/can-i-use-my-imported-medical-device-legally-in-australia/",
  reviewed: R,
};

/** Australia: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "AU",
  name: "Australia",
  valuation: {
    basis: "FOB",
    note:
      "For imports the point of valuation is the point of containerisation or free on board at the customs frontier of the exporting country; the customs value does not include international freight and insurance to Australia. GST, however, is charged on the value of the taxable importation, which adds international transport and insurance and any duty to the customs value.",
    sources: [
      {
        title: "International merchandise trade: valuation of imports and exports (Australian Bureau of Statistics)",
        url: "https://abs.gov.au/ausstats/abs@.nsf/94713ad445ff1425ca25682000192af2/C5DEF8C3FD76F194CA256B36001BFB4E",
        reviewed: R,
      },
      {
        title: "Paying GST on imported goods (Australian Taxation Office, Tax, Super + You)",
        url: "https://smallbusiness.taxsuperandyou.gov.au/growing-your-small-business/paying-gst-on-imported-goods",
        reviewed: R,
      },
    ],
  },
  importTax: {
    id: "au-import-tax",
    name: "GST on imports",
    standardRatePercent: 10,
    baseIncludesFreight: true,
    note:
      "GST is 10% of the value of the taxable importation: customs value + customs duty + international transport and insurance to the place of consignment in Australia (+ wine equalisation tax). Imports are GST-free only if the supply would have been GST-free in Australia; for drugs and medicinal preparations (GST Act s38-50) this requires, among other things, supply to an individual for private or domestic use, so an entity importing medicines for use in its enterprise makes a taxable importation (ATO ID 2003/1122). No GST exemption for investigational products imported by sponsors or depots was found.",
    reliefs: [],
    sources: [
      {
        title: "Paying GST on imported goods (Australian Taxation Office, Tax, Super + You)",
        url: "https://smallbusiness.taxsuperandyou.gov.au/growing-your-small-business/paying-gst-on-imported-goods",
        reviewed: R,
      },
      {
        title: "ATO ID 2003/1122: GST and the importation of drugs for use in treating a patient (Australian Taxation Office)",
        url: "https://www.ato.gov.au/law/view/print?DocID=AID%2FAID20031122%2F00001&PiT=99991231235958",
        reviewed: R,
      },
      {
        title: "A New Tax System (Goods and Services Tax) Act 1999 s38-50 Drugs and medicinal preparations (Australian Taxation Office legal database)",
        url: "https://ato.gov.au/law/view/document?LocID=%22PAC%2F19990055%2F38-50%281%29%28a%29%22",
        reviewed: R,
      },
    ],
  },
  duties: [
    {
      id: "au-duty-3004",
      heading: "3004",
      ratePercent: 0,
      note: "Medicaments put up in measured doses or for retail sale: every 3004 line (3004.10.00 to 3004.90.00) had a general rate of Free in Schedule 3 of the Customs Tariff Act 1995 (secondary source: copy of the ABF current tariff taken in July 2019; check the current ABF tariff). Blinded clinical trial kits and placebos for a clinical trial in Australia are also duty-free under Schedule 4 item 56 (see the CTN/CTA rule). GST is still due.",
      sources: [AU_ACTC_2019],
    },
    {
      id: "au-duty-3002",
      heading: "3002",
      ratePercent: 5,
      lowestRatePercent: 0,
      note: "Blood fractions, immunological products (e.g. monoclonal antibodies), vaccines and cell cultures: most 3002 lines had a general rate of Free (secondary source: copy of the ABF current tariff taken in July 2019). Exception: the first 8-digit line under each immunological-products subheading (3002.13.10, 3002.14.10 and 3002.15.10) was 5%, while the corresponding 'other' lines (3002.13.90, 3002.14.90, 3002.15.90) were Free; the current free trade agreement schedules still list phased RCEP preferential rates for those three .10 lines (4% from 1 January 2022), which indicates they are still dutiable at the general rate for non-preferential imports. Check the 8-digit line for an immunological IMP. GST is still due. With only the heading known the estimate uses 5%; the subheadings whose lines are all Free (3002.12, 3002.41, 3002.42, 3002.49, 3002.51, 3002.59, 3002.90) have their own 0% entries.",
      sources: [AU_ACTC_2019, AU_TARIFF_FTA],
    },
    {
      id: "au-duty-300212",
      heading: "300212",
      ratePercent: 0,
      note: "Subheading 3002.12: every national line Free in the July 2019 tariff (secondary source: copy of the ABF tariff); only the immunological .10 lines of 3002.13, 3002.14 and 3002.15 are dutiable.",
      sources: [AU_ACTC_2019, AU_TARIFF_FTA],
    },
    {
      id: "au-duty-300241",
      heading: "300241",
      ratePercent: 0,
      note: "Subheading 3002.41: every national line Free in the July 2019 tariff (secondary source: copy of the ABF tariff); only the immunological .10 lines of 3002.13, 3002.14 and 3002.15 are dutiable.",
      sources: [AU_ACTC_2019, AU_TARIFF_FTA],
    },
    {
      id: "au-duty-300242",
      heading: "300242",
      ratePercent: 0,
      note: "Subheading 3002.42: every national line Free in the July 2019 tariff (secondary source: copy of the ABF tariff); only the immunological .10 lines of 3002.13, 3002.14 and 3002.15 are dutiable.",
      sources: [AU_ACTC_2019, AU_TARIFF_FTA],
    },
    {
      id: "au-duty-300249",
      heading: "300249",
      ratePercent: 0,
      note: "Subheading 3002.49: every national line Free in the July 2019 tariff (secondary source: copy of the ABF tariff); only the immunological .10 lines of 3002.13, 3002.14 and 3002.15 are dutiable.",
      sources: [AU_ACTC_2019, AU_TARIFF_FTA],
    },
    {
      id: "au-duty-300251",
      heading: "300251",
      ratePercent: 0,
      note: "Subheading 3002.51: every national line Free in the July 2019 tariff (secondary source: copy of the ABF tariff); only the immunological .10 lines of 3002.13, 3002.14 and 3002.15 are dutiable.",
      sources: [AU_ACTC_2019, AU_TARIFF_FTA],
    },
    {
      id: "au-duty-300259",
      heading: "300259",
      ratePercent: 0,
      note: "Subheading 3002.59: every national line Free in the July 2019 tariff (secondary source: copy of the ABF tariff); only the immunological .10 lines of 3002.13, 3002.14 and 3002.15 are dutiable.",
      sources: [AU_ACTC_2019, AU_TARIFF_FTA],
    },
    {
      id: "au-duty-300290",
      heading: "300290",
      ratePercent: 0,
      note: "Subheading 3002.90: every national line Free in the July 2019 tariff (secondary source: copy of the ABF tariff); only the immunological .10 lines of 3002.13, 3002.14 and 3002.15 are dutiable.",
      sources: [AU_ACTC_2019, AU_TARIFF_FTA],
    },
    {
      id: "au-duty-300213",
      heading: "300213",
      ratePercent: 5,
      lowestRatePercent: 0,
      note: "Immunological products, subheading 3002.13: the line 3002.13.10 had a general rate of 5% and the line 3002.13.90 was Free (secondary source: copy of the ABF current tariff taken in July 2019); the current free trade agreement schedules still list phased RCEP rates for the .10 line, so it is still dutiable for non-preferential imports. Estimated at 5% until the 8-digit line is known.",
      sources: [AU_ACTC_2019, AU_TARIFF_FTA],
    },
    {
      id: "au-duty-300214",
      heading: "300214",
      ratePercent: 5,
      lowestRatePercent: 0,
      note: "Immunological products, subheading 3002.14: the line 3002.14.10 had a general rate of 5% and the line 3002.14.90 was Free (secondary source: copy of the ABF current tariff taken in July 2019); the current free trade agreement schedules still list phased RCEP rates for the .10 line, so it is still dutiable for non-preferential imports. Estimated at 5% until the 8-digit line is known.",
      sources: [AU_ACTC_2019, AU_TARIFF_FTA],
    },
    {
      id: "au-duty-300215",
      heading: "300215",
      ratePercent: 5,
      lowestRatePercent: 0,
      note: "Immunological products, subheading 3002.15: the line 3002.15.10 had a general rate of 5% and the line 3002.15.90 was Free (secondary source: copy of the ABF current tariff taken in July 2019); the current free trade agreement schedules still list phased RCEP rates for the .10 line, so it is still dutiable for non-preferential imports. Estimated at 5% until the 8-digit line is known.",
      sources: [AU_ACTC_2019, AU_TARIFF_FTA],
    },
    {
      id: "au-duty-300630",
      heading: "300630",
      ratePercent: 0,
      note: "Opacifying preparations for X-ray examinations and diagnostic reagents designed to be administered to the patient (3006.30.00): general rate Free (secondary source: copy of the ABF current tariff taken in July 2019). Other 3006 lines are mixed: e.g. sterile sutures and haemostatics (several 3006.10 lines), dental cements (3006.40.00), gel preparations for use as lubricants or coupling agents (3006.70.00) and ostomy appliances (3006.91.00) were 5%, while blood-grouping reagents (3006.20.00), first-aid kits (3006.50.00) and chemical contraceptives (3006.60.00) were Free. The 2019 data predate subheading 3006.93 (placebos and blinded clinical trial kits); such kits are duty-free under Schedule 4 item 56 when imported for a clinical trial in Australia.",
      sources: [AU_ACTC_2019],
    },
    {
      id: "au-duty-300693",
      heading: "300693",
      ratePercent: 0,
      note: "Placebos and blinded (or double-blinded) clinical trial kits: free of duty under Schedule 4 item 56 of the Customs Tariff Act 1995 (concessional code 9999.40.56, 'Placebos for use in clinical trials') when they are placebos imported for use in a clinical trial in Australia, or kits containing medicaments and/or placebos that do not indicate which they contain, imported for use in a clinical trial in Australia and meeting the by-law requirements, and all Commonwealth import requirements (e.g. the CTN/CTA) have been complied with (secondary source: copy of the ABF Schedule 4 pages). The concession must be claimed on the import declaration. GST is still due.",
      sources: [AU_TARIFF_FTA],
    },
    {
      id: "au-duty-9018",
      heading: "9018",
      ratePercent: 0,
      note: "Medical, surgical and dental instruments and appliances: every 9018 subheading (e.g. 9018.11.00 electro-cardiographs, 9018.31.00 syringes, 9018.90.00 other instruments) has a general rate of Free in Schedule 3 of the Customs Tariff Act 1995 (secondary source: copy of the ABF current tariff). GST is still due.",
      sources: [AU_TARIFF_SCH3],
    },
    {
      id: "au-duty-9027",
      heading: "9027",
      ratePercent: 0,
      note: "Instruments and apparatus for physical or chemical analysis: every 9027 subheading (chromatographs, spectrometers, other analysers, microtomes and parts) has a general rate of Free (secondary source: copy of the ABF current tariff). GST is still due.",
      sources: [AU_TARIFF_SCH3],
    },
    {
      id: "au-duty-382213",
      heading: "382213",
      ratePercent: 0,
      note: "Diagnostic or laboratory reagents for blood-grouping (3822.13.00): general rate Free (secondary source: copy of the ABF current tariff).",
      sources: [AU_TARIFF_SCH3],
    },
    {
      id: "au-duty-382290",
      heading: "382290",
      ratePercent: 0,
      note: "Other diagnostic or laboratory reagents (3822.90.00): general rate Free. Other 3822 subheadings are mixed: most lines (e.g. 3822.11.10 malaria test kits, reagents on a cellulose backing, 'other' lines) are Free, but unmodified immunological products that are polyethers in primary form and reagents on a plastics backing (e.g. 3822.19.10, 3822.19.30, 3822.19.40) are 5%; classify the kit to the 8-digit line (secondary source: copy of the ABF current tariff).",
      sources: [AU_TARIFF_SCH3],
    },
    {
      id: "au-duty-841830",
      heading: "841830",
      ratePercent: 0,
      note: "Chest freezers not exceeding 800 L capacity (8418.30.00): general rate Free (secondary source: copy of the ABF current tariff). The rate was 5% in the July 2019 tariff; the current copy shows Free. Confirm on the ABF current tariff before relying on 0%.",
      sources: [
        AU_ACTC_2019,AU_TARIFF_SCH3],
    },
    {
      id: "au-duty-841840",
      heading: "841840",
      ratePercent: 0,
      note: "Upright freezers not exceeding 900 L capacity (8418.40.00): general rate Free (secondary source: copy of the ABF current tariff). The rate was 5% in the July 2019 tariff; the current copy shows Free. Confirm on the ABF current tariff before relying on 0%.",
      sources: [
        AU_ACTC_2019,AU_TARIFF_SCH3],
    },
    {
      id: "au-duty-841850",
      heading: "841850",
      ratePercent: 5,
      note: "Other refrigerating or freezing furniture (chests, cabinets, display counters and the like, 8418.50.00): general rate 5% (secondary source: copy of the ABF current tariff). Preferential (free trade agreement) rates may be lower for originating goods. The line is missing from the current tariff copy and 8418.30/8418.40 have since become Free, so confirm the current rate.",
      sources: [AU_ACTC_2019],
    },
    {
      id: "au-duty-841869",
      heading: "841869",
      ratePercent: 5,
      note: "Other refrigerating or freezing equipment (8418.69.00): general rate 5% (secondary source: copy of the ABF current tariff). Preferential (free trade agreement) rates may be lower for originating goods.",
      sources: [AU_TARIFF_SCH3],
    },
    {
      id: "au-duty-8421",
      heading: "8421",
      ratePercent: 5,
      lowestRatePercent: 0,
      note: "Centrifuges and filtering apparatus: the laboratory-centrifuge line 8421.19.00 (other centrifuges) and centrifuge parts (8421.91.00) are 5%, as are most other 8421 lines; cream separators (8421.11.00) and clothes-dryers (8421.12.00) are Free, and a few filtering lines for specified fluoropolymer equipment have become Free (secondary source: copy of the ABF current tariff). Preferential (free trade agreement) rates may be lower for originating goods.",
      sources: [AU_TARIFF_SCH3],
    },
  ],
  deMinimis: {
    id: "au-de-minimis",
    amount: 1000,
    currency: "AUD",
    covers: "duty-and-tax",
    note:
      "For goods (other than tobacco and alcohol) with a value of AUD 1,000 or less there are no duties, taxes or charges to pay at the border; air and sea cargo still needs a Self-Assessed Clearance (SAC) declaration. Since 1 July 2018 GST on low-value goods sold to consumers is collected at the point of sale instead. Goods over AUD 1,000 need a full import declaration. Biosecurity and permit requirements apply regardless of value.",
    sources: [HOME_AFFAIRS_CLEARING],
  },
  import: [
    {
      kind: "permit",
      id: "au-import-imp-ctn-cta",
      materials: ["imp", "device"],
      name: "Clinical Trial Notification (CTN) or Clinical Trial Approval (CTA) for 'unapproved' therapeutic goods",
      authority: "Therapeutic Goods Administration (TGA)",
      scope: "per-trial",
      holder: "sponsor",
      note:
        "Therapeutic goods not on the ARTG may only be imported or supplied if exempt or approved; the CTN and CTA schemes provide for the lawful importation into and/or supply in Australia of 'unapproved' medicines, biologicals and devices for use in a clinical trial (Therapeutic Goods Regulations Sch 5A item 1; Medical Devices Regulations Sch 4 item 2.1). Under the CTN scheme the Australian trial sponsor notifies the TGA online (with fee) before the goods are first used; the TGA does not evaluate the trial data. Under the CTA scheme the sponsor applies for TGA approval. Trials using only ARTG-included goods within their approval are outside both schemes. Customs duty: blinded clinical trial kits and placebos imported for use in a clinical trial have been duty-free since 1 July 2018 (Customs Tariff Act Schedule 4 item 56, by-law 1800128).",
      sources: [TGA_HANDBOOK_IMPORT, TGA_WHICH_SCHEME, TGA_CLINICAL_TRIALS],
    },
    {
      kind: "permit",
      id: "au-import-imp-bicon-declaration",
      materials: ["imp"],
      name: "Biosecurity importer declaration for clinical trial goods (BICON case 'Human therapeutics and medicines')",
      authority: "Department of Agriculture, Fisheries and Forestry (biosecurity)",
      scope: "per-importer",
      holder: "importer",
      note:
        "Clinical trial medicines (including placebos) are cleared under the BICON 'Human therapeutics and medicines' case with an importer declaration; since December 2020 the declaration need not be consignment-specific but must clearly identify the goods. Products containing ingredients of biological origin may need a biosecurity import permit; check the BICON case for the specific product before shipping.",
      sources: [BICON_CT_DECLARATION, BICON_CT_PLACEBO, TGA_HANDBOOK_IMPORT],
    },
    {
      kind: "permit",
      id: "au-import-samples-bicon-permit",
      materials: ["samples"],
      name: "Biosecurity import permit for human fluids and tissues (BICON case 'Human fluids and tissues', e.g. standard permit for goods not known to be infected)",
      authority: "Department of Agriculture, Fisheries and Forestry, Laboratory and Human Tissues Program",
      scope: "per-importer",
      holder: "importer",
      note:
        "Material of biological origin, including human material, may need biosecurity permission before import. Human fluids and tissues not known to be infected are imported under a standard permit; since 21 August 2024 new permits require a manufacturer's or supplier's declaration with each consignment and the goods must not be infected with prion proteins. Human fluids and tissues infected, or suspected to be infected, with listed pathogens are prohibited under the 'not free from disease' case (amended November 2022). The permit must be in place before the goods arrive. Permit validity: not sourced. Lead time: the department aims to assess 90% of import permit applications within 20 business days, although the Biosecurity Act allows up to 123 days and in April 2021 assessments were taking about five to seven weeks; working days converted to calendar days.",
      leadTimeDays: 28,
      sources: [BICON_HUMAN_TISSUE_2024, BICON_HUMAN_TISSUE_2022, TGA_HANDBOOK_IMPORT, { title: "Department of Agriculture, Water and the Environment: Industry Advice Notice 78-2021, Import permit application assessment timeframes (23 April 2021)", url: "https://agriculture.gov.au/biosecurity-trade/import/industry-advice/2021/78-2021", reviewed: R }],
    },
    {
      kind: "permit",
      id: "au-import-ancillary-artg-or-ctn",
      materials: ["ancillary"],
      name: "Inclusion of the medical devices in the Australian Register of Therapeutic Goods (ARTG), or their coverage as 'unapproved' therapeutic goods by the trial's Clinical Trial Notification (CTN) or Clinical Trial Approval (CTA)",
      authority: "Therapeutic Goods Administration (TGA)",
      scope: "per-trial",
      holder: "sponsor",
      note:
        "Ancillary supplies such as syringes are medical devices: the Therapeutic Goods Act defines medical devices broadly, from tongue depressors and syringes to MRI scanners (secondary source). TGA regulates all medical devices imported into Australia, and unless a specific exemption, approval or authority applies, therapeutic goods must be entered in the ARTG before they can be lawfully imported or supplied; supply includes supply in the course of testing the safety or efficacy of therapeutic goods. Supplies already in the ARTG are covered by their sponsor's entry; supplies that are not in the ARTG must be notified as 'unapproved' goods through the trial's CTN or CTA, as TGA asks sponsors to check all therapeutic goods used in the trial, not just the investigational product.",
      sources: [TGA_IMPORTING_DEVICES, TGA_SYRINGE_FINE, TGA_WHICH_SCHEME, HLS_ARTG_SYRINGES],
    },
    {
      kind: "permit",
      id: "au-import-device-artg-inclusion",
      materials: ["lab-kit", "equipment"],
      name: "Inclusion of the medical device or IVD medical device in the Australian Register of Therapeutic Goods (ARTG)",
      authority: "Therapeutic Goods Administration (TGA)",
      scope: "per-importer",
      holder: "sponsor",
      onlyWhen:
        "the goods are medical devices or in-vitro diagnostic (IVD) medical devices (not general laboratory equipment or non-medical consumables) and are not supplied under the trial's CTN/CTA or another exemption",
      note:
        "The ARTG is the register of therapeutic goods accepted for importation into, supply in and exportation from Australia; medical devices, including IVDs, cannot generally be imported, supplied or exported unless they are included in it. Exceptions include supply under the clinical trial schemes (CTN/CTA), authorised prescribers, the Special Access Scheme, personal importation and national-interest emergency exemptions. Only an Australian sponsor can apply to include an IVD in the ARTG, and the device must meet the Essential Principles with an appropriate conformity assessment. Class 1-3 in-house IVDs go on a separate in-house IVD database. Goods already included in the ARTG are covered by their sponsor's entry; devices supplied only for the trial must be covered by the trial's CTN or CTA.",
      sources: [TGA_IVD_ARTG],
    },
    {
      kind: "permit",
      id: "au-import-other-tg-ctn-cta",
      materials: ["lab-kit", "equipment"],
      name: "Clinical Trial Notification (CTN) or Clinical Trial Approval (CTA) covering 'unapproved' therapeutic goods used in the trial",
      authority: "Therapeutic Goods Administration (TGA)",
      scope: "per-trial",
      holder: "sponsor",
      onlyWhen:
        "the goods are therapeutic goods (e.g. medical devices or IVDs) that are not included in the ARTG and are not covered by another exemption, approval or authority",
      note:
        "Therapeutic goods must be included in the ARTG before they can be lawfully imported into, exported from or supplied in Australia unless they are the subject of an exemption, approval or authority; the CTN and CTA schemes allow 'unapproved' therapeutic goods to be imported and supplied for use in a clinical trial. TGA asks sponsors to check whether any of the therapeutic goods used in the trial, not just the investigational product, are 'unapproved', and to notify them through the CTN or CTA. Goods that are not therapeutic goods are outside this rule.",
      sources: [TGA_WHICH_SCHEME, TGA_CLINICAL_TRIALS],
    },
    {
      kind: "permit",
      id: "au-import-labkit-bicon-diagnostic-kits",
      materials: ["lab-kit"],
      name: "Biosecurity import conditions for test kits (BICON case 'Diagnostic kits'): import permit or other conditions of the applicable pathway",
      authority: "Department of Agriculture, Fisheries and Forestry (biosecurity)",
      scope: "per-importer",
      holder: "importer",
      onlyWhen:
        "the kit contains biological material (any animal, microbial or plant derived material); kits made only of synthetic material are covered by the BICON 'Synthetic material' case instead",
      note:
        "The BICON 'Diagnostic kits' case covers diagnostic kits, IVDs, research kits, biological indicators, controls and calibrators that contain biological material. In its August 2019 version the case is organised into import pathways: nucleic acid amplification (e.g. PCR) kits, kits not testing for disease agents, kits testing for human conditions (excluding listed human diseases and zoonotic diseases), plant diagnostic kits, and 'Other' for novel kits and non-standard permit applications. Depending on the pathway an import permit or other import conditions apply; check the current BICON case for the specific kit before shipping. Permit validity was not captured here. Lead time where an import permit is needed: the department aims to assess 90% of import permit applications within 20 business days, although the Biosecurity Act allows up to 123 days and in April 2021 assessments were taking about five to seven weeks; working days converted to calendar days. Kits that are IVD medical devices also need ARTG inclusion or trial coverage (see the ARTG rule).",
      leadTimeDays: 28,
      sources: [BICON_DIAGNOSTIC_KITS_CASE, BICON_DIAGNOSTIC_KITS_ALERT, { title: "Department of Agriculture, Water and the Environment: Industry Advice Notice 78-2021, Import permit application assessment timeframes (23 April 2021)", url: "https://agriculture.gov.au/biosecurity-trade/import/industry-advice/2021/78-2021", reviewed: R }],
    },
    {
      kind: "permit",
      id: "au-import-controlled-odc",
      materials: ["imp"],
      name: "Licence and permit to import controlled substances (Customs (Prohibited Imports) Regulations 1956)",
      authority: "Office of Drug Control (ODC)",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note:
        "Importing narcotic, psychotropic and other controlled substances requires an ODC import licence and, once the licence is in place, an import permit for each shipment. Used or expired permits (green triplicate copy) must be returned to ODC within 14 days.",
      sources: [ODC_IMPORT],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "au-export-imp-tga-experimental",
      materials: ["imp", "device"],
      name: "TGA approval to export unapproved therapeutic goods for experimental purposes (Therapeutic Goods Act ss 19(1)(b), 32CK(1), 41HB(1))",
      authority: "Therapeutic Goods Administration (TGA), Exports Team",
      scope: "per-exporter",
      holder: "exporter",
      note:
        "Needed to import clinical trial goods for subsequent export or to export clinical trial goods manufactured in Australia. Approvals are usually granted for multiple consignments to one or more countries for 12 months; a new application is needed to renew or to add countries, and a report of quantities exported to each trial site is due every six months. Controlled substances also need export permission under the Customs (Prohibited Exports) Regulations 1958.",
      sources: [TGA_EXPORT_EXPERIMENTAL, TGA_HANDBOOK_IMPORT],
    },
    {
      kind: "permit",
      id: "au-export-samples-tga-human-substances",
      materials: ["samples"],
      name: "TGA permit to export human substances (Customs (Prohibited Exports) Regulations 1958, regulation 8 and Schedule 6)",
      authority: "Therapeutic Goods Administration (TGA), Exports Team",
      scope: "per-shipment",
      holder: "exporter",
      onlyWhen: "any individual container of human body fluid or tissue holds more than 50 mL, or the goods are substances derived from human blood",
      note:
        "Human body fluids, organs and other tissues are prohibited exports without a TGA permit only when the internal volume of an individual container exceeds 50 mL; at 50 mL or less per container no TGA export permit is needed, even if the whole shipment exceeds 50 mL. Substances derived from human blood (TGA examples: immunoglobulins, blood factors) need a permit whatever the volume. Human breast milk and placenta need no TGA permit. Applications are made on the TGA form and e-mailed to tga.exports@health.gov.au; the permit must be obtained before export and given to the Australian Border Force before or at the time of export. Permit validity and processing time were not found.",
      sources: [TGA_EXPORT_HUMAN_SUBSTANCES, TGA_EXPORT_HUMAN_SUBSTANCES_GUIDANCE],
    },
    {
      kind: "none",
      id: "au-export-samples-small-containers",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note:
        "No TGA export permit is needed to export human body fluids, organs or other tissues when the internal volume of each individual container is 50 mL or less, even if the whole shipment exceeds 50 mL (Customs (Prohibited Exports) Regulations 1958, Schedule 6 item 1). This does not apply to substances derived from human blood (e.g. immunoglobulins, blood factors), which need a permit whatever the volume, or to containers over 50 mL (see the TGA export permit rule). Human breast milk and placenta need no TGA permit. State or territory health department requirements for handling and storage may still apply.",
      sources: [TGA_EXPORT_HUMAN_SUBSTANCES, TGA_EXPORT_HUMAN_SUBSTANCES_GUIDANCE],
    },
    {
      kind: "permit",
      id: "au-export-md-artg",
      materials: ["ancillary", "lab-kit", "equipment"],
      name: "Inclusion of the medical device or IVD medical device in the Australian Register of Therapeutic Goods (ARTG) for export",
      authority: "Therapeutic Goods Administration (TGA)",
      scope: "per-exporter",
      holder: "sponsor",
      onlyWhen:
        "the goods are medical devices or IVD medical devices exported from Australia and not covered by the TGA approval to export unapproved therapeutic goods for experimental purposes",
      note:
        "The ARTG is the register of therapeutic goods accepted for importation into, supply in and exportation from Australia; medical devices, including IVDs, cannot generally be exported unless included in it or covered by an exemption or approval. The person who exports, or arranges the export of, therapeutic goods is their sponsor, who must be an Australian resident or a body incorporated and doing business in Australia. Goods that are not therapeutic goods (e.g. general laboratory equipment) are not covered by this rule.",
      sources: [TGA_IVD_ARTG, TGA_SPONSOR_RESIDENT, OMC_SPONSOR_DEFINITION],
    },
  ],
  importerOfRecord: [
    {
      id: "au-ior-imp",
      materials: ["imp", "device"],
      who:
        "The Australian trial sponsor under whose CTN or CTA the unapproved goods are imported (or a party importing on its behalf). Every clinical trial in Australia must have a sponsor that is an Australian entity; an overseas company cannot be the trial sponsor, so overseas companies appoint a local sponsor.",
      foreignSponsorMayAct: false,
      mustHold: ["au-import-imp-ctn-cta"],
      sources: [TGA_SPONSOR_ROLE, TGA_CLINICAL_TRIALS],
    },
    {
      id: "au-ior-md",
      materials: ["ancillary", "lab-kit", "equipment"],
      who:
        "For medical devices and IVDs: the Australian sponsor of the goods' ARTG entry (the person who imports, or arranges the import of, the goods), which must be an Australian resident or a body incorporated in Australia and conducting business there; for lab kits containing biological material, the importer must also meet the BICON 'Diagnostic kits' conditions (holding any import permit required).",
      foreignSponsorMayAct: false,
      mustHold: ["au-import-ancillary-artg-or-ctn", "au-import-device-artg-inclusion"],
      note:
        "A person who imports on behalf of another person resident or carrying on business in Australia is not the sponsor (Therapeutic Goods Act 1989 s3, as quoted by a secondary source). Goods that are not therapeutic goods need no TGA sponsor; who may import them was not researched.",
      sources: [TGA_SPONSOR_RESIDENT, OMC_SPONSOR_DEFINITION, TGA_IVD_ARTG, BICON_DIAGNOSTIC_KITS_CASE],
    },
    {
      id: "au-ior-samples",
      materials: ["samples"],
      who: "The holder of the DAFF biosecurity import permit covering the samples (typically the receiving laboratory or its institution).",
      foreignSponsorMayAct: false,
      mustHold: ["au-import-samples-bicon-permit"],
      note: "Who may apply for a BICON permit was not confirmed; shown as the permit holder.",
      sources: [BICON_HUMAN_TISSUE_2024],
    },
  ],
  exporterOfRecord: [
    {
      id: "au-eor-imp",
      materials: ["imp", "device"],
      who: "The holder of the TGA approval to export unapproved therapeutic goods for experimental purposes.",
      foreignSponsorMayAct: false,
      mustHold: ["au-export-imp-tga-experimental"],
      sources: [TGA_EXPORT_EXPERIMENTAL],
    },
    {
      id: "au-eor-md",
      materials: ["ancillary", "lab-kit", "equipment"],
      who:
        "For medical devices and IVDs: the Australian sponsor (the person who exports, or arranges the export of, the goods), which must be an Australian resident or a body incorporated in Australia and conducting business there.",
      foreignSponsorMayAct: false,
      mustHold: ["au-export-md-artg"],
      note: "Goods that are not therapeutic goods need no TGA sponsor; who may export them was not researched.",
      sources: [TGA_SPONSOR_RESIDENT, OMC_SPONSOR_DEFINITION, TGA_IVD_ARTG],
    },
    {
      id: "au-eor-samples",
      materials: ["samples"],
      who: "The exporter that obtains the TGA permit to export human substances, where one is needed (containers over 50 mL, or substances derived from human blood), and gives it to the Australian Border Force before or at export.",
      foreignSponsorMayAct: false,
      mustHold: ["au-export-samples-tga-human-substances"],
      note: "Whether an overseas sponsor may itself apply for the export permit was not confirmed; shown as the Australian exporter.",
      sources: [TGA_EXPORT_HUMAN_SUBSTANCES, TGA_EXPORT_HUMAN_SUBSTANCES_GUIDANCE],
    },
  ],
  temporaryAdmission: {
    id: "au-ata",
    ataCarnet: true,
    note:
      "Goods such as professional equipment, scientific equipment, commercial samples and exhibition goods can be temporarily imported for up to 12 months without duty or taxes, either under an ATA carnet (security lodged with the overseas issuing body) or under security lodged with the Australian Border Force (Customs Act ss 162/162A). Goods must be exported within the approved time and must not be sold, lent, hired or altered without permission, or duty and taxes become payable. Testing or evaluation equipment can also qualify under s 162. Carnets must be completed in English.",
    sources: [
      {
        title: "Temporary importations (Department of Home Affairs)",
        url: "https://www.homeaffairs.gov.au/busi/cargo-support-trade-and-goods/importing-goods/temporary-importations",
        reviewed: R,
      },
      {
        title: "Australia (AU): ATA carnet country conditions (digichambers, Belgian chambers of commerce)",
        url: "https://docs.digichambers.be/en/australia-au-3/",
        reviewed: R,
      },
    ],
  },
};

export default rules;
