import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const chamberGr = {
  title: "Israel-Greece Chamber of Commerce – VAT rates in Greece, as of June 2024",
  url: "https://www.israelgreece.com/items/vat-rates-in-greece%2C-as-of-june-2024",
  reviewed: R,
};
const vatmanGr = {
  title: "The VAT Man – Greece (EL) VAT data and rates by category",
  url: "https://thevatman.eu/vat-by-country-e-h/greece/",
  reviewed: R,
};
const eloArt57 = {
  title: "Elo Pharma Law – Παραγωγή και εισαγωγή φαρμάκων: Μέρος IV, Άρθρο 57 of the Greek ministerial decision transposing Directive 2001/83/EC (secondary source reproducing the text)",
  url: "https://elopharmalaw.com/%CF%80%CE%B1%CF%81%CE%B1%CE%B3%CF%89%CE%B3%CE%B7-%CE%B5%CE%B9%CF%83%CE%B1%CE%B3%CF%89%CE%B3%CE%B7-%CF%86%CE%B1%CF%81%CE%BC%CE%B1%CE%BA%CF%89%CE%BD/",
  reviewed: R,
};
const ctrArt61 = {
  title: "Regulation (EU) No 536/2014, Article 61: Authorisation of manufacturing and import (German text)",
  url: "https://gesetze.legal/eu/vo_eu_2014_536/61",
  reviewed: R,
};
const mitosNarcotics = {
  title: "Mitos (National Register of Administrative Procedures) – Άδεια εισαγωγής ή εξαγωγής ναρκωτικών φαρμάκων ή ουσιών και ψυχοτρόπων φαρμάκων ή ουσιών",
  url: "https://mitos.gov.gr/index.php/%CE%94%CE%94:%CE%86%CE%B4%CE%B5%CE%B9%CE%B1_%CE%B5%CE%B9%CF%83%CE%B1%CE%B3%CF%89%CE%B3%CE%AE%CF%82_%CE%AE_%CE%B5%CE%BE%CE%B1%CE%B3%CF%89%CE%B3%CE%AE%CF%82_%CE%BD%CE%B1%CF%81%CE%BA%CF%89%CF%84%CE%B9%CE%BA%CF%8E%CE%BD_%CF%86%CE%B1%CF%81%CE%BC%CE%AC%CE%BA%CF%89%CE%BD_%CE%AE_%CE%BF%CF%85%CF%83%CE%B9%CF%8E%CE%BD_%CE%BA%CE%B1%CE%B9_%CF%88%CF%85%CF%87%CE%BF%CF%84%CF%81%CF%8C%CF%80%CF%89%CE%BD_%CF%86%CE%B1%CF%81%CE%BC%CE%AC%CE%BA%CF%89%CE%BD_%CE%AE_%CE%BF%CF%85%CF%83%CE%B9%CF%8E%CE%BD",
  reviewed: R,
};

const narcoticsNote =
  "For narcotic or psychotropic medicines or substances. Pharmaceutical companies apply to the Ministry of Health (Directorate of Pharmaceuticals, Narcotics Department); the Narcotics Committee gives an opinion on each application. Processing deadline 30 days, no fee. After the licence is granted, the company must declare the actual import or export to the Ministry.";

/** Greece: national import/export rules for clinical-trial shipments (EU rules apply on top). */
const rules: CountryRulesInput = {
  code: "GR",
  name: "Greece",
  customsUnion: "EU",
  importTax: {
    id: "gr-import-tax",
    name: "ΦΠΑ (Φόρος Προστιθέμενης Αξίας) – VAT on imports",
    standardRatePercent: 24,
    reliefs: [
      {
        id: "gr-import-tax-medicines-6",
        materials: ["imp"],
        headings: ["3003", "3004"],
        ratePercent: 6,
        condition:
          "Medicines for human use and human vaccines, but not goods of headings 3002, 3005 or 3006 apart from human vaccines (secondary sources).",
        sources: [vatmanGr, chamberGr],
      },
      {
        id: "gr-import-tax-immunological-13",
        materials: ["imp"],
        headings: ["3002"],
        ratePercent: 13,
        condition:
          "Human blood, antisera, other blood fractions and immunological products of heading 3002 other than human vaccines (secondary source; the listing dates from 2017).",
        sources: [vatmanGr],
      },
    ],
    note:
      "Medical supplies are generally at the 13% reduced rate (secondary source). Lower rates (30% reduction) apply on some Aegean islands.",
    sources: [chamberGr, vatmanGr],
  },
  import: [
    {
      kind: "permit",
      id: "gr-import-imp-eof-adeia-paragogis",
      replaces: "eu-import-imp-mia",
      materials: ["imp"],
      name: "Άδεια παραγωγής (manufacturing authorisation, also required for imports from third countries)",
      authority: "ΕΟΦ – Εθνικός Οργανισμός Φαρμάκων (National Organisation for Medicines, EOF)",
      scope: "per-importer",
      holder: "importer",
      note:
        "Manufacturing medicines in Greece requires a manufacturing authorisation from the EOF, granted on application; the same authorisation is required for imports from third countries, and all rules on the manufacturing authorisation apply to such imports as they do to manufacture (Part IV, Art. 57 of the Greek ministerial decision transposing Directive 2001/83/EC, as reproduced by a law firm; secondary source). For investigational medicinal products this is the authorisation required by Art. 61 of Reg. (EU) 536/2014 (suitable premises and a permanently available Qualified Person). The sources reviewed do not describe a separate IMP-only procedure or a processing time.",
      sources: [eloArt57, ctrArt61],
    },
    {
      kind: "permit",
      id: "gr-import-controlled-moh-licence",
      materials: ["imp"],
      name: "Άδεια εισαγωγής ναρκωτικών/ψυχοτρόπων φαρμάκων ή ουσιών (import licence for narcotic and psychotropic medicines or substances)",
      authority: "Ministry of Health – Directorate of Pharmaceuticals, Narcotics Department",
      scope: "per-shipment",
      holder: "importer",
      leadTimeDays: 30,
      onlyIfControlled: true,
      note: narcoticsNote,
      sources: [mitosNarcotics],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "gr-export-controlled-moh-licence",
      materials: ["imp"],
      name: "Άδεια εξαγωγής ναρκωτικών/ψυχοτρόπων φαρμάκων ή ουσιών (export licence for narcotic and psychotropic medicines or substances)",
      authority: "Ministry of Health – Directorate of Pharmaceuticals, Narcotics Department",
      scope: "per-shipment",
      holder: "exporter",
      leadTimeDays: 30,
      onlyIfControlled: true,
      note: narcoticsNote,
      sources: [mitosNarcotics],
    },
  ],
  importerOfRecord: [
    {
      id: "gr-ior-imp",
      materials: ["imp"],
      who: "The holder of an EOF manufacturing authorisation that covers import of investigational medicinal products from third countries, with a Qualified Person.",
      foreignSponsorMayAct: false,
      mustHold: ["gr-import-imp-eof-adeia-paragogis"],
      sources: [eloArt57, ctrArt61],
    },
  ],
};

export default rules;
