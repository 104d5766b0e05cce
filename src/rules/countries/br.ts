import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const LICEMPRE_CODES = {
  title: "Licempre: Know the codes for importing products for clinical or technological research (Anvisa petition subject codes) (secondary source)",
  url: "https://licempre.com.br/know-the-codes-for-importing-products-for-clinical-or-technological-research",
  reviewed: R,
};
const WTO_LIC_BRA = {
  title: "WTO Import Licensing notification G/LIC/N/3/BRA/12: Goods and products subject to sanitary control (ANVISA)",
  url: "https://lic-public.wto.org/en/product-categories/1160/procedure",
  reviewed: R,
};
const LEFOSSE_945 = {
  title: "Lefosse: Anvisa atualiza regramento sobre ensaios clínicos (RDC 945/2024) (secondary source)",
  url: "https://lefosse.com/noticias/alerta/anvisa-atualiza-regramento-sobre-ensaios-clinicos",
  reviewed: R,
};
const ANVISA_945_QA = {
  title: "Anvisa: Anvisa publica documento de Perguntas e Respostas sobre a RDC 945/2024",
  url: "https://www.gov.br/anvisa/pt-br/assuntos/noticias-anvisa/2025/anvisa-publica-documento-de-perguntas-e-respostas-sobre-a-rdc-945-2024",
  reviewed: R,
};
const ANVISA_EXPORT = {
  title: "Anvisa: Controle administrativo no comércio exterior, Exportação (Remessa Expressa - material biológico humano)",
  url: "https://www.gov.br/anvisa/pt-br/assuntos/paf/anuencia/controle-administrativo-anvisa-no-comercio-exterior/exportacao/legislacao",
  reviewed: R,
};
const LEFOSSE_613 = {
  title: "Lefosse: Procedimento da Anvisa para importação e exportação é alterado (RDC 613/2022 amending RDC 172/2017) (secondary source)",
  url: "https://lefosse.com/noticias/alerta/procedimento-da-anvisa-para-importacao-e-exportaca-e-alterado",
  reviewed: R,
};
const IBES_172 = {
  title: "IBES: RDC 172/2017, importação e exportação de bens e produtos para pesquisa (secondary source)",
  url: "https://ibes.med.br/?p=11938",
  reviewed: R,
};

const FAZCOMEX_PRODUTOS_SAUDE = {
  title: "Fazcomex: Anvisa, importação de produtos para saúde (from a simple syringe to an MRI scanner, health products and their import are controlled by Anvisa) (secondary source)",
  url: "https://www.fazcomex.com.br/blog/anvisa-importacao-de-produtos-para-saude/",
  reviewed: R,
};

/** Brazil: import/export rules for clinical-trial shipments. */
const rules: CountryRulesInput = {
  code: "BR",
  name: "Brazil",
  valuation: {
    basis: "CIF",
    note:
      "The customs value (base of the import duty, II) includes the cost of transport to the port, airport or border point of entry, loading, unloading and handling costs, and insurance (Regulamento Aduaneiro, Decreto 6.759/2009, arts. 75 and 77). Federal import taxes (II, IPI, PIS/COFINS-Importação) and the state ICMS apply on top, mostly calculated cumulatively; none of them is estimated here because no single rate applies: the import duty (II) is set per 8-digit NCM line by the Mercosur Common External Tariff (TEC) and Brazil's own exception lists (for example, some medicines moved from 8% to 0% and some devices from 16% to 0% in 2022), IPI varies by NCM line, PIS-Importação (2.1%) and COFINS-Importação (9.65%, with a possible 1% addition for listed goods) are the general rates but product-specific regimes exist, and ICMS is set by the state of destination (14% to 18% depending on the state according to one secondary source, and some states add 1-2% for a poverty-fighting fund). Ask the customs broker for the NCM-line rates and the destination state's ICMS. (secondary sources for the tax rates)",
    sources: [
      { title: "Regulamento Aduaneiro (Decreto 6.759/2009), arts. 75-77: base de cálculo do imposto de importação (LegJur)", url: "https://www.legjur.com/legislacao/nivel/dec_00067592009/titulo-i-do-imposto-de-importacao-capitulo-iv-do-calculo", reviewed: R },
      { title: "trade.gov Country Commercial Guide: Brazil, Import Tariffs (II, IPI, PIS/COFINS, ICMS; Mercosur CET)", url: "https://www.trade.gov/country-commercial-guides/brazil-import-tariffs", reviewed: R },
      { title: "Doing Business in Brazil, Foreign Trade: Imports (PIS 2.1%, COFINS 9.65%, ICMS by state) (secondary source)", url: "https://online.flipbuilder.com/bnft/pagx/files/basic-html/page50.html", reviewed: R },
      { title: "Kestraa: Medicamentos têm imposto de importação zerado (Gecex/Camex, July 2022: 8% and 16% to 0%) (secondary source)", url: "https://www.kestraa.com.br/medicamentos-tem-imposto-de-importacao-zerado/", reviewed: R },
    ],
  },
  duties: [],
  import: [
    {
      kind: "permit",
      id: "br-import-imp-anvisa-lpco",
      materials: ["imp"],
      name: "Anuência da Anvisa na licença de importação (LI/LPCO no Portal Único Siscomex) para medicamentos sob investigação (assunto 90350; 90409/90424 for controlled substances)",
      authority: "Agência Nacional de Vigilância Sanitária (ANVISA)",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Medicines and other products under sanitary control need ANVISA consent on the import licence, requested in Siscomex before clearance. Clinical trials of medicines follow RDC 945/2024 (in force since 1 January 2025, replacing RDC 9/2015; dossiers DDCM/DEEC). Under RDC 945/2024 the sponsor may import the investigational product before ANVISA finishes reviewing the dossier, but must store it in a protected area and may distribute or use it only after approval, destroying it if the trial is refused (secondary source). The petition subject codes were published under RDC 9/2015; check whether they changed under RDC 945/2024.",
      sources: [WTO_LIC_BRA, ANVISA_945_QA, LEFOSSE_945, LICEMPRE_CODES],
    },
    {
      kind: "permit",
      id: "br-import-device-anvisa-lpco",
      materials: ["device"],
      name: "Anuência da Anvisa na LI/LPCO para importação de dispositivos médicos (RDC 81/2008, procedimentos 4 ou 5.5), with the Anvisa clinical investigation approval (DICD, RDC 837/2023) where required",
      authority: "Agência Nacional de Vigilância Sanitária (ANVISA)",
      scope: "per-shipment",
      holder: "importer",
      note:
        "All medical devices, whether or not they must be registered with Anvisa, are subject to Anvisa's sanitary control at import; device import petitions are filed under RDC 81/2008 procedures 4 or 5.5 and analysed centrally at a single Anvisa clearance point (secondary source). Clinical investigations with medical devices follow RDC 837/2023 (in force since December 2023, replacing RDC 548/2021): a Clinical Investigation Dossier (DICD) is submitted only for Class III or IV devices not yet registered in Brazil; investigations with Class I or II devices, with devices already registered for the same indication, and IVD clinical performance studies are outside that regime (secondary sources). Investigational IVDs are exempt from notification or registration (RDC 830/2023).",
      sources: [
        { title: "ABIIS: Anvisa orienta sobre protocolo para importação de dispositivos médicos (secondary source)", url: "https://abiis.org.br/anvisa-orienta-sobre-protocolo-para-importacao-de-dispositivos-medicos", reviewed: R },
        { title: "Fukuma Advogados: RDC 837/2023, investigações clínicas com dispositivos médicos (secondary source)", url: "https://fukumaadvogados.com.br/?p=3288", reviewed: R },
        { title: "Lex: Resolução Anvisa RDC nº 830, de 6 de dezembro de 2023 (IVDs; art. 2 § 1 I exemption for clinical investigations)", url: "https://lex.com.br/resolucao-anvisa-no-830-de-6-de-dezembro-de-2023", reviewed: R },
      ],
    },
    {
      kind: "permit",
      id: "br-import-labkit-anvisa-lpco",
      materials: ["lab-kit"],
      name: "Anuência da Anvisa na LI/LPCO para dispositivos médicos ou IVD destinados ao monitoramento de pesquisa clínica de medicamentos, incluindo kits de coleta de material biológico (assunto 90504)",
      authority: "Agência Nacional de Vigilância Sanitária (ANVISA)",
      scope: "per-shipment",
      holder: "importer",
      note: "Sample-collection kits and medical devices or IVDs used to monitor and evaluate a clinical trial of a medicine are petitioned under subject code 90504 (secondary source; codes published under RDC 9/2015).",
      sources: [LICEMPRE_CODES],
    },
    {
      kind: "permit",
      id: "br-import-samples-anvisa",
      materials: ["samples"],
      name: "Anvisa favourable opinion on the import licence for human biological samples for research (RDC 172/2017, as amended by RDC 613/2022)",
      authority: "Agência Nacional de Vigilância Sanitária (ANVISA)",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Imports of human biological samples for research do not get automatic licence approval; ANVISA must give an express favourable opinion before clearance. The 2017 rule set the analysis at up to 48 hours after arrival in Brazil (secondary sources).",
      sources: [IBES_172, LEFOSSE_613],
    },
    {
      kind: "permit",
      id: "br-import-ancillary-anvisa-lpco",
      materials: ["ancillary"],
      name: "Anuência da Anvisa na LI/LPCO para dispositivos médicos ou IVD destinados ao monitoramento e avaliação de pesquisa clínica de medicamentos (assunto 90504)",
      authority: "Agência Nacional de Vigilância Sanitária (ANVISA)",
      scope: "per-shipment",
      holder: "importer",
      note:
        "Ancillary supplies are health products (produtos para saúde, i.e. medical devices) in Brazil: hypodermic syringes, hypodermic needles and single-use infusion and transfusion sets are listed examples, and from a simple syringe to an MRI scanner all health products, including their import, are controlled by Anvisa (secondary source). All medical devices, whether or not they must be registered with Anvisa, including their parts and accessories, are subject to Anvisa's sanitary control at import; device import petitions follow RDC 81/2008 procedures 4 or 5.5 (secondary source). Medical devices used to monitor and evaluate a clinical trial of a medicine are petitioned under subject code 90504 (secondary source; codes published under RDC 9/2015, check whether they changed under RDC 945/2024).",
      sources: [LICEMPRE_CODES, FAZCOMEX_PRODUTOS_SAUDE, { title: "ABIIS: Anvisa orienta sobre protocolo para importação de dispositivos médicos (secondary source)", url: "https://abiis.org.br/anvisa-orienta-sobre-protocolo-para-importacao-de-dispositivos-medicos", reviewed: R }],
    },
    {
      kind: "permit",
      id: "br-import-ancillary-equipment-anvisa-lpco",
      materials: ["equipment"],
      name: "Anuência da Anvisa na LI/LPCO para dispositivos médicos ou IVD destinados ao monitoramento e avaliação de pesquisa clínica de medicamentos (assunto 90504)",
      authority: "Agência Nacional de Vigilância Sanitária (ANVISA)",
      scope: "per-shipment",
      holder: "importer",
      onlyWhen: "the equipment is a medical device or in vitro diagnostic (e.g. ECG machines, diagnostic analysers)",
      note:
        "All medical devices, whether or not they must be registered with Anvisa, including their parts and accessories, are subject to Anvisa's sanitary control at import; device import petitions follow RDC 81/2008 procedures 4 or 5.5 (secondary source). Medical devices or IVDs used to monitor and evaluate a clinical trial of a medicine are petitioned under subject code 90504 (secondary source; codes published under RDC 9/2015, check whether they changed under RDC 945/2024). Whether general laboratory equipment that is not a health product (e.g. a plain freezer or centrifuge) needs Anvisa consent depends on its NCM line and declared purpose; confirm with the customs broker.",
      sources: [LICEMPRE_CODES, { title: "ABIIS: Anvisa orienta sobre protocolo para importação de dispositivos médicos (secondary source)", url: "https://abiis.org.br/anvisa-orienta-sobre-protocolo-para-importacao-de-dispositivos-medicos", reviewed: R }],
    },
    {
      kind: "permit",
      id: "br-import-controlled-anvisa",
      materials: ["imp"],
      name: "Anvisa import authorisation for substances and medicines under special control (RDC 988/2025; Portaria SVS/MS 344/1998 lists)",
      authority: "Agência Nacional de Vigilância Sanitária (ANVISA)",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note: "RDC 988/2025 governs the import and export, for any purpose, of substances, plants, fungi, medicines and products under special control, by any legal entity, and sets the simplified special authorisation for teaching and research institutions. In vitro diagnostic kits and isotope-labelled analytical standards are among the exceptions.",
      sources: [{ title: "Lex: Resolução Anvisa RDC nº 988, de 15 de agosto de 2025 (importação e exportação de substâncias, medicamentos e produtos sujeitos a controle especial)", url: "https://www.lex.com.br/resolucao-anvisa-no-988-de-15-de-agosto-de-2025", reviewed: R }],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "br-export-research-anvisa",
      materials: ["imp", "device", "lab-kit"],
      name: "Anvisa prior approval of the export of goods and products under sanitary surveillance intended for research, including research involving human beings (RDC 172/2017, as amended by RDC 613/2022)",
      authority: "Agência Nacional de Vigilância Sanitária (ANVISA)",
      scope: "per-shipment",
      holder: "exporter",
      note:
        "RDC 172/2017 sets the procedure for importing and exporting goods and products under sanitary surveillance intended for scientific or technological research and for research involving human beings. For exports, a request is granted only after prior Anvisa approval following review of the documents (secondary source, 2022). Research materials may be exported by postal or express courier or through Siscomex's export module (secondary source, 2017). How Anvisa treats the return of unused investigational product or devices to a foreign depot, and which petition subject code applies, were not confirmed: check with the customs broker.",
      sources: [
        LEFOSSE_613,
        { title: "TozziniFreire: Nova RDC regulamenta procedimentos de importação e exportação de bens e produtos destinados à pesquisa (RDC 172/2017) (secondary source)", url: "https://tozzinifreire.com.br/boletins/nova-rdc-regulamenta-procedimentos-de-importacao-e-exportacao-de-bens-e-produtos-destinados-a-pesquisa", reviewed: R },
        { title: "Kasznar Leonardos: ANVISA publica RDC sobre os procedimentos para a importação e a exportação de bens e produtos (RDC 172/2017) (secondary source)", url: "https://kasznarleonardos.com/pesquisa-cientifica-anvisa-publica-rdc-sobre-os-procedimentos-para-a-importacao-e-a-exportacao-de-bens-e-produtos", reviewed: R },
      ],
    },
    {
      kind: "permit",
      id: "br-export-samples-anvisa",
      materials: ["samples"],
      name: "Anvisa approval for the export of human biological material for clinical research (LPCO, or Remessa Expressa procedure)",
      authority: "Agência Nacional de Vigilância Sanitária (ANVISA)",
      scope: "per-shipment",
      holder: "exporter",
      note:
        "Human biological material exported by express courier for laboratory diagnosis, scientific research, clinical research or investigational advanced therapy is subject to ANVISA inspection (instructions in the Manual de Remessa Expressa). Export requests for research materials need prior ANVISA approval after document review (secondary source).",
      sources: [ANVISA_EXPORT, LEFOSSE_613],
    },
    {
      kind: "permit",
      id: "br-export-controlled-anvisa",
      materials: ["imp"],
      name: "Anvisa export authorisation for substances and medicines under special control (RDC 988/2025), requested as an LPCO on the export declaration (DU-E)",
      authority: "Agência Nacional de Vigilância Sanitária (ANVISA)",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note: "RDC 988/2025 governs the export, for any purpose, of substances, medicines and products under special control. Since 1 October 2018 exports are registered with a Declaração Única de Exportação (DU-E) in the Portal Único de Comércio Exterior; where an export is subject to administrative control, the exporter adds an LPCO request to it (secondary source for the DU-E/LPCO procedure).",
      sources: [{ title: "Lex: Resolução Anvisa RDC nº 988, de 15 de agosto de 2025 (importação e exportação de substâncias, medicamentos e produtos sujeitos a controle especial)", url: "https://www.lex.com.br/resolucao-anvisa-no-988-de-15-de-agosto-de-2025", reviewed: R }, { title: "Franco de Camargo: Esclarecimentos sobre autorização prévia de exportação (Anvisa, DU-E and LPCO procedure) (secondary source)", url: "https://francodecamargo.blogspot.com/2020/04/esclarecimentos-sobre-autorizacao.html", reviewed: R }],
    },
  ],
  importerOfRecord: [
    {
      id: "br-ior-imp",
      materials: ["imp", "lab-kit"],
      who: "A Brazilian legal entity registered for foreign trade in Siscomex, e.g. the sponsor's local company, a CRO or an authorized distributor acting for the sponsor.",
      foreignSponsorMayAct: false,
      mustHold: ["br-import-imp-anvisa-lpco"],
      note:
        "Brazilian importers must register with SECEX via Siscomex; products regulated by the Ministry of Health can be imported only by a local Brazilian unit or office of the foreign company or by a Brazilian distributor authorized by the authorities. ClinRegs notes that an in-country sponsor presence is not required for the trial itself.",
      sources: [
        { title: "trade.gov Country Commercial Guide: Brazil, Import Requirements and Documentation", url: "https://trade.gov/country-commercial-guides/brazil-import-requirements-and-documentation", reviewed: R },
        { title: "ClinRegs (NIAID): Brazil country profile (quick facts)", url: "https://clinregs.niaid.nih.gov/country/brazil", reviewed: R },
      ],
    },
    {
      id: "br-ior-device",
      materials: ["device"],
      who: "A Brazilian legal entity registered for foreign trade in Siscomex: the foreign manufacturer's local unit or office, or a Brazilian distributor authorized by the health authorities.",
      foreignSponsorMayAct: false,
      mustHold: ["br-import-device-anvisa-lpco"],
      note: "Products regulated by the Ministry of Health can be imported only by a local Brazilian unit or office of the foreign company or by an authorized Brazilian distributor.",
      sources: [{ title: "trade.gov Country Commercial Guide: Brazil, Import Requirements and Documentation", url: "https://trade.gov/country-commercial-guides/brazil-import-requirements-and-documentation", reviewed: R }],
    },
    {
      id: "br-ior-ancillary-equipment",
      materials: ["ancillary", "equipment"],
      who: "A Brazilian legal entity registered for foreign trade in Siscomex: the sponsor's local company, a CRO or a Brazilian distributor authorized by the health authorities.",
      foreignSponsorMayAct: false,
      mustHold: ["br-import-ancillary-anvisa-lpco", "br-import-ancillary-equipment-anvisa-lpco"],
      note: "Brazilian importers must register with SECEX via Siscomex, and products regulated by the Ministry of Health (which include medical devices) can be imported only by a local Brazilian unit or office of the foreign company or by an authorized Brazilian distributor.",
      sources: [{ title: "trade.gov Country Commercial Guide: Brazil, Import Requirements and Documentation", url: "https://trade.gov/country-commercial-guides/brazil-import-requirements-and-documentation", reviewed: R }],
    },
    {
      id: "br-ior-samples",
      materials: ["samples"],
      who: "A Brazilian legal entity registered for foreign trade in Siscomex that files the import licence for the samples.",
      foreignSponsorMayAct: false,
      mustHold: ["br-import-samples-anvisa"],
      note: "Brazilian importers must register with SECEX via Siscomex, and imports of human biological samples for research need ANVISA's favourable opinion on the import licence (secondary source for the samples rule).",
      sources: [{ title: "trade.gov Country Commercial Guide: Brazil, Import Requirements and Documentation", url: "https://trade.gov/country-commercial-guides/brazil-import-requirements-and-documentation", reviewed: R }, IBES_172],
    },
  ],
  exporterOfRecord: [
    {
      id: "br-eor-samples",
      materials: ["samples"],
      who: "A company or individual in Brazil habilitated by the Receita Federal to operate in Siscomex (RADAR habilitation), shipping human biological material with the Anvisa export approval, e.g. the trial site, central laboratory or the sponsor's local entity or CRO.",
      foreignSponsorMayAct: false,
      mustHold: ["br-export-samples-anvisa"],
      note: "Anyone importing or exporting from Brazil must first obtain RADAR habilitation to operate in Siscomex (Receita Federal, IN RFB 1.603/2015); exports have no value limit in any habilitation modality. Habilitation is requested by Brazilian legal entities or individuals, so a sponsor with no Brazilian entity exports through a local party. (secondary sources)",
      sources: [
        { title: "Gilli Advogados: ComexLaw 01, habilitação no RADAR (IN RFB 1.603/2015) (secondary source)", url: "https://gilli.adv.br/comexlaw-01-habilitacao-no-radar", reviewed: R },
        { title: "Brazil Counsel: Get your import and export license (RADAR) (secondary source)", url: "https://brazilcounsel.com/blog/get-your-import-and-export-license?format=amp", reviewed: R },
        ANVISA_EXPORT,
      ],
    },
    {
      id: "br-eor-general",
      materials: ["imp", "device", "ancillary", "lab-kit", "equipment"],
      who: "A company or individual in Brazil habilitated by the Receita Federal to operate in Siscomex (RADAR habilitation), e.g. the sponsor's local entity, a CRO or a distributor.",
      foreignSponsorMayAct: false,
      note: "Anyone exporting from Brazil must first obtain RADAR habilitation to operate in Siscomex; exports have no value limit in any habilitation modality. Habilitation is requested by Brazilian legal entities or individuals. Exports subject to administrative control (e.g. controlled substances) also need an LPCO on the export declaration. (secondary sources)",
      sources: [
        { title: "Gilli Advogados: ComexLaw 01, habilitação no RADAR (IN RFB 1.603/2015) (secondary source)", url: "https://gilli.adv.br/comexlaw-01-habilitacao-no-radar", reviewed: R },
        { title: "Brazil Counsel: Get your import and export license (RADAR) (secondary source)", url: "https://brazilcounsel.com/blog/get-your-import-and-export-license?format=amp", reviewed: R },
      ],
    },
  ],
  temporaryAdmission: {
    id: "br-ata",
    ataCarnet: false,
    note:
      "Brazil no longer accepts ATA carnets: with no national guaranteeing association after the CNI mandate ended on 31 December 2021, Brazilian customs has neither accepted nor issued carnets since 1 January 2022 (not reinstated as of 2026 per IHK München). Equipment must enter under Brazil's national temporary admission regime, with a guarantee for the suspended duties and taxes.",
    sources: [
      { title: "Boomerang Carnets: Brazil – Urgent – ATA Carnet Operation (16 Dec 2021) (secondary source)", url: "https://www.atacarnet.com/BRAZIL%E2%80%93URGENT-ATACARNET-OPERATION", reviewed: R },
      { title: "IHK München: Brasilien, Carnets seit dem 1. Januar 2022 nicht mehr möglich (secondary source)", url: "https://www.ihk-muenchen.de/de/Service/Internationalisierung/L%C3%A4nder-M%C3%A4rkte/Mittel-und-S%C3%BCdamerika/Brasilien", reviewed: R },
      { title: "AWEX: Brésil - Admission temporaire : fin du carnet ATA (secondary source)", url: "https://awex-export.be/fr/medias/bresil-admission-temporaire-fin-du-carnet-ata", reviewed: R },
      { title: "Clipper Internacional: Encerramento das operações com Carnê ATA (secondary source)", url: "https://clipperinternacional.com.br/encerramento-das-operacoes-com-carne-ata", reviewed: R },
    ],
  },
};

export default rules;
