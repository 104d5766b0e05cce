import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const revenueHuman = {
  title: "Revenue – Human medicine (VAT)",
  url: "https://www.revenue.ie/en/vat/vat-on-goods/medicine/human.aspx",
  reviewed: R,
};
const dail2022 = {
  title: "Dáil Éireann written answer 435, 8 September 2022 – Tax Data (VAT on non-oral medicines)",
  url: "https://www.oireachtas.ie/ga/debates/question/2022-09-08/435/",
  reviewed: R,
};
const dail2022b = {
  title: "Dáil Éireann written answer 619, 6 December 2022 – Medicinal Products (zero rate for non-oral HRT and NRT)",
  url: "https://www.oireachtas.ie/ga/debates/question/2022-12-06/619/",
  reviewed: R,
};
const hpraMia = {
  title: "HPRA – Manufacturer's/importer's authorisation (MIA, including IMP MIA)",
  url: "https://hpra.ie/regulation/human-medicine/manufacturers/authorisation-to-manufacture-medicines-in-ireland",
  reviewed: R,
};
const revenueTherapeutic = {
  title: "Revenue – Permanent importation of certain substances of a therapeutic or medical-related nature",
  url: "https://www.revenue.ie/en/customs-traders-and-agents/relief-from-customs-duty-and-vat/permanent-importation-of-certain-substances-of-a-therapeutic-or-medical-related-nature/index.aspx",
  reviewed: R,
};
const hpraMiaApplications = {
  title: "HPRA – Applications for a Manufacturer's Authorisation (three types, incl. investigational medicinal products)",
  url: "https://www.hpra.ie/homepage/medicines/regulatory-information/manufacturers/applications-for-a-manufacturing-authorisation",
  reviewed: R,
};
const hpraMiaPresub = {
  title: "HPRA – Manufacturer's / Importer's Authorisation (MIA) Pre-Submission",
  url: "https://www.hpra.ie/homepage/medicines/regulatory-information/manufacturers/pre-submission-for-manufacturers",
  reviewed: R,
};
const ctrArt61 = {
  title: "Regulation (EU) No 536/2014, Article 61: Authorisation of manufacturing and import (German text)",
  url: "https://gesetze.legal/eu/vo_eu_2014_536/61",
  reviewed: R,
};
const hpraCdLicences = {
  title: "HPRA – Licences and registrations for controlled drugs",
  url: "https://hpra.ie/regulation/controlled-drugs/requirements/licences-for-controlled-drugs",
  reviewed: R,
};
const hpraCdPharmaTrust = {
  title: "HPRA – Controlled drugs licences (PharmaTrust online applications)",
  url: "https://www.hpra.ie/homepage/controlled-substances/controlled-substances/licences",
  reviewed: R,
};
const hpraCdGuide = {
  title: "HPRA – Guide to Import and Export Licences and Letters of No Objection for Controlled Drugs (AUT-G0127-5)",
  url: "https://paperzz.com/doc/9076672/guide-to-import-and-export-licences-and-letters-of-no",
  reviewed: R,
};

/** Ireland: national import/export rules for clinical-trial shipments (EU rules apply on top). */
const rules: CountryRulesInput = {
  code: "IE",
  name: "Ireland",
  customsUnion: "EU",
  importTax: {
    id: "ie-import-tax",
    name: "VAT on imports",
    standardRatePercent: 23,
    reliefs: [
      {
        id: "ie-import-tax-oral-medicines-0",
        headings: ["3004"],
        ratePercent: 0,
        condition:
          "Medicines for human oral consumption that are licensed or authorised by the HPRA (for example an authorised oral comparator). Non-oral medicines such as injections and infusions are at the 23% standard rate, except certain non-oral replacement therapies (HRT and NRT, zero-rated since 1 January 2023). A product without an HPRA licence or authorisation does not meet this condition.",
        sources: [revenueHuman, dail2022, dail2022b],
      },
      {
        id: "ie-import-tax-therapeutic-substances-0",
        headings: ["3002"],
        ratePercent: 0,
        condition:
          "Human blood and its derivatives (and blood-grouping or tissue-typing reagents) imported from outside the EU by an institution or laboratory approved in advance by Revenue's Authorisations Reliefs Unit, for non-commercial medical or scientific purposes only, with a certificate of conformity from an authorised body in the country of departure and in specially labelled containers. Relieves both customs duty and VAT. Samples or products for a commercial sponsor's trial are unlikely to meet the non-commercial condition.",
        sources: [revenueTherapeutic],
      },
    ],
    note: "Ireland also has reduced rates of 13.5% and 9%; human medicines are generally at the standard rate unless the oral-medicine zero rate applies.",
    sources: [revenueHuman, dail2022],
  },
  import: [
    {
      kind: "permit",
      id: "ie-import-imp-hpra-mia",
      replaces: "eu-import-imp-mia",
      materials: ["imp"],
      name: "Manufacturer's authorisation for investigational medicinal products (IMP MIA)",
      authority: "HPRA (Health Products Regulatory Authority)",
      scope: "per-importer",
      holder: "importer",
      note:
        "Ireland's form of the EU manufacturing and import authorisation for IMPs (Reg. (EU) 536/2014 Art. 61). The HPRA issues three types of manufacturer's authorisation (human medicines, veterinary medicines, and investigational medicinal products); an authorisation is needed for physical importation of medicinal products from outside the EEA and for batch certification of products coming from a third country. The process includes a site inspection: the HPRA offers a pre-submission meeting (a date is proposed within a week of the request) and provides the MIA application form once the site will be ready for inspection within 4 to 6 weeks. No overall processing time was found.",
      sources: [hpraMia, hpraMiaApplications, hpraMiaPresub, ctrArt61],
    },
    {
      kind: "permit",
      id: "ie-import-controlled-annual-licence",
      materials: ["imp"],
      name: "Controlled drug annual licence (Schedules 1–2) or registration (Schedules 3–5)",
      authority: "HPRA, on behalf of the Department of Health (Misuse of Drugs Regulations 2017)",
      scope: "per-importer",
      holder: "importer",
      onlyIfControlled: true,
      note:
        "Anyone who imports, exports, supplies or possesses a controlled drug needs an annual licence (Schedules 1 and 2, renewed each year) or a registration (Schedules 3, 4 and 5). It is needed in addition to any manufacturer's/importer's authorisation. An inspection may be carried out before it is granted.",
      sources: [hpraCdLicences],
    },
    {
      kind: "permit",
      id: "ie-import-controlled-consignment-licence",
      alsoWithinUnion: true,
      materials: ["imp"],
      name: "Controlled drug import licence or Letter of No Objection (LONO)",
      authority: "HPRA, on behalf of the Department of Health",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note:
        "A separate import licence (Schedules 1, 2, 3 and Schedule 4 part 1) or LONO (Schedule 4 part 2 and Schedule 5) must accompany each consignment. Manufacturers and wholesalers apply online through PharmaTrust; paper applications are not accepted from them. The licence is needed for each import into Ireland, including from other EU member states.",
      sources: [hpraCdLicences, hpraCdPharmaTrust, hpraCdGuide],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "ie-export-controlled-consignment-licence",
      alsoWithinUnion: true,
      materials: ["imp"],
      name: "Controlled drug export licence or Letter of No Objection (LONO)",
      authority: "HPRA, on behalf of the Department of Health",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note:
        "A separate export licence or LONO must accompany each controlled drug consignment, in addition to the exporter's annual controlled drug licence or registration. Applications go through PharmaTrust. It is needed for each export out of Ireland, including to other EU member states.",
      sources: [hpraCdLicences, hpraCdPharmaTrust, hpraCdGuide],
    },
  ],
  importerOfRecord: [
    {
      id: "ie-ior-imp",
      materials: ["imp"],
      who: "A holder of an HPRA Manufacturer's/Importer's Authorisation for investigational medicinal products (IMP MIA), which covers importing IMPs for human use from outside the EEA.",
      foreignSponsorMayAct: false,
      mustHold: ["ie-import-imp-hpra-mia"],
      note: "The HPRA issues separate MIAs for human medicines, veterinary medicines and IMPs; the IMP MIA is the one that covers trial supplies.",
      sources: [hpraMia],
    },
  ],
};

export default rules;
