import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const tilleke = {
  title: "New Rules on Drug Importation for Clinical Trials Set to Take Effect in Thailand (Tilleke & Gibbins, Feb 2024)",
  url: "https://www.tilleke.com/insights/new-rules-on-drug-importation-for-clinical-trials-set-to-take-effect-in-thailand/",
  reviewed: R,
};
const pbm = {
  title: "Thailand Introduced New Regulations On Drugs Imported for Clinical Trials (Pacific Bridge Medical)",
  url: "https://www.pacificbridgemedical.com/news-brief/thailand-introduced-new-regulations-on-drugs-imported-for-clinical-trials/",
  reviewed: R,
};
const bkkMonkeypoxTariff = {
  title: "ASEAN Harmonized Customs Tariff for Pharmaceutical Products for Monkeypox Treatment (Bangkok Terminal, 16 Aug 2022)",
  url: "https://www.bkkterminal.com/article/en/72",
  reviewed: R,
};
const clinregsTh = {
  title: "ClinRegs: Thailand Profile Updated (import of drugs for clinical research, License Per Invoice, import waiver)",
  url: "https://clinregs.niaid.nih.gov/updates/full/182-thailand-profile-updated",
  reviewed: R,
};
const thaiFdaLpi = {
  title: "Thai FDA Logistics: การนำเข้ายาเพื่อวัตถุประสงค์อื่น (import of drugs for other purposes: e-Submission and LPI number)",
  url: "https://logistics.fda.moph.go.th/imported-for-other-purposes/importing-drugs-for-other-purposes",
  reviewed: R,
};
const credevoLpi = {
  title: "Thailand's clinical trial regulatory scenario simplified (2/2): import permit and additional step LPI (Credevo)",
  url: "https://credevo.com/articles/2016/09/26/thailands-clinical-trial-regulatory-scenario-simplified-22/",
  reviewed: R,
};
const andamanDraftCi = {
  title: "Thailand: Draft Criteria, Procedures and Conditions for the Use of Medical Devices in Clinical Investigations (Andaman Medical)",
  url: "https://andamanmed.com/thailand-draft-criteria-procedures-and-conditions-for-the-use-of-medical-devices-in-clinical-investigations-b-e-xxxx",
  reviewed: R,
};
const andamanImport = {
  title: "Medical device importation to Thailand (Andaman Medical)",
  url: "https://andamanmed.com/market-access-services/importation-services/thailand/",
  reviewed: R,
};
const nishimuraVat = {
  title: "Thailand Extends VAT Rate Reduction to 7% Through September 2026 (Nishimura & Asahi)",
  url: "https://www.nishimura.com/en/knowledge/publications/20251022-116401",
  reviewed: R,
};
const bglobalVat = {
  title: "Extension on VAT reduction: Royal Decree (No. 790) 2024 (Bangkok Global Law)",
  url: "https://www.bgloballaw.com/2024/10/16/extension-on-vat-reduction/",
  reviewed: R,
};
const thaiGovImportTax = {
  title: "Thailand.go.th: import tax duty (collected when value + insurance + freight exceeds 1,500 THB)",
  url: "https://thailand.go.th/issue-focus-detail/001_03_181",
  reviewed: R,
};
const vatLowValue = {
  title: "Thailand starts collecting VAT on cheap imported goods (Vision Finland, 2024)",
  url: "https://visionfinland.com/thailand-starts-collecting-vat-on-cheap-imported-goods/",
  reviewed: R,
};
const ataThRoanoke = {
  title: "Thailand (TH): ATA Carnet specifics (Roanoke Group)",
  url: "https://roanokegroup.com/country/thailand-th",
  reviewed: R,
};
const ataThFicci = {
  title: "Thailand: ATA Carnet country information (FICCI atacarnet.in)",
  url: "https://atacarnet.in/country/Thailand.html",
  reviewed: R,
};
const ataThGov = {
  title: "Thailand.go.th: A.T.A. Carnet (Suvarnabhumi airport customs office)",
  url: "https://thailand.go.th/public/issue-focus-detail/001_03_169",
  reviewed: R,
};

const dmscPat = {
  title: "Pathogens and Animal Toxins Act B.E. 2558 (2015) and its ministerial regulations on notification certificates and licences to produce, import, export, sell, transit or possess pathogens and animal toxins (Department of Medical Sciences, Bureau of Laboratory Quality Standards)",
  url: "https://blqs.dmsc.moph.go.th/index.php/page-view/99",
  reviewed: R,
};
const soisangwanPat = {
  title: "Biosafety and biosecurity law in Thailand: From legislation to practice (P. Soisangwan, Journal of Biosafety and Biosecurity 3(2), 2021, abstract)",
  url: "https://booksci.cn/literature/47598062.htm",
  reviewed: R,
};
const clinregsThProfile = {
  title: "ClinRegs: Clinical Research Regulation for Thailand (quick facts: in-country sponsor presence/representation required 'Unclear'; specimens export allowed 'Unspecified')",
  url: "https://clinregs.niaid.nih.gov/country/thailand",
  reviewed: R,
};

const mondaqThExport = {
  title: "Thailand's Export Procedures: e-Customs registration, controlled goods and export declaration (Mondaq)",
  url: "https://www.mondaq.com/export-controls-trade-investment-sanctions/983744/thailands-export-procedures",
  reviewed: R,
};

const arqonThailand = {
  title: "Medical device product registration and approval in Thailand (Arqon): sterile hypodermic and insulin disposable syringes in the licensed-device category (secondary source, older classification)",
  url: "https://www.arqon.com/product-registration-asean-thailand",
  reviewed: R,
};

/** Thailand: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "TH",
  name: "Thailand",
  valuation: {
    basis: "CIF",
    note: "Import duty is assessed on the value of the goods plus insurance and freight.",
    sources: [thaiGovImportTax],
  },
  importTax: {
    id: "th-import-tax",
    name: "Value-added tax (VAT) on imports",
    standardRatePercent: 7,
    note:
      "The statutory rate is 10%, reduced to 7% (6.3% VAT + 0.7% local tax) by royal decrees renewed each year; the latest extension found in the sources runs from 1 October 2025 to 30 September 2026. A further extension from 1 October 2026 was not confirmed in the sources reviewed (as of November 2026): 7% is shown on the basis that the reduction has been renewed every year since 1997, but if it was not renewed the rate is the statutory 10%. Confirm the rate in force with the Revenue Department or the customs broker before relying on 7%.",
    reliefs: [],
    sources: [nishimuraVat, bglobalVat],
  },
  duties: [
    {
      id: "th-duty-300215",
      heading: "300215",
      ratePercent: 0,
      note: "Immunological products put up in measured doses or for retail sale (3002.15.00): duty-free (secondary source, 2022). Thai Customs offers advance tariff rulings through its Tariff e-Service.",
      sources: [bkkMonkeypoxTariff],
    },
    {
      id: "th-duty-300241",
      heading: "300241",
      ratePercent: 0,
      note: "Vaccines for human medicine: the line shown, 3002.41.90 (other vaccines for human medicine), is duty-free (secondary source, 2022); other lines of 3002.41 were not checked.",
      sources: [bkkMonkeypoxTariff],
    },
    {
      id: "th-duty-300490",
      heading: "300490",
      ratePercent: 10,
      note: "Other medicaments in measured doses or retail packings: 10% for the residual line 3004.90.99 (secondary source, 2022). Other 3004 lines may carry different rates, and the classification depends on the active ingredients; confirm with a Thai Customs advance tariff ruling (Tariff e-Service).",
      sources: [bkkMonkeypoxTariff],
    },
  ],
  deMinimis: {
    id: "th-de-minimis",
    amount: 1500,
    currency: "THB",
    covers: "duty",
    note: "Import duty is collected when value + insurance + freight exceeds 1,500 THB. Since July 2024 VAT is also collected on imported goods below 1,500 THB (secondary source), so the threshold covers duty only.",
    sources: [thaiGovImportTax, vatLowValue],
  },
  import: [
    {
      kind: "permit",
      id: "th-import-imp-cta-permit",
      materials: ["imp"],
      name: "Thai FDA clinical trial application approval / permit to import drugs for clinical studies (Notification re Detailed Requirements for Drug Importation into Thailand for Clinical Studies)",
      authority: "Thai Food and Drug Administration (Medicines Regulation Division)",
      scope: "per-trial",
      holder: "sponsor",
      note:
        "Since 1 March 2024 the sponsor must have a clinical trial application approved by Thai FDA before the study starts; the permit is valid for five years and renewable. Investigational drugs must come from GMP-compliant manufacturers recognised by Thai FDA.",
      sources: [tilleke, pbm],
    },
    {
      kind: "permit",
      id: "th-import-imp-lpi",
      materials: ["imp"],
      name: "License Per Invoice (LPI) number issued by Thai FDA for the customs declaration",
      authority: "Thai Food and Drug Administration",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Each consignment needs an LPI: the request is made through Thai FDA's e-Submission system (privus) and, once approved, the system issues the LPI number used on the customs import declaration; a power of attorney for clearance at the FDA port checkpoint is also filed. Lead time not covered.",
      sources: [clinregsTh, thaiFdaLpi, credevoLpi],
    },
    {
      kind: "permit",
      id: "th-import-device-clinical-investigation",
      materials: ["device"],
      name: "Thai FDA permission to import unregistered medical devices for a clinical investigation (exemption under the Ministry of Public Health Notification on the use of medical devices in clinical investigations, B.E. 2545 (2002))",
      authority: "Thai Food and Drug Administration (Medical Device Control Division)",
      scope: "per-trial",
      holder: "importer",
      note:
        "Unregistered devices may be imported only under an exemption for use in a clinical investigation. A draft notification to replace the 2002 rules would allow investigational devices to be imported only for a clinical investigation plan approved by both the Thai FDA Secretary-General and a recognised ethics committee, with notice to Thai FDA at least 15 days before the study starts. Ordinary device imports also need a License Per Invoice (LPI) for each shipment; whether the LPI applies to investigational devices is not confirmed here. Secondary sources.",
      sources: [andamanDraftCi, andamanImport],
    },
    {
      kind: "permit",
      id: "th-import-ancillary-md-establishment-and-product-licence",
      materials: ["ancillary"],
      name: "Establishment licence (licence to operate as a medical device importer) and the device's Thai FDA product licence, notification certificate or listing certificate",
      authority: "Thai Food and Drug Administration (Medical Device Control Division)",
      scope: "per-importer",
      holder: "importer",
      note:
        "Ancillary supplies such as syringes are medical devices in Thailand: sterile hypodermic and insulin disposable syringes have long been in the category whose manufacturers and importers need Thai FDA approval before importing (older three-category classification; secondary source). Only medical devices registered with the Thai FDA (licence, notification certificate or listing certificate by risk class) may be imported, unless exempt (e.g. special access routes or the trial's investigational-device permission). The importer must first hold an establishment licence as a medical device importer, which only Thai nationals or companies established in Thailand can obtain; product licences cannot be transferred between importers (secondary sources).",
      sources: [andamanImport, arqonThailand],
    },
    {
      kind: "permit",
      id: "th-import-ancillary-md-lpi",
      materials: ["ancillary"],
      name: "License Per Invoice (LPI) for each medical device shipment",
      authority: "Thai Food and Drug Administration",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Syringes and similar ancillary supplies are medical devices, and an LPI is needed for every shipment of medical devices: the Thai FDA checks that every device on the airway bill, invoice and packing list corresponds to a valid product licence or certificate and then issues the LPI for customs clearance (secondary sources).",
      sources: [andamanImport, arqonThailand],
    },
    {
      kind: "permit",
      id: "th-import-md-establishment-and-product-licence",
      materials: ["lab-kit", "equipment"],
      name: "Establishment licence (licence to operate as a medical device importer) and the device's Thai FDA product licence, notification certificate or listing certificate",
      authority: "Thai Food and Drug Administration (Medical Device Control Division)",
      scope: "per-importer",
      holder: "importer",
      onlyWhen: "the goods are medical devices or in-vitro diagnostic devices (e.g. test kits, ECG machines) not covered by the trial's investigational-device permission",
      note:
        "Only medical devices registered with the Thai FDA (licence for Class 4, notification certificate for Classes 2 and 3, listing certificate for Class 1) may be imported, unless exempt (e.g. special access routes). The importer must first hold an establishment licence as a medical device importer, which only Thai nationals or companies established in Thailand can obtain; product licences cannot be transferred between importers. General laboratory equipment that is not a medical device (e.g. freezers, centrifuges, data loggers) is not covered by this rule (secondary sources).",
      sources: [andamanImport],
    },
    {
      kind: "permit",
      id: "th-import-md-lpi",
      materials: ["lab-kit", "equipment"],
      name: "License Per Invoice (LPI) for each medical device shipment",
      authority: "Thai Food and Drug Administration",
      scope: "per-shipment",
      holder: "importer",
      onlyWhen: "the goods are medical devices or in-vitro diagnostic devices",
      note:
        "An LPI is needed for every shipment of medical devices: the Thai FDA checks that every device on the airway bill, invoice and packing list corresponds to a valid product licence or certificate and then issues the LPI for customs clearance (secondary source).",
      sources: [andamanImport],
    },
    {
      kind: "permit",
      id: "th-import-samples-pathogens",
      materials: ["samples"],
      name: "Notification certificate (Group 2 pathogens, Group 1 animal toxins) or licence (Group 3 pathogens, Group 2 animal toxins) to import pathogens or animal toxins (Pathogens and Animal Toxins Act B.E. 2558 (2015))",
      authority: "Department of Medical Sciences, Ministry of Public Health",
      scope: "per-importer",
      holder: "importer",
      onlyWhen: "the samples contain, or are known to contain, a pathogen or animal toxin controlled under the Pathogens and Animal Toxins Act B.E. 2558 (2015)",
      note:
        "The Act controls the production, possession, sale, import, export and transit of pathogens and animal toxins according to their risk group. Ministerial regulations (B.E. 2563 (2020)) set a notification procedure for Group 2 pathogens and Group 1 animal toxins and a licensing procedure for Group 3 pathogens and Group 2 animal toxins. Whether routine clinical samples not known to contain a controlled pathogen need any permit to enter Thailand was not found; check with the Department of Medical Sciences. Lead time: not sourced.",
      sources: [dmscPat, soisangwanPat],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "th-export-samples-pathogens",
      materials: ["samples"],
      name: "Notification certificate (Group 2 pathogens, Group 1 animal toxins) or licence (Group 3 pathogens, Group 2 animal toxins) to export pathogens or animal toxins (Pathogens and Animal Toxins Act B.E. 2558 (2015))",
      authority: "Department of Medical Sciences, Ministry of Public Health",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the samples contain, or are known to contain, a pathogen or animal toxin controlled under the Pathogens and Animal Toxins Act B.E. 2558 (2015)",
      note:
        "Export of controlled pathogens and animal toxins needs the notification certificate or licence for the risk group concerned. ClinRegs lists whether specimen export is allowed as 'unspecified', and no general export permit for routine clinical samples was found; check with the Department of Medical Sciences and the ethics committee's conditions. Lead time: not sourced.",
      sources: [dmscPat, soisangwanPat, clinregsThProfile],
    },
  ],
  importerOfRecord: [
    {
      id: "th-ior-imp",
      materials: ["imp"],
      who:
        "The importer that requests the License Per Invoice through the Thai FDA e-Submission system under the sponsor's approved clinical trial application, and files the power of attorney for clearance at the FDA port checkpoint.",
      foreignSponsorMayAct: false,
      mustHold: ["th-import-imp-cta-permit", "th-import-imp-lpi"],
      note:
        "Not confirmed: ClinRegs lists in-country sponsor presence or representation as 'unclear'. Plan on a party established in Thailand (the sponsor's Thai affiliate, a CRO or an import agent) holding the power of attorney.",
      sources: [thaiFdaLpi, clinregsTh, clinregsThProfile],
    },
    {
      id: "th-ior-devices",
      materials: ["device", "ancillary", "lab-kit", "equipment"],
      who:
        "A Thai national or a company established in Thailand holding an establishment licence as a medical device importer (for registered devices), or the importer granted the Thai FDA permission for investigational devices.",
      foreignSponsorMayAct: false,
      note:
        "Only Thai nationals or locally established companies can obtain the importer's establishment licence, and product licences cannot be transferred, so foreign manufacturers often appoint an independent local authorised representative (secondary source). Applies to ancillary supplies, lab kits and equipment only when they are medical devices.",
      sources: [andamanImport, andamanDraftCi],
    },
  ],
  exporterOfRecord: [
    {
      id: "th-eor-all",
      materials: ["imp", "device", "ancillary", "lab-kit", "samples", "equipment"],
      who:
        "An exporter registered with Thai Customs for the e-Customs system (with a digital certificate), filing the export declaration itself or through a customs broker acting as its agent; in practice the sponsor's Thai affiliate, the CRO, the trial site or the central laboratory holding the goods.",
      foreignSponsorMayAct: false,
      note:
        "All goods leaving Thailand must be declared to Thai Customs. Whether a sponsor with no Thai entity can register as exporter was not confirmed; plan on a party established in Thailand. Export permits for investigational drugs and devices were not found; samples containing controlled pathogens or animal toxins need the Department of Medical Sciences notification certificate or licence (see the export rule) (secondary source).",
      sources: [mondaqThExport, clinregsThProfile],
    },
  ],
  temporaryAdmission: {
    id: "th-ata",
    ataCarnet: true,
    note:
      "Thailand accepts ATA carnets for commercial samples and professional equipment (acceptance for exhibitions and fairs has been disputed); scientific equipment for research is also listed by Thai Customs. Customs usually allows 3 months before re-export; an extension must be obtained before the final date to avoid a penalty. Carnets are not accepted for postal traffic.",
    sources: [ataThRoanoke, ataThGov, ataThFicci],
  },
};

export default rules;
