import type { Settings } from "../domain/settings";
import { parseTemperature } from "./cellParsing";
import { normalizeName, parseCountry } from "./countryParsing";
import { parseMaterial } from "./materialParsing";
import { FIELD_HEADERS, type PlanField } from "./planFields";

export type PlanDefaults = Settings["planDefaults"];
export type DefaultableField = keyof PlanDefaults & PlanField;

/** The fields a plan default may fill, in the order they are listed to the user. */
export const DEFAULTABLE_FIELDS: readonly DefaultableField[] = [
  "origin",
  "destination",
  "material",
  "currency",
  "temperature",
  "incoterm",
  "sponsor",
  "importerOfRecord",
  "exporterOfRecord",
];

const BY_NAME = new Map<string, DefaultableField>();
for (const field of DEFAULTABLE_FIELDS)
  for (const name of [field, FIELD_HEADERS[field].label]) BY_NAME.set(normalizeName(name), field);

/** Whether `code` is an ISO 4217 currency this runtime knows (any three capitals where it knows none). */
let knownCurrencies: Set<string> | undefined;
export function isCurrencyCode(code: string): boolean {
  knownCurrencies ??= new Set(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : []);
  return knownCurrencies.size === 0 ? /^[A-Z]{3}$/.test(code) : knownCurrencies.has(code);
}

/** Why a default cannot be used, or undefined when it can: checked once, before any row. */
function problemWith(field: DefaultableField, value: string): string | undefined {
  if (field === "origin" || field === "destination") {
    const parsed = parseCountry(value);
    return parsed.ok ? undefined : parsed.message;
  }
  if (field === "material") {
    const parsed = parseMaterial(value);
    return parsed.ok ? undefined : parsed.message;
  }
  if (field === "currency")
    return isCurrencyCode(value.toUpperCase()) ? undefined : `"${value}" is not an ISO currency code such as EUR`;
  if (field === "temperature") {
    const parsed = parseTemperature(value);
    return parsed.ok ? undefined : parsed.message;
  }
  return undefined;
}

/**
 * Plan defaults from "field=value" texts (the CLI's --default, a defaults table): field by its name
 * or label ("origin", "Material type"). Every problem is returned, naming the text.
 */
export function readPlanDefaults(
  entries: readonly string[],
  into: PlanDefaults = {},
): { ok: true; defaults: PlanDefaults } | { ok: false; problems: string[] } {
  const defaults: PlanDefaults = { ...into };
  const problems: string[] = [];
  for (const entry of entries) {
    const at = entry.indexOf("=");
    const name = at < 0 ? entry : entry.slice(0, at);
    const value = at < 0 ? "" : entry.slice(at + 1).trim();
    const field = BY_NAME.get(normalizeName(name));
    if (!field)
      problems.push(
        `"${entry}": "${name.trim()}" is not a field a default can fill; use one of ${DEFAULTABLE_FIELDS.join(", ")}`,
      );
    else if (!value)
      problems.push(
        `"${entry}": give a value, e.g. ${field}=${field === "currency" ? "EUR" : field === "material" ? "imp" : "DE"}`,
      );
    else {
      const problem = problemWith(field, value);
      if (problem) problems.push(`"${entry}": ${FIELD_HEADERS[field].label} ${problem}`);
      else defaults[field] = field === "currency" ? value.toUpperCase() : value;
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, defaults };
}
