import type { UnionRulesInput } from "../legacyRuleModules";

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
const cn2025 = {
  title: "European Commission, Access2Markets: Combined Nomenclature and Common Customs Tariff applicable in the EU from 1 January 2025 (Commission Implementing Regulation (EU) 2024/2522), 12 December 2024",
  url: "https://trade.ec.europa.eu/access-to-markets/en/news/combined-nomenclature-and-common-customs-tariff-applicable-eu-1-january-2025",
  reviewed: "2026-12-06",
};
const reg19302006 = {
  title: "Council Regulation (EC) No 1930/2006 of 20 December 2006 amending Annex I to Regulation (EEC) No 2658/87: duty suspension for sterile adhesion barriers and ostomy appliances moved into Chapter 30 (OJ L 406, 30.12.2006; text in the Harvard Dataverse corpus of EU legislation)",
  url: "https://dataverse.harvard.edu/dataset.xhtml?persistentId=doi:10.7910/DVN/0EGYWY",
  reviewed: "2026-12-06",
};
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
const ctBase = "https://custom-tariffs-seo.pages.dev/en/codes/";
const ctPage = (slug: string, title: string) => ({ title: `CustomTariffs – ${title} (EU TARIC rate)`, url: ctBase + slug, reviewed: R });
const ct300630 = ctPage("3006-30-opacifying-preparations-for-x-ray-examinations-diagnostic-reagents-designed-to-b", "HS 300630 Opacifying preparations for X-ray examinations; diagnostic reagents designed to be administered to the patient");
const ct300693 = ctPage("3006-93-placebos-and-blinded-or-double-blinded-clinical-trial-kits-for-a-recognised-clin", "HS 300693 Placebos and blinded (or double-blinded) clinical trial kits for a recognised clinical trial");
const ct382212 = ctPage("3822-12-for-zika-and-other-diseases-transmitted-by-mosquitoes-of-the-genus-aedes", "HS 382212 Reagents for Zika and other diseases transmitted by Aedes mosquitoes");
const ct382213 = ctPage("3822-13-for-blood-grouping", "HS 382213 Reagents for blood-grouping");
const ct382219 = ctPage("3822-19-other", "HS 382219 Other diagnostic or laboratory reagents");
const ct382290 = ctPage("3822-90-other", "HS 382290 Other (certified reference materials)");
const hs2022Reagents = {
  title: "Guanwu Xiaoer customs forum – HS 2022 amendments for diagnostic reagents: 3002 11, 3002 19 and 3006 20 moved to heading 3822 (in Chinese)",
  url: "https://guanwuxiaoer.com/thread-4745-1-1.html",
  reviewed: R,
};
const tc3822 = {
  title: "TradeClassifier – HS heading 3822 (3822 11 malaria, 3822 12 Zika/Aedes, 3822 13 blood-grouping, 3822 19 other, 3822 90 certified reference materials)",
  url: "https://tradeclassifier.com/hs-code/heading/3822",
  reviewed: R,
};
const ct901811 = ctPage("9018-11-electrodiagnostic-apparatus-including-apparatus-for-functional-exploratory-exami", "HS 901811 Electro-cardiographs / electro-diagnostic apparatus");
const ct901812 = ctPage("9018-12-ultrasonic-scanning-apparatus", "HS 901812 Ultrasonic scanning apparatus");
const ct901813 = ctPage("9018-13-magnetic-resonance-imaging-apparatus", "HS 901813 Magnetic resonance imaging apparatus");
const ct901814 = ctPage("9018-14-scintigraphic-apparatus", "HS 901814 Scintigraphic apparatus");
const ct901820 = ctPage("9018-20-ultraviolet-or-infra-red-ray-apparatus", "HS 901820 Ultraviolet or infra-red ray apparatus");
const ct901831 = ctPage("9018-31-syringes-needles-catheters-cannulae-and-the-like", "HS 901831 Syringes, with or without needles");
const ct901832 = ctPage("9018-32-tubular-metal-needles-and-needles-for-sutures", "HS 901832 Tubular metal needles and needles for sutures");
const ct901839 = ctPage("9018-39-other", "HS 901839 Other needles, catheters, cannulae and the like");
const ct901841 = ctPage("9018-41-other-instruments-and-appliances-used-in-dental-sciences", "HS 901841 Dental drill engines");
const ct901849 = ctPage("9018-49-other", "HS 901849 Other dental instruments and appliances");
const ct901850 = ctPage("9018-50-other-ophthalmic-instruments-and-appliances", "HS 901850 Other ophthalmic instruments and appliances");
const ct902710 = ctPage("9027-10-gas-or-smoke-analysis-apparatus", "HS 902710 Gas or smoke analysis apparatus");
const ct902720 = ctPage("9027-20-chromatographs-and-electrophoresis-instruments", "HS 902720 Chromatographs and electrophoresis instruments");
const ct902730 = ctPage("9027-30-spectrometers-spectrophotometers-and-spectrographs-using-optical-radiation-uv-vi", "HS 902730 Spectrometers, spectrophotometers and spectrographs using optical radiation");
const taric902730 = {
  title: "TARIC check – 9027 30 00 00 spectrometers, third-country duty (source DG TAXUD)",
  url: "https://taric-check.com/browse/9027300000?country=CN&lang=en",
  reviewed: R,
};
const ct902790 = ctPage("9027-90-microtomes-parts-and-accessories", "HS 902790 Microtomes; parts and accessories");
const ct841830 = ctPage("8418-30-freezers-of-the-chest-type-not-exceeding-800-litres-capacity", "HS 841830 Freezers of the chest type, not exceeding 800 litres capacity");
const ct841840 = ctPage("8418-40-freezers-of-the-upright-type-not-exceeding-900-litres-capacity", "HS 841840 Freezers of the upright type, not exceeding 900 litres capacity");
const ct841850 = ctPage("8418-50-other-furniture-chests-cabinets-display-counters-showcases-and-the-like-for-stor", "HS 841850 Other furniture (chests, cabinets and the like) incorporating refrigerating or freezing equipment");
const ct841869 = ctPage("8418-69-other", "HS 841869 Other refrigerating or freezing equipment");
const ct842119 = ctPage("8421-19-other", "HS 842119 Other centrifuges (e.g. laboratory centrifuges)");
const taric841830 = {
  title: "TARIC check – 8418 30 80 91 chest freezers, third-country duty (source DG TAXUD)",
  url: "https://taric-check.com/browse/84183080A91?lang=en",
  reviewed: R,
};
const taric841861 = {
  title: "TARIC check – 8418 61 00 99 other refrigerating or freezing equipment, third-country duty (source DG TAXUD)",
  url: "https://taric-check.com/browse/8418B61A0099?country=CN&lang=en",
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
const falsifiedMedicinesImporterAuthorisation = {
  title: "Directive 2011/62/EU text, French and Dutch (Wordscope translation-memory copy, secondary source): for medicinal products imported from third countries the supervisory authorities are those of the member state that granted the importer the authorisation referred to in Article 40(3) of Directive 2001/83/EC",
  url: "https://www.wordscope.be/francais/neerlandais/importer+des+m%C3%A9dicaments+salvateurs+moins.html",
  reviewed: "2026-12-06",
};
const gmpDirective2017Art4 = {
  title: "Directive (EU) 2017/1572, Article 4: medicinal products imported from third countries must be made by duly authorised manufacturers to standards at least equivalent to EU GMP (legislation.gov.uk copy)",
  url: "https://www.legislation.gov.uk/eudr/2017/1572/article/4?timeline=false&view=plain+extent",
  reviewed: "2026-12-06",
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

// MDR / IVDR definitions and importer role
const johnerPlacing = {
  title: "Johner Institute – Placing on the market (MDR definition: first making available of a device, other than an investigational device)",
  url: "https://blog.johner-institute.com/regulatory-affairs/placing-on-the-market",
  reviewed: R,
};
const johnerImporters = {
  title: "Johner Institute – Importers under the MDR and IVDR",
  url: "https://www.johner-institute.com/articles/regulatory-affairs/and-more/importers-mdr-and-ivdr/",
  reviewed: R,
};
const medenvoyPlacing = {
  title: "MedEnvoy – Regulatory compliance and the meaning of placing on the market (MDR/IVDR definitions, incl. devices for performance study)",
  url: "https://medenvoyglobal.com/blog/regulatory-compliance-and-the-meaning-of-placing-on-the-market/",
  reviewed: R,
};
const regulatoryGlobePlacing = {
  title: "Regulatory Globe – Placing on the market vs making available on the market (MDR Art. 2(27)-(28), IVDR Art. 2(20)-(21))",
  url: "https://www.regulatoryglobe.com/placing-on-the-market-vs-making-available-on-the-market/",
  reviewed: R,
};
const mdcg202127 = {
  title: "MDCG 2021-27 – Questions and Answers on Articles 13 & 14 of Regulation (EU) 2017/745 and Regulation (EU) 2017/746 (interactive version)",
  url: "https://helpdesk.astracon.eu/mdcg-2021-27/",
  reviewed: R,
};
const fimeaImporters = {
  title: "Fimea (Finnish Medicines Agency) – Medical devices: importers",
  url: "https://www.fimea.fi/en/web/en/medical-devices/operators/importers",
  reviewed: R,
};

// Export controls on medicines that could be used for capital punishment (Reg. (EU) 2019/125)
const antiTortureReg = {
  title: "EUR-Lex – Regulation (EU) 2019/125 concerning trade in certain goods which could be used for capital punishment, torture or other cruel, inhuman or degrading treatment or punishment (consolidated)",
  url: "https://eur-lex.europa.eu/eli/reg/2019/125",
  reviewed: R,
};
const antiTortureAnnexIV = {
  title: "Export control list, entry HR.IV – List of goods referred to in Article 16 (Reg. 2019/125 Annex IV: short and intermediate acting barbiturate anaesthetic agents)",
  url: "https://govuk.cln.exportcontroldigital.dev/entries/HR.IV/",
  reviewed: R,
};
const antiTortureGea = {
  title: "Regulation (EU) 2019/125, Annex V: Union general export authorisation EU GEA 2019/125 (goods and destinations)",
  url: "https://www.legislation.gov.uk/eur/2019/125/annex/I/annex/V/division/1/data.html",
  reviewed: R,
};
const reg1352Recitals = {
  title: "Commission Implementing Regulation (EU) No 1352/2011 amending Regulation (EC) No 1236/2005 (medicinal products diverted for capital punishment)",
  url: "https://eurlexa.com/act/en/32011R1352/present/text?noJS=true",
  reviewed: R,
};

// Drug precursors: medicinal products containing ephedrine or pseudoephedrine (Reg. (EC) 111/2005, Category 4)
const bfarmPrecursors = {
  title: "BfArM (Federal Opium Agency) – Import and export of precursors (Regulation (EC) No 111/2005)",
  url: "https://www.bfarm.de/EN/Federal-Opium-Agency/Precursors/Import-and-Export/_node.html",
  reviewed: R,
};
const feccPrecursors = {
  title: "FECC – Drug precursors: Regulations (EU) No 1259/2013 and 1258/2013 (export of Category 4 medicinal products)",
  url: "https://www.fecc.org/committees/precursors-committee/40-website-joomla/committees-public/380-drug-precursors",
  reviewed: R,
};
const faggPrecursors = {
  title: "FAMHP/FAGG (Belgium) – Precursor regulation: medicinal products containing ephedrine or pseudoephedrine need an export authorisation (2014)",
  url: "https://www.fagg.be/nl/news/news_precurseurs_reglementation_2014",
  reviewed: R,
};
const reg111Art12 = {
  title: "Council Regulation (EC) No 111/2005, Article 12: export authorisation (consolidated text 2024)",
  url: "https://fantasticsearch.net/law/eu/en?article=1&id=824mZpsB1anJoctMXlsa",
  reviewed: R,
};

// Dual-use export controls (Reg. (EU) 2021/821)
const dualUseReg = {
  title: "Regulation (EU) 2021/821 setting up a Union regime for the control of exports, brokering, technical assistance, transit and transfer of dual-use items (recast), full text",
  url: "https://legalize.dev/eu/law/32021R0821",
  reviewed: R,
};
const sbduDualUse = {
  title: "SBDU (French Ministry of Economy, dual-use goods service) – European regulations: Regulation (EU) 2021/821 and its Annex I",
  url: "https://sbdu.entreprises.gouv.fr/en/regulation-dual-use-goods/european-regulations",
  reviewed: R,
};
const agctDualUse = {
  title: "AGCT – New EU Regulation 2021/821 on dual-use organisms (entry 1C351 human and animal pathogens and toxins)",
  url: "https://agct-consulting.de/en/blogs/agct-gentechnik-report/neue-eu-verordnung-eu-2021-821-zu-dual-use-organismen",
  reviewed: R,
};

// Samples
const regaskEuSamples = {
  title: "Regask – EU guidebook, 6. Biological specimen (no harmonised export permit identified; CTR Art. 7(1)(h) form on national rules for human biological samples)",
  url: "https://library.regask.com/docs/6-biological-specimen",
  reviewed: R,
};
const klgExporter = {
  title: "KLG Europe – Exporters in European customs legislation (only an EU-based exporter may be named on the export declaration)",
  url: "https://www.klgeurope.com/en/news/exporters",
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

// Free export / free import principles
const eurLexExportSummary = {
  title: "EUR-Lex – Summary: Common EU rules for exports (Regulation (EU) 2015/479)",
  url: "https://eur-lex.europa.eu/legal-content/EN/LSU/?uri=CELEX%3A32015R0479",
  reviewed: R,
};
const reg2015479Art1 = {
  title: "Regulation (EU) 2015/479 on common rules for exports, Article 1: exportation from the Union to third countries shall be free",
  url: "https://lexray.eu/crer",
  reviewed: R,
};
const ecExportProcedure = {
  title: "European Commission, Taxation and Customs Union – Export procedure (Art. 269 UCC: export declaration, export licence where necessary)",
  url: "https://taxation-customs.ec.europa.eu/customs-4/customs-procedures-import-and-export-0/what-exportation/export-procedure_ro",
  reviewed: R,
};
const ecExportReexport = {
  title: "European Commission, Taxation and Customs Union – Customs procedures: export procedure, pre-departure declaration and re-export of non-EU goods",
  url: "https://taxation-customs.ec.europa.eu/customs/customs-procedures-import-and-export/outward-processing_en",
  reviewed: R,
};
const eurLexImportSummary = {
  title: "EUR-Lex – Summary: Common EU rules for imports (Regulation (EU) 2015/478: products imported freely, without quantitative restrictions, unless safeguard measures apply)",
  url: "https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=LEGISSUM%3A070202_3",
  reviewed: R,
};
const regaskFrSamples = {
  title: "Regask – France guidebook, 6. Biological specimen (Ministry of Research authorisation to import or export human biological samples for scientific purposes)",
  url: "https://library.regask.com/docs/6-biological-specimen-4",
  reviewed: R,
};

// Market surveillance: controls on products entering the Union market (Reg. (EU) 2019/1020)
const msrSummary = {
  title: "EUR-Lex – Summary: Regulation (EU) 2019/1020 on market surveillance and compliance of products (controls on products imported into the EU)",
  url: "https://eur-lex.europa.eu/legal-content/AUTO/?uri=LEGISSUM:4406077&qid=1603754085561&rid=3",
  reviewed: R,
};
const msrChapterVII = {
  title: "Regulation (EU) 2019/1020, Chapter VII: Products entering the Union market (Arts 25-28, controls by customs and market surveillance authorities; legislation.gov.uk copy of the EU text)",
  url: "https://www.legislation.gov.uk/eur/2019/1020/chapter/VII",
  reviewed: R,
};
const sorenaCustomsHolds = {
  title: "Sorena – EU market surveillance regulation FAQ: customs holds (grounds for suspending release for free circulation, Reg. 2019/1020 Art. 26)",
  url: "https://www.sorena.io/artifacts/eu/market-surveillance-regulation/faq/customs-holds",
  reviewed: R,
};

// Medical devices and IVDs: no pre-market authorisation by an authority; CE marking; investigational devices
const mdrProposal2012 = {
  title: "EUR-Lex – Commission proposal COM(2012) 542 for a Regulation on medical devices, explanatory memorandum (no pre-market authorisation by a regulatory authority; CE marking allows free circulation)",
  url: "https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:52012PC0542&from=SK",
  reviewed: R,
};
const ivdrProposal2012 = {
  title: "EUR-Lex – Commission proposal COM(2012) 541 for a Regulation on in vitro diagnostic medical devices, explanatory memorandum (no pre-market authorisation by a regulatory authority; CE marking allows free circulation)",
  url: "https://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=COM%3A2012%3A0541%3AFIN%3AEN%3AHTML",
  reviewed: R,
};
const rimsysNational = {
  title: "Rimsys – EU country-specific medical device registration requirements (additional national registration in some member states)",
  url: "https://rimsys.io/blog/eu-country-specific-medical-device-registration-requirements",
  reviewed: R,
};
const dmpCeMarking = {
  title: "Norwegian Medical Products Agency (DMP) – CE marking of conformity: investigational devices and devices for performance studies shall not bear the CE marking (MDR Art. 20, IVDR Art. 18)",
  url: "https://www.dmp.no/en/medical-devices/development-and-manufacturing/conformity-assessment/ce-marking-of-conformity",
  reviewed: R,
};
const topraCiApplications = {
  title: "TOPRA – Essentials of European Medical Device Regulatory Affairs: clinical investigations under MDR Art. 62 (applications for non-CE-marked devices under Art. 70; start after competent authority and ethics approval)",
  url: "https://user-zlub8kj.cld.bz/Essentials-of-European-Medical-Device-Regulatory-Affairs3/78",
  reviewed: R,
};
const topraArt74 = {
  title: "TOPRA – Module 15 (2022), MDR Arts 62 and 74: PMCF investigations with invasive or burdensome procedures notified at least 30 days before they start",
  url: "https://user-zlub8kj.cld.bz/Module-15-2022/129",
  reviewed: R,
};
const fimeaCi = {
  title: "Fimea (Finnish Medicines Agency) – Clinical evaluation and clinical investigations (MDR Art. 62, 74(1) and 82 pathways)",
  url: "https://fimea.fi/en/medical-devices/investigations-with-devices/clinical-evaluation-and-clinical-investigations",
  reviewed: R,
};
const jazmpPerformanceStudies = {
  title: "JAZMP (Slovenian medicines agency) – Performance studies of in vitro diagnostic medical devices (IVDR Arts 57, 58, 58(2) and 70; specimen receptacles are IVDs)",
  url: "https://www.jazmp.si/en/medical-devices/performance-evaluation-studies",
  reviewed: R,
};
const fimeaPerformanceStudies = {
  title: "Fimea (Finnish Medicines Agency) – Performance studies of IVD devices (all performance studies must meet IVDR Art. 57)",
  url: "https://fimea.fi/en/medical-devices/investigations-with-devices/performance-evaluation-and-performance-studies-of-ivd-devices",
  reviewed: R,
};
const reuschMdcg20255 = {
  title: "Reuschlaw – IVDR in practice: performance studies (MDCG 2025-5: which studies need an application or notification)",
  url: "https://www.reuschlaw.de/en/news/ivdr-in-practice-what-manufacturers-need-to-consider-in-performance-studies/",
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
      note: "Heading 3002 is duty-free in the EU under the WTO Pharmaceutical Agreement (the EU schedule's headnotes); TARIC shows 0% for subheadings 3002 13 and 3002 15. Checked against the tariff of 2025 (CN of Implementing Regulation (EU) 2024/2522); the CN applicable from 1 January 2026 was not reviewed.",
      sources: [wtoScheduleEu, ct300213, ct300215],
    },
    {
      id: "eu-duty-3004",
      heading: "3004",
      ratePercent: 0,
      zeroForZero: true,
      note: "Heading 3004 is duty-free in the EU under the WTO Pharmaceutical Agreement (the EU schedule's headnotes); TARIC shows 0% third-country duty for 3004 90 00. Checked against the tariff of 2025 (CN of Implementing Regulation (EU) 2024/2522); the CN applicable from 1 January 2026 was not reviewed.",
      sources: [wtoScheduleEu, celna300490, ct300490],
    },
    {
      id: "eu-duty-300630",
      heading: "300630",
      ratePercent: 0,
      zeroForZero: true,
      note: "Opacifying preparations for X-ray examinations and diagnostic reagents designed to be administered to the patient (3006 30): 0% in TARIC (secondary source). Only the 3006 subheadings listed in these rules (3006 30, 3006 91, 3006 93) have a sourced 0% rate: other 3006 lines (e.g. 3006 70 gel preparations) were not checked and may carry duty, so a row with one of them gets no estimate. Blood-grouping reagents, formerly 3006 20, moved to 3822 13 in HS 2022. The CN applicable from 1 January 2026 was not reviewed.",
      sources: [ct300630, wtoScheduleEu, hs2022Reagents, cn2025],
    },
    {
      id: "eu-duty-300691",
      heading: "300691",
      ratePercent: 0,
      note: "Appliances identifiable for ostomy use (3006 91): classified in Chapter 30 since 1 January 2007 and made duty-free by an indefinite suspension of their former 6.5% duty (Council Regulation (EC) No 1930/2006), not by the WTO Pharmaceutical Agreement. The same regulation covers sterile surgical or dental adhesion barriers (3006 10). Later changes were not checked.",
      sources: [reg19302006],
    },
    {
      id: "eu-duty-300693",
      heading: "300693",
      ratePercent: 0,
      zeroForZero: true,
      note: "Placebos and blinded (or double-blinded) clinical trial kits for a recognised clinical trial, put up in measured doses: 0% in TARIC (secondary source); Chapter 30 is duty-free under the WTO Pharmaceutical Agreement.",
      sources: [ct300693, wtoScheduleEu],
    },
    {
      id: "eu-duty-3822",
      heading: "3822",
      ratePercent: 0,
      note: "Diagnostic or laboratory reagents and certified reference materials: every HS 2022 subheading of 3822 (3822 11, 12, 13, 19 and 90) shows 0% third-country duty in TARIC (secondary source). In HS 2022 the diagnostic kits formerly in 3002 11/3002 19 and the blood-grouping reagents formerly in 3006 20 moved into 3822.",
      sources: [ct382211, ct382212, ct382213, ct382219, ct382290, tc3822, hs2022Reagents],
    },
    {
      id: "eu-duty-382211",
      heading: "382211",
      ratePercent: 0,
      note: "Reagents for malaria, subheading 3822 11 (HS 2022): 0% in TARIC (secondary source).",
      sources: [ct382211, tc3822, hs2022Reagents],
    },
    {
      id: "eu-duty-382212",
      heading: "382212",
      ratePercent: 0,
      note: "Reagents for Zika and other diseases transmitted by Aedes mosquitoes, subheading 3822 12: 0% in TARIC (secondary source).",
      sources: [ct382212],
    },
    {
      id: "eu-duty-382213",
      heading: "382213",
      ratePercent: 0,
      note: "Blood-grouping reagents, subheading 3822 13 (3006 20 before HS 2022): 0% in TARIC (secondary source).",
      sources: [ct382213, hs2022Reagents],
    },
    {
      id: "eu-duty-382219",
      heading: "382219",
      ratePercent: 0,
      note: "Other diagnostic or laboratory reagents, incl. kits (all 3822 19 CN codes): 0% in TARIC (secondary source).",
      sources: [ct382219],
    },
    {
      id: "eu-duty-382290",
      heading: "382290",
      ratePercent: 0,
      note: "Other products of heading 3822 (mainly certified reference materials), subheading 3822 90: 0% in TARIC (secondary source).",
      sources: [ct382290],
    },
    {
      id: "eu-duty-9018",
      heading: "9018",
      ratePercent: 0,
      note: "Medical, surgical, dental and veterinary instruments and appliances: every subheading of 9018 (9018 11 to 9018 90) shows 0% third-country duty in TARIC (secondary source).",
      sources: [ct901811, ct901812, ct901813, ct901814, ct901819, ct901820, ct901831, ct901832, ct901839, ct901841, ct901849, ct901850, ct901890],
    },
    {
      id: "eu-duty-901811",
      heading: "901811",
      ratePercent: 0,
      note: "Electro-cardiographs: 0% in TARIC (secondary source).",
      sources: [ct901811],
    },
    {
      id: "eu-duty-901812",
      heading: "901812",
      ratePercent: 0,
      note: "Ultrasonic scanning apparatus: 0% in TARIC (secondary source).",
      sources: [ct901812],
    },
    {
      id: "eu-duty-901813",
      heading: "901813",
      ratePercent: 0,
      note: "Magnetic resonance imaging apparatus: 0% in TARIC (secondary source).",
      sources: [ct901813],
    },
    {
      id: "eu-duty-901814",
      heading: "901814",
      ratePercent: 0,
      note: "Scintigraphic apparatus: 0% in TARIC (secondary source).",
      sources: [ct901814],
    },
    {
      id: "eu-duty-901819",
      heading: "901819",
      ratePercent: 0,
      note: "Other electro-diagnostic apparatus: 0% in TARIC (secondary source).",
      sources: [ct901819],
    },
    {
      id: "eu-duty-901820",
      heading: "901820",
      ratePercent: 0,
      note: "Ultraviolet or infra-red ray apparatus: 0% in TARIC (secondary source).",
      sources: [ct901820],
    },
    {
      id: "eu-duty-901831",
      heading: "901831",
      ratePercent: 0,
      note: "Syringes, with or without needles (all 9018 31 CN codes): 0% in TARIC (secondary source).",
      sources: [ct901831],
    },
    {
      id: "eu-duty-901832",
      heading: "901832",
      ratePercent: 0,
      note: "Tubular metal needles and needles for sutures (all 9018 32 CN codes): 0% in TARIC (secondary source).",
      sources: [ct901832],
    },
    {
      id: "eu-duty-901839",
      heading: "901839",
      ratePercent: 0,
      note: "Other needles, catheters, cannulae and the like: 0% in TARIC (secondary source).",
      sources: [ct901839],
    },
    {
      id: "eu-duty-901841",
      heading: "901841",
      ratePercent: 0,
      note: "Dental drill engines: 0% in TARIC (secondary source).",
      sources: [ct901841],
    },
    {
      id: "eu-duty-901849",
      heading: "901849",
      ratePercent: 0,
      note: "Other dental instruments and appliances (all 9018 49 CN codes): 0% in TARIC (secondary source).",
      sources: [ct901849],
    },
    {
      id: "eu-duty-901850",
      heading: "901850",
      ratePercent: 0,
      note: "Other ophthalmic instruments and appliances (all 9018 50 CN codes): 0% in TARIC (secondary source).",
      sources: [ct901850],
    },
    {
      id: "eu-duty-901890",
      heading: "901890",
      ratePercent: 0,
      note: "Other medical or surgical instruments and appliances (all 9018 90 CN codes): 0% in TARIC (secondary source).",
      sources: [ct901890],
    },
    {
      id: "eu-duty-9027",
      heading: "9027",
      ratePercent: 0,
      note: "Instruments and apparatus for physical or chemical analysis: every HS 2022 subheading of 9027 (9027 10, 20, 30, 50, 81, 89 and 90) shows 0% third-country duty in TARIC (secondary source).",
      sources: [ct902710, ct902720, ct902730, ct902750, taric902781, ct902789, ct902790],
    },
    {
      id: "eu-duty-902710",
      heading: "902710",
      ratePercent: 0,
      note: "Gas or smoke analysis apparatus (all 9027 10 CN codes): 0% in TARIC (secondary source).",
      sources: [ct902710],
    },
    {
      id: "eu-duty-902720",
      heading: "902720",
      ratePercent: 0,
      note: "Chromatographs and electrophoresis instruments: 0% in TARIC (secondary source).",
      sources: [ct902720],
    },
    {
      id: "eu-duty-902730",
      heading: "902730",
      ratePercent: 0,
      note: "Spectrometers, spectrophotometers and spectrographs using optical radiation (UV, visible, IR): 0% third-country duty in TARIC (secondary sources).",
      sources: [ct902730, taric902730],
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
      note: "Other instruments for physical or chemical analysis: 0% in TARIC (secondary source).",
      sources: [ct902789],
    },
    {
      id: "eu-duty-902790",
      heading: "902790",
      ratePercent: 0,
      note: "Microtomes; parts and accessories of heading 9027 instruments: 0% in TARIC (secondary source).",
      sources: [ct902790],
    },
    {
      id: "eu-duty-8418",
      heading: "8418",
      ratePercent: 2.2,
      note: "Freezers and other refrigerating or freezing equipment: chest freezers (8418 30), upright freezers (8418 40), refrigerating or freezing cabinets and chests (8418 50), other refrigerating or freezing equipment (8418 61, 8418 69) all carry 2.2% third-country duty in TARIC (secondary sources). Codes for use in civil aircraft are duty-free, and household refrigerators and combined refrigerator-freezers (8418 10, 8418 21) are in other subheadings not covered here; use the subheading rate where the CN code is known. Which subheading a laboratory or ultra-low-temperature freezer falls under depends on its design (chest, upright, cabinet); no classification ruling is given here.",
      sources: [ct841830, ct841840, ct841850, ct841869, taric841830, taric841861],
    },
    {
      id: "eu-duty-841830",
      heading: "841830",
      ratePercent: 2.2,
      note: "Freezers of the chest type, not exceeding 800 litres: 2.2% third-country duty in TARIC (the civil-aircraft code is duty-free) (secondary sources).",
      sources: [ct841830, taric841830],
    },
    {
      id: "eu-duty-841840",
      heading: "841840",
      ratePercent: 2.2,
      note: "Freezers of the upright type, not exceeding 900 litres: 2.2% third-country duty in TARIC (the civil-aircraft code is duty-free) (secondary source).",
      sources: [ct841840],
    },
    {
      id: "eu-duty-841850",
      heading: "841850",
      ratePercent: 2.2,
      note: "Other furniture (chests, cabinets, counters and the like) incorporating refrigerating or freezing equipment: 2.2% third-country duty in TARIC (secondary source).",
      sources: [ct841850],
    },
    {
      id: "eu-duty-841861",
      heading: "841861",
      ratePercent: 2.2,
      note: "Other refrigerating or freezing equipment, compression type with heat-exchanger condensers (CN 8418 61 00 99): 2.2% third-country duty in TARIC (secondary source).",
      sources: [taric841861],
    },
    {
      id: "eu-duty-841869",
      heading: "841869",
      ratePercent: 2.2,
      note: "Other refrigerating or freezing equipment: 2.2% third-country duty in TARIC (the civil-aircraft code is duty-free) (secondary source).",
      sources: [ct841869],
    },
    {
      id: "eu-duty-842119",
      heading: "842119",
      ratePercent: 1.5,
      note: "Centrifuges other than cream separators and clothes-dryers (the subheading that covers laboratory centrifuges): TARIC lists 1.5% third-country duty for CN 8421 19 20 and 0% for CN 8421 19 70 (secondary source). The source does not give the wording of the two CN codes, so 1.5% is used as the estimate; confirm the CN code of the centrifuge, as the duty may be 0%. Other subheadings of 8421 (filtering and purifying machinery) are not covered here.",
      sources: [ct842119],
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
    {
      kind: "permit",
      id: "eu-import-device-clinical-investigation",
      materials: ["device"],
      name: "Authorisation or notification of the clinical investigation in which the investigational device is used (MDR 2017/745 Arts 62, 70, 74(1) and 82)",
      authority: "Competent authority for medical devices of each member state where the clinical investigation is conducted",
      scope: "per-trial",
      holder: "sponsor",
      leadTimeDays: 75,
      note:
        "Investigational devices do not bear the CE marking (MDR Art. 20), and supplying them for a clinical investigation is not 'placing on the market' (MDR Art. 2(28)), so the CE-marking route and the EU importer's duties under Art. 13 do not apply to them; they are used under the clinical investigation instead. Which procedure applies depends on the device and the study: a non-CE-marked device, or a CE-marked device used outside its intended purpose, investigated to demonstrate conformity needs an authorisation under Art. 62 (application under Art. 70), and the investigation can start once the competent authority and the ethics committee have approved it (secondary source); a post-market follow-up investigation of a CE-marked device within its intended purpose that adds invasive or burdensome procedures must be notified to the member states concerned at least 30 days before it starts (Art. 74(1); secondary source); other clinical investigations follow Art. 82 and national rules (e.g. Finland requires an authorisation for them). A sponsor not established in the EU must appoint an EU legal representative (Art. 62(2)). These sources name no separate EU import licence for investigational devices; member states may add national requirements. Lead time shown: up to 10 days for validation of the application plus, for devices that need an authorisation (invasive class IIa/IIb and class III), up to 45 days after validation, extendable by 20 days for expert consultation (75 days, not counting time the sponsor takes to answer questions); class I and non-invasive class IIa/IIb investigations may start right after validation unless national law says otherwise (secondary source).",
      sources: [ { title: "TOPRA – The Medical Devices Introductory Course 2020: Clinical Investigation Notification (MDR Art. 70 timelines)", url: "https://user-zlub8kj.cld.bz/The-Medical-Devices-Introductory-Course-2020/162", reviewed: "2026-11-26" },dmpCeMarking, johnerPlacing, regulatoryGlobePlacing, fimeaCi, topraCiApplications, topraArt74, mdrArt62],
    },
    {
      kind: "permit",
      id: "eu-import-ancillary-axmp-authorisation",
      materials: ["ancillary"],
      name: "Import authorisation of the importer of medicinal products from third countries (Directive 2001/83/EC Art. 40(3)), for ancillary supplies that are auxiliary medicinal products",
      authority: "National medicines competent authority of the member state where the importing site is located",
      scope: "per-importer",
      holder: "importer",
      onlyWhen: "the ancillary supplies are or include auxiliary medicinal products (e.g. rescue, challenge or background medication) imported from outside the EU/EEA",
      note:
        "Auxiliary medicinal products are medicinal products, not devices, so the 'no permit' for CE-marked ancillary devices does not reach them. A medicinal product imported from a third country is imported under the authorisation that Article 40(3) of Directive 2001/83/EC requires of the importer, and must have been made by a duly authorised manufacturer to standards at least equivalent to EU GMP (Directive (EU) 2017/1572 Art. 4(2)). Unauthorised auxiliary medicinal products, or authorised ones modified outside their marketing authorisation, must also be made to GMP or an equivalent standard. Whether an unauthorised auxiliary medicinal product is imported under this authorisation or under the MIA(IMP) of Reg. (EU) 536/2014 Art. 61 was not confirmed: ask the national competent authority.",
      sources: [falsifiedMedicinesImporterAuthorisation, gmpDirective2017Art4, ccmoAxmp],
    },
    {
      kind: "none",
      id: "eu-import-ancillary-ce-marked",
      materials: ["ancillary"],
      sourceCovers: ["ancillary"],
      onlyFor: "ancillary supplies that are CE-marked medical devices (syringes, needles, infusion sets, other consumables)",
      note:
        "No EU import licence or health-authority import permit for CE-marked medical devices used as ancillary supplies (syringes, needles, infusion sets, other consumables): in the EU, medical devices are not subject to pre-market authorisation by a regulatory authority but to conformity assessment (with a notified body for higher-risk devices), and the resulting CE marking lets them circulate freely. The EU-established importer that places them on the EU market must check the CE marking, labelling, UDI and EUDAMED registration and add its own name and address (MDR Art. 13; see importer of record). Customs and market surveillance authorities check products entering the EU market and may suspend release for free circulation where the CE marking, required documents or the EU economic operator's contact details are missing or doubtful (Reg. (EU) 2019/1020 Arts 25-28; grounds as summarised in a secondary source). The EU imports products freely, without quantitative restrictions, unless safeguard measures apply (Reg. (EU) 2015/478). Ancillary supplies that are auxiliary medicinal products (e.g. rescue or background medication) are not covered by this rule: their importer needs an import authorisation (see that rule). Some member states require a national registration or notification of devices placed on their market (secondary source).",
      sources: [mdrProposal2012, mdcg202127, msrSummary, msrChapterVII, sorenaCustomsHolds, eurLexImportSummary, rimsysNational],
    },
    {
      kind: "none",
      id: "eu-import-lab-kit-ce-ivd",
      materials: ["lab-kit"],
      sourceCovers: ["lab-kit"],
      note:
        "No EU import licence or health-authority import permit for CE-marked in vitro diagnostic devices (IVDs), including sample collection kits: specimen receptacles are themselves IVDs under the IVDR. IVDs are not subject to pre-market authorisation by a regulatory authority but to conformity assessment, and the CE marking lets them circulate freely in the EU. The EU-established importer that places them on the EU market has the IVDR Art. 13 duties (see importer of record), and customs and market surveillance authorities may suspend release for free circulation where the CE marking or required documents are missing or doubtful (Reg. (EU) 2019/1020 Arts 25-28). Kits containing devices for performance study (not CE marked) are covered by the performance-study rule; some member states require a national registration or notification of devices placed on their market (secondary source).",
      sources: [ivdrProposal2012, jazmpPerformanceStudies, mdcg202127, msrSummary, msrChapterVII, eurLexImportSummary, rimsysNational],
    },
    {
      kind: "permit",
      id: "eu-import-lab-kit-performance-study",
      materials: ["lab-kit"],
      name: "Performance study application or notification for devices for performance study (IVDR 2017/746 Arts 58 and 70)",
      authority: "Competent authority for in vitro diagnostic medical devices of each member state concerned",
      scope: "per-trial",
      holder: "sponsor",
      onlyWhen: "the kit contains an in vitro diagnostic device that is not CE marked (a device for performance study), or a CE-marked IVD used outside its intended purpose, in a performance study that needs an application or notification (e.g. invasive sample-taking for the study, an interventional study, or a companion diagnostic tested on left-over samples)",
      leadTimeDays: 65,
      note:
        "Devices for performance study do not bear the CE marking (IVDR Art. 18). Every performance study must meet IVDR Art. 57; certain studies need an application to the competent authority (Art. 58(1)), performance studies of companion diagnostics using only left-over samples need a notification (Art. 58(2)), and studies with CE-marked IVDs (post-market performance follow-up, or use outside the intended purpose) come under Art. 70. MDCG 2025-5 explains which studies need an application or notification, using criteria such as invasive sample-taking, interventional design and companion diagnostics (secondary source). Lead time shown: the primary assessment of a performance study under IVDR Art. 58/70(2) takes at most 45 calendar days, plus 20 if experts are consulted, plus any clock stop, as applied by the Dutch CCMO; validation of the application comes first, and studies under Art. 70(1) follow a different timetable.",
      sources: [ { title: "CCMO – Assessment deadlines for IVD performance studies", url: "https://english.ccmo.nl/investigators/performance-studies-using-in-vitro-diagnostics-ivdr/primary-submission-ivd-performance-studies/assessment-deadlines-for-ivd-performance-studies", reviewed: "2026-11-26" },dmpCeMarking, jazmpPerformanceStudies, fimeaPerformanceStudies, reuschMdcg20255],
    },
    {
      kind: "permit",
      id: "eu-import-equipment-fgas-registration",
      materials: ["equipment"],
      name: "Registration as importer in the F-gas Portal (the import licence of Reg. (EU) 2024/573), with the registration number on the customs declaration and, for refrigeration, air-conditioning and heat-pump equipment pre-charged with HFCs, the HFCs covered by quota",
      authority: "European Commission (F-gas Portal)",
      scope: "per-importer",
      holder: "importer",
      leadTimeDays: 10,
      onlyWhen: "the equipment contains fluorinated greenhouse gases, e.g. a freezer, refrigerator, cooling unit or air conditioner pre-charged with an HFC refrigerant",
      note:
        "Under Regulation (EU) 2024/573 a valid registration in the F-gas Portal is required, as an import licence, for all customs procedures except temporary storage (Arts 20 and 22); the customs declaration must give the F-gas Portal registration number and the quantity of gases in metric tonnes and CO2 equivalent (Art. 23), and the registered undertaking must be the importer (or declarant) named on it. Refrigeration, air-conditioning and heat-pump equipment pre-charged with HFCs may be placed on the market only if the HFCs are accounted for under the quota system, shown by a declaration of conformity (authorisations from a quota holder); the quota-free quantity is below 10 tonnes CO2 equivalent a year (Art. 19(6)). New placing-on-the-market prohibitions apply to some equipment (Art. 13, Annex IV). A secondary source reports that the Commission needs up to 10 days to validate a registration. Whether equipment entering only under temporary admission needs the quota cover was not checked.",
      sources: [
        { title: "European Commission, DG Climate Action: F-gases, equipment and products, obligations of importers under Regulation (EU) 2024/573", url: "https://climate.ec.europa.eu/eu-action/fluorinated-greenhouse-gases/stakeholder-obligations/f-gases-equipment-and-products_en", reviewed: "2026-12-06" },
        { title: "Regulation (EU) 2024/573 on fluorinated greenhouse gases, Article 23: trade controls (consolidated text, CELEX 02024R0573-20240220)", url: "https://fantasticsearch.net/law/eu/en?article=1&id=IG0lZpsB1anJoctMtmb-", reviewed: "2026-12-06" },
        { title: "Nicola Bernard: F-gas Regulation, licence via the F-gas Portal for import and export of gases and pre-filled equipment (secondary source)", url: "https://nicola-bernard.de/en/?p=6696", reviewed: "2026-12-06" },
      ],
    },
    {
      kind: "none",
      id: "eu-import-equipment",
      materials: ["equipment"],
      sourceCovers: ["equipment"],
      note:
        "No general EU import licence for laboratory or medical equipment (e.g. centrifuges, ECG machines, data loggers), except equipment pre-charged with fluorinated greenhouse gases such as HFC freezers and refrigerators, whose importer must be registered in the F-gas Portal (see that rule): the EU imports products from third countries freely, without quantitative restrictions, unless safeguard measures are in place (Reg. (EU) 2015/478). Products covered by EU harmonisation legislation must comply with it when placed on the EU market (e.g. CE marking); customs and market surveillance authorities check products entering the EU market and may suspend their release for free circulation where the CE marking, required documents or the EU economic operator's contact details are missing or doubtful (Reg. (EU) 2019/1020 Arts 25-28). Equipment that is a medical device needs the CE marking and the MDR importer checks (not an authority's approval); equipment that is itself an investigational device follows the device rule. Equipment that will be sent back can enter under temporary admission or an ATA carnet (see temporary admission).",
      sources: [eurLexImportSummary, msrSummary, msrChapterVII, sorenaCustomsHolds, mdrProposal2012],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "eu-export-imp-capital-punishment-goods",
      materials: ["imp"],
      name: "Export authorisation for goods that could be used for capital punishment, Reg. (EU) 2019/125 (Art. 16, Annex IV)",
      authority: "Competent authority of the member state, as listed in Annex I to Reg. (EU) 2019/125",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the product is or contains a short or intermediate acting barbiturate anaesthetic agent (e.g. amobarbital, pentobarbital, secobarbital, thiopental or their sodium salts) and the destination is not covered by the Union general export authorisation EU GEA 2019/125",
      note:
        "Regulation (EU) 2019/125 requires an authorisation to export the goods in its Annex IV, which lists short and intermediate acting barbiturate anaesthetic agents (amobarbital, pentobarbital, secobarbital, thiopental and their sodium salts, but not limited to these). The controls were added because medicinal products exported to third countries had been diverted for executions by lethal injection. The Union general export authorisation EU GEA 2019/125 (Annex V) covers Annex IV goods exported to the destinations it lists (e.g. Albania, Andorra, Argentina, Australia, Bolivia and others); no authorisation is needed for movements inside the EU customs territory. Check the destination against Annex V; the sources reviewed do not state whether an individual authorisation covers one consignment or several.",
      sources: [antiTortureReg, antiTortureAnnexIV, antiTortureGea, reg1352Recitals],
    },
    {
      kind: "permit",
      id: "eu-export-imp-drug-precursor-cat4",
      materials: ["imp"],
      name: "Export authorisation for Category 4 scheduled substances (medicinal products containing ephedrine or pseudoephedrine), Reg. (EC) No 111/2005 Art. 12",
      authority: "Drug-precursor competent authority of the member state where the exporter is established (e.g. BfArM Federal Opium Agency in Germany)",
      scope: "per-shipment",
      holder: "exporter",
      onlyWhen: "the product is a medicinal product containing ephedrine, pseudoephedrine or their salts",
      note:
        "Since Reg. (EU) No 1259/2013 (in force 30 December 2013), medicinal products for human or veterinary use containing ephedrine or pseudoephedrine (or their salts) are Category 4 scheduled substances, and any export of them to a non-EU country needs an export authorisation; the competent authorities also send a pre-export notification to the country of destination, and no simplified export authorisation is available. Authorisations are issued by the member state where the exporter is established; the exporter must be established in the EU but needs no precursor licence for Category 4. The sources state the authorisation is needed for any export; they give no processing time.",
      sources: [bfarmPrecursors, feccPrecursors, faggPrecursors, reg111Art12],
    },
    {
      kind: "permit",
      id: "eu-export-samples-dual-use",
      materials: ["samples"],
      name: "Dual-use export authorisation, Reg. (EU) 2021/821 (Annex I entry 1C351: human and animal pathogens and toxins)",
      authority: "Dual-use export-control authority of the member state (e.g. SBDU in France)",
      scope: "per-exporter",
      holder: "exporter",
      onlyWhen: "the shipment contains human or animal pathogens or toxins listed in entry 1C351 of Annex I to Reg. (EU) 2021/821 (e.g. SARS-associated coronavirus) in a form that entry controls",
      note:
        "Exports out of the EU of dual-use items listed in Annex I to Reg. (EU) 2021/821 need an export authorisation. Entry 1C351 covers human and animal pathogens (viruses, bacteria, fungi) and toxins; the list was expanded in 2021/821 (e.g. SARS-associated coronavirus, new Shiga-toxin-producing E. coli serotypes) and Annex I is updated every year. The entry lists organisms and toxins, not sample types: check the exact wording of 1C351 against the material shipped (secondary sources). Union general export authorisations (EU001 to EU008, Annex II) cover some items and destinations; individual or global authorisations are issued nationally, and the sources reviewed do not state whether one authorisation covers several consignments.",
      sources: [dualUseReg, sbduDualUse, agctDualUse],
    },
    {
      kind: "none",
      id: "eu-export-no-general-licence",
      materials: ["imp", "device", "ancillary", "lab-kit", "equipment"],
      sourceCovers: ["imp", "device", "ancillary", "lab-kit", "equipment"],
      note:
        "No general EU export licence: exports from the EU to third countries are free, that is, not subject to quantitative restrictions, apart from protective measures adopted under Reg. (EU) 2015/479 (Art. 1; e.g. the temporary 2020 export authorisation for certain personal protective equipment). The goods need an export declaration under the export procedure (UCC Art. 269), with an export licence only where a specific measure requires one. EU controls that can apply to clinical-trial goods are listed as separate conditions: medicinal products containing ephedrine or pseudoephedrine (drug-precursor export authorisation), short or intermediate acting barbiturate anaesthetics (Reg. (EU) 2019/125), items listed in Annex I to the dual-use regulation (Reg. (EU) 2021/821), controlled substances (narcotics and psychotropics), and sanctions. Non-EU goods that leave again (e.g. unused IMP or equipment imported from outside the EU and sent back) are re-exported under a re-export declaration. National rules of the member state may add requirements.",
      sources: [eurLexExportSummary, reg2015479Art1, ecExportProcedure, ecExportReexport],
    },
    {
      kind: "none",
      id: "eu-export-samples-no-eu-licence",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note:
        "No EU-wide export licence for human biological samples: exports from the EU to third countries are free, not subject to quantitative restrictions (Reg. (EU) 2015/479 Art. 1), and leave under an export declaration. An EU dual-use export authorisation is needed where the samples contain pathogens or toxins listed in entry 1C351 (separate condition), and sanctions can restrict some destinations. National rules of the member state can require an authorisation: for example France requires a Ministry of Research authorisation to export human biological samples for scientific purposes (secondary source; see the member-state rules). Clinical trial applicants may also have to file, with Part II of the application, the form on compliance with member-state rules for the collection, storage and future use of human biological samples (CTR Art. 7(1)(h)).",
      sources: [eurLexExportSummary, reg2015479Art1, ecExportProcedure, regaskEuSamples, regaskFrSamples],
    },
  ],
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
    {
      id: "eu-ior-devices-mdr-ivdr",
      materials: ["device", "lab-kit", "equipment"],
      who: "For medical devices and in vitro diagnostic devices (incl. IVD kits) that are placed on the EU market from a third country: the MDR/IVDR 'importer', a natural or legal person established in the EU",
      foreignSponsorMayAct: false,
      note:
        "Under the MDR (Art. 2(33)) and the corresponding IVDR definition, the importer is the EU-established person who places a device from a third country on the Union market. Before placing it on the market the importer must verify that the device is CE marked, is accompanied by the required information, is labelled in accordance with the Regulation, has a UDI where required and is registered in EUDAMED; it must put its own name and address on the device, its packaging or an accompanying document, keep a register of complaints and recalls, and keep storage and transport conditions compliant (Art. 13). 'Placing on the market' is defined as the first making available of a device other than an investigational device (MDR Art. 2(28)); the IVDR uses the same definition with 'device for performance study' in place of 'investigational device'. The customs declarant rules, and the EU legal representative that a sponsor of a clinical investigation not established in the EU must appoint (MDR Art. 62(2)), are in the general importer-of-record entry.",
      sources: [mdcg202127, fimeaImporters, johnerImporters, johnerPlacing, regulatoryGlobePlacing, medenvoyPlacing],
    },
  ],
  exporterOfRecord: [
    {
      id: "eu-eor-general",
      materials: ["imp", "device", "ancillary", "lab-kit", "samples", "equipment"],
      who: "A person established in the EU customs territory who has the power to decide, and has decided, that the goods leave the EU; otherwise the EU-established party to the contract under which the goods leave",
      foreignSponsorMayAct: false,
      note: "Definition of exporter in Delegated Reg. 2015/2446 Art. 1(19) as amended by Reg. 2018/1063 (private individuals carrying goods in personal baggage excepted). Only an EU-established exporter may be named on the export declaration (by its EORI number); if no party qualifies, the business partners must make contractual arrangements to establish who is responsible for taking the goods out of the EU.",
      sources: [exporterDefinition, klgExporter],
    },
    {
      id: "eu-eor-samples",
      materials: ["samples"],
      who: "An EU-established person (with an EORI number) who has the power to decide, and has decided, that the samples leave the EU; where none does, the EU-established party to the contract under which they leave",
      foreignSponsorMayAct: false,
      note:
        "A sponsor established outside the EU cannot be named as exporter on the EU export declaration; where no EU party qualifies under Art. 1(19) UCC DA, the parties must agree by contract who is responsible for the exportation. No harmonised EU export permit for human biological samples was identified; sponsors may have to submit, with Part II of the clinical trial application, the form on compliance with member-state rules for the collection, storage and future use of human biological samples (CTR Art. 7(1)(h)), and national rules of the member state apply (secondary source).",
      sources: [exporterDefinition, klgExporter, regaskEuSamples],
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
