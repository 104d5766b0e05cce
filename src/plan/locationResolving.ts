import { countryName } from "../domain/countryNames";
import { normalizeName, parseCountry } from "./countryParsing";
import type { DepotsTable } from "./depotsTable";

/** How a label became a country: written as one, found in the Depots table, or assumed from what the label contains. */
export type LocationParse =
  | { ok: true; code: string; region?: string; via: "country" }
  | { ok: true; code: string; region?: string; via: "depot"; depot: string }
  | { ok: true; code: string; via: "prefix" | "name"; detail: string }
  | { ok: false; message: string };

/** "DE01 - EU Depot Mannheim", "US01 Depot Durham", "FR - Lyon": two ISO letters opening a depot code. */
const ISO_PREFIX = /^([A-Z]{2})(?:\d{1,4}\b|\s*[-–:|]\s)/;

function depotFor(label: string, depots: DepotsTable | undefined) {
  if (!depots) return undefined;
  const [code, ...rest] = label.split(/\s+[-–:|]\s+/);
  return (
    depots.byKey.get(normalizeName(label)) ??
    depots.byKey.get(normalizeName(code ?? "")) ??
    (rest.length ? depots.byKey.get(normalizeName(rest.join(" - "))) : undefined)
  );
}

/** Country names inside a label ("Acme Unit II, India"), by its comma- or bracket-separated parts; codes are too short to trust there. */
function namesInside(label: string): string[] {
  const found = new Set<string>();
  for (const part of label.split(/[,;()/|]|\s[-–]\s/)) {
    const text = part.trim();
    if (text.length < 4) continue;
    const parsed = parseCountry(text);
    if (parsed.ok) found.add(parsed.code);
  }
  return [...found];
}

/**
 * A country from a plan cell that may hold a depot or site label rather than a country. The
 * Depots table wins over what a label seems to say; a label resolved without it is marked assumed
 * (via prefix or name), and one that cannot be resolved names the Depots table as the fix.
 */
export function resolveLocation(
  raw: string,
  depots: DepotsTable | undefined,
  side: "origin" | "destination" = "origin",
): LocationParse {
  const label = raw.trim();
  const depot = depotFor(label, depots);
  if (depot)
    return {
      ok: true,
      code: depot.country,
      ...(depot.region ? { region: depot.region } : {}),
      via: "depot",
      depot: [depot.code, depot.name].filter(Boolean).join(" - "),
    };
  const direct = parseCountry(label);
  if (direct.ok)
    return { ok: true, code: direct.code, ...(direct.region ? { region: direct.region } : {}), via: "country" };
  // A place Clearway knows but refuses (an ambiguous name, a territory without a code) keeps its own reason.
  if (!direct.message.includes("is not a country Clearway recognises")) return { ok: false, message: direct.message };
  const prefix = ISO_PREFIX.exec(label)?.[1];
  if (prefix) {
    const parsed = parseCountry(prefix);
    if (parsed.ok && parsed.code === prefix)
      return { ok: true, code: prefix, via: "prefix", detail: `from the ISO prefix "${prefix}" of the label` };
  }
  const inside = namesInside(label);
  if (inside.length === 1)
    return {
      ok: true,
      code: inside[0]!,
      via: "name",
      detail: `from the country name in the label (${countryName(inside[0]!)})`,
    };
  const where = depots ? `the Depots table (${depots.where})` : 'a "Clearway Depots" sheet (or --depots FILE)';
  const why =
    inside.length > 1 ? `names more than one country (${inside.join(", ")})` : "is not a country and names none";
  return {
    ok: false,
    message: `"${label}" ${why}: add it to ${where} with the country it ${side === "origin" ? "ships from" : "is in"}, as Depot | Country`,
  };
}
