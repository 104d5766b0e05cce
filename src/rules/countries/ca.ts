import type { CountryRulesInput } from "../schema";

const R = "2026-11-26";

const HC_FAQ = {
  title: "Health Canada: Clinical trials drug importation Frequently Asked Questions",
  url: "https://www.canada.ca/en/health-canada/services/drugs-health-products/drug-products/applications-submissions/guidance-documents/clinical-trials/drug-importation-record-keeping-frequently-asked-questions.html",
  reviewed: R,
};
const GUI_0100 = {
  title: "Health Canada: Part C, Division 5 of the Food and Drug Regulations (GUI-0100): Application and authorization",
  url: "https://www.canada.ca/en/health-canada/services/drugs-health-products/compliance-enforcement/good-clinical-practices/guidance-documents/guidance-drugs-clinical-trials-human-subjects-gui-0100/application-authorization.html",
  reviewed: R,
};
const FDR_C05003 = {
  title: "Food and Drug Regulations, section C.05.003 (Justice Laws)",
  url: "https://laws.justice.gc.ca/eng/regulations/c.r.c.%2c_c._870/section-C.05.003-20060322.html",
  reviewed: R,
};
const FDR_C05006 = {
  title: "Food and Drug Regulations, section C.05.006 (Justice Laws)",
  url: "https://laws.justice.gc.ca/eng/regulations/c.r.c.,_c._870/section-C.05.006-20060322.html",
  reviewed: R,
};
const MDR_PART3 = {
  title: "Medical Devices Regulations (SOR/98-282), Part 3: Medical Devices for Investigational Testing Involving Human Subjects, ss. 82-83",
  url: "https://lois.justice.gc.ca/eng/regulations/SOR-98-282/page-11.html",
  reviewed: R,
};
const CRA_RATES = {
  title: "CRA GST/HST interpretation 211976: Importation of drugs and biologicals",
  url: "https://taxinterpretations.com/content/671581",
  reviewed: R,
};
const CRA_CODE56 = {
  title: "CRA ruling 37983: importation of a prescription drug relieved under GST exemption code 56 (Schedule VII s. 6, Schedule VI Part I)",
  url: "https://taxinterpretations.com/content/670148",
  reviewed: R,
};
const MARKEN_GST = {
  title: "Marken: Regulatory update Canada, GST/HST and the importation of pharmaceuticals (citing CRA Excise and GST/HST News No. 93) (secondary source)",
  url: "https://www.marken.com/regulatory-update-canada-goods-and-services-tax-gst-harmonized-sales-tax-hst-and-the-importation-of-pharmaceuticals/",
  reviewed: R,
};
const PHARMA_AGREEMENT = {
  title: "LexisNexis practice note: The WTO's Pharma Agreement (participants)",
  url: "https://www.lexisnexis.co.uk/legal/guidance/the-wtos-pharma-agreement",
  reviewed: R,
};

/** Canada: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "CA",
  name: "Canada",
  valuation: {
    basis: "FOB",
    note:
      "Value for duty includes transportation and associated costs only up to the place of direct shipment to Canada (where the goods begin their uninterrupted journey to Canada); costs incurred after the goods leave that place are not included. In practice this is an FOB-type basis. GST is then calculated on the value for duty plus duty.",
    sources: [
      { title: "CBSA Memorandum D13-3-5: Treatment of Transportation Costs for Goods Delivered to a Location Outside of Canada", url: "https://www.cbsa-asfc.gc.ca/publications/dm-md/d13/d13-3-5-eng.html", reviewed: R },
      { title: "CBSA Memorandum D13-3-4: Place of Direct Shipment", url: "https://cbsa-asfc.gc.ca/publications/dm-md/d13/d13-3-4-eng.html", reviewed: R },
      MARKEN_GST,
    ],
  },
  importTax: {
    id: "ca-import-gst",
    name: "Goods and services tax (GST)",
    standardRatePercent: 5,
    note:
      "GST is 5%. In the HST provinces the harmonized rate is 13% (Ontario) or 15% (New Brunswick, Newfoundland and Labrador, Nova Scotia, Prince Edward Island). CRA has reminded importers that drugs imported for clinical trials are subject to GST/HST unless they are a non-taxable importation or zero-rated (secondary source).",
    reliefs: [
      {
        id: "ca-import-gst-relief-prescription-drugs",
        materials: ["imp"],
        ratePercent: 0,
        condition:
          "The drug is a zero-rated prescription drug or biological under Part I of Schedule VI to the Excise Tax Act (e.g. on the Prescription Drug List); its import is then a non-taxable importation (Schedule VII s. 6, GST exemption code 56). Investigational drugs that are not covered stay taxable.",
        sources: [CRA_CODE56, MARKEN_GST],
      },
    ],
    sources: [CRA_RATES, MARKEN_GST],
  },
  duties: [
    {
      id: "ca-duty-3002",
      heading: "3002",
      ratePercent: 0,
      zeroForZero: true,
      note: "Canada is a participant in the WTO Pharmaceutical Agreement, which eliminates duties on chapter 30 products.",
      sources: [PHARMA_AGREEMENT],
    },
    {
      id: "ca-duty-3004",
      heading: "3004",
      ratePercent: 0,
      zeroForZero: true,
      note: "Canada is a participant in the WTO Pharmaceutical Agreement, which eliminates duties on chapter 30 products.",
      sources: [PHARMA_AGREEMENT],
    },
    {
      id: "ca-duty-9027",
      heading: "9027",
      ratePercent: 0,
      note: "MFN rate Free for analysis instruments (e.g. 9027.80.20 NMR instruments, 9027.80.90 other). Check the tariff item for other 9027 goods.",
      sources: [{ title: "eToolSage: Canada Customs Tariff, chapter 90 (9027.80) (secondary source)", url: "https://etoolsage.com/Query/CAHS.asp?HTS=90&action=ScollDown&pageNo=21", reviewed: R }],
    },
  ],
  deMinimis: {
    id: "ca-de-minimis",
    amount: 20,
    currency: "CAD",
    covers: "duty-and-tax",
    note:
      "Mail and courier shipments up to CAD 20 (value for duty) are free of duty and tax from any country. Courier shipments from the US or Mexico: up to CAD 40 free of duty and tax; above CAD 40 up to CAD 150 duty-free but taxes apply. Applies by place of direct shipment, not origin.",
    sources: [
      { title: "CBSA: The Canada-United States-Mexico Agreement: What importers need to know (low-value shipment thresholds)", url: "https://cbsa-asfc.gc.ca/services/cusma-aceum/lvs-efv-eng.html", reviewed: R },
      { title: "CBSA Customs Notice 20-18: Implementation of the CUSMA de minimis thresholds", url: "https://cbsa-asfc.gc.ca/publications/cn-ad/cn20-18-eng.html", reviewed: R },
    ],
  },
  import: [
    {
      kind: "permit",
      id: "ca-import-imp-cta-nol",
      materials: ["imp"],
      name: "Clinical Trial Application (CTA) authorization: No Objection Letter (NOL), Food and Drug Regulations Part C, Division 5",
      authority: "Health Canada",
      scope: "per-trial",
      holder: "sponsor",
      leadTimeDays: 30,
      note:
        "No person may sell or import a drug for a clinical trial unless authorized under Division 5. A copy of the trial's NOL must accompany every drug shipment into Canada. In the CBSA Single Window (IID) the NOL is declared as document type 5013. The sponsor may sell or import once the 30-day review period after Health Canada receives the CTA passes without an objection notice (and research ethics board approval is in place for the site). Importing sites and third-party importers must be listed in the CTA (Section D of form HC/SC 3011, Appendix 1).",
      sources: [
        GUI_0100,
        HC_FAQ,
        FDR_C05006,
        { title: "CSCB: CBSA Message TCC21-017 UPDATE, SWI IID Human Drugs Program, Clinical Trials No Objection Letter (secondary source)", url: "https://cscb.ca/fr/article/cbsa-message-tcc21-017-update-swi-iid-human-drugs-program-clinical-trials-no-objection", reviewed: R },
      ],
    },
    {
      kind: "permit",
      id: "ca-import-device-ita",
      materials: ["device"],
      name: "Investigational Testing Authorization (ITA), Medical Devices Regulations Part 3 (Class II, III and IV devices)",
      authority: "Health Canada, Medical Devices Directorate",
      scope: "per-trial",
      holder: "importer",
      note:
        "Issued to a manufacturer or importer. The authorization names the qualified investigators to whom the device may be sold, the diagnosis or treatment, the number of units authorized and the protocol.",
      sources: [MDR_PART3, { title: "dicentra: Clinical trials, medical devices (ITA) (secondary source)", url: "https://dicentra.com/clinical-trials/medical-devices", reviewed: R }],
    },
    {
      kind: "permit",
      id: "ca-import-samples-phac",
      materials: ["samples"],
      name: "PHAC licence/import permit for human pathogens (Risk Group 2-4), only for samples that contain or are believed to contain a human pathogen",
      authority: "Public Health Agency of Canada (PHAC), Centre for Biosecurity",
      scope: "per-importer",
      holder: "importer",
      note:
        "Importing human pathogens in Risk Group 2, 3 or 4 requires PHAC authorization; diagnostic specimens count when the importer has reasonable grounds to believe they contain an infectious agent. Pathogens that also affect animals may need a CFIA permit too. No rule was found for non-infectious specimens.",
      sources: [
        { title: "PHAC: Licensing Program and Importation Permits", url: "https://origin.phac-aspc.gc.ca/lab-bio/permits/imp-permit/index-eng.php", reviewed: R },
        { title: "Human Pathogens Importation Regulations SOR/94-558 (2006-2015 version), definitions", url: "https://lois.justice.gc.ca/eng/regulations/SOR-94-558/20060322/P1TT3xt3.html", reviewed: R },
        { title: "Clearit: Importing biological agents and pathogens into Canada (HPTA licence) (secondary source)", url: "https://clearit.ca/canadian-customs-broker-blog/import-biological-agents-pathogens/", reviewed: R },
      ],
    },
  ],
  export: [],
  importerOfRecord: [
    {
      id: "ca-ior-imp",
      materials: ["imp"],
      who: "The sponsor if located in Canada; if the sponsor is outside Canada and ships directly to sites, each clinical trial site (the qualified investigator or receiving pharmacy) is listed as importer; a third-party importer may be authorized through Appendix 1 of the CTA.",
      foreignSponsorMayAct: false,
      mustHold: ["ca-import-imp-cta-nol"],
      note: "A person importing a drug for a clinical trial must have a representative in Canada who is responsible for the sale of the drug (C.05.003(c)).",
      sources: [HC_FAQ, FDR_C05003],
    },
    {
      id: "ca-ior-device",
      materials: ["device"],
      who: "The manufacturer or importer holding the Investigational Testing Authorization.",
      foreignSponsorMayAct: false,
      mustHold: ["ca-import-device-ita"],
      sources: [MDR_PART3],
    },
  ],
  exporterOfRecord: [],
  temporaryAdmission: {
    id: "ca-ata",
    ataCarnet: true,
    note:
      "Canada accepts ATA carnets (issued in Canada by the Canadian Chamber of Commerce) in place of Form E29B Temporary Admission Permit and security. Carnets are valid one year; goods for sale, lease, processing or repair and consumables are not allowed on a carnet. Goods temporarily admitted under national rules (not sold or processed) may stay up to 12 months unless otherwise indicated.",
    sources: [
      { title: "CBSA Memorandum D8-1-7: Use of A.T.A. Carnets and Canada/Chinese Taipei Carnets for the Temporary Admission of Goods", url: "https://cbsa-asfc.gc.ca/publications/dm-md/d8/d8-1-7-eng.html", reviewed: R },
      { title: "Argo Customs: Use of A.T.A. carnets for the temporary admission of goods (secondary source)", url: "https://argocustoms.com/faq/use-of-a-t-a-carnets-and-canada-chinese-taipei-carnets-for-the-temporary-admission-of-goods/", reviewed: R },
      { title: "Digichambers: ATA carnet country page, Canada (secondary source)", url: "https://docs.digichambers.be/en/canada-ca-3", reviewed: R },
    ],
  },
};

export default rules;
