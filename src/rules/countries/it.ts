import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const bakerIt = {
  title: "Baker McKenzie Resource Hub – VAT/GST rates and thresholds: Italy",
  url: "https://resourcehub.bakermckenzie.com/en/resources/vatgst-rates--thresholds/european-union/italy/topics/vat--gst",
  reviewed: R,
};
const medicines10a = {
  title: "Cuzzola – IVA al 10% per i medicinali: fondamentale la classificazione (Agenzia delle Entrate interpello 483/2022)",
  url: "https://cuzzola.it/2022/10/06/iva-al-10-per-i-medicinali-fondamentale-la-classificazione/?print=print",
  reviewed: R,
};
const medicines10b = {
  title: "Entilocali-online – IVA: chiarimenti sull'applicabilità dell'aliquota del 10% ad alcuni dispositivi medici (Risposta 607/2020)",
  url: "https://www.entilocali-online.it/iva-chiarimenti-sullapplicabilita-dellaliquota-del-10-ad-alcuni-dispositivi-medici/",
  reviewed: R,
};
const nosMinistero = {
  title: "Ministero della Salute – Controlli sanitari sulle merci di interesse sanitario in importazione da Paesi Terzi (NOS)",
  url: "https://www.salute.gov.it/portale/ministro/p4_8_0.jsp?lingua=italiano&label=servizionline&idMat=SMAF&idAmb=MER&idSrv=NOS&flag=P",
  reviewed: R,
};
const ncfUsmaf = {
  title: "NCF International – Health inspections and controls on medicines (interview with USMAF Milan Malpensa)",
  url: "https://www.ncfinternational.it/health-inspections-and-controls-on-medicines/",
  reviewed: R,
};
const devicesNos = {
  title: "Di Renzo – L'importazione di dispositivi medici in Italia",
  url: "https://www.direnzo.biz/it/dogana-dispositivi-medici/",
  reviewed: R,
};
const ueseNos = {
  title: "UESE – Dispositivi medici: importazione e Nulla Osta Sanitario (tempi DPCM 242/2010)",
  url: "https://www.uese.it/dispositivi-medici/",
  reviewed: R,
};
const dm2016art9 = {
  title: "Gazzetta Ufficiale – DM 2 dicembre 2016 (sangue umano e suoi prodotti), art. 9: Importazione di medicinali sperimentali",
  url: "https://www.gazzettaufficiale.it/atto/serie_generale/caricaArticolo?art.codiceRedazionale=17A00163&art.dataPubblicazioneGazzetta=2017-01-12&art.idArticolo=9",
  reviewed: R,
};
const dm2016art13 = {
  title: "Gazzetta Ufficiale – DM 2 dicembre 2016, art. 13: Sangue ed emocomponenti ad uso autologo, campioni per indagini diagnostiche e attività di laboratorio",
  url: "https://www.gazzettaufficiale.it/atto/serie_generale/caricaArticolo?art.codiceRedazionale=17A00163&art.dataPubblicazioneGazzetta=2017-01-12&art.flagTipoArticolo=0&art.idArticolo=13&art.idGruppo=5&art.idSottoArticolo=1&art.idSottoArticolo1=10&art.progressivo=0&art.versione=1",
  reviewed: R,
};
const ucsSites = {
  title: "Ministero della Salute – Autorizzazione alla detenzione e all'approvvigionamento delle sostanze stupefacenti e psicotrope ad uso sperimentale-scientifico – Studio clinico sperimentale",
  url: "https://www.pnrr.salute.gov.it/portale/moduliServizi/dettaglioSchedaModuliServizi.jsp?lingua=italiano&label=servizionline&idMat=STP&idAmb=US&idSrv=SC&flag=P",
  reviewed: R,
};
const ucsCompanies = {
  title: "Ministero della Salute – Autorizzazione all'importazione, all'approvvigionamento e alla detenzione delle sostanze stupefacenti e psicotrope a uso sperimentale clinico",
  url: "https://www.salute.gov.it/portale/ministro/p4_8_0_1.jsp?lingua=italiano&label=servizionline&idMat=STP&idAmb=IPG&idSrv=S11&flag=P",
  reviewed: R,
};
const aifaOfficine = {
  title: "AIFA – Modulistica per le Officine di Medicinali e Sostanze Attive (autorizzazione produzione/importazione, anche per sperimentazione clinica)",
  url: "https://farmaco.agenziafarmaco.it/content/modulistica-le-officine-di-medicinali-e-sostanze-attive",
  reviewed: R,
};

/** Italy: national import/export rules for clinical-trial shipments (EU rules apply on top). */
const rules: CountryRulesInput = {
  code: "IT",
  name: "Italy",
  customsUnion: "EU",
  importTax: {
    id: "it-import-tax",
    name: "IVA (Imposta sul valore aggiunto) on imports",
    standardRatePercent: 22,
    reliefs: [
      {
        id: "it-import-tax-medicines-10",
        materials: ["imp"],
        headings: ["3004"],
        ratePercent: 10,
        condition:
          "Medicines ready for human use (Tabella A, parte III, n. 114 of DPR 633/1972), and medical devices made of substances, when the goods are classified under customs heading 3004. The Revenue Agency treats classification in heading 3004 as decisive; devices and instruments outside heading 3004 stay at 22%.",
        sources: [medicines10a, medicines10b],
      },
    ],
    note: "Italy also has 4% and 5% reduced rates for other listed goods (secondary source).",
    sources: [bakerIt],
  },
  import: [
    {
      kind: "permit",
      id: "it-import-nos-usmaf",
      materials: ["imp", "device"],
      name: "Nulla Osta Sanitario (NOS) – health clearance for import",
      authority: "Ministero della Salute – USMAF-SASN (Uffici di Sanità Marittima, Aerea e di Frontiera)",
      scope: "per-shipment",
      holder: "importer",
      leadTimeDays: 4,
      note:
        "Goods of health interest arriving from non-EU countries are checked by the USMAF-SASN office at the point of entry (documentary, identity and physical checks); clearance ends with a Nulla Osta Sanitario. The importer or its legal representative requests it online in the NSIS-USMAF application, attaching the accompanying documents. USMAF staff describe medicinal products from non-EU countries as subject to this control (secondary source); medical devices are too. For plasma-derived IMPs the importer must give USMAF-SASN a copy of the ethics committee opinion and the AIFA/ISS authorisation (DM 2 Dec 2016, art. 9, which still cites the pre-CTR law). Time limits set by DPCM 4 Nov 2010 n. 242: 8 hours for the documentary check and 72 hours for an inspection of the goods (secondary source). The lead time shown adds the two time limits (8 hours plus 72 hours, about 4 days); the NOS is issued on arrival, so it mainly delays release rather than shipping.",
      sources: [nosMinistero, ncfUsmaf, devicesNos, dm2016art9, ueseNos],
    },
    {
      kind: "permit",
      id: "it-import-imp-ucs-narcotics",
      materials: ["imp"],
      name: "Autorizzazione all'approvvigionamento e detenzione di sostanze stupefacenti e psicotrope per studio clinico sperimentale, with permesso di importazione",
      authority: "Ministero della Salute – Ufficio Centrale Stupefacenti (DGDMF Ufficio 7)",
      scope: "per-trial",
      holder: "site",
      leadTimeDays: 90,
      onlyIfControlled: true,
      note:
        "For narcotic or psychotropic IMPs (DPR 309/90 tables). Hospitals, university polyclinics and IRCCS authorised to run the trial apply after the sponsor has sent the study documents to the Office; if the IMP comes from a foreign supplier an import permit is issued too (fee €49.65 for foreign purchases). Decision within 90 days of receipt, suspended while extra information is requested. Alternatively a company authorised under art. 36 DPR 309/90 that the sponsor appoints to import obtains import/export permits through the SIUCS system.",
      sources: [ucsSites, ucsCompanies],
    },
    {
      kind: "none",
      id: "it-import-samples-blood-diagnostic",
      materials: ["samples"],
      sourceCovers: ["samples"],
      onlyFor: "human blood, serum or plasma samples for diagnostic tests on the samples themselves or for laboratory activities (DM 2 December 2016, Art. 13)",
      note:
        "Import of human blood, serum or plasma samples for diagnostic tests on the samples themselves or for laboratory activities needs no prior authorisation; the samples must travel with the documentation in Annex 6 of DM 2 Dec 2016, in sealed, preferably unbreakable containers. Other kinds of human material (e.g. tissue, urine, swabs) are not covered by this rule or its source: confirm what they need.",
      sources: [dm2016art13],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "it-export-imp-ucs-narcotics",
      materials: ["imp"],
      name: "Permesso di esportazione for narcotic/psychotropic substances (clinical trial use)",
      authority: "Ministero della Salute – Ufficio Centrale Stupefacenti (DGDMF Ufficio 7)",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note: "Companies authorised under art. 36 DPR 309/90 (with the related AIFA determination) request import or export permits for clinical-trial narcotic/psychotropic substances through the SIUCS system.",
      sources: [ucsCompanies],
    },
    {
      kind: "none",
      id: "it-export-samples-blood-diagnostic",
      materials: ["samples"],
      sourceCovers: ["samples"],
      onlyFor: "human blood, serum or plasma samples for diagnostic tests on the samples themselves or for laboratory activities (DM 2 December 2016, Art. 13)",
      note:
        "Export of human blood, serum or plasma samples for diagnostic tests on the samples themselves or for laboratory activities needs no prior authorisation; the samples must travel with the documentation in Annex 6 of DM 2 Dec 2016, in sealed, preferably unbreakable containers. Other kinds of human material (e.g. tissue, urine, swabs) are not covered by this rule or its source: confirm what they need.",
      sources: [dm2016art13],
    },
  ],
  importerOfRecord: [
    {
      id: "it-ior-imp",
      materials: ["imp"],
      who: "A company holding an AIFA authorisation for production/import of medicinal products (including for clinical trials), issued by AIFA's GMP Medicines Inspections and Authorisations Office; it requests the USMAF health clearance as importer or through its legal representative.",
      foreignSponsorMayAct: false,
      mustHold: ["it-import-nos-usmaf"],
      sources: [aifaOfficine, nosMinistero],
    },
    {
      id: "it-ior-device",
      materials: ["device"],
      who: "The importer of the devices (or its legal representative), who requests the USMAF health clearance (Nulla Osta Sanitario) in the NSIS-USMAF application",
      foreignSponsorMayAct: false,
      mustHold: ["it-import-nos-usmaf"],
      note: "Devices arriving from non-EU countries are checked by USMAF-SASN before release. EU customs rules on the declarant apply on top (see the EU rules).",
      sources: [nosMinistero, devicesNos],
    },
  ],
};

export default rules;
