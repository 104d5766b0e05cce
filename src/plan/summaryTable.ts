import { STATUSES } from "../domain/status";
import type { CellValue } from "./cellValue";
import type { PlanSummary } from "./planSummary";

const chargesText = (charges: Record<string, number>) =>
  Object.entries(charges)
    .map(([currency, amount]) => `${currency} ${amount.toLocaleString("en", { maximumFractionDigits: 4 })}`)
    .join("; ");

export const SUMMARY_SHEET = "Clearway Summary";

/** The summary sheet's title line: which sheet, which rules, as of which date. */
export function summaryTitle(sheetName: string, rules: { version: string; asOf: string }, checkedAsOf: string): string {
  return `Clearway check of "${sheetName}" with rules ${rules.version} (reviewed up to ${rules.asOf}), as of ${checkedAsOf}`;
}

/** The summary sheet's cells: counts by status, then per destination, then per lane. */
export function summaryTable(summary: PlanSummary, heading: string): CellValue[][] {
  const rows: CellValue[][] = [[heading], [], ["Status", "Rows"]];
  for (const status of STATUSES) rows.push([status, summary.byStatus[status]]);
  rows.push(["total", summary.rows], []);
  rows.push(["Destination", "Country", "Shipments", "Blocked", "Longest lead time (days)", "Est. charges", "Permits needed"]);
  for (const d of summary.destinations) rows.push([d.country, d.name, d.shipments, d.blocked, d.longestLeadTimeDays, chargesText(d.charges), d.permitsNeeded.join("\n")]);
  rows.push([], ["Lane", "Shipments", ...STATUSES, "Est. charges", "Blocked lane"]);
  for (const lane of summary.lanes) rows.push([`${lane.origin} -> ${lane.destination}`, lane.shipments, ...STATUSES.map((status) => lane.statuses[status]), chargesText(lane.charges), lane.blocked ? "yes" : ""]);
  if (summary.setup.length) {
    rows.push([], ["Readiness checklist: set up once per country and side"], ["Country", "Side", "To set up", "Who", "Lead time (days)", "Rows waiting"]);
    for (const entry of summary.setup) {
      for (const item of entry.items) rows.push([entry.name, entry.side, item.text, item.who, item.ruleId ? (item.leadTimeDays ?? "unknown") : null, item.rows.length]);
    }
  }
  return rows;
}
