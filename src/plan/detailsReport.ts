import type { PlanCheck } from "./checkPlan";
import { LONG_FINDING_CHARS } from "./findingDetails";
import { rowRanges } from "./summaryReport";
import {
  BLOCK_TOP_STYLE,
  HEADER_STYLE,
  LANDSCAPE_ONE_PAGE_WIDE,
  MAX_SHEET_ROW_LINES,
  TITLE_STYLE,
  WRAP_STYLE,
  sheetLayout,
  type ReportCell,
  type ReportSheet,
} from "./workbookReport";

/** The name Clearway gives its details sheet when the name is free. */
export const DETAILS_SHEET = "Clearway Details";

export const DETAILS_REPORT_HEADER = ["Reference", "Severity", "Finding", "Sheet rows", "Rows"] as const;

/**
 * The details sheet: each long finding once, whole (packing instructions, licence conditions, who
 * may act as importer of record), under the reference its rows' Issues cells give ("see D3"), with
 * the rows that carry it; filterable, and printed as a list beside the plan.
 */
export function detailsReport(check: Pick<PlanCheck, "details">): ReportSheet {
  const header = 2;
  const rows: ReportCell[][] = [
    [{ value: "Findings in full", style: TITLE_STYLE }],
    [
      {
        value: `Findings longer than ${LONG_FINDING_CHARS} characters show in the plan's Issues cells as their first line and "see D1", "see D2"...; each is here once, in full. Filter the plan's Issues column on the reference to find its rows.`,
      },
    ],
    DETAILS_REPORT_HEADER.map((value) => ({ value, style: HEADER_STYLE })),
    // Every cell at the top of its row (wrapped text is), so a reference reads beside the first line of its finding.
    ...check.details.map((detail): ReportCell[] => [
      { value: detail.ref, style: BLOCK_TOP_STYLE },
      { value: detail.severity, style: BLOCK_TOP_STYLE },
      { value: detail.message, style: WRAP_STYLE },
      { value: rowRanges(detail.rows), style: WRAP_STYLE },
      { value: detail.rows.length, style: BLOCK_TOP_STYLE },
    ]),
  ];
  if (!check.details.length) rows.push([{ value: null }, { value: null }, { value: "No long findings." }]);
  // A finding here is the whole text: its row grows to show all of it.
  const layout = sheetLayout(rows, [11, 9, 100, 30, 8], MAX_SHEET_ROW_LINES);
  return {
    name: DETAILS_SHEET,
    role: DETAILS_SHEET,
    description: "the findings in full",
    rows,
    ...layout,
    frozen: { rows: header + 1, columns: 1 },
    autoFilter: {
      firstRow: header,
      lastRow: Math.max(header + 1, rows.length - 1),
      firstColumn: 0,
      lastColumn: DETAILS_REPORT_HEADER.length - 1,
    },
    print: { ...LANDSCAPE_ONE_PAGE_WIDE, titleRows: { first: header, last: header } },
  };
}
