import type { CountryRulesInput } from "../legacyRuleModules";

/** Czechia: national import/export rules for clinical-trial shipments (EU rules apply via the EU union file). */
const rules: CountryRulesInput = {
  code: "CZ",
  name: "Czechia",
  customsUnion: "EU",
  importTax: {
    id: "cz-import-tax",
    name: "VAT (daň z přidané hodnoty, DPH)",
    standardRatePercent: 21,
    reliefs: [
      {
        id: "cz-import-tax-medicines-12",
        headings: ["3002", "3004"],
        ratePercent: 12,
        condition:
          "Pharmaceutical products of chapter 30 listed by tariff code and description in the VAT Act annex of reduced-rate goods, i.e. used for health services, disease prevention and treatment for human medical purposes. Since 1 January 2024 the former 10% (medicinal products) and 15% (medical devices) rates are merged into one 12% reduced rate. Whether a given unauthorised IMP fits the annex description was not confirmed. (secondary sources)",
        sources: [
          { title: "Pharmeca – Change in VAT rates for medicines", url: "https://pharmeca.cz/en/news/change-in-vat-rates-for-medicines", reviewed: "2026-11-26" },
          { title: "DAUC – Snížená sazba DPH v roce 2024", url: "https://www.dauc.cz/clanky/12925/snizena-sazba-dph-v-roce-2024", reviewed: "2026-11-26" },
          {
            title: "Verlag Dashöfer – Příloha č. 3 ZDPH Seznam zboží podléhajícího první snížené sazbě",
            url: "https://majetek.du.cz/33/priloha-c-3-zdph-seznam-zbozi-podlehajiciho-prvni-snizene-sazbe-uniqueidmRRWSbk196FNf8-jVUh4Eo95CVcpWL1R4UlX7j5Gnx-w9PBWuC7BmQ/?serp=1&uri_view_type=18&version_year=2023",
            reviewed: "2026-11-26",
          },
        ],
      },
    ],
    note:
      "Standard rate 21%. From 1 January 2024 there is a single reduced rate of 12%, which covers medicinal products (previously 10%) and medical devices (previously 15%). Whether an investigational device without CE marking qualifies for the reduced rate was not confirmed.",
    sources: [
      { title: "Pharmeca – Change in VAT rates for medicines", url: "https://pharmeca.cz/en/news/change-in-vat-rates-for-medicines", reviewed: "2026-11-26" },
      { title: "LEKIS – Očekávané legislativní změny k 1. 1. 2024", url: "https://www.lekis.cz/novinky/ocekavane-legislativni-zmeny-k-1-1-2024/", reviewed: "2026-11-26" },
    ],
  },
  import: [
    {
      kind: "permit",
      id: "cz-import-imp-sukl-manufacturing-authorisation",
      replaces: "eu-import-imp-mia",
      materials: ["imp"],
      name: "Povolení k výrobě léčivých přípravků v rozsahu dovoz ze třetích zemí (manufacturing authorisation covering import from third countries)",
      authority: "Státní ústav pro kontrolu léčiv (SÚKL, State Institute for Drug Control)",
      scope: "per-importer",
      holder: "importer",
      note:
        "Only a holder of a SÚKL manufacturing authorisation whose scope includes import from third countries (outside the EU/EEA) may import medicinal products from third countries; a distributor (wholesaler) without it may not. The importer either receives, stores and certifies the batch itself, or uses contract manufacturing sites that receive and store the batch in a quarantine store until the importer's Qualified Person certifies it. SÚKL's separate one-off consent to import an unauthorised product from a third country (§77(1)(i) of Act 378/2007) is for named-patient supply, not for clinical trials.",
      sources: [
        {
          title: "SÚKL – 3. Je možné dovážet léčivé přípravky i ze třetích zemí?",
          url: "https://www.sukl.cz/leciva/3-je-mozne-dovazet-lecive-pripravky-i-ze-tretich-zemi?lang=1",
          reviewed: "2026-11-26",
        },
        {
          title: "SÚKL – Žádost o souhlas s dovozem léčivého přípravku ze třetí země",
          url: "https://www.sukl.cz/leciva/zadost-o-souhlas-s-dovozem-leciveho-pripravku-ze-treti-zeme",
          reviewed: "2026-11-26",
        },
      ],
    },
    {
      kind: "permit",
      id: "cz-import-controlled-mz-import-permit",
      alsoWithinUnion: true,
      materials: ["imp"],
      name: "Dovozní povolení pro návykové látky a přípravky (import permit for narcotic and psychotropic substances and preparations)",
      authority: "Ministerstvo zdravotnictví ČR (Ministry of Health)",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note:
        "Issued as a decision under Act 167/1998 on addictive substances and presented to customs with the declaration for each individual import (the copy marked for the customs office). An export authorisation from the country of dispatch is also needed where that country requires one. Addictive substances may not be placed in customs warehouses or free zones. Exceptions are listed in §21(2) of the Act. Czech customs guidance defines import and export of addictive substances as their physical movement from one state to another, so the permit is also needed for consignments from other EU member states.",
      sources: [
        {
          title: "Celní správa ČR – Návykové látky a přípravky je obsahující",
          url: "https://www.celnisprava.cz/cz/dalsi-kompetence/ochrana-spolecnosti-a-zivotniho-prostredi/Stranky/navykove-latky.aspx",
          reviewed: "2026-11-26",
        },
        {
          title: "Czech Customs Administration – Import, export and transit of habit-forming substances and medicaments",
          url: "https://www.celnisprava.cz/en/dalsi-kompetence/informace-pro-fyzicke-osoby/Pages/import-export-and-transit-of-habit-forming-substances-and-medicaments.aspx",
          reviewed: "2026-11-26",
        },
      ],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "cz-export-controlled-mz-export-permit",
      alsoWithinUnion: true,
      materials: ["imp"],
      name: "Vývozní povolení pro návykové látky a přípravky (export permit for narcotic and psychotropic substances and preparations)",
      authority: "Ministerstvo zdravotnictví ČR (Ministry of Health)",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note:
        "Issued as a decision under Act 167/1998 and presented to customs with the declaration for each individual export. Exceptions are listed in §20(2) of the Act. Export here means any physical movement from the Czech Republic to another state, including other EU member states.",
      sources: [
        {
          title: "Celní správa ČR – Návykové látky a přípravky je obsahující",
          url: "https://www.celnisprava.cz/cz/dalsi-kompetence/ochrana-spolecnosti-a-zivotniho-prostredi/Stranky/navykove-latky.aspx",
          reviewed: "2026-11-26",
        },
      ],
    },
  ],
  importerOfRecord: [
    {
      id: "cz-ior-imp",
      materials: ["imp"],
      who: "The holder of a SÚKL manufacturing authorisation covering import from third countries, whose Qualified Person certifies the imported batch.",
      foreignSponsorMayAct: false,
      mustHold: ["cz-import-imp-sukl-manufacturing-authorisation"],
      note: "A distributor (wholesaler) cannot import medicinal products from third countries without this authorisation.",
      sources: [
        {
          title: "SÚKL – 3. Je možné dovážet léčivé přípravky i ze třetích zemí?",
          url: "https://www.sukl.cz/leciva/3-je-mozne-dovazet-lecive-pripravky-i-ze-tretich-zemi?lang=1",
          reviewed: "2026-11-26",
        },
      ],
    },
  ],
};

export default rules;
