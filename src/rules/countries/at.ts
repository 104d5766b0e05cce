import type { CountryRulesInput } from "../legacyRuleModules";

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
const hellbertBetriebsbewilligung = {
  title: "Hellbert, Betriebsbewilligung nach § 63 AMG – 11.1 Rechtliche Grundlagen (LexisNexis)",
  url: "https://360.lexisnexis.at/d/h_91560_000750_91560_Hellbert_Betriebsb_275e696e75",
  reviewed: R,
};
const ctrArt61 = {
  title: "Regulation (EU) No 536/2014, Article 61: Authorisation of manufacturing and import (German text)",
  url: "https://gesetze.legal/eu/vo_eu_2014_536/61",
  reviewed: R,
};
const vb0230 = {
  title: "BMF Arbeitsrichtlinie VB-0230 Arzneiwaren, Blutprodukte und Produkte natürlicher Heilvorkommen, Abschnitt 2.2 Abfertigungsvoraussetzungen (gültig ab 01.01.2017)",
  url: "https://findok.bmf.gv.at/findok/ilink?bereich=RL&id=64100&ida=VB0230&gueltig=20170101&hz_gz=BMF-010311%2F0068-IV%2F8%2F2010&dz_VonAbschnitt=2.3.13",
  reviewed: R,
};
const vb0230Amendment2013 = {
  title: "BMF – Änderung der Arbeitsrichtlinie VB-0230 nach der AWEG-Novelle BGBl. I Nr. 162/2013 (Ausnahmen für Arzneiwaren für klinische Prüfungen) – LexisNexis copy",
  url: "https://360.lexisnexis.at/d/w_bmf_2013_lnat_admint_eas_66519_68ac17_b959330731",
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

const vb0220Union = {
  title: "BMF Arbeitsrichtlinie VB-0220 Suchtmittel, Abschnitt 5. Warenverkehr innerhalb der Union (gültig ab 01.05.2016)",
  url: "https://findok.bmf.gv.at/findok?execution=e100000s1&segmentId=81b0f26b-240c-4079-9866-76a457332204",
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
      id: "at-import-imp-basg-betriebsbewilligung",
      replaces: "eu-import-imp-mia",
      materials: ["imp"],
      name: "Bewilligung nach § 63 AMG (BASG operating licence for a business that manufactures, imports or controls medicinal products; Austria's form of the MIA(IMP))",
      authority: "BASG (Bundesamt für Sicherheit im Gesundheitswesen)",
      scope: "per-importer",
      holder: "importer",
      note:
        "Every business that manufactures, places on the market, imports or controls medicinal products may start the activity only after the BASG has granted the corresponding licence under § 63 of the Austrian Medicinal Products Act (AMG); it comes in addition to trade, building and other permits. For investigational medicinal products imported from outside the EU this is the authorisation required by Art. 61 of Reg. (EU) 536/2014, which calls for suitable premises and a permanently available Qualified Person. No processing time was found.",
      sources: [hellbertBetriebsbewilligung, ctrArt61],
    },
    {
      kind: "permit",
      id: "at-import-imp-basg-notification",
      materials: ["imp"],
      name: "Einfuhrbescheinigung (import certificate, from non-EEA countries) or Einfuhr-/Verbringungsmeldung (notification) for trial medication under the Arzneiwareneinfuhrgesetz 2010 (AWEG 2010)",
      authority: "BASG (Bundesamt für Sicherheit im Gesundheitswesen)",
      scope: "per-trial",
      holder: "importer",
      note:
        "Imports of study medication must be notified to the BASG; since 4 July 2011 notifications under the Medicinal Products Import Act 2010 (AWEG) are filed electronically through the BASG eServices portal, which requires prior registration and a user ID. The notification refers to the clinic's requisition (Klinikanforderung), which has no size limit: the total quantity expected for the study may be estimated at the start and entered there. Customs guidance (VB-0230, version valid from 2017) states the general AWEG rule: medicinal goods may be imported from a non-EEA country only if the BASG has issued an import certificate (Einfuhrbescheinigung), which the declarant must hold when the customs declaration is lodged; bringing them in from an EEA state needs a notification instead. Since the 2013 amendment of the AWEG, medicinal goods for clinical or non-clinical trials brought in from an EEA state, or from Switzerland when authorised or manufactured there, need no notification (document code 7732 in the customs declaration). Whether a third-country IMP consignment is covered by the trial notification or needs its own import certificate should be confirmed with the BASG.",
      sources: [basgFaqEn, basgFaqDe, vb0230, vb0230Amendment2013],
    },
    {
      kind: "permit",
      id: "at-import-controlled-bewilligung",
      alsoWithinUnion: true,
      materials: ["imp"],
      name: "Einfuhrbewilligung for narcotic drugs (Suchtgifte) and psychotropic substances",
      authority: "Federal Ministry of Health (Bundesministerium für Gesundheit)",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note:
        "Import and export of psychotropic substances are prohibited unless the Federal Minister of Health has granted a permit, applied for on the Ministry's forms (Psychotropenverordnung § 12). Customs guidance states that the import, export and transit restrictions of the Narcotic Substances Act (Suchtmittelgesetz) also apply to narcotic drugs (Annex 1) and psychotropic substances (Annex 2) moved within the EU; the permits must then travel with the other accompanying documents and be shown at any inspection.",
      sources: [pvPara12, vb0220Union],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "at-export-controlled-bewilligung",
      alsoWithinUnion: true,
      materials: ["imp"],
      name: "Ausfuhrbewilligung for narcotic drugs (Suchtgifte) and psychotropic substances",
      authority: "Federal Ministry of Health (Bundesministerium für Gesundheit)",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note:
        "Export of narcotic drugs (Annex 1) and psychotropic substances (Annex 2) is prohibited unless an export permit from the Federal Ministry responsible for health is presented (Suchtgiftverordnung § 25(1), Psychotropenverordnung § 12(1)); customs checks it at export. The same permit requirement applies to shipments to other EU member states; the permit travels with the goods' accompanying documents.",
      sources: [vb0220, pvPara12, vb0220Union],
    },
  ],
  importerOfRecord: [
    {
      id: "at-ior-imp",
      materials: ["imp"],
      who: "A business holding a BASG licence under § 63 AMG that covers import of (investigational) medicinal products. Under § 4(1) AWEG 2010 only public pharmacies, hospital pharmacies and companies authorised in an EEA state to distribute medicinal goods may apply for the BASG import certificate or file the notification.",
      foreignSponsorMayAct: false,
      mustHold: ["at-import-imp-basg-betriebsbewilligung", "at-import-imp-basg-notification"],
      sources: [hellbertBetriebsbewilligung, vb0230],
    },
  ],
};

export default rules;
