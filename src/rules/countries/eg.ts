import type { CountryRulesInput } from "../schema";

const R = "2026-11-26";

const WTO_EG_VAL = {
  title: "WTO Committee on Customs Valuation: Notification under Article 22, Egypt (17 February 2025), Customs Law No. 207 of 2020 Article 16",
  url: "https://web.wtocenter.org.tw/Page/13974/408661",
  reviewed: R,
};
const AVALARA_EG = {
  title: "Avalara VATlive: Egyptian VAT rates",
  url: "https://www.avalara.com/vatlive/en/country-guides/africa-and-middle-east/egypt-vat/egyptian-vat-rates.html",
  reviewed: R,
};
const RIAD_VAT = {
  title: "Riad & Riad: A Guide to Egypt's VAT Law (Law No. 67 of 2016)",
  url: "https://riad-riad.com/guide-egypts-vat-law/",
  reviewed: R,
};
const EDA_RELEASE = {
  title: "Egyptian Drug Authority: Monitoring of Custom Release, Import, Finished & Bulk Products (medical release, importation approval)",
  url: "https://www.eda.mohealth.gov.eg/Articles.aspx?id=54",
  reviewed: R,
};
const REGDESK_EDA = {
  title: "RegDesk: EDA guidance on clinical trials initiation and completion (IMP shipment unlock)",
  url: "https://regdesk.co/eda-guidance-on-clinical-trials-initiation-and-completion",
  reviewed: R,
};
const LAW214_SAMPLES = {
  title: "World Today News: Conditions for using human samples in medical research in the new law (Egypt Law 214 of 2020, Article 23)",
  url: "https://world-today-news.com/conditions-for-using-human-samples-in-medical-research-in-the-new-law-know-them",
  reviewed: R,
};
const ARCHYDE_SAMPLES = {
  title: "Archyde: Is it permissible to use surplus human samples in medical research or store them? The law answers",
  url: "https://www.archyde.com/is-it-permissible-to-use-surplus-human-samples-in-medical-research-or-store-them-the-law-answers/",
  reviewed: R,
};
const PMC_EG = {
  title: "Matar & Silverman (2022), Ethical Analysis of Egypt's Law Regulating Clinical Research, J Empir Res Hum Res Ethics 17(4):494-503",
  url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC9398927",
  reviewed: R,
};
const EIPR_REGS = {
  title: "EIPR press release: Launch of the executive regulations for clinical trials (issued 12 March 2022)",
  url: "https://eipr.org/en/press/2022/03/eipr-launch-executive-regulations-clinical-trials-model-community-participation",
  reviewed: R,
};
const ITA_EG_CUSTOMS = {
  title: "US International Trade Administration, Egypt Country Commercial Guide: Customs Regulations (Customs Law No. 207 of 2020, ACID)",
  url: "https://www.trade.gov/country-commercial-guides/egypt-customs-regulations",
  reviewed: R,
};

/** Egypt: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "EG",
  name: "Egypt",
  valuation: {
    basis: "CIF",
    note: "Customs Law No. 207 of 2020, Article 16: the declared customs value is the actual value of the goods plus all actual costs and expenses paid until arrival at the port of destination in Egypt.",
    sources: [WTO_EG_VAL],
  },
  importTax: {
    id: "eg-import-tax",
    name: "Value Added Tax (VAT, Law No. 67 of 2016)",
    standardRatePercent: 14,
    reliefs: [],
    note: "14% standard rate on taxable goods and imports. Secondary sources describe some drugs and medical supplies as zero-rated or exempt, but the exact scope was not confirmed, so no relief is applied here. (secondary source)",
    sources: [AVALARA_EG, RIAD_VAT],
  },
  import: [
    {
      kind: "permit",
      id: "eg-import-all-acid",
      materials: ["imp", "device", "ancillary", "lab-kit", "samples", "equipment"],
      name: "Advance Cargo Information Declaration (ACID) number",
      authority: "Egyptian Customs Authority",
      scope: "per-shipment",
      holder: "importer",
      note: "Under Customs Law No. 207 of 2020 the importer (or its agent) must register the shipment and obtain an ACID number before the goods are shipped; the ACID must appear on all shipping documents. Shipments without an ACID are refused discharge and must be re-exported at the carrier's or shipper's cost.",
      sources: [ITA_EG_CUSTOMS],
    },
    {
      kind: "permit",
      id: "eg-import-imp-eda-approval-release",
      materials: ["imp"],
      name: "EDA importation approval and medical (customs) release; IMP shipment unlock for clinical trials",
      authority: "Egyptian Drug Authority (EDA); clinical trials overseen by its Bio-Inn unit",
      scope: "per-shipment",
      holder: "importer",
      note: "Imported pharmaceutical products are released from customs only after an EDA medical release, which requires an annual importation plan approval or an importation approval for the products on the pro-forma invoice before shipping. For clinical trials, EDA guidance adds an 'IMP shipment unlock' step for imported investigational products, and the study needs EDA and Supreme Council approval under Clinical Medical Research Law 214 of 2020. (secondary source for the IMP-specific step)",
      sources: [EDA_RELEASE, REGDESK_EDA],
    },
    {
      kind: "permit",
      id: "eg-import-samples-supreme-council",
      materials: ["samples"],
      name: "Supreme Council (clinical research ethics) approval for entry of human research samples",
      authority: "Supreme Council for the Review of Clinical Medical Research Ethics, with national-security clearance",
      scope: "per-trial",
      holder: "sponsor",
      note: "Law 214 of 2020, Article 23: the approval of the Supreme Council, and observance of national-security requirements, is required before any human samples related to medical research enter or leave Egypt, for any purpose, as detailed in the executive regulations (issued March 2022). Whether approval is per study or per shipment was not confirmed. (secondary sources)",
      sources: [LAW214_SAMPLES, ARCHYDE_SAMPLES, EIPR_REGS],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "eg-export-samples-supreme-council",
      materials: ["samples"],
      name: "Supreme Council (clinical research ethics) approval for exit of human research samples",
      authority: "Supreme Council for the Review of Clinical Medical Research Ethics, with national-security clearance",
      scope: "per-trial",
      holder: "sponsor",
      note: "Law 214 of 2020, Article 23: Supreme Council approval and national-security requirements apply before any human samples related to medical research leave Egypt; storing samples after the study or trading in them is prohibited without consent and Supreme Council approval. An academic analysis notes the law's provisions on sharing biospecimens with the intelligence authority. Whether approval is per study or per shipment was not confirmed. (secondary sources)",
      sources: [LAW214_SAMPLES, ARCHYDE_SAMPLES, PMC_EG],
    },
  ],
};

export default rules;
