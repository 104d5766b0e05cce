import { partiesSchema, type Party, type PartyRole } from "../domain/party";
import { parseDate } from "./cellParsing";
import { cellText, isBlank, type CellValue, type Grid } from "./cellValue";
import {
  addressOf,
  findTableHeader,
  isEmptyGrid,
  zodPath,
  zodProblem,
  type TableProblem,
  type TableRead,
} from "./configTable";
import { normalizeName, parseCountry } from "./countryParsing";
import type { LicenceCatalogue } from "./licenceNames";

/**
 * The "Clearway Parties" sheet (and a --parties .csv/.xlsx file): one row per licence, so a party
 * with several licences takes several rows with the same name; a party without licences takes one
 * row with the licence columns empty. On a party's later rows Country and Roles may be left empty.
 *
 *   Name | Country | Roles | Licence rule id | Licence reference | Scope | Valid from | Valid until
 *
 * Licence: the permit's rule id, or its name as planners write it ("MIA(IMP)", "Swissmedic import
 * licence"), matched in the party's country first (see licenceNames.ts). Headers are matched by
 * their words ("Licence type", "Licence no.", "Valid to").
 * Roles: "importer of record", "exporter of record" or both ("IOR, EOR"). Countries: ISO codes or
 * names. Dates: as in plan rows (YYYY-MM-DD, Excel dates, "1 March 2027"). The table is checked
 * with the one parties schema (src/domain/party.ts) against the rule set's permit ids; any problem
 * refuses the whole table, naming each bad cell and the zod path of its value.
 */
export const PARTIES_SHEET = "Clearway Parties";
export const PARTIES_COLUMNS = [
  "Name",
  "Country",
  "Roles",
  "Licence rule id",
  "Licence reference",
  "Scope",
  "Valid from",
  "Valid until",
] as const;

type Column = "name" | "country" | "roles" | "ruleId" | "reference" | "scope" | "validFrom" | "validUntil";

/** The columns by their headers' words (see headerKey): "License #" is "Licence no.", "Valid thru" is "Valid until". */
const ALIASES: Record<Column, readonly string[]> = {
  name: ["name", "party", "party name", "company", "company name", "legal entity", "entity"],
  country: ["country", "country of establishment", "established in"],
  roles: ["roles", "role", "acts as"],
  ruleId: [
    "licence rule id",
    "rule id",
    "permit rule id",
    "licence rule",
    "licence",
    "licence type",
    "type of licence",
    "licence name",
    "permit",
    "permit type",
    "permit name",
    "licence held",
    "permit held",
  ],
  reference: [
    "licence reference",
    "reference",
    "licence number",
    "number",
    "permit number",
    "permit reference",
    "licence ref",
  ],
  scope: ["scope", "licence scope", "covers"],
  validFrom: ["valid from", "from", "start", "starts", "issued", "issue date", "effective from"],
  validUntil: ["valid until", "valid to", "until", "to", "expires", "expires on", "expiry date", "valid thru"],
};
const LABELS: Record<Column, string> = {
  name: "Name",
  country: "Country",
  roles: "Roles",
  ruleId: "Licence rule id",
  reference: "Licence reference",
  scope: "Scope",
  validFrom: "Valid from",
  validUntil: "Valid until",
};

const ROLE_WORDS: Record<string, PartyRole> = {
  importerofrecord: "importer-of-record",
  ior: "importer-of-record",
  importer: "importer-of-record",
  ioragent: "importer-of-record",
  exporterofrecord: "exporter-of-record",
  eor: "exporter-of-record",
  exporter: "exporter-of-record",
};

/** Roles from "importer of record, exporter of record", "IOR / EOR", "IOR and EOR"... */
export function parseRoles(value: CellValue): { ok: true; roles: PartyRole[] } | { ok: false; message: string } {
  const parts = cellText(value)
    .split(/[,;/+&\n]|\band\b/i)
    .map((part) => part.trim())
    .filter(Boolean);
  const roles: PartyRole[] = [];
  for (const part of parts) {
    const role = ROLE_WORDS[normalizeName(part)];
    if (!role)
      return {
        ok: false,
        message: `"${part}" is not a role; expected importer of record (IOR), exporter of record (EOR) or both`,
      };
    if (!roles.includes(role)) roles.push(role);
  }
  return roles.length
    ? { ok: true, roles }
    : { ok: false, message: "is empty; expected importer of record (IOR), exporter of record (EOR) or both" };
}

export type PartiesColumn = Column;

/** Text written as a rule id ("de-import-x"), not as a name. */
const RULE_ID_LIKE = /^[a-z]{2,4}(-[a-z0-9]+){2,}$/i;

/** The header of a parties table and where each column is: the binding the reader uses, for writing a row into the table. */
export function findPartiesHeader(grid: Grid) {
  return findTableHeader<Column>(grid, ALIASES, ["name", "country", "roles"]);
}

interface Located {
  party: Record<string, unknown> & { licences: Array<Record<string, unknown>> };
  /** Cells of the party's fields (its first row), and of each licence's fields. */
  cells: Partial<Record<Column, string>>;
  licenceCells: Array<Partial<Record<Column, string>>>;
}

/**
 * Reads a parties table from a grid. `permits` are the rule set's permits: a licence catalogue (see
 * licenceCatalogue), whose licence cells may then name a permit by its name as well as its rule id,
 * or only the permit ids (see permitRuleIds). `rowOffset` is the sheet row of grid[0]. An empty grid
 * is an empty list of parties.
 */
export function readPartiesTable(
  grid: Grid,
  permits: readonly string[] | LicenceCatalogue,
  rowOffset = 1,
): TableRead<Party[]> {
  const catalogue = "resolve" in permits ? permits : undefined;
  const permitIds = "resolve" in permits ? permits.ids : permits;
  if (isEmptyGrid(grid)) return { ok: true, value: [] };
  const header = findPartiesHeader(grid);
  if (!header)
    return {
      ok: false,
      problems: [
        {
          cell: null,
          path: "",
          message: `no header row with the columns ${PARTIES_COLUMNS.join(" | ")} (Name, Country and Roles at least)`,
        },
      ],
    };

  const problems: TableProblem[] = [];
  const parties: Located[] = [];
  const byName = new Map<string, Located>();
  for (let r = header.headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const cellOf = (column: Column) => {
      const index = header.columns[column];
      return index === undefined ? undefined : { value: row[index] ?? null, address: addressOf(index, r, rowOffset) };
    };
    if ((Object.values(header.columns) as number[]).every((index) => isBlank(row[index]))) continue;
    const problem = (column: Column, address: string, path: string, message: string) =>
      problems.push({ cell: address, path, message: `${LABELS[column]} ${message}` });

    const name = cellOf("name")!;
    if (isBlank(name.value)) {
      problem(
        "name",
        name.address,
        `${parties.length}.name`,
        "is empty; every row names its party (a party with several licences takes several rows with the same name)",
      );
      continue;
    }
    const key = cellText(name.value).toLowerCase();
    let located = byName.get(key);
    const first = !located;
    if (!located) {
      located = {
        party: { name: cellText(name.value), licences: [] },
        cells: { name: name.address },
        licenceCells: [],
      };
      byName.set(key, located);
      parties.push(located);
    }
    const index = parties.indexOf(located);

    const country = cellOf("country")!;
    if (!isBlank(country.value) || first) {
      const parsed = parseCountry(cellText(country.value));
      if (!parsed.ok) problem("country", country.address, `${index}.country`, parsed.message);
      else if (first) [located.party.country, located.cells.country] = [parsed.code, country.address];
      else if (located.party.country !== undefined && parsed.code !== located.party.country) {
        problem(
          "country",
          country.address,
          `${index}.country`,
          `(${parsed.code}) differs from the country given for ${String(located.party.name)} in ${located.cells.country}`,
        );
      }
    }
    const roles = cellOf("roles")!;
    if (!isBlank(roles.value) || first) {
      const parsed = parseRoles(roles.value);
      if (!parsed.ok) problem("roles", roles.address, `${index}.roles`, parsed.message);
      else if (first) [located.party.roles, located.cells.roles] = [parsed.roles, roles.address];
      else if (
        located.party.roles !== undefined &&
        [...parsed.roles].sort().join() !== [...(located.party.roles as PartyRole[])].sort().join()
      ) {
        problem(
          "roles",
          roles.address,
          `${index}.roles`,
          `differ from the roles given for ${String(located.party.name)} in ${located.cells.roles}`,
        );
      }
    }

    const ruleId = cellOf("ruleId");
    const reference = cellOf("reference");
    const licenceColumns = (["ruleId", "reference", "scope", "validFrom", "validUntil"] as const).filter(
      (column) => cellOf(column) && !isBlank(cellOf(column)!.value),
    );
    if (!licenceColumns.length) continue;
    const at = `${index}.licences.${located.licenceCells.length}`;
    const licence: Record<string, unknown> = {};
    const cells: Partial<Record<Column, string>> = {};
    for (const [column, cell] of [
      ["ruleId", ruleId],
      ["reference", reference],
    ] as const) {
      if (!cell)
        problems.push({
          cell: null,
          path: `${at}.${column}`,
          message: `a licence is given in row ${r + rowOffset} but the table has no ${LABELS[column]} column`,
        });
      else if (isBlank(cell.value))
        problem(
          column,
          cell.address,
          `${at}.${column}`,
          `is empty; a licence needs its ${column === "ruleId" ? "permit rule id" : "reference"}`,
        );
      else if (column === "ruleId" && catalogue) {
        // A permit by its name as planners write it: the rule id it stands for, or a refusal with the closest names.
        const match = catalogue.resolve(
          cellText(cell.value),
          typeof located.party.country === "string" ? located.party.country : undefined,
        );
        if (match.ok) [licence.ruleId, cells.ruleId] = [match.ruleId, cell.address];
        // Something written as a rule id is refused by the schema, which lists the ids of its country.
        else if (RULE_ID_LIKE.test(cellText(cell.value).trim()))
          [licence.ruleId, cells.ruleId] = [cellText(cell.value).trim().toLowerCase(), cell.address];
        else problem(column, cell.address, `${at}.ruleId`, match.message);
      } else
        [licence[column], cells[column]] = [
          column === "ruleId" ? cellText(cell.value).toLowerCase() : cellText(cell.value),
          cell.address,
        ];
    }
    const scope = cellOf("scope");
    if (scope && !isBlank(scope.value)) [licence.scope, cells.scope] = [cellText(scope.value), scope.address];
    for (const column of ["validFrom", "validUntil"] as const) {
      const cell = cellOf(column);
      if (!cell || isBlank(cell.value)) continue;
      const parsed = parseDate(cell.value);
      if (parsed.ok) [licence[column], cells[column]] = [parsed.value, cell.address];
      else
        problem(
          column,
          cell.address,
          `${at}.${column}`,
          parsed.message.startsWith('"') ? parsed.message : `"${cellText(cell.value)}" ${parsed.message}`,
        );
    }
    located.party.licences.push(licence);
    located.licenceCells.push(cells);
  }
  if (problems.length) return { ok: false, problems };

  const parsed = partiesSchema(permitIds).safeParse(parties.map((entry) => entry.party));
  if (parsed.success) return { ok: true, value: parsed.data };
  const cellFor = (path: readonly PropertyKey[]): string | null => {
    const located = parties[Number(path[0])];
    if (!located) return null;
    if (path[1] === "licences") return located.licenceCells[Number(path[2])]?.[path[3] as Column] ?? null;
    return located.cells[path[1] as Column] ?? located.cells.name ?? null;
  };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const problem = zodProblem(issue, cellFor);
      const column = (issue.path[1] === "licences" ? issue.path[3] : issue.path[1]) as Column | undefined;
      return {
        ...problem,
        message: column && LABELS[column] ? `${LABELS[column]}: ${problem.message}` : problem.message,
      };
    }),
  };
}

/** Problems of a parties list given as JSON (a --parties .json file): by zod path, no cells. */
export function readPartiesJson(data: unknown, permitIds: readonly string[]): TableRead<Party[]> {
  const parsed = partiesSchema(permitIds).safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({ cell: null, path: zodPath(issue.path), message: issue.message })),
  };
}
