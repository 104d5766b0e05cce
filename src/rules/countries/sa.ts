import type { CountryRulesInput } from "../schema";

const R = "2026-11-26";

const FDANEWS_SFDA = {
  title: "FDAnews (20 May 2015): Saudi Arabia adds new regulations on drugs (SFDA Regulation and Requirements for Import, Clearance and Export)",
  url: "https://www.fdanews.com/articles/print/171295-saudi-arabia-adds-new-regulations-on-drugs",
  reviewed: R,
};
const SFDA_IMPORT_REG = {
  title: "SFDA Drug Sector, Executive Directorate of Inspection and Law Enforcement, Ports Department: Regulation and Requirements for Import, Clearance and Export, v1.0 (implemented 14/05/2015)",
  url: "https://vdocuments.mx/regulation-and-requirements-for-import-clearance-and-export.html",
  reviewed: R,
};
const ARFAJ_VAT = {
  title: "Al Arfaj Law: Saudi Government increases VAT rate from 5% to 15%, effective July 1, 2020",
  url: "https://arfajlaw.com/News/saudi-government-increases-vat-rate-from-5percent-to-15percent-effective-july-1-2020",
  reviewed: R,
};
const EXPEDITORS_VAT = {
  title: "Expeditors newsflash: Saudi Arabia increases customs duties and VAT rate",
  url: "https://info.expeditors.com/newsflash/saudi-arabia-increases-customs-duties-and-vat-rate",
  reviewed: R,
};
const MD_SA = {
  title: "Management Dynamics country summaries: Saudi Arabia (customs valuation basis)",
  url: "https://content.managementdynamics.com/TW/REFERENCE/summary/saudiarabia.html",
  reviewed: R,
};

const EY_GCC_THRESHOLD = {
  title: "EY Tax News Update 2023-0485: Dubai reinstates former import value threshold of consignments (GCC Unified Guide for Customs Procedure, SAR 1,000)",
  url: "https://taxnews.ey.com/news/2023-0485-dubai-reinstates-former-import-value-threshold-of-consignments",
  reviewed: R,
};
const SA_EXPAT_1000 = {
  title: "Saudi Expatriates: No customs duty on shipments of less than 1000 riyals in Saudi Arabia (ZATCA clarification, September 2021)",
  url: "https://saudi-expatriates.com/2021/09/no-custom-duty-on-shipments-of-lessthan-1000-riyals-in-saudiarabia.html",
  reviewed: R,
};

const ZATCA_ATA = {
  title: "ZATCA news: ZATCA to begin accepting ATA Carnets",
  url: "https://zatca.gov.sa/en/MediaCenter/News/Pages/news_1245.aspx",
  reviewed: R,
};
const EY_ATA = {
  title: "EY Tax News Update 2024-1025: Saudi Arabia joins the international ATA Carnet guarantee system",
  url: "https://taxnews.ey.com/news/2024-1025-saudi-arabia-joins-the-international-ata-carnet-guarantee-system",
  reviewed: R,
};
const BW_ATA = {
  title: "Business West: ATA Carnet country, Saudi Arabia",
  url: "https://www.businesswest.co.uk/ata-carnet-country-saudi-arabia",
  reviewed: R,
};

/** Saudi Arabia: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "SA",
  name: "Saudi Arabia",
  valuation: {
    basis: "CIF",
    note: "Ad valorem duties under the GCC unified customs tariff are applied to the CIF value; the GCC has been a customs union since 1 January 2003. (secondary source)",
    sources: [MD_SA],
  },
  importTax: {
    id: "sa-import-tax",
    name: "Value Added Tax (VAT)",
    standardRatePercent: 15,
    reliefs: [],
    note: "VAT applies to all imports except zero-rated and exempt categories; the standard rate rose from 5% to 15% for imports after 30 June 2020. Whether clinical-trial products fall in a zero-rated category was not confirmed. (secondary sources)",
    sources: [ARFAJ_VAT, EXPEDITORS_VAT],
  },
  deMinimis: {
    id: "sa-de-minimis",
    amount: 1000,
    currency: "SAR",
    covers: "duty",
    note: "The GCC Unified Guide for Customs Procedure sets SAR 1,000 as the threshold below which courier consignments ordered from abroad pay no customs duty. ZATCA stated in 2021 that personal shipments whose total value (goods plus shipping) is below SAR 1,000 are exempt from customs duty, but 15% VAT applies to all imports; clearance is handled by the carrier. (secondary sources)",
    sources: [EY_GCC_THRESHOLD, SA_EXPAT_1000],
  },
  import: [
    {
      kind: "permit",
      id: "sa-import-imp-sfda-approval",
      materials: ["imp"],
      name: "SFDA approval to import drugs for clinical investigation (import/clearance approval)",
      authority: "Saudi Food and Drug Authority (SFDA), Drug Sector, Ports Department",
      scope: "per-shipment",
      holder: "sponsor",
      note: "Drugs for clinical investigations need SFDA approval before they are imported. The sponsor's request letter must state the study purpose, the drug(s), concentration and pharmaceutical form, quantity, unit and pack size, manufacturer name and nationality, and the importer's name. Drugs may enter only through SFDA-approved ports, in refrigerated containers where required, with data loggers (serial numbers listed); after inspection they must be moved and stored per the manufacturer's conditions and temperature records shown on request. The trial itself also needs SFDA approval and ethics (IRB) approval. Approval is tied to a stated quantity; confirm with SFDA whether one approval can cover several shipments.",
      sources: [FDANEWS_SFDA, SFDA_IMPORT_REG],
    },
  ],
  temporaryAdmission: {
    id: "sa-ata",
    ataCarnet: true,
    note: "ZATCA accepts ATA carnets at all land, sea and air customs ports (from 1 June 2024) for exhibition goods, professional equipment, commercial samples and goods for educational, scientific or cultural purposes; the Federation (Council) of Saudi Chambers is the national guarantor. Goods may stay up to six months. Each carnet must be pre-approved by ZATCA through its website (free of charge); late re-exportation is penalised (SAR 1,000 per week, capped at 20% of the goods' value) and wrong valuation can lead to rejection or seizure. (secondary sources for the time limit and pre-approval)",
    sources: [ZATCA_ATA, EY_ATA, BW_ATA],
  },
};

export default rules;
