import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);

/** English short name of an ISO alpha-2 code ("CN" -> "China", "US" -> "United States"); the code itself when unknown. */
export function countryName(code: string): string {
  const official = countries.getName(code, "en", { select: "official" });
  const alias = countries.getName(code, "en", { select: "alias" });
  // Aliases are the everyday names, except abbreviations ("UK") and inverted forms ("Korea, Republic of").
  return alias && alias.length > 3 && !alias.includes(",") ? alias : (official ?? code);
}

/** Whether the code is an assigned ISO 3166-1 alpha-2 code. */
export function isKnownCountry(code: string): boolean {
  return countries.isValid(code);
}

/** Countries whose English name takes "the" in running text ("imports into the United States"). */
const WITH_ARTICLE = new Set(["US", "GB", "NL", "AE", "PH", "DO", "CF", "CD", "CG", "BS", "GM", "KM", "MV", "MH", "SB", "VA", "KY", "FK", "FO", "TC", "VG", "VI", "MP", "CK"]);

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
