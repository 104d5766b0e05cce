import { STATUSES } from "../domain/status";
import type { CellValue } from "./cellValue";
import type { PlanCheck } from "./checkPlan";
import type { ChargesByCurrency } from "./planSummary";
import { moneyFormat } from "./moneyFormat";
import { SUMMARY_SHEET } from "./summaryTable";
import { DATE_STYLE, HEADER_STYLE, TITLE_STYLE, WRAP_STYLE, sheetLayout, type ReportCell, type ReportSheet } from "./workbookReport";

/** At most this many rows in the at-risk list, so the summary prints on one or two pages; the plan's filter shows the rest. */
export const AT_RISK_LIMIT = 25;

const DAY_MS = 86_400_000;
const isoDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Days from the as-of date to the apply-by date: negative when the date has passed. */
export const slackDays = (applyBy: string, asOf: string): number => Math.round((isoDay(applyBy) - isoDay(asOf)) / DAY_MS);

const plain = (value: CellValue): ReportCell => ({ value });
const header = (titles: readonly string[]): ReportCell[] => titles.map((value) => ({ value, style: HEADER_STYLE }));
const money = (amount: number | undefined, currency: string): ReportCell => (amount === undefined ? plain(null) : { value: amount, style: { numberFormat: moneyFormat(currency) } });
const chargeCells = (charges: ChargesByCurrency, currencies: readonly string[]) => currencies.map((currency) => money(charges[currency], currency));

/** Sheet row numbers as short ranges: "5, 7-9". */
export function rowRanges(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}

/**
 * The summary sheet as numbers: counts by status, estimated charges as numeric cells in their
 * currency's format with a total per currency, per-destination and per-lane tables, the readiness
 * checklist per country, and the rows at risk ordered by slack (apply-by date minus the as-of date).
 */
export function summaryReport(check: Pick<PlanCheck, "summary" | "rows">, title: string, asOf: string): ReportSheet {
  const { summary } = check;
  const currencies = [...new Set(summary.destinations.flatMap((d) => Object.keys(d.charges)))].sort();
  const rows: ReportCell[][] = [[{ value: title, style: TITLE_STYLE }], [plain("Charges are estimates (see How to read this); counts and amounts are numbers, so they can be summed and filtered.")], []];

  rows.push(header(["Status", "Rows"]));
  for (const status of STATUSES) rows.push([plain(status), plain(summary.byStatus[status])]);
  rows.push([{ value: "total", style: { bold: true } }, { value: summary.rows, style: { bold: true } }], []);

  if (currencies.length) {
    rows.push(header(["Currency", "Est. total charges", "Shipments charged"]));
    for (const currency of currencies) {
      const total = summary.destinations.reduce((sum, d) => sum + (d.charges[currency] ?? 0), 0);
      const shipments = check.rows.filter((row) => row.assessment?.charges.currency === currency && row.assessment.charges.total !== null).length;
      rows.push([plain(currency), money(Math.round(total * 10_000) / 10_000, currency), plain(shipments)]);
    }
    rows.push([]);
  }

  const chargeTitles = currencies.map((currency) => `Est. charges (${currency})`);
  rows.push(header(["Destination", "Country", "Shipments", "Blocked", "Longest lead time (days)", ...chargeTitles, "Permits needed"]));
  for (const d of summary.destinations) rows.push([plain(d.country), plain(d.name), plain(d.shipments), plain(d.blocked), plain(d.longestLeadTimeDays), ...chargeCells(d.charges, currencies), { value: d.permitsNeeded.join("\n"), style: WRAP_STYLE }]);
  rows.push([]);

  rows.push(header(["Lane", "Shipments", ...STATUSES, ...chargeTitles, "Blocked lane"]));
  for (const lane of summary.lanes) rows.push([plain(`${lane.origin} -> ${lane.destination}`), plain(lane.shipments), ...STATUSES.map((status) => plain(lane.statuses[status])), ...chargeCells(lane.charges, currencies), plain(lane.blocked ? "yes" : "")]);

  if (summary.setup.length) {
    rows.push([], [{ value: "Readiness checklist: set up once per country and side", style: { bold: true } }], header(["Country", "Side", "Who", "Lead time (days)", "Rows waiting", "Sheet rows", "To set up"]));
    for (const entry of summary.setup) {
      for (const item of entry.items) rows.push([plain(entry.name), plain(entry.side), plain(item.who), plain(item.ruleId ? (item.leadTimeDays ?? "unknown") : null), plain(item.rows.length), plain(rowRanges(item.rows)), { value: item.text, style: WRAP_STYLE }]);
    }
  }

  const atRisk = check.rows
    .filter((row) => row.applyBy !== null && row.status !== "ok")
    .map((row) => ({ row, slack: slackDays(row.applyBy!, asOf) }))
    .sort((a, b) => a.slack - b.slack || a.row.row - b.row.row);
  if (atRisk.length) {
    rows.push([], [{ value: `At risk: rows with a permit still to apply for, least slack first (slack = apply-by date minus ${asOf})`, style: { bold: true } }]);
    rows.push(header(["Sheet row", "Shipment ID", "Status", "Apply by", "Slack (days)", "Who", "Next step"]));
    for (const { row, slack } of atRisk.slice(0, AT_RISK_LIMIT)) {
      rows.push([plain(row.row), plain(row.shipmentId), plain(row.status), { value: new Date(isoDay(row.applyBy!)), style: DATE_STYLE }, plain(slack), plain(row.nextStep.who), { value: row.nextStep.text, style: WRAP_STYLE }]);
    }
    if (atRisk.length > AT_RISK_LIMIT) rows.push([plain(`and ${atRisk.length - AT_RISK_LIMIT} more: sort or filter the plan's "Clearway: Apply by" column`)]);
  }
  rows.push([], [plain("No chart is drawn in this file: filter the plan's \"Clearway: Status\" column, or chart the Status and Lane tables above.")]);

  return {
    name: SUMMARY_SHEET,
    role: SUMMARY_SHEET,
    description: "the summary",
    rows,
    ...sheetLayout(rows, [24, 16, 12, 12, 14, 14]),
    frozen: null,
    autoFilter: null,
    // One page wide and at most two tall: the summary is read on paper as a whole.
    print: { orientation: "landscape", fitToWidth: 1, fitToHeight: 2, titleRows: null },
  };
}
