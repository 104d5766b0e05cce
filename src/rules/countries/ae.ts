import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const MOHAP_CT = {
  title: "MOHAP service: Assessment of medical products for pharmacological research and clinical studies of drugs",
  url: "https://mohap.gov.ae/en/w/assessment-of-medical-products-for-pharmacological-research-and-clinical-studies-of-drugs",
  reviewed: R,
};
const MOHAP_IMPORT_AGENT = {
  title: "MOHAP service: Issue of Permit to Import Medicines from a Local Agent",
  url: "https://mohap.gov.ae/en/services/issue-of-permit-to-import-medicines-from-a-local-agent",
  reviewed: R,
};
const RASS = {
  title: "RASS Regulatory Affairs: Other services, Import/Export Permit Approval (MOHAP)",
  url: "https://regulatoryaffairs.ae/other-services/",
  reviewed: R,
};
const MOHAP_BIO_RELEASE = {
  title: "MOHAP service: Certificate of Release of Shipment of Pharmaceutical Products Derived from Biological Sources",
  url: "https://mohap.gov.ae/en/services/certificate-of-release-of-shipment-of-pharmaceutical-products-derived-from-biological-sources",
  reviewed: R,
};
const REGASK_SPECIMEN = {
  title: "RegASK eGuidebook (Dubai, UAE): 6. Biological Specimen (MOHAP Guidelines for Conducting Clinical Trials, Article 51)",
  url: "https://library.regask.com/docs/6-biological-specimen-18",
  reviewed: R,
};
const REGASK_AD_GENERAL = {
  title: "RegASK eGuidebook (Abu Dhabi, UAE): 2. General Questions (MOHAP federal; DOH Abu Dhabi and ADHRTC approval)",
  url: "https://library.regask.com/docs/2-general-questions-19",
  reviewed: R,
};
const REGASK_DXB_GENERAL = {
  title: "RegASK eGuidebook (Dubai, UAE): 2. General Questions (MOHAP federal; Dubai Health Authority; DSREC)",
  url: "https://library.regask.com/docs/2-general-questions-20",
  reviewed: R,
};
const REALLAW_VAT = {
  title: "RealLaw FAQ: What duties and taxes apply to the import of goods into the UAE? (Federal Decree-Law No. 8 of 2017, Art. 3; GCC Unified Customs Tariff)",
  url: "https://app.reallaw.ai/en/legal-table/doc/faq-what-duties-and-taxes-apply-to-the-import-of-goods-into-the-uae-2052",
  reviewed: R,
};
const DELOITTE_ZERO = {
  title: "Deloitte: The UAE announces the list of VAT Designated Zones and Zero-rated Medicines (Cabinet Decision No. 56 of 2017)",
  url: "https://www2.deloitte.com/qa/en/pages/tax/articles/vat-gcc-uae-announces-list-designated-zones-zero-rated-medicines.html",
  reviewed: R,
};
const ZAWYA_ZERO = {
  title: "Zawya: UAE cabinet issues decrees on VAT treatment of free zones, medical drugs and equipment",
  url: "https://www.zawya.com/uae/en/story/UAE_cabinet_issues_decrees_on_VAT_treatment_of_free_zones_medical_drugs_and_equipment-ZAWYA20180111060408/",
  reviewed: R,
};
const ZOHO_VAT = {
  title: "Zoho Books UAE FAQ: How is VAT calculated for imported goods?",
  url: "https://www.zoho.com/ae/books/vat/faq/imports/vat-payable-calculation-imports-uae.html",
  reviewed: R,
};

const ITA_AE_BARRIERS = {
  title: "US International Trade Administration, United Arab Emirates Country Commercial Guide: Trade Barriers (tariffs)",
  url: "https://www.trade.gov/knowledge-product/united-arab-emirates-trade-barriers",
  reviewed: R,
};
const AUSTRADE_AE = {
  title: "Austrade: United Arab Emirates, tariffs and regulations",
  url: "https://www.austrade.gov.au/Australian/Export/Export-markets/Countries/United-Arab-Emirates/Doing-business/Tariffs-and-regulations",
  reviewed: R,
};
const LEXOLOGY_AE_CUSTOMS = {
  title: "Lexology: Customs & Export Controls, United Arab Emirates (normal rates, exemptions for essential items including pharmaceuticals)",
  url: "https://www.lexology.com/library/detail.aspx?g=77e3cc1a-7cf2-40c8-be8e-844a0ee923e1",
  reviewed: R,
};
const UAE_GOV_DUTY = {
  title: "UAE Government portal (u.ae): Rate of customs duty",
  url: "https://u.ae/en/information-and-services/finance-and-investment/clearing-the-customs-and-paying-customs-duty/rate-of-customs-duty-",
  reviewed: R,
};
const DUBAI_CUSTOMS_FAQ = {
  title: "Dubai Customs FAQ: temporary admission for exhibition or samples, deposit and ATA carnet",
  url: "https://www.dubaicustoms.gov.ae/en/mobile/pages/faq.aspx",
  reviewed: R,
};
const EY_DUBAI_THRESHOLD = {
  title: "EY Tax News Update 2023-0485: Dubai reinstates former import value threshold of consignments (GCC Unified Guide for Customs Procedure, SAR 1,000)",
  url: "https://taxnews.ey.com/news/2023-0485-dubai-reinstates-former-import-value-threshold-of-consignments",
  reviewed: R,
};

const KHALEEJ_DUBAI_THRESHOLD = {
  title: "Khaleej Times: Dubai suspends new customs duty on international goods above Dh300 (quotes the Dubai Customs email reinstating the AED 1,000 exemption threshold from 1 March 2023)",
  url: "https://www.khaleejtimes.com/life-and-living/visa-and-immigration-in-uae/dubai-suspends-new-customs-duty-on-international-goods-above-dh300",
  reviewed: R,
};

const ADCUSTOMS_ATA = {
  title: "Abu Dhabi Customs: Policy of Temporary Admission under ATA Carnet (Federal Decree No. 59 of 2010, Istanbul Convention Annexes A and B1)",
  url: "https://adcustoms.gov.ae/Customs-Policies-and-Procedures/Policy-of-Temporary-Admission-under-ATA-Carnet",
  reviewed: R,
};
const ITA_AE_TEMP = {
  title: "US International Trade Administration, United Arab Emirates Country Commercial Guide: Temporary Entry",
  url: "https://www.trade.gov/knowledge-product/united-arab-emirates-temporary-entry",
  reviewed: R,
};

const UAE_LAW_DUTY_5 = {
  title: "UAE Legislation portal: Federal law raising customs duties from 4% to 5% on goods imported from outside the GCC Customs Union from 1 January 2003 (53 commodities exempted by the GCC Supreme Council)",
  url: "https://uaelegislation.gov.ae/en/legislations/1971",
  reviewed: R,
};

const MOHAP_IMPORT_EQUIP = {
  title: "MOHAP service: Issue of Permit to Import Medical Equipment",
  url: "https://mohap.gov.ae/en/services/issue-of-permit-to-import-medical-equipment",
  reviewed: R,
};
const MOHAP_EXPORT_MED = {
  title: "MOHAP service: Issue of Permit to Export Medicines (service code 110-02-010-000)",
  url: "https://mohap.gov.ae/en/w/issue-of-permit-to-export-medicines",
  reviewed: R,
};
const PRD_DUBAI_MD = {
  title: "Product Registration Dubai: importation of medical devices into the UAE (licensed importer established in the UAE)",
  url: "https://productregistrationdubai.com/?p=2046",
  reviewed: R,
};

const OMNIBUZZ_UAE_MD = {
  title: "Medical device registration in UAE (The Omnibuzz): every product classified as a medical device, e.g. syringes, must be registered with MOHAP (secondary source)",
  url: "https://theomnibuzz.com/medical-device-registration-in-uae",
  reviewed: R,
};

/** United Arab Emirates: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "AE",
  name: "United Arab Emirates",
  valuation: {
    basis: "CIF",
    note: "Federal law sets customs duty at 5% of the value of the goods delivered at the UAE port of arrival (that is, including freight and insurance) for goods from outside the GCC Customs Union since 1 January 2003, with 53 commodities exempted by the GCC Supreme Council and the exemptions of the Unified Customs Law. Import VAT is charged on the CIF value plus customs duty, excise and customs fees; customs duty rates follow the GCC Unified Customs Tariff.",
    sources: [UAE_LAW_DUTY_5, ZOHO_VAT, REALLAW_VAT],
  },
  importTax: {
    id: "ae-import-tax",
    name: "Value Added Tax (VAT)",
    standardRatePercent: 5,
    reliefs: [
      {
        id: "ae-import-tax-medicines-zero",
        materials: ["imp", "device"],
        ratePercent: 0,
        condition: "Cabinet Decision No. 56 of 2017: medications and medical equipment registered with the Ministry of Health and Prevention, or imported with its permission or approval, are zero-rated. For investigational products this depends on the shipment being imported under MOHAP approval; check the treatment with the customs broker. (secondary sources)",
        sources: [DELOITTE_ZERO, ZAWYA_ZERO],
      },
    ],
    note: "VAT at 5% is payable on import (Federal Decree-Law No. 8 of 2017, Art. 3); the importer needs a tax registration number.",
    sources: [REALLAW_VAT, ZOHO_VAT],
  },
  duties: [
    {
      id: "ae-duty-3004",
      heading: "3004",
      ratePercent: 0,
      note: "Customs duty in the UAE is generally 5% of the CIF value under the GCC Unified Customs Tariff, but pharmaceuticals are among the few categories exempted. Confirm the exact tariff line in the GCC Unified Customs Tariff. (secondary sources)",
      sources: [ITA_AE_BARRIERS, AUSTRADE_AE, LEXOLOGY_AE_CUSTOMS, UAE_GOV_DUTY],
    },
    {
      id: "ae-duty-3002",
      heading: "3002",
      ratePercent: 0,
      note: "Pharmaceuticals are exempt from the general 5% customs duty; heading 30.02 (blood products, immunological products, vaccines) belongs to HS chapter 30, pharmaceutical products. Confirm the exact tariff line in the GCC Unified Customs Tariff. (secondary sources)",
      sources: [ITA_AE_BARRIERS, AUSTRADE_AE, LEXOLOGY_AE_CUSTOMS, UAE_GOV_DUTY],
    },
  ],
  deMinimis: {
    id: "ae-de-minimis",
    amount: 1000,
    currency: "AED",
    covers: "duty",
    note: "Courier consignments (parcels/shipments) valued up to AED 1,000 are exempt from customs duty. Dubai Customs lowered its threshold to AED 300 on 1 January 2023 (Customs Notice 05/2022) and, by an email quoted by the press, re-established 'the previous threshold for exemption of parcels/shipments of AED 1,000' from 1 March 2023 until further notice, without a legislative update. EY describes the same threshold as the GCC Unified Guide's SAR 1,000 (about AED 980); the few dirhams' difference was not resolved, so treat values close to AED 1,000 as dutiable. The figure is Dubai's; other emirates follow the GCC Guide. Import VAT is still due below the threshold. Tobacco, e-cigarettes and alcohol are excluded. (secondary sources)",
    sources: [KHALEEJ_DUBAI_THRESHOLD, EY_DUBAI_THRESHOLD],
  },
  import: [
    {
      kind: "permit",
      id: "ae-import-imp-rcmohp-approval",
      materials: ["imp", "device"],
      name: "MOHAP approval of medical products for clinical studies (Regulatory Committee at the Ministry of Health and Prevention, RCMOHP)",
      authority: "Ministry of Health and Prevention (MOHAP), Regulatory Committee (RCMOHP)",
      scope: "per-trial",
      holder: "sponsor",
      note: "MOHAP receives, assesses and approves medical products for clinical studies under its 2017 Guidelines for Conducting Clinical Trials with Investigational Products and Medical Devices; RCMOHP approval is required before the trial starts and an approval letter is issued. An applicant other than the sponsor needs a power of attorney; a CRO must submit its licence. Emirate-level approval is also needed where the sites are (Department of Health Abu Dhabi via its research committee ADHRTC; Dubai Health Authority with the DSREC ethics committee).",
      sources: [MOHAP_CT, REGASK_AD_GENERAL, REGASK_DXB_GENERAL],
    },
    {
      kind: "permit",
      id: "ae-import-imp-mohap-import-permit",
      materials: ["imp"],
      name: "MOHAP import permit (initial import approval, then shipment clearance permit)",
      authority: "Ministry of Health and Prevention (MOHAP), Drug Department",
      scope: "per-shipment",
      holder: "importer",
      leadTimeDays: 5,
      note: "MOHAP import permits are issued electronically in two stages: an initial import approval before shipping (valid 60 days), then a shipment clearance permit once the air waybill or bill of lading is available (valid 60 days, subject to inspection by MOHAP inspectors at the port). Fees: AED 100 application plus 1% of the invoice (CIF) value, minimum AED 200. MOHAP's published service is for registered medicines imported by the licensed local agent (medical store); for investigational products confirm the route with MOHAP's import/export section. Products derived from blood, vaccines or human tissue also need a MOHAP Certificate of Release of Shipment (3 working days, AED 500). MOHAP's published service completion time for the initial import application is 3 working days (shown as 5 calendar days); the shipment clearance permit is a second, shorter step once the air waybill or bill of lading is available.",
      sources: [MOHAP_IMPORT_AGENT, RASS, MOHAP_BIO_RELEASE],
    },
    {
      kind: "permit",
      id: "ae-import-ancillary-medical-equipment-permit",
      materials: ["ancillary"],
      name: "MOHAP permit to import medical equipment (initial import approval, then shipment clearance permit)",
      authority: "Ministry of Health and Prevention (MOHAP)",
      scope: "per-shipment",
      holder: "importer",
      leadTimeDays: 5,
      note: "Ancillary supplies such as syringes, gloves and bandages are medical devices in the UAE and must be registered with MOHAP (secondary source); under federal law no medical device may be put into circulation before its registration, and only an entity established and licensed in the UAE to import medical products may import it (secondary source). Importing medical equipment needs the MOHAP permit in two electronic stages: an initial import approval before shipping (1 to 3 working days, valid 60 days), then a shipment clearance permit once the air waybill, bill of lading or consignment note is available (1 to 2 working days, valid 60 days); the lead time shown is about 3 working days for the first stage. The permit is conditional on inspection by MOHAP inspectors at the port; the product must have a MOHAP marketing authorisation and be imported by the local agent named in it. Fees: AED 100 application plus 1% of the CIF invoice value, minimum AED 200 per invoice. How unregistered supplies provided only for a clinical trial are cleared was not confirmed.",
      sources: [MOHAP_IMPORT_EQUIP, OMNIBUZZ_UAE_MD, PRD_DUBAI_MD],
    },
    {
      kind: "permit",
      id: "ae-import-medical-equipment-permit",
      materials: ["device", "lab-kit", "equipment"],
      name: "MOHAP permit to import medical equipment (initial import approval, then shipment clearance permit)",
      authority: "Ministry of Health and Prevention (MOHAP)",
      scope: "per-shipment",
      holder: "importer",
      leadTimeDays: 5,
      onlyWhen: "the items are medical equipment or medical devices with (or needing) a MOHAP marketing authorisation, e.g. registered test kits or medical instruments",
      note: "Two electronic stages: an initial import approval before shipping (1 to 3 working days, valid 60 days), then a shipment clearance permit once the air waybill, bill of lading or consignment note is available (1 to 2 working days, valid 60 days); the lead time shown is about 3 working days for the first stage. The permit is conditional on inspection by MOHAP inspectors at the port before release to the importing medical store. Conditions: the product has a MOHAP marketing authorisation and is imported only by the local agent named in it; one commercial invoice per application. Fees: AED 100 application plus 1% of the CIF invoice value, minimum AED 200 per invoice. Radioactive products and radiation devices also need a Federal Authority for Nuclear Regulation import permit. How unregistered investigational devices are cleared was not confirmed (see the RCMOHP approval).",
      sources: [MOHAP_IMPORT_EQUIP],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "ae-export-imp-mohap-export-permit",
      materials: ["imp"],
      name: "MOHAP permit to export medicines",
      authority: "Ministry of Health and Prevention (MOHAP), Drug Administration",
      scope: "per-shipment",
      holder: "exporter",
      leadTimeDays: 4,
      onlyWhen: "the product is a medicine registered by MOHAP (for example a locally sourced comparator)",
      note: "MOHAP's export permit service is for registered medicines, for medical companies, local manufacturers and pharmaceutical drug stores. Documents: application form, purchase invoice with country of origin, production and expiry dates, the purchase order from the importing country and the approval of MOHAP or of the importing country's health authority. Processing takes 2 working days; the permit is valid two months and the documents are presented to MOHAP inspectors at the port. Fees: AED 100 application plus AED 500 for the export licence. How unregistered investigational products are re-exported was not confirmed; ask MOHAP's import/export section.",
      sources: [MOHAP_EXPORT_MED],
    },
    {
      kind: "permit",
      id: "ae-export-samples-mohap-licence",
      materials: ["samples"],
      name: "MOHAP export authorisation (licence) for biological samples from clinical trials",
      authority: "Ministry of Health and Prevention (MOHAP), Drug Control Department",
      scope: "per-trial",
      holder: "sponsor",
      note: "MOHAP Clinical Trial Guidelines, Article 51: only the sponsor or its authorised representative may export biological samples from clinical trials out of the UAE. The application to the Drug Control Department includes a form, the list and types of samples to be exported, the positive opinion of the ethics committee (and RCMOHP where applicable) and the fee. Whether one licence covers several shipments was not confirmed. (secondary source quoting the Guidelines)",
      sources: [REGASK_SPECIMEN],
    },
  ],
  importerOfRecord: [
    {
      id: "ae-ior-imp",
      materials: ["imp"],
      who: "A UAE local agent holding a valid MOHAP medical store (drug warehouse) licence, which applies for the MOHAP import permit.",
      foreignSponsorMayAct: false,
      mustHold: ["ae-import-imp-mohap-import-permit"],
      note: "MOHAP's import permit service is available only to local agents holding a valid MOHAP medical store licence. Confirm the arrangement for investigational products with MOHAP.",
      sources: [MOHAP_IMPORT_AGENT],
    },
    {
      id: "ae-ior-medical-equipment",
      materials: ["device", "ancillary", "lab-kit", "equipment"],
      who: "For medical equipment and devices: the UAE local agent holding a valid MOHAP medical store licence and named in the product's MOHAP marketing authorisation, which applies for the import permit.",
      foreignSponsorMayAct: false,
      mustHold: ["ae-import-ancillary-medical-equipment-permit", "ae-import-medical-equipment-permit"],
      note: "MOHAP's import permit for medical equipment is available only to the local agent with a medical store licence named in the marketing authorisation; a consultancy adds that the importer must be a UAE-established entity licensed to import medical products (secondary source). For goods that are not medical equipment, no importer requirement was found.",
      sources: [MOHAP_IMPORT_EQUIP, PRD_DUBAI_MD],
    },
  ],
  exporterOfRecord: [
    {
      id: "ae-eor-samples",
      materials: ["samples"],
      who: "The sponsor or its authorised representative, holding the MOHAP export authorisation for the trial's biological samples.",
      foreignSponsorMayAct: false,
      mustHold: ["ae-export-samples-mohap-licence"],
      note: "MOHAP's clinical trial guidelines (Article 51) allow only the sponsor or its authorised representative to export trial samples. Whether a sponsor without a UAE presence can itself be the exporter of record at customs was not confirmed, so plan on an authorised representative in the UAE. (secondary source quoting the Guidelines)",
      sources: [REGASK_SPECIMEN],
    },
    {
      id: "ae-eor-imp",
      materials: ["imp"],
      who: "A medical company, local manufacturer or pharmaceutical drug store licensed in the UAE that holds the MOHAP export permit (for registered medicines).",
      foreignSponsorMayAct: false,
      mustHold: ["ae-export-imp-mohap-export-permit"],
      note: "MOHAP's export permit service is addressed to licensed local manufacturers and pharmaceutical drug stores.",
      sources: [MOHAP_EXPORT_MED],
    },
  ],
  temporaryAdmission: {
    id: "ae-ata",
    ataCarnet: false,
    note: "The UAE acceded to the Istanbul Convention with Annexes A and B1 only (Federal Decree No. 59 of 2010), so ATA carnets are accepted for goods for display or use at exhibitions, fairs, meetings and similar events, not for professional equipment such as trial-site equipment. Other temporary imports (including equipment for experiments or testing) are allowed with customs duties suspended against a cash or bank guarantee lodged before approval, and the goods must be re-exported within the permitted period. In Dubai the importer needs a customs business code, declares the reason for the temporary admission and pays a deposit equal to the customs duty, refunded when the goods are re-exported within the permitted time.",
    sources: [ADCUSTOMS_ATA, ITA_AE_TEMP, DUBAI_CUSTOMS_FAQ],
  },
};

export default rules;
