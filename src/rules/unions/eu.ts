import type { UnionRulesInput } from "../schema";

/** European Union customs union: rules shared by all 27 member states for clinical-trial shipments. */

const R = "2026-11-26";

// Customs union basics
const eurLexCustomsSummary = {
  title: "EUR-Lex – Summaries of EU legislation: Customs",
  url: "https://eur-lex.europa.eu/summary/chapter/customs.html?locale=en&root_default=SUM_1_CODED%3D12",
  reviewed: R,
};
const europaCustoms = {
  title: "European Union – Customs: free trade in Europe",
  url: "https://europa.eu/european-union/topics/customs_en",
  reviewed: R,
};
const bmfCustomsUnion = {
  title: "German Federal Ministry of Finance – #EuroABC: Customs union",
  url: "https://www.bundesfinanzministerium.de/Content/EN/Standardartikel/Topics/Europe/Our-Union/customs-union.html",
  reviewed: R,
};

const ansmAiEea = {
  title: "ANSM – Demander une autorisation pour une importation de médicaments (import authorisation also required from EEA states)",
  url: "https://ansm.sante.fr/vos-demarches/industriel/demander-une-autorisation-pour-une-importation-de-medicaments",
  reviewed: R,
};
const btmahv1Eu = {
  title: "Betäubungsmittel-Außenhandelsverordnung (BtMAHV) § 1 Einfuhrantrag (incl. imports from EU member states)",
  url: "https://www.elchwinkel.de/gesetze/btmahv/1",
  reviewed: R,
};

// Valuation (UCC Arts 69-72)
const uccValueChapter = {
  title: "Regulation (EU) No 952/2013 (Union Customs Code), Title II Chapter 3: Value of goods for customs purposes",
  url: "https://legislation.gov.uk/eur/2013/952/title/II/chapter/3/2020-12-31?view=extent",
  reviewed: R,
};
const uccArt72 = {
  title: "Regulation (EU) No 952/2013 (Union Customs Code), Article 72: elements not to be included in the customs value",
  url: "https://legislation.gov.uk/eur/2013/952/article/72/2020-01-31/data.xht",
  reviewed: R,
};
const kluwerLifosa = {
  title: "Global Trade and Customs Journal 17.1 – Customs value and Incoterms (CJEU C-75/20 Lifosa, UCC Arts 70-71)",
  url: "https://kluwerlawonline.com/journalarticle/Global+Trade+and+Customs+Journal/17.1/GTCJ2022007",
  reviewed: R,
};

// Duties
const wtoScheduleEu = {
  title: "WTO Schedule CLXXIII – European Union, Pharma Agreement headnotes (elimination of duties on Chapter 30)",
  url: "https://docslib.org/doc/13103821/schedule-clxxiii-european-union",
  reviewed: R,
};
const ct300215 = {
  title: "CustomTariffs – HS 300215 Immunological products, put up in measured doses (EU TARIC rate)",
  url: "https://custom-tariffs-seo.pages.dev/en/codes/3002-15-immunological-products-put-up-in-measured-doses-or-in-forms-or-packings-for-reta",
  reviewed: R,
};
const ct300213 = {
  title: "CustomTariffs – HS 300213 Immunological products, unmixed, not in measured doses (EU TARIC rate)",
  url: "https://custom-tariffs-seo.pages.dev/en/codes/3002-13-immunological-products-unmixed-not-put-up-in-measured-doses-or-in-forms-or-packi",
  reviewed: R,
};
const ct300490 = {
  title: "CustomTariffs – HS 300490 Other medicaments in measured doses (EU TARIC rate)",
  url: "https://custom-tariffs-seo.pages.dev/en/codes/3004-90-other-medicaments-of-mixed-or-unmixed-products-in-measured-doses",
  reviewed: R,
};
const celna300490 = {
  title: "celna24 – Customs tariff 3004 90 00 (standard EU duty)",
  url: "https://celna24.pl/en/customs-tariff/300490",
  reviewed: R,
};
const ct382211 = {
  title: "CustomTariffs – HS 382211 Diagnostic or laboratory reagents (EU TARIC rate)",
  url: "https://custom-tariffs-seo.pages.dev/en/codes/3822-11-diagnostic-or-laboratory-reagents-on-a-backing-prepared-diagnostic-or-laboratory",
  reviewed: R,
};
const ct901819 = {
  title: "CustomTariffs – HS 901819 Other electro-diagnostic apparatus (EU TARIC rate)",
  url: "https://custom-tariffs-seo.pages.dev/en/codes/9018-19-other",
  reviewed: R,
};
const ct901890 = {
  title: "CustomTariffs – HS 901890 Other medical or surgical instruments and appliances (EU TARIC rate)",
  url: "https://custom-tariffs-seo.pages.dev/en/codes/9018-90-other-medical-or-surgical-instruments-and-appliances",
  reviewed: R,
};
const ct902750 = {
  title: "CustomTariffs – HS 902750 Other instruments using optical radiation (EU TARIC rate)",
  url: "https://custom-tariffs-seo.pages.dev/en/codes/9027-50-other-instruments-and-apparatus-using-optical-radiation-uv-visible-ir",
  reviewed: R,
};
const ct902789 = {
  title: "CustomTariffs – HS 902789 Other instruments for physical or chemical analysis (EU TARIC rate)",
  url: "https://custom-tariffs-seo.pages.dev/en/codes/9027-89-other",
  reviewed: R,
};
const taric902781 = {
  title: "TARIC check – 9027 81 00 00 mass spectrometers, third-country duty (source DG TAXUD)",
  url: "https://taric-check.com/browse/9027A810000?country=CN&lang=en",
  reviewed: R,
};

// De minimis
const aeatArt23 = {
  title: "Agencia Tributaria – Low value shipments manual: goods exempt from import duties under Article 23(1) of Regulation 1186/2009",
  url: "https://sede.agenciatributaria.gob.es/Sede/en_gb/ayuda/manuales-videos-folletos/manuales-practicos/manual-importacion-exportacion-envios-escaso-valor/2-formalidades-importacion-relativas-envios-valor/2_2-declaracion-aduana-conjunto-datos-h7/2_2_3-que-mercancias-pueden-declararse-aduana/1-mercancias-incluidas-envio-que-franquicia.html",
  reviewed: R,
};
const aeatVat2021 = {
  title: "Agencia Tributaria – Low value shipments manual, 1.2 Relevant customs provisions (VAT on all commercial imports from 1 July 2021)",
  url: "https://sede.agenciatributaria.gob.es/Sede/en_gb/ayuda/manuales-videos-folletos/manuales-practicos/manual-importacion-exportacion-envios-escaso-valor/1-introduccion/1_2-disposiciones-pertinentes-materia-aduanas.html",
  reviewed: R,
};
const councilSmallParcels = {
  title: "Politis – Council gives final green light to new customs duty rules for small parcels",
  url: "https://en.politis.com.cy/economy/economy-business-finance/986140/council-gives-final-green-light-to-new-customs-duty-rules-for-small-parcels",
  reviewed: R,
};
const eogSmallParcels = {
  title: "European Outdoor Group – EU customs duties on small parcels",
  url: "https://www.europeanoutdoorgroup.com/members-knowledge-hub/eu-customs-duties-on-small-parcels",
  reviewed: R,
};

// Clinical Trials Regulation and GMP
const ctrArt61 = {
  title: "Regulation (EU) No 536/2014, Article 61: Authorisation of manufacturing and import (German text)",
  url: "https://gesetze.legal/eu/vo_eu_2014_536/61",
  reviewed: R,
};
const ctrArt62 = {
  title: "Regulation (EU) No 536/2014, Article 62: Responsibilities of the qualified person",
  url: "https://legislation.gov.uk/eur/2014/536/article/62/data.html",
  reviewed: R,
};
const gmpImpArt3 = {
  title: "Delegated Regulation (EU) 2017/1569, Article 3: Conformity with good manufacturing practice (imported IMPs)",
  url: "https://www.legislation.gov.uk/eur/2017/1569/article/3?timeline=false&view=plain",
  reviewed: R,
};
const gmpAnnex21 = {
  title: "GMP Logfile 21 – Import of medicinal products, Annex 21 (HPRA interpretation, May 2022)",
  url: "https://www.gmp-publishing.com/content/en/gmp-news/gmp-newsletter/gmp-logfile-lead-article/d/1582/gmp-logfile-21-import-of-medicinal-products-annex-21",
  reviewed: R,
};
const ccmoAxmp = {
  title: "CCMO – Auxiliary Medicinal Product Dossier (AxMPD) under the CTR",
  url: "https://english.ccmo.nl/investigators/clinical-trials-with-medicinal-products-ctr/preparation-ctr/research-dossier-part-i/auxiliary-medicinal-product-dossier",
  reviewed: R,
};
const ctrArt74 = {
  title: "Regulation (EU) No 536/2014, Article 74: Legal representative of the sponsor in the Union",
  url: "https://www.legislation.gov.uk/eur/2014/536/article/74/data.html",
  reviewed: R,
};
const mdrArt62 = {
  title: "MDSS – Legal representative for the sponsor of clinical investigations (MDR Article 62(2) text)",
  url: "https://mdss.com/legal-representative-for-the-sponsor-of-clinical-investigations",
  reviewed: R,
};
const ccmoMdrLegalRep = {
  title: "CCMO – A2. Authorisation from legal representative EU if sponsor does not hold offices within EU (MDR Article 62.2)",
  url: "https://english.ccmo.nl/investigators/clinical-investigations-with-medical-devices/standard-research-file-medical-devices/a-correspondence/a2-authorisation-from-legal-representative-eu-if-sponsor-does-not-hold-offices-within-eu",
  reviewed: R,
};

// Customs declarant / exporter
const uccArt170 = {
  title: "Autoridade Tributária e Aduaneira – Código Aduaneiro da União, artigo 170.º (declarante)",
  url: "https://info-aduaneiro.portaldasfinancas.gov.pt/pt/legislacao_aduaneira/codigos_aduaneiros/CAU/Paginas/cau170.aspx",
  reviewed: R,
};
const exporterDefinition = {
  title: "European Commission guidance – Annex A, Definition of exporter, Article 1(19) UCC DA (revised 2019)",
  url: "https://fr.scribd.com/document/421505155/Guidance-Definition-Exporter",
  reviewed: R,
};

// Temporary admission / returned goods
const revenueAta = {
  title: "Irish Revenue – Temporary admission using an ATA carnet",
  url: "https://revenue.ie/en/customs/businesses/temp-admission-exports/rules-procedures/admission-using-ata-carnet.aspx",
  reviewed: R,
};
const ecAtaTransit = {
  title: "European Commission, Taxation and Customs Union – Customs Transit: ATA - Temporary admission",
  url: "https://taxation-customs.ec.europa.eu/customs-4/customs-procedures-import-and-export-0/what-customs-transit/customs-transit-ata-temporary-admission_en",
  reviewed: R,
};
const zollTempAdmission = {
  title: "Zoll (German Customs) – Temporary admission",
  url: "https://zoll.de/EN/Businesses/Movement-of-goods/Import/Procedures/Temporary-admission/temporary-admission_node.html",
  reviewed: R,
};
const uccArt203 = {
  title: "Regulation (EU) No 952/2013 (Union Customs Code), Article 203: Returned goods, scope and effect",
  url: "https://legislation.gov.uk/eur/2013/952/article/203/data.xht?view=snippet&wrap=true",
  reviewed: R,
};
const revenueRgr = {
  title: "Irish Revenue – General rules for duty relief on returned goods",
  url: "https://revenue.ie/en/customs/businesses/relief-duty-vat/reimported-into-eu/general-rules-duty-relief-returned-goods.aspx",
  reviewed: R,
};

const rules: UnionRulesInput = {
  code: "EU",
  name: "European Union customs union",
  members: [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
  ],
  membership: {
    note:
      "Goods moving between EU member states are not imports: there are no customs duties (or charges with similar effect) at internal borders, and customs normally do not check goods crossing internal EU borders. Goods from outside the EU pay the Common Customs Tariff once, when they first enter the EU, and then circulate freely. National medicines and narcotics permits can still apply to movements between member states (for example France's ANSM import authorisation also covers medicines coming from EEA states, and German narcotics import permits are needed for consignments from other member states); see the member-state rules.",
    sources: [eurLexCustomsSummary, europaCustoms, bmfCustomsUnion, ansmAiEea, btmahv1Eu],
  },
  valuation: {
    basis: "CIF",
    note:
      "Customs value is the transaction value (UCC Art. 70). Transport and insurance costs up to the place where the goods enter the EU customs territory are added (UCC Art. 71(1)(e)); transport costs after entry into the EU are excluded (UCC Art. 72(a)). In practice this is a CIF value at the EU frontier.",
    sources: [uccValueChapter, kluwerLifosa, uccArt72],
  },
  duties: [
    {
      id: "eu-duty-3002",
      heading: "3002",
      ratePercent: 0,
      zeroForZero: true,
      note: "All of HS Chapter 30 is duty-free in the EU under the WTO Pharmaceutical Agreement; TARIC shows 0% for subheadings 3002 13 and 3002 15.",
      sources: [wtoScheduleEu, ct300213, ct300215],
    },
    {
      id: "eu-duty-3004",
      heading: "3004",
      ratePercent: 0,
      zeroForZero: true,
      note: "All of HS Chapter 30 is duty-free in the EU under the WTO Pharmaceutical Agreement; TARIC shows 0% third-country duty for 3004 90 00.",
      sources: [wtoScheduleEu, celna300490, ct300490],
    },
    {
      id: "eu-duty-382211",
      heading: "382211",
      ratePercent: 0,
      note: "Diagnostic or laboratory reagents (incl. kits), subheading 3822 11: 0% in TARIC (secondary source). Other 3822 subheadings not checked.",
      sources: [ct382211],
    },
    {
      id: "eu-duty-901819",
      heading: "901819",
      ratePercent: 0,
      note: "Other electro-diagnostic apparatus: 0% in TARIC (secondary source).",
      sources: [ct901819],
    },
    {
      id: "eu-duty-901890",
      heading: "901890",
      ratePercent: 0,
      note: "Other medical or surgical instruments and appliances (all 9018 90 CN codes): 0% in TARIC (secondary source). Other 9018 subheadings not checked.",
      sources: [ct901890],
    },
    {
      id: "eu-duty-902750",
      heading: "902750",
      ratePercent: 0,
      note: "Other analysis instruments using UV, visible or IR radiation: 0% in TARIC (secondary source).",
      sources: [ct902750],
    },
    {
      id: "eu-duty-902781",
      heading: "902781",
      ratePercent: 0,
      note: "Mass spectrometers: 0% third-country duty in TARIC (secondary source).",
      sources: [taric902781],
    },
    {
      id: "eu-duty-902789",
      heading: "902789",
      ratePercent: 0,
      note: "Other instruments for physical or chemical analysis: 0% in TARIC (secondary source). Other 9027 subheadings not checked.",
      sources: [ct902789],
    },
  ],
  deMinimis: {
    id: "eu-de-minimis",
    amount: 150,
    currency: "EUR",
    covers: "duty",
    note:
      "Customs duty relief for consignments of negligible value: intrinsic value up to EUR 150 per consignment, sent directly from a third country (Reg. 1186/2009 Art. 23(1)); alcohol, perfume and tobacco excluded. Import VAT is still due: since 1 July 2021 all commercial goods imported into the EU are subject to VAT whatever their value, and need a customs declaration. The Council approved abolishing this relief in February 2026: from 1 July 2026 a flat EUR 3 customs duty applies per tariff sub-heading to items in parcels under EUR 150 sent to consumers by sellers registered in the VAT import one-stop shop (IOSS), until normal tariffs apply to all low-value goods (expected 2028). The sources do not say how the change treats business-to-business consignments outside IOSS; for Chapter 30 goods the duty is 0% anyway.",
    sources: [aeatArt23, aeatVat2021, councilSmallParcels, eogSmallParcels],
  },
  import: [
    {
      kind: "permit",
      id: "eu-import-imp-mia",
      materials: ["imp"],
      name: "Manufacturing and import authorisation for investigational medicinal products (MIA(IMP)), Reg. (EU) 536/2014 Art. 61",
      authority: "National medicines competent authority of the member state where the importing site is located",
      scope: "per-importer",
      holder: "importer",
      note:
        "Importing IMPs (incl. placebo and comparator) into the EU from a third country requires an authorisation under Art. 61(1) CTR. The holder must have suitable premises and at least one Qualified Person (QP) permanently at its disposal (Art. 61(2)). The QP certifies each batch manufactured in or imported into the EU (Art. 62), and the importer must make sure the third-country manufacturer applies GMP at least equivalent to EU GMP (Del. Reg. 2017/1569 Art. 3(2)). Importation means physical entry: the batch is customs-cleared first and QP-certified afterwards (HPRA reading of GMP Annex 21; secondary source). The authorisation is held once by the site, not per shipment. Member states may add national import requirements. Auxiliary medicinal products (e.g. rescue medication, challenge agents, background treatment) that are not authorised, or are modified outside their marketing authorisation, must be manufactured to GMP or an at least equivalent standard; the sources reviewed do not state separately whether their import needs the MIA(IMP).",
      sources: [ctrArt61, ctrArt62, gmpImpArt3, gmpAnnex21, ccmoAxmp],
    },
  ],
  export: [],
  importerOfRecord: [
    {
      id: "eu-ior-imp",
      materials: ["imp"],
      who: "The holder of an EU manufacturing and import authorisation for IMPs (MIA(IMP)) with a Qualified Person, at the EU site of physical import; the customs declarant must be established in the EU",
      foreignSponsorMayAct: false,
      mustHold: ["eu-import-imp-mia"],
      note:
        "A sponsor not established in the EU must appoint an EU legal representative (CTR Art. 74; member states may accept a contact person instead), but that representative does not make the import: regulatory import is done by the MIA(IMP) holder. For customs, the declarant must be established in the EU customs territory (UCC Art. 170(2)), apart from transit, temporary admission and occasional declarations.",
      sources: [ctrArt61, ctrArt74, gmpAnnex21, uccArt170],
    },
    {
      id: "eu-ior-general",
      materials: ["device", "ancillary", "lab-kit", "samples", "equipment"],
      who: "A customs declarant established in the EU customs territory (the importer itself or an EU customs representative acting for it)",
      foreignSponsorMayAct: false,
      note:
        "UCC Art. 170(2): the declarant must be established in the EU; exceptions are transit and temporary admission declarations, occasional declarations where customs accept it, and some border-adjacent cases. For investigational devices, a sponsor not established in the EU must also appoint an EU legal representative for the clinical investigation (MDR 2017/745 Art. 62(2)).",
      sources: [uccArt170, mdrArt62, ccmoMdrLegalRep],
    },
  ],
  exporterOfRecord: [
    {
      id: "eu-eor-general",
      materials: ["imp", "device", "ancillary", "lab-kit", "samples", "equipment"],
      who: "A person established in the EU customs territory who has the power to decide, and has decided, that the goods leave the EU; otherwise the EU-established party to the contract under which the goods leave",
      foreignSponsorMayAct: false,
      note: "Definition of exporter in Delegated Reg. 2015/2446 Art. 1(19) as amended by Reg. 2018/1063 (private individuals carrying goods in personal baggage excepted).",
      sources: [exporterDefinition],
    },
  ],
  temporaryAdmission: {
    id: "eu-temporary-admission",
    ataCarnet: true,
    note:
      "The EU accepts ATA carnets for temporary admission (e.g. professional equipment): the carnet replaces the customs declaration and provides the security for duty, and also works as a transit document inside the EU. Without a carnet, temporary admission (UCC Art. 250) gives total or partial duty relief for non-Union goods that will be re-exported unchanged (apart from normal wear) and can be identified; it needs customs authorisation. Returned goods relief (UCC Art. 203): Union goods exported and re-imported within 3 years in the same state are relieved from import duty (the period can be exceeded in special circumstances).",
    sources: [revenueAta, ecAtaTransit, zollTempAdmission, uccArt203, revenueRgr],
  },
};

export default rules;
