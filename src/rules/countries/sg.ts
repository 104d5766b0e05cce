import type { CountryRulesInput } from "../schema";

const R = "2026-11-26";

const HSA_CRM = {
  title: "Submit a Clinical Research Materials notification (Health Sciences Authority)",
  url: "https://www.hsa.gov.sg/other-regulations/clinical-trials/crm-notification/",
  reviewed: R,
};
const CRM_REGS = {
  title: "Health Products (Clinical Research Materials) Regulations 2016 (Singapore Statutes Online)",
  url: "https://sso.agc.gov.sg/SL/HPA2007-S332-2016?DocDate=20231211&ViewType=Print",
  reviewed: R,
};
const WTO_QR_SG_CRM_PSYCHOTROPIC = {
  title: "Singapore #2945: Non-automatic licence for import and export of clinical research materials containing psychotropic substances (WTO Quantitative Restrictions database, G/MA/QR/N/SGP/7)",
  url: "https://qr.wto.org/en/qrs/2945/10386",
  reviewed: R,
};
const WTO_LIC_SG_BIOAGENTS = {
  title: "Singapore: Human and zoonotic pathogens, toxins and inactivated biological agents, import licensing procedure (WTO notification G/LIC/N/3/SGP/20)",
  url: "https://lic-public.wto.org/en/product-categories/763/procedure",
  reviewed: R,
};
const MOH_BIOSAFETY_IMPORT = {
  title: "Importation (Ministry of Health Biosafety, Biological Agents and Toxins Act)",
  url: "https://biosafety.moh.gov.sg/infohub/importation",
  reviewed: R,
};
const MOH_BIOSAFETY_FAQ = {
  title: "Frequently Asked Questions on the Biological Agents and Toxins Act (Ministry of Health Biosafety)",
  url: "https://biosafety.moh.gov.sg/faqs",
  reviewed: R,
};
const CUSTOMS_POST_COURIER = {
  title: "Importing by Post or Courier Service (Singapore Customs)",
  url: "https://www.customs.gov.sg/businesses/importing-goods/import-procedures/importing-by-post-or-courier-service",
  reviewed: R,
};
const CUSTOMS_DUTIES = {
  title: "Duties and Dutiable Goods (Singapore Customs)",
  url: "https://customs.gov.sg/businesses/valuation-duties-taxes-and-fees/duties-and-dutiable-goods",
  reviewed: R,
};
const CUSTOMS_ACCOUNT = {
  title: "Activate Customs Account (Singapore Customs)",
  url: "https://www.customs.gov.sg/businesses/registering-to-trade/registration-procedures/activate-customs-account",
  reviewed: R,
};
const CUSTOMS_REGISTRATION_GUIDE = {
  title: "Quick Guide on Registration Matters (Singapore Customs)",
  url: "https://www.customs.gov.sg/businesses/registering-to-trade/quick-guide-on-registration-matters",
  reviewed: R,
};

/** Singapore: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "SG",
  name: "Singapore",
  valuation: {
    basis: "CIF",
    note:
      "GST on imports is computed on the CIF (cost, insurance and freight) value plus any duties. Where freight and insurance are not in the invoice value, Singapore Customs' flat rates for freight and insurance may be used (for post, the postage paid).",
    sources: [
      CUSTOMS_POST_COURIER,
      {
        title: "Consumers: Importing goods into Singapore (Inland Revenue Authority of Singapore)",
        url: "https://www.iras.gov.sg/IRASHome/GST/Consumers/Consumers-Importing-Goods-into-Singapore/",
        reviewed: R,
      },
    ],
  },
  importTax: {
    id: "sg-import-tax",
    name: "Import GST",
    standardRatePercent: 9,
    note: "GST rose from 8% to 9% on 1 January 2024; imported goods are subject to 9% GST on CIF value plus duties. No GST relief for investigational products or medicines was found.",
    reliefs: [],
    sources: [
      {
        title: "What you need to know: The GST rate from 1 January 2024 (gov.sg)",
        url: "https://www.gov.sg/explainers/what-you-need-to-know-the-gst-rate-from-1-january-2024",
        reviewed: R,
      },
      {
        title: "Implementation of Revised Singapore Import GST Rate (Trademo, on the Singapore Customs circular)",
        url: "https://www.trademo.com/insight/implementation-of-revised-singapore-import-gst-rate",
        reviewed: R,
      },
    ],
  },
  duties: [
    {
      id: "sg-duty-3002",
      heading: "3002",
      ratePercent: 0,
      note: "Singapore levies customs/excise duty only on intoxicating liquors, tobacco products, motor vehicles and petroleum products; all other goods are non-dutiable (GST only).",
      sources: [CUSTOMS_DUTIES],
    },
    {
      id: "sg-duty-3004",
      heading: "3004",
      ratePercent: 0,
      note: "Non-dutiable: duty applies only to liquor, tobacco, motor vehicles and petroleum products.",
      sources: [CUSTOMS_DUTIES],
    },
    {
      id: "sg-duty-3822",
      heading: "3822",
      ratePercent: 0,
      note: "Non-dutiable: duty applies only to liquor, tobacco, motor vehicles and petroleum products.",
      sources: [CUSTOMS_DUTIES],
    },
    {
      id: "sg-duty-9018",
      heading: "9018",
      ratePercent: 0,
      note: "Non-dutiable: duty applies only to liquor, tobacco, motor vehicles and petroleum products.",
      sources: [CUSTOMS_DUTIES],
    },
    {
      id: "sg-duty-9027",
      heading: "9027",
      ratePercent: 0,
      note: "Non-dutiable: duty applies only to liquor, tobacco, motor vehicles and petroleum products.",
      sources: [CUSTOMS_DUTIES],
    },
    {
      id: "sg-duty-8418",
      heading: "8418",
      ratePercent: 0,
      note: "Refrigerators and freezers are non-dutiable: duty applies only to liquor, tobacco, motor vehicles and petroleum products (GST still due).",
      sources: [CUSTOMS_DUTIES],
    },
    {
      id: "sg-duty-8421",
      heading: "8421",
      ratePercent: 0,
      note: "Centrifuges are non-dutiable: duty applies only to liquor, tobacco, motor vehicles and petroleum products (GST still due).",
      sources: [CUSTOMS_DUTIES],
    },
  ],
  deMinimis: {
    id: "sg-de-minimis",
    amount: 400,
    currency: "SGD",
    covers: "duty-and-tax",
    note:
      "GST relief applies to goods imported by post or air (excluding intoxicating liquors and tobacco) with a total CIF value not exceeding SGD 400; all goods for the same importer on the same flight are counted together. No relief for sea or land imports. Since non-dutiable goods carry no duty, the relief in effect removes all import charges; it does not remove permit requirements (e.g. the HSA CRM notification).",
    sources: [CUSTOMS_POST_COURIER],
  },
  import: [
    {
      kind: "permit",
      id: "sg-import-imp-crm-notification",
      materials: ["imp", "device"],
      name: "Clinical Research Materials (CRM) notification",
      authority: "Health Sciences Authority (HSA)",
      scope: "per-trial",
      holder: "importer",
      note:
        "An importer of clinical research materials (registered or unregistered therapeutic products, medicinal products, placebos and medical devices used in clinical research under a protocol) must submit a CRM notification before importing, unless the CRM is locally registered and the importer is its licensed importer. For trials needing an HSA Clinical Trial Authorisation/Notification/Certificate (CTA/CTN/CTC), the local sponsor submits the CRM notification within the trial application and the CRM importer endorses it; import may start once HSA's email acknowledgement is received. The quantity declared should reflect the protocol and sample size. No fee. The notification is valid for the duration of the trial. For clinical research not regulated by HSA (e.g. medical device trials) a separate CRM notification route applies.",
      sources: [
        HSA_CRM,
        CRM_REGS,
        {
          title: "Training session: Enhanced PRISM e-services, CRM notification submission (Health Sciences Authority slides)",
          url: "https://fdocuments.in/amp/document/training-session-enhanced-prism-e-services-importerlocal-manufacturer-a.html",
          reviewed: R,
        },
      ],
    },
    {
      kind: "permit",
      id: "sg-import-crm-psychotropic-approval",
      materials: ["imp"],
      name: "HSA approval for import of consignments of clinical research materials containing psychotropic substances",
      authority: "Health Sciences Authority (HSA)",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note: "Required under regulation 5 of the Health Products (Clinical Research Materials) Regulations 2016 for CRM containing psychotropic substances (approval per consignment). Lead time: not sourced.",
      sources: [CRM_REGS],
    },
    {
      kind: "permit",
      id: "sg-import-samples-moh-bata-permit",
      materials: ["samples"],
      name: "MOH import permit for biological agents and toxins (Biological Agents and Toxins Act), applied for through TradeNet",
      authority: "Ministry of Health (MOH), Biosafety Branch",
      scope: "per-shipment",
      holder: "importer",
      onlyWhen: "the samples are known to contain a biological agent or toxin listed in the First to Fifth Schedules of the Biological Agents and Toxins Act (or an inactivated First or Second Schedule agent)",
      note:
        "Import permits are required for scheduled human pathogens and selected toxins, and also for any material (e.g. clinical samples, biological specimens, proficiency-test samples) known to contain them. The importer (the organisation that is the end receiver or user) must secure a valid permit before importation, applying through TradeNet with the MOH product code, its UEN, the commercial invoice and air waybill. For First and Second Schedule agents and Fifth Schedule toxins the importer also needs a prior Approval to Possess. Zoonotic agents are jointly controlled with the Animal and Veterinary Service (AVS). The schedules are not exhaustive: check with MOH for agents not listed.",
      sources: [WTO_LIC_SG_BIOAGENTS, MOH_BIOSAFETY_IMPORT],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "sg-export-crm-psychotropic-approval",
      materials: ["imp"],
      name: "HSA approval for export of consignments of clinical research materials containing psychotropic substances (Health Products (Clinical Research Materials) Regulations 2016, regulation 6)",
      authority: "Health Sciences Authority (HSA)",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note:
        "Regulation 6 of the CRM Regulations requires HSA approval to export consignments of certain clinical research materials; Singapore's WTO notification describes this as a non-automatic licence for import and export of clinical research materials containing psychotropic substances listed in the First Schedule. Other clinical research materials are not covered by this approval. Lead time: not sourced.",
      sources: [CRM_REGS, WTO_QR_SG_CRM_PSYCHOTROPIC],
    },
    {
      kind: "permit",
      id: "sg-export-samples-strategic-goods",
      materials: ["samples"],
      name: "Strategic goods control for export of biological agents and toxins (Strategic Goods (Control) Act)",
      authority: "Singapore Customs, Strategic Goods Control",
      scope: "per-shipment",
      holder: "exporter",
      onlyWhen: "the samples contain a biological agent or toxin controlled as a strategic good",
      note:
        "The Biological Agents and Toxins Act does not regulate exports; export of biological agents and toxins is regulated under the Strategic Goods (Control) Act by Singapore Customs. MOH also asks exporters of First or Second Schedule biological agents or Fifth Schedule toxins to notify it (moh_biosafety@moh.gov.sg). The exact permit type and which agents are listed as strategic goods were not confirmed; check with Singapore Customs.",
      sources: [MOH_BIOSAFETY_FAQ],
    },
  ],
  importerOfRecord: [
    {
      id: "sg-ior-imp",
      materials: ["imp", "device"],
      who:
        "The CRM importer named in (and endorsing) the CRM notification, acting with the local sponsor (a local company or local institution responsible for the trial). For customs, the importer must be an entity with a Singapore Unique Entity Number (UEN) and an activated Customs Account; it may appoint a declaring agent to obtain TradeNet permits.",
      foreignSponsorMayAct: false,
      mustHold: ["sg-import-imp-crm-notification"],
      sources: [HSA_CRM, CUSTOMS_ACCOUNT, CUSTOMS_REGISTRATION_GUIDE],
    },
    {
      id: "sg-ior-other",
      materials: ["ancillary", "lab-kit", "samples", "equipment"],
      who:
        "An entity registered with ACRA or another UEN issuance agency that has activated its Customs Account (only its key personnel can activate it); entities or individuals without a UEN cannot operate as traders. A declaring agent may file the permits on its behalf.",
      foreignSponsorMayAct: false,
      sources: [CUSTOMS_ACCOUNT, CUSTOMS_REGISTRATION_GUIDE],
    },
  ],
  exporterOfRecord: [
    {
      id: "sg-eor-all",
      materials: ["imp", "device", "ancillary", "lab-kit", "samples", "equipment"],
      who: "An entity with a Singapore UEN and an activated Customs Account (or its appointed declaring agent), which obtains the export permit through TradeNet.",
      foreignSponsorMayAct: false,
      note: "For clinical research materials containing psychotropic substances, the exporter also needs HSA approval for each consignment (regulation 6 of the CRM Regulations).",
      sources: [CUSTOMS_ACCOUNT, CUSTOMS_REGISTRATION_GUIDE, CRM_REGS, WTO_QR_SG_CRM_PSYCHOTROPIC],
    },
  ],
  temporaryAdmission: {
    id: "sg-ata",
    ataCarnet: true,
    note:
      "Singapore accepts ATA carnets for commercial samples, exhibitions and fairs, and professional equipment; goods must normally be re-exported within six months, with extensions requested from Singapore Customs' Carnet Unit at least 10 working days before the due date. Exhibition carnets are single-entry. Unaccounted items on re-export attract GST via an In-Payment permit. Alternatively, the Temporary Import Scheme allows duty/GST-suspended import for up to six months for purposes such as repairs, testing and exhibitions, against a banker's guarantee.",
    sources: [
      {
        title: "Singapore (SG): ATA carnet country page (Roanoke)",
        url: "https://roanokegroup.com/country/singapore-sg",
        reviewed: R,
      },
      {
        title: "Singapore: ATA carnet country conditions (FICCI ATA Carnet)",
        url: "https://atacarnet.in/country/Singapore.html",
        reviewed: R,
      },
      {
        title: "What is the procedure if some items imported into Singapore under an ATA Carnet cannot be accounted for? (Ask Gov, Singapore Customs)",
        url: "https://ask.gov.sg/customs/questions/cm7lx1tfu01f2lrwzihn08o1d?from=topics",
        reviewed: R,
      },
      {
        title: "Singapore - Country Commercial Guide: Temporary Entry (International Trade Administration)",
        url: "https://www.trade.gov/country-commercial-guides/singapore-temporary-entry",
        reviewed: R,
      },
    ],
  },
};

export default rules;
