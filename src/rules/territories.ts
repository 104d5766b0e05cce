import type { Source } from "./schema";

/**
 * Territories whose customs or VAT status differs from the state they belong to. None of them is
 * folded into its parent: a row naming one is either reported as not covered (its own code, so
 * no rule of the parent is applied to it), checked under the parent where the parent's customs
 * rules really apply (with a note on what is not covered), or refused when it has no code of its own.
 */
export interface Territory {
  /** The code rows carry: the ISO 3166-1 code, or IC / EA (ISO exceptionally reserved) / XI (UK customs code). */
  code: string;
  name: string;
  /** ISO 3166-1 code of the state it belongs to. */
  parent: string;
  /**
   * not-covered: parsed as its own code, reported as not covered;
   * parent: parsed as the parent, whose customs rules apply there, with a note (the row carries `region`);
   * no-code: refused, naming why (the place has no country code to check it under).
   */
  treatment: "not-covered" | "parent" | "no-code";
  /** Its customs and VAT status, one clause, as the sources give it. */
  status: string;
  /** Names and everyday forms in the supported languages (normalised when indexed). */
  names: string[];
  /** Other codes that mean it: ISO 3166-2 subdivisions, alpha-3 codes. */
  codes: string[];
  /** For "parent": the ISO 3166-2 code the row carries, so the note reaches the output. */
  region?: string;
  sources: Source[];
}

const REVIEWED = "2026-12-06";
const EC_TERRITORIAL: Source = {
  title: "European Commission, Taxation and Customs Union: Territorial status of EU countries and certain territories",
  url: "https://taxation-customs.ec.europa.eu/territorial-status-eu-countries-and-certain-territories_en",
  kind: "official",
  date: null,
  reviewed: REVIEWED,
};
const HMRC_UK_TERRITORY: Source = {
  title: "HMRC internal manual VAT Place of Supply (Goods), VATPOSG2300: territory of the United Kingdom",
  url: "https://www.gov.uk/hmrc-internal-manuals/vat-place-of-supply-goods/vatposg2300",
  kind: "official",
  date: null,
  reviewed: REVIEWED,
};
const REVENUE_NI_PROTOCOL: Source = {
  title:
    "Revenue (Irish Tax and Customs): Protocol on Ireland and Northern Ireland (as amended by the Windsor Framework)",
  url: "https://revenue.ie/en/customs/businesses/brexit/info-businesses-trading-ni/trade-with-ni/protocol-ireland-ni.aspx",
  kind: "official",
  date: null,
  reviewed: REVIEWED,
};
const GIBRALTAR_CUSTOMS_UNION: Source = {
  title:
    "Government of Gibraltar, Technical Notice 72/2026: Basic features of the customs union between Gibraltar and the EU (4 February 2026)",
  url: "https://www.gibraltar.gov.gi/press-releases/technical-notice-basic-features-of-the-customs-union-between-gibraltar-and-the-eu-722026-11670",
  kind: "official",
  date: "2026-02-04",
  reviewed: REVIEWED,
};
const US_CUSTOMS_TERRITORY: Source = {
  title:
    "19 CFR Part 182, Appendix A (Legal Information Institute): the customs territory of the United States includes the 50 states, the District of Columbia and Puerto Rico",
  url: "https://www.law.cornell.edu/definitions/index.php?width=840&height=800&iframe=true&def_id=f725ba13f03b4f9dad80c625b66d6486&term_occur=999&term_src=Title:19:Chapter:I:Part:182:Subpart:E:182.42",
  kind: "legal-text-copy",
  date: null,
  reviewed: REVIEWED,
};
const HONG_KONG_BASIC_LAW: Source = {
  title:
    "Hong Kong Yearbook 2005, chapter 1: the HKSAR remains a free port and a separate customs territory (Basic Law Article 116)",
  url: "https://yearbook.gov.hk/2005/en/01_01.htm",
  kind: "official",
  date: "2005",
  reviewed: REVIEWED,
};
const MACAO_BASIC_LAW: Source = {
  title:
    "Congressional-Executive Commission on China: Basic Law of the Macao SAR (Article 112: a separate customs territory)",
  url: "https://www.cecc.gov/resources/legal-provisions/the-basic-law-of-the-macao-macau-special-administrative-region-of-the-prc",
  kind: "legal-text-copy",
  date: null,
  reviewed: REVIEWED,
};

const EU_CUSTOMS_NOT_VAT = "in the EU customs territory but outside the EU VAT area";
const OUTSIDE_EU_CUSTOMS_AND_VAT = "outside the EU customs territory and the EU VAT area";

const FRENCH_OUTERMOST = (code: string, name: string, names: string[]): Territory => ({
  code,
  name,
  parent: "FR",
  treatment: "not-covered",
  status: `${EU_CUSTOMS_NOT_VAT} (a French overseas department)`,
  names,
  codes: [],
  sources: [EC_TERRITORIAL],
});

export const TERRITORIES: readonly Territory[] = [
  {
    code: "XI",
    name: "Northern Ireland",
    parent: "GB",
    treatment: "not-covered",
    status:
      "in the UK customs territory, but under the Windsor Framework EU customs and VAT rules apply to goods there",
    names: [
      "Northern Ireland",
      "Nordirland",
      "Irlande du Nord",
      "Irlanda del Norte",
      "Irlanda del Nord",
      "Irlanda do Norte",
      "Noord-Ierland",
      "Irlandia Północna",
    ],
    codes: ["GB-NIR"],
    sources: [REVENUE_NI_PROTOCOL],
  },
  {
    code: "IC",
    name: "the Canary Islands",
    parent: "ES",
    treatment: "not-covered",
    status: EU_CUSTOMS_NOT_VAT,
    names: [
      "Canary Islands",
      "Canaries",
      "Islas Canarias",
      "Canarias",
      "Kanarische Inseln",
      "Kanaren",
      "Îles Canaries",
      "Isole Canarie",
      "Canarie",
      "Ilhas Canárias",
      "Canarische Eilanden",
      "Wyspy Kanaryjskie",
      "Tenerife",
      "Gran Canaria",
      "Las Palmas",
      "Lanzarote",
      "Fuerteventura",
      "Santa Cruz de Tenerife",
    ],
    codes: ["ES-CN"],
    sources: [EC_TERRITORIAL],
  },
  {
    code: "EA",
    name: "Ceuta and Melilla",
    parent: "ES",
    treatment: "not-covered",
    status: OUTSIDE_EU_CUSTOMS_AND_VAT,
    names: ["Ceuta", "Melilla", "Ceuta and Melilla", "Ceuta y Melilla", "Ceuta und Melilla", "Ceuta et Melilla"],
    codes: ["ES-CE", "ES-ML"],
    sources: [EC_TERRITORIAL],
  },
  {
    code: "JE",
    name: "Jersey",
    parent: "GB",
    treatment: "not-covered",
    status: "a Crown Dependency outside the UK, and outside the UK and EU VAT area",
    names: [],
    codes: [],
    sources: [HMRC_UK_TERRITORY],
  },
  {
    code: "GG",
    name: "Guernsey",
    parent: "GB",
    treatment: "not-covered",
    status: "a Crown Dependency outside the UK, and outside the UK and EU VAT area",
    names: [],
    codes: [],
    sources: [HMRC_UK_TERRITORY],
  },
  {
    code: "IM",
    name: "the Isle of Man",
    parent: "GB",
    treatment: "not-covered",
    status:
      "outside the UK, though treated as part of the UK for VAT (charged under Manx law); its own import rules are not in Clearway's rules",
    names: [],
    codes: [],
    sources: [HMRC_UK_TERRITORY],
  },
  {
    code: "GI",
    name: "Gibraltar",
    parent: "GB",
    treatment: "not-covered",
    status:
      "outside the UK and EU customs territories, with its own customs and a customs union with the EU being set up",
    names: [],
    codes: [],
    sources: [GIBRALTAR_CUSTOMS_UNION],
  },
  {
    code: "PR",
    name: "Puerto Rico",
    parent: "US",
    treatment: "parent",
    status: "in the customs territory of the United States, so US customs entry, duty and permits apply",
    names: [],
    codes: ["US-PR"],
    region: "US-PR",
    sources: [US_CUSTOMS_TERRITORY],
  },
  {
    code: "HK",
    name: "Hong Kong",
    parent: "CN",
    treatment: "not-covered",
    status: "a separate customs territory and free port (Basic Law Article 116)",
    names: [],
    codes: ["CN-HK"],
    sources: [HONG_KONG_BASIC_LAW],
  },
  {
    code: "MO",
    name: "Macao",
    parent: "CN",
    treatment: "not-covered",
    status: "a separate customs territory and free port (Basic Law Articles 110 and 112)",
    names: [],
    codes: ["CN-MO"],
    sources: [MACAO_BASIC_LAW],
  },
  {
    code: "GL",
    name: "Greenland",
    parent: "DK",
    treatment: "not-covered",
    status: `outside the EU, the EU customs territory and the EU VAT area`,
    names: [],
    codes: [],
    sources: [EC_TERRITORIAL],
  },
  {
    code: "FO",
    name: "the Faroe Islands",
    parent: "DK",
    treatment: "not-covered",
    status: `outside the EU, the EU customs territory and the EU VAT area`,
    names: ["Faroe", "Faroes", "Færøerne"],
    codes: [],
    sources: [EC_TERRITORIAL],
  },
  {
    code: "AX",
    name: "the Åland Islands",
    parent: "FI",
    treatment: "not-covered",
    status: EU_CUSTOMS_NOT_VAT,
    names: ["Åland", "Ahvenanmaa"],
    codes: ["FI-01"],
    sources: [EC_TERRITORIAL],
  },
  FRENCH_OUTERMOST("GP", "Guadeloupe", []),
  FRENCH_OUTERMOST("MQ", "Martinique", []),
  FRENCH_OUTERMOST("RE", "Réunion", ["La Réunion"]),
  FRENCH_OUTERMOST("GF", "French Guiana", ["Guyane", "Guyane française"]),
  FRENCH_OUTERMOST("YT", "Mayotte", []),
  {
    code: "MF",
    name: "Saint-Martin",
    parent: "FR",
    treatment: "not-covered",
    status: EU_CUSTOMS_NOT_VAT,
    names: [],
    codes: [],
    sources: [EC_TERRITORIAL],
  },
  {
    code: "",
    name: "Büsingen am Hochrhein",
    parent: "DE",
    treatment: "no-code",
    status: OUTSIDE_EU_CUSTOMS_AND_VAT,
    names: ["Büsingen", "Buesingen", "Büsingen am Hochrhein"],
    codes: [],
    sources: [EC_TERRITORIAL],
  },
  {
    code: "",
    name: "Heligoland",
    parent: "DE",
    treatment: "no-code",
    status: OUTSIDE_EU_CUSTOMS_AND_VAT,
    names: ["Heligoland", "Helgoland"],
    codes: [],
    sources: [EC_TERRITORIAL],
  },
  {
    code: "",
    name: "Livigno",
    parent: "IT",
    treatment: "no-code",
    status: OUTSIDE_EU_CUSTOMS_AND_VAT,
    names: ["Livigno"],
    codes: [],
    sources: [EC_TERRITORIAL],
  },
  {
    code: "",
    name: "Campione d'Italia",
    parent: "IT",
    treatment: "no-code",
    status: EU_CUSTOMS_NOT_VAT,
    names: ["Campione d'Italia", "Campione"],
    codes: [],
    sources: [EC_TERRITORIAL],
  },
  {
    code: "",
    name: "Mount Athos",
    parent: "GR",
    treatment: "no-code",
    status: EU_CUSTOMS_NOT_VAT,
    names: ["Mount Athos", "Athos", "Agion Oros", "Άγιον Όρος", "Mont Athos", "Monte Athos", "Berg Athos"],
    codes: ["GR-69"],
    sources: [EC_TERRITORIAL],
  },
];

const BY_CODE = new Map(
  TERRITORIES.filter((territory) => territory.code).map((territory) => [territory.code, territory]),
);
const BY_REGION = new Map(
  TERRITORIES.filter((territory) => territory.region).map((territory) => [territory.region!, territory]),
);

/** The territory a country code stands for, if it is one with its own customs or VAT status. */
export function territoryByCode(code: string): Territory | undefined {
  return BY_CODE.get(code);
}

/** The territory checked under its parent that an ISO 3166-2 region stands for (e.g. US-PR). */
export function territoryByRegion(region: string | undefined): Territory | undefined {
  return region === undefined ? undefined : BY_REGION.get(region);
}

/** "the Canary Islands (IC) is in the EU customs territory but outside the EU VAT area (European Commission, ...)". */
export function territoryReason(territory: Territory): string {
  return `${territory.status} (source: ${territory.sources.map((source) => source.title).join("; ")})`;
}
