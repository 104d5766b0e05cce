import type { CountryRulesInput } from "../legacyRuleModules";

/** Hungary: national import/export rules for clinical-trial shipments (EU rules apply via the EU union file). */
const rules: CountryRulesInput = {
  code: "HU",
  name: "Hungary",
  customsUnion: "EU",
  importTax: {
    id: "hu-import-tax",
    name: "VAT (általános forgalmi adó, ÁFA)",
    standardRatePercent: 27,
    reliefs: [],
    note:
      "Standard rate 27%; reduced rates 18% and 5%. Secondary sources list human medicinal (pharmaceutical) products at the 5% reduced rate. The exact conditions in the VAT Act annex, and whether an IMP without a marketing authorisation qualifies, were not confirmed, so plan on 27% unless your tax adviser confirms the 5% rate. (secondary sources)",
    sources: [
      { title: "Rydoo – Hungary tax rates", url: "https://rydoo.com/compliance/hungary/tax-rates", reviewed: "2026-11-26" },
      { title: "Marosa VAT – VAT in Hungary", url: "https://marosavat.com/vat/hungary/", reviewed: "2026-11-26" },
      { title: "BeCompliant – VAT rates Hungary", url: "https://becompliant.tax/vat-rates-hungary/", reviewed: "2026-11-26" },
    ],
  },
  import: [
    {
      kind: "permit",
      id: "hu-import-imp-nngyk-manufacturing-licence",
      replaces: "eu-import-imp-mia",
      materials: ["imp"],
      name: "Gyógyszergyártási engedély (manufacturing licence for medicinal products, covering import and batch release of products from third countries)",
      authority: "Nemzeti Népegészségügyi és Gyógyszerészeti Központ (NNGYK, National Center for Public Health and Pharmacy; legal successor of OGYÉI since 1 August 2023)",
      scope: "per-importer",
      holder: "importer",
      note:
        "Any manufacturing step in Hungary, including batch release and quality control, needs a valid manufacturing licence, granted for a particular site after a GMP inspection. A product can be imported from a country outside the EEA only by the holder of a pharmaceutical manufacturing licence with a Qualified Person. OGYÉI was merged into NNGYK on 1 August 2023; NNGYK took over all of OGYÉI's powers. The OGYÉI procedure for importing unauthorised medicines for individual patients (decided within 8 days) is for patient care, not for clinical trials.",
      sources: [
        { title: "OGYÉI – Good Manufacturing Practice – GMP", url: "https://www.ogyei.gov.hu/drug_manufacturing_en/", reviewed: "2026-11-26" },
        {
          title: "ExtractumPharma – Release of products arriving from third countries (outside EEA) (secondary source)",
          url: "https://expharma.hu/?q=en/our-services/contract-manufacturing-services/release-of-products-arriving-from-third-countries",
          reviewed: "2026-11-26",
        },
        {
          title: "HGYSZ – Megjelent a Nemzeti Népegészségügyi és Gyógyszerészeti Központról szóló rendelet",
          url: "https://hgysz.hu/07/21/megjelent-a-nemzeti-nepegeszsegugyi-es-gyogyszereszeti-kozpontrol-szolo-rendelet/",
          reviewed: "2026-11-26",
        },
        { title: "OGYÉI – Individual medicine import", url: "https://ogyei.netpeople.hu/individual_medicine_import", reviewed: "2026-11-26" },
      ],
    },
    {
      kind: "permit",
      id: "hu-import-controlled-nngyk-import-permit",
      materials: ["imp"],
      name: "Kábítószer / pszichotróp anyag eseti behozatali (import) engedély (case-by-case import permit for narcotic drugs and psychotropic substances)",
      authority: "Nemzeti Népegészségügyi és Gyógyszerészeti Központ (NNGYK), legal successor of OGYÉI, whose Kábítószerügyi Főosztály (Department of Narcotic Drugs) handled these permits",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note:
        "OGYÉI's narcotics department decided on applications for case-by-case (eseti) import, export and transfer of narcotic drugs, psychotropic substances and new psychoactive substances, and separately licensed the activity itself and case-by-case scientific and clinical research with these substances; NNGYK took over all OGYÉI powers on 1 August 2023. Rules are in Government Decree 66/2012 (IV. 2.).",
      sources: [
        { title: "OGYÉI – Kábítószerekkel, pszichotróp anyagokkal, új pszichoaktív anyagokkal végezhető tevékenységek", url: "https://www.ogyi.hu/kabitoszerugy", reviewed: "2026-11-26" },
        {
          title: "66/2012. (IV. 2.) Korm. rendelet a kábítószerekkel és pszichotróp anyagokkal végezhető tevékenységekről",
          url: "https://net.jogtar.hu/jogszabaly?docid=A1200066.KOR",
          reviewed: "2026-11-26",
        },
        {
          title: "HGYSZ – Megjelent a Nemzeti Népegészségügyi és Gyógyszerészeti Központról szóló rendelet",
          url: "https://hgysz.hu/07/21/megjelent-a-nemzeti-nepegeszsegugyi-es-gyogyszereszeti-kozpontrol-szolo-rendelet/",
          reviewed: "2026-11-26",
        },
      ],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "hu-export-controlled-nngyk-export-permit",
      materials: ["imp"],
      name: "Kábítószer / pszichotróp anyag eseti kiviteli (export) engedély (case-by-case export permit for narcotic drugs and psychotropic substances)",
      authority: "Nemzeti Népegészségügyi és Gyógyszerészeti Központ (NNGYK), legal successor of OGYÉI, whose Kábítószerügyi Főosztály (Department of Narcotic Drugs) handled these permits",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note: "Granted case by case under Government Decree 66/2012 (IV. 2.); NNGYK took over all OGYÉI powers on 1 August 2023.",
      sources: [
        { title: "OGYÉI – Kábítószerekkel, pszichotróp anyagokkal, új pszichoaktív anyagokkal végezhető tevékenységek", url: "https://www.ogyi.hu/kabitoszerugy", reviewed: "2026-11-26" },
        {
          title: "HGYSZ – Megjelent a Nemzeti Népegészségügyi és Gyógyszerészeti Központról szóló rendelet",
          url: "https://hgysz.hu/07/21/megjelent-a-nemzeti-nepegeszsegugyi-es-gyogyszereszeti-kozpontrol-szolo-rendelet/",
          reviewed: "2026-11-26",
        },
      ],
    },
  ],
  importerOfRecord: [
    {
      id: "hu-ior-imp",
      materials: ["imp"],
      who: "The holder of a Hungarian pharmaceutical manufacturing licence (issued by NNGYK, formerly OGYÉI) with a Qualified Person who releases products arriving from third countries.",
      foreignSponsorMayAct: false,
      mustHold: ["hu-import-imp-nngyk-manufacturing-licence"],
      sources: [
        {
          title: "ExtractumPharma – Release of products arriving from third countries (outside EEA) (secondary source)",
          url: "https://expharma.hu/?q=en/our-services/contract-manufacturing-services/release-of-products-arriving-from-third-countries",
          reviewed: "2026-11-26",
        },
        { title: "OGYÉI – Good Manufacturing Practice – GMP", url: "https://www.ogyei.gov.hu/drug_manufacturing_en/", reviewed: "2026-11-26" },
      ],
    },
  ],
};

export default rules;
