import type { z } from "zod";
import type { PermitRuleSchema } from "../legacyRuleModules";

const R = "2026-11-26";

const whoImportExport = {
  title: "WHO Guidelines on the pharmacological treatment of persisting pain in children with medical illnesses, Annex 6 – opioid import/export procedures (A6.9)",
  url: "https://www.aped-dor.org/images/diversos/flip/guidelines_tratamento_farmacologico/files/basic-html/page139.html",
  reviewed: R,
};
const ukrSummary = {
  title: "Міжнародні конвенції та угоди, що регламентують обіг наркотичних засобів (summary of the 1961 Convention import/export rules) (secondary source)",
  url: "https://ukrbukva.net/page,6,39072-Mezhdunarodnye-konvencii-i-soglasheniya-reglamentiruyushie-oborot-narkoticheskih-sredstv-psihotropnyh-veshestv-ih-prekursorov-yadovityh-veshestv.html",
  reviewed: R,
};
const convention1971Art12 = {
  title: "Convention de 1971 sur les substances psychotropes (Nations Unies), article 12 – Dispositions relatives au commerce international",
  url: "https://fr.m.wikisource.org/wiki/Page:Nations_Unies_-_Convention_de_1971_sur_les_substances_psychotropes,_1971.djvu/20",
  reviewed: R,
};

/** Permits every import and export of a controlled (narcotic/psychotropic) IMP needs under the UN drug conventions, plus US DEA permits. */
const controlledSubstances: z.input<typeof PermitRuleSchema>[] = [
  {
    kind: "permit",
    id: "intl-1961-import-certificate",
    materials: ["imp"],
    name: "Import certificate / import authorisation for narcotic drugs (1961 Single Convention, Art. 31)",
    authority: "Competent national authority of the importing country (narcotics control)",
    scope: "per-shipment",
    holder: "importer",
    onlyIfControlled: true,
    note:
      "A separate import authorisation is needed for each import of a narcotic drug. It states the INN of the medicine, the quantity, the names and addresses of importer and exporter, and its period of validity. The exporter needs the original (or a certified copy) of it before the exporting country will issue the export authorisation, so obtain it first. Processing times vary by country; none is given here.",
    sources: [whoImportExport, ukrSummary, { title: "DEA Form 161 – Application for Permit to Export Controlled Substances: information and instructions (foreign import certificate must accompany the application)", url: "https://deadiversion.usdoj.gov/imp_exp/161/form-161.html", reviewed: R }],
  },
  {
    kind: "permit",
    id: "intl-1961-export-authorisation",
    materials: ["imp"],
    name: "Export authorisation for narcotic drugs (1961 Single Convention, Art. 31)",
    authority: "Competent national authority of the exporting country (narcotics control)",
    scope: "per-shipment",
    holder: "exporter",
    onlyIfControlled: true,
    note:
      "Issued for each export, only after the importing country's import certificate has been produced. It states the number and date of that import certificate and the authority that issued it; a copy travels with the consignment. Plan the import certificate first, then the export authorisation.",
    sources: [whoImportExport, ukrSummary, { title: "DEA Form 161 – Application for Permit to Export Controlled Substances: information and instructions", url: "https://deadiversion.usdoj.gov/imp_exp/161/form-161.html", reviewed: R }],
  },
  {
    kind: "permit",
    id: "intl-1971-import-authorisation",
    materials: ["imp"],
    name: "Import authorisation for psychotropic substances in Schedules I and II (1971 Convention, Art. 12)",
    authority: "Competent national authority of the importing country",
    scope: "per-shipment",
    holder: "importer",
    onlyIfControlled: true,
    note:
      "For substances in Schedules I or II of the 1971 Convention, every import needs a separate import authorisation (on the model form set by the Commission on Narcotic Drugs) stating the INN, quantity, pharmaceutical form, importer, exporter and validity period. The exporting country requires it before issuing its export authorisation.",
    sources: [
      convention1971Art12,
    ],
  },
  {
    kind: "permit",
    id: "intl-1971-export-authorisation",
    materials: ["imp"],
    name: "Export authorisation for psychotropic substances in Schedules I and II (1971 Convention, Art. 12)",
    authority: "Competent national authority of the exporting country",
    scope: "per-shipment",
    holder: "exporter",
    onlyIfControlled: true,
    note:
      "Issued for each export of a Schedule I or II psychotropic substance, only after the importing country's import authorisation has been produced; it quotes that authorisation's number, date and issuing authority, and a copy accompanies each consignment.",
    sources: [convention1971Art12],
  },
  {
    kind: "permit",
    id: "us-dea-import-permit-357",
    materials: ["imp"],
    name: "DEA import permit (application on DEA Form 357, permit issued as DEA Form 35)",
    authority: "US Drug Enforcement Administration (DEA), Diversion Control Division",
    scope: "per-shipment",
    holder: "importer",
    onlyIfControlled: true,
    note:
      "Needed to import into the US any Schedule I or II substance, any narcotic in Schedules III–V, designated non-narcotic Schedule III substances, and Schedule IV/V non-narcotics that are in Schedule I or II of the 1971 Convention. The importer must first be DEA-registered (or exempt); the application is filed electronically and may state scientific use (e.g. clinical study). Other non-narcotic Schedule III–V imports use the DEA Form 236 declaration instead. Controlled substances may not be imported by mail.",
    sources: [
      { title: "21 CFR 1312.12 – Application for import permit", url: "https://lawserver.com/law/country/us/cfr/21_cfr_1312-12", reviewed: R },
      { title: "21 CFR Part 1312 – Importation and exportation of controlled substances (forms, 1312.11)", url: "https://qualomics.com/ecfr/?node=21%3A9.0.1.1.13", reviewed: R },
      { title: "DEA Form 357 – Application for Permit to Import Controlled Substances for Domestic and/or Scientific Purposes", url: "https://www.deadiversion.usdoj.gov/imp_exp/357/form-357.html", reviewed: R },
      { title: "DEA Diversion – Quick Reference: Application for Permit to Import Controlled Substances (DEA-357) (archived)", url: "https://webarchive.library.unt.edu/eot2008/20090814131316/http:/www.deadiversion.usdoj.gov/imp_exp/doc/357.htm", reviewed: R },
    ],
  },
  {
    kind: "permit",
    id: "us-dea-export-permit-161",
    materials: ["imp"],
    name: "DEA export permit (application on DEA Form 161, or 161R for reexport; permit issued as DEA Form 36)",
    authority: "US Drug Enforcement Administration (DEA), Diversion Control Division",
    scope: "per-shipment",
    holder: "exporter",
    onlyIfControlled: true,
    note:
      "Needed to export from the US Schedule I or II substances, narcotics in Schedules III–IV, designated non-narcotic Schedule III substances, and Schedule IV/V non-narcotics that are in Schedule I or II of the 1971 Convention. Only DEA-registered exporters (or analytical laboratories) can get it; the foreign import certificate (original or authenticated copy) must accompany the application, and the consignee must match it. The permit names the port of export; the shipment clears only there.",
    sources: [
      { title: "DEA Form 161 – Application for Permit to Export Controlled Substances: information and instructions", url: "https://deadiversion.usdoj.gov/imp_exp/161/form-161.html", reviewed: R },
      { title: "OMB 1117-0004 – Application for Permit to Export Controlled Substances (21 CFR 1312.21, 1312.22)", url: "https://omb.report/omb/1117-0004", reviewed: R },
      { title: "21 CFR Part 1312 – Importation and exportation of controlled substances (forms, 1312.11)", url: "https://qualomics.com/ecfr/?node=21%3A9.0.1.1.13", reviewed: R },
    ],
  },
];

export default controlledSubstances;
