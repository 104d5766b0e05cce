import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const ndctCt17 = {
  title: "Licence in Form CT 17 for Import of New Drugs and Investigational new Drugs for clinical Trial (TaxGuru)",
  url: "https://taxguru.in/custom-duty/ct-17-license-importing-new-drugs-clinical-trials-testing-analysis.html",
  reviewed: R,
};
const cliniexpertsTestLicence = {
  title: "Test License to Import Drugs in India - Form 12, CT-16 & Form 11, CT-17 (CliniExperts)",
  url: "https://cliniexperts.com/india-regulatory-services/drug/for-importer/permission-for-test-license-to-import-drugs/",
  reviewed: R,
};
const clinicalStudiesImport = {
  title: "CDSCO Import License for Clinical Trial Drugs in India: Step-by-Step Guide (ClinicalStudies.in)",
  url: "https://www.clinicalstudies.in/import-license-for-clinical-trial-drugs-in-india-cdsco-process-compliance-guide-2",
  reviewed: R,
};
const md17 = {
  title: "Permission to import medical devices: Test license India Form MD-16 / MD-17 (CliniExperts)",
  url: "https://cliniexperts.com/india-regulatory-services/medical-device/for-importers/permission-to-import-medical-devices-test-license-india-form-md-16-md-17/",
  reviewed: R,
};
const localstarMd17 = {
  title: "Medical Device Import License For Test, Clinical Investigation, or Evaluation (LocalStar / CliniExperts)",
  url: "https://localstar.org/blog/medical-device-import-license-for-test-clinical-investigation-or-evaluation-timeline-government-fee-required-documents-validity",
  reviewed: R,
};
const ivdMd17 = {
  title: "Test License for In-vitro Diagnostic Kits, Form MD-16 / MD-17 (CliniExperts)",
  url: "https://cliniexperts.com/india-regulatory-services/diagnostic-kit/for-importers/permission-for-in-vitro-diagnostic-kit-test-license-form-md-16-17",
  reviewed: R,
};
const ivdMd17Classes = {
  title: "Test License to Import In-vitro Diagnostics in India - MD 16 & MD 17 (CliniExperts)",
  url: "https://cliniexperts.com/india-regulatory-services/diagnostic-kit/for-importers/permission-to-import-in-vitro-diagnostic-kit-test-license-india-form-md-16-md-17",
  reviewed: R,
};
const dgft72 = {
  title: "DGFT Notification No. 72/2023 dated 11 March 2024: Amendment in export Policy of Human Biological Samples under Chapter-30 (TaxGuru)",
  url: "https://taxguru.in/dgft/amendment-human-biological-samples-export-policy.html",
  reviewed: R,
};
const dgft72tmi = {
  title: "Amendment in export Policy of Human Biological Samples under Chapter-30 of ITC HS schedule-2 (Tax Management India)",
  url: "https://taxmanagementindia.com/visitor/detail_notification.asp?ID=141715",
  reviewed: R,
};
const icmrPortal = {
  title: "ICMR: Portal For Export Of Human Biological Material",
  url: "https://www.icmr.gov.in/portal-for-export-of-human-biological-material",
  reviewed: R,
};
const icmrHmsc = {
  title: "ICMR: Health Ministry Screening Committee (HMSC)",
  url: "https://icmr.gov.in/health-ministry-screening-committee-hmsc",
  reviewed: R,
};
const aiimsHmsc = {
  title: "AIIMS Research Section: Health Ministry Screening Committee (HMSC)",
  url: "https://research.aiims.edu/health-ministry-screening-committee-hmsc/",
  reviewed: R,
};
const dgft19 = {
  title: "DGFT Notification No. 19/2015-2020 dated 4 August 2016: Import/export policy for Human Biological Samples for commercial purposes (TaxGuru)",
  url: "https://taxguru.in/dgft/notification-1920152020-dated-04082016.html",
  reviewed: R,
};
const valuationRules = {
  title: "Customs Valuation (Determination of Value of Imported Goods) Amendment Rules, 2017 notified (SCC Online blog, rule text)",
  url: "https://blog.scconline.com/post/2017/10/12/customs-valuation-determination-value-imported-goods-amendment-rules-2017-notified/",
  reviewed: R,
};
const igstNotification = {
  title: "Gazette of India: Notification No. 9/2025-Integrated Tax (Rate), 17 September 2025",
  url: "https://gazettetracker.com/g/CG-DL-E-17092025-266211",
  reviewed: R,
};
const bsGst = {
  title: "GST Council: lifesaving drugs and medicines tax cut to nil, full list (Business Standard, 4 Sep 2025)",
  url: "https://www.business-standard.com/amp/economy/news/gst-council-lifesaving-drugs-medicines-tax-cut-nil-full-list-125090400119_1.html",
  reviewed: R,
};
const cybexCalc = {
  title: "Cybex: Indian import duty calculator 30049055 (assessable value, basic duty, IGST formula)",
  url: "https://www.cybex.in/indian-custom-duty/dapsone-dds-acedapsone-dadds-solopsone-duty-calculator-30049055.aspx",
  reviewed: R,
};
const htBudget2025 = {
  title: "Budget 2025: Nirmala Sitharaman says 36 life-saving drugs for cancer, rare diseases to be exempted from customs duty (Hindustan Times, 1 Feb 2025)",
  url: "https://www.hindustantimes.com/india-news/budget-2025-nirmala-sitharaman-says-36-life-saving-drugs-for-cancer-rare-diseases-be-exempted-from-customs-duty-101738391967967.html",
  reviewed: R,
};
const statesmanBudget2025 = {
  title: "Union Budget 2025: 36 lifesaving drugs fully exempted from basic customs duty (The Statesman, 1 Feb 2025)",
  url: "https://www.thestatesman.com/india/union-budget-2025-36-lifesaving-drugs-fully-exempted-from-basic-customs-duty-1503393058.html",
  reviewed: R,
};
const eximguru3002 = {
  title: "Indian customs duty, heading 3002: Customs Basic Duty 10%, Social Welfare Surcharge 10% (Eximguru)",
  url: "https://eximguru.com/indian-customs-duty/3002-human-blood-animal-blood-prepared.aspx",
  reviewed: R,
};
const R2 = "2026-12-06";
const healthCessNotification = {
  title: "Notification No. 08/2020-Customs of 2 February 2020: exemptions from the Health Cess on medical devices of headings 9018 to 9022 (Tax Management India copy, as amended)",
  url: "https://taxmanagementindia.com/visitor/detail_notification.asp?ID=132040",
  reviewed: R2,
};
const healthCessLevy = {
  title: "Lexplosion: Finance Bill 2020 imposes a 5% Health Cess on imported medical devices of headings 9018-9022 (Fourth Schedule), on the Customs Act s. 14 value, in addition to other duties (secondary source)",
  url: "https://lexplosion.in/finance-bill-proposes-to-impose-health-cess-on-specific-imported-medical-devices-proposes-the-rate-of-duty-as-5",
  reviewed: R2,
};
const healthCessArticle = {
  title: "Tax Management India (M. Govindarajan): Health Cess, 5 February 2020 (not charged on medical devices exempt from basic customs duty) (secondary source)",
  url: "https://taxmanagementindia.com/visitor/detail_article.asp?ArticleID=8943",
  reviewed: R2,
};
const socialWelfareSurcharge = {
  title: "Tax Management India: Social Welfare Surcharge, 10% of the aggregate duties, taxes and cesses of customs (Finance Bill 2018, clause 108) (secondary source)",
  url: "https://taxmanagementindia.com/visitor/detail_article.asp?ArticleID=7869",
  reviewed: R2,
};
const gtaDevices2016 = {
  title: "India: Import duties increased on certain medical devices (Global Trade Alert, Notification No. 4/2016-Customs)",
  url: "https://www.globaltradealert.org/state-act/27849/india-import-duties-increased-on-certain-medical-devices",
  reviewed: R,
};
const ataNotification42018 = {
  title: "Customs Notification No. 4/2018-Customs (18 January 2018): temporary import of professional equipment and sports goods under A.T.A. carnet (conditions, incl. foreign ownership and foreign importer)",
  url: "https://www.howtoexportimport.com/CUSTOMS-Notification-No-04-of-2018-dt-18th-January-8346.aspx",
  reviewed: R,
};
const ataIndia = {
  title: "India (IN): ATA Carnet country information (DigiChambers)",
  url: "https://docs.digichambers.be/fr/india-in-2",
  reviewed: R,
};

const md15ComplianceCalendar = {
  title: "Form MD-14 and MD-15: import licence for medical devices in India (ComplianceCalendar)",
  url: "https://compliancecalendar.in/learn/form-md-14-and-md-15-import-license-for-medical-devices-in-india",
  reviewed: R,
};
const md15ProfessionalUtilities = {
  title: "MD-14 & MD-15 Import License (Professional Utilities)",
  url: "https://www.professionalutilities.com/md-14-md-15-import-license",
  reviewed: R,
};
const md15Exemption = {
  title: "Medical device import licence: step-by-step CDSCO MD-14 / MD-15 process (medicaldeviceregistration.com)",
  url: "https://medicaldeviceregistration.com/blog/medical-device-import-licence-in-delhi-step-by-step-cdsco-md-14-md-15-process",
  reviewed: R,
};
const exportNocLegality = {
  title: "CDSCO streamlines Export NOC process for unapproved and new drugs (Legality Simplified)",
  url: "https://www.legalitysimplified.com/cdsco-streamlines-export-noc-process-for-unapproved-and-new-drugs",
  reviewed: R,
};
const exportNocGuidance = {
  title: "Guidance Document for Issuance of NOC for Manufacture of Unapproved/Approved New Drugs for Export Purpose (Legality Simplified summary of the CDSCO guidance)",
  url: "https://www.legalitysimplified.com/guidance-document-for-issuance-of-noc-for-manufacture-of-unapproved-approved-new-drugs-for-export-purpose/",
  reviewed: R,
};
const exportNocRan = {
  title: "India CDSCO Guidance: How to Get Export NOC for Approved & Unapproved New Drugs (Regulatory Affairs News, guidance of 17 July 2025)",
  url: "https://www.regulatoryaffairsnews.com/post/india-cdsco-guidance-how-to-get-export-noc-for-approved-unapproved-new-drugs",
  reviewed: R,
};

const cdscoExportNocWaiver = {
  title: "CDSCO waives off NOC for export of Indian healthcare products (BioVoice News, on the DCGI order of 21 March 2017)",
  url: "https://www.biovoicenews.com/csdco-waives-off-noc-for-export-of-indian-healthcare-products/",
  reviewed: R,
};
const taxtmiMdPortCheck = {
  title: "Imported medical devices must meet Medical Devices Rules 2017 standards; all Bills of Entry for medical devices referred to the port Assistant Drug Controller (Customs public notice, TaxTMI)",
  url: "https://www.taxtmi.com/circulars?id=68968",
  reviewed: R,
};

const eximguru3006 = {
  title: "Indian customs duty, heading 3006: 3006 10 10 sterile surgical catgut and suture materials, Customs Basic Duty 10%, Social Welfare Surcharge 10% (w.e.f. 2 Feb 2020) (Eximguru)",
  url: "https://eximguru.com/indian-customs-duty/3006-pharmaceutical-goods-specified-in-note.aspx",
  reviewed: R,
};
const eximguru9027 = {
  title: "Indian customs duty, heading 9027: 9027 10 00 gas or smoke analysis apparatus, Customs Basic Duty 10%, Social Welfare Surcharge 10%, IGST 18% (w.e.f. 2 Feb 2020) (Eximguru)",
  url: "https://www.eximguru.com/indian-customs-duty/9027-instruments-and-apparatus-for-physical.aspx",
  reviewed: R,
};
const itcSch2Eximguru = {
  title: "ITC(HS) Schedule 2, Export Policy: General Notes (free exportability of goods not in the export licensing schedule) (Eximguru)",
  url: "https://eximguru.com/exim/dgft/itc-hs-export-schedule-2/schedule-2-export-policy.aspx",
  reviewed: R,
};
const itcSch2Lawcrux = {
  title: "ITC (HS) 2022, Schedule 2 - Export Policy: General Notes (Free, Restricted, Prohibited, SCOMET) (LawCrux)",
  url: "https://web.lawcrux.com/newversion/web/Assets/data5t/ft/ftitch/ftitch18_generalnotes_sch1.htm",
  reviewed: R,
};
const exportGovIec = {
  title: "India - Import Tariffs: DGFT registration and Importer Exporter Code (IEC) issued against the PAN (export.gov, 2017)",
  url: "https://www.export.gov/article?id=India-Import-Tariffs",
  reviewed: R,
};

const rapsNotified2014 = {
  title: "India's CDSCO clarifies which devices require registration (RAPS Regulatory Focus, 10 July 2014): disposable hypodermic syringes, needles and perfusion sets among the notified devices",
  url: "https://www.raps.org/regulatory-focus%E2%84%A2/news-articles/2014/7/india%E2%80%99s-cdsco-clarifies-which-devices-require-registration",
  reviewed: R,
};
const ivInfusionSetLicence = {
  title: "Intravenous infusion set CDSCO licence: MD-5 / MD-15 registration guide (medicaldeviceregistration.com, secondary source)",
  url: "https://medicaldeviceregistration.com/blog/intravenous-infusion-set-cdsco-license-md5-md15-registration-guide/",
  reviewed: R,
};

/** India: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "IN",
  name: "India",
  valuation: {
    basis: "CIF",
    note:
      "The assessable value includes transport, loading, unloading and handling to the place of importation and insurance. If freight is not ascertainable it is taken as 20% of the FOB value; if insurance is not ascertainable, 1.125% of FOB.",
    sources: [valuationRules],
  },
  importTax: {
    id: "in-import-tax",
    name: "Integrated Goods and Services Tax (IGST) on imports",
    standardRatePercent: 18,
    note:
      "Since 22 September 2025 the goods rates are mainly 5% and 18% (plus 40% for luxury/sin goods). IGST is charged on the assessable value plus basic customs duty (secondary source). Basic customs duty, Social Welfare Surcharge and other duties are not covered here.",
    reliefs: [
      {
        id: "in-import-tax-medicines-5",
        materials: ["imp"],
        headings: ["3002", "3004"],
        ratePercent: 5,
        condition:
          "Drugs and medicines in general (reduced from 12% to 5% from 22 September 2025). A listed set of lifesaving drugs (e.g. some cancer and rare-disease medicines) is at nil. Check the exact entry for the product's tariff item (secondary source for the product coverage).",
        sources: [bsGst, igstNotification],
      },
      {
        id: "in-import-tax-medical-devices-5",
        materials: ["device", "equipment"],
        headings: ["9018", "9027"],
        ratePercent: 5,
        condition:
          "Medical apparatus and devices for medical, surgical, dental or veterinary use or for physical or chemical analysis (reduced from 12% to 5% from 22 September 2025). Check the exact entry for the product's tariff item (secondary source for the product coverage).",
        sources: [bsGst, igstNotification],
      },
    ],
    sources: [igstNotification, bsGst, cybexCalc],
  },
  duties: [
    {
      id: "in-duty-3002",
      heading: "3002",
      ratePercent: 11,
      note:
        "Basic customs duty (BCD) on medicines is generally 10%: for example the duty on the antibody medicines trastuzumab deruxtecan and durvalumab (usually classified in 3002) was cut from 10% to nil in 2024. Specified lifesaving drugs are fully exempt or at a concessional 5% (36 more exempted and 6 more set at 5% in the 2025 Budget), and drugs supplied free under listed patient assistance programmes are exempt. No general BCD exemption for clinical-trial imports was found. The rate here is 11%: the 10% BCD plus the Social Welfare Surcharge of 10% of it, like every Indian rate in these rules, so the estimate does not undershoot. IGST is charged on value plus duties (secondary sources).",
      sources: [htBudget2025, statesmanBudget2025, eximguru3002, socialWelfareSurcharge],
    },
    {
      id: "in-duty-3004",
      heading: "3004",
      ratePercent: 11,
      note:
        "Basic customs duty (BCD) on medicines is generally 10%: for example the duty on osimertinib tablets was cut from 10% to nil in 2024. Specified lifesaving drugs are fully exempt or at a concessional 5% (36 more exempted and 6 more set at 5% in the 2025 Budget), and drugs supplied free under listed patient assistance programmes are exempt. No general BCD exemption for clinical-trial imports was found. The rate here is 11%: the 10% BCD plus the Social Welfare Surcharge of 10% of it, like every Indian rate in these rules, so the estimate does not undershoot (secondary sources).",
      sources: [htBudget2025, statesmanBudget2025, cybexCalc, socialWelfareSurcharge],
    },
    {
      id: "in-duty-300610",
      heading: "300610",
      ratePercent: 11,
      note:
        "Sterile surgical catgut, suture materials and tissue adhesives (3006 10 10): basic customs duty (BCD) 10%, with a Social Welfare Surcharge of 10% of the BCD on top (effective about 11% of the assessable value together), as listed from 2 February 2020. The surcharge cannot be shown as a separate rate here and is not included. Other 3006 lines (e.g. 3006 93 placebos and blinded clinical trial kits, 3006 30 diagnostic reagents given to the patient) were not checked. IGST is charged on value plus duties (secondary source; confirm the current rate before relying on it). The rate here is 11%: the 10% basic customs duty plus the Social Welfare Surcharge of 10% of it, so the estimate does not undershoot; the 2025 budget changes to rates and cesses were not checked.",
      sources: [eximguru3006],
    },
    {
      id: "in-duty-902710",
      heading: "902710",
      ratePercent: 11,
      note:
        "Gas or smoke analysis apparatus (9027 10 00): basic customs duty (BCD) 10%, plus a Social Welfare Surcharge of 10% of the BCD (about 11% of the assessable value together), IGST 18% on value plus duties, as listed from 2 February 2020. Other 9027 lines (e.g. spectrometers, chromatographs, other laboratory analysers) were not checked and may differ (secondary source; confirm the current rate). The rate here is 11%: the 10% basic customs duty plus the Social Welfare Surcharge of 10% of it, so the estimate does not undershoot; the 2025 budget changes to rates and cesses were not checked.",
      sources: [eximguru9027],
    },
    {
      id: "in-duty-9018",
      heading: "9018",
      ratePercent: 13.75,
      lowestRatePercent: 10.5,
      note:
        "Medical, surgical and dental instruments: from 2016 (Notification 4/2016-Customs) the concessional 5% basic customs duty (BCD) was limited to listed tariff lines (e.g. 9018.32.30, 9018.50.20, 9018.90.21, 9018.90.24, 9018.90.43, 9018.90.95 to 9018.90.98) and other devices pay 7.5%. Since 2 February 2020 goods of headings 9018 to 9022 also pay the Health Cess of 5% of the customs value (Finance Act 2020, Fourth Schedule), except goods listed in Notification 08/2020-Customs (e.g. surgical needles of 9018 32 10 for making sutures, goods exempted under listed notifications) and devices exempt from BCD. The Social Welfare Surcharge is 10% of the aggregate duties and cesses. Highest: 7.5% BCD + 5% Health Cess + 10% surcharge on both = 13.75%, used for the estimate so that it does not undershoot; lowest: 5% BCD + 5% Health Cess + 10% surcharge on the BCD only = 10.5%. Whether the surcharge is charged on the Health Cess, and the 2025 and 2026 budget changes, were not checked: confirm the line's rate with the customs broker.",
      sources: [gtaDevices2016, healthCessLevy, healthCessNotification, healthCessArticle, socialWelfareSurcharge],
    },
  ],
  import: [
    {
      kind: "permit",
      id: "in-import-imp-ct17",
      materials: ["imp"],
      name: "Licence in Form CT-17 to import new drug or investigational new drug for clinical trial (application in Form CT-16)",
      authority: "Central Licensing Authority, Central Drugs Standard Control Organisation (CDSCO)",
      scope: "per-trial",
      holder: "importer",
      leadTimeDays: 90,
      note:
        "Required under the New Drugs and Clinical Trials Rules, 2019 to import a new drug or investigational new drug (including placebo and comparator) for a clinical trial or BA/BE study. Applied for online (SUGAM) in Form CT-16 with a fee of Rs 5,000 per product; quantities must be justified. The rules allow the licensing authority up to 90 days from receipt of CT-16; consultants quote about 45 working days in practice. The licence is valid for three years. The trial permission itself (CT-06) is a separate approval.",
      sources: [ndctCt17, cliniexpertsTestLicence, clinicalStudiesImport],
    },
    {
      kind: "permit",
      id: "in-import-device-md17",
      materials: ["device"],
      name: "Licence in Form MD-17 to import medical devices for clinical investigation, test, evaluation, demonstration or training (application in Form MD-16)",
      authority: "Central Licensing Authority, Central Drugs Standard Control Organisation (CDSCO)",
      scope: "per-importer",
      holder: "importer",
      leadTimeDays: 42,
      note:
        "Medical Devices Rules, 2017. Applied for on the SUGAM portal; fee USD 100 per product; the quantity and the clinical investigation details must be stated. Government timeline about 30 working days; the licence is valid for three years. Devices imported under it may not be sold (secondary source).",
      sources: [md17, localstarMd17],
    },
    {
      kind: "permit",
      id: "in-import-labkit-ivd-md17",
      materials: ["lab-kit"],
      name: "Test licence in Form MD-17 to import in-vitro diagnostic medical devices for clinical investigation, test, evaluation, demonstration or training (application in Form MD-16)",
      authority: "Central Licensing Authority, Central Drugs Standard Control Organisation (CDSCO)",
      scope: "per-importer",
      holder: "importer",
      leadTimeDays: 42,
      onlyWhen: "the kit contains in-vitro diagnostic devices or reagents (Class A to D under the Medical Devices Rules, 2017) not already covered by an import licence",
      note:
        "IVD kits are medical devices under the Medical Devices Rules, 2017. Small quantities of any class (A to D) may be imported for clinical investigation, test, evaluation, demonstration or training under an MD-17 test licence, applied for online in Form MD-16 with the quantity stated. About 30 working days; valid three years. The goods may not be sold; the consignment must carry an invoice or statement with the name and quantity of the IVD devices, and the holder keeps records of the manufacturer, quantity and date of each import (secondary sources).",
      sources: [ivdMd17, ivdMd17Classes, md17],
    },
    {
      kind: "permit",
      id: "in-import-equipment-md17",
      materials: ["equipment"],
      name: "Licence in Form MD-17 to import medical devices for clinical investigation, test, evaluation, demonstration or training (application in Form MD-16)",
      authority: "Central Licensing Authority, Central Drugs Standard Control Organisation (CDSCO)",
      scope: "per-importer",
      holder: "importer",
      leadTimeDays: 42,
      onlyWhen: "the equipment is itself a medical device (e.g. an ECG machine) imported for the clinical investigation rather than bought from a licensed Indian importer",
      note:
        "Medical devices of any class (A to D) may be imported in small quantities for clinical investigation, test, evaluation, demonstration or training under an MD-17 licence (Medical Devices Rules, 2017), applied for on the online portal in Form MD-16 with the quantities. Fee USD 100; about 30 working days; valid three years; the goods may not be sold (secondary sources). General laboratory equipment that is not a medical device (e.g. freezers, centrifuges, data loggers) is not covered by this rule.",
      sources: [md17, ivdMd17Classes, localstarMd17],
    },
    {
      kind: "permit",
      id: "in-import-ancillary-cdsco-port-check",
      materials: ["ancillary"],
      name: "CDSCO port verification of the Bill of Entry against the importer's medical device licence (import licence in Form MD-15, or test licence in Form MD-17 for clinical investigation)",
      authority: "Central Drugs Standard Control Organisation (CDSCO): port Assistant Drug Controller (India) for the verification; Central Licensing Authority for the licence",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Ancillary supplies such as syringes, needles and infusion (perfusion) sets are medical devices in India: disposable hypodermic syringes, disposable hypodermic needles, disposable perfusion sets, I.V. cannulae and scalp vein sets were already among the notified devices regulated like drugs in 2014, and under the Medical Devices Rules, 2017 import licences became mandatory for all classes (Class A/B from 2022-2023, Class C/D from 1 October 2023). Customs refers every Bill of Entry for medical devices to the CDSCO port Assistant Drug Controller for verification before clearance, so the consignment needs an importer holding an MD-15 import licence for the device, or an MD-17 test licence for devices imported in small quantities for clinical investigation, test or evaluation. Importing an IV infusion set without a valid CDSCO licence is an offence under the Drugs and Cosmetics Act, 1940 (secondary sources).",
      sources: [taxtmiMdPortCheck, rapsNotified2014, md15ComplianceCalendar, md17, ivInfusionSetLicence],
    },
    {
      kind: "permit",
      id: "in-import-md-md15",
      materials: ["lab-kit", "equipment"],
      name: "Import licence in Form MD-15 for medical devices (application in Form MD-14)",
      authority: "Central Licensing Authority, Central Drugs Standard Control Organisation (CDSCO)",
      scope: "per-importer",
      holder: "importer",
      onlyWhen: "the goods are medical devices or in-vitro diagnostic devices (e.g. IVD kits, ECG machines) imported for supply rather than under an MD-17 test licence, and are not bought from an Indian importer that already holds the licence",
      note:
        "Under the Medical Devices Rules, 2017 the Central Licensing Authority grants import licences in Form MD-15 on applications in Form MD-14 filed on the SUGAM portal, by an Indian importer or an authorised agent of the foreign manufacturer. Import licences became mandatory for all Class C and D devices from 1 October 2023 and for Class A and B devices earlier (sources differ: 1 October 2022 or, in a customs public notice, 1 April 2023); only non-sterile, non-measuring Class A devices follow a registration route instead. The licence is linked to the device and the manufacturer. Customs refers every Bill of Entry for medical devices to the CDSCO port Assistant Drug Controller for verification before clearance. General laboratory equipment that is not a medical device (e.g. freezers, centrifuges, data loggers) is not covered (secondary sources).",
      sources: [md15ComplianceCalendar, md15ProfessionalUtilities, md15Exemption, taxtmiMdPortCheck],
    },
    {
      kind: "none",
      id: "in-import-samples",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note:
        "Human biological samples imported by Indian diagnostic laboratories or clinical research centres for lab analysis or R&D testing are cleared by Customs without an import licence from another agency, provided the Indian company submits an undertaking to Customs that it follows the WHO, DGFT and Ministry of Environment rules for safe transfer and disposal, together with details of the samples.",
      sources: [dgft19],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "in-export-imp-cdsco-export-noc",
      materials: ["imp"],
      name: "No Objection Certificate (NOC) for manufacture of unapproved/approved new drugs for export (Export NOC)",
      authority: "Central Drugs Standard Control Organisation (CDSCO), zonal office (registration) and port office (consignment release)",
      scope: "per-exporter",
      holder: "exporter",
      leadTimeDays: 10,
      onlyWhen:
        "the investigational product is an unapproved or new drug manufactured in India for export by a manufacturer holding a Form 25, 28 or 28-D licence (or loan licence); not for narcotic, psychotropic or banned drugs",
      note:
        "Under Rule 94 under the Drugs and Cosmetics Act, 1940 and the Ministry of Health guidelines, Indian manufacturers apply online (SUGAM) to the CDSCO zonal office with an Integrated Registration Form, a legal undertaking that the drugs will not be diverted to the Indian market, the manufacturing licence, reconciliation data of previous NOCs and the approval status in the importing country (or alternative documents; specific documents apply to R&D and new chemical entity batches). The NOC is issued within 7 working days and is valid for one year or until the sanctioned quantity is exported. Each consignment is then released by the CDSCO port office against reconciliation details, certificate of analysis, purchase order, export invoice, shipping bill and label (secondary sources on the CDSCO guidance of 2025). Return of unused imported trial supplies is not covered by this rule.",
      sources: [exportNocLegality, exportNocGuidance, exportNocRan],
    },
    {
      kind: "permit",
      id: "in-export-device-cdsco-port-noc",
      materials: ["device"],
      name: "CDSCO port office No Objection Certificate (NOC) on the export shipping bill",
      authority: "Central Drugs Standard Control Organisation (CDSCO), port office",
      scope: "per-shipment",
      holder: "exporter",
      onlyWhen:
        "the shipping bill is not filed by the Indian manufacturer of the device holding a valid licence under the Drugs and Cosmetics Act and its rules (e.g. a sponsor, CRO or depot returning investigational devices)",
      note:
        "Since a DCGI order of 21 March 2017 the CDSCO port offices no longer insist on an NOC for export consignments of drugs, medical devices and cosmetics to any country when the shipping bill is filed by the manufacturer itself with its valid licence. Whether, and how, the port office clears exports filed by other exporters was not confirmed; check with the CDSCO port office before shipping (secondary source).",
      sources: [cdscoExportNocWaiver],
    },
    {
      kind: "permit",
      id: "in-export-md-cdsco-port-noc",
      materials: ["ancillary", "lab-kit", "equipment"],
      name: "CDSCO port office No Objection Certificate (NOC) on the export shipping bill",
      authority: "Central Drugs Standard Control Organisation (CDSCO), port office",
      scope: "per-shipment",
      holder: "exporter",
      onlyWhen:
        "the items are medical devices or in-vitro diagnostic devices (e.g. syringes, IVD kits, ECG machines) and the shipping bill is not filed by their Indian manufacturer holding a valid licence",
      note:
        "Since a DCGI order of 21 March 2017 the CDSCO port offices no longer insist on an NOC for export consignments of drugs, medical devices and cosmetics when the shipping bill is filed by the licensed manufacturer itself. How the port office treats medical devices exported by others (e.g. a depot returning unused trial supplies) was not confirmed; check with the CDSCO port office (secondary source).",
      sources: [cdscoExportNocWaiver],
    },
    {
      kind: "none",
      id: "in-export-equipment-free",
      materials: ["equipment"],
      sourceCovers: ["equipment"],
      note:
        "No export authorisation from DGFT: under the General Notes to ITC(HS) Schedule 2 (Export Policy), goods not listed in the export licensing schedule are freely exportable, subject to any other law in force. Check that the item is not a SCOMET item (Appendix 3 to Schedule 2, which includes some laboratory and biological equipment) and, if the equipment is itself a medical device, see the CDSCO port office rule.",
      sources: [itcSch2Eximguru, itcSch2Lawcrux],
    },
    {
      kind: "permit",
      id: "in-export-samples-noc",
      materials: ["samples"],
      name: "No Objection Certificate (NOC) for export of human biological material",
      authority:
        "CDSCO for material related to activities under the Drugs & Cosmetics Act 1940 and its rules (e.g. clinical trials); otherwise ICMR / Department of Health Research",
      scope: "per-shipment",
      holder: "exporter",
      note:
        "Since DGFT Notification 72/2023 (11 March 2024), export of human biological materials/samples classified in Chapter 30 (e.g. 3002 antisera, blood fractions, human blood) is 'free subject to NOC'. ICMR runs an online portal for its NOCs for commercial / contract-research transfers. The sources do not state whether one NOC covers several consignments; plan on one per shipment until the issuing authority confirms otherwise. Research with foreign funding or technical collaboration may also need Health Ministry's Screening Committee (HMSC) clearance, which reviews planned transfers of biological material. Lead time: a clinical research organisation reports about 30 days for the CDSCO export NOC for samples sent to an overseas laboratory, and about 4 to 6 weeks for ICMR approval of transfers of human biological material overseas (secondary source).",
      leadTimeDays: 30,
      sources: [
        dgft72,
        dgft72tmi,
        icmrPortal,
        icmrHmsc,
        aiimsHmsc,
        { title: "Lambda Therapeutic Research: Key regulatory approvals in India (timelines) (secondary source)", url: "https://www.lambda-cro.com/?p=30704", reviewed: R },
      ],
    },
  ],
  importerOfRecord: [
    {
      id: "in-ior-imp",
      materials: ["imp"],
      who:
        "The holder of the CT-17 import licence: the sponsor's Indian entity, a CRO authorised by the sponsor, an importer holding a drug licence, or an authorised Indian legal representative of a foreign sponsor (secondary source).",
      foreignSponsorMayAct: false,
      mustHold: ["in-import-imp-ct17"],
      note: "A foreign sponsor without an Indian entity applies through an authorised Indian representative (secondary source).",
      sources: [clinicalStudiesImport],
    },
    {
      id: "in-ior-device",
      materials: ["device"],
      who: "An importer or manufacturer holding the MD-17 licence for the device (secondary source).",
      foreignSponsorMayAct: false,
      mustHold: ["in-import-device-md17"],
      sources: [md17],
    },
    {
      id: "in-ior-md",
      materials: ["ancillary", "lab-kit", "equipment"],
      who:
        "For medical devices and IVDs: an Indian importer or the foreign manufacturer's authorised Indian agent holding the MD-15 import licence, or the holder of an MD-17 test licence for goods imported for the clinical investigation.",
      foreignSponsorMayAct: false,
      note: "The MD-14 application is made by an Indian importer or authorised agent on behalf of a foreign manufacturer (secondary source). Goods that are not medical devices need no CDSCO licence holder; who may import them was not researched.",
      sources: [md15ComplianceCalendar, md15ProfessionalUtilities, md17],
    },
    {
      id: "in-ior-samples",
      materials: ["samples"],
      who: "The Indian diagnostic laboratory or clinical research centre importing the samples, which gives the undertaking to Customs.",
      foreignSponsorMayAct: false,
      sources: [dgft19],
    },
  ],
  exporterOfRecord: [
    {
      id: "in-eor-imp",
      materials: ["imp"],
      who: "For investigational drugs manufactured in India for export: the Indian manufacturer holding a Form 25, 28 or 28-D manufacturing licence (or loan licence) and the CDSCO Export NOC.",
      foreignSponsorMayAct: false,
      mustHold: ["in-export-imp-cdsco-export-noc"],
      note: "Who may export unused imported trial supplies back to the sponsor was not found.",
      sources: [exportNocLegality, exportNocGuidance],
    },
    {
      id: "in-eor-devices-supplies",
      materials: ["device", "ancillary", "lab-kit", "equipment"],
      who:
        "An exporter registered with DGFT and holding an Importer Exporter Code (IEC), which is issued against an Indian Permanent Account Number (PAN); for medical devices, preferably the licensed Indian manufacturer, whose shipping bills need no CDSCO port NOC.",
      foreignSponsorMayAct: false,
      note:
        "DGFT requires registration and an IEC before a business engages in import or export activities (the source describes it for importers). Whether a foreign sponsor without an Indian entity can obtain an IEC and act as exporter itself was not confirmed; plan on an Indian entity (sponsor affiliate, CRO or depot).",
      sources: [exportGovIec, cdscoExportNocWaiver],
    },
    {
      id: "in-eor-samples",
      materials: ["samples"],
      who: "The Indian company or organisation transferring the samples, which obtains the CDSCO or ICMR/DHR NOC.",
      foreignSponsorMayAct: false,
      mustHold: ["in-export-samples-noc"],
      sources: [dgft72, icmrPortal],
    },
  ],
  temporaryAdmission: {
    id: "in-ata",
    ataCarnet: false,
    note:
      "Shown as not accepted for clinical-trial shipments: India accepts ATA carnets only under the Exhibitions and Fairs Convention and, since Notification 4/2018-Customs, for professional equipment of specified kinds (press/media, broadcasting, sporting events, testing/measuring/calibration equipment). Re-export period: 6 months for exhibition goods, 2 months for professional equipment (extension must be approved by the Customs office of import before expiry). Carnets are not accepted for postal traffic or transit. Medical equipment lent to trial sites is not among the listed professional-equipment categories, and the carnet exemption (Notification 4/2018-Customs) requires the goods to be owned and imported by a person resident or established abroad, so do not plan on a carnet for returnable trial equipment.",
    sources: [ataIndia, ataNotification42018],
  },
};

export default rules;
