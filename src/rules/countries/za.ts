import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const SAHPRA_CT = {
  title: "SAHPRA: Clinical Trials (Clinical Trial Unit; authorisation for importation of unregistered medicine for clinical trials)",
  url: "https://www.sahpra.org.za/clinical-trials/",
  reviewed: R,
};
const SAHPRA_S21 = {
  title: "SAHPRA: Unregistered Products (Section 21 of the Medicines and Related Substances Act 101 of 1965)",
  url: "https://www.sahpra.org.za/unregistered-products/",
  reviewed: R,
};
const SAHPRA_PORTAL_S21 = {
  title: "SAHPRA portal user manual: Section 21 applications overview (importer information: licensed importer, SAHPRA licence number)",
  url: "https://portal.sahpra.org.za/user-manual/_site/s21_overview.html",
  reviewed: R,
};
const SAHPRA_IMPORT_PR = {
  title: "SAHPRA press release: SAHPRA clarifies process for importation of medicines",
  url: "https://sahpra.org.za/press-releases/sahpra-clarifies-process-for-importation-of-medicines",
  reviewed: R,
};
const R181 = {
  title: "National Health Act 2003, Regulation R.181 (GG 35099, 2 March 2012): import and export of human tissue, blood, blood products, cultured cells, stem cells, embryos, foetal tissue, zygotes and gametes",
  url: "https://vdocument.in/regulations-relating-to-the-import-and-national-health-act-2003-regulations.html",
  reviewed: R,
};
const DOH_FAQ = {
  title: "National Department of Health: FAQs, Import/Export Permit Programme (human tissue, blood, blood products ... human pathogens)",
  url: "https://paperzz.com/doc/7728137/-faqs--import-export-permit-programme",
  reviewed: R,
};
const SAJBL = {
  title: "Burgess & Pretorius, S Afr J BL 2013;6(1):13-15: The South African clinical trial industry, implications of problems with the issuing of human tissue export permits",
  url: "https://www.sajbl.org.za/index.php/sajbl/article/view/228/284",
  reviewed: R,
};
const SARS_VAT_FAQ = {
  title: "SARS FAQ: How is VAT calculated on imported goods?",
  url: "https://www.sars.gov.za/faq/faq-how-is-vat-calculated-on-imported-goods",
  reviewed: R,
};
const VAT_ACT_13 = {
  title: "Value-Added Tax Act 89 of 1991, section 13: collection of tax on importation of goods, determination of value",
  url: "https://www.acts.co.za/value-added-tax-act-1991/13__collection_of_tax_on_importation_of_goods_determination_of_value_thereof_and_exemptions_from_tax.php",
  reviewed: R,
};
const TRADECARAVAN = {
  title: "Trade Caravan: How Incoterms affect your SARS customs value (FOB basis, 10% ATV uplift, 15% VAT)",
  url: "https://tradecaravan.co.za/guides/incoterms-customs-value-sars/",
  reviewed: R,
};
const TARIFF_3003 = {
  title: "Freight News, SA Customs Tariff (Schedule 1 Part 1): heading 30.03 medicaments",
  url: "https://www.freightnews.co.za/customs/tariffs/1411637946/medicaments-excluding-goods-of-heading-3002-3005-or-3006-consisting-of",
  reviewed: R,
};
const SARS_ATA = {
  title: "SARS Customs External Policy: ATA Carnet (SC-TA-01-04, effective 29 March 2019)",
  url: "https://vdocument.in/customs-external-policy-ata-carnet-sars-home-effective-29-march-2019-ata-carnet.html",
  reviewed: R,
};
const MD_REG3 = {
  title: "Regulations relating to Medical Devices and IVDs (GN R.1515, 9 December 2016), regulation 3: Importation of medical devices and IVDs into the Republic",
  url: "https://source.acts.co.za/medicines-and-related-substances-control-act-1965/n1515_3__importation_of_medica.php",
  reviewed: R,
};
const MD_REG5 = {
  title: "Regulations relating to Medical Devices and IVDs (GN R.1515), regulation 5: Licence to manufacture, import, export, or act as a distributor or wholesaler of medical devices or IVDs",
  url: "https://www.acts.co.za/medicines-and-related-substances-control-act-1965/n1515_5__licence_to_manufactur.php",
  reviewed: R,
};
const MD_REG16 = {
  title: "Regulations relating to Medical Devices and IVDs (GN R.1515), regulation 16: Conduct of clinical trials and clinical investigations",
  url: "https://www.acts.co.za/medicines-and-related-substances-control-act-1965/n1515_16__conduct_of_clinical_.php",
  reviewed: R,
};
const SAMED_IVD = {
  title: "SAMED knowledge base: What are the regulatory requirements for importing IVD products?",
  url: "https://samed.org.za/knowledgebase/what-are-the-regulatory-requirements-for-importing-ivd-products/",
  reviewed: R,
};
const UL_MD_LICENCE = {
  title: "UL Medical Solutions: South Africa prepares for changes to Medical Device Regulations (Guideline for a Licence to Manufacture, Import, Export or Distribute Medical Devices and IVDs, August 2016)",
  url: "https://medicalsolutions.ul.com/article-south-africa-prepares-for-changes-to-medical-device-regulations/",
  reviewed: R,
};
const SAHPRA_GUIDELINES = {
  title: "SAHPRA document archive: guidelines (licence to manufacture, import or export a medicine or scheduled substances; licence to manufacture, import, distribute and export medical devices and IVDs)",
  url: "https://sahpra.org.za/document-category/guideline/page/10",
  reviewed: R,
};
const MCC_IMPORT_EXPORT_GL = {
  title: "Medicines Control Council: Guideline for the Importation and Exportation of Medicines (version 1_1, June 2011), section 2.5 Licence to import or export medicines and/or Scheduled substances",
  url: "https://docsbay.net/guideline-for-the-importation-and-exportation-of-medicines",
  reviewed: R,
};
const GEN_REG_27 = {
  title: "General Regulations under the Medicines and Related Substances Act, regulation 27: Importation or exportation of specified Schedule 5, 6, 7 or 8 substances (permit under section 22A(11))",
  url: "https://source.acts.co.za/medicines-and-related-substances-control-act-1965/n859_27__importation_or_export.php",
  reviewed: R,
};

const ITA_ZA_TEMP = {
  title: "US International Trade Administration, South Africa Country Commercial Guide: Temporary Entry",
  url: "https://www.trade.gov/country-commercial-guides/south-africa-temporary-entry",
  reviewed: R,
};

const SARS_IMPORTERS = {
  title: "SARS: Registration, licensing and accreditation: Importers (registration as importer; foreign importers nominate a local registered agent, DA 185 / DA 185 D)",
  url: "https://www.sars.gov.za/customs-and-excise/registration-licensing-and-accreditation/importers",
  reviewed: R,
};
const FREIGHTNEWS_SINGLE_REGISTRATION = {
  title: "Freight News: Single Registration (SARS registration of local and foreign importers and exporters, 20 May 2014)",
  url: "https://www.freightnews.co.za/article/single-registration?page=8",
  reviewed: R,
};
const BOWMANS_IMPORTER_REGISTRATION = {
  title: "Bowmans: The latest on when and how to register as an importer in South Africa (customs registration number needed on import and export bills of entry for commercial goods, 2011)",
  url: "https://bowmanslaw.com/insights/tax/latest-when-how-register-importer-south-africa/",
  reviewed: R,
};

/** South Africa: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "ZA",
  name: "South Africa",
  valuation: {
    basis: "FOB",
    note: "The customs value is the transaction value expressed on an FOB basis at the place of export: international freight and insurance are not added (secondary source for the FOB rule). For import VAT, 10% of the customs value is added instead (not for goods originating in and imported from Botswana, Eswatini, Lesotho or Namibia).",
    sources: [TRADECARAVAN, SARS_VAT_FAQ],
  },
  importTax: {
    id: "za-import-tax",
    name: "Value-Added Tax (VAT)",
    standardRatePercent: 15,
    reliefs: [],
    baseUpliftPercent: 10,
    note: "Import VAT is charged on the Added Tax Value: customs value + customs duty + 10% of the customs value (no 10% uplift for goods originating in and imported from Botswana, Eswatini, Lesotho or Namibia). The rate rose from 14% to 15% on 1 April 2018. No zero rate for investigational or other medicines was found.",
    sources: [SARS_VAT_FAQ, VAT_ACT_13],
  },
  duties: [
    {
      id: "za-duty-3003",
      heading: "3003",
      ratePercent: 0,
      note: "Heading 30.03 medicaments for human use are free in the General, EU, EFTA and SADC columns. South Africa is not a WTO Pharmaceutical Agreement participant; the rate for 30.04 was not confirmed.",
      sources: [TARIFF_3003],
    },
  ],
  import: [
    {
      kind: "permit",
      id: "za-import-sars-importer-registration",
      materials: ["imp", "device", "ancillary", "lab-kit", "samples", "equipment"],
      name: "Registration with SARS Customs as an importer (customs client code; forms DA 185 and DA 185.4A1)",
      authority: "South African Revenue Service (SARS), Customs",
      scope: "per-importer",
      holder: "importer",
      customsFormality: true,
      note:
        "Any person, local or foreign, who imports goods into South Africa must register with Customs as an importer; the customs registration number is needed on the import bill of entry for commercial goods. A foreign importer must nominate a registered agent located in South Africa (form DA 185 D), who assumes full liability for the foreign principal's customs dealings; without one the registration is suspended. An importer that uses a licensed customs clearing agent need not register for EDI itself. Regulatory permits (SAHPRA, Department of Health) apply on top of this registration.",
      sources: [SARS_IMPORTERS, FREIGHTNEWS_SINGLE_REGISTRATION, BOWMANS_IMPORTER_REGISTRATION],
    },
    {
      kind: "permit",
      id: "za-import-imp-sahpra-ct-s21",
      materials: ["imp"],
      name: "SAHPRA clinical trial approval with Section 21 authorisation to import unregistered medicine for the trial",
      authority: "South African Health Products Regulatory Authority (SAHPRA), Clinical Trial Unit",
      scope: "per-trial",
      holder: "sponsor",
      leadTimeDays: 70,
      note: "Unregistered medicines may only be imported and used for a clinical trial authorised by SAHPRA under section 21 of the Medicines and Related Substances Act 101 of 1965; the Clinical Trial Unit issues that import authorisation. SAHPRA aims to issue the checklist within 3 weeks of receipt and the Clinical Trial Committee's recommendations within 10 weeks of the submission due date (longer for unfamiliar products referred to external reviewers). Amendments need SAHPRA approval.",
      sources: [SAHPRA_CT, SAHPRA_S21],
    },
    {
      kind: "permit",
      id: "za-import-samples-doh-r181",
      materials: ["samples"],
      name: "Import permit for human tissue, blood, blood products and cells (Regulation R.181 under section 68 of the National Health Act)",
      authority: "National Department of Health",
      scope: "per-importer",
      holder: "site",
      note: "Applies to all UN3373 biological substance samples (Category A and B) and human pathogens. Each investigator site must apply for its own import/export permit before importing; an organisation that is not an authorised institution must first apply to the Director-General: Health for authorisation.",
      sources: [R181, DOH_FAQ],
    },
    {
      kind: "permit",
      id: "za-import-device-sahpra-licence",
      materials: ["device"],
      name: "Medical device establishment licence to import medical devices or IVDs (manufacturer or distributor licence, section 22C(1)(b) of Act 101 of 1965)",
      authority: "South African Health Products Regulatory Authority (SAHPRA)",
      scope: "per-importer",
      holder: "importer",
      note: "A person may only import a medical device or IVD if licensed under section 22C(1)(b) to import medical devices or IVDs (a manufacturer licence or a distributor licence). The licence holder must appoint an authorised representative resident in South Africa, hold certification to a quality management system for medical devices, and list the devices or device families it imports; an IVD not listed on the licence requires a licence amendment. The 2016 licensing guideline covers Class B, C and D devices and IVDs; Class A devices were exempt from the establishment licence until further notice under the 2016 guideline; a 2021 description limits the exemption to non-sterile, non-measuring Class A devices (secondary sources). Medical devices and IVDs may only be imported through Cape Town (airport or harbour), Port Elizabeth (airport or harbour), King Shaka International Airport or Durban harbour, or OR Tambo International Airport.",
      sources: [
        { title: "Kiara MedTech – South Africa medtech regulatory framework (SAHPRA Class A exemption for non-sterile, non-measuring devices) (secondary source)", url: "https://kiaramedtech.com/medtech-regulatory-framework/", reviewed: R },
        MD_REG3, MD_REG5, SAMED_IVD, UL_MD_LICENCE],
    },
    {
      kind: "permit",
      id: "za-import-labkit-equipment-sahpra-licence",
      materials: ["lab-kit", "equipment"],
      name: "Medical device establishment licence to import medical devices or IVDs (manufacturer or distributor licence, section 22C(1)(b) of Act 101 of 1965)",
      authority: "South African Health Products Regulatory Authority (SAHPRA)",
      scope: "per-importer",
      holder: "importer",
      onlyWhen: "the kit contains IVD reagents or other medical devices, or the equipment is a medical device or IVD instrument",
      note: "Medical devices and IVDs may only be imported by a holder of a SAHPRA manufacturer or distributor licence that lists the devices or IVDs it imports, and only through the designated ports of entry (Cape Town, Port Elizabeth, King Shaka International Airport or Durban harbour, OR Tambo International Airport).",
      sources: [MD_REG3, MD_REG5, SAMED_IVD],
    },
    {
      kind: "permit",
      id: "za-import-device-sahpra-clinical-investigation",
      materials: ["device"],
      name: "SAHPRA authorisation to conduct a clinical investigation of an unregistered medical device (or clinical performance assessment of an IVD) and to import the unregistered device",
      authority: "South African Health Products Regulatory Authority (SAHPRA), formerly the Medicines Control Council",
      scope: "per-trial",
      holder: "sponsor",
      note: "Regulation 16: a clinical trial or clinical investigation of an unregistered medical device, a clinical performance assessment of an IVD, or a new intended purpose of a registered device requires prior authorisation on the Council's form, with the fee, the investigation plan or protocol, investigator's brochure, investigator CV, GCP declarations, ethics committee endorsement and the name and address of the site; the investigator must be approved by the Council and resident in South Africa. Regulation 3(3)(b): unregistered medical devices or IVDs may only be imported by a licensed importer that the Council has authorised to import them.",
      sources: [MD_REG16, MD_REG3],
    },
    {
      kind: "permit",
      id: "za-import-ancillary-sahpra-licence",
      materials: ["ancillary"],
      name: "Medical device establishment licence to import medical devices (manufacturer or distributor licence, section 22C(1)(b) of Act 101 of 1965)",
      authority: "South African Health Products Regulatory Authority (SAHPRA)",
      scope: "per-importer",
      holder: "importer",
      onlyWhen: "the supplies are medical devices (for example syringes, needles, cannulae or infusion sets) of Class B, C or D",
      note: "A person may only import a medical device if licensed under section 22C(1)(b) (manufacturer or distributor licence listing the devices imported), and only through the designated ports of entry. The 2016 licensing guideline covers Class B, C and D devices; Class A devices were exempt from the establishment licence until further notice under the 2016 guideline; a 2021 description limits the exemption to non-sterile, non-measuring Class A devices (secondary sources). Supplies that are not medical devices are not covered by this licence.",
      sources: [
        { title: "Kiara MedTech – South Africa medtech regulatory framework (SAHPRA Class A exemption for non-sterile, non-measuring devices) (secondary source)", url: "https://kiaramedtech.com/medtech-regulatory-framework/", reviewed: R },
        MD_REG3, MD_REG5, UL_MD_LICENCE],
    },
    {
      kind: "permit",
      id: "za-import-controlled-s5-8-permit",
      materials: ["imp"],
      name: "Permit to import specified Schedule 5, 6, 7 or 8 substances (section 22A(11) of Act 101 of 1965, General Regulation 27)",
      authority: "South African Health Products Regulatory Authority (SAHPRA)",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note: "The application gives the applicant's details, the responsible pharmacist, a certified copy of the SAHPRA licence, the storage address, the estimated quantity and the purpose, with a certified copy of the export permit issued by the exporting country.",
      sources: [GEN_REG_27],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "za-export-sars-exporter-registration",
      materials: ["imp", "device", "ancillary", "lab-kit", "samples", "equipment"],
      name: "Registration with SARS Customs as an exporter (customs client code)",
      authority: "South African Revenue Service (SARS), Customs",
      scope: "per-exporter",
      holder: "exporter",
      customsFormality: true,
      note:
        "All local persons who export goods from South Africa must register with Customs as exporters, and foreigners who export goods from South Africa must register as exporters and appoint a local registered agent to act on their behalf; the customs registration number is needed on the export bill of entry for commercial goods. Regulatory permits (SAHPRA licences, Department of Health export permits) apply on top of this registration.",
      sources: [FREIGHTNEWS_SINGLE_REGISTRATION, BOWMANS_IMPORTER_REGISTRATION],
    },
    {
      kind: "permit",
      id: "za-export-ancillary-sahpra-licence",
      materials: ["ancillary"],
      name: "Medical device establishment licence to export medical devices (manufacturer or distributor licence, section 22C(1)(b) of Act 101 of 1965)",
      authority: "South African Health Products Regulatory Authority (SAHPRA)",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the supplies are medical devices (for example syringes, needles, cannulae or infusion sets) of Class B, C or D",
      note: "Regulation 5: manufacturer and distributor licences cover exporting medical devices; the licence lists the devices or device families concerned and requires an authorised representative resident in South Africa. Class A devices were exempt from the establishment licence until further notice under the 2016 guideline; a 2021 description limits the exemption to non-sterile, non-measuring Class A devices (secondary sources). Supplies that are not medical devices are not covered by this licence.",
      sources: [
        { title: "Kiara MedTech – South Africa medtech regulatory framework (SAHPRA Class A exemption for non-sterile, non-measuring devices) (secondary source)", url: "https://kiaramedtech.com/medtech-regulatory-framework/", reviewed: R },
        MD_REG5, UL_MD_LICENCE],
    },
    {
      kind: "permit",
      id: "za-export-imp-sahpra-licence",
      materials: ["imp"],
      name: "Licence to export medicines (manufacturer or importer/exporter licence under section 22C(1)(b) of Act 101 of 1965)",
      authority: "South African Health Products Regulatory Authority (SAHPRA)",
      scope: "per-exporter",
      holder: "exporter",
      note: "Exporting medicines and Scheduled substances is controlled under the Medicines and Related Substances Act; the exporter needs a SAHPRA licence to manufacture, import or export medicines (SAHPRA guideline SAHPGL-LIC-01 covers the application). Whether returning unused investigational product to the sponsor needs anything beyond the licence was not confirmed; check with SAHPRA.",
      sources: [SAHPRA_GUIDELINES, MCC_IMPORT_EXPORT_GL],
    },
    {
      kind: "permit",
      id: "za-export-device-sahpra-licence",
      materials: ["device"],
      name: "Medical device establishment licence to export medical devices or IVDs (manufacturer or distributor licence, section 22C(1)(b) of Act 101 of 1965)",
      authority: "South African Health Products Regulatory Authority (SAHPRA)",
      scope: "per-exporter",
      holder: "exporter",
      note: "Regulation 5: a manufacturer licence permits manufacturing, importing or exporting, and a distributor licence permits importing, exporting and distributing medical devices or IVDs; the licence lists the devices or device families concerned and requires an authorised representative resident in South Africa. Class A devices were exempt from the establishment licence until further notice under the 2016 guideline; a 2021 description limits the exemption to non-sterile, non-measuring Class A devices (secondary sources).",
      sources: [
        { title: "Kiara MedTech – South Africa medtech regulatory framework (SAHPRA Class A exemption for non-sterile, non-measuring devices) (secondary source)", url: "https://kiaramedtech.com/medtech-regulatory-framework/", reviewed: R },
        MD_REG5, UL_MD_LICENCE],
    },
    {
      kind: "permit",
      id: "za-export-labkit-equipment-sahpra-licence",
      materials: ["lab-kit", "equipment"],
      name: "Medical device establishment licence to export medical devices or IVDs (manufacturer or distributor licence, section 22C(1)(b) of Act 101 of 1965)",
      authority: "South African Health Products Regulatory Authority (SAHPRA)",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the kit contains IVDs or other medical devices, or the equipment is a medical device or IVD instrument, of Class B, C or D",
      note: "Regulation 5: manufacturer and distributor licences cover exporting medical devices or IVDs; Class A devices were exempt from the establishment licence until further notice under the 2016 guideline; a 2021 description limits the exemption to non-sterile, non-measuring Class A devices (secondary sources).",
      sources: [
        { title: "Kiara MedTech – South Africa medtech regulatory framework (SAHPRA Class A exemption for non-sterile, non-measuring devices) (secondary source)", url: "https://kiaramedtech.com/medtech-regulatory-framework/", reviewed: R },
        MD_REG5, UL_MD_LICENCE],
    },
    {
      kind: "permit",
      id: "za-export-controlled-s5-8-permit",
      materials: ["imp"],
      name: "Permit to export specified Schedule 5, 6, 7 or 8 substances (section 22A(11) of Act 101 of 1965, General Regulation 27)",
      authority: "South African Health Products Regulatory Authority (SAHPRA)",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note: "The application gives the applicant's details, the responsible pharmacist, a certified copy of the SAHPRA licence, the storage address, the estimated quantity and the purpose of the export.",
      sources: [GEN_REG_27],
    },
    {
      kind: "permit",
      id: "za-export-samples-doh-r181",
      materials: ["samples"],
      name: "Export permit for human tissue, blood, blood products and cells (Regulation R.181 under section 68 of the National Health Act)",
      authority: "National Department of Health",
      scope: "per-exporter",
      holder: "site",
      note: "A valid Department of Health export permit is required before any human biological sample (tissue, blood, blood products, cultured cells etc.) from a clinical trial leaves South Africa. Each investigator site must hold its own permit, obtained before the first export; the permit covers a stated period, so check its expiry (exports on expired permits have been cited in regulatory inspections). Permit delays have been reported, so apply early.",
      sources: [R181, DOH_FAQ, SAJBL],
    },
  ],
  importerOfRecord: [
    {
      id: "za-ior-imp",
      materials: ["imp"],
      who: "A South African registered company holding a SAHPRA licence to import medicines (the licensed importer named in the Section 21 / clinical trial authorisation).",
      foreignSponsorMayAct: false,
      mustHold: ["za-import-sars-importer-registration", "za-import-imp-sahpra-ct-s21"],
      note: "SAHPRA states that only a South African registered company licensed by SAHPRA can import registered medicines; for unregistered medicines, Section 21 applications name the licensed importer with its SAHPRA licence number. A foreign sponsor therefore imports through such a licensed local company.",
      sources: [SAHPRA_IMPORT_PR, SAHPRA_PORTAL_S21],
    },
    {
      id: "za-ior-device",
      materials: ["device"],
      who: "A company holding a SAHPRA medical device establishment licence (manufacturer or distributor licence) to import medical devices or IVDs, with an authorised representative resident in South Africa; for unregistered devices, also authorised by SAHPRA to import them.",
      foreignSponsorMayAct: false,
      mustHold: ["za-import-sars-importer-registration", "za-import-device-sahpra-licence", "za-import-device-sahpra-clinical-investigation"],
      note: "The licence requires an authorised representative who resides in South Africa, so a foreign sponsor without a local licensed entity imports through a licensed local manufacturer or distributor.",
      sources: [MD_REG3, MD_REG5],
    },
    {
      id: "za-ior-samples",
      materials: ["samples"],
      who: "The investigator site or institution holding the Department of Health import permit for human tissue and blood (Regulation R.181); an organisation that is not an authorised institution must first be authorised by the Director-General: Health.",
      foreignSponsorMayAct: false,
      mustHold: ["za-import-sars-importer-registration", "za-import-samples-doh-r181"],
      note: "Each investigator site applies for its own import/export permit, so the permit obligation rests with the site, not the foreign sponsor.",
      sources: [R181, DOH_FAQ],
    },
    {
      id: "za-ior-labkit-equipment",
      materials: ["lab-kit", "equipment"],
      who: "Where the kits contain IVDs or the equipment is a medical device: a company holding a SAHPRA manufacturer or distributor licence that lists those devices, with an authorised representative resident in South Africa.",
      foreignSponsorMayAct: false,
      mustHold: ["za-import-sars-importer-registration", "za-import-labkit-equipment-sahpra-licence"],
      note: "For kits and equipment that are not medical devices or IVDs, no importer requirement was found.",
      sources: [MD_REG3, MD_REG5],
    },
    {
      id: "za-ior-ancillary",
      materials: ["ancillary"],
      who: "Where the supplies are medical devices (Class B, C or D): a company holding a SAHPRA manufacturer or distributor licence that lists those devices, with an authorised representative resident in South Africa.",
      foreignSponsorMayAct: false,
      mustHold: ["za-import-sars-importer-registration", "za-import-ancillary-sahpra-licence"],
      note: "For supplies that are not medical devices, no importer requirement was found.",
      sources: [MD_REG3, MD_REG5, UL_MD_LICENCE],
    },
  ],
  exporterOfRecord: [
    {
      id: "za-eor-imp",
      materials: ["imp"],
      who: "A South African company holding a SAHPRA licence to export medicines.",
      foreignSponsorMayAct: false,
      mustHold: ["za-export-sars-exporter-registration", "za-export-imp-sahpra-licence"],
      sources: [SAHPRA_GUIDELINES, MCC_IMPORT_EXPORT_GL],
    },
    {
      id: "za-eor-device",
      materials: ["device"],
      who: "A company holding a SAHPRA manufacturer or distributor licence covering export of the devices, with an authorised representative resident in South Africa.",
      foreignSponsorMayAct: false,
      mustHold: ["za-export-sars-exporter-registration", "za-export-device-sahpra-licence"],
      sources: [MD_REG5],
    },
    {
      id: "za-eor-samples",
      materials: ["samples"],
      who: "The investigator site (authorised institution) holding the Department of Health export permit.",
      foreignSponsorMayAct: false,
      mustHold: ["za-export-sars-exporter-registration", "za-export-samples-doh-r181"],
      note: "The permit obligation rests with the site/researcher, not the foreign sponsor.",
      sources: [DOH_FAQ, SAJBL],
    },
    {
      id: "za-eor-ancillary-labkit-equipment",
      materials: ["ancillary", "lab-kit", "equipment"],
      who:
        "A person registered with SARS Customs as an exporter; where the goods are medical devices or IVDs of Class B, C or D, a company holding a SAHPRA manufacturer or distributor licence covering their export, with an authorised representative resident in South Africa.",
      foreignSponsorMayAct: false,
      mustHold: ["za-export-sars-exporter-registration", "za-export-ancillary-sahpra-licence", "za-export-labkit-equipment-sahpra-licence"],
      note:
        "For goods that are not medical devices, a foreign company can register with SARS as a foreign exporter, but only by appointing a local registered agent to act on its behalf; medical device export licences require a South African resident authorised representative. The SAHPRA licences apply only where their conditions are met.",
      sources: [FREIGHTNEWS_SINGLE_REGISTRATION, MD_REG5, UL_MD_LICENCE],
    },
  ],
  temporaryAdmission: {
    id: "za-ata",
    ataCarnet: true,
    note: "South Africa is a member of the ATA Convention and accepts ATA carnets for professional equipment (tools and instruments, not goods for processing or repair), commercial samples and exhibition goods; no duty or VAT is paid on carnet shipments. SARS needs a letter from the carnet holder authorising the clearing agent. Without a carnet, temporary imports need a provisional payment (security) valid for six months; an extension must be requested from SARS before it expires.",
    sources: [SARS_ATA, ITA_ZA_TEMP],
  },
};

export default rules;
