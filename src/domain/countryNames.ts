import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);

/**
 * Territories with their own customs or VAT status and no ISO 3166-1 code of their own: IC and EA are
 * reserved by ISO (at the WCO's request) for the Canary Islands and for Ceuta and Melilla; XI is the
 * UK's customs code for Northern Ireland. Rows, parties and rule overrides may use them.
 */
const TERRITORY_CODES: Record<string, string> = {
  IC: "Canary Islands",
  EA: "Ceuta and Melilla",
  XI: "Northern Ireland",
};

/** English short name of an ISO alpha-2 code ("CN" -> "China", "US" -> "United States"); the code itself when unknown. */
export function countryName(code: string): string {
  const territory = TERRITORY_CODES[code];
  if (territory) return territory;
  const official = countries.getName(code, "en", { select: "official" });
  const alias = countries.getName(code, "en", { select: "alias" });
  // Aliases are the everyday names, except abbreviations ("UK") and inverted forms ("Korea, Republic of").
  return alias && alias.length > 3 && !alias.includes(",") ? alias : (official ?? code);
}

/** Whether the code is an assigned ISO 3166-1 alpha-2 code, or one of the territory codes above. */
export function isKnownCountry(code: string): boolean {
  return countries.isValid(code) || code in TERRITORY_CODES;
}

/** Countries whose English name takes "the" in running text ("imports into the United States"). */
const WITH_ARTICLE = new Set([
  "US",
  "GB",
  "NL",
  "AE",
  "PH",
  "DO",
  "CF",
  "CD",
  "CG",
  "BS",
  "GM",
  "KM",
  "MV",
  "MH",
  "SB",
  "VA",
  "KY",
  "FK",
  "FO",
  "TC",
  "VG",
  "VI",
  "MP",
  "CK",
  "IC",
  "AX",
]);

/** A country's name as it reads inside a sentence: "the United States", "the Netherlands", "Germany". */
export function countryInText(code: string, name: string): string {
  if (/^the /i.test(name)) return `the ${name.slice(4)}`;
  return WITH_ARTICLE.has(code) ? `the ${name}` : name;
}

/** The possessive of a name in running text: "Germany's", "the United States'". */
export function possessive(text: string): string {
  return text.endsWith("s") ? `${text}'` : `${text}'s`;
}

/** Text put at the start of a sentence: its first letter in capitals ("the Netherlands" -> "The Netherlands"). */
export function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
