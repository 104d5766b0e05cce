import type { CountryRulesInput } from "../schema";

const R = "2026-11-26";

const ustr = {
  title: "BMF Umsatzsteuerrichtlinien 2000, Rz 1161 ff. (§ 10 UStG 1994: Normalsteuersatz und ermäßigter Steuersatz) – LexisNexis copy",
  url: "https://certexternal-www.360.lexisnexis.at/d/w_bmf_2021_011610000_UStR_2000_10_Steue_f0709b0feb",
  reviewed: R,
};
const ewtArzneimittel = {
  title: "EWT Steuerberatung – Senkung der Umsatzsteuer auf Arzneimittel (Stand 16. Februar 2009)",
  url: "https://www.ewt.co.at/content/steuerberater/aktuelles/steuernews_fuer_aerzte/fr%C3%BChling_2009/senkung_der_umsatzsteuer_auf_arzneimittel/index.html",
  reviewed: R,
};
const oestzArzneimittel = {
  title: "ÖStZ 2009 – Umsatzsteuer: ermäßigter Steuersatz von 10 % für Arzneimittel ab 1. Jänner 2009 (LexisNexis)",
  url: "https://360.lexisnexis.at/d/z_o_stz_2009_1_2_OeStZ_2009_1_2_002_0289c7f0e1",
  reviewed: R,
};
const basgFaqEn = {
  title: "BASG – FAQ: Import of Investigational Medicinal Products",
  url: "https://www.basg.gv.at/en/healthcare-professionals/clinical-trials/good-clinical-practice/faq-import-of-investigational-medicinal-products",
  reviewed: R,
};
const basgFaqDe = {
  title: "BASG – FAQ: Einfuhr von Prüfpräparaten (GCP)",
  url: "https://www.basg.gv.at/gesundheitsberufe/klinische-studien/gute-klinische-praxis-und-gcp-inspektion/faq-einfuhr-von-pruefpraeparaten-gcp",
  reviewed: R,
};
const pvPara12 = {
  title: "Psychotropenverordnung § 12 – Ein-, Aus- und Durchfuhr (RIS text via LexisNexis)",
  url: "https://360.lexisnexis.at/d/rechtsnorm-ris/12_psychotropenv/L-10011054-P12",
  reviewed: R,
};
const vb0220 = {
  title: "BMF Arbeitsrichtlinie VB-0220 Suchtmittel, Abschnitt 4. Ausfuhr (gültig ab 30.07.2019)",
  url: "https://findok.bmf.gv.at/findok?execution=e100000s1&segmentId=f3323023-d5c3-41ed-8c43-3d2269a6bbca",
  reviewed: R,
};

/** Austria: national import/export rules for clinical-trial shipments (EU rules apply on top). */
const rules: CountryRulesInput = {
  code: "AT",
  name: "Austria",
  customsUnion: "EU",
  importTax: {
    id: "at-import-tax",
    name: "Einfuhrumsatzsteuer (import VAT)",
    standardRatePercent: 20,
    reliefs: [
      {
        id: "at-import-tax-medicines-10",
        materials: ["imp"],
        ratePercent: 10,
        condition:
          "Medicinal products within the meaning of the Austrian Medicinal Products Act (Arzneimittelgesetz), human or veterinary; the 10% rate applies to supplies, intra-Community acquisitions and imports. Medical devices under the Medical Devices Act stay at the 20% standard rate.",
        sources: [oestzArzneimittel, ewtArzneimittel],
      },
    ],
    note: "Medical devices (Medizinprodukte) are taxed at the 20% standard rate.",
    sources: [ustr, ewtArzneimittel],
  },
  import: [
    {
      kind: "permit",
      id: "at-import-imp-basg-notification",
      materials: ["imp"],
      name: "Einfuhr-/Verbringungsmeldung für Prüfpräparate (import notification for trial medication under the Arzneiwareneinfuhrgesetz 2010)",
      authority: "BASG (Bundesamt für Sicherheit im Gesundheitswesen)",
      scope: "per-trial",
      holder: "importer",
      note:
        "Imports of study medication must be notified to the BASG; since 4 July 2011 notifications under the Medicinal Products Import Act 2010 (AWEG) are filed electronically through the BASG eServices portal, which requires prior registration and a user ID. The notification refers to the clinic's requisition (Klinikanforderung), which has no size limit: the total quantity expected for the study may be estimated at the start and entered there. Whether customs also asks for a separate BASG import certificate for each consignment from a non-EEA country should be confirmed with the BASG.",
      sources: [basgFaqEn, basgFaqDe],
    },
    {
      kind: "permit",
      id: "at-import-controlled-bewilligung",
      materials: ["imp"],
      name: "Einfuhrbewilligung for narcotic drugs (Suchtgifte) and psychotropic substances",
      authority: "Federal Ministry of Health (Bundesministerium für Gesundheit)",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note:
        "Import and export of psychotropic substances are prohibited unless the Federal Minister of Health has granted a permit, applied for on the Ministry's forms (Psychotropenverordnung § 12).",
      sources: [pvPara12],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "at-export-controlled-bewilligung",
      materials: ["imp"],
      name: "Ausfuhrbewilligung for narcotic drugs (Suchtgifte) and psychotropic substances",
      authority: "Federal Ministry of Health (Bundesministerium für Gesundheit)",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note:
        "Export of narcotic drugs (Annex 1) and psychotropic substances (Annex 2) is prohibited unless an export permit from the Federal Ministry responsible for health is presented (Suchtgiftverordnung § 25(1), Psychotropenverordnung § 12(1)); customs checks it at export.",
      sources: [vb0220, pvPara12],
    },
  ],
};

export default rules;
