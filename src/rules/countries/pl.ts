import type { CountryRulesInput } from "../legacyRuleModules";

/** Poland: national import/export rules for clinical-trial shipments (EU rules apply via the EU union file). */
const rules: CountryRulesInput = {
  code: "PL",
  name: "Poland",
  customsUnion: "EU",
  importTax: {
    id: "pl-import-tax",
    name: "VAT (podatek od towarów i usług, PTU)",
    standardRatePercent: 23,
    reliefs: [],
    note:
      "Standard rate 23%, reduced rates 8% and 5%. Secondary sources list pharmaceutical products and authorised medical products at the 8% reduced rate; whether an IMP without a marketing authorisation qualifies was not confirmed, so plan on 23% unless your tax adviser confirms otherwise. A 2022 tax ruling found that importing an active substance for a non-commercial clinical trial is not VAT-exempt as a medical-care supply. (secondary sources)",
    sources: [
      { title: "Poland (PL) VAT data – The VAT Man", url: "https://thevatman.eu/vat-by-country-m-r/poland/", reviewed: "2026-11-26" },
      { title: "VAT Rates in Poland – Global VAT Compliance", url: "https://globalvatcompliance.com/vat-rates-in-poland", reviewed: "2026-11-26" },
      {
        title: "Poland Gazettes Regulation Implementing Reduced VAT Rates (Bloomberg Tax, 25 Mar 2020)",
        url: "https://news.bloombergtax.com/daily-tax-report-international/poland-gazettes-regulation-implementing-reduced-vat-rates?context=search&index=0",
        reviewed: "2026-11-26",
      },
      {
        title: "Interpretacja indywidualna 0114-KDIP4-2.4012.268.2022.1.AA (import substancji czynnej do niekomercyjnego badania klinicznego)",
        url: "https://dokumenty.fiscalex.pl/vat/2022/06/0114-KDIP4-2.4012.268.2022.1.AA",
        reviewed: "2026-11-26",
      },
    ],
  },
  import: [
    {
      kind: "permit",
      id: "pl-import-imp-gif-import-licence",
      replaces: "eu-import-imp-mia",
      materials: ["imp"],
      name: "Zezwolenie na wytwarzanie lub import produktu leczniczego (manufacturing or import authorisation, covering investigational medicinal products)",
      authority: "Główny Inspektor Farmaceutyczny (GIF, Chief Pharmaceutical Inspector)",
      scope: "per-importer",
      holder: "importer",
      note:
        "Poland's national form of the EU manufacturing/import authorisation. Importing means bringing a medicinal product in from outside the EU/EEA, including its storage, batch-release quality control and distribution; under Art. 51a of the Pharmaceutical Law the licence rules also apply to investigational and auxiliary medicinal products. Only a business (przedsiębiorca) with suitable premises and an employed Qualified Person may apply. The application names the products to be imported, and the importer may import only products covered by its licence. Supplies from another EEA country are wholesale, not import, and do not need this licence.",
      sources: [
        {
          title: "GIF – Wydanie zezwolenia na wytwarzanie lub import produktu leczniczego",
          url: "https://www.gov.pl/web/gif/-wydanie-zezwolenia-na-wytwarzanie-lub-import-produktow-leczniczych",
          reviewed: "2026-11-26",
        },
        {
          title: "biznes.gov.pl – Zezwolenie na wytwarzanie lub import produktu leczniczego",
          url: "https://biznes.gov.pl/opisy-procedur/-/proc/195",
          reviewed: "2026-11-26",
        },
        {
          title: "Chambers Global Practice Guides, Life Sciences 2026 – Poland, 7.3 Prior Authorisations for the Import of Pharmaceuticals (secondary source)",
          url: "https://gpg-pdf.chambers.com/life-sciences-2026/246/",
          reviewed: "2026-11-26",
        },
      ],
    },
    {
      kind: "permit",
      id: "pl-import-controlled-gif-import-permit",
      alsoWithinUnion: true,
      materials: ["imp"],
      name: "Pozwolenie na przywóz albo wewnątrzwspólnotowe nabycie środków odurzających lub substancji psychotropowych (import permit for narcotic drugs or psychotropic substances)",
      authority: "Główny Inspektor Farmaceutyczny (GIF, Chief Pharmaceutical Inspector)",
      scope: "per-shipment",
      holder: "importer",
      onlyIfControlled: true,
      note:
        "Issued for each consignment brought into Poland, and also needed for deliveries from other EU countries. The applicant must already hold an authorisation to carry on the import of narcotic drugs or psychotropic substances. Under the Minister of Health regulation of 16 March 2017 the permit is issued in Polish and English and is valid for 3 months from issue. In January 2026 the ministry was drafting a replacement regulation with new security-printed forms (old forms usable until 12 July 2026), so check the current validity period. Narcotic drugs may not be placed in a customs warehouse, and neither narcotic nor psychotropic substances may go into a free zone.",
      sources: [
        {
          title: "biznes.gov.pl – Pozwolenie na przywóz do Polski albo wewnątrzwspólnotowe nabycie środków odurzających lub substancji psychotropowych",
          url: "https://www.biznes.gov.pl/pl/opisy-procedur/-/proc/384",
          reviewed: "2026-11-26",
        },
        { title: "GIF – Substancje kontrolowane", url: "https://www.gov.pl/web/gif/substancje-kontrolowane/", reviewed: "2026-11-26" },
        {
          title: "Prawo.pl – Wywóz i przywóz środków odurzających – nowe rozporządzenie",
          url: "https://www.prawo.pl/zdrowie/wywoz-i-przywoz-srodkow-odurzajacych--nowe-rozporzadzenie,262953.html",
          reviewed: "2026-11-26",
        },
        {
          title: "Gazeta Prawna – Nowe pozwolenia z lepszymi zabezpieczeniami (29 Jan 2026)",
          url: "https://www.gazetaprawna.pl/firma-i-prawo/artykuly/10634077,nowe-pozwolenia-z-lepszymi-zabezpieczeniami-ministerstwo-zdrowia-walc.html",
          reviewed: "2026-11-26",
        },
      ],
    },
    {
      kind: "none",
      id: "pl-import-samples-clinical-trial",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note:
        "Polish rules on biological samples in clinical trials deal mainly with carriage and packaging (dangerous-goods rules: IATA, ADR) and set no additional requirements for importing or exporting biological samples for clinical trials (secondary source, 2019). Cells, tissues and organs for transplantation or use in humans are different: importing or exporting them needs prior consent from the director of the National Centre for Tissue and Cell Banking (KCBTiK) or of Poltransplant, which only tissue banks and healthcare entities can obtain.",
      sources: [
        {
          title: "ZF Legal – Wykorzystanie w badaniu klinicznym próbek biologicznych, sprzętu medycznego i wyrobów medycznych (19 July 2019)",
          url: "https://zflegal.pl/aktualnosci/wykorzystanie-w-badaniu-klinicznym-probek-biologicznych-sprzetu-medycznego-i-wyrobow-medycznych-wybrane-zagadnienia-prawne",
          reviewed: "2026-11-26",
        },
        {
          title: "Biznes.gov.pl – Zgoda na wywóz i przywóz komórek, tkanek i narządów z i na terytorium Polski",
          url: "https://www.biznes.gov.pl/pl/opisy-procedur/-/proc/665",
          reviewed: "2026-11-26",
        },
      ],
    },
  ],
  export: [
    {
      kind: "permit",
      id: "pl-export-controlled-gif-export-permit",
      alsoWithinUnion: true,
      materials: ["imp"],
      name: "Pozwolenie na wywóz albo wewnątrzwspólnotową dostawę środków odurzających lub substancji psychotropowych (export permit for narcotic drugs or psychotropic substances)",
      authority: "Główny Inspektor Farmaceutyczny (GIF, Chief Pharmaceutical Inspector)",
      scope: "per-shipment",
      holder: "exporter",
      onlyIfControlled: true,
      note:
        "Issued by GIF under the Minister of Health regulation of 16 March 2017 (Dz. U. 2017 poz. 686), in Polish and English, valid for 3 months from issue. A replacement regulation with new forms was being drafted in early 2026, so check the current validity period.",
      sources: [
        { title: "GIF – Substancje kontrolowane", url: "https://www.gov.pl/web/gif/substancje-kontrolowane/", reviewed: "2026-11-26" },
        {
          title: "Rozporządzenie Ministra Zdrowia z dnia 16 marca 2017 r. (Dz. U. 2017 poz. 686)",
          url: "https://prawo.pl/akty/dz-u-2017-686,18584402.html",
          reviewed: "2026-11-26",
        },
        {
          title: "Prawo.pl – Wywóz i przywóz środków odurzających – nowe rozporządzenie",
          url: "https://www.prawo.pl/zdrowie/wywoz-i-przywoz-srodkow-odurzajacych--nowe-rozporzadzenie,262953.html",
          reviewed: "2026-11-26",
        },
      ],
    },
    {
      kind: "none",
      id: "pl-export-samples-clinical-trial",
      materials: ["samples"],
      sourceCovers: ["samples"],
      note:
        "Polish rules on biological samples in clinical trials deal mainly with carriage and packaging (dangerous-goods rules: IATA, ADR) and set no additional requirements for importing or exporting biological samples for clinical trials (secondary source, 2019). Cells, tissues and organs for transplantation or use in humans are different: importing or exporting them needs prior consent from the director of the National Centre for Tissue and Cell Banking (KCBTiK) or of Poltransplant, which only tissue banks and healthcare entities can obtain.",
      sources: [
        {
          title: "ZF Legal – Wykorzystanie w badaniu klinicznym próbek biologicznych, sprzętu medycznego i wyrobów medycznych (19 July 2019)",
          url: "https://zflegal.pl/aktualnosci/wykorzystanie-w-badaniu-klinicznym-probek-biologicznych-sprzetu-medycznego-i-wyrobow-medycznych-wybrane-zagadnienia-prawne",
          reviewed: "2026-11-26",
        },
        {
          title: "Biznes.gov.pl – Zgoda na wywóz i przywóz komórek, tkanek i narządów z i na terytorium Polski",
          url: "https://www.biznes.gov.pl/pl/opisy-procedur/-/proc/665",
          reviewed: "2026-11-26",
        },
      ],
    },
  ],
  importerOfRecord: [
    {
      id: "pl-ior-imp",
      materials: ["imp"],
      who: "A business (przedsiębiorca) holding a GIF manufacturing or import licence that covers the imported investigational product, with a Qualified Person; or import under an agreement with such a licensed importer.",
      foreignSponsorMayAct: false,
      mustHold: ["pl-import-imp-gif-import-licence"],
      note:
        "GIF treats any bringing of a medicinal product into Poland from outside the EU/EEA that involves storage, batch-release quality control or distribution as an import that needs its licence. Licensed importers are listed in GIF's Register of Manufacturers and Importers of Medicinal Products.",
      sources: [
        {
          title: "biznes.gov.pl – Zezwolenie na wytwarzanie lub import produktu leczniczego",
          url: "https://biznes.gov.pl/opisy-procedur/-/proc/195",
          reviewed: "2026-11-26",
        },
        {
          title: "Chambers Global Practice Guides, Life Sciences 2026 – Poland, 7.3 Prior Authorisations for the Import of Pharmaceuticals (secondary source)",
          url: "https://gpg-pdf.chambers.com/life-sciences-2026/246/",
          reviewed: "2026-11-26",
        },
        {
          title: "CMS Law-Now – Polish inspectorate issues ruling on the import of medicinal products (July 2024) (secondary source)",
          url: "https://cms-lawnow.com/en/ealerts/2024/07/polish-inspectorate-issues-ruling-on-the-import-of-medicinal-products",
          reviewed: "2026-11-26",
        },
      ],
    },
  ],
};

export default rules;
