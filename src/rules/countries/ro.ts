import type { CountryRulesInput } from "../legacyRuleModules";

/** Romania: national import/export rules for clinical-trial shipments (EU rules apply via the EU union file). */
const rules: CountryRulesInput = {
  code: "RO",
  name: "Romania",
  customsUnion: "EU",
  importTax: {
    id: "ro-import-tax",
    name: "VAT (taxa pe valoarea adăugată, TVA)",
    standardRatePercent: 21,
    reliefs: [],
    note:
      "From 1 August 2025 (Law 141/2025 amending the Fiscal Code) the standard rate rose from 19% to 21%, and the former 5% and 9% reduced rates were merged into a single 11% rate. The 11% rate covers supplies of medicines for human use. Whether an unauthorised IMP counts as a 'medicine for human use' for this rate was not confirmed, so plan on 21% unless your tax adviser confirms 11%. (secondary sources)",
    sources: [
      {
        title: "RegFollower – Romania increases standard and reduced VAT rates effective starting tomorrow",
        url: "https://regfollower.com/romania-increases-standard-and-reduced-vat-rates-effective-starting-tomorrow",
        reviewed: "2026-11-26",
      },
      {
        title: "Cegedim Healthcare – VAT change starting August 2025: what pharmacies need to know about the new rates of 11% and 21%",
        url: "https://www.cegedim-healthcare.ro/en/project/vat-change-starting-august-2025-what-pharmacies-need-to-know",
        reviewed: "2026-11-26",
      },
      {
        title: "Teaha – Amendments to the Methodological Norms for the application of the Fiscal Code: scope of VAT rates",
        url: "https://teaha.ro/en/2025/08/18/amendments-to-the-methodological-norms-for-the-application-of-the-fiscal-code-scope-of-vat-rates",
        reviewed: "2026-11-26",
      },
    ],
  },
  import: [
    {
      kind: "permit",
      id: "ro-import-imp-anmdmr-manufacturing-import-authorisation",
      replaces: "eu-import-imp-mia",
      materials: ["imp"],
      name: "Autorizaţie de fabricaţie/import (manufacturing/import authorisation, including for medicinal products for clinical investigation)",
      authority: "Agenţia Naţională a Medicamentului şi a Dispozitivelor Medicale din România (ANMDMR)",
      scope: "per-importer",
      holder: "importer",
      note:
        "Romanian rules on manufacturing/import authorisation expressly cover importers of human medicinal products, including those for clinical investigation, and their starting materials; medicines not originating in the EEA are 'from third countries'. The authorisation certifies compliance with good manufacturing practice for manufacture/import. ANMDMR supervises authorisation holders under Law 95/2006 (Title XVIII), and its inspectors enforce it. The base regulations date from 2006 (Ministry of Health Order 918/2006), when the agency was called ANM.",
      sources: [
        {
          title: "Reglementări din 2006 privind autorizarea de fabricaţie/import a producătorilor şi importatorilor de medicamente de uz uman, inclusiv cele pentru investigaţie clinică",
          url: "https://lege-online.ro/lr-REGLEMENT%EF%BF%BD%EF%BF%BDRI-din%20-2006-(74564)-(1).html",
          reviewed: "2026-11-26",
        },
        { title: "ANMDMR – În atenția deţinătorilor de autorizaţii de fabricaţie (10.04.2023)", url: "https://www.anm.ro/anunt-important-10-04-2023/", reviewed: "2026-11-26" },
      ],
    },
    {
      kind: "permit",
      id: "ro-import-controlled-ms-release-authorisation",
      materials: ["imp"],
      name: "Autorizaţie pentru operaţiunile de punere în liberă circulaţie de plante, substanţe şi preparate stupefiante şi psihotrope (authorisation to release narcotic and psychotropic substances and preparations into free circulation)",
      authority: "Ministerul Sănătăţii (Ministry of Health)",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note:
        "Under Law 339/2005 on narcotic and psychotropic plants, substances and preparations. The application needs the company's manufacturing or wholesale authorisation, its authorisation for operations with narcotic/psychotropic substances, an ANMDMR import/export activity authorisation where the partner country is outside the EU/EEA, the criminal record of the person responsible for import/export, and the foreign supplier's invoice.",
      sources: [
        {
          title: "Ministerul Sănătăţii – Documente necesare (autorizaţia pentru operaţiunile de punere în liberă circulaţie sau export de plante, substanţe şi preparate stupefiante şi psihotrope)",
          url: "https://www.ms.ro/wp-content/uploads/2017/01/Documente-necesare.htm",
          reviewed: "2026-11-26",
        },
        {
          title: "Legea nr. 339 din 29 noiembrie 2005 privind regimul juridic al plantelor, substanţelor şi preparatelor stupefiante şi psihotrope",
          url: "https://medfam.ro/medlex/legea-nr-339-din-29-noiembrie-2005/",
          reviewed: "2026-11-26",
        },
      ],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "ro-export-controlled-ms-export-authorisation",
      materials: ["imp"],
      name: "Autorizaţie pentru operaţiunile de export de plante, substanţe şi preparate stupefiante şi psihotrope (export authorisation for narcotic and psychotropic substances and preparations)",
      authority: "Ministerul Sănătăţii (Ministry of Health)",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note: "The application includes the import authorisation issued by the competent authority of the importing country, where applicable, together with the same company documents as for import.",
      sources: [
        {
          title: "Ministerul Sănătăţii – Documente necesare (autorizaţia pentru operaţiunile de punere în liberă circulaţie sau export de plante, substanţe şi preparate stupefiante şi psihotrope)",
          url: "https://www.ms.ro/wp-content/uploads/2017/01/Documente-necesare.htm",
          reviewed: "2026-11-26",
        },
      ],
    },
  ],
  importerOfRecord: [
    {
      id: "ro-ior-imp",
      materials: ["imp"],
      who: "A holder of an ANMDMR manufacturing/import authorisation that covers medicinal products for clinical investigation.",
      foreignSponsorMayAct: false,
      mustHold: ["ro-import-imp-anmdmr-manufacturing-import-authorisation"],
      sources: [
        {
          title: "Reglementări din 2006 privind autorizarea de fabricaţie/import a producătorilor şi importatorilor de medicamente de uz uman, inclusiv cele pentru investigaţie clinică",
          url: "https://lege-online.ro/lr-REGLEMENT%EF%BF%BD%EF%BF%BDRI-din%20-2006-(74564)-(1).html",
          reviewed: "2026-11-26",
        },
      ],
    },
  ],
};

export default rules;
