import type { CountryRulesInput } from "../legacyRuleModules";

/** Sweden: national import/export rules for clinical-trial shipments (EU rules apply via the EU union file). */
const rules: CountryRulesInput = {
  code: "SE",
  name: "Sweden",
  customsUnion: "EU",
  importTax: {
    id: "se-import-tax",
    name: "VAT (mervärdesskatt, moms)",
    standardRatePercent: 25,
    reliefs: [
      {
        id: "se-import-tax-medicines-hospital-prescription",
        materials: ["imp"],
        ratePercent: 0,
        condition:
          "VAT-exempt only where the medicines are imported in connection with a supply to a hospital or with dispensing on prescription: such supplies are exempt, and so are medicines brought into Sweden in connection with them. Whether a sponsor's free-of-charge IMP shipment to a trial site qualifies was not confirmed; otherwise 25% applies.",
        sources: [
          {
            title: "Skatteverket, Rättslig vägledning – Modersmjölk, blod, organ och läkemedel (undantag från skatteplikt)",
            url: "https://www4.skatteverket.se/rattsligvagledning/edition/2023.12/409563.html",
            reviewed: "2026-11-26",
          },
        ],
      },
    ],
    note: "Standard rate 25%; reduced rates 12% and 6% (not used for medicines). Medicines supplied to hospitals or on prescription are VAT-exempt rather than reduced-rate.",
    sources: [
      {
        title: "Skatteverket – VAT rates on goods and services",
        url: "https://skatteverket.se/servicelankar/otherlanguages/inenglish/businessesandemployers/startingandrunningaswedishbusiness/declaringtaxesbusinesses/vat/vatratesongoodsandservices.4.676f4884175c97df419255d.html",
        reviewed: "2026-11-26",
      },
      { title: "verksamt.se – VAT rates", url: "https://verksamt.se/en/taxes-contributions/vat/vat-rates", reviewed: "2026-11-26" },
    ],
  },
  import: [
    {
      kind: "permit",
      id: "se-import-imp-mpa-manufacturing-authorisation",
      replaces: "eu-import-imp-mia",
      materials: ["imp"],
      name: "Tillstånd till tillverkning av läkemedel (manufacturing authorisation; a separate authorisation is needed for investigational medicinal products and for importing from outside the EEA)",
      authority: "Läkemedelsverket (Swedish Medical Products Agency, MPA)",
      scope: "per-importer",
      holder: "importer",
      note:
        "Anyone who manufactures investigational medicinal products, or imports medicinal products or intermediates from outside the EEA, needs an MPA authorisation. Manufacturing must follow GMP, and the holder must have at least one Qualified Person (sakkunnig person), who may be a consultant rather than an employee. Medicinal products from outside the EEA may be imported only by the holder of a manufacturing authorisation or of an MPA special import permit. That special import permit covers cases such as veterinary IMPs and auxiliary medicinal products, while import of human IMPs follows Regulation (EU) 536/2014 and Delegated Regulation (EU) 2017/1569.",
      sources: [
        {
          title: "Läkemedelsverket – Tillstånd för att tillverka läkemedel",
          url: "https://lakemedelsverket.se/ChangeLanguage?contentReference=3670&languageId=en",
          reviewed: "2026-11-26",
        },
        { title: "Anslagstavlan – Vad gäller för importerade läkemedel? (secondary source)", url: "https://anslagstavlan.se/vad-gaeller-foer-importerade-laekemedel", reviewed: "2026-11-26" },
      ],
    },
    {
      kind: "permit",
      id: "se-import-controlled-mpa-import-permit",
      materials: ["imp"],
      name: "Tillstånd till införsel av narkotika vid enskilt tillfälle (permit to import narcotics on a single occasion)",
      authority: "Läkemedelsverket (Swedish Medical Products Agency, MPA)",
      scope: "per-shipment",
      holder: "importer",
      leadTimeDays: 7,
      onlyIfControlled: true,
      note:
        "Needed for each import of narcotic substances in schedules I–IV (except medicinal products listed in the annex to LVFS 2011:9). The importer must first hold a basic MPA licence for import of narcotics, which the MPA generally decides within four months of a complete application. A single-occasion permit normally takes about one week. Fees apply.",
      sources: [
        { title: "Läkemedelsverket – Att ansöka om tillstånd (narkotika)", url: "https://lakemedelsverket.se/malgrupp/Foretag/Narkotika/Ansok-om-tillstand/", reviewed: "2026-11-26" },
      ],
    },
    {
      kind: "none",
      id: "se-import-samples-biobank-act",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note:
        "The Swedish Biobank Act applies only to material collected in Sweden, so its rules (biobank registration, provider agreements) cannot be applied to samples collected abroad and sent to Sweden; the rules, consent and conditions under which the samples were collected must be followed instead. The part of the research carried out in Sweden is covered by the Swedish ethical review rules: it needs an approved ethics application (see the conditional rule) unless the trial's approval already covers it. This statement concerns the biobank and ethics rules; samples containing infectious agents are not covered by it.",
      sources: [
        { title: "Biobank Sverige – Vad gäller för humanbiologiskt material insamlat utanför Sverige?", url: "https://biobanksverige.se/faq/vad-galler-tumormaterial-fran-utlandska-centra/", reviewed: "2026-11-26" },
      ],
    },
    {
      kind: "permit",
      id: "se-import-samples-ethics-review",
      materials: ["samples"],
      name: "Etikprövning (ethical review approval under the Ethical Review Act) for research in Sweden on samples taken abroad",
      authority: "Etikprövningsmyndigheten (Swedish Ethical Review Authority)",
      scope: "per-trial",
      holder: "sponsor",
      onlyWhen: "the samples taken abroad are used for research carried out in Sweden that no approved ethics review or trial authorisation already covers",
      leadTimeDays: 60,
      note:
        "The Swedish Biobank Act (2023:38) applies only to material collected in Sweden, wherever it is handled, so samples collected abroad are not biobank samples under Swedish law; the law of the country where they were taken must be respected. Research carried out in Sweden with samples taken abroad falls under the Ethical Review Act and needs an approved ethics review. For research other than clinical drug trials, the Swedish Ethical Review Authority should decide on a new application within 60 days of it being complete (application documents supplied and fee paid); the e-mail notice of the decision can follow up to two weeks later.",
      sources: [ { title: "Etikprövningsmyndigheten – När tas ansökan upp till prövning och när får jag besked?", url: "https://etikprovningsmyndigheten.se/faq/nar-tas-ansokan-upp-till-provning-och-nar-far-jag-besked/", reviewed: "2026-11-26" },
        { title: "Biobank Sverige – Vad gäller för humanbiologiskt material insamlat utanför Sverige?", url: "https://biobanksverige.se/faq/vad-galler-tumormaterial-fran-utlandska-centra/", reviewed: "2026-11-26" },
        { title: "Regask – Sweden, 6. Biological specimen (Swedish Ethical Review Authority templates; transport rules)", url: "https://library.regask.com/docs/6-biological-specimen-5", reviewed: "2026-11-26" },
      ],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "se-export-samples-biobank-agreement",
      materials: ["samples"],
      name: "Avtal med mottagaren (Material Transfer Agreement) enligt biobankslagen (2023:38) för prov som skickas utomlands",
      authority: "The biobank responsible for the samples (biobanksansvarig at the healthcare provider), under the Biobank Act (2023:38)",
      scope: "per-trial",
      holder: "site",
      note:
        "Identifiable human samples covered by the Swedish Biobank Act (2023:38, in force 1 July 2023) may be sent abroad for analysis, processing or storage, but only for a research project with an approved ethics review or an authorisation under the EU regulations on clinical trials or performance studies. The person responsible for the biobank must first draw up an agreement with the recipient (MTA or equivalent) setting the conditions. Storage abroad is allowed under the new act; how long is not set by the act but by the ethics approval or trial authorisation and the participants' consent. Samples kept abroad remain covered by the Swedish act. Access to biobank samples also requires an agreement with the biobank (biobank application).",
      sources: [
        { title: "Biobank Sverige – När det gäller åtgärden ”förvaring” – hur länge får prov förvaras utomlands?", url: "https://biobanksverige.se/faq/nar-det-galler-atgarden-forvaring-hur-lange-far-prov-forvaras-utomlands/", reviewed: "2026-11-26" },
        { title: "Biobank Sverige – Hur länge kan prov förvaras utanför Sveriges gränser i ett forskningsprojekt?", url: "https://biobanksverige.se/faq/hur-lange-kan-prov-forvaras-utanfor-sveriges-granser-i-ett-forskningsprojekt/", reviewed: "2026-11-26" },
        { title: "Biobank Sverige – När börjar nya biobankslagen gälla?", url: "https://biobanksverige.se/faq/nar-borjar-nya-biobankslagen-galla/", reviewed: "2026-11-26" },
        { title: "Biobank Sweden – Research (access to samples, application procedures)", url: "https://biobanksverige.se/en/research/", reviewed: "2026-11-26" },
      ],
    },
    {
      kind: "permit",
      id: "se-export-controlled-mpa-export-permit",
      materials: ["imp"],
      name: "Tillstånd till utförsel av narkotika vid enskilt tillfälle (permit to export narcotics on a single occasion)",
      authority: "Läkemedelsverket (Swedish Medical Products Agency, MPA)",
      scope: "per-shipment",
      holder: "exporter",
      leadTimeDays: 7,
      onlyIfControlled: true,
      note:
        "Needed for each export of narcotic substances in schedules I–IV (except medicinal products listed in the annex to LVFS 2011:9), on top of a basic MPA licence for export of narcotics. A single-occasion permit normally takes about one week.",
      sources: [
        { title: "Läkemedelsverket – Att ansöka om tillstånd (narkotika)", url: "https://lakemedelsverket.se/malgrupp/Foretag/Narkotika/Ansok-om-tillstand/", reviewed: "2026-11-26" },
      ],
    },
  ],
  importerOfRecord: [
    {
      id: "se-ior-imp",
      materials: ["imp"],
      who: "The holder of an MPA manufacturing authorisation covering investigational medicinal products and import from outside the EEA, with at least one Qualified Person.",
      foreignSponsorMayAct: false,
      mustHold: ["se-import-imp-mpa-manufacturing-authorisation"],
      sources: [
        {
          title: "Läkemedelsverket – Tillstånd för att tillverka läkemedel",
          url: "https://lakemedelsverket.se/ChangeLanguage?contentReference=3670&languageId=en",
          reviewed: "2026-11-26",
        },
        { title: "Anslagstavlan – Vad gäller för importerade läkemedel? (secondary source)", url: "https://anslagstavlan.se/vad-gaeller-foer-importerade-laekemedel", reviewed: "2026-11-26" },
      ],
    },
  ],
};

export default rules;
