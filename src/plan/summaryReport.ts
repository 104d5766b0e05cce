import { STATUSES } from "../domain/status";
import type { CellValue } from "./cellValue";
import type { PlanCheck } from "./checkPlan";
import type { ChargesByCurrency, GrandTotal, LaneSummary } from "./planSummary";
import { moneyFormat } from "./moneyFormat";
import { SUMMARY_SHEET } from "./summaryTable";
import {
  DATE_STYLE,
  HEADER_STYLE,
  TITLE_STYLE,
  WRAP_STYLE,
  sheetLayout,
  type ReportCell,
  type ReportChart,
  type ReportSheet,
} from "./workbookReport";

/** At most this many rows in the at-risk list, so the summary prints on one or two pages; the plan's filter shows the rest. */
export const AT_RISK_LIMIT = 25;

const DAY_MS = 86_400_000;
const isoDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Days from the as-of date to the apply-by date: negative when the date has passed. */
export const slackDays = (applyBy: string, asOf: string): number =>
  Math.round((isoDay(applyBy) - isoDay(asOf)) / DAY_MS);

const plain = (value: CellValue): ReportCell => ({ value });

/**
 * A table row whose last cell is long wrapped text, that text moved to the sheet's one text column:
 * the tables stack on one sheet and share its columns, so a number must never sit in a column
 * that another table widens for its text (it would print far from its header).
 */
const withTextAt = (textColumn: number, narrow: readonly ReportCell[], text: ReportCell): ReportCell[] => [
  // At the top of a row the text makes tall (wrapped text sits at the top), so each figure reads
  // beside the text's first line.
  ...narrow.map((cell) => (cell.style?.bold ? cell : { ...cell, style: { ...cell.style, top: true } })),
  ...Array.from({ length: Math.max(0, textColumn - narrow.length) }, () => plain(null)),
  text,
];
const header = (titles: readonly string[]): ReportCell[] => titles.map((value) => ({ value, style: HEADER_STYLE }));
const money = (amount: number | undefined, currency: string): ReportCell =>
  amount === undefined ? plain(null) : { value: amount, style: { numberFormat: moneyFormat(currency) } };
const chargeCells = (charges: ChargesByCurrency, currencies: readonly string[]) =>
  currencies.map((currency) => money(charges[currency], currency));

/** The title of the table of rows by status and destination, which the add-in charts. */
export const STATUS_BY_DESTINATION_TITLE = "Rows by status and destination";
/** Rows a chart beside a table takes at least, so a short table still gets a readable chart. */
const CHART_ROWS = 16;
const CHART_COLUMNS = 8;

/** Rows of each status per destination, from the lanes (every row counted, as in the status counts). */
export function statusesByDestination(
  lanes: readonly LaneSummary[],
): Map<string, Record<(typeof STATUSES)[number], number>> {
  const byDestination = new Map<string, Record<(typeof STATUSES)[number], number>>();
  for (const lane of lanes) {
    const counts = byDestination.get(lane.destination) ?? { ok: 0, action: 0, blocked: 0, error: 0 };
    for (const status of STATUSES) counts[status] += lane.statuses[status];
    byDestination.set(lane.destination, counts);
  }
  return byDestination;
}

/** Below the currency table: the grand total in the reporting currency, where the rates come from, and any currency left out. */
function grandTotalRows(total: GrandTotal): ReportCell[][] {
  const rows: ReportCell[][] = [
    [
      { value: `Grand total (${total.currency})`, style: { bold: true } },
      plain(null),
      plain(null),
      plain(null),
      { value: total.total, style: { bold: true, numberFormat: moneyFormat(total.currency) } },
    ],
  ];
  rows.push([
    plain(
      `Rates as of ${total.ratesDate}, from ${total.ratesSource}: given in the settings, not looked up; the grand total is as current as they are.`,
    ),
  ]);
  if (total.missingRates.length)
    rows.push([
      plain(
        `No rate given for ${total.missingRates.join(", ")}: ${total.missingRates.length === 1 ? "its estimates are" : "their estimates are"} not in the grand total.`,
      ),
    ]);
  return rows;
}

/**
 * The most characters a list of row ranges takes: a cell holds at most 32,767, and a list longer
 * than a few lines is read by filtering the plan, not in the cell.
 */
export const MAX_ROW_RANGES_CHARS = 500;

/** Sheet row numbers as short ranges: "5, 7-9"; past MAX_ROW_RANGES_CHARS, the count of the rows left out. */
export function rowRanges(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const part = i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`;
    if (length + part.length > MAX_ROW_RANGES_CHARS) {
      const more = sorted.length - i;
      parts.push(`and ${more.toLocaleString("en-US")} more ${more === 1 ? "row" : "rows"}`);
      break;
    }
    parts.push(part);
    length += part.length + 2;
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
  const rows: ReportCell[][] = [
    [{ value: title, style: TITLE_STYLE }],
    [
      plain(
        "Charges are estimates (see How to read this); counts and amounts are numbers, so they can be summed and filtered.",
      ),
    ],
    [],
  ];

  rows.push(header(["Status", "Rows"]));
  for (const status of STATUSES) rows.push([plain(status), plain(summary.byStatus[status])]);
  rows.push(
    [
      { value: "total", style: { bold: true } },
      { value: summary.rows, style: { bold: true } },
    ],
    [],
  );

  const grand = summary.grandTotal;
  if (currencies.length) {
    rows.push(
      header([
        "Currency",
        "Est. total charges",
        "Shipments charged",
        ...(grand ? [`Rate to ${grand.currency}`, `In ${grand.currency}`] : []),
      ]),
    );
    for (const currency of currencies) {
      const total = summary.destinations.reduce((sum, d) => sum + (d.charges[currency] ?? 0), 0);
      const shipments = check.rows.filter(
        (row) => row.assessment?.charges.currency === currency && row.assessment.charges.total !== null,
      ).length;
      const part = grand?.parts.find((candidate) => candidate.currency === currency);
      const converted = grand
        ? [plain(part?.rate ?? null), part ? money(part.converted, grand.currency) : plain(null)]
        : [];
      rows.push([
        plain(currency),
        money(Math.round(total * 10_000) / 10_000, currency),
        plain(shipments),
        ...converted,
      ]);
    }
    if (grand) rows.push(...grandTotalRows(grand));
    rows.push([]);
  }

  // Rows of each status per destination: a numeric table the add-in charts beside it.
  const byDestination = statusesByDestination(summary.lanes);
  let chartTable: { first: number; last: number } | null = null;
  if (byDestination.size) {
    rows.push([{ value: STATUS_BY_DESTINATION_TITLE, style: { bold: true } }]);
    const first = rows.length;
    rows.push(header(["Destination", ...STATUSES]));
    for (const d of summary.destinations) {
      const counts = byDestination.get(d.country);
      if (counts) rows.push([plain(d.name), ...STATUSES.map((status) => plain(counts[status]))]);
    }
    chartTable = { first, last: rows.length - 1 };
    rows.push(
      [
        plain(
          "The add-in draws a stacked column chart of this table beside it; a copy written by the command line has none: select the table and insert one.",
        ),
      ],
      [],
    );
  }

  const chargeTitles = currencies.map((currency) => `Est. charges (${currency})`);
  const laneHeader = ["Lane", "Shipments", ...STATUSES, ...chargeTitles, "Blocked lane"];
  // Right of the widest table's numbers (the lanes'; the checklist and at-risk list have six).
  const textColumn = Math.max(laneHeader.length, 6);
  const textHeader = (narrow: readonly string[], text: string) =>
    withTextAt(textColumn, header(narrow), { value: text, style: HEADER_STYLE });
  rows.push(
    textHeader(
      ["Destination", "Country", "Shipments", "Blocked", "Longest lead time (days)", ...chargeTitles],
      "Permits needed",
    ),
  );
  for (const d of summary.destinations)
    rows.push(
      withTextAt(
        textColumn,
        [
          plain(d.country),
          plain(d.name),
          plain(d.shipments),
          plain(d.blocked),
          plain(d.longestLeadTimeDays),
          ...chargeCells(d.charges, currencies),
        ],
        { value: d.permitsNeeded.join("\n"), style: WRAP_STYLE },
      ),
    );
  rows.push([]);

  rows.push(header(laneHeader));
  for (const lane of summary.lanes)
    rows.push([
      plain(`${lane.origin} -> ${lane.destination}`),
      plain(lane.shipments),
      ...STATUSES.map((status) => plain(lane.statuses[status])),
      ...chargeCells(lane.charges, currencies),
      plain(lane.blocked ? "yes" : ""),
    ]);

  if (summary.setup.length) {
    rows.push(
      [],
      [{ value: "Readiness checklist: set up once per country and side", style: { bold: true } }],
      textHeader(["Country", "Side", "Who", "Lead time (days)", "Rows waiting", "Sheet rows"], "To set up"),
    );
    for (const entry of summary.setup) {
      for (const item of entry.items)
        rows.push(
          withTextAt(
            textColumn,
            [
              plain(entry.name),
              plain(entry.side),
              plain(item.who),
              plain(item.ruleId ? (item.leadTimeDays ?? "unknown") : null),
              plain(item.rows.length),
              plain(rowRanges(item.rows)),
            ],
            { value: item.text, style: WRAP_STYLE },
          ),
        );
    }
  }

  const atRisk = check.rows
    .filter((row) => row.applyBy !== null && row.status !== "ok")
    .map((row) => ({ row, slack: slackDays(row.applyBy!, asOf) }))
    .sort((a, b) => a.slack - b.slack || a.row.row - b.row.row);
  if (atRisk.length) {
    rows.push(
      [],
      [
        {
          value: `At risk: rows with a permit still to apply for, least slack first (slack = apply-by date minus ${asOf})`,
          style: { bold: true },
        },
      ],
    );
    rows.push(textHeader(["Sheet row", "Shipment ID", "Status", "Apply by", "Slack (days)", "Who"], "Next step"));
    for (const { row, slack } of atRisk.slice(0, AT_RISK_LIMIT)) {
      rows.push(
        withTextAt(
          textColumn,
          [
            plain(row.row),
            plain(row.shipmentId),
            plain(row.status),
            { value: new Date(isoDay(row.applyBy!)), style: DATE_STYLE },
            plain(slack),
            plain(row.nextStep.who),
          ],
          { value: row.nextStep.text, style: WRAP_STYLE },
        ),
      );
    }
    if (atRisk.length > AT_RISK_LIMIT)
      rows.push([
        plain(`and ${atRisk.length - AT_RISK_LIMIT} more: sort or filter the plan's "Clearway: Apply by" column`),
      ]);
  }
  rows.push([], [plain('For the rows behind a number, filter the plan\'s "Clearway: Status" column.')]);

  const chart: ReportChart | null = chartTable && {
    title: STATUS_BY_DESTINATION_TITLE,
    kind: "stackedColumn",
    data: { firstRow: chartTable.first, lastRow: chartTable.last, firstColumn: 0, lastColumn: STATUSES.length },
    // Right of every table on the sheet, so it hides no cell.
    anchor: (() => {
      const firstColumn = Math.max(...rows.map((row) => row.length)) + 1;
      return {
        firstRow: chartTable.first,
        lastRow: Math.max(chartTable.last, chartTable.first + CHART_ROWS - 1),
        firstColumn,
        lastColumn: firstColumn + CHART_COLUMNS - 1,
      };
    })(),
  };

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
    chart,
  };
}
