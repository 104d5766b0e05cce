import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const CFR_312_110 = {
  title: "21 CFR 312.110 Import and export requirements (GPO, Code of Federal Regulations)",
  url: "https://webarchive.library.unt.edu/eot2008/20090113152053/http://edocket.access.gpo.gov/cfr_2001/aprqtr/21cfr312.110.htm",
  reviewed: R,
};
const FDA_EXPORT_IND = {
  title: "FDA: Exporting Investigational New Drugs",
  url: "https://www.fda.gov/drugs/human-drug-exports/exporting-investigational-new-drugs",
  reviewed: R,
};
const CFR_812_18 = {
  title: "eCFR 21 CFR 812.18 Import and export requirements (investigational device exemptions)",
  url: "https://www.ecfr.gov/cgi-bin/text-idx?mc=true&node=se21.8.812_118&rgn=div8",
  reviewed: R,
};
const CDC_NONINFECTIOUS = {
  title: "CDC Import Permit Program: FAQ on importation of non-infectious toxins, specimens and animals",
  url: "https://www.cdc.gov/import-permit-program/php/faq/non-infectious.html",
  reviewed: R,
};
const CDC_INFECTIOUS = {
  title: "CDC Import Permit Program: Importation of Infectious Specimens, Biological Agents, and Vectors Questions",
  url: "https://www.cdc.gov/import-permit-program/php/faq/infectious-specimens.html",
  reviewed: R,
};
const CDC_42CFR7154 = {
  title: "CDC: Frequently Asked Questions about Etiological Agent Import Permits (42 CFR 71.54)",
  url: "https://webarchive.library.unt.edu/eot2008/20090110155104/http:/www.cdc.gov/od/eaipp/faq.htm",
  reviewed: R,
};
const USITC_HTS_CH30 = {
  title: "USITC Harmonized Tariff Schedule search: heading 3002",
  url: "https://hts.usitc.gov/search?query=3002",
  reviewed: "2026-12-06",
};
const HTSHUB_CH30 = {
  title: "HTS Hub: US Harmonized Tariff Schedule (2025 HTS Revision 5), chapter 30: heading 3002 subheadings, general rate Free (secondary source)",
  url: "https://htshub.com/us-hs/chapter/30",
  reviewed: "2026-12-06",
};
const PHARMA_AGREEMENT = {
  title: "LexisNexis practice note: The WTO's Pharma Agreement (participants)",
  url: "https://www.lexisnexis.co.uk/legal/guidance/the-wtos-pharma-agreement",
  reviewed: R,
};
const EXPORT_GOV_EAR = {
  title: "export.gov (US Commercial Service), A Basic Guide to Exporting: Export Administration Regulations and the Bureau of Industry and Security",
  url: "https://www.export.gov/article2?id=Export-Administration-Regulations",
  reviewed: R,
};
const NON_RESIDENT_IOR = [
  { title: "Doing Business International: Non-resident importers (secondary source)", url: "https://www.doing-business-international.com/2016/02/non-resident-importers/", reviewed: R },
  { title: "CBLE exam question 2019 October No. 18, citing 19 CFR 141.18 (secondary source)", url: "https://www.cblesearch.com/question/2019-october-no-18-entry/", reviewed: R },
];
const CBP_SAMPLES = {
  title: "CBP: Business and Government Samples (payment of duty, TIB, ATA Carnet)",
  url: "https://www.cbp.gov/travel/clearing-cbp/business-government-samples",
  reviewed: R,
};

const FDA_CDRH_IMPORTING = {
  title: "FDA CDRH Device Advice: Importing into the U.S. (archived FDA page)",
  url: "https://webarchive.library.unt.edu/eot2008/20090115220213/http://www.fda.gov/cdrh/devadvice/39i.html",
  reviewed: R,
};
const CBP_IMPORTER_TIPS = {
  title: "CBP: Importer/Exporter Tips (What kind of license is required to import merchandise into the United States?)",
  url: "https://cbp.gov/trade/basic-import-export/importer-exporter-tips",
  reviewed: R,
};

/** United States: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "US",
  name: "United States",
  valuation: {
    basis: "FOB",
    note:
      "Customs value is the transaction value: the price actually paid or payable for the goods when sold for export to the United States. International freight and insurance are not part of it (in practice the FOB value). The merchandise processing fee (MPF) on formal entries is also charged on this value, at 0.3464% ad valorem, subject to a minimum and a maximum amount per entry that are updated periodically (secondary source).",
    sources: [
      {
        title: "19 CFR 152.103 Transaction value",
        url: "https://casetext.com/regulation/code-of-federal-regulations/title-19-customs-duties/chapter-i-us-customs-and-border-protection-department-of-homeland-security-department-of-the-treasury-continued/part-152-classification-and-appraisement-of-merchandise/subpart-e-valuation-of-merchandise/152103-transaction-value",
        reviewed: R,
      },
      { title: "CBP ruling HQ 546111: transaction value, price actually paid or payable, transportation charges (CustomsMobile)", url: "https://www.customsmobile.com/rulings/docview?doc_id=546111", reviewed: R },
      { title: "Dutify: United States import guide (duty on FOB value) (secondary source)", url: "https://docs.dutify.com/docs/united-states", reviewed: R },
      { title: "LMCHB trade news: Merchandise Processing Fee (secondary source)", url: "https://lmchb.com/trade-news/merchandise-processing-fee.html", reviewed: R },
    ],
  },
  importTax: {
    id: "us-import-tax",
    name: "No federal import VAT/GST",
    standardRatePercent: 0,
    reliefs: [],
    note:
      "The United States has no federal VAT or GST, so no import VAT is collected at the border. State and local sales/use taxes are not collected by CBP at import (secondary source). Duties and CBP fees (such as the merchandise processing fee) still apply.",
    sources: [{ title: "Dutify: United States import guide (sales tax) (secondary source)", url: "https://docs.dutify.com/docs/united-states", reviewed: R }],
  },
  duties: [
    {
      id: "us-duty-3002",
      heading: "3002",
      ratePercent: 0,
      zeroForZero: true,
      note: "General (MFN) rate Free. A Section 232 tariff on patented pharmaceuticals may apply on top (see the extra tariffs).",
      sources: [USITC_HTS_CH30, HTSHUB_CH30, PHARMA_AGREEMENT],
    },
    {
      id: "us-duty-3004",
      heading: "3004",
      ratePercent: 0,
      zeroForZero: true,
      note: "General (MFN) rate Free for the 3004 subheadings (e.g. 3004.90.92). A Section 232 tariff on patented pharmaceuticals may apply on top (see the extra tariffs).",
      sources: [
        { title: "Drip Capital: HTS code 3004 rates of duty (secondary source)", url: "https://www.dripcapital.com/hts-code/30/04", reviewed: R },
        PHARMA_AGREEMENT,
      ],
    },
    {
      id: "us-duty-3822",
      heading: "3822",
      ratePercent: 0,
      note: "General (MFN) rate Free for 3822.11 to 3822.19 and 3822.90 (diagnostic or laboratory reagents, certified reference materials).",
      sources: [{ title: "HTSHub: HTSUS chapter 38, heading 3822 (2025 revision) (secondary source)", url: "https://htshub.com/us-hs/chapter/38-9", reviewed: R }],
    },
    {
      id: "us-duty-9018",
      heading: "9018",
      ratePercent: 0,
      note: "General (MFN) rate Free for the common 9018 subheadings (e.g. 9018.19, 9018.31 syringes, 9018.32 needles, 9018.90.10 to 9018.90.30). Check the 8-digit line for other items.",
      sources: [
        { title: "eToolSage: Harmonized Tariff Schedule of the United States, 9018 (secondary source)", url: "https://www.etoolsage.com/Query/USHTS.asp?HTS=A&action=ScollUp&pageNo=586", reviewed: R },
        { title: "HSRates: HS 901890 other medical or surgical instruments (USITC data) (secondary source)", url: "https://custom-tariffs-seo.pages.dev/en/codes/9018-90-other-medical-or-surgical-instruments-and-appliances", reviewed: R },
      ],
    },
    {
      id: "us-duty-9027",
      heading: "9027",
      ratePercent: 0,
      note: "General (MFN) rate Free for analysis instruments (e.g. 9027.50.40, 9027.80/9027.89). Exception: microtomes (9027.90.20) are 2.2%.",
      sources: [
        { title: "eToolSage: Harmonized Tariff Schedule of the United States, 9027 (secondary source)", url: "https://etoolsage.com/Query/USHTS.asp?HTS=90&action=ScollUp&pageNo=25", reviewed: R },
        { title: "Drip Capital: HTS code 9027.80 (secondary source)", url: "https://dripcapital.com/hts-code/90/27/80", reviewed: R },
      ],
    },
    {
      id: "us-duty-300693",
      heading: "300693",
      ratePercent: 10.4,
      lowestRatePercent: 0,
      note:
        "Placebos and blinded (or double-blinded) clinical trial kits for a recognised clinical trial, put up in measured doses: General (MFN) rate Free for 3006.93.10 (packaged with medicinal preparations), the usual case for blinded kits that contain the investigational drug. Kits or placebos without a medicinal preparation are dutiable: 3006.93.80 (containing chemicals other than medicaments) 5%, 3006.93.50 (starch or foodstuffs predominate) 6.4%, 3006.93.20 (over 10% sugar by dry weight) 40 cents/kg + 10.4%. Confirm the 8-digit line with the customs broker for placebo-only shipments (secondary sources citing the USITC HTS). Whether the Section 232 tariff on patented pharmaceuticals reaches 3006.93 lines was not checked. Estimated at 10.4% (the ad valorem part of 3006.93.20, which also carries 40¢/kg) until the 8-digit line is known: 3006.93.10 kits packaged with the medicinal preparation are Free, 3006.93.50 is 6.4% and 3006.93.80 is 5%; the rate of 3006.93.60 was not checked.",
      sources: [
        { title: "Portoria: HTS 3006.93 placebos and blinded clinical trial kits, all lines (USITC data) (secondary source)", url: "https://portoria.app/hts/300693", reviewed: R },
        { title: "Portoria: HTS 3006.93.10.00 Packaged with medicinal preparations (USITC data, updated December 2025) (secondary source)", url: "https://portoria.app/hts/3006931000", reviewed: R },
        { title: "CustomTariffs: HS 300693 placebos and blinded clinical trial kits, US HTSUS rates from the USITC (secondary source)", url: "https://custom-tariffs-seo.pages.dev/en/codes/3006-93-placebos-and-blinded-or-double-blinded-clinical-trial-kits-for-a-recognised-clin", reviewed: R },
      ],
    },
    {
      id: "us-duty-841830",
      heading: "841830",
      ratePercent: 0,
      note: "Freezers of the chest type, not exceeding 800 litres: General (MFN) rate Free (8418.30.00.00). Since 23 June 2025 these freezers are Section 232 steel-derivative products: a duty on the value of their steel content comes on top (see the extra tariffs).",
      sources: [
        { title: "Portoria: HTS 8418.30.00.00 Freezers of the chest type (USITC data, updated December 2025) (secondary source)", url: "https://portoria.app/hts/8418300000", reviewed: R },
        { title: "eToolSage: Harmonized Tariff Schedule of the United States, 8418 (secondary source)", url: "https://www.etoolsage.com/Query/USHTS.asp?HTS=y&pageNo=168&action=ScollUp&lang=", reviewed: R },
      ],
    },
    {
      id: "us-duty-841840",
      heading: "841840",
      ratePercent: 0,
      note: "Freezers of the upright type, not exceeding 900 litres: General (MFN) rate Free (8418.40.00.00). Larger units or other refrigerating equipment (8418.69) were not checked. Since 23 June 2025 these freezers are Section 232 steel-derivative products: a duty on the value of their steel content comes on top (see the extra tariffs).",
      sources: [
        { title: "Portoria: HTS 8418.40.00.00 Freezers of the upright type (USITC data, updated December 2025) (secondary source)", url: "https://portoria.app/hts/8418400000", reviewed: R },
        { title: "eToolSage: Harmonized Tariff Schedule of the United States, 8418 (secondary source)", url: "https://www.etoolsage.com/Query/USHTS.asp?HTS=y&pageNo=168&action=ScollUp&lang=", reviewed: R },
      ],
    },
    {
      id: "us-duty-841850",
      heading: "841850",
      ratePercent: 0,
      note: "Other furniture (chests, cabinets, display counters and the like) incorporating refrigerating or freezing equipment: General (MFN) rate Free (8418.50.00).",
      sources: [{ title: "eToolSage: Harmonized Tariff Schedule of the United States, 8418 (secondary source)", url: "https://www.etoolsage.com/Query/USHTS.asp?HTS=y&pageNo=168&action=ScollUp&lang=", reviewed: R }],
    },
    {
      id: "us-duty-842119",
      heading: "842119",
      ratePercent: 1.3,
      note: "Centrifuges other than cream separators and clothes-dryers (e.g. laboratory centrifuges), 8421.19.00.00: General (MFN) rate 1.3%. Goods of Chinese origin carry an additional Section 301 duty (shown as +25% in the source).",
      sources: [
        { title: "HTSHub: HTSUS search 8421 (2025 Basic Edition) (secondary source)", url: "https://htshub.com/us-hs/search/8421", reviewed: R },
        { title: "HTSHub: HTSUS chapter 84, heading 8421 (2024 revision 10) (secondary source)", url: "https://htshub.com/us-hs/chapter/84-28", reviewed: R },
      ],
    },
  ],
  extraTariffs: [
    {
      id: "us-extra-section301-syringes-needles",
      headings: ["901831", "901832"],
      name: "Section 301 duty on syringes and needles of Chinese origin (100% since 27 September 2024)",
      note:
        "Goods of Chinese origin (by country of origin of the goods, whatever the country they are shipped from) under subheadings 9018.31 (syringes) and 9018.32 (tubular metal needles and needles for sutures) pay an additional Section 301 duty of 100% of the customs value, for goods entered on or after 27 September 2024 (USTR four-year review, 89 FR 76581; the 100% rate replaced the 50% first proposed). Enteral syringes were excluded from the increase (secondary source). It depends on the goods' origin, which a plan row does not give, so it is not added to the estimate: check the origin of ancillary syringes and needles with the supplier. Later changes to the Section 301 actions were not checked.",
      sources: [
        { title: "USTR: Notice of Modification, China's Acts, Policies and Practices Related to Technology Transfer, Intellectual Property and Innovation (Federal Register 2024-21217, 89 FR 76581, 18 September 2024)", url: "https://frnow.com/Browse/Document/usa/na/fr/2024/9/18/2024-21217", reviewed: "2026-12-06" },
        { title: "Mondaq (Wiley Rein): USTR releases final Section 301 modifications in four-year review, syringes and needles to 100% (secondary source)", url: "https://www.mondaq.com/unitedstates/export-controls-trade-investment-sanctions/1518070/ustr-releases-final-section-301-modifications-in-four-year-review", reviewed: "2026-12-06" },
        { title: "Trade Law Daily: USTR keeps most proposed Section 301 changes, doubles proposed tariffs on some medical goods (13 September 2024; enteral syringes excluded) (secondary source)", url: "https://tradelawdaily.com/article/2024/09/13/ustr-keeps-most-proposed-section-301-changes-doubles-proposed-tariffs-on-some-medical-goods-2409130006", reviewed: "2026-12-06" },
      ],
    },
    {
      id: "us-extra-section232-steel-freezers",
      headings: ["841830", "841840"],
      materials: ["equipment"],
      name: "Section 232 duty on the steel content of chest and upright freezers",
      note: "Since 23 June 2025 chest and upright freezers (8418.30, 8418.40) are steel-derivative products under Section 232: 50% of the value of their steel content (25% for goods of the United Kingdom), reported under 9903.81.91. The duty depends on the steel content declared by the importer, so it is not added to the estimate. Later changes to the metals tariffs were not checked.",
      sources: [
        { title: "BorderBuddy: New steel derivatives added to 50% Section 232 tariffs (CBP CSMS #65405824, 90 FR 25208) (secondary source)", url: "https://borderbuddy.com/trade-tariff-news/new-steel-derivatives-added-to-50-section-232", reviewed: R },
        { title: "GHY International: New steel derivatives added to 50% Section 232 tariffs effective June 23 (secondary source)", url: "https://www.ghy.com/trade-compliance/new-steel-derivatives-added-to-50-section-232-tariffs-effective-june-23/", reviewed: R },
      ],
    },
    {
      id: "us-extra-section232-pharma",
      headings: ["3002", "3004"],
      materials: ["imp"],
      name: "Section 232 tariff on patented pharmaceuticals and their ingredients",
      note:
        "Proclaimed on 2 April 2026: a baseline 100% tariff on patented pharmaceuticals and associated ingredients, with reduced or zero rates for companies with onshoring or most-favoured-nation pricing agreements and for goods from countries with a US pharmaceutical agreement (Japan, South Korea, Switzerland, Liechtenstein, the United Kingdom and EU member states); generics, biosimilars and their ingredients are excluded for now. Coverage is by the 10-digit chapter 29 and 30 codes listed in Annex I of the proclamation, so not every 3002/3004 line is covered. Collection starts on 31 July 2026 for companies listed in Annex III and on 29 September 2026 for other companies without qualifying treatment (secondary sources). Whether it reaches investigational drugs imported under an IND was not found: check with the customs broker.",
      sources: [
        { title: "PwC: US imposes new Sec. 232 tariffs on pharma and metals (secondary source)", url: "https://www.pwc.com/us/en/services/tax/library/pwc-us-imposes-new-sec-232-tariffs-on-pharma-and-metals.html", reviewed: R },
        { title: "RefundArrow: Section 232 Pharma Implementation Checklist (Annex I scope, effective dates) (secondary source)", url: "https://refundarrow.com/learn/section-232-pharma-implementation-checklist", reviewed: R },
      ],
    },
  ],
  deMinimis: {
    id: "us-de-minimis",
    amount: 0,
    currency: "USD",
    covers: "duty",
    note:
      "The USD 800 duty-free de minimis (19 U.S.C. 1321) is suspended for all countries for goods entered on or after 29 August 2025 (Executive Order 14324); such shipments must be entered in ACE. After the February 2026 Supreme Court ruling on IEEPA tariffs the suspension was kept by a new executive order, and in June 2026 CBP proposed rules to continue it under the Tariff Act (secondary sources).",
    sources: [
      { title: "Executive Order 14324: Suspending Duty-Free De Minimis Treatment for All Countries (Federal Register, 5 Aug 2025)", url: "https://www.govinfo.gov/content/pkg/FR-2025-08-05/html/2025-14897.htm", reviewed: R },
      { title: "CBP: Notice of Implementation of Executive Order 14324 (Federal Register, 2 Sep 2025)", url: "https://www.govinfo.gov/content/pkg/FR-2025-09-02/html/2025-16802.htm", reviewed: R },
      { title: "Supply Chain Dive: De minimis remains suspended after Supreme Court ruling (secondary source)", url: "https://www.supplychaindive.com/news/de-minimis-status-supreme-court-trump/812785", reviewed: R },
      { title: "RVIA: Customs publishes proposed rules to permanently suspend de minimis exemption (secondary source)", url: "https://www.rvia.org/news-insights/customs-publishes-proposed-rules-permanently-suspend-de-minimis-exemption-program", reviewed: R },
    ],
  },
  import: [
    {
      kind: "permit",
      id: "us-import-imp-ind",
      materials: ["imp"],
      name: "IND in effect (21 CFR 312.40) covering the imported drug, with an eligible US consignee (21 CFR 312.110(a))",
      authority: "US Food and Drug Administration (FDA)",
      scope: "per-trial",
      holder: "sponsor",
      note:
        "No separate import permit: an investigational drug may be imported if it is subject to an IND in effect and the US consignee is the IND sponsor, a qualified investigator named in the IND, or the domestic agent of a foreign sponsor who controls distribution and is identified in the IND. FDA reviews each entry alongside CBP: the entry data should carry the IND number, product description, the manufacturers listed in the IND (with FDA registration numbers), shipper, importer and delivery party, the FDA product code and the investigational-use code (secondary source). Brokers also ask for an end-use letter on the sponsor's letterhead giving the IND number and drug name, the sponsor, whether the drug is a comparator, ancillary or pharmaceutical necessity, and the protocol number (secondary source). Lead time: an IND goes into effect 30 days after FDA receives it unless FDA imposes a clinical hold (or earlier if FDA says so), and the sponsor may ship the drug to named investigators from then (21 CFR 312.40(b) and (c)).",
      leadTimeDays: 30,
      sources: [
        CFR_312_110,
        { title: "21 CFR 312.40 General requirements for use of an investigational new drug in a clinical investigation (LawStack copy verified against eCFR)", url: "https://law.lawstack.com/cfr/21/312.40/", reviewed: R },
        { title: "Clinical Supply Leader: Want Faster FDA Release For Pharmaceutical Imports? (secondary source)", url: "https://www.clinicalsupplyleader.com/doc/want-faster-fda-release-for-pharmaceutical-imports-here-s-how-0001", reviewed: R },
        { title: "Myoderm: FDA restructuring causes delays in unapproved US drug importation (secondary source)", url: "https://www.myoderm.com/update/fda-restructuring-causes-delays-unapproved-us-drug-importation/", reviewed: R },
      ],
    },
    {
      kind: "permit",
      id: "us-import-device-ide",
      materials: ["device"],
      name: "Investigational device import under 21 CFR 812.18(a) (importer acts as agent of the foreign exporter and as sponsor)",
      authority: "US Food and Drug Administration (FDA)",
      scope: "per-trial",
      holder: "importer",
      note:
        "A person importing an investigational device subject to 21 CFR 812 must be the agent of the foreign exporter for the investigation and act as the sponsor of the clinical investigation, or ensure that another person does, in addition to meeting the other requirements of part 812. Lead time: where an IDE application to FDA is needed (significant-risk devices), FDA's review period for an initial IDE application is 30 calendar days (secondary source).",
      leadTimeDays: 30,
      sources: [
        CFR_812_18,
        { title: "RA Path: 21 CFR Part 812, Investigational Device Exemption (IDE) (secondary source)", url: "https://rapath.github.io/us/legislation/cfr-part-812/", reviewed: R },
      ],
    },
    {
      kind: "permit",
      id: "us-import-labkit-ivd-ide",
      materials: ["lab-kit"],
      name: "Investigational device import under 21 CFR 812.18(a), for an investigational in vitro diagnostic (IVD) in the kit that is not exempt from the IDE regulation",
      authority: "US Food and Drug Administration (FDA)",
      scope: "per-trial",
      holder: "importer",
      onlyWhen: "the kit contains an investigational IVD whose study does not meet the 21 CFR 812.2(c)(3) exemption",
      note:
        "An investigational diagnostic device is exempt from the IDE regulation (21 CFR 812, including its import requirements) if it is labelled under 21 CFR 809.10(c) ('For Investigational Use Only. The performance characteristics of this product have not been established.') and the testing is noninvasive, needs no significant-risk invasive sampling, introduces no energy into the subject and is not used for diagnosis without confirmation by a medically established product or procedure (secondary source). Otherwise the importer must be the foreign exporter's agent and act as sponsor, as for other investigational devices. Lead time: where an IDE application to FDA is needed, FDA's review period for an initial IDE application is 30 calendar days (secondary source).",
      leadTimeDays: 30,
      sources: [
        CFR_812_18,
        { title: "RA Path: 21 CFR Part 812, Investigational Device Exemption (IDE) (secondary source)", url: "https://rapath.github.io/us/legislation/cfr-part-812/", reviewed: R },
        { title: "Proxima CRO FAQ: What general labeling requirements are necessary? (21 CFR 812.2(c)(3) and 809.10(c)) (secondary source)", url: "https://www.proximacro.com/faqs/what-general-labeling-requirements-are-necessary", reviewed: R },
      ],
    },
    {
      kind: "permit",
      id: "us-import-ancillary-equipment-device-registration",
      materials: ["equipment"],
      name: "FDA establishment registration and device listing for medical devices offered for import (manufacturer and distributor)",
      authority: "US Food and Drug Administration (FDA)",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the item is a medical device (e.g. syringes, infusion sets, specimen collection devices in a lab kit, or laboratory equipment labelled or promoted for a specific medical use) and is not imported as an investigational device",
      note:
        "Manufacturers and distributors of medical devices, including laboratory equipment and supplies that are devices, must be registered with the FDA and have their devices listed before the goods are imported, and the devices must meet FDA classification, labelling and premarket requirements (secondary source). The registration is held by the foreign manufacturer and distributor, not by each shipment's importer. General purpose laboratory equipment labelled or promoted for a specific medical use (to prepare or examine specimens from the human body) is a Class I device, exempt from premarket notification (510(k)) and from most quality-system requirements (21 CFR 862.2050); whether other laboratory equipment (e.g. freezers, data loggers) is a device depends on its labelling and intended use, so confirm the FDA product code with the customs broker.",
      sources: [
        { title: "Improve Medical: Importing Medical Laboratory Equipment and Supplies in the United States, Regulations and Requirements (secondary source)", url: "https://improve-medical.net/blog/Importing-Medical-Laboratory-Equipment-and-Supplies-in-the-United-States:-Regulations-and-Requirements", reviewed: R },
        { title: "21 CFR 862.2050 General purpose laboratory equipment labeled or promoted for a specific medical use (LawStack)", url: "https://law.lawstack.com/laws/21-cfr_s_862-2050_general-purpose-laboratory-equipment-labeled-or-promoted-for-a-specific-medical-use", reviewed: R },
      ],
    },
    {
      kind: "permit",
      id: "us-import-ancillary-labkit-fda-device-requirements",
      materials: ["ancillary", "lab-kit"],
      name: "FDA medical device import requirements: establishment registration and device listing, and 510(k) clearance or premarket approval where applicable, verified by FDA at entry",
      authority: "US Food and Drug Administration (FDA)",
      scope: "per-exporter",
      holder: "exporter",
      note:
        "Ancillary supplies and lab-kit components that are medical devices (e.g. syringes, needles, infusion sets, blood and specimen collection devices, in vitro diagnostic reagents) must meet FDA device requirements to be imported, even if authorised in another country (FDA does not recognise foreign approvals): the foreign manufacturer registers its establishment, lists its devices, follows the quality system regulation and, where applicable, holds a 510(k) clearance or premarket approval, and designates a US agent; the initial importer also registers its establishment with FDA. FDA reviews each entry filed through CBP's ACE system (program code DEV, FDA product code, affirmation-of-compliance codes such as LST for the listing or PM# for the 510(k) number) and can examine or detain goods, e.g. where the maker is on an import alert (secondary source for the entry codes). Components that are investigational devices follow the investigational-device rules instead; items that are not medical devices are not covered by this rule.",
      sources: [
        FDA_CDRH_IMPORTING,
        { title: "Complizen: Importing Medical Devices, Complete FDA Initial Importer Guide (ACE filing codes) (secondary source)", url: "https://complizen.ai/post/importing-medical-devices-complete-fda-guide", reviewed: R },
        { title: "Improve Medical: Importing Medical Laboratory Equipment and Supplies in the United States, Regulations and Requirements (secondary source)", url: "https://improve-medical.net/blog/Importing-Medical-Laboratory-Equipment-and-Supplies-in-the-United-States:-Regulations-and-Requirements", reviewed: R },
      ],
    },
    {
      kind: "none",
      id: "us-import-equipment-no-licence",
      materials: ["equipment"],
      sourceCovers: ["equipment"],
      note:
        "CBP does not require an importer to have a licence or permit; other federal agencies may require a permit, licence or other certification depending on the commodity, and CBP enforces their requirements at entry. Laboratory or storage equipment that is not a medical device therefore needs no import licence; equipment that is a medical device (e.g. labelled or promoted for a specific medical use) must meet the FDA device requirements (see the device-registration rule).",
      sources: [CBP_IMPORTER_TIPS],
    },
    {
      kind: "none",
      id: "us-import-samples-noninfectious",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note:
        "No CDC import permit is needed for diagnostic specimens (other than bat or non-human primate specimens) not known or suspected by the importer to contain an infectious biological agent, or rendered non-infectious. Each shipment must carry a certification statement from the sender or recipient describing the material and stating why it is not known or suspected to contain an infectious agent (or how it was rendered non-infectious). Animal-derived materials may need a USDA APHIS permit. FDA does not regulate specimens imported only for testing in a clinical laboratory or for basic research (they are not biological products, drugs, devices or HCT/Ps); the entry is still filed with CBP.",
      sources: [
        CDC_NONINFECTIOUS,
        CDC_INFECTIOUS,
        { title: "FDA CBER: Importing Biological Specimens for Clinical Testing or Research Use Only, FAQ (archived)", url: "https://webarchive.library.unt.edu/eot2008/20081104164238/http:/www.fda.gov/Cber/faq/specimenfaq.htm", reviewed: R },
      ],
    },
    {
      kind: "permit",
      id: "us-import-samples-cdc-permit",
      materials: ["samples"],
      name: "CDC import permit for infectious biological agents (42 CFR 71.54)",
      onlyWhen: "the samples are known or suspected to contain an agent infectious to humans",
      authority: "US Centers for Disease Control and Prevention (CDC) Import Permit Program",
      scope: "per-importer",
      holder: "importer",
      note:
        "Required for specimens known or suspected to contain an agent infectious to humans; CBP will not release them without the permit. Applications are made in the eIPP system. Not required for non-infectious specimens with a certification statement (see the other samples rule).",
      sources: [CDC_42CFR7154, { title: "CDC Import Permit Program: Frequently Asked Questions (eIPP)", url: "https://www.cdc.gov/orr/ipp/faq.htm", reviewed: R }, CDC_INFECTIOUS],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "us-export-imp-fda",
      materials: ["imp"],
      name: "Export of an investigational drug under FD&C Act section 802 or 21 CFR 312.110(b)",
      authority: "US Food and Drug Administration (FDA)",
      scope: "per-trial",
      holder: "exporter",
      note:
        "To the listed countries (Australia, Canada, Israel, Japan, New Zealand, Switzerland, South Africa, EU and EEA countries) an unapproved drug may be exported for investigational use without prior FDA approval or an IND (section 802(c)), in line with the importing country's law and the basic requirements of section 802(f); the exporter must keep records of drugs exported and destinations (section 802(g)). For unlisted countries where the drug has no marketing authorisation in a listed country, 21 CFR 312.110(b) describes four routes: the exporter must have an IND (under which the foreign trial runs, 312.110(b)(1)) or submit a written request to FDA, and the manufacturer must be willing to supply the drug.",
      sources: [FDA_EXPORT_IND, CFR_312_110],
    },
    {
      kind: "permit",
      id: "us-export-device-fda",
      materials: ["device"],
      name: "FDA export approval under FD&C Act section 801(e), or compliance with section 802 (21 CFR 812.18(b))",
      authority: "US Food and Drug Administration (FDA)",
      scope: "per-exporter",
      holder: "exporter",
      sources: [CFR_812_18],
    },
    {
      kind: "none",
      id: "us-export-ear99-nlr",
      materials: ["ancillary", "lab-kit", "samples", "equipment"],
      sourceCovers: ["ancillary", "lab-kit", "samples", "equipment"],
      note:
        "No export licence is usually needed: items subject to the Export Administration Regulations that are not listed on the Commerce Control List are EAR99, and most EAR99 commercial products can be exported without a licence (No License Required, NLR). A licence can still be needed for an EAR99 item depending on the destination (e.g. embargoed or sanctioned countries), the end user or the end use. Check the item's classification first: human samples that contain, or genetic material that codes for, controlled pathogens or toxins, and some laboratory equipment (e.g. certain biological processing equipment), are listed items that need a licence (see the BIS licence rule).",
      sources: [
        EXPORT_GOV_EAR,
        { title: "trade.gov: U.S. Export Licenses, Navigating Issues and Resources (about 95% of US exports need no licence)", url: "https://trade.gov/us-export-licenses-navigating-issues-and-resources", reviewed: R },
        { title: "University of Pittsburgh Office of Export Controls: Shipments of bio-agents (items not captured by the CCL or USML are EAR99) (secondary source)", url: "https://paperzz.com/doc/6847627/shipments-of-bio-agents---office-of-research", reviewed: R },
      ],
    },
    {
      kind: "permit",
      id: "us-export-bis-licence-listed",
      materials: ["ancillary", "lab-kit", "samples", "equipment"],
      name: "Export licence from the Bureau of Industry and Security (Export Administration Regulations, 15 CFR 730-774)",
      authority: "US Department of Commerce, Bureau of Industry and Security (BIS)",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the item is listed on the Commerce Control List (e.g. samples containing controlled pathogens, toxins or their genetic elements, ECCN 1C351-1C354; biological processing equipment, ECCN 2B352) or goes to a destination, end user or end use that needs a licence",
      note:
        "Biological agents, toxins and genetic elements on the list are controlled regardless of quantity or attenuation and need a licence to all destinations (secondary sources). Licensing takes weeks, so the licence must be in place before shipment.",
      sources: [
        EXPORT_GOV_EAR,
        { title: "Indiana University Office of Research Compliance newsletter: export controls and the shipment of biologicals (secondary source)", url: "https://research.iu.edu/news-events/newsletters/orc/2021-04-22.html", reviewed: R },
        { title: "BIS Chemical and Biological Controls Division: Compliance with U.S. Export Controls as a Life Science Researcher (ECCNs 1C351-1C354, 2B352) (secondary copy)", url: "https://vdocuments.us/compliance-with-us-export-controls-as-a-life-science-.html", reviewed: R },
      ],
    },
  ],
  importerOfRecord: [
    {
      id: "us-ior-imp",
      materials: ["imp"],
      who: "Customs importer of record: the owner or purchaser of the goods (a non-resident company may act with a customs bond and a resident agent for service of process in the state of the port of entry). FDA consignee: the IND sponsor, a qualified investigator named in the IND, or the domestic agent of a foreign sponsor identified in the IND.",
      foreignSponsorMayAct: true,
      mustHold: ["us-import-imp-ind"],
      note:
        "The US permits non-resident corporations to be importer of record (19 CFR 141.18), but the US consignee of an investigational drug must be one of the three parties named in 21 CFR 312.110(a); a foreign sponsor therefore needs a US investigator or a US domestic agent named in the IND to receive the goods.",
      sources: [
        CFR_312_110,
        { title: "Doing Business International: Non-resident importers (secondary source)", url: "https://www.doing-business-international.com/2016/02/non-resident-importers/", reviewed: R },
        { title: "CBLE exam question 2019 October No. 18, citing 19 CFR 141.18 (secondary source)", url: "https://www.cblesearch.com/question/2019-october-no-18-entry/", reviewed: R },
      ],
    },
    {
      id: "us-ior-device",
      materials: ["device"],
      who: "The importer of an investigational device, who must be the agent of the foreign exporter and act as the investigation's sponsor (or ensure another person does).",
      foreignSponsorMayAct: false,
      mustHold: ["us-import-device-ide"],
      sources: [CFR_812_18],
    },
    {
      id: "us-ior-samples",
      materials: ["samples"],
      who: "The US recipient of the samples, who obtains the CDC import permit before shipment when one is needed (infectious material only); for non-infectious specimens, the importer presenting the certification statement.",
      foreignSponsorMayAct: false,
      note: "The CDC import permit is needed only for infectious material. Permits are usually issued to the individual recipient, not the institution, and a copy travels with the package (secondary source).",
      sources: [
        CDC_42CFR7154,
        { title: "University of Iowa EHS: Permits - USDA and CDC (secondary source)", url: "https://ehs.research.uiowa.edu/biological/permits-usda-and-cdc", reviewed: R },
      ],
    },
    {
      id: "us-ior-ancillary-labkit-equipment",
      materials: ["ancillary", "lab-kit", "equipment"],
      who: "Customs importer of record: the owner or purchaser of the goods, or a licensed customs broker designated by them. A non-resident company may act with a customs bond and a resident agent for service of process in the state of the port of entry.",
      foreignSponsorMayAct: true,
      note:
        "The US allows non-resident corporations to be importer of record (19 CFR 141.18). FDA device registration and listing is held by the foreign manufacturer and distributor, not by the importer. If a lab kit contains an investigational IVD that is not exempt from the IDE regulation, the importer must instead be the foreign exporter's agent and act as sponsor (see the IVD import rule).",
      sources: NON_RESIDENT_IOR,
    },
  ],
  exporterOfRecord: [
    {
      id: "us-eor-imp",
      materials: ["imp"],
      who: "The person exporting the drug, who meets the conditions of FD&C Act section 802 or 21 CFR 312.110(b) and keeps the export records.",
      foreignSponsorMayAct: false,
      mustHold: ["us-export-imp-fda"],
      sources: [FDA_EXPORT_IND],
    },
    {
      id: "us-eor-device",
      materials: ["device"],
      who: "The person exporting the investigational device, who must obtain FDA export approval under FD&C Act section 801(e) or meet section 802 (21 CFR 812.18(b)).",
      foreignSponsorMayAct: false,
      mustHold: ["us-export-device-fda"],
      sources: [CFR_812_18],
    },
    {
      id: "us-eor-ancillary-labkit-samples-equipment",
      materials: ["ancillary", "lab-kit", "samples", "equipment"],
      who: "The US principal party in interest (USPPI): the person or entity in the United States that receives the primary benefit of the export, generally the US seller, manufacturer or order party, or a foreign entity while in the United States when obtaining the goods for export. The Electronic Export Information is filed by the USPPI or its authorized agent, who must be physically located in the United States. A foreign sponsor with no US presence cannot be the USPPI, but as foreign principal party in interest it can control the export in a routed export transaction by authorising a US forwarding agent (power of attorney or written authorisation) to file the EEI; the US party (e.g. the site) still supplies the USPPI data (15 CFR 30.3).",
      foreignSponsorMayAct: true,
      note:
        "A foreign entity that is the USPPI may not file the EEI itself and must authorize a US agent to file it. In a routed export transaction the foreign principal party in interest authorizes a US forwarding agent to file, and the USPPI supplies the commodity and licensing data. Where a BIS licence is needed, the licence must be in place before export.",
      sources: [
        { title: "15 CFR 30.3: Electronic Export Information filer requirements, parties to export transactions and responsibilities of parties to export transactions", url: "https://www.law.cornell.edu/cfr/text/15/30.3", reviewed: R },
        { title: "15 CFR 30.3 Electronic Export Information filer requirements, parties to export transactions and their responsibilities (Cornell LII)", url: "https://www.law.cornell.edu/cfr/text/15/30.3", reviewed: R },
        { title: "15 CFR 30.6 Electronic Export Information data elements (USPPI definition) (secondary copy)", url: "https://d1tvxue8o4w0fl.cloudfront.net/regulation/code-of-federal-regulations/title-15-commerce-and-foreign-trade/subtitle-b-regulations-relating-to-commerce-and-foreign-trade/chapter-i-bureau-of-the-census-department-of-commerce/part-30-foreign-trade-regulations/subpart-a-general-requirements/section-306-electronic-export-information-data-elements", reviewed: R },
        { title: "15 CFR Part 30 Appendix C: Party responsibilities for data elements in routed export transactions (CustomsMobile)", url: "https://www.customsmobile.com/regulations/title15_chapterI_part30_appendixAppendixC", reviewed: R },
      ],
    },
  ],
  temporaryAdmission: {
    id: "us-ata",
    ataCarnet: true,
    note:
      "The US accepts ATA carnets for commercial samples, professional equipment and certain advertising material; a carnet is valid for one year with unlimited trips. Alternatively goods can enter under a temporary importation under bond (TIB): not for sale, re-exported within one year, extendable to three years in total. US goods returned without improvement may re-enter duty-free under HTSUS 9801.00.10.",
    sources: [
      CBP_SAMPLES,
      { title: "Foreign Trade Association: What is a carnet? (secondary source)", url: "https://foreigntradeassociation.com/faq-items/what-is-a-carnet/", reviewed: R },
      { title: "Willson International: CBP updates guidance on U.S. goods returned under HTS 9801.00.10 (secondary source)", url: "https://willsonintl.com/archives/news/cbp-updates-guidance-on-u-s-goods-returned-under-hts-9801-00-10-6", reviewed: R },
    ],
  },
};

export default rules;
