import type { z } from "zod";
import { cellAddress } from "./cellAddress";
import { cellText, isBlank, type Grid } from "./cellValue";
import { normalizeName } from "./countryParsing";

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
export function zodProblem(issue: z.core.$ZodIssue, cellFor: (path: readonly PropertyKey[]) => string | null): TableProblem {
  return { cell: cellFor(issue.path), path: zodPath(issue.path), message: issue.message };
}

export interface TableHeader<K extends string> {
  /** 0-based grid row of the header. */
  headerRow: number;
  columns: Partial<Record<K, number>>;
}

/**
 * The header row of a table: the first row (of the first 20) naming every required column, by
 * header text compared without case, spaces or punctuation.
 */
export function findTableHeader<K extends string>(grid: Grid, aliases: Record<K, readonly string[]>, required: readonly K[]): TableHeader<K> | undefined {
  const lookup = new Map<string, K>();
  for (const [key, names] of Object.entries(aliases) as Array<[K, readonly string[]]>) for (const name of names) lookup.set(normalizeName(name), key);
  for (let r = 0; r < Math.min(grid.length, 20); r++) {
    const columns: Partial<Record<K, number>> = {};
    (grid[r] ?? []).forEach((cell, column) => {
      const key = lookup.get(normalizeName(cellText(cell)));
      if (key !== undefined && columns[key] === undefined) columns[key] = column;
    });
    if (required.every((key) => columns[key] !== undefined)) return { headerRow: r, columns };
  }
  return undefined;
}

/** Whether a grid holds nothing at all. */
export const isEmptyGrid = (grid: Grid) => grid.every((row) => row.every((cell) => isBlank(cell)));

/** The address of a column of a table row (sheet rows count from `rowOffset`). */
export const addressOf = (column: number, gridRow: number, rowOffset: number) => cellAddress(column, gridRow + rowOffset);
