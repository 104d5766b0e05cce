import type { z } from "zod";
import { cellAddress } from "./cellAddress";
import { cellText, isBlank, type Grid } from "./cellValue";

/**
 * Shared by the configuration tables ("Clearway Parties", "Clearway Rules"): finding the header,
 * and reporting a problem by cell and by the zod path of the value it would have become.
 */

/** One thing wrong in a configuration table or file: where (cell, zod path) and what. */
export interface TableProblem {
  /** A1 address, or null when the problem is not in one cell (a file, a missing header). */
  cell: string | null;
  /** Path of the value in the parsed document (e.g. "0.licences.1.validUntil"), or "" for the whole. */
  path: string;
  message: string;
}

export type TableRead<T> = { ok: true; value: T } | { ok: false; problems: TableProblem[] };

/** "D3: ... (at 0.licences.0.ruleId)". */
export function describeProblem(problem: TableProblem): string {
  const at = problem.path ? ` (at ${problem.path})` : "";
  return `${problem.cell ? `${problem.cell}: ` : ""}${problem.message}${at}`;
}

/** Problems in one line: the first few, and how many more. */
export function describeProblems(problems: readonly TableProblem[], limit = 5): string {
  const shown = problems.slice(0, limit).map(describeProblem).join("; ");
  return problems.length > limit ? `${shown}; and ${problems.length - limit} more` : shown;
}

export const zodPath = (path: readonly PropertyKey[]) => path.map(String).join(".");

/** A zod issue as a problem, placed on a cell by `cellFor` (given the issue's path). */
export function zodProblem(
  issue: z.core.$ZodIssue,
  cellFor: (path: readonly PropertyKey[]) => string | null,
): TableProblem {
  return { cell: cellFor(issue.path), path: zodPath(issue.path), message: issue.message };
}

export interface TableHeader<K extends string> {
  /** 0-based grid row of the header. */
  headerRow: number;
  columns: Partial<Record<K, number>>;
}

/** How planners abbreviate the same word in a table's headers: "License", "Licence no.", "Licence #", "Ref". */
// A Map, not an object: a header word such as "constructor" must not find Object's own properties.
const HEADER_WORD_FORMS = new Map(
  Object.entries({
    license: "licence",
    licenses: "licence",
    licences: "licence",
    authorization: "authorisation",
    authorisations: "authorisation",
    no: "number",
    nr: "number",
    num: "number",
    "#": "number",
    numbers: "number",
    ref: "reference",
    refs: "reference",
    thru: "until",
    till: "until",
    expiry: "expires",
    expiration: "expires",
  }),
);

/**
 * A header as the words it is made of, without case, accents or punctuation, each in one form
 * ("Licence no." and "License #" give the same key): the plan's header matching (normalizeName) on
 * words, so that a number sign or an abbreviation does not make two headers the same or different.
 */
export function headerKey(text: string): string {
  const words = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/#/g, " # ")
    .split(/[^a-z0-9#]+/)
    .filter(Boolean);
  return words.map((word) => HEADER_WORD_FORMS.get(word) ?? word).join("");
}

/**
 * The one table binder of the configuration tables (Parties, Rules, Depots, Defaults): the header
 * row is the first row (of the first 20) naming every required column, each column found by its
 * header's words (headerKey); the readers only declare their columns' names.
 */
export function findTableHeader<K extends string>(
  grid: Grid,
  aliases: Record<K, readonly string[]>,
  required: readonly K[],
): TableHeader<K> | undefined {
  const lookup = new Map<string, K>();
  for (const [key, names] of Object.entries(aliases) as Array<[K, readonly string[]]>) {
    for (const name of names) if (!lookup.has(headerKey(name))) lookup.set(headerKey(name), key);
  }
  for (let r = 0; r < Math.min(grid.length, 20); r++) {
    const columns: Partial<Record<K, number>> = {};
    (grid[r] ?? []).forEach((cell, column) => {
      const key = lookup.get(headerKey(cellText(cell)));
      if (key !== undefined && columns[key] === undefined) columns[key] = column;
    });
    if (required.every((key) => columns[key] !== undefined)) return { headerRow: r, columns };
  }
  return undefined;
}

/** Whether a grid holds nothing at all. */
export const isEmptyGrid = (grid: Grid) => grid.every((row) => row.every((cell) => isBlank(cell)));

/** The address of a column of a table row (sheet rows count from `rowOffset`). */
export const addressOf = (column: number, gridRow: number, rowOffset: number) =>
  cellAddress(column, gridRow + rowOffset);
