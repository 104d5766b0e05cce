import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const MHRA_IMPORT_IMP_OVERVIEW = {
  title: "Importing investigational medicinal products into Great Britain from approved countries (MHRA)",
  url: "https://www.gov.uk/government/publications/importing-investigational-medicinal-products-into-great-britain-from-approved-countries",
  reviewed: R,
};
const MHRA_IMPORT_IMP_PROCEDURES = {
  title: "Authorisations and procedures required for importing Investigational Medicinal Products to Great Britain from approved countries (MHRA)",
  url: "https://www.gov.uk/government/publications/importing-investigational-medicinal-products-into-great-britain-from-approved-countries/authorisations-and-procedures-required-for-importing-investigational-medicinal-products-to-great-britain-from-approved-countries",
  reviewed: R,
};
const MHRA_APPROVED_COUNTRIES = {
  title: "List of approved countries for clinical trials and investigational medicinal products (MHRA)",
  url: "https://www.gov.uk/government/publications/importing-investigational-medicinal-products-into-great-britain-from-approved-countries/list-of-approved-countries-for-clinical-trials-and-investigational-medicinal-products",
  reviewed: R,
};
const HO_CD_IMPORT_EXPORT = {
  title: "Controlled drugs: import and export licences (Home Office)",
  url: "https://www.gov.uk/guidance/controlled-drugs-import-and-export-licences",
  reviewed: R,
};
const EXPORT_MEDICINES_SPECIAL_RULES = {
  title: "Export drugs and medicines: special rules (GOV.UK)",
  url: "https://www.gov.uk/guidance/export-drugs-and-medicines-special-rules",
  reviewed: R,
};
const REGASK_UK_SPECIMEN = {
  title: "United Kingdom: 6. Biological Specimen (RegASK library)",
  url: "https://library.regask.com/docs/6-biological-specimen-21",
  reviewed: R,
};
const HTA_CODE_E_LICENSING = {
  title: "Code E: Research - Licensing (Human Tissue Authority)",
  url: "https://hta.gov.uk/guidance-professionals/codes-practice-standards-and-legislation/codes-practice/code-e-research-2",
  reviewed: R,
};
const HTA_CT_FAQ = {
  title: "FAQs on HTA licensing requirements for human tissues and cells used in clinical trials and medicines (Human Tissue Authority)",
  url: "https://www.hta.gov.uk/faqs-hta-licensing-requirements-human-tissues-and-cells-used-clinical-trials-and-medicines",
  reviewed: R,
};
const CT_REGS_39 = {
  title: "The Medicines for Human Use (Clinical Trials) Regulations 2004, regulation 39: Consideration of application for manufacturing authorisation (legislation.gov.uk)",
  url: "https://legislation.gov.uk/uksi/2004/1031/regulation/39?view=plain",
  reviewed: R,
};
const MHRA_DEVICE_CI = {
  title: "Notify the MHRA about a clinical investigation for a medical device (GOV.UK)",
  url: "https://www.gov.uk/guidance/notify-mhra-about-a-clinical-investigation-for-a-medical-device",
  reviewed: R,
};
const EORI = {
  title: "Get an EORI number: who needs an EORI (GOV.UK)",
  url: "https://www.gov.uk/eori",
  reviewed: R,
};
const EORI_PLACE = {
  title: "Economic Operators Registration and Identification (EORI): place of registration (HMRC)",
  url: "https://www.gov.uk/guidance/economic-operators-registration-and-identification-eori/place-of-registration",
  reviewed: R,
};

const GOV_IMPORT_CONTROLS = {
  title: "Import controls (GOV.UK, Department for Business and Trade)",
  url: "https://www.gov.uk/guidance/import-controls",
  reviewed: R,
};
const DHSC_DEVICES_BACKGROUND = {
  title: "Consultation on the future regulation of medical devices in the United Kingdom: Devices Regulation - Background (MHRA, GOV.UK)",
  url: "https://gov.uk/government/consultations/consultation-on-the-future-regulation-of-medical-devices-in-the-united-kingdom/devices-regulation-background",
  reviewed: R,
};
const UKMDR_REGISTRATION = {
  title: "UK MDR: the applicable regulations, UK Responsible Person and registrations in Great Britain (ukmdr.com) (secondary source)",
  url: "https://ukmdr.com/manufacturers",
  reviewed: R,
};
const ECO_WHEN_LICENCE = {
  title: "Strategic exports: when to request an export licence (GOV.UK)",
  url: "https://www.gov.uk/do-your-goods-need-an-export-licence",
  reviewed: R,
};
const ECO_CLASSIFICATION_ADVICE = {
  title: "What is the Control List Classification Advice Service? (NI Business Info)",
  url: "https://www.nibusinessinfo.co.uk/content/what-control-list-classification-advice-service",
  reviewed: R,
};
const UK_STRATEGIC_EXPORT_CONTROLS = {
  title: "UK strategic export controls (GOV.UK)",
  url: "https://www.gov.uk/guidance/uk-strategic-export-controls",
  reviewed: R,
};
const EXPORT_PROHIBITIONS = {
  title: "UK Trade Tariff: export prohibitions and restrictions (HMRC, GOV.UK, updated 2 July 2018)",
  url: "https://www.gov.uk/government/publications/uk-trade-tariff-export-prohibitions-and-restrictions/uk-trade-tariff-export-prohibitions-and-restrictions",
  reviewed: R,
};
const EXPORT_HUMAN_MEDICINE = {
  title: "Export drugs and medicines: special rules (GOV.UK, current version)",
  url: "https://gov.uk/export-a-human-medicine",
  reviewed: R,
};

/** United Kingdom (Great Britain): import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "GB",
  name: "United Kingdom",
  valuation: {
    basis: "CIF",
    note:
      "Transport, insurance, loading and handling costs are included in the customs value up to the place where the goods are brought into the UK (for air freight, the point where the UK border is first crossed). Free-of-charge goods (no sale) cannot use the transaction-value method; another valuation method must be used, so a value must still be declared.",
    sources: [
      {
        title: "Delivery costs to include in the customs value (HMRC)",
        url: "https://www.gov.uk/guidance/delivery-costs-to-include-in-the-customs-value",
        reviewed: R,
      },
      {
        title: "Valuing imported goods using Method 1 (transaction value) (HMRC)",
        url: "https://www.gov.uk/guidance/valuing-imported-goods-using-method-1-transaction-value",
        reviewed: R,
      },
    ],
  },
  importTax: {
    id: "gb-import-tax",
    name: "Import VAT",
    standardRatePercent: 20,
    note:
      "Import VAT is charged at the VAT rate that applies to the goods, on the value including postage/freight, packaging, insurance and any duty. No general zero rate or exemption for imported investigational medicinal products was found; assume the standard rate unless a specific relief applies.",
    reliefs: [
      {
        id: "gb-import-tax-relief-scientific-instruments",
        materials: ["equipment"],
        ratePercent: 0,
        condition:
          "Scientific instruments and apparatus imported for non-commercial, non-profit education or research by an eligible establishment (e.g. universities, university hospital trusts, NHS teaching hospitals, public health laboratories, HMRC-authorised private research establishments) and used for medical or veterinary research, training, diagnosis or treatment: zero-rated for VAT (customs duty relief also available). Not available for commercial use.",
        sources: [
          {
            title: "Pay no Customs Duty and VAT on scientific instruments (HMRC)",
            url: "https://gov.uk/guidance/pay-no-customs-duty-and-vat-on-scientific-instruments",
            reviewed: R,
          },
        ],
      },
    ],
    sources: [
      {
        title: "Tax on Shopping and Services: VAT rates table (East Cambridgeshire District Council, reproducing GOV.UK)",
        url: "https://www.eastcambs.gov.uk/content/tax-shopping-and-services",
        reviewed: R,
      },
      {
        title: "Tax and customs for goods sent from abroad: Tax and duty (GOV.UK)",
        url: "https://www.gov.uk/goods-sent-from-abroad/tax-and-duty",
        reviewed: R,
      },
    ],
  },
  duties: [
    {
      id: "gb-duty-3002",
      heading: "3002",
      ratePercent: 0,
      zeroForZero: true,
      note: "The UK participates in the WTO Pharmaceutical Agreement, which binds HS chapter 30 products at duty-free levels.",
      sources: [
        {
          title: "The WTO's Pharma Agreement (World Trade Organization)",
          url: "https://www.wto.org/english/tratop_e/pharma_ag_e/pharma_agreement_e.htm",
          reviewed: R,
        },
      ],
    },
    {
      id: "gb-duty-3004",
      heading: "3004",
      ratePercent: 0,
      zeroForZero: true,
      note: "The UK participates in the WTO Pharmaceutical Agreement, which binds HS chapter 30 products at duty-free levels.",
      sources: [
        {
          title: "The WTO's Pharma Agreement (World Trade Organization)",
          url: "https://www.wto.org/english/tratop_e/pharma_ag_e/pharma_agreement_e.htm",
          reviewed: R,
        },
      ],
    },
    {
      id: "gb-duty-3822",
      heading: "3822",
      ratePercent: 0,
      note:
        "UK Global Tariff third-country duty 0% for the checked subheadings 3822 11, 3822 19 (other diagnostic or laboratory reagents, the usual code for kit reagents, e.g. 3822 19 00 90) and 3822 90 (secondary source citing the UK Trade Tariff). Subheadings 3822 12 and 3822 13 were not checked. Confirm the 10-digit commodity code on the UK Trade Tariff.",
      sources: [
        {
          title: "HS 382219: import duty rates in the UK, EU and US (CustomTariffs / HSRates, citing the UK Trade Tariff, HMRC)",
          url: "https://custom-tariffs-seo.pages.dev/en/codes/3822-19-other",
          reviewed: R,
        },
        {
          title: "HS 382211: import duty rates in the UK, EU and US (CustomTariffs / HSRates, citing the UK Trade Tariff, HMRC)",
          url: "https://custom-tariffs-seo.pages.dev/en/codes/3822-11-diagnostic-or-laboratory-reagents-on-a-backing-prepared-diagnostic-or-laboratory",
          reviewed: R,
        },
        {
          title: "HS 382290: import duty rates in the UK, EU and US (CustomTariffs / HSRates, citing the UK Trade Tariff, HMRC)",
          url: "https://custom-tariffs-seo.pages.dev/en/codes/3822-90-other",
          reviewed: R,
        },
      ],
    },
    {
      id: "gb-duty-901890",
      heading: "901890",
      ratePercent: 0,
      note:
        "UK Global Tariff third-country duty 0% for subheading 9018 90 (other medical or surgical instruments and appliances) (secondary source citing the UK Trade Tariff). Other 9018 subheadings (electro-diagnostic apparatus, syringes, needles, catheters, dental, ophthalmic) were not checked.",
      sources: [
        {
          title: "HS 901890: import duty rates in the UK, EU and US (CustomTariffs / HSRates, citing the UK Trade Tariff, HMRC)",
          url: "https://custom-tariffs-seo.pages.dev/en/codes/9018-90-other-medical-or-surgical-instruments-and-appliances",
          reviewed: R,
        },
      ],
    },
    {
      id: "gb-duty-902789",
      heading: "902789",
      ratePercent: 0,
      note:
        "UK Global Tariff third-country duty 0% for subheading 9027 89 (other instruments and apparatus for physical or chemical analysis) (secondary source citing the UK Trade Tariff). Other 9027 subheadings were not checked.",
      sources: [
        {
          title: "HS 902789: import duty rates in the UK, EU and US (CustomTariffs / HSRates, citing the UK Trade Tariff, HMRC)",
          url: "https://custom-tariffs-seo.pages.dev/en/codes/9027-89-other",
          reviewed: R,
        },
      ],
    },
    {
      id: "gb-duty-3006",
      heading: "3006",
      ratePercent: 0,
      zeroForZero: true,
      note:
        "The UK participates in the WTO Pharmaceutical Agreement, which binds HS chapter 30 products at duty-free levels. UK Global Tariff third-country duty for 3006 93 00 00 (placebos and blinded or double-blinded clinical trial kits for a recognised clinical trial, put up in measured doses) is 0% (secondary source citing the UK Trade Tariff). Placebos made only of chemical ingredients or with nutritional value may instead fall under headings 3824 or 2106 (HMRC classification guidance); those rates are not covered here.",
      sources: [
        {
          title: "The WTO's Pharma Agreement (World Trade Organization)",
          url: "https://www.wto.org/english/tratop_e/pharma_ag_e/pharma_agreement_e.htm",
          reviewed: R,
        },
        {
          title: "HS 300693 Placebos and blinded clinical trial kits: import duty rates in the UK, EU and US (CustomTariffs / HSRates, citing the UK Trade Tariff, HMRC)",
          url: "https://custom-tariffs-seo.pages.dev/en/codes/3006-93-placebos-and-blinded-or-double-blinded-clinical-trial-kits-for-a-recognised-clin",
          reviewed: R,
        },
        {
          title: "Classifying placebos and comparators for import and export (HMRC)",
          url: "https://www.gov.uk/guidance/classifying-placebos-and-comparators",
          reviewed: R,
        },
      ],
    },
    {
      id: "gb-duty-841840",
      heading: "841840",
      ratePercent: 0,
      note:
        "Upright freezers not exceeding 900 litres: UK Global Tariff third-country duty 0% for the listed commodity codes 8418 40 20 10, 8418 40 80 91 and 8418 40 80 99 (secondary source citing the UK Trade Tariff; the EU rate for comparable codes is 2.2%). Other freezer and refrigerating-equipment subheadings (e.g. 8418 50, 8418 69) were not checked.",
      sources: [
        {
          title: "HS 841840 Freezers of the upright type, not exceeding 900 litres: import duty rates in the UK, EU and US (CustomTariffs / HSRates, citing the UK Trade Tariff, HMRC)",
          url: "https://custom-tariffs-seo.pages.dev/en/codes/8418-40-freezers-of-the-upright-type-not-exceeding-900-litres-capacity",
          reviewed: R,
        },
      ],
    },
    {
      id: "gb-duty-841830",
      heading: "841830",
      ratePercent: 0,
      note:
        "Chest freezers not exceeding 800 litres: UK Global Tariff third-country duty 0% for the listed commodity codes 8418 30 20 10 and 8418 30 20 91 (secondary source citing the UK Trade Tariff). Confirm the 10-digit code on the UK Trade Tariff.",
      sources: [
        {
          title: "HS 841830 Freezers of the chest type, not exceeding 800 litres: import duty rates in the UK, EU and US (CustomTariffs / HSRates, citing the UK Trade Tariff, HMRC)",
          url: "https://custom-tariffs-seo.pages.dev/en/codes/8418-30-freezers-of-the-chest-type-not-exceeding-800-litres-capacity",
          reviewed: R,
        },
      ],
    },
    {
      id: "gb-duty-842119",
      heading: "842119",
      ratePercent: 0,
      note:
        "Centrifuges other than cream separators and clothes-dryers (the subheading for laboratory centrifuges): UK Global Tariff third-country duty 0% for 8421 19 20 00 and 8421 19 70 00 (secondary source citing the UK Trade Tariff; the EU charges 1.5% on 8421 19 20). Parts of centrifuges (8421 91) were not checked.",
      sources: [
        {
          title: "HS 842119 Other centrifuges: import duty rates in the UK, EU and US (CustomTariffs / HSRates, citing the UK Trade Tariff, HMRC)",
          url: "https://custom-tariffs-seo.pages.dev/en/codes/8421-19-other",
          reviewed: R,
        },
      ],
    },
  ],
  deMinimis: {
    id: "gb-de-minimis",
    amount: 135,
    currency: "GBP",
    covers: "duty",
    note:
      "Customs duty is charged on goods sent from outside the UK to Great Britain only if they are excise goods or worth more than GBP 135. Import VAT has no such threshold: for consignments of GBP 135 or less the seller normally accounts for VAT at the point of sale, otherwise VAT is paid on import.",
    sources: [
      {
        title: "Tax and customs for goods sent from abroad: Tax and duty (GOV.UK)",
        url: "https://www.gov.uk/goods-sent-from-abroad/tax-and-duty",
        reviewed: R,
      },
    ],
  },
  import: [
    {
      kind: "permit",
      id: "gb-import-imp-mia-imp",
      materials: ["imp"],
      name: "Manufacturing and Import Authorisation for investigational medicinal products (MIA(IMP))",
      authority: "Medicines and Healthcare products Regulatory Agency (MHRA)",
      scope: "per-importer",
      holder: "importer",
      note:
        "Importing IMPs into Great Britain requires a UK MIA(IMP) holder. For IMPs QP-certified in a country on the MHRA 'approved country for import' list (EU and EEA countries, i.e. EU states plus Iceland, Liechtenstein and Norway), the MIA(IMP) holder runs a QP-overseen assurance ('oversight') process to verify the listed-country QP certification before release to sites; no recertification in GB. The licence must state 'Importation of QP certified IMPs from a country on the approved country for import list' in section 2.3, and the MIA(IMP) holder is named on the Clinical Trial Authorisation (so the arrangement is also trial-specific). IMPs from other countries are imported under an MIA(IMP) authorising import from third countries, with QP certification in the UK. No GB oversight is needed for QP-certified IMPs supplied from the EU/EEA to Northern Ireland. Obtaining a new MIA(IMP): the licensing authority must grant or refuse a valid application within 90 days of receipt (Clinical Trials Regulations 2004 reg 39), with the clock stopped while further information requested from the applicant is awaited; the licence is obtained once per importer, not per shipment.",
      leadTimeDays: 90,
      sources: [MHRA_IMPORT_IMP_OVERVIEW, MHRA_IMPORT_IMP_PROCEDURES, MHRA_APPROVED_COUNTRIES, CT_REGS_39],
    },
    {
      kind: "permit",
      id: "gb-import-controlled-home-office",
      materials: ["imp"],
      name: "Controlled drug import licence",
      authority: "Home Office (Drugs and Firearms Licensing Unit)",
      scope: "per-shipment",
      holder: "importer",
      leadTimeDays: 14,
      onlyIfControlled: true,
      note:
        "Needed to import any controlled drug or precursor chemical. The importer first needs a Home Office domestic controlled drugs licence and a National Drugs Control System (NDS) account (account, trading-partner and preparation requests take about 5 working days each). Valid licence applications are normally processed in 10 working days. Import licences are single-use, one per shipment, and valid for 3 months.",
      sources: [HO_CD_IMPORT_EXPORT],
    },
    {
      kind: "permit",
      id: "gb-import-device-mhra-ci-notification",
      materials: ["device"],
      name: "Notification of a clinical investigation of a medical device to the MHRA",
      authority: "Medicines and Healthcare products Regulatory Agency (MHRA)",
      scope: "per-trial",
      holder: "sponsor",
      leadTimeDays: 60,
      note:
        "A manufacturer planning a clinical investigation of a device must notify the MHRA (through IRAS, with a fee) at least 60 days before starting it; the MHRA issues an approval or objection letter. Exception: no notification is required when the device is UKCA / CE / CE UKNI marked for the purpose under investigation (a marked device used within its marking); an investigational device almost never is, so the notification is listed for every investigational device. This is the regulatory basis for using an unmarked investigational device in the UK; a separate device import licence was not found.",
      sources: [
        MHRA_DEVICE_CI,
        { title: "MHRA: Clinical trials for medical devices, notifying the MHRA of clinical investigations of non-CE marked devices through IRAS, 60-day period (archived page)", url: "https://www.mhra.gov.uk/Howweregulate/Devices/Clinicaltrials/index.htm", reviewed: "2026-12-06" },
      ],
    },
    {
      kind: "none",
      id: "gb-import-device-equipment-no-import-licence",
      materials: ["device", "equipment"],
      sourceCovers: ["device", "equipment"],
      note:
        "No import licence is needed: the Open General Import Licence (OGIL) allows the import of all goods into the UK except those it lists (e.g. firearms, anti-personnel mines, certain nuclear and chemical goods); trade sanctions and the controls on re-importing tiered-priced medicines apply separately. Medical-device rules still apply: an investigational device not UKCA / CE marked for the purpose under investigation is used under an MHRA clinical investigation notification, and equipment that is itself a medical device placed on the GB market must be UKCA or CE marked and registered with the MHRA (see those rules).",
      sources: [GOV_IMPORT_CONTROLS],
    },
    {
      kind: "permit",
      id: "gb-import-ancillary-labkit-ukca-ce-registration",
      materials: ["ancillary", "lab-kit"],
      name: "UKCA or CE conformity marking and MHRA device registration (medical devices and in vitro diagnostic devices placed on the Great Britain market)",
      authority: "Medicines and Healthcare products Regulatory Agency (MHRA)",
      scope: "per-exporter",
      holder: "exporter",
      note:
        "Ancillary supplies and sample-collection kits that are medical devices or in vitro diagnostic (IVD) devices (e.g. syringes, needles, infusion sets, blood collection tubes, diagnostic test kits) cannot be marketed in Great Britain without a UKCA or CE marking (exceptions include custom-made devices; a 2023 amendment to the UK Medical Devices Regulations 2002 lets devices complying with the EU directives or the EU MDR/IVDR also be accepted on the GB market (secondary source)). All medical devices, including IVDs and system or procedure packs, must be registered with the MHRA before they are placed on the GB market (secondary source); a manufacturer outside the UK must appoint a UK Responsible Person established in the UK, who registers the devices (an importer or distributor may act as UK Responsible Person). The marking and registration belong to the manufacturer or its UK Responsible Person, not to each shipment's importer: check them before shipping. Items that are not medical devices (e.g. packaging, cool packs) are not covered by this rule. Northern Ireland follows EU rules (CE marking).",
      sources: [DHSC_DEVICES_BACKGROUND, UKMDR_REGISTRATION],
    },
    {
      kind: "permit",
      id: "gb-import-equipment-ukca-ce-registration",
      materials: ["equipment"],
      name: "UKCA or CE conformity marking and MHRA device registration (medical devices placed on the Great Britain market)",
      authority: "Medicines and Healthcare products Regulatory Agency (MHRA)",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the equipment is itself a medical device or IVD device (e.g. a diagnostic analyser or an infusion pump), not general laboratory or storage equipment",
      note:
        "A medical device cannot be marketed in Great Britain without a UKCA or CE marking, and must be registered with the MHRA (by the manufacturer or its UK Responsible Person) before it is placed on the GB market.",
      sources: [DHSC_DEVICES_BACKGROUND, UKMDR_REGISTRATION],
    },
    {
      kind: "none",
      id: "gb-import-samples-none",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note:
        "Importing human tissue/samples for research is not in itself a licensable activity under the Human Tissue Act 2004 (secondary source). Storage after import may need a Human Tissue Authority (HTA) research licence unless the samples are held for a specific research project with Research Ethics Committee approval; holding material briefly in transit (hours or days) is exempt. Separate HTA import licensing applies only to tissues and cells for human application (patient treatment), including ATMP starting materials.",
      sources: [REGASK_UK_SPECIMEN, HTA_CODE_E_LICENSING, HTA_CT_FAQ],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "gb-export-controlled-home-office",
      materials: ["imp"],
      name: "Controlled drug export licence",
      authority: "Home Office (Drugs and Firearms Licensing Unit)",
      scope: "per-shipment",
      holder: "exporter",
      leadTimeDays: 14,
      onlyIfControlled: true,
      note:
        "Needed to export controlled drugs anywhere in the world, in addition to the domestic controlled drugs licence. Valid applications are normally processed in 10 working days. Export licences are single-use, one per shipment, and valid for 2 months or until the importing country's permit expires, whichever is first.",
      sources: [HO_CD_IMPORT_EXPORT, EXPORT_MEDICINES_SPECIAL_RULES],
    },
    {
      kind: "permit",
      id: "gb-export-imp-export-certificate",
      materials: ["imp"],
      name: "Export certificate for a medicinal product (e.g. certificate of a pharmaceutical product, licensed or unlicensed)",
      authority: "Medicines and Healthcare products Regulatory Agency (MHRA)",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the importer or the destination country's authority asks for an export certificate",
      note:
        "Whether a certificate is needed is decided by the importing country: GOV.UK guidance tells exporters of human medicines to ask the importer or the destination authority, and to check that they hold the manufacturer's, wholesale dealer's and marketing licences that apply. Certificate types listed in the guidance include the certificate of a pharmaceutical product (licensed and unlicensed), the certificate of manufacturing status and the certificate of licensing status. Medicines on the UK list of medicines that cannot be exported or hoarded (relevant for comparators sourced in the UK) may still be exported for clinical trials or other research purposes. Controlled drugs also need the Home Office export licence.",
      sources: [
        EXPORT_MEDICINES_SPECIAL_RULES,
        { title: "Export drugs and medicines: special rules, change history (GOV.UK diff archive)", url: "https://govdiff.njk.onl/update/2025-04-01T09:13:00+01:00/www.gov.uk/guidance/export-drugs-and-medicines-special-rules", reviewed: R },
        { title: "Export and hoarding of restricted medicines: updated guidance (NHS Medicines Resources)", url: "https://www.medicinesresources.nhs.uk/export-and-hoarding-of-restricted-medicines-updated-guidance.html", reviewed: R },
      ],
    },
    {
      kind: "permit",
      id: "gb-export-device-mhra-cfs",
      materials: ["device", "ancillary", "lab-kit"],
      name: "Certificate of Free Sale (CFS) for medical devices",
      authority: "Medicines and Healthcare products Regulatory Agency (MHRA)",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the importing country asks for a certificate of free sale for the medical devices (common outside the EU)",
      note:
        "Certificates of Free Sale are issued to UK-based medical device companies to help them export devices to countries that ask for one; the scheme moved from the Department of Health to the MHRA and is ordered and paid for through the MHRA's online CFS service.",
      sources: [
        {
          title: "Certificates of Free Sale for medical device companies: consultation and outcome (Department of Health, GOV.UK)",
          url: "https://gov.uk/government/consultations/certificates-of-free-sale-for-medical-device-companies",
          reviewed: R,
        },
        {
          title: "MHRA Certificates of Free Sale Reference Guide (copy of the MHRA guide, 2021)",
          url: "https://pdfslide.net/documents/certificates-of-free-sale-govuk-2020-12-18-mhra-certificates-of-free-sale.html",
          reviewed: R,
        },
      ],
    },
    {
      kind: "permit",
      id: "gb-export-dual-use-licence",
      materials: ["equipment", "samples", "lab-kit"],
      name: "Export licence for controlled dual-use items (UK Strategic Export Control Lists)",
      authority: "Export Control Joint Unit (Department for Business and Trade)",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the item is on the UK Strategic Export Control Lists (dual-use goods, e.g. listed biological agents or specialised laboratory equipment), or an end-use control or trade sanction applies to the destination or end user",
      note:
        "A licence is needed to export controlled dual-use items (items with both civil and military uses, including software and technology) from Great Britain, including to the EU; exporters assess their items against the UK Strategic Export Control Lists. Items not on the lists may still need a licence under end-use controls (e.g. weapons of mass destruction concerns) or sanctions. Exporting controlled items without a licence is a criminal offence. Licence types and processing times are not covered here.",
      sources: [
        {
          title: "Export controls: dual-use items, software and technology, goods for torture and radioactive sources (GOV.UK)",
          url: "https://www.gov.uk/guidance/export-controls-dual-use-items-software-and-technology-goods-for-torture-and-radioactive-sources",
          reviewed: R,
        },
      ],
    },
    {
      kind: "none",
      id: "gb-export-no-strategic-licence",
      materials: ["imp", "device", "ancillary", "lab-kit", "equipment"],
      sourceCovers: ["imp", "device", "ancillary", "lab-kit", "equipment"],
      note:
        "No export licence from the Export Control Joint Unit is needed for goods that are not on the UK Strategic Export Control Lists (military and dual-use items, goods usable for torture, radioactive sources) or additional sanctions lists, unless there are weapons-of-mass-destruction or military end-use concerns about the end user (end-use control) or sanctions apply to the destination. Export licensing for other categories is run by other departments: the main ones are controlled drugs and precursor chemicals (Home Office) and cultural goods. For medicines, GOV.UK asks exporters to check that they hold the drug manufacturer's, wholesale dealer's and marketing licences that apply and whether the importing country wants an export certificate; controlled drugs need a Home Office export licence (see that rule), and drugs usable for lethal injection need an Export Control Joint Unit export licence. Exporters must check the control status of their items themselves (self-rating, or the Control List Classification Advice Service).",
      sources: [ECO_WHEN_LICENCE, ECO_CLASSIFICATION_ADVICE, UK_STRATEGIC_EXPORT_CONTROLS, EXPORT_PROHIBITIONS, EXPORT_HUMAN_MEDICINE],
    },
    {
      kind: "none",
      id: "gb-export-samples-none",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note:
        "Exporting human tissue/samples for research is not in itself a licensable activity under the Human Tissue Act 2004 (secondary source). Exception: export of tissues and cells intended for human application (including ATMP starting materials) to a third country may only be done by an establishment licensed for export by the HTA.",
      sources: [REGASK_UK_SPECIMEN, HTA_CT_FAQ],
    },
  ],
  importerOfRecord: [
    {
      id: "gb-ior-imp",
      materials: ["imp"],
      who:
        "A UK MIA(IMP) holder must carry out the regulatory import (QP oversight or QP certification) and is named on the Clinical Trial Authorisation. The customs declarant must hold a GB EORI; a business not established in the UK generally cannot obtain one for a normal import and must appoint a UK-established representative.",
      foreignSponsorMayAct: false,
      mustHold: ["gb-import-imp-mia-imp"],
      sources: [MHRA_IMPORT_IMP_PROCEDURES, EORI, EORI_PLACE],
    },
    {
      id: "gb-ior-other",
      materials: ["device", "ancillary", "lab-kit", "samples", "equipment"],
      who:
        "A party holding a GB EORI number, normally a business established in the UK (registered office, central headquarters or permanent business establishment). A business not established in the UK can register for a GB EORI only for limited customs activities (e.g. transit, temporary admission, customs decisions); otherwise it must appoint someone to deal with customs on its behalf, who holds the EORI instead.",
      foreignSponsorMayAct: false,
      note: "Temporary admission declarations are among the limited activities for which a non-UK business may itself obtain a GB EORI.",
      sources: [EORI, EORI_PLACE],
    },
  ],
  exporterOfRecord: [
    {
      id: "gb-eor-all",
      materials: ["imp", "device", "ancillary", "lab-kit", "samples", "equipment"],
      who:
        "A party holding a GB EORI number, normally a business established in the UK; a business not established in the UK must appoint someone to deal with customs on its behalf unless one of the limited activities allowing a non-established GB EORI applies. For controlled drugs, the holder of the Home Office export licence.",
      foreignSponsorMayAct: false,
      sources: [EORI, EORI_PLACE],
    },
  ],
  temporaryAdmission: {
    id: "gb-ata",
    ataCarnet: true,
    note:
      "The UK accepts ATA Carnets for listed uses, including professional equipment needed by a person visiting the UK to perform a specified task, and goods for humanitarian purposes (medical, surgical and laboratory equipment for hospitals or medical institutions in urgent need). Goods for sale, goods for processing or repair, and goods imported by post cannot use a carnet. Carnet goods must be presented to customs on arrival and on re-export; if they stay in the UK, import duty and VAT must be paid.",
    sources: [
      {
        title: "Find out which goods an ATA Carnet will cover (HMRC)",
        url: "https://www.gov.uk/guidance/find-out-which-goods-an-ata-carnet-will-cover",
        reviewed: R,
      },
      {
        title: "Goods admissible into the UK on an ATA carnet (NI Business Info)",
        url: "https://www.nibusinessinfo.co.uk/content/goods-admissible-uk-ata-carnet",
        reviewed: R,
      },
      {
        title: "Using ATA carnets for temporary import into the UK (NI Business Info)",
        url: "https://www.nibusinessinfo.co.uk/content/using-ata-carnets-temporary-import-uk",
        reviewed: R,
      },
    ],
  },
};

export default rules;
