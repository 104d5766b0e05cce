import countries from "i18n-iso-countries";
import de from "i18n-iso-countries/langs/de.json";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fr from "i18n-iso-countries/langs/fr.json";
import it from "i18n-iso-countries/langs/it.json";
import nl from "i18n-iso-countries/langs/nl.json";
import pl from "i18n-iso-countries/langs/pl.json";
import pt from "i18n-iso-countries/langs/pt.json";

import { countryInText, countryName } from "../domain/countryNames";
import { TERRITORIES, territoryByCode, territoryReason, type Territory } from "../rules/territories";

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

/** Names in common use that the ISO data lacks. (Not "Korea" or "Northern Ireland": see AMBIGUOUS_NAMES and the territories.) */
const EXTRA_NAMES: Record<string, string> = {
  republicofkorea: "KR",
  uae: "AE",
  emirates: "AE",
  ksa: "SA",
  holland: "NL",
  greatbritain: "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  czechia: "CZ",
  turkiye: "TR",
  dprk: "KP",
  prc: "CN",
  mainlandchina: "CN",
  hongkong: "HK",
  britishvirginislands: "VG",
  usvirginislands: "VI",
  unitedstatesvirginislands: "VI",
};

/**
 * Everyday names that stand for more than one place: refused with the candidates, never a silent pick.
 * Names the ISO data gives to two codes (e.g. "Congo" in English) are found on top of these. Not here,
 * because each is the ISO short name of one country and the others always carry their qualifier:
 * "Guinea" (GN), "Sudan" (SD), "Samoa" (WS), "Dominica" (DM), "Niger" (NE).
 */
const AMBIGUOUS_NAMES: Array<{ names: string[]; candidates: Array<{ code: string; label?: string }> }> = [
  { names: ["Korea", "Corée", "Corea", "Coreia"], candidates: [{ code: "KR" }, { code: "KP" }] },
  {
    names: ["Congo", "Kongo"],
    candidates: [
      { code: "CG", label: "the Republic of the Congo" },
      { code: "CD", label: "the Democratic Republic of the Congo" },
    ],
  },
  {
    names: [
      "Virgin Islands",
      "Jungferninseln",
      "Îles Vierges",
      "Islas Vírgenes",
      "Isole Vergini",
      "Ilhas Virgens",
      "Maagdeneilanden",
      "Wyspy Dziewicze",
    ],
    candidates: [
      { code: "VG", label: "the British Virgin Islands" },
      { code: "VI", label: "the US Virgin Islands" },
    ],
  },
  // North Macedonia's name since 2019; "Macedonia" is also the Greek region, so neither is assumed.
  {
    names: ["Macedonia", "Mazedonien", "Macédoine", "Macedónia", "Macedonië"],
    candidates: [
      { code: "MK", label: "North Macedonia" },
      { code: "GR", label: "the Greek region of Macedonia" },
    ],
  },
  {
    names: ["Dominican"],
    candidates: [
      { code: "DO", label: "the Dominican Republic" },
      { code: "DM", label: "Dominica" },
    ],
  },
  {
    names: ["Saint Martin", "St Martin", "St. Martin", "Sankt Martin", "San Martín", "São Martinho"],
    candidates: [
      { code: "MF", label: "the French part of Saint Martin" },
      { code: "SX", label: "the Dutch part, Sint Maarten" },
    ],
  },
  {
    names: [
      "Channel Islands",
      "Kanalinseln",
      "Îles Anglo-Normandes",
      "Islas del Canal",
      "Isole del Canale",
      "Ilhas do Canal",
      "Kanaaleilanden",
      "Wyspy Normandzkie",
    ],
    candidates: [
      { code: "JE", label: "Jersey" },
      { code: "GG", label: "Guernsey" },
    ],
  },
  {
    names: [
      "Netherlands Antilles",
      "Niederländische Antillen",
      "Antilles néerlandaises",
      "Antillas Neerlandesas",
      "Antille olandesi",
      "Antilhas Holandesas",
      "Nederlandse Antillen",
      "Antyle Holenderskie",
    ],
    candidates: [
      { code: "CW", label: "Curaçao" },
      { code: "SX", label: "Sint Maarten" },
      { code: "BQ", label: "Bonaire, Sint Eustatius and Saba" },
    ],
  },
];

type Resolved =
  | { kind: "country"; code: string; region?: string }
  | { kind: "territory"; territory: Territory }
  | { kind: "ambiguous"; candidates: Array<{ code: string; label?: string }> };

interface NameIndex {
  names: Map<string, Resolved>;
}

let nameIndex: NameIndex | undefined;

function buildIndex(): NameIndex {
  const names = new Map<string, Resolved>();
  const isoCodes = new Map<string, Set<string>>();
  for (const locale of LOCALES) {
    const all = countries.getNames(locale.locale, { select: "all" }) as Record<string, string[]>;
    for (const [code, variants] of Object.entries(all)) {
      for (const variant of variants) {
        const key = normalizeName(variant);
        if (!key) continue;
        let codes = isoCodes.get(key);
        if (!codes) isoCodes.set(key, (codes = new Set()));
        codes.add(code);
      }
    }
  }
  // A name the ISO data gives to two countries in any supported language is ambiguous.
  for (const [key, codes] of isoCodes)
    names.set(
      key,
      codes.size === 1
        ? { kind: "country", code: [...codes][0]! }
        : { kind: "ambiguous", candidates: [...codes].sort().map((code) => ({ code })) },
    );
  for (const [key, code] of Object.entries(EXTRA_NAMES)) names.set(key, { kind: "country", code });
  for (const territory of TERRITORIES) {
    const keys = [territory.name.replace(/^the /, ""), ...territory.names].map(normalizeName);
    for (const key of keys) if (key) names.set(key, { kind: "territory", territory });
  }
  for (const entry of AMBIGUOUS_NAMES)
    for (const name of entry.names) names.set(normalizeName(name), { kind: "ambiguous", candidates: entry.candidates });
  return { names };
}

function index(): NameIndex {
  return (nameIndex ??= buildIndex());
}

/** Territories by every code that means them: their own, and ISO 3166-2 or alpha-3 codes. */
const TERRITORY_CODES = new Map(
  TERRITORIES.flatMap((territory) =>
    [territory.code, ...territory.codes].filter(Boolean).map((code) => [code, territory] as const),
  ),
);

/** A code typed in the cell: ISO alpha-2 or alpha-3, a territory code (IC, EA, XI) or a territory's ISO 3166-2 code. */
function resolveCode(text: string): Resolved | undefined {
  const upper = text.toUpperCase();
  const territory = TERRITORY_CODES.get(upper);
  if (territory) return { kind: "territory", territory };
  if (upper === "UK") return { kind: "country", code: "GB" };
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) return { kind: "country", code: upper };
  if (/^[A-Z]{3}$/.test(upper)) {
    const code = countries.alpha3ToAlpha2(upper);
    if (code)
      return territoryByCode(code)
        ? { kind: "territory", territory: territoryByCode(code)! }
        : { kind: "country", code };
  }
  return undefined;
}

function resolveName(text: string): Resolved | undefined {
  const key = normalizeName(text);
  const region = Object.hasOwn(REGIONS, key) ? REGIONS[key] : undefined;
  if (region) return { kind: "country", code: region.country, region: region.region };
  const found = index().names.get(key);
  // A country code that is also a territory with its own status is the territory.
  if (found?.kind === "country" && territoryByCode(found.code))
    return { kind: "territory", territory: territoryByCode(found.code)! };
  return found;
}

function resolve(text: string): Resolved | undefined {
  return (
    (/^[A-Za-z]{2,3}$|^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/.test(text) ? resolveCode(text) : undefined) ?? resolveName(text)
  );
}

/** "Spain (Canary Islands)", "Canary Islands, Spain", "UK - Northern Ireland": a territory written with its state. */
function resolveWithParent(text: string): Resolved | undefined {
  const parts = text
    .split(/\s*[(),/–—]\s*|\s+-\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 3) return undefined;
  const resolved = parts.map(resolve);
  const territories = resolved.filter(
    (entry): entry is Extract<Resolved, { kind: "territory" }> => entry?.kind === "territory",
  );
  if (territories.length !== 1) return undefined;
  const territory = territories[0]!.territory;
  const othersAreParent = resolved.every(
    (entry) =>
      entry === territories[0] || (entry?.kind === "country" && entry.code === territory.parent && !entry.region),
  );
  return othersAreParent ? territories[0] : undefined;
}

const withName = (code: string, label?: string) => `${label ?? countryInText(code, countryName(code))} (${code})`;

function listCandidates(candidates: ReadonlyArray<{ code: string; label?: string }>): string {
  const texts = candidates.map((candidate) => withName(candidate.code, candidate.label));
  return texts.length <= 2 ? texts.join(" or ") : `${texts.slice(0, -1).join(", ")} or ${texts[texts.length - 1]}`;
}

export type CountryParse =
  { ok: true; code: string; region?: string } | { ok: false; message: string; candidates?: string[] };

/**
 * A country from an ISO alpha-2/alpha-3 code or a name in English, German, French, Spanish, Italian,
 * Portuguese, Dutch or Polish. A name that fits more than one place is refused with the candidates; a
 * territory with its own customs or VAT status keeps its own code (see src/rules/territories.ts).
 */
export function parseCountry(raw: string): CountryParse {
  const text = raw.trim();
  if (!text) return { ok: false, message: "is empty; expected a country" };
  const found = resolve(text) ?? resolveWithParent(text);
  if (!found)
    return {
      ok: false,
      message: `"${text}" is not a country Clearway recognises; use an ISO code (e.g. DE) or the country's name`,
    };
  if (found.kind === "ambiguous") {
    return {
      ok: false,
      message: `"${text}" could be ${listCandidates(found.candidates)}: write the ISO code`,
      candidates: found.candidates.map((candidate) => candidate.code),
    };
  }
  if (found.kind === "country")
    return found.region ? { ok: true, code: found.code, region: found.region } : { ok: true, code: found.code };
  const territory = found.territory;
  if (territory.treatment === "parent") return { ok: true, code: territory.parent, region: territory.region };
  if (territory.treatment === "no-code") {
    return {
      ok: false,
      message: `"${text}" (part of ${withName(territory.parent)}) is ${territoryReason(territory)}: Clearway's rules do not cover it, and it has no country code to check it under; confirm the rules there locally`,
    };
  }
  return { ok: true, code: territory.code };
}
