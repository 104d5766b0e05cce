import type { CountryRulesInput } from "../legacyRuleModules";

const R = "2026-11-26";

const atWaterCircular = {
  title: "Autoridade Tributária – ofício-circulado on IVA for hydrogen peroxide (verba 2.5 of Lista I anexa ao CIVA), reproduced by Contabilistas.info",
  url: "https://contabilistas.info/index.php?prev_next=prev&topic=2427.0",
  reviewed: R,
};
const civaListas = {
  title: "Portal das Finanças – Código do IVA, Lista I: bens e serviços sujeitos a taxa reduzida",
  url: "https://info.portaldasfinancas.gov.pt/pt/informacao_fiscal/codigos_tributarios/civa_rep/pages/c-iva-listas.aspx",
  reviewed: R,
};
const infarmedFabricantes = {
  title: "INFARMED – Licenciamentos: Fabricantes (autorização de fabrico de medicamentos para uso humano e/ou medicamentos experimentais)",
  url: "https://www.infarmed.pt/pt/web/infarmed/entidades/licenciamentos/fabricantes",
  reviewed: R,
};
const ctrArt61 = {
  title: "Regulation (EU) No 536/2014, Article 61: Authorisation of manufacturing and import (German text)",
  url: "https://gesetze.legal/eu/vo_eu_2014_536/61",
  reviewed: R,
};
const infarmedControlled = {
  title: "INFARMED – Substâncias controladas (certificados oficiais de importação, exportação e trânsito)",
  url: "https://www.infarmed.pt/web/infarmed/cidadaos/saber-mais-sobre/campanhas?p_p_id=101&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view&_101_struts_action=%2Fasset_publisher%2Fview_content&_101_assetEntryId=23646&_101_type=content&_101_urlTitle=substancias-controladas",
  reviewed: R,
};

/** Portugal: national import/export rules for clinical-trial shipments (EU rules apply on top). */
const rules: CountryRulesInput = {
  code: "PT",
  name: "Portugal",
  customsUnion: "EU",
  importTax: {
    id: "pt-import-tax",
    name: "IVA (Imposto sobre o Valor Acrescentado) on imports",
    standardRatePercent: 23,
    reliefs: [
      {
        id: "pt-import-tax-medicines-6",
        materials: ["imp"],
        headings: ["3002", "3004"],
        ratePercent: 6,
        condition:
          "Medicines, proprietary medicinal products and other pharmaceutical products intended exclusively for therapeutic or prophylactic purposes (verba 2.5(a) of Lista I annexed to the VAT Code). The Tax Authority relies on INFARMED's view of whether a product is a medicine; products without an exclusively therapeutic or prophylactic purpose are taxed at the 23% normal rate. Whether an unauthorised IMP or a placebo qualifies is not confirmed.",
        sources: [atWaterCircular, civaListas],
      },
    ],
    note: "Rates shown are for mainland Portugal; the Azores and Madeira apply lower rates (for example 16% standard in the Azores).",
    sources: [atWaterCircular, civaListas],
  },
  import: [
    {
      kind: "permit",
      id: "pt-import-imp-infarmed-autorizacao-fabrico",
      replaces: "eu-import-imp-mia",
      materials: ["imp"],
      name: "Autorização de fabrico de medicamentos para uso humano e/ou medicamentos experimentais (manufacturing authorisation covering investigational medicinal products)",
      authority: "INFARMED – Autoridade Nacional do Medicamento e Produtos de Saúde, I.P.",
      scope: "per-importer",
      holder: "importer",
      note:
        "Portugal's form of the EU manufacturing and import authorisation for IMPs (Reg. (EU) 536/2014 Art. 61). Total or partial manufacture of medicines for human use and/or investigational medicinal products, including dividing, primary or secondary packaging and presentation, needs an INFARMED authorisation under Articles 55 ff. of Decreto-Lei 176/2006. A site with dedicated manufacturing premises first needs an industrial licence (Sistema de Indústria Responsável, via IAPMEI); the applicant must show GMP compliance, which INFARMED checks through inspections of the premises. Applications are filed only through the Licenciamento+ portal. No processing time was found.",
      sources: [infarmedFabricantes, ctrArt61],
    },
    {
      kind: "permit",
      id: "pt-import-controlled-infarmed-certificate",
      materials: ["imp"],
      name: "Certificado de importação de estupefacientes/substâncias psicotrópicas",
      authority: "INFARMED – Autoridade Nacional do Medicamento e Produtos de Saúde, I.P.",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note:
        "INFARMED is the national authority that authorises import, export and transit of plants, substances and preparations in tables I to IV (Decreto-Lei 15/93 and Decreto Regulamentar 61/94) and issues the official import certificate. Requests go through the Licenciamento+ portal.",
      sources: [infarmedControlled],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "pt-export-controlled-infarmed-certificate",
      materials: ["imp"],
      name: "Certificado de exportação de estupefacientes/substâncias psicotrópicas",
      authority: "INFARMED – Autoridade Nacional do Medicamento e Produtos de Saúde, I.P.",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note: "Official export certificate issued by INFARMED for narcotic and psychotropic substances (Decreto-Lei 15/93); requests go through the Licenciamento+ portal.",
      sources: [infarmedControlled],
    },
  ],
  importerOfRecord: [
    {
      id: "pt-ior-imp",
      materials: ["imp"],
      who: "The holder of an INFARMED manufacturing authorisation covering investigational medicinal products and their import from outside the EU, with a Qualified Person.",
      foreignSponsorMayAct: false,
      mustHold: ["pt-import-imp-infarmed-autorizacao-fabrico"],
      sources: [infarmedFabricantes, ctrArt61],
    },
  ],
};

export default rules;
