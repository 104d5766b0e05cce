import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);

/** English short name of an ISO alpha-2 code (e.g. "DE" -> "Germany"); the code itself when unknown. */
export function countryName(code: string): string {
  return countries.getName(code, "en", { select: "official" }) ?? code;
}

/** Whether the code is an assigned ISO 3166-1 alpha-2 code. */
export function isKnownCountry(code: string): boolean {
  return countries.isValid(code);
}
