import type { CountryRulesInput } from "../legacyRuleModules";

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
const famhpHbmFaqEn = {
  title: "FAMHP – Human body material establishments: F.A.Q. (import of human body material for human use or for scientific research)",
  url: "https://www.afmps.be/fr/node/106311",
  reviewed: R,
};
const fagHbmFaqNl = {
  title: "FAGG – Instellingen voor menselijk lichaamsmateriaal: FAQ (invoer voor wetenschappelijk onderzoek via een erkende Belgische biobank)",
  url: "https://www.fagg.be/nl/MENSELIJK_gebruik/gezondheidsproducten/menselijk_lichaamsmateriaal/Instellingen_voor_menselijk_lichaamsmateriaal/f_a_q_",
  reviewed: R,
};
const uzLeuvenBiobank = {
  title: "UZ/KU Leuven Biobank – Definition: import/export of human body material (HBM)",
  url: "https://uzleuven.be/en/uzku-leuven-biobank/definition",
  reviewed: R,
};
const bbmriBeScope = {
  title: "BBMRI.be – Should my collections be registered in a biobank? (clinical-trial samples excluded from the biobank law)",
  url: "https://www.bbmri.be/faq-items/should-my-collections-be-registered-in-a-biobank/",
  reviewed: R,
};
const regaskBeSpecimen = {
  title: "Regask – Belgium, 6. Biological specimen (HBM Law of 19 Dec 2008 and clinical trials)",
  url: "https://library.regask.com/docs/6-biological-specimen-1",
  reviewed: R,
};
const eitBiobanksBe = {
  title: "EIT Health – Access to biobanks in Belgium (written agreement also required for export)",
  url: "https://biobankshealthdata.eithealth.eu/biobanksregisters/access/biobanks-belgium/",
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
      alsoWithinUnion: true,
      materials: ["imp"],
      name: "Import authorisation for narcotics / psychotropic substances (Royal Decree of 06.09.2017, Art. 31 and 34)",
      authority: "FAMHP / AFMPS / FAGG",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note:
        "A prior import authorisation is required for each import of products in Annexes I-IV of the Royal Decree of 06.09.2017; it may be used only once and may cover at most 15 products. The original signed import authorisation is sent to the foreign exporter, who uses it to obtain the export authorisation in its country, so allow time. The importer also needs an FAMHP activity licence for narcotics/psychotropics, granted only to a firm with an establishment unit in Belgium, for a specific site. Import here means the actual transfer onto Belgian territory, so shipments from other EU member states need the authorisation too.",
      sources: [famhpNarcImpex, afmpsNarcImpexFr, famhpNarcLicence],
    },
    {
      kind: "none",
      id: "be-import-samples-clinical-trial",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note:
        "Human body material collected and used within a clinical trial with medicinal products, as described in the trial application approved by FAMHP and the ethics committee, is outside the scope of the Belgian human body material law of 19 December 2008, so no additional biobank requirements apply (secondary sources). If such samples are later used for another purpose (secondary research), the law applies again and the material must go through a Belgian biobank notified to FAMHP.",
      sources: [bbmriBeScope, regaskBeSpecimen],
    },
    {
      kind: "permit",
      id: "be-import-samples-biobank",
      materials: ["samples"],
      name: "Import through a Belgian biobank notified to FAMHP (Law of 19 December 2008 on human body material; Royal Decree of 9 January 2018 on biobanks)",
      authority: "FAMHP / AFMPS / FAGG (biobank notification)",
      scope: "per-importer",
      holder: "consignee",
      onlyWhen: "the samples are used for scientific research outside what the approved clinical trial dossier describes (e.g. secondary or future research)",
      note:
        "Human tissues and cells for scientific research without application to humans may only be imported from outside the EEA by an approved Belgian biobank, whatever the source (another biobank, a company, a university or a hospital). In practice all samples in scope of the law that are imported for use in Belgium must be registered in a notified Belgian biobank with which a contract or framework agreement is concluded on entry (secondary source for the practice). Material for application to humans follows separate rules (approved tissue establishments with an import approval; blood establishments for blood).",
      sources: [famhpHbmFaqEn, fagHbmFaqNl, uzLeuvenBiobank],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "be-export-narcotics-famhp",
      alsoWithinUnion: true,
      materials: ["imp"],
      name: "Export authorisation for narcotics / psychotropic substances (Royal Decree of 06.09.2017, Art. 31 and 34)",
      authority: "FAMHP / AFMPS / FAGG",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note:
        "A prior export authorisation is required for each export of products in Annexes I-IV; single use, at most 15 products. The exporter needs an FAMHP activity licence (Belgian establishment). Export here means the actual transfer out of Belgian territory, including to other EU member states.",
      sources: [famhpNarcImpex, afmpsNarcImpexFr, famhpNarcLicence],
    },
    {
      kind: "none",
      id: "be-export-samples-clinical-trial",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note:
        "Human body material collected and used within a clinical trial with medicinal products, as described in the trial application approved by FAMHP and the ethics committee, is outside the scope of the Belgian human body material law of 19 December 2008, so no additional biobank requirements apply to sending it abroad (secondary sources). If such samples are used for another purpose (secondary research), the law applies again.",
      sources: [bbmriBeScope, regaskBeSpecimen],
    },
    {
      kind: "permit",
      id: "be-export-samples-biobank",
      materials: ["samples"],
      name: "Export through a Belgian biobank notified to FAMHP, under a written contract or framework agreement (Royal Decree of 9 January 2018 on biobanks)",
      authority: "FAMHP / AFMPS / FAGG (biobank notification)",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the samples are used for scientific research outside what the approved clinical trial dossier describes (e.g. secondary or future research)",
      note:
        "Human body material in scope of the law that is sent abroad must be registered in a notified Belgian biobank, which makes it available only under a written contract or framework agreement with the recipient describing the research purpose, traceability and any personal data transferred (secondary sources).",
      sources: [uzLeuvenBiobank, eitBiobanksBe],
    },
  ],
  importerOfRecord: [
    {
      id: "be-ior-imp",
      materials: ["imp"],
      who: "A company holding an FAMHP authorisation to manufacture and import investigational medicinal products (Reg. (EU) 536/2014) for its approved installations in Belgium",
      foreignSponsorMayAct: false,
      mustHold: ["be-import-imp-famhp-authorisation"],
      note:
        "The authorisation covers specific approved installations and a field of application (annex 2 of the application). Distributing IMPs in Belgium also needs the distribution authorisation under Art. 12 of the Medicines Law of 25 March 1964. EU customs rules on the declarant apply on top (see the EU rules).",
      sources: [famhpImpAuth, afmpsImpAuthFr],
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
