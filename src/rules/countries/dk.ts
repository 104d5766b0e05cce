import type { CountryRulesInput } from "../legacyRuleModules";

/** Denmark: national import/export rules for clinical-trial shipments (EU rules apply via the EU union file). */
const rules: CountryRulesInput = {
  code: "DK",
  name: "Denmark",
  customsUnion: "EU",
  importTax: {
    id: "dk-import-tax",
    name: "VAT (merværdiafgift, moms)",
    standardRatePercent: 25,
    reliefs: [],
    note: "Denmark has a single 25% VAT rate and no reduced rates; pharmaceutical products are taxed at 25%.",
    sources: [
      { title: "Skattestyrelsen – VAT refund for businesses outside the EU (Danish VAT is 25%)", url: "https://www.skat.dk/skat.aspx?oid=2244396", reviewed: "2026-11-26" },
      { title: "Marosa VAT – VAT in Denmark (secondary source)", url: "https://marosavat.com/vat/denmark/", reviewed: "2026-11-26" },
    ],
  },
  import: [
    {
      kind: "permit",
      id: "dk-import-imp-dkma-section-39-mia",
      replaces: "eu-import-imp-mia",
      materials: ["imp"],
      name: "Tilladelse til fremstilling og indførsel af lægemidler og mellemprodukter (Manufacturing and Importation Authorisation, MIA, under section 39 of the Danish Medicines Act)",
      authority: "Lægemiddelstyrelsen (Danish Medicines Agency, DKMA)",
      scope: "per-importer",
      holder: "importer",
      note:
        "Medicines may not be manufactured, imported, exported, stored, distributed or packed without a DKMA authorisation (a 'section 39 authorisation'); the importer or exporter must be able to show a valid authorisation to customs at import or export. DKMA usually inspects a company before granting it. Investigational medicinal products imported from a third country must be released by the Qualified Person of the importer (section 35 of GMP Executive Order no. 1358 of 18 December 2012). For products imported directly from an MRA country (Australia, New Zealand, Canada, USA, Switzerland, Israel, Japan) and authorised there, DKMA's 23 October 2025 guidance lets the QP release on: the supplier's wholesale authorisation, a delivery note or waybill from the approved supplier, the supplier's declaration on marketing authorisation, batch release and storage, transport temperature records, and proof that the trial is authorised. The release must name the specific clinical trial.",
      sources: [
        {
          title: "DKMA – Applications for authorisation to manufacture and import medicines and intermediates",
          url: "https://laegemiddelstyrelsen.dk/en/licensing/company-authorisations-and-registrations/manufacture-and-import-of-medicines-and-intermediates/",
          reviewed: "2026-11-26",
        },
        {
          title: "DKMA – GMP requirements for importation of medicinal products from an MRA country for use in clinical trials",
          url: "https://laegemiddelstyrelsen.dk/en/licensing/supervision-and-inspection/inspection-of-authorised-pharmaceutical-companies/gmp-requirements-for-importation-of-medicinal-products-from-an-mra-country-for-use-in-clinical-trials",
          reviewed: "2026-11-26",
        },
        {
          title: "Toldstyrelsen (info.skat.dk) – Lægemidler: formål og lovgrundlag, import og eksport",
          url: "https://info.skat.dk/data.aspx?oid=2230262&chk=218928",
          reviewed: "2026-11-26",
        },
        { title: "DKMA – Company authorisations and registrations", url: "https://laegemiddelstyrelsen.dk/en/licensing/company-authorisations-and-registrations/", reviewed: "2026-11-26" },
      ],
    },
    {
      kind: "permit",
      id: "dk-import-controlled-dkma-import-certificate",
      alsoWithinUnion: true,
      materials: ["imp"],
      name: "Indførselscertifikat for euforiserende stoffer (import certificate for narcotic drugs and psychotropic substances)",
      authority: "Lægemiddelstyrelsen (Danish Medicines Agency, DKMA)",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note:
        "Under Executive Order no. 2446 of 12 December 2021 on euphoriant substances, only persons, companies, laboratories and institutions authorised by DKMA (and pharmacies) may import substances on lists A, B and C, and only once DKMA has issued an import certificate for that specific consignment. The consignment must be addressed to the holder at the address in the certificate (not a PO box or bank). The certificate is required for every imported consignment, including one from another EEA country; only the step of showing it to customs for endorsement at clearance is limited to consignments from outside the EEA. Certificates are valid for 4 months, cover one shipment, and DKMA charges a fee. Controlled substances may not be placed in free warehouses or private transit stores.",
      sources: [
        { title: "Bekendtgørelse om euforiserende stoffer, kapitel 3 (§ 9 Indførsel)", url: "https://elov.dk/bekendtgorelse-om-euforiserende-stoffer/kapitel/3/", reviewed: "2026-11-26" },
        { title: "Toldstyrelsen (info.skat.dk) – Narkotika: formål og lovgrundlag, import, eksport", url: "https://info.skat.dk/data.aspx?oid=2230263&chk=218928", reviewed: "2026-11-26" },
        { title: "DTU Inside – Euphoriant substances", url: "https://www.inside.dtu.dk/en/work-environment/physical-work-environment/laboratorier-og-vaerksteder/kemi/euforiserende-stoffer", reviewed: "2026-11-26" },
        { title: "Bekendtgørelse om euforiserende stoffer § 13", url: "https://elov.dk/bekendtgorelse-om-euforiserende-stoffer/paragraf/13/", reviewed: "2026-11-26" },
      ],
    },
      {
      kind: "permit",
      id: "dk-import-samples-rec-approval",
      materials: ["samples"],
      name: "Approval from a research ethics committee for importing human biological material (videnskabsetisk godkendelse)",
      authority: "Regional research ethics committee (REC) for the area where the coordinating investigator is based",
      scope: "per-trial",
      holder: "site",
      onlyWhen: "the imported human biological material is used in a Danish health science research project",
      leadTimeDays: 60,
      note:
        "When human biological material is imported, for example from a foreign clinical biobank, for a health science research project, approval from the research ethics committee must be sought, and the principal investigator must be able to document that the material was collected ethically and in line with the law where it was collected. An exception exists for some analyses; its exact scope was not confirmed (secondary source: university research-support guidance). Research projects with human biological material must be approved by a research ethics committee under Danish law. Under the Committee Act the committee has 60 days to decide on a new project, counted from receipt of a duly completed notification.",
      sources: [ { title: "Region Nordjylland – Den Videnskabsetiske Komité: Sagsbehandlingen (60-day deadline for new projects)", url: "https://rn.dk/da/Til-sundhedsfaglige/Sundhed/Forskning/Den-Videnskabsetiske-Komite-for-Region-Nordjylland/Til-forsker/Sagsbehandlingen", reviewed: "2026-11-26" },
        { title: "DTU Inside – Research involving human trial subjects and human biological material (import of human biological material)", url: "https://www.inside.dtu.dk/en/forskningsstoette/principles-for-good-scientific-conduct/Forskningsetik/research-involving-human-trial-subjects-and-human-biological-material", reviewed: "2026-11-26" },
        { title: "De Videnskabsetiske Komitéer – Vejledning om brug af biologisk materiale i sundhedsvidenskabelige forskningsprojekter (section 7: research on biological material from abroad, notification duty)", url: "https://videnskabsetik.dk/vejledninger/vejledning-om-biobanker", reviewed: "2026-11-26" },
        { title: "Danish National Biobank – Access to biological samples", url: "https://www.danishnationalbiobank.com/access", reviewed: "2026-11-26" },
      ],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "dk-export-imp-dkma-section-39-authorisation",
      materials: ["imp"],
      name: "Virksomhedstilladelse efter lægemiddellovens § 39 (company authorisation under section 39 of the Danish Medicines Act, covering export)",
      authority: "Lægemiddelstyrelsen (Danish Medicines Agency, DKMA)",
      scope: "per-exporter",
      holder: "exporter",
      note: "Medicines may not be exported without a DKMA authorisation; the exporter must be able to show a valid authorisation in connection with the export.",
      sources: [
        {
          title: "Toldstyrelsen (info.skat.dk) – Lægemidler: formål og lovgrundlag, import og eksport",
          url: "https://info.skat.dk/data.aspx?oid=2230262&chk=218928",
          reviewed: "2026-11-26",
        },
        { title: "Toldstyrelsen (info.skat.dk) – Lægemidler (ind- og udførsel)", url: "https://info.skat.dk/data.aspx?oid=135156&chk=201541", reviewed: "2026-11-26" },
      ],
    },
    {
      kind: "permit",
      id: "dk-export-controlled-dkma-export-certificate",
      materials: ["imp"],
      name: "Udførselscertifikat for euforiserende stoffer (export certificate for narcotic drugs and psychotropic substances)",
      authority: "Lægemiddelstyrelsen (Danish Medicines Agency, DKMA)",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note: "Medicines containing substances on lists A–E may be exported only when DKMA has issued an export certificate for that consignment; the exporter also needs a DKMA business authorisation for euphoriant substances. Certificates are valid for 4 months and cover one shipment.",
      sources: [
        { title: "Toldstyrelsen (info.skat.dk) – Lægemidler (ind- og udførsel)", url: "https://info.skat.dk/data.aspx?oid=135156&chk=201541", reviewed: "2026-11-26" },
        { title: "DTU Inside – Euphoriant substances", url: "https://www.inside.dtu.dk/en/work-environment/physical-work-environment/laboratorier-og-vaerksteder/kemi/euforiserende-stoffer", reviewed: "2026-11-26" },
      ],
    },
  ],
  importerOfRecord: [
    {
      id: "dk-ior-imp",
      materials: ["imp"],
      who: "A company holding a DKMA section 39 manufacturing and importation authorisation (MIA) whose Qualified Person releases the imported IMP batch for the specific trial.",
      foreignSponsorMayAct: false,
      mustHold: ["dk-import-imp-dkma-section-39-mia"],
      note: "Customs holds the importer responsible for presenting a valid DKMA authorisation at import.",
      sources: [
        {
          title: "DKMA – GMP requirements for importation of medicinal products from an MRA country for use in clinical trials",
          url: "https://laegemiddelstyrelsen.dk/en/licensing/supervision-and-inspection/inspection-of-authorised-pharmaceutical-companies/gmp-requirements-for-importation-of-medicinal-products-from-an-mra-country-for-use-in-clinical-trials",
          reviewed: "2026-11-26",
        },
        { title: "Toldstyrelsen (info.skat.dk) – Lægemidler (ind- og udførsel)", url: "https://info.skat.dk/data.aspx?oid=135156&chk=201541", reviewed: "2026-11-26" },
      ],
    },
  ],
  exporterOfRecord: [
    {
      id: "dk-eor-imp",
      materials: ["imp"],
      who: "A company holding a DKMA section 39 authorisation that covers export of medicines.",
      foreignSponsorMayAct: false,
      mustHold: ["dk-export-imp-dkma-section-39-authorisation"],
      sources: [
        { title: "Toldstyrelsen (info.skat.dk) – Lægemidler (ind- og udførsel)", url: "https://info.skat.dk/data.aspx?oid=135156&chk=201541", reviewed: "2026-11-26" },
      ],
    },
  ],
};

export default rules;
