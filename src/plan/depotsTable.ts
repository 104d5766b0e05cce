import { cellText, isBlank, type Grid } from "./cellValue";
import { addressOf, findTableHeader, isEmptyGrid, type TableProblem, type TableRead } from "./configTable";
import { normalizeName, parseCountry } from "./countryParsing";

/**
 * The "Clearway Depots" sheet (and a --depots .csv/.xlsx file): what an origin label in a plan
 * means. RTSM exports name the origin as a depot ("DE01 - EU Depot Mannheim"), not a country.
 *
 *   Depot | Code | Country | City
 *
 * Depot (a name) or Code, or both; Country as an ISO code or a name; City optional. A bad row
 * refuses the whole table, naming its cell.
 */
export const DEPOTS_SHEET = "Clearway Depots";
export const DEPOTS_COLUMNS = ["Depot", "Code", "Country", "City"] as const;

export interface Depot {
  name: string | null;
  code: string | null;
  country: string;
  region?: string;
  city: string | null;
}

/** Depots by every key a plan may use for them (name, code), compared without case or punctuation. */
export interface DepotsTable {
  depots: Depot[];
  byKey: ReadonlyMap<string, Depot>;
  /** Where the table came from, for messages: 'sheet "Clearway Depots"' or a file name. */
  where: string;
}

type Column = "name" | "code" | "country" | "city";
const ALIASES: Record<Column, readonly string[]> = {
  name: ["depot", "depot name", "name", "label", "origin", "ship from", "location"],
  code: ["code", "depot code", "depot id", "id"],
  country: ["country", "land", "pays", "pais"],
  city: ["city", "town", "ort", "stadt", "ville", "ciudad"],
};

export function readDepotsTable(grid: Grid, where: string, rowOffset = 1): TableRead<DepotsTable> {
  if (isEmptyGrid(grid)) return { ok: true, value: { depots: [], byKey: new Map(), where } };
  const header = findTableHeader<Column>(grid, ALIASES, ["country"]);
  if (!header || (header.columns.name === undefined && header.columns.code === undefined)) {
    return {
      ok: false,
      problems: [
        {
          cell: null,
          path: "",
          message: `no header with a Depot (or Code) column and a Country column; expected ${DEPOTS_COLUMNS.join(" | ")}`,
        },
      ],
    };
  }
  const problems: TableProblem[] = [];
  const depots: Depot[] = [];
  const byKey = new Map<string, Depot>();
  const text = (row: readonly unknown[], column: number | undefined) =>
    column === undefined ? "" : cellText(row[column] as never);
  for (let r = header.headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (row.every((cell) => isBlank(cell))) continue;
    const name = text(row, header.columns.name);
    const code = text(row, header.columns.code);
    const countryColumn = header.columns.country!;
    if (!name && !code) {
      problems.push({
        cell: addressOf(header.columns.name ?? header.columns.code!, r, rowOffset),
        path: `${depots.length}.name`,
        message: "gives neither a depot name nor a code",
      });
      continue;
    }
    const country = parseCountry(text(row, countryColumn));
    if (!country.ok) {
      problems.push({
        cell: addressOf(countryColumn, r, rowOffset),
        path: `${depots.length}.country`,
        message: `Country ${country.message}`,
      });
      continue;
    }
    const depot: Depot = {
      name: name || null,
      code: code || null,
      country: country.code,
      ...(country.region ? { region: country.region } : {}),
      city: text(row, header.columns.city) || null,
    };
    for (const key of [name, code]) {
      const normalized = normalizeName(key);
      if (!normalized) continue;
      const earlier = byKey.get(normalized);
      if (earlier && earlier.country !== depot.country)
        problems.push({
          cell: addressOf(countryColumn, r, rowOffset),
          path: `${depots.length}.country`,
          message: `"${key}" is already a depot in ${earlier.country}: one name, one country`,
        });
      byKey.set(normalized, depot);
    }
    depots.push(depot);
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: { depots, byKey, where } };
}
