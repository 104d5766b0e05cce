import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const BARNETT_IL = {
  title: "Good Clinical Practice: A Question & Answer Reference Guide (Barnett, May 2014), Israel chapter Q17 on import of investigational products",
  url: "https://nxtbook.com/nxtbooks/barnett/goodclinicalpractice_201405/index.php?startid=629",
  reviewed: R,
};
const IMP_SERVICES_IL = {
  title: "Navigating Importation Regulations for Clinical Trials (IMP Services, Israel)",
  url: "https://imp-services.co.il/navigating-importation-regulations-for-clinical-trials/",
  reviewed: R,
};
const CHAMBERS_IL = {
  title: "Life Sciences 2025: Israel, Law and Practice (Chambers and Partners practice guide)",
  url: "https://practiceguides.chambers.com/practice-guides/life-sciences-2025/israel",
  reviewed: R,
};

const KAHN_MEL = {
  title: "The Medical Equipment Law, 5772-2012 (Adv. Moshe Kahn, law firm article)",
  url: "https://kahn.co.il/articles-and-media/the-medical-equipment-law-5772-2012.html",
  reviewed: R,
};
const NADEL_MEL = {
  title: "Good news for medical equipment importers: almost automatic registration where approved in recognised countries (Monipr, quoting the Gil Nadel law office, in Hebrew)",
  url: "https://www.monipr.co.il/?item=82&section=8",
  reviewed: R,
};
const MEDDEV_IL_MAJOR_POINTS = {
  title: "The new Israeli Medical Device Law: major points taken from Medical Device Law 5772-2012 (medical-device.co.il, December 2017)",
  url: "https://www.medical-device.co.il/blogs/the-new-israeli-medical-device-law-major-points-taken-from-medical-device-law-5772-2012",
  reviewed: R,
};
const MAAMAR_AMAR = {
  title: "AMAR registration and the Medical Equipment Law (maamar4u.co.il, in Hebrew)",
  url: "https://maamar4u.co.il/%D7%94%D7%9E%D7%92%D7%96%D7%99%D7%9F/%D7%90%D7%99%D7%A9%D7%95%D7%A8-%D7%90%D7%9E%D7%A8/",
  reviewed: R,
};
const BLAU_AMAR = {
  title: "What does the AMAR registration process include? (Blau, in Hebrew)",
  url: "https://www.blau-ps.com/medical-registration-process/",
  reviewed: R,
};
const RISHUY_AMAR = {
  title: "Business licence for importers of medical devices and accessories (rishuy.co.il, in Hebrew)",
  url: "https://www.rishuy.co.il/medical-devices-2/",
  reviewed: R,
};

/** Israel: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "IL",
  name: "Israel",
  valuation: {
    basis: "CIF",
    note:
      "Import taxes on commercial imports are calculated on the transaction value at CIF (cost, insurance and freight) plus port expenses in Israel; if the sale was not on CIF terms, shipping and insurance costs are added to the invoice value (secondary source).",
    sources: [
      {
        title: "Import Taxes (Federation of Israeli Chambers of Commerce)",
        url: "https://www.chamber.org.il/38991/39012/import-taxes/",
        reviewed: R,
      },
    ],
  },
  importTax: {
    id: "il-import-tax",
    name: "VAT on imports (Ma'am)",
    standardRatePercent: 18,
    note:
      "The standard VAT rate rose from 17% to 18% on 1 January 2025; 18% applies to imported goods released from customs from that date (Israel Tax Authority Interpretative Instructions 01/2025, reported by secondary sources). No reduced rate or exemption for medicines or investigational products was found.",
    reliefs: [],
    sources: [
      {
        title: "Israel Increases VAT Rate from 17% to 18% Starting January 2025 (VATupdate, citing gov.il)",
        url: "https://vatupdate.com/2025/01/09/israel-increases-vat-rate-from-17-to-18-starting-january-2025",
        reviewed: R,
      },
      {
        title: "VAT in Israel is going up (The Jerusalem Post)",
        url: "https://stgmobile.jpost.com/business-and-innovation/opinion/article-834209",
        reviewed: R,
      },
    ],
  },
  duties: [
    {
      id: "il-duty-300259",
      heading: "300259",
      ratePercent: 0,
      note:
        "All tariff items under subheading 3002.59 (including goods not put up for retail sale and imported with the approval of the Ministry of Health Director-General, and antitoxins) are shown as exempt from general customs duty and from purchase tax (secondary source: tariff reference site reproducing the Israeli Customs Tariff and Exemption Order; the official tariff is published by the Israel Tax Authority). Rates for other 3002 subheadings, 3004, 3822, 9018 and 9027 were not confirmed. An order signed on 18 May 2022, part of the import reform from 1 June 2022, removed duties of up to 12% on several categories of goods, including medicines (secondary source); whether every 3004 line is now free was not confirmed.",
      sources: [
        {
          title: "ISRAEL: Tariffs on Imported Goods Cut and Local Standard Compliance Dropped (HKTDC Research, 9 June 2022)",
          url: "https://hkmb.hktdc.com/en/MTA4NDU5Mjk4MA/hktdc-research/ISRAEL-Tariffs-on-Imported-Goods-Cut-and-Local-Standard-Compliance-Dropped-",
          reviewed: R,
        },
        {
          title: "Israeli customs tariff item 3002.59 'Others' (HSIL tariff reference site)",
          url: "https://hsil.co.il/paragraph/3002590000-%d7%90%d7%97%d7%a8%d7%99%d7%9d",
          reviewed: R,
        },
      ],
    },
  ],
  import: [
    {
      kind: "permit",
      id: "il-import-imp-moh-approval",
      materials: ["imp"],
      name: "Ministry of Health approval to import investigational medicinal products (Procedure EX-012, 'Manufacture and import of investigational medicinal products in the State of Israel')",
      authority: "Ministry of Health, Pharmaceutical Division",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Import of IMPs and comparators is governed by MoH Procedure EX-012/01 (14 April 2013). Products must be GMP-manufactured and released by the manufacturer's authorised person, then re-certified by the Israeli importer's pharmacist. Documents submitted to the MoH: the approved Form 7 (hospital director's approval of the trial), the pro forma invoice, and the Pharmaceutical Division's approval of the importer (secondary source, 2014). A service provider reports that pharmaceutical import permits may be issued on a one-time or periodic basis, so the scope may be wider than one shipment (secondary source). Processing time: not sourced.",
      sources: [BARNETT_IL, IMP_SERVICES_IL],
    },
    {
      kind: "permit",
      id: "il-import-ancillary-medical-equipment-amar",
      materials: ["ancillary"],
      name: "Registration of the medical equipment in the Ministry of Health register and AMAR import approval (Medical Equipment Law 5772-2012)",
      authority: "Ministry of Health, Medical Devices Division (AMAR)",
      scope: "per-importer",
      holder: "importer",
      note:
        "Ancillary supplies are medical equipment in Israel: the Medical Equipment Law 5772-2012 defines medical equipment very broadly, from bandages, surgical tools and syringes up to ultrasound and MRI machines (not medicines). Medical equipment may be imported, marketed or sold only if registered in the Ministry of Health register kept by AMAR; importing unregistered medical equipment is a criminal offence except in exceptional cases approved by the Ministry. Importers report that customs will not release medical equipment, down to syringes, needles and tubing, without AMAR approval. Registration is made by an Israeli citizen or an Israel-registered company (Israeli Registration Holder) and relies on approval in a recognised country. Some low-risk items (e.g. elastic bandages, dental floss) do not require registration. Supplies already registered for the importer are covered by that registration. All points from secondary sources (law firms and service providers).",
      sources: [KAHN_MEL, NADEL_MEL, MEDDEV_IL_MAJOR_POINTS, MAAMAR_AMAR, BLAU_AMAR, RISHUY_AMAR],
    },
    {
      kind: "permit",
      id: "il-import-medical-equipment-amar",
      materials: ["lab-kit", "equipment"],
      name: "Registration of the medical equipment in the Ministry of Health register and AMAR import approval (Medical Equipment Law 5772-2012)",
      authority: "Ministry of Health, Medical Devices Division (AMAR)",
      scope: "per-importer",
      holder: "importer",
      onlyWhen: "the goods are medical equipment (e.g. diagnostic kits, collection needles or tubing, or medical apparatus) and are not already registered in Israel for this importer",
      note:
        "Under the Medical Equipment Law 5772-2012, medical equipment (an instrument used in medical treatment, including accessories, chemical, biological or biotechnological products and the software to run it; not medicines) may be imported, marketed or sold only if registered in the Ministry of Health register kept by AMAR; importing unregistered medical equipment is a criminal offence except in exceptional cases approved by the Ministry. Importers report that customs will not release medical equipment, from large apparatus down to syringes, needles and tubing, without AMAR approval, and that goods imported without it have been seized. Registration is made by an Israeli citizen or an Israel-registered company (Israeli Registration Holder) and relies on approval in a recognised country (e.g. the US, the UK, Canada, Australia, Switzerland and several EU states). Some low-risk items (e.g. elastic bandages, dental floss) do not require registration. Importers also report needing a municipal business licence covering import, storage or marketing of medical devices before AMAR will issue a permit. Laboratory equipment that is not medical equipment is outside this rule. All points from secondary sources (law firms and service providers).",
      sources: [KAHN_MEL, NADEL_MEL, MEDDEV_IL_MAJOR_POINTS, MAAMAR_AMAR, BLAU_AMAR, RISHUY_AMAR],
    },
    {
      kind: "permit",
      id: "il-import-device-amar-registration-or-exception",
      materials: ["device"],
      name: "Registration of the medical equipment in the Ministry of Health register (AMAR), or Ministry of Health approval of an exception for unregistered equipment (Medical Equipment Law 5772-2012)",
      authority: "Ministry of Health, Medical Devices Division (AMAR)",
      scope: "per-trial",
      holder: "importer",
      note:
        "Medical equipment, which includes instruments used in medical treatment and their accessories, chemical, biological or biotechnological products and operating software, may be imported, marketed or sold only if it is registered in the register kept by AMAR; importing unregistered medical equipment is an offence except in exceptional cases approved by the Ministry of Health (exemptions reportedly cover research, clinical evaluation and development). For an investigational device, check before shipping which applies: the device's AMAR registration held by an Israeli registration holder, or the Ministry's approval for the unregistered device (see the exception rule). Secondary sources (law firms).",
      sources: [KAHN_MEL, MEDDEV_IL_MAJOR_POINTS, MAAMAR_AMAR, NADEL_MEL],
    },
    {
      kind: "permit",
      id: "il-import-device-unregistered-moh-approval",
      materials: ["device"],
      name: "Ministry of Health approval to import and use unregistered medical equipment (exception under the Medical Equipment Law 5772-2012, e.g. for research or clinical evaluation)",
      authority: "Ministry of Health, Medical Devices Division (AMAR)",
      scope: "per-trial",
      holder: "importer",
      onlyWhen: "the investigational device is not registered in the Ministry of Health medical equipment register (AMAR)",
      note:
        "Importing, marketing or using medical equipment that is not registered with AMAR is prohibited except in exceptional cases approved by the Ministry of Health. The law's exemptions from registration reportedly cover research, clinical evaluation, development and production, export only, emergencies and personal use. How the exception is documented for a clinical investigation (for example whether the trial approval under MoH Procedure 14 suffices for customs release) was not confirmed; ask AMAR or the local trial representative. Secondary sources.",
      sources: [KAHN_MEL, MEDDEV_IL_MAJOR_POINTS, MAAMAR_AMAR],
    },
  ],
  importerOfRecord: [
    {
      id: "il-ior-imp",
      materials: ["imp"],
      who:
        "A local importer approved by the Ministry of Health Pharmaceutical Division, whose pharmacist re-certifies the IMP before release (typically a licensed depot or local affiliate).",
      foreignSponsorMayAct: false,
      mustHold: ["il-import-imp-moh-approval"],
      note: "Inferred from the requirement for MoH approval of the importer and re-certification by the importer's pharmacist (secondary sources); no source describes a foreign sponsor importing directly.",
      sources: [BARNETT_IL, IMP_SERVICES_IL, CHAMBERS_IL],
    },
    {
      id: "il-ior-medical-equipment",
      materials: ["device", "ancillary", "lab-kit", "equipment"],
      who:
        "An Israeli citizen or a company registered in Israel: medical equipment is registered, and its imports approved, through an Israeli Registration Holder, who must be an Israeli citizen or an Israel-registered company.",
      foreignSponsorMayAct: false,
      mustHold: ["il-import-ancillary-medical-equipment-amar", "il-import-medical-equipment-amar", "il-import-device-amar-registration-or-exception"],
      note: "The AMAR approval applies only where the goods are medical equipment (see the import rule); for unregistered investigational devices the Ministry of Health exception approval applies instead. Secondary sources.",
      sources: [MEDDEV_IL_MAJOR_POINTS, MAAMAR_AMAR],
    },
  ],
  temporaryAdmission: {
    id: "il-ata",
    ataCarnet: true,
    note:
      "Israel applies the ATA Convention and its Professional Equipment, Scientific Equipment, Exhibitions and Fairs, Commercial Samples, Pedagogic Material and Packings conventions; carnets are also accepted for transit and postal traffic, provided national law allows duty- and tax-free temporary admission of the goods. Goods must be re-exported within one year of import or by carnet expiry, whichever is earlier (otherwise duties and taxes are paid). Israeli customs also offers partial or full exemption routes for some non-commercial goods, e.g. equipment addressed to healthcare organisations.",
    sources: [
      {
        title: "Israel (IS): ATA carnet country conditions (digichambers, Belgian chambers of commerce)",
        url: "https://docs.digichambers.be/en/israel-is/",
        reviewed: R,
      },
      {
        title: "Israel Import Taxes and Duties Exemption Routes and Temporary Importations (International Trade Administration)",
        url: "https://trade.gov/market-intelligence/israel-import-taxes-and-duties-exemption-routes-and-temporary-importations",
        reviewed: R,
      },
    ],
  },
};

export default rules;
