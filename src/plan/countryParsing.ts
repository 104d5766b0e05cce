import countries from "i18n-iso-countries";
import de from "i18n-iso-countries/langs/de.json";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fr from "i18n-iso-countries/langs/fr.json";
import it from "i18n-iso-countries/langs/it.json";
import nl from "i18n-iso-countries/langs/nl.json";
import pl from "i18n-iso-countries/langs/pl.json";
import pt from "i18n-iso-countries/langs/pt.json";

const LOCALES = [en, de, fr, es, it, pt, nl, pl];
for (const locale of LOCALES) countries.registerLocale(locale);

/** Lower case, no accents, no punctuation or spaces: "Côte d'Ivoire" -> "cotedivoire". */
export function normalizeName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/**
 * Regions that sanctions regimes treat apart from their country (ISO 3166-2), by the names a
 * plan may use. Writing the region lets the sanctions check see it.
 */
const REGIONS: Record<string, { country: string; region: string }> = {
  crimea: { country: "UA", region: "UA-43" },
  autonomousrepublicofcrimea: { country: "UA", region: "UA-43" },
  krim: { country: "UA", region: "UA-43" },
  crimee: { country: "UA", region: "UA-43" },
  sevastopol: { country: "UA", region: "UA-40" },
  donetsk: { country: "UA", region: "UA-14" },
  donetskoblast: { country: "UA", region: "UA-14" },
  luhansk: { country: "UA", region: "UA-09" },
  lugansk: { country: "UA", region: "UA-09" },
  luhanskoblast: { country: "UA", region: "UA-09" },
  kherson: { country: "UA", region: "UA-65" },
  khersonoblast: { country: "UA", region: "UA-65" },
  zaporizhzhia: { country: "UA", region: "UA-23" },
  zaporizhzhya: { country: "UA", region: "UA-23" },
  zaporizhzhiaoblast: { country: "UA", region: "UA-23" },
};

/** Names in common use that the ISO data lacks. */
const EXTRA_NAMES: Record<string, string> = {
  korea: "KR",
  republicofkorea: "KR",
  uae: "AE",
  emirates: "AE",
  ksa: "SA",
  holland: "NL",
  greatbritain: "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  northernireland: "GB",
  czechia: "CZ",
  turkiye: "TR",
  dprk: "KP",
  prc: "CN",
  mainlandchina: "CN",
  hongkong: "HK",
};

let nameIndex: Map<string, string> | undefined;

function index(): Map<string, string> {
  if (nameIndex) return nameIndex;
  nameIndex = new Map(Object.entries(EXTRA_NAMES));
  for (const locale of LOCALES) {
    const names = countries.getNames(locale.locale, { select: "all" }) as Record<string, string[]>;
    for (const [code, variants] of Object.entries(names)) {
      for (const variant of variants) {
        const key = normalizeName(variant);
        if (key && !nameIndex.has(key)) nameIndex.set(key, code);
      }
    }
  }
  return nameIndex;
}

export type CountryParse = { ok: true; code: string; region?: string } | { ok: false; message: string };

/** A country from an ISO alpha-2/alpha-3 code or a name in English, German, French, Spanish, Italian, Portuguese, Dutch or Polish. */
export function parseCountry(raw: string): CountryParse {
  const text = raw.trim();
  if (!text) return { ok: false, message: "is empty; expected a country" };
  const upper = text.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) return { ok: true, code: upper === "UK" ? "GB" : upper };
  if (upper === "UK") return { ok: true, code: "GB" };
  if (/^[A-Z]{3}$/.test(upper)) {
    const code = countries.alpha3ToAlpha2(upper);
    if (code) return { ok: true, code };
  }
  const key = normalizeName(text);
  const region = Object.hasOwn(REGIONS, key) ? REGIONS[key] : undefined;
  if (region) return { ok: true, code: region.country, region: region.region };
  const code = index().get(key);
  if (code) return { ok: true, code };
  return { ok: false, message: `"${text}" is not a country Clearway recognises; use an ISO code (e.g. DE) or the country's name` };
}
