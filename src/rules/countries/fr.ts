import type { CountryRulesInput } from "../legacyRuleModules";

/**
 * France: national import/export rules for clinical-trial shipments.
 * EU-wide rules (valuation, Common Customs Tariff, de minimis, MIA(IMP) under Reg. 536/2014 Art. 61,
 * customs declarant/exporter, ATA carnet acceptance, returned goods) are in ../unions/eu.ts.
 */

const R = "2026-11-26";

const novancesRates = {
  title: "Novances – Les taux de TVA en vigueur en France (taux normal 20 %, art. 278 CGI)",
  url: "https://novances.fr/2015/04/22/les-taux-de-tva-en-vigueur-en-france/",
  reviewed: R,
};
const bofip210 = {
  title: "BOFiP BOI-TVA-LIQ-40-10 – TVA: produits imposables au taux particulier de 2,10 %",
  url: "https://bofip.impots.gouv.fr/doctrine/pgp/1449-PGP%23Medicaments_livres_a_usage__37",
  reviewed: R,
};
const bofip10 = {
  title: "BOFiP BOI-TVA-LIQ-30-10-60 – TVA: autres biens et opérations soumis aux taux réduits (médicaments à 10 %)",
  url: "https://bofip.impots.gouv.fr/node/366717",
  reviewed: R,
};
const bofip10Import = {
  title: "BOFiP BOI-TVA-LIQ-30-10-60-20150304 – Taux réduit de 10 % (achat, importation ... de médicaments avec AMM)",
  url: "https://bofip.impots.gouv.fr/bofip/130-PGP.html/identifiant%3DBOI-TVA-LIQ-30-10-60-20150304",
  reviewed: R,
};
const ansmAi = {
  title: "ANSM – Demander une autorisation pour une importation de médicaments (mis à jour le 15/06/2023)",
  url: "https://ansm.sante.fr/vos-demarches/industriel/demander-une-autorisation-pour-une-importation-de-medicaments",
  reviewed: R,
};
const ifisAttestation = {
  title: "IFIS – ANSM: mise à jour du formulaire d'autorisation d'importation de médicaments (essais cliniques, R. 5121-114 CSP)",
  url: "https://ifis.fr/actualites/ansm-mise-jour-du-formulaire-dautorisation-dimportation-de-medicaments",
  reviewed: R,
};
const atessia = {
  title: "Atessia – Importation et exportation de médicaments en France (Impexweb)",
  url: "https://atessia.fr/fr/tag/impexweb",
  reviewed: R,
};
const r5121_135 = {
  title: "Code de la santé publique, article R5121-135 (déclaration préalable à l'exportation)",
  url: "https://juriblio.fr/codes/code-de-la-sante-publique/partie-reglementaire/cinquieme-partie/livre-ier/titre-ii/chapitre-ier/section-10/article-r5121-135",
  reviewed: R,
};
const l5124_11 = {
  title: "French Public Health Code, Article L5124-11 (export of medicinal products; English translation)",
  url: "https://french-business-law.com/french-legislation-art/article-l5124-11-of-the-french-public-health-code",
  reviewed: R,
};
const ansmStupImpex = {
  title: "ANSM – Demande portant sur l'importation/exportation de stupéfiants et de psychotropes (actualisation du 10/06/2022)",
  url: "https://ansm.sante.fr/page/demande-portant-sur-limportation-exportation-de-stupefiants-et-de-psychotropes",
  reviewed: R,
};
const r5132_92 = {
  title: "Code de la santé publique, article R5132-92 (import/export of psychotropics: authorisation for each operation)",
  url: "https://french-business-law.com/french-legislation-art/article-r5132-92-of-the-french-public-health-code",
  reviewed: R,
};
const ansmStupChercheurs = {
  title: "ANSM – Demande d'autorisation relative aux stupéfiants et psychotropes pour les chercheurs",
  url: "https://ansm.sante.fr/vos-demarches/chercheur/demande-dautorisation-relative-aux-stupefiants-et-psychotropes-pour-les-chercheurs",
  reviewed: R,
};
const lifeAvocatsSamples = {
  title: "Life Avocats – Les flux transfrontaliers d'échantillons biologiques intervenant dans un essai clinique ne nécessitent pas d'autorisations du ministère de la Recherche",
  url: "https://life-avocats.com/?p=2965",
  reviewed: R,
};
const anAmendmentSamples = {
  title: "Assemblée nationale – Amendement n°2187 (4 April 2025), exposé sommaire on import/export of human biological samples for research outside clinical trials",
  url: "https://www.assemblee-nationale.fr/dyn/17/amendements/1191/AN/2187",
  reviewed: R,
};
const insermImpex = {
  title: "Inserm – Importation et exportation d'éléments biologiques issus du corps humain",
  url: "https://pro.inserm.fr/rubriques/en-labo/recherche-responsable/droit-de-la-recherche/importation-et-exportation",
  reviewed: R,
};
const r5124_9 = {
  title: "Code de la santé publique, article R5124-9 (ANSM decision on the opening authorisation within 90 days)",
  url: "https://french-business-law.com/french-legislation-art/article-r5124-9-of-the-french-public-health-code",
  reviewed: R,
};
const r5124_6 = {
  title: "Code de la santé publique, article R5124-6 (opening authorisation issued by ANSM, recorded in the EU database under Art. 40 Dir. 2001/83)",
  url: "https://french-business-law.com/french-legislation-art/article-r5124-6-of-the-french-public-health-code",
  reviewed: R,
};
const r5124_2 = {
  title: "Code de la santé publique, article R5124-2 (définitions: fabricant, importateur, incl. medicines for experimentation on humans)",
  url: "https://www.weka.fr/base-juridique/code_CSP_LEGISCTA000006190682.html",
  reviewed: R,
};
const atessiaEtablissement = {
  title: "Atessia – Comment ouvrir un établissement pharmaceutique en France ? (statut importateur)",
  url: "https://atessia.fr/fr/tag/l-4211-1",
  reviewed: R,
};
const r5124_10 = {
  title: "Code de la santé publique – substantial changes to the opening authorisation (new category incl. médicaments expérimentaux; decision in 30 days, extendable by 90)",
  url: "https://legal.tricoteuses.fr/articles/LEGIARTI000025787737",
  reviewed: R,
};
const l1221_12 = {
  title: "Code de la santé publique, article L1221-12 (import/export of blood for scientific purposes: research minister authorisation under L. 1245-5-1)",
  url: "https://french-business-law.com/french-legislation-art/article-l1221-12-of-the-french-public-health-code",
  reviewed: R,
};
const arrete2000Samples = {
  title: "Arrêté du 20 avril 2000 fixant le modèle de dossier de demande d'autorisation d'activité d'importation et d'exportation à des fins scientifiques d'organes, de tissus et de cellules du corps humain (BO 2000-22)",
  url: "https://solidarites-sante.gouv.fr/fichiers/bo/2000/00-22/a0221504.htm",
  reviewed: R,
};
const regaskFrSamples = {
  title: "Regask – France, 6. Biological specimen (Ministry of Research import/export authorisation requests)",
  url: "https://library.regask.com/docs/6-biological-specimen-4",
  reviewed: R,
};
const bestLawyersSamples = {
  title: "Best Lawyers (Thomas Roche) – Cross-border flows of biological samples used in a clinical trial do not require authorisation from the French Ministry of Research",
  url: "https://www.bestlawyers.com/article/cross-border-flows-of-biological-samples-used/2889",
  reviewed: R,
};
const lemociAta = {
  title: "Le Moci – Douane pratique: le carnet ATA, un outil pour faciliter les exportations temporaires",
  url: "https://lemoci.com/douane-pratique-le-carnet-ata-un-outil-pour-faciliter-les-exportations-temporaires",
  reviewed: R,
};
const cciCharenteAta = {
  title: "CCI Charente-Maritime – Formalités internationales: le carnet ATA",
  url: "https://www.charente-maritime.cci.fr/formalites-internationales-le-carnet-ata",
  reviewed: R,
};

const rules: CountryRulesInput = {
  code: "FR",
  name: "France",
  customsUnion: "EU",
  importTax: {
    id: "fr-import-tax",
    name: "TVA à l'importation (import VAT)",
    standardRatePercent: 20,
    reliefs: [
      {
        id: "fr-import-tax-medicines-2-1",
        headings: ["3002", "3004"],
        ratePercent: 2.1,
        condition:
          "Only for medicines that have a marketing authorisation (AMM) and are reimbursable under Art. L.162-17 of the Social Security Code or approved for hospital use (Art. L.5123-2 CSP), or that are under an early-access or compassionate-use authorisation (Art. L.5121-12 / L.5121-12-1 CSP); imports of such goods are taxed at the same 2.10% rate (Art. 278-0 B and 281 octies CGI). An unauthorised IMP does not meet these conditions.",
        sources: [bofip210],
      },
      {
        id: "fr-import-tax-medicines-10",
        headings: ["3002", "3004"],
        ratePercent: 10,
        condition:
          "Only for medicines for human use that have a marketing authorisation (AMM, Art. L.5121-8 CSP) but do not qualify for the 2.10% rate (Art. 278 quater CGI; applies to import as well). An unauthorised IMP does not meet this condition.",
        sources: [bofip10, bofip10Import],
      },
    ],
    note:
      "Standard rate 20% (Art. 278 CGI, secondary source). The reduced medicine rates depend on a French marketing authorisation; the sources reviewed do not give a specific rate for unauthorised investigational products.",
    sources: [novancesRates, bofip210, bofip10],
  },
  import: [
    {
      kind: "permit",
      id: "fr-import-imp-etablissement-pharmaceutique",
      replaces: "eu-import-imp-mia",
      materials: ["imp"],
      name: "Autorisation d'ouverture d'un établissement pharmaceutique fabricant / importateur (Art. L.5124-3 CSP) – the French form of the EU MIA(IMP)",
      authority: "ANSM (Agence nationale de sécurité du médicament et des produits de santé)",
      scope: "per-importer",
      holder: "importer",
      leadTimeDays: 90,
      note:
        "This is the French implementation of the EU manufacturing and import authorisation (see the EU rule eu-import-imp-mia), not an additional permit: ANSM's opening authorisations are recorded in the EU database under Art. 40 of Directive 2001/83/EC. An 'importateur' establishment imports, stores, quality-controls and releases batches of medicines from non-EEA states; the 'fabricant' definition covers medicines made for experimentation on humans, and adding investigational medicinal products as a new product category to an existing authorisation is a substantial change needing ANSM authorisation (decision within 30 days of a complete file, extendable by 90 days). For a new establishment ANSM checks the file within 30 days and decides within 90 days of receipt (R.5124-9 CSP), after an administrative enquiry that may include an on-site inspection; the clock stops while ANSM waits for requested information. Each pharmaceutical establishment needs its own authorisation.",
      sources: [r5124_9, r5124_6, r5124_2, atessiaEtablissement, r5124_10],
    },
    {
      kind: "permit",
      id: "fr-import-imp-ansm-attestation",
      alsoWithinUnion: true,
      materials: ["imp"],
      name: "Attestation d'importation ANSM (import attestation for medicines of an authorised clinical trial, Art. R.5121-114 CSP)",
      authority: "ANSM (Agence nationale de sécurité du médicament et des produits de santé)",
      scope: "per-trial",
      holder: "sponsor",
      note:
        "Importing medicines into France, including from other EEA states, normally needs a prior import authorisation (AI) from the ANSM director-general, valid for one import within 3 months or a series of imports over at most one year for a set quantity; since 3 April 2023 requests can be made electronically in the Impexweb application. For clinical trials, the trial authorisation includes the import authorisation for all medicines needed for the trial in France (R.5121-114 CSP); the ANSM then issues an import attestation. The sponsor fills in the attestation form, submits it in CTIS and e-mails it to ANSM (secondary source for the procedure). This is in addition to the importing establishment's own authorisation (fr-import-imp-etablissement-pharmaceutique, the French MIA(IMP)).",
      sources: [ansmAi, ifisAttestation, atessia],
    },
    {
      kind: "permit",
      id: "fr-import-narcotics-ansm",
      materials: ["imp"],
      name: "Autorisation d'importation de stupéfiants (AIS) / de psychotropes (AIP)",
      authority: "ANSM – Pôle régulation des flux des stupéfiants et psychotropes",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note:
        "Importing or exporting narcotic or psychotropic substances needs a special ANSM authorisation for each operation (R.5132-92 CSP for psychotropics); the operator also needs ANSM's general authorisation to handle these substances. Requests are sent only by e-mail to stupetpsy@ansm.sante.fr using the ANSM forms; authorisations are returned by e-mail. For substances not controlled in France, ANSM can issue a non-objection letter (NOL).",
      sources: [ansmStupImpex, r5132_92, ansmStupChercheurs],
    },
    {
      kind: "none",
      id: "fr-import-samples-clinical-trial",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note:
        "Human biological samples collected for the needs of a clinical trial protocol and used within that trial do not need the research ministry's (MESR/CODECOH) import or export authorisation (secondary sources, citing Art. L.1243-3, L.1243-4 and L.1245-5-1 CSP). Samples imported or exported for research outside the trial protocol (e.g. biobank or preclinical research) do need the prior MESR authorisation (also for shipments to or from other EU member states), which a 2025 parliamentary amendment text says can take around 3 months to obtain.",
      sources: [lifeAvocatsSamples, bestLawyersSamples, anAmendmentSamples, insermImpex],
    },
    {
      kind: "permit",
      id: "fr-import-samples-mesr",
      materials: ["samples"],
      name: "Autorisation d'importation d'échantillons biologiques humains à des fins scientifiques (Art. L.1245-5-1 CSP)",
      authority: "Ministère de l'Enseignement supérieur et de la Recherche (MESR)",
      scope: "per-importer",
      holder: "importer",
      leadTimeDays: 90,
      onlyWhen: "the samples are imported for research outside the clinical trial protocol (e.g. a biobank, future research or preclinical work), not only for analyses the trial protocol foresees",
      note:
        "Importing human organs, tissues, cells, blood and blood components or derivatives for scientific purposes needs prior authorisation from the research minister; import means receiving in France material sent from abroad, including from other EU member states (transit is not covered; gametes and embryonic stem cells have their own procedure). The importer must make sure the samples were taken with the donor's prior consent and without payment. The authorisation is for the organisation's import/export activity: the dossier names the products, the suppliers where relevant and the research programmes concerned. Applications are filed by the research organisation's legal representative, by e-mail to dossiers.import-export@recherche.gouv.fr (secondary source) or through the ministry's CODECOH application. A 2025 parliamentary amendment text puts the time to obtain the authorisation at around 3 months.",
      sources: [insermImpex, l1221_12, arrete2000Samples, regaskFrSamples, anAmendmentSamples, lifeAvocatsSamples],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "fr-export-imp-ansm-declaration",
      materials: ["imp"],
      name: "Déclaration d'exportation (DE) à l'ANSM (prior export declaration, Art. L.5124-11 / R.5121-135 CSP)",
      authority: "ANSM (Agence nationale de sécurité du médicament et des produits de santé)",
      scope: "per-exporter",
      holder: "exporter",
      note:
        "Exporting to non-EU countries a medicine that has no French marketing authorisation requires a prior declaration to ANSM (secondary source for scope). The exporting pharmaceutical establishment sends it before the first export of that medicine to a given importing country, with a dossier on the product (name, strength, form, indications, presentation, pharmacological/toxicological/clinical and quality data); later changes need a supplementary declaration. Export declarations can be filed electronically in Impexweb. Art. L.5124-11 CSP: where the exported medicine has no marketing authorisation, the exporting pharmaceutical establishment gives ANSM a statement of the reasons, which ANSM passes on to the health minister of the importing country; ANSM may, for public health reasons, prohibit the export of medicines without a marketing authorisation or whose risks are disproportionate to the expected benefit, and prohibits the export of medicines whose authorisation was suspended, withdrawn or not renewed for public health reasons. The exporting establishment (or the importing non-EU state) may ask ANSM to certify that the establishment holds its pharmaceutical establishment authorisation (L.5124-3). Whether ANSM applies the prior declaration to IMPs shipped to trial sites abroad is not stated in these texts.",
      sources: [atessia, r5121_135, ansmAi, l5124_11],
    },
    {
      kind: "permit",
      id: "fr-export-narcotics-ansm",
      materials: ["imp"],
      name: "Autorisation d'exportation de stupéfiants (AES) / de psychotropes (AEP)",
      authority: "ANSM – Pôle régulation des flux des stupéfiants et psychotropes",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note:
        "One ANSM authorisation per export operation; the request must quote the importing country's import permit number. Requests by e-mail to stupetpsy@ansm.sante.fr.",
      sources: [ansmStupImpex, r5132_92],
    },
    {
      kind: "none",
      id: "fr-export-samples-clinical-trial",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note:
        "Human biological samples collected for the needs of a clinical trial protocol and used within that trial do not need the research ministry's (MESR/CODECOH) import or export authorisation (secondary sources, citing Art. L.1243-3, L.1243-4 and L.1245-5-1 CSP). Samples imported or exported for research outside the trial protocol (e.g. biobank or preclinical research) do need the prior MESR authorisation (also for shipments to or from other EU member states), which a 2025 parliamentary amendment text says can take around 3 months to obtain.",
      sources: [lifeAvocatsSamples, bestLawyersSamples, anAmendmentSamples, insermImpex],
    },
    {
      kind: "permit",
      id: "fr-export-samples-mesr",
      materials: ["samples"],
      name: "Autorisation d'exportation d'échantillons biologiques humains à des fins scientifiques (Art. L.1245-5-1 CSP)",
      authority: "Ministère de l'Enseignement supérieur et de la Recherche (MESR)",
      scope: "per-exporter",
      holder: "exporter",
      leadTimeDays: 90,
      onlyWhen: "the samples are exported for research outside the clinical trial protocol (e.g. a biobank, future research or preclinical work), not only for analyses the trial protocol foresees",
      note:
        "Exporting human organs, tissues, cells, blood and blood components or derivatives for scientific purposes needs prior authorisation from the research minister; export means sending material from France abroad, including to other EU member states (transit is not covered; gametes and embryonic stem cells have their own procedure). The authorisation is for the organisation's import/export activity: the dossier names the products, the suppliers where relevant and the research programmes concerned. Applications are filed by the research organisation's legal representative, by e-mail to dossiers.import-export@recherche.gouv.fr (secondary source) or through the ministry's CODECOH application. A 2025 parliamentary amendment text puts the time to obtain the authorisation at around 3 months.",
      sources: [insermImpex, l1221_12, arrete2000Samples, regaskFrSamples, anAmendmentSamples, lifeAvocatsSamples],
    },
  ],
  importerOfRecord: [
    {
      id: "fr-ior-imp",
      materials: ["imp"],
      who: "A French pharmaceutical establishment authorised by ANSM as fabricant or importateur (Art. L.5124-3 CSP) whose authorisation covers investigational medicinal products",
      foreignSponsorMayAct: false,
      mustHold: ["fr-import-imp-etablissement-pharmaceutique"],
      note:
        "The importing establishment stores, quality-controls and releases the imported batches. The trial's import attestation (fr-import-imp-ansm-attestation) is requested by the sponsor for the trial and is separate from the establishment's authorisation. EU customs rules on the declarant apply on top (see the EU rules).",
      sources: [atessiaEtablissement, r5124_2, r5124_10, ifisAttestation],
    },
  ],
  temporaryAdmission: {
    id: "fr-ata-carnet",
    ataCarnet: true,
    note:
      "In France ATA carnets are issued by the chambers of commerce and industry (CCI) under the CCI Paris Île-de-France, applied for online on the GEFI platform. A carnet is valid for one year and covers professional equipment, commercial samples and goods for fairs. EU-wide temporary admission and returned-goods rules apply (see the EU rules).",
    sources: [lemociAta, cciCharenteAta],
  },
};

export default rules;
