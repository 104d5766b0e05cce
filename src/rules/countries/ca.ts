import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";
/** Facts re-read against their sources on this date. */
const R2 = "2026-12-06";

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
  title: "Medical Devices Regulations (SOR/98-282), Part 3: Medical Devices for Investigational Testing Involving Human Subjects, ss. 82-83 (current to 2024-11-26)",
  url: "https://lois.justice.gc.ca/eng/regulations/SOR-98-282/page-11.html",
  reviewed: R2,
};
const MDR_S80 = {
  title: "Medical Devices Regulations (SOR/98-282), Part 3, ss. 79-81: s. 80(2) authorization for Class II, III and IV devices, s. 80(3) records only for Class I (Justice Laws, 2013 consolidation)",
  url: "https://lois-laws.justice.gc.ca/eng/regulations/SOR-98-282/page-18.html",
  reviewed: R2,
};
const MDR_S44 = {
  title: "Medical Devices Regulations (SOR/98-282), section 44: establishment licence and its exemptions (in force since 2018-12-29) (Justice Laws)",
  url: "https://laws-lois.justice.gc.ca/eng/regulations/sor-98-282/section-44-20181229.html",
  reviewed: R2,
};
const GUI_0016_2023 = {
  title: "Health Canada: Guidance on Medical Device Establishment Licensing (GUI-0016), version of 6 September 2023, replaced by a new version in force from 14 December 2024 (the new version was not reviewed)",
  url: "https://www.canada.ca/en/health-canada/services/drugs-health-products/compliance-enforcement/establishment-licences/directives-guidance-documents-policies/guidance-medical-device-establishment-licensing-0016",
  reviewed: R2,
};
const NRI = { title: "trade.gov: Canada Non-Resident Importer Program", url: "https://trade.gov/canada-non-resident-importer-program", reviewed: R };
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

const GAC_EIPA = {
  title: "Global Affairs Canada: Export Controls, Key Regulations and General Export Permits (Export and Import Permits Act)",
  url: "https://www.international.gc.ca/controls-controles/report-rapports/list_liste/index.aspx?lang=eng&view=d",
  reviewed: R,
};
const GAC_HANDBOOK = {
  title: "Global Affairs Canada: Export Controls Handbook, A. Introduction (What is an export permit?) (archived)",
  url: "https://www.international.gc.ca/controls-controles/export-exportation/exp_ctr_handbook-manuel_ctr_exp-p2.aspx?lang=eng",
  reviewed: R,
};
const GAC_DO_I_NEED = {
  title: "Foreign Affairs and International Trade Canada: Do I Need An Export Permit? (archived 2006)",
  url: "https://bac-lac.wayback.archive-it.org/web/20061106043610/http:/www.international.gc.ca/eicb/military/exportpermit-en.asp",
  reviewed: R,
};

const GAC_ABOUT = {
  title: "Global Affairs Canada, Trade Controls Bureau: About Us (Import Control List, Export Control List, Area Control List)",
  url: "https://www.international.gc.ca/controls-controles/about-a_propos/index.aspx?lang=eng",
  reviewed: R,
};
const CBSC_IMPORT_PERMITS = {
  title: "Canada Business Network (The Business Link): Import Permits, Export and Import Permits Act (archived 2006)",
  url: "https://bac-lac.wayback.archive-it.org/web/20061028201131/http:/cbsc.org/servlet/ContentServer?c=Regs&cid=1081944200944&lang=en&pagename=CBSC_AB%2Fdisplay",
  reviewed: R,
};
const ARGO_MD_LICENSING = {
  title: "ARGO Customs: helping Canadian importers adhere to medical device licensing regulations (secondary source)",
  url: "https://argocustoms.com/argo-customs-helps-canadian-importers-adhere-to-medical-device-licensing-regulations/",
  reviewed: R,
};
const PCB_MEDICAL_SUPPLIES = {
  title: "PCB Customs Brokers: How to import medical supplies into Canada (secondary source)",
  url: "https://pcb.ca/industries/medical-supplies",
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
        headings: ["3002", "3004"],
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
      id: "ca-duty-3006",
      heading: "3006",
      ratePercent: 0,
      note:
        "Canada is a participant in the WTO Pharmaceutical Agreement, which eliminates duties on chapter 30 products. The Canadian tariff items for pharmaceutical goods of heading 30.06 seen in the source (e.g. 3006.10 to 3006.50) are MFN Free; that source is an older (2009) copy of the tariff and predates the 3006.93 line for placebos and blinded clinical trial kits, so confirm the current item with the customs broker. Participation in the WTO Pharmaceutical Agreement does not guarantee that every 3006 line is free (the US, a participant, charges duty on 3006.70 gels and on placebo-only 3006.93 lines); the current Canadian rates for 3006.60 to 3006.93 were not checked, so confirm the line for placebos.",
      sources: [
        PHARMA_AGREEMENT,
        { title: "BetterDollar: Canadian duty rate for pharmaceutical goods of heading 30.06 (copy of the CBSA Customs Tariff, 2009) (secondary source)", url: "https://betterdollar.com/category/tariff/page/46", reviewed: R },
      ],
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
      onlyWhen: "the investigational device is Class II, III or IV (a Class I device needs no authorization: the manufacturer or importer only keeps the records of s. 81, MDR s. 80(3))",
      usuallyApplies: true,
      note:
        "Issued to a manufacturer or importer (MDR s. 83(1)); the Regulations set no residency condition for the holder. No person may import or sell a device for investigational testing except under s. 80: a Class II, III or IV device needs this authorization (s. 80(2)); a Class I device may be sold to a qualified investigator with the s. 81 records only (s. 80(3)). The authorization names the qualified investigators to whom the device may be sold, the diagnosis or treatment, the number of units authorized and the protocol. Lead time: practitioners cite a 30-calendar-day review period for a new ITA application and report that Health Canada's first decision (often a request for additional information) comes close to day 30 (secondary source, 2022).",
      leadTimeDays: 30,
      sources: [
        MDR_PART3,
        MDR_S80,
        { title: "dicentra: Clinical trials, medical devices (ITA) (secondary source)", url: "https://dicentra.com/clinical-trials/medical-devices", reviewed: R },
        { title: "RAPS Regulatory Open Forum: Current timeline for Health Canada review of an Investigational Testing Authorization (ITA)? (May 2022) (secondary source)", url: "https://connect.raps.org/discussion/current-timeline-for-health-canada-review-of-an-ita", reviewed: R },
      ],
    },
    {
      kind: "permit",
      id: "ca-import-labkit-mdel",
      materials: ["ancillary", "lab-kit"],
      name: "Medical Device Establishment Licence (MDEL), Medical Devices Regulations s. 44",
      authority: "Health Canada",
      scope: "per-importer",
      holder: "importer",
      onlyWhen: "the importer is not a health care facility, a retailer or a manufacturer exempt under s. 44(2) (a depot, CRO or central laboratory importing lab kits or ancillary medical devices is not exempt)",
      usuallyApplies: true,
      note:
        "Lab kits (specimen collection devices, IVDs) and ancillary supplies such as syringes and infusion sets are medical devices. No person may import or sell a medical device without an establishment licence (s. 44(1)); only retailers, health care facilities, manufacturers of Class II-IV devices and Class I manufacturers distributing solely through an MDEL holder are exempt (s. 44(2)). A trial site that is a health care facility may therefore import them without an MDEL, but a depot, CRO or central laboratory acting as importer needs one. An importer must also ensure that the person it imports from holds an MDEL, unless importing directly from the manufacturer (for Class I, only when the importer holds an MDEL) (s. 44(3)-(4)).",
      sources: [MDR_S44, GUI_0016_2023],
    },
    {
      kind: "permit",
      id: "ca-import-equipment-mdel",
      materials: ["equipment"],
      name: "Medical Device Establishment Licence (MDEL), Medical Devices Regulations s. 44",
      authority: "Health Canada",
      scope: "per-importer",
      holder: "importer",
      onlyWhen: "the equipment is a medical device (e.g. an ECG or other diagnostic device) and the importer is not a health care facility, a retailer or an exempt manufacturer",
      note:
        "Laboratory or storage equipment that is not a medical device needs no MDEL. Equipment that is a medical device follows s. 44: the importer needs an establishment licence unless it is a retailer, a health care facility or an exempt manufacturer.",
      sources: [MDR_S44, GUI_0016_2023],
    },
    {
      kind: "none",
      id: "ca-import-no-eipa-permit",
      materials: ["ancillary", "lab-kit", "equipment"],
      sourceCovers: ["ancillary", "lab-kit", "equipment"],
      note:
        "No import permit under the Export and Import Permits Act is needed: import permits are required only for goods on the Import Control List, whose categories are goods such as weapons and munitions, Chemical Weapons Convention items, steel, textiles and clothing and supply-managed agricultural products; medical and laboratory supplies are not among them. Health rules still apply where the goods are medical devices (including IVD kits and device-type equipment): the importer needs a Medical Device Establishment Licence unless exempt (e.g. a health care facility), and Class II to IV devices need the manufacturer's Medical Device Licence (see those rules).",
      sources: [
        GAC_ABOUT,
        CBSC_IMPORT_PERMITS,
        { title: "Foreign Affairs and International Trade Canada: Import Controls, What Goods are Subject to Import Controls? (archived 2006)", url: "https://bac-lac.wayback.archive-it.org/web/20061106045838/http:/www.international.gc.ca/trade/eicb/military/importcontrols-en.asp", reviewed: R },
      ],
    },
    {
      kind: "permit",
      id: "ca-import-device-mdl",
      materials: ["ancillary", "lab-kit", "equipment"],
      name: "Medical Device Licence (MDL) held by the manufacturer, for Class II, III and IV medical devices (Medical Devices Regulations)",
      authority: "Health Canada, Medical Devices Directorate",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the item is a Class II, III or IV medical device or IVD (e.g. many syringes, infusion sets, diagnostic test kits, or medical equipment) and is not supplied under an Investigational Testing Authorization",
      note:
        "Medical devices imported into Canada must comply with the Food and Drugs Act and the Medical Devices Regulations, which group devices into Class I (lowest risk) to Class IV (highest). Class II, III and IV devices must be licensed (Medical Device Licence, held by the manufacturer); Class I devices need no device licence, but their importer needs a Medical Device Establishment Licence unless exempt (secondary sources). Health Canada's active licence listing shows each device's class and licence.",
      sources: [ARGO_MD_LICENSING, PCB_MEDICAL_SUPPLIES],
    },
    {
      kind: "permit",
      id: "ca-import-samples-phac",
      materials: ["samples"],
      name: "Pathogen and toxin licence under the Human Pathogens and Toxins Act (HPTA), only for human pathogens (Risk Group 2-4) or toxins that are not excluded",
      authority: "Public Health Agency of Canada (PHAC), Centre for Biosecurity",
      scope: "per-importer",
      holder: "importer",
      onlyWhen: "the samples are pathogen cultures or isolates (or a pathogen has been extracted or propagated), not specimens in which a pathogen is only naturally present",
      note:
        "Since 1 December 2015 the Human Pathogens and Toxins Regulations apply and the former Human Pathogens Importation Regulations (with their per-import permits) are repealed: unless excluded or exempted, a licence under the HPTA is needed to conduct controlled activities, which include importing and exporting a human pathogen or toxin. There is no fee for licensing. Licence holders must tell their biological safety officer before arranging any import or export. Pathogens that also affect animals may need a CFIA or PHAC animal-pathogen import permit.",
      sources: [
        { title: "PHAC: Licensing program (Human Pathogens and Toxins Act licence; HPIR repealed 1 December 2015)", url: "https://www.canada.ca/en/public-health/services/laboratory-biosafety-biosecurity/licensing-program.html", reviewed: R },
        { title: "Human Pathogens and Toxins Regulations (SOR/2015-44), section 4: conditions of licence", url: "https://lois.justice.gc.ca/eng/regulations/SOR-2015-44/section-4-20151201.html", reviewed: R },
        { title: "Clearit: Importing biological agents and pathogens into Canada (HPTA licence) (secondary source)", url: "https://clearit.ca/canadian-customs-broker-blog/import-biological-agents-pathogens/", reviewed: R },
      ],
    },
    {
      kind: "none",
      id: "ca-import-samples-natural",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note:
        "No PHAC pathogen and toxin licence is needed for human specimens (e.g. tissue or blood) in which any pathogen is only present in the environment where it naturally occurs and will not be extracted or propagated; also excluded are Risk Group 1 organisms, nucleic acids (other than full genomes of certain regulated positive-sense RNA viruses), proteins other than prions, cell lines without an intact pathogen, and diagnostic testing that does not cultivate the pathogen. If unsure, PHAC's licensing program confirms. Animal specimens may need a CFIA permit.",
      sources: [
        { title: "PHAC training: Are You Exempt or Excluded From Requiring a Licence (Human Pathogens and Toxins Act)", url: "https://training-formation.phac-aspc.gc.ca/mod/page/view.php?id=16307&lang=en", reviewed: R },
      ],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "ca-export-imp-s37-certificate",
      materials: ["imp"],
      name: "Export certificate under section 37 of the Food and Drugs Act (Food and Drug Regulations A.01.045)",
      authority: "Health Canada (Drug Establishment Licensing Unit)",
      scope: "per-shipment",
      holder: "exporter",
      onlyWhen: "the drug is manufactured or prepared in Canada solely for export (not for use or sale in Canada)",
      note:
        "Section 37 exempts packaged drugs made in Canada solely for export from most of the Food and Drugs Act if a certificate is issued that the package and its contents do not contravene any known requirement of the law of the destination country. The exporter issues the certificate and may send a copy to Health Canada; it describes the product name, route, medicinal ingredients, the Canadian DIN or the authorization number issued by the destination country, dosage form, strength and lot number. Since 8 December 2022, fabricators, packagers/labellers, testers, distributors and wholesalers of drugs solely for export must hold a drug establishment licence (DEL) and follow GMP (secondary source).",
      sources: [
        { title: "Health Canada: Export Certificate for Drugs Exported Under Section 37 of the Food and Drugs Act", url: "https://www.canada.ca/en/health-canada/services/drugs-health-products/compliance-enforcement/establishment-licences/intention-invoke-section-37-canada-food-drugs-act-products-being-exported.html", reviewed: R },
        { title: "Food and Drugs Act, section 37 (Justice Laws, 2021 version)", url: "https://laws-lois.justice.gc.ca/eng/acts/F-27/section-37-20210506.html", reviewed: R },
        { title: "Mondaq: Health Canada tightens up licensing and GMP requirements for exported drugs (secondary source)", url: "https://www.mondaq.com/canada/healthcare/1204588/health-canada-tightens-up-licensing-and-gmp-requirements-for-exported-drugs", reviewed: R },
      ],
    },
    {
      kind: "none",
      id: "ca-export-no-eipa-permit",
      materials: ["imp", "device", "ancillary", "lab-kit", "equipment"],
      sourceCovers: ["imp", "device", "ancillary", "lab-kit", "equipment"],
      note:
        "No export permit under the Export and Import Permits Act is needed unless the goods are on the Export Control List, go to a country on the Area Control List, are subject to a UN Security Council embargo, are controlled goods of US origin, or are destined for a chemical, biological or nuclear weapons or missile use (see the export permit rule). This concerns export controls only: drugs or devices made in Canada solely for export follow section 37 of the Food and Drugs Act (see the export certificate rule), and Canadian economic sanctions apply separately.",
      sources: [GAC_EIPA, GAC_DO_I_NEED, GAC_HANDBOOK],
    },
    {
      kind: "permit",
      id: "ca-export-eipa-permit",
      materials: ["imp", "device", "ancillary", "lab-kit", "samples", "equipment"],
      name: "Export permit under the Export and Import Permits Act",
      authority: "Global Affairs Canada, Export Controls Division",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the goods are on the Export Control List (e.g. listed human pathogens or toxins, or listed laboratory equipment), or the destination is on the Area Control List, or another trigger of the Export and Import Permits Act applies",
      note:
        "All goods and technology going to Area Control List countries, and all goods on the Export Control List (except some goods going to the United States), need an export permit. A permit can cover several shipments up to its expiry and the quantity or value stated on it, and is issued only to a resident of Canada. Exporting isolated human pathogens or toxins that is authorized under this Act does not also need a PHAC licence for the export.",
      sources: [
        GAC_EIPA,
        GAC_HANDBOOK,
        { title: "Human Pathogens and Toxins Act, section 7 (Justice Laws)", url: "https://laws.justice.gc.ca/eng/acts/H-5.67/section-7-20260326.html", reviewed: R },
      ],
    },
    {
      kind: "none",
      id: "ca-export-samples-natural",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note:
        "No PHAC pathogen and toxin licence is needed to export human specimens in which any pathogen is only present in its natural environment and is not extracted or propagated (the same exclusions as for import). Exporting isolated human pathogens or toxins is a controlled activity that needs an HPTA licence unless it is an export authorized under the Export and Import Permits Act.",
      sources: [
        { title: "PHAC training: Are You Exempt or Excluded From Requiring a Licence (Human Pathogens and Toxins Act)", url: "https://training-formation.phac-aspc.gc.ca/mod/page/view.php?id=16307&lang=en", reviewed: R },
        { title: "Human Pathogens and Toxins Act, section 7 (Justice Laws)", url: "https://laws.justice.gc.ca/eng/acts/H-5.67/section-7-20260326.html", reviewed: R },
      ],
    },
  ],
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
      who: "The manufacturer or importer holding the Investigational Testing Authorization (Class II-IV) or keeping the s. 81 records (Class I); a sponsor or manufacturer outside Canada may act, registered with CBSA as a non-resident importer.",
      foreignSponsorMayAct: true,
      mustHold: ["ca-import-device-ita"],
      note:
        "MDR s. 83(1) issues the authorization to a manufacturer or importer and sets no residency condition; under CBSA's Non-Resident Importer program a business with no physical presence in Canada can import under its own name and be importer of record, taking responsibility for other departments' border requirements.",
      sources: [MDR_PART3, MDR_S80, NRI],
    },
    {
      id: "ca-ior-ancillary-labkit-equipment",
      materials: ["ancillary", "lab-kit", "equipment"],
      who: "The importer named on the customs documents, identified by a business number with an import-export program account: a Canadian importer (for example the trial site, a health care facility, or a distributor), or a business outside Canada registered with CBSA as a non-resident importer.",
      foreignSponsorMayAct: true,
      mustHold: ["ca-import-labkit-mdel"],
      note:
        "Under CBSA's Non-Resident Importer program a business with no physical presence in Canada can import under its own name and be importer of record, taking responsibility under the Customs Act and for other departments' border requirements (e.g. Health Canada for medical devices). Where the goods are medical devices, the importer also needs a Medical Device Establishment Licence unless it is a health care facility or another exempt party; whether a non-resident can hold that licence was not confirmed, so a foreign sponsor importing devices should confirm this with Health Canada or use a Canadian licence holder or a health care facility as importer.",
      sources: [
        { title: "trade.gov: Canada Non-Resident Importer Program", url: "https://trade.gov/canada-non-resident-importer-program", reviewed: R },
        { title: "P.F. Collins: The Non-Resident Importer (NRI) Program (secondary source)", url: "https://pfcollins.com/non-resident-importer-nri/", reviewed: R },
        { title: "Medical Devices Regulations (SOR/98-282), section 44 (Justice Laws)", url: "https://laws-lois.justice.gc.ca/eng/regulations/sor-98-282/section-44-20181229.html", reviewed: R },
      ],
    },
    {
      id: "ca-ior-samples",
      materials: ["samples"],
      who: "The importer named on the customs documents, identified by a business number with an import-export program account: usually the Canadian laboratory or trial site receiving the samples, or a business outside Canada registered with CBSA as a non-resident importer. Where the samples contain isolated human pathogens or toxins that are not excluded, the importer must hold the PHAC pathogen and toxin licence.",
      foreignSponsorMayAct: true,
      note:
        "Under CBSA's Non-Resident Importer program a business with no physical presence in Canada can import under its own name and be importer of record, taking responsibility for other departments' border requirements. Most clinical specimens (pathogens only naturally present, not extracted or propagated) need no PHAC licence; if one is needed, the party conducting the import must hold it (see the PHAC licence rule).",
      sources: [
        { title: "trade.gov: Canada Non-Resident Importer Program", url: "https://trade.gov/canada-non-resident-importer-program", reviewed: R },
        { title: "P.F. Collins: The Non-Resident Importer (NRI) Program (secondary source)", url: "https://pfcollins.com/non-resident-importer-nri/", reviewed: R },
        { title: "PHAC: Licensing program (Human Pathogens and Toxins Act licence; HPIR repealed 1 December 2015)", url: "https://www.canada.ca/en/public-health/services/laboratory-biosafety-biosecurity/licensing-program.html", reviewed: R },
      ],
    },
  ],
  exporterOfRecord: [
    {
      id: "ca-eor-imp-s37",
      materials: ["imp"],
      who: "The Canadian exporter of a drug made in Canada solely for export, who issues the section 37 export certificate and, since 8 December 2022, holds a drug establishment licence for the activities it carries out.",
      foreignSponsorMayAct: false,
      mustHold: ["ca-export-imp-s37-certificate"],
      sources: [
        { title: "Health Canada: Export Certificate for Drugs Exported Under Section 37 of the Food and Drugs Act", url: "https://www.canada.ca/en/health-canada/services/drugs-health-products/compliance-enforcement/establishment-licences/intention-invoke-section-37-canada-food-drugs-act-products-being-exported.html", reviewed: R },
        { title: "Mondaq: Health Canada tightens up licensing and GMP requirements for exported drugs (secondary source)", url: "https://www.mondaq.com/canada/healthcare/1204588/health-canada-tightens-up-licensing-and-gmp-requirements-for-exported-drugs", reviewed: R },
      ],
    },
    {
      id: "ca-eor-export-controls",
      materials: ["device", "ancillary", "lab-kit", "samples", "equipment"],
      who: "The exporter in Canada. Where an export permit under the Export and Import Permits Act is needed, only a resident of Canada can hold it and be the exporter.",
      foreignSponsorMayAct: false,
      mustHold: ["ca-export-eipa-permit"],
      note: "The export permit is needed only for goods on the Export Control List or destinations on the Area Control List. Whether a sponsor without Canadian presence may itself export non-controlled goods was not confirmed; plan for a Canadian exporter or agent.",
      sources: [GAC_HANDBOOK, GAC_EIPA],
    },
  ],
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
