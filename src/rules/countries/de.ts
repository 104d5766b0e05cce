import type { CountryRulesInput } from "../legacyRuleModules";

/**
 * Germany: national import/export rules for clinical-trial shipments.
 * EU-wide rules (valuation, Common Customs Tariff, de minimis, MIA(IMP) under Reg. 536/2014 Art. 61,
 * customs declarant/exporter, ATA carnet acceptance, returned goods) are in ../unions/eu.ts.
 */

const R = "2026-11-26";

const bmfEust = {
  title: "Bundesministerium der Finanzen – Glossar: Einfuhrumsatzsteuer",
  url: "https://www.bundesfinanzministerium.de/Content/DE/Glossareintraege/E/022_Einfuhrumsatzsteuer.html?view=renderHelp",
  reviewed: R,
};
const zollEustBasis = {
  title: "Zoll – Einfuhrumsatzsteuer: Bemessungsgrundlage",
  url: "https://zoll.de/DE/Fachthemen/Steuern/Einfuhrumsatzsteuer/Bemessungsgrundlage/bemessungsgrundlage_node.html",
  reviewed: R,
};
const ptaMagazinVat = {
  title: "Das PTA Magazin – EU-Vergleich: Wo ist die Mehrwertsteuer auf Medikamente am höchsten?",
  url: "https://das-pta-magazin.de/news/eu-vergleich-wo-ist-die-mehrwertsteuer-auf-medikamente-am-hoechsten-2635752.html",
  reviewed: R,
};
const solvenaVat = {
  title: "Solvena – Der Mehrwertsteuersatz in Deutschland (Arzneimittel zum Regelsteuersatz)",
  url: "https://solvena.de/mehrwertsteuersatz/",
  reviewed: R,
};
const zollAmgEinfuhr = {
  title: "Zoll – Einfuhr von Arzneimitteln (Einfuhrerlaubnis nach § 72 AMG, Zertifikate nach § 72a AMG)",
  url: "https://zoll.de/DE/Fachthemen/Verbote-Beschraenkungen/Schutz-der-menschlichen-Gesundheit/Arzneimittel/Einfuhr/einfuhr_node.html",
  reviewed: R,
};
const amg72 = {
  title: "Arzneimittelgesetz (AMG) § 72 Einfuhrerlaubnis, incl. Abs. 2a (Prüf- und Hilfspräparate nach Art. 61 VO (EU) 536/2014)",
  url: "https://relaxed-ins-stex.de/recht/content/out/arzneimittelrecht/amg/72/site.html",
  reviewed: R,
};
const rpTuebingenEinfuhr = {
  title: "Verwaltungsportal Hessen / Regierungspräsidium Tübingen – Einfuhr von Arzneimitteln: Erlaubnis beantragen (Prüfpräparate)",
  url: "https://verwaltungsportal.hessen.de/leistung?leistung_id=L100022_840&regschl=084155006034",
  reviewed: R,
};
const amg17 = {
  title: "Arzneimittelgesetz (AMG) § 17 Fristen für die Erteilung (AOK Rechtsdatenbank)",
  url: "https://www.aok.de/fk/bw/tools/rechtsdatenbank/details/dokument/1611715/?cHash=ba4c7c469a6e53a96bd19b5adbc66998",
  reviewed: R,
};
const amg72Justiz = {
  title: "Justiz NRW (Wolters Kluwer) – § 72 AMG Einfuhrerlaubnis (§ 13 Abs. 4 and §§ 14 to 20a apply accordingly)",
  url: "https://justiz-nrw.wolterskluwer-online.de/browse/document/ed560320-34e1-385c-b852-4cd5c596dc05",
  reviewed: R,
};
const bayernEinfuhr = {
  title: "Gemeinde Memmelsdorf (Bayern) – Arzneimittel: Einfuhrerlaubnis und Einfuhrzertifikat für Humanarzneimittel beantragen",
  url: "https://www.memmelsdorf.de/rathaus-service/buergerservice-formulare/dienstleistungen/12135/arzneimittel-beantragung-einer-einfuhrerlaubnis-und-eines-einfuhrzertifikats-fuer-humanarzneimittel-und-erlaubnispflichtige-wirkstoffe",
  reviewed: R,
};
const braNrwImport = {
  title: "Bezirksregierung Arnsberg – Arzneimittelimport",
  url: "https://www.bra.nrw.de/umwelt-gesundheit-arbeitsschutz/arbeitsschutz/produktsicherheit-und-verbraucherschutz/arzneimittel/arzneimittelimport",
  reviewed: R,
};
const gvvSchoenauEinfuhr = {
  title: "Service-BW (GVV Schönau) – Einfuhr von Arzneimitteln: Erlaubnis beantragen",
  url: "https://gvvschoenau.de/pb/-/463868/einfuhr-von-arzneimitteln---erlaubnis-beantragen/vbid840",
  reviewed: R,
};
const ihkLahnDillCarnet = {
  title: "IHK Lahn-Dill – Carnet ATA: Der Reisepass für Waren",
  url: "https://www.ihk.de/lahn-dill/presse/ihk-magazin/ihk-intern/carnet-ata-5366344",
  reviewed: R,
};
const regaskDe = {
  title: "Regask – Germany, 2. General Questions (competent authorities BfArM and PEI)",
  url: "https://library.regask.com/docs/2-general-questions",
  reviewed: R,
};
const bfarmCt = {
  title: "BfArM – Clinical trials",
  url: "https://www.bfarm.de/EN/Medicinal-products/Clinical-trials/_node.html",
  reviewed: R,
};
const zollBtmEinfuhr = {
  title: "Zoll – Einfuhr von Betäubungsmitteln",
  url: "https://zoll.de/DE/Fachthemen/Verbote-Beschraenkungen/Schutz-der-menschlichen-Gesundheit/Betaeubungsmittel/Einfuhr/einfuhr_node.html",
  reviewed: R,
};
const btmahv1 = {
  title: "Betäubungsmittel-Außenhandelsverordnung (BtMAHV) § 1 Einfuhrantrag",
  url: "https://www.elchwinkel.de/gesetze/btmahv/1",
  reviewed: R,
};
const btmg11 = {
  title: "Betäubungsmittelgesetz (BtMG) § 11 Einfuhr, Ausfuhr und Durchfuhr",
  url: "https://relaxed-ins-stex.de/recht/content/out/betaeubungsmittelrecht/btmg/11/site.html",
  reviewed: R,
};
const bfarmBtmAusfuhr = {
  title: "BfArM Bundesopiumstelle – FAQ BtMAHV Einfuhr / Ausfuhr: Ausfuhrgenehmigung",
  url: "https://bfarm.de/DE/Bundesopiumstelle/_FAQ/Betaeubungsmittel/Ausfuhr/faq-liste.html?cms_fid=566126&nn=849472",
  reviewed: R,
};
const btmahv8 = {
  title: "Betäubungsmittel-Außenhandelsverordnung (BtMAHV) § 8 Versagung der Ausfuhrgenehmigung",
  url: "https://elchwinkel.de/gesetze/btmahv/8",
  reviewed: R,
};
const ihkBerlinCarnet = {
  title: "IHK Berlin – Carnet A.T.A.",
  url: "https://www.ihk.de/berlin/service-und-beratung/international/export/carnet-ata-2252836",
  reviewed: R,
};
const shCarnet = {
  title: "Zuständigkeitsfinder Schleswig-Holstein – Customs passport booklet (Carnet-ATA)",
  url: "https://zufish.schleswig-holstein.de/en/detail?areaId=&searchtext=&infotype=0&sort=&pstId=9065316",
  reviewed: R,
};
const ihkKasselCarnet = {
  title: "IHK Kassel-Marburg – Carnet A.T.A.",
  url: "https://ihk.de/kassel-marburg/hauptnavigation/aussenwirtschaft/import-und-export/carnet-ata-3996556",
  reviewed: R,
};
const zollAmgAusfuhr = {
  title: "Zoll – Ausfuhr von Arzneimitteln (Verbote und Beschränkungen)",
  url: "https://zoll.de/DE/Fachthemen/Verbote-Beschraenkungen/Schutz-der-menschlichen-Gesundheit/Arzneimittel/Ausfuhr/ausfuhr_node.html",
  reviewed: R,
};
const R2 = "2026-12-06";
const IFSG_44_VOGTLAND = {
  title: "Landratsamt Vogtlandkreis: Erlaubnis für Tätigkeiten mit Krankheitserregern nach § 44 Infektionsschutzgesetz (IfSG), to bring pathogens into Germany, export, keep, pass on or work with them",
  url: "https://www.vogtlandkreis.de/Quicknavigation/Suche/index.php?object=tx,2752.10943.1&NavID=2752.182",
  reviewed: R2,
};
const IFSG_44_NIEDERBAYERN = {
  title: "Regierung von Niederbayern: Erlaubnis nach § 44 Infektionsschutzgesetz (permit, and notice of the activities at least 30 days before they start, § 49 IfSG)",
  url: "https://www.regierung.niederbayern.bayern.de/aufgabenbereiche/5g/rechtsfragen/erlaubnis_44ifsg/",
  reviewed: R2,
};
const IFSG_44_COESFELD = {
  title: "Kreis Coesfeld service portal: Erlaubnis zum Arbeiten und zum Verkehr mit Krankheitserregern (§§ 44, 49, 50, 75 IfSG; fee EUR 150-1,500 in North Rhine-Westphalia)",
  url: "https://serviceportal.kreis-coesfeld.de/detail/-/vr-bis-detail/dienstleistung/128931/show",
  reviewed: R2,
};
const IFSG_TEXT = {
  title: "Infektionsschutzgesetz (IfSG), § 2 definitions: Krankheitserreger (freiRecht copy of the act)",
  url: "https://freirecht.de/g/IfSG",
  reviewed: R2,
};
const hsernDe = {
  title: "hSERN (Human Sample Exchange Regulation Navigator) – Regulation from Germany (last updated 2011, marked as under revision; no newer source found)",
  url: "https://www.hsern.eu/index.php/regulation/germany",
  reviewed: R,
};

const rules: CountryRulesInput = {
  code: "DE",
  name: "Germany",
  customsUnion: "EU",
  importTax: {
    id: "de-import-tax",
    name: "Einfuhrumsatzsteuer (import VAT)",
    standardRatePercent: 19,
    reliefs: [],
    note:
      "19% standard rate, 7% reduced rate for certain goods; collected by German customs. Medicines are taxed at the full 19% in Germany (no reduced rate for pharmaceuticals; secondary sources). The tax base is the customs value plus duties and transport costs to the first destination in the EU (§ 11 UStG).",
    sources: [bmfEust, zollEustBasis, ptaMagazinVat, solvenaVat],
  },
  import: [
    {
      kind: "permit",
      id: "de-import-imp-einfuhrerlaubnis",
      replaces: "eu-import-imp-mia",
      materials: ["imp"],
      name: "Einfuhrerlaubnis nach § 72 Abs. 2a AMG (Germany's form of the EU MIA(IMP), Art. 61 Reg. 536/2014)",
      authority: "Competent Land authority for the importer's site (e.g. Regierung von Oberbayern / Oberfranken in Bavaria, Regierungspräsidium Tübingen in Baden-Württemberg, Bezirksregierungen in North Rhine-Westphalia)",
      scope: "per-importer",
      holder: "importer",
      leadTimeDays: 90,
      note:
        "Statutory decision period: the authority must decide on an application within 3 months (§ 17(1) AMG, which § 72(1) AMG applies to import authorisations); the period is paused while the applicant remedies deficiencies the authority has pointed out, and a change to an existing authorisation (products, premises) is decided within 1 month, extendable by 2 months in exceptional cases. This is the German implementation of the EU manufacturing and import authorisation for IMPs (see the EU rule eu-import-imp-mia), not an additional permit: § 72(2a) AMG says the competent authority grants the import authorisation for investigational and auxiliary medicinal products under Art. 61(1)-(3) of Reg. 536/2014. Requirements: a qualified person (sachkundige Person), suitable premises for testing and storage, site master file; an acceptance inspection is carried out before grant. German customs list the § 72 import authorisation and, for certain medicines and active substances, a § 72a certificate from the manufacturing country's authority (or a German inspection) as import documents; whether a § 72a certificate is needed for a given IMP was not confirmed in the sources. The clinical trial itself is authorised by BfArM, or by the Paul-Ehrlich-Institut (PEI) for sera, vaccines, blood products, tissues, allergens, ATMPs and similar products.",
      sources: [amg72, amg72Justiz, amg17, zollAmgEinfuhr, rpTuebingenEinfuhr, gvvSchoenauEinfuhr, bayernEinfuhr, braNrwImport, regaskDe, bfarmCt],
    },
    {
      kind: "permit",
      id: "de-import-narcotics-einfuhrgenehmigung",
      alsoWithinUnion: true,
      materials: ["imp"],
      name: "Einfuhrgenehmigung für Betäubungsmittel (narcotics import permit, § 11 BtMG / § 1 BtMAHV)",
      authority: "BfArM – Bundesopiumstelle (Federal Opium Agency)",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note:
        "Each import consignment of narcotics needs its own import permit from the BfArM Federal Opium Agency, applied for on the official form, in addition to the importer's general narcotics licence under § 3 BtMG. Narcotics may only enter Germany through customs offices designated by the Federal Ministry of Finance, where a copy of the import permit is presented. Medicinal-products import rules apply as well.",
      sources: [zollBtmEinfuhr, btmahv1, btmg11],
    },
    {
      kind: "none",
      id: "de-import-samples-research",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note:
        "Germany has no specific legal provisions on the exchange of human samples for research purposes and no specific biobank law; data protection law, Länder rules and ethics opinions govern how the samples and linked data are used (secondary source, last updated 2011 and marked as under revision). Cells and tissues meant for use in humans fall under other rules, and pathogens shipped as such need the § 44 IfSG permit (see that rule). The source is old: confirm with the receiving laboratory that nothing has changed.",
      sources: [hsernDe],
    },
    {
      kind: "permit",
      id: "de-import-samples-ifsg-44-permit",
      materials: ["samples"],
      name: "Permit for activities with pathogens (Erlaubnis nach § 44 Infektionsschutzgesetz), covering bringing pathogens into Germany",
      authority: "Competent authority of the Land where the receiving laboratory is (e.g. the district office or the Regierung)",
      scope: "per-importer",
      holder: "consignee",
      onlyWhen: "the samples are or contain pathogens shipped as such (e.g. cultures, isolates or other replicable agents that can infect humans) and the receiving laboratory's staff are not exempt (physicians doing certain microbiological diagnostics, or people working under the supervision of a permit holder)",
      note:
        "Anyone who brings pathogens (Krankheitserreger: replicable agents that can cause an infection or transmissible disease in humans) into Germany, exports, keeps, passes on or works with them needs a permit from the competent authority (§ 44 IfSG); the activities must also be notified at least 30 days before they start (§ 49 IfSG). Physicians, dentists and veterinarians doing certain microbiological examinations, and people working under the supervision of a permit holder or of an exempt person, need no permit. Acting without a permit is an offence (§ 75 IfSG). Routine clinical-trial samples in which no pathogen is cultivated are not described by these sources as needing the permit; the central laboratory holding the permit is the usual route.",
      sources: [IFSG_44_VOGTLAND, IFSG_44_NIEDERBAYERN, IFSG_44_COESFELD, IFSG_TEXT],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "de-export-narcotics-ausfuhrgenehmigung",
      materials: ["imp"],
      name: "Ausfuhrgenehmigung für Betäubungsmittel (narcotics export permit, § 11 BtMG / § 7 BtMAHV)",
      authority: "BfArM – Bundesopiumstelle (Federal Opium Agency)",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note:
        "Needed for every single export consignment containing narcotics or exempted preparations; only a holder of a § 3 BtMG licence covering the substance may apply, in writing on the official form. BfArM refuses the permit if no import permit of the destination country (in the form required by the international conventions) is attached, or if the export exceeds the destination's INCB estimate.",
      sources: [bfarmBtmAusfuhr, btmahv8, btmg11],
    },
    {
      kind: "none",
      id: "de-export-imp-not-restricted",
      materials: ["imp"],
      sourceCovers: ["imp"],
      note:
        "German customs: exporting medicinal products to non-EEA countries, and sending them to other EU/EEA states, is in principle not restricted, so no export licence is needed for non-controlled IMPs. The bans on placing on the market still apply to supply abroad: unsafe, poor-quality or misleadingly labelled, falsified or expired medicines may not be exported for supply, only e.g. for testing or destruction; unsafe, poor-quality or misleadingly labelled ones may be exported with an approval from the destination country's competent authority (§ 73a AMG). Narcotics need a BfArM export permit (de-export-narcotics-ausfuhrgenehmigung).",
      sources: [zollAmgAusfuhr],
    },
    {
      kind: "none",
      id: "de-export-samples-research",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note:
        "Germany has no specific legal provisions on the exchange of human samples for research purposes and no specific biobank law; data protection law, Länder rules and ethics opinions govern how the samples and linked data are used (secondary source, last updated 2011 and marked as under revision). Pathogens shipped as such need the § 44 IfSG permit (see that rule). The source is old: confirm with the sending site or laboratory that nothing has changed.",
      sources: [hsernDe],
    },
    {
      kind: "permit",
      id: "de-export-samples-ifsg-44-permit",
      materials: ["samples"],
      name: "Permit for activities with pathogens (Erlaubnis nach § 44 Infektionsschutzgesetz), covering exporting pathogens",
      authority: "Competent authority of the Land where the sending laboratory is (e.g. the district office or the Regierung)",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the samples are or contain pathogens shipped as such (e.g. cultures, isolates or other replicable agents that can infect humans) and the sender is not exempt (physicians doing certain microbiological diagnostics, or people working under the supervision of a permit holder)",
      note:
        "§ 44 IfSG requires a permit for exporting (ausführen) pathogens as well as for bringing them in, keeping them, passing them on or working with them; the activities must be notified at least 30 days before they start (§ 49 IfSG). Exempt: physicians, dentists and veterinarians doing certain microbiological examinations, and people working under supervision of a permit holder. Listed pathogens may also need an EU dual-use export authorisation (see the EU rule).",
      sources: [IFSG_44_VOGTLAND, IFSG_44_NIEDERBAYERN, IFSG_44_COESFELD, IFSG_TEXT],
    },
  ],
  importerOfRecord: [
    {
      id: "de-ior-imp",
      materials: ["imp"],
      who: "A company holding a German import authorisation under § 72 AMG (for IMPs: § 72(2a) AMG / Art. 61 Reg. 536/2014) from the Land authority for its German site, with a qualified person (sachkundige Person) and suitable premises",
      foreignSponsorMayAct: false,
      mustHold: ["de-import-imp-einfuhrerlaubnis"],
      note:
        "Anyone who commercially or professionally brings medicinal products from a non-EU/EEA country into free circulation in Germany needs the § 72 import authorisation from the Land authority responsible for them; German customs list it as an import document. The authorisation is granted for the importer's premises in Germany after an acceptance inspection, so a sponsor without such premises needs an authorised German importer. EU customs rules on the declarant apply on top (see the EU rules).",
      sources: [amg72, zollAmgEinfuhr, rpTuebingenEinfuhr],
    },
  ],
  temporaryAdmission: {
    id: "de-ata-carnet",
    ataCarnet: true,
    note:
      "German ATA carnets are issued by the Chamber of Industry and Commerce (IHK) for the applicant's district, on behalf of the DIHK, which acts as guarantor; applications can be made electronically (e-ata.de). A carnet is valid for one year. EU-wide temporary admission and returned-goods rules apply (see the EU rules).",
    sources: [ihkBerlinCarnet, shCarnet, ihkKasselCarnet, ihkLahnDillCarnet],
  },
};

export default rules;
