import type { CountryRulesInput } from "../schema";

/**
 * Belgium: national import/export rules for clinical-trial shipments.
 * EU-wide rules (valuation, Common Customs Tariff, de minimis, MIA(IMP) under Reg. 536/2014 Art. 61,
 * customs declarant/exporter, ATA carnet acceptance, returned goods) are in ../unions/eu.ts.
 */

const R = "2026-11-26";

const marosaRates = {
  title: "MarosaVAT – Belgian VAT rates (standard 21%, reduced 12% and 6%; pharmaceutical products 6% and 21%)",
  url: "https://marosavat.com/belgian-vat-rates/",
  reviewed: R,
};
const marosaManual = {
  title: "MarosaVAT – Belgium manual: Belgian VAT rates",
  url: "https://marosavat.com/manual/belgium/vat-basics/belgian-vat-rates/",
  reviewed: R,
};
const famhpImpAuth = {
  title: "FAMHP – Authorisation Regulation (EU) No 536/2014 (manufacture and import of investigational medicinal products), updated 18/07/2023",
  url: "https://www.fagg-afmps.be/en/human_use/medicines/medicines/authorisations/authorisation_rd_30_06_2004",
  reviewed: R,
};
const afmpsImpAuthFr = {
  title: "AFMPS – Autorisation Règlement (UE) n° 536/2014 (fabrication et importation des médicaments expérimentaux)",
  url: "https://www.famhp.be/fr/humain/medicaments/medicaments/autorisations/autorisation_ar-30-06-04",
  reviewed: R,
};
const famhpNarcImpex = {
  title: "FAMHP – Narcotics and psychotropics: import / export",
  url: "https://www.famhp.be/en/human_use/particular_products/specially_reglemented_substances/narcotics_psychotropics/import_export",
  reviewed: R,
};
const afmpsNarcImpexFr = {
  title: "AFMPS – Stupéfiants et psychotropes: importation / exportation",
  url: "https://www.afmps.be/fr/humain/produits_particuliers/subst_specialement_reglementees/stupefiants_et_psychotropes/importation_exportation",
  reviewed: R,
};
const famhpNarcLicence = {
  title: "FAMHP – Narcotics and psychotropics: activity licence",
  url: "https://www.famhp.be/en/human_use/particular_products/specially_reglemented_substances/narcotics_psychotropics/activity_licence",
  reviewed: R,
};
const awdcAta = {
  title: "AWDC – Other import and export documents (ATA carnet delivered by the Chambers of Commerce network)",
  url: "https://www.awdc.be/en/other-import-and-export-documents-0",
  reviewed: R,
};
const vokaExportloket = {
  title: "Voka – Exportloket (certificaten van oorsprong, consulaire dienst, ATA-carnets)",
  url: "https://voka.be/exportloket?scroll-to=kantoren-en-contactgegevens-61412",
  reviewed: R,
};

const rules: CountryRulesInput = {
  code: "BE",
  name: "Belgium",
  customsUnion: "EU",
  importTax: {
    id: "be-import-tax",
    name: "TVA / btw à l'importation (import VAT)",
    standardRatePercent: 21,
    reliefs: [
      {
        id: "be-import-tax-medicines-6",
        headings: ["3002", "3004"],
        ratePercent: 6,
        condition:
          "Medicines for human use within the 6% category of the Belgian VAT rates (Royal Decree No. 20, Table A) (secondary sources; pharmaceutical products are taxed at 6% or 21% depending on the product). The exact conditions, and whether an investigational product without a Belgian marketing authorisation qualifies, were not confirmed.",
        sources: [marosaRates, marosaManual],
      },
    ],
    note: "Standard rate 21%; reduced rates 12% and 6% (secondary sources).",
    sources: [marosaRates, marosaManual],
  },
  import: [
    {
      kind: "permit",
      id: "be-import-imp-famhp-authorisation",
      replaces: "eu-import-imp-mia",
      materials: ["imp"],
      name: "Authorisation to manufacture and import investigational medicinal products (Reg. (EU) 536/2014) – the Belgian form of the EU MIA(IMP)",
      authority: "FAMHP / AFMPS / FAGG (Federal Agency for Medicines and Health Products)",
      scope: "per-importer",
      holder: "importer",
      note:
        "This is the Belgian implementation of the EU manufacturing and import authorisation (see the EU rule eu-import-imp-mia), not an additional permit. The application (new, change of authorisation or of approved installations, with annex 2 'field of application') is sent by e-mail to FAMHP (eudragmdp@fagg-afmps.be); the fee is part of the annual contribution, so no proof of payment is needed. Distribution of IMPs in Belgium also needs the distribution authorisation under Art. 12 of the Medicines Law of 25 March 1964.",
      sources: [famhpImpAuth, afmpsImpAuthFr],
    },
    {
      kind: "permit",
      id: "be-import-narcotics-famhp",
      materials: ["imp"],
      name: "Import authorisation for narcotics / psychotropic substances (Royal Decree of 06.09.2017, Art. 31 and 34)",
      authority: "FAMHP / AFMPS / FAGG",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note:
        "A prior import authorisation is required for each import of products in Annexes I-IV of the Royal Decree of 06.09.2017; it may be used only once and may cover at most 15 products. The original signed import authorisation is sent to the foreign exporter, who uses it to obtain the export authorisation in its country, so allow time. The importer also needs an FAMHP activity licence for narcotics/psychotropics, granted only to a firm with an establishment unit in Belgium, for a specific site.",
      sources: [famhpNarcImpex, afmpsNarcImpexFr, famhpNarcLicence],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "be-export-narcotics-famhp",
      materials: ["imp"],
      name: "Export authorisation for narcotics / psychotropic substances (Royal Decree of 06.09.2017, Art. 31 and 34)",
      authority: "FAMHP / AFMPS / FAGG",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note:
        "A prior export authorisation is required for each export of products in Annexes I-IV; single use, at most 15 products. The exporter needs an FAMHP activity licence (Belgian establishment).",
      sources: [famhpNarcImpex, afmpsNarcImpexFr, famhpNarcLicence],
    },
  ],
  temporaryAdmission: {
    id: "be-ata-carnet",
    ataCarnet: true,
    note:
      "In Belgium ATA carnets are delivered by the network of Chambers of Commerce (e.g. the Voka chambers' export desks). EU-wide temporary admission and returned-goods rules apply (see the EU rules).",
    sources: [awdcAta, vokaExportloket],
  },
};

export default rules;
