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
