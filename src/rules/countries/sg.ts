import type { CountryRulesInput } from "../legacyRuleModules";

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

const WTO_LIC_SG_HEALTH_PRODUCTS = {
  title: "Singapore: Therapeutic products, medical devices, Chinese proprietary medicines, oral dental gums, cell, tissue and gene therapy products and active ingredients, import licensing procedure (WTO notification G/LIC/N/3/SGP/20, 16 October 2024)",
  url: "https://lic-public.wto.org/en/product-categories/1240/procedure",
  reviewed: R,
};
const CUSTOMS_TRADENET_MDB = {
  title: "TradeNet: Medical Device Branch (MDB), procedures for the import of Class C and D medical devices (Singapore Customs, procedures from 1 June 2011)",
  url: "https://www.customs.gov.sg/leftNav/trad/TradeNet/MDB.htm",
  reviewed: R,
};
const IDEM_MD_IMPORT = {
  title: "Regulations on Import & Supply: medical/dental devices, import via licensed importers (IDEM Singapore exhibition)",
  url: "https://www.idem-singapore.com/regulations-import-supply",
  reviewed: R,
};
const GUIDEME_MD_IMPORT = {
  title: "Importing Healthcare Products into Singapore Part 4: Importing Medical Devices (GuideMeSingapore)",
  url: "https://www.guidemesingapore.com/business-guides/industry-guides/healthcare-industry/importing-healthcare-products-into-singapore-part-4-importing-medical-devices",
  reviewed: R,
};
const HSA_MD_REEXPORT = {
  title: "Import for re-export of unregistered medical devices (Health Sciences Authority, special access routes)",
  url: "https://www.hsa.gov.sg/medical-devices/registration-of-medical-devices/special-access-routes/export/",
  reviewed: R,
};
const ARTIXIO_MD_DEALERS = {
  title: "Health Sciences Authority (HSA) medical device dealer's licences in Singapore (Artixio)",
  url: "https://artixio.com/post/health-sciences-authority-hsa-medical-device-dealers-licenses-in-singapore",
  reviewed: R,
};

const CUSTOMS_IMPORT_EXPORT_PROCEDURES = {
  title: "Import, Export & Transshipment Procedures (Singapore Customs): IN permit through TradeNet for import of all goods",
  url: "https://www.customs.gov.sg/leftNav/trad/Import+and+Export+Procedures.htm",
  reviewed: R,
};
const FINNEX_IMPORT_EXPORT = {
  title: "Import/export practices in Singapore: IN and OUT permits through TradeNet for all goods (Finnex, secondary source)",
  url: "https://finnex.com.sg/import-export-practices-and-effective-uses-of-letter-of-credit/",
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
      id: "sg-duty-3006",
      heading: "3006",
      ratePercent: 0,
      note: "Pharmaceutical goods of heading 3006 are non-dutiable: duty applies only to liquor, tobacco, motor vehicles and petroleum products (GST still due).",
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
      id: "sg-import-tradenet-in-permit",
      materials: ["imp", "device", "ancillary", "lab-kit", "samples", "equipment"],
      name: "Customs IN permit (import permit) obtained through TradeNet",
      authority: "Singapore Customs",
      scope: "per-shipment",
      holder: "importer",
      customsFormality: true,
      note:
        "For import of all goods into Singapore, controlled or not, the importer must obtain an IN permit through TradeNet before the goods are imported and pay any duty and/or GST due; controlled goods also need the competent authority's approval (e.g. HSA for clinical research materials and medical devices, MOH for scheduled biological agents). The permit is usually applied for by a declaring agent on the importer's behalf; the importer needs a UEN and an activated Customs Account. A secondary source reports that trade samples of uncontrolled items with a total CIF value not exceeding SGD 400 may be imported without a permit.",
      sources: [CUSTOMS_IMPORT_EXPORT_PROCEDURES, FINNEX_IMPORT_EXPORT, CUSTOMS_ACCOUNT],
    },
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
    {
      kind: "permit",
      id: "sg-import-md-importer-licence",
      materials: ["ancillary", "lab-kit", "equipment"],
      name: "HSA importer's licence for medical devices (Health Products (Medical Devices) Regulations 2010), declared on the TradeNet import permit",
      authority: "Health Sciences Authority (HSA), Medical Devices Branch",
      scope: "per-importer",
      holder: "importer",
      onlyWhen:
        "the goods are medical devices (e.g. syringes, infusion sets, in-vitro diagnostic reagents or kits, ECG machines) that are not imported as clinical research materials under the trial's CRM notification",
      note:
        "Medical devices, including in-vitro diagnostic reagents, may only be imported by an HSA-licensed importer, and devices must be registered on the Singapore Medical Device Register before supply unless exempt (e.g. for clinical trials, or non-sterile Class A devices on the exemption list). For Class C and D devices the TradeNet import declaration carries the importer's licence number and the device's registration (SMDR listing) number, or an HSA approval number for special routes; for devices imported for a clinical trial the licence field is left blank. General laboratory equipment that is not a medical device (e.g. freezers, centrifuges, data loggers) is not covered by this licence. Sources partly secondary; the TradeNet procedure page dates from 2011.",
      sources: [WTO_LIC_SG_HEALTH_PRODUCTS, CUSTOMS_TRADENET_MDB, IDEM_MD_IMPORT, GUIDEME_MD_IMPORT],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "sg-export-tradenet-out-permit",
      materials: ["imp", "device", "ancillary", "lab-kit", "samples", "equipment"],
      name: "Customs OUT permit (export permit) obtained through TradeNet",
      authority: "Singapore Customs",
      scope: "per-shipment",
      holder: "exporter",
      customsFormality: true,
      note:
        "For export of all goods out of Singapore, controlled or not, an OUT permit is obtained through TradeNet, usually by a declaring agent for an exporter with a UEN and an activated Customs Account; controlled goods also need the competent authority's approval (e.g. HSA approval for clinical research materials containing psychotropic substances, strategic goods controls for listed biological agents). Trade samples of uncontrolled items with a total CIF value not exceeding SGD 400 may be exported without a permit. Secondary source for the export permit requirement.",
      sources: [FINNEX_IMPORT_EXPORT, CUSTOMS_ACCOUNT],
    },
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
    {
      kind: "permit",
      id: "sg-export-md-reexport-approval",
      materials: ["device", "ancillary", "lab-kit", "equipment"],
      name: "HSA approval to import unregistered medical devices for re-export (special access route, GN-28)",
      authority: "Health Sciences Authority (HSA), Medical Devices Branch",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen:
        "the goods are unregistered medical devices brought into Singapore only to be re-exported (e.g. through a regional depot) rather than used in a Singapore trial, and the dealer does not hold both an HSA importer's and a wholesaler's licence",
      note:
        "The supply, including the export, of unregistered medical devices is prohibited under the Health Products Act, so dealers importing unregistered devices for re-export need HSA approval first (case by case, applied for through HSA's SHARE e-service with a device list; the goods may only be imported after approval). Companies already holding HSA importer and wholesaler licences do not need this approval but must keep import and supply (traceability) records. A declaration on distribution records is due within 30 days of the last export. HSA does not assess the device's safety or performance for this route. Fees and turnaround times are published by HSA (not captured here).",
      sources: [HSA_MD_REEXPORT],
    },
    {
      kind: "permit",
      id: "sg-export-md-wholesaler-licence",
      materials: ["ancillary", "lab-kit", "equipment"],
      name: "HSA wholesaler's licence for medical devices (covers export)",
      authority: "Health Sciences Authority (HSA)",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the goods are medical devices supplied out of Singapore on a wholesale basis by a Singapore dealer (e.g. a depot exporting devices to other countries)",
      note:
        "Companies engaged in wholesale distribution of medical devices in Singapore, including export, need an HSA wholesaler's licence; licensed importers that supply onwards also need it. HSA checks Good Distribution Practice compliance before issuing dealer's licences (secondary source).",
      sources: [ARTIXIO_MD_DEALERS, HSA_MD_REEXPORT],
    },
  ],
  importerOfRecord: [
    {
      id: "sg-ior-imp",
      materials: ["imp", "device"],
      who:
        "The CRM importer named in (and endorsing) the CRM notification, acting with the local sponsor (a local company or local institution responsible for the trial). For customs, the importer must be an entity with a Singapore Unique Entity Number (UEN) and an activated Customs Account; it may appoint a declaring agent to obtain TradeNet permits.",
      foreignSponsorMayAct: false,
      mustHold: ["sg-import-imp-crm-notification", "sg-import-tradenet-in-permit"],
      sources: [HSA_CRM, CUSTOMS_ACCOUNT, CUSTOMS_REGISTRATION_GUIDE],
    },
    {
      id: "sg-ior-other",
      materials: ["ancillary", "lab-kit", "samples", "equipment"],
      who:
        "An entity registered with ACRA or another UEN issuance agency that has activated its Customs Account (only its key personnel can activate it); entities or individuals without a UEN cannot operate as traders. A declaring agent may file the permits on its behalf.",
      foreignSponsorMayAct: false,
      mustHold: ["sg-import-tradenet-in-permit"],
      sources: [CUSTOMS_ACCOUNT, CUSTOMS_REGISTRATION_GUIDE, CUSTOMS_IMPORT_EXPORT_PROCEDURES],
    },
  ],
  exporterOfRecord: [
    {
      id: "sg-eor-all",
      materials: ["imp", "device", "ancillary", "lab-kit", "samples", "equipment"],
      who: "An entity with a Singapore UEN and an activated Customs Account (or its appointed declaring agent), which obtains the export permit through TradeNet.",
      foreignSponsorMayAct: false,
      mustHold: ["sg-export-tradenet-out-permit"],
      note: "For clinical research materials containing psychotropic substances, the exporter also needs HSA approval for each consignment (regulation 6 of the CRM Regulations).",
      sources: [CUSTOMS_ACCOUNT, CUSTOMS_REGISTRATION_GUIDE, CRM_REGS, WTO_QR_SG_CRM_PSYCHOTROPIC, FINNEX_IMPORT_EXPORT],
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
