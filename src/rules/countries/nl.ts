import type { CountryRulesInput } from "../legacyRuleModules";

/**
 * Netherlands: national import/export rules for clinical-trial shipments.
 * EU-wide rules (valuation, Common Customs Tariff, de minimis, MIA(IMP) under Reg. 536/2014 Art. 61,
 * customs declarant/exporter, ATA carnet acceptance, returned goods) are in ../unions/eu.ts.
 */

const R = "2026-11-26";

const belastingdienstMedicines = {
  title: "Belastingdienst – Btw-tarief geneesmiddelen",
  url: "https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/zakelijk/btw/tarieven_en_vrijstellingen/goederen_9_btw/geneesmiddelen_en_hulpmiddelen/geneesmiddelen_en_dergelijke/geneesmiddelen",
  reviewed: R,
};
const lsenrVat = {
  title: "LS&R 1816 – Rechtbank Den Haag 15 april 2020: farmaceutische huidproducten vallen niet onder verlaagd btw-tarief (Tabel I, post a.6 Wet OB)",
  url: "https://www.lsenr.nl/artikelen/farmaceutische-huidproducten-vallen-niet-onder-verlaagd-btw-tarief",
  reviewed: R,
};
const belastingdienstFabrikant = {
  title: "Belastingdienst – Handboek Douane 10.02.00 Geneesmiddelen, 5 Fabrikantenvergunning geneesmiddelen",
  url: "https://www.belastingdienst.nl/bibliotheek/handboeken/html/boeken/HVGEM/geneesmiddelen-fabrikantenvergunning_geneesmiddelen.html",
  reviewed: R,
};
const ccmoD4 = {
  title: "CCMO – D4. Applicable statements and licenses (production and import of research medication)",
  url: "https://english.ccmo.nl/investigators/standard-research-file-for-research-subject-to-the-dutch-wmo-act/d-product-information/d4-applicable-statements-and-licenses",
  reviewed: R,
};
const businessGovPermits = {
  title: "Business.gov.nl (RVO) – Permits for working with medicinal products and body material",
  url: "https://business.gov.nl/regulation/farmaceutical-permits",
  reviewed: R,
};
const farmatecFabrikant = {
  title: "Farmatec (CIBG) – Fabrikantenvergunning",
  url: "https://www.farmatec.nl/vergunningen/fabrikantenvergunning",
  reviewed: R,
};
const farmatecOpiumImpex = {
  title: "Farmatec (CIBG) – Invoer en uitvoer Opiumwetmiddelen",
  url: "https://www.farmatec.nl/import-en-export/opiumwetmiddelen",
  reviewed: R,
};
const farmatecOpiumontheffing = {
  title: "Farmatec (CIBG) – Opiumontheffing",
  url: "https://www.farmatec.nl/vergunningen/opiumontheffing",
  reviewed: R,
};
const businessGovOpium = {
  title: "Business.gov.nl (RVO) – Applying for an exemption from the Opium Act",
  url: "https://business.gov.nl/regulation/exemption-opium-act",
  reviewed: R,
};
const kvkAtaEn = {
  title: "KVK – ATA carnet for temporary exports",
  url: "https://www.kvk.nl/english/international-trade/ata-carnet-for-temporary-exports/",
  reviewed: R,
};
const kvkAtaNl = {
  title: "KVK – Zo gebruik je een ATA-carnet bij tijdelijke in- en uitvoer",
  url: "https://www.kvk.nl/internationaal/zo-gebruik-je-een-ata-carnet-bij-tijdelijke-in-en-uitvoer/",
  reviewed: R,
};

const rules: CountryRulesInput = {
  code: "NL",
  name: "Netherlands",
  customsUnion: "EU",
  importTax: {
    id: "nl-import-tax",
    name: "Btw bij invoer (import VAT)",
    standardRatePercent: 21,
    reliefs: [
      {
        id: "nl-import-tax-medicines-9",
        headings: ["3002", "3004"],
        ratePercent: 9,
        condition:
          "Only for medicines that have a marketing authorisation (handelsvergunning) under the Dutch Medicines Act (Geneesmiddelenwet), or belong to the categories the Act exempts from that requirement (e.g. small-scale pharmacy preparations). Products without a handelsvergunning fall under 21%; an unauthorised IMP therefore does not meet this condition.",
        sources: [belastingdienstMedicines, lsenrVat],
      },
    ],
    note: "Standard rate 21%; medicines with a Dutch marketing authorisation (or exempted categories) 9%.",
    sources: [belastingdienstMedicines],
  },
  import: [
    {
      kind: "permit",
      id: "nl-import-imp-fabrikantenvergunning",
      replaces: "eu-import-imp-mia",
      materials: ["imp"],
      name: "Fabrikantenvergunning (manufacturer's licence; the Dutch form of the EU MIA(IMP)) covering import from outside the EEA",
      authority: "Farmatec (CIBG, on behalf of the Ministry of Health, Welfare and Sport); supervision by the Health and Youth Care Inspectorate (IGJ)",
      scope: "per-importer",
      holder: "importer",
      note:
        "This is the Dutch implementation of the EU manufacturing and import authorisation (see the EU rule eu-import-imp-mia), not an additional permit. Importing medicines, including research medication, from outside the EEA requires a manufacturer's licence from Farmatec (Medicines Act art. 18(1)); a batch may only be released by the Qualified Person named in the licence. Dutch customs release medicines for free circulation only if the importer holds a Dutch fabrikantenvergunning (listed in EudraGMDP as MIA); without it, medicines destined for another member state can only move on under customs transit. Application fee EUR 2,600, annual fee EUR 3,200. Applications go to Farmatec on its form (new, change or conversion); an incomplete file must be completed within 6 weeks, and Farmatec decides on behalf of the Minister after advice from the Inspectorate (IGJ). The licence also covers supplying and exporting the medicines the holder has prepared or imported.",
      sources: [ccmoD4, belastingdienstFabrikant, businessGovPermits, farmatecFabrikant],
    },
    {
      kind: "permit",
      id: "nl-import-narcotics-invoerontheffing",
      alsoWithinUnion: true,
      materials: ["imp"],
      name: "Invoerontheffing Opiumwetmiddelen (Opium Act import exemption)",
      authority: "Farmatec (CIBG)",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note:
        "Importing substances on List I or II of the Opium Act is prohibited without an import exemption, applied for by letter for each shipment; the applicant must already hold a general Opium Act exemption (opiumontheffing). Narcotics and psychotropics need separate applications. The import exemption is valid for 3 months (6 months on request in exceptional cases, e.g. exports from the USA, India or China). Cannabis products go to the Bureau voor Medicinale Cannabis instead. Farmatec requires an import or export exemption for bringing Opium Act substances into or out of Dutch territory, so shipments from other EU member states need it too.",
      sources: [farmatecOpiumImpex, farmatecOpiumontheffing, businessGovOpium],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "nl-export-narcotics-uitvoerontheffing",
      alsoWithinUnion: true,
      materials: ["imp"],
      name: "Uitvoerontheffing Opiumwetmiddelen (Opium Act export exemption)",
      authority: "Farmatec (CIBG)",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note:
        "One application per shipment; the exporter must hold a general Opium Act exemption. The export exemption is valid until the expiry date of the foreign import document, at most 6 months. It is needed for any shipment out of Dutch territory, including to other EU member states.",
      sources: [farmatecOpiumImpex, farmatecOpiumontheffing],
    },
  ],
  importerOfRecord: [
    {
      id: "nl-ior-imp",
      materials: ["imp"],
      who: "A company holding a Dutch manufacturer's licence (fabrikantenvergunning) from Farmatec that covers import from outside the EEA, with a Qualified Person named in the licence",
      foreignSponsorMayAct: false,
      mustHold: ["nl-import-imp-fabrikantenvergunning"],
      note:
        "Dutch customs release medicines into free circulation only when the importer holds a Dutch fabrikantenvergunning (shown in EudraGMDP as an MIA); medicines bound for another member state can otherwise only continue under customs transit. EU customs rules on the declarant apply on top (see the EU rules).",
      sources: [belastingdienstFabrikant, ccmoD4, farmatecFabrikant],
    },
  ],
  temporaryAdmission: {
    id: "nl-ata-carnet",
    ataCarnet: true,
    note:
      "In the Netherlands ATA carnets are issued by the Netherlands Chamber of Commerce (KVK), applied for online via e-ata.nl; administrative fee EUR 220 plus a premium based on the goods' value. A carnet is valid for 1 year and covers samples, exhibition material and professional equipment. EU-wide temporary admission and returned-goods rules apply (see the EU rules).",
    sources: [kvkAtaEn, kvkAtaNl],
  },
};

export default rules;
