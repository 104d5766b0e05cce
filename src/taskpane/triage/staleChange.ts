import type { SheetChange } from "../../plan/workbookPort";
import { columnIndex } from "../../plan/cellAddress";

/** The columns of Clearway's own block on the plan sheet, 0-based, first and last included. */
export interface OwnColumns {
  sheetName: string;
  first: number;
  last: number;
}

/** 0-based first and last columns of an A1 address ("Sheet1!B2:D9", "C7", "$A:$C"); null if it cannot be read. */
function addressColumns(address: string): { first: number; last: number } | null {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [from = "", to = from] = local.split(":");
  const letters = (part: string) => /^([A-Z]+)\d*$/i.exec(part)?.[1];
  const a = letters(from);
  const b = letters(to);
  if (!a || !b) return null;
  const first = columnIndex(a);
  const last = columnIndex(b);
  return { first: Math.min(first, last), last: Math.max(first, last) };
}

/**
 * Whether a change makes the results out of date: any change to a configuration sheet (Rules, Parties, Defaults, Depots), and
 * any change to the plan sheet outside Clearway's own columns (which Clearway itself writes and clears).
 * A change without an address counts: better a needless "check again" than stale results shown as current.
 */
export function changeMakesStale(change: SheetChange, own: OwnColumns): boolean {
  if (change.sheetName !== own.sheetName || !change.address) return true;
  const columns = addressColumns(change.address);
  if (!columns) return true;
  return columns.first < own.first || columns.last > own.last;
}
