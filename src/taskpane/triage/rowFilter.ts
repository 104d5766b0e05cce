import type { IssueKind } from "../../domain/assessment";
import type { Status } from "../../domain/status";
import type { RowResult } from "../../plan/checkPlan";

/** What the results list shows: rows of these statuses (all when empty), this destination, lane and issue kind, matching the search words. */
export interface RowFilter {
  statuses: readonly Status[];
  country: string | null;
  /** "US>DE": origin and destination codes. */
  lane: string | null;
  kind: IssueKind | null;
  search: string;
}

export const NO_FILTER: RowFilter = { statuses: [], country: null, lane: null, kind: null, search: "" };

/** The lane of a row that could be read, as "origin>destination". */
export const laneOf = (row: RowResult): string | null =>
  row.shipment ? `${row.shipment.origin}>${row.shipment.destination}` : null;

/** Every issue of a row, readable or not. */
export const issuesOf = (row: RowResult) => row.errors ?? row.assessment?.issues ?? [];

/** Whether a row has something of this kind to look at: an open setup or shipment issue, or a note for "info". */
function hasKind(row: RowResult, kind: IssueKind): boolean {
  return issuesOf(row).some((issue) => issue.kind === kind && (kind === "info" || issue.severity !== "info"));
}

/** Each row's search text, made once: typing in the search box then costs a substring test per row. */
const SEARCH_TEXT = new WeakMap<RowResult, string>();

/** Text the search box looks in: row number, shipment id, countries, next step and every message. */
export function searchText(row: RowResult): string {
  const known = SEARCH_TEXT.get(row);
  if (known !== undefined) return known;
  const parts = [`row ${row.row}`, row.shipmentId ?? "", row.status, row.nextStep.text, row.nextStep.who];
  if (row.shipment) parts.push(row.shipment.origin, row.shipment.destination, row.shipment.material);
  for (const permit of row.assessment?.permits ?? []) parts.push(permit.name, permit.authority);
  for (const issue of issuesOf(row)) parts.push(issue.message);
  const text = parts.join(" ").toLowerCase();
  SEARCH_TEXT.set(row, text);
  return text;
}

/** The rows the filter lets through, in plan order. Search words must all appear (any order, any case). */
export function filterRows(rows: readonly RowResult[], filter: RowFilter): RowResult[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.statuses.length && !filter.statuses.includes(row.status)) return false;
    if (filter.country && row.shipment?.destination !== filter.country && row.shipment?.origin !== filter.country)
      return false;
    if (filter.lane && laneOf(row) !== filter.lane) return false;
    if (filter.kind && !hasKind(row, filter.kind)) return false;
    if (words.length) {
      const text = searchText(row);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  });
}

/** Whether any part of the filter is set. */
export const isFiltered = (filter: RowFilter): boolean =>
  filter.statuses.length > 0 ||
  filter.country !== null ||
  filter.lane !== null ||
  filter.kind !== null ||
  filter.search.trim() !== "";
