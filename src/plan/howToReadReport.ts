import { OUTPUT_COLUMNS, outputHeader, type OutputColumn } from "./outputColumns";
import {
  HEADER_STYLE,
  TITLE_STYLE,
  WRAP_STYLE,
  sheetLayout,
  type ReportCell,
  type ReportSheet,
} from "./workbookReport";

export const HOW_TO_READ_SHEET = "Clearway How to read";

const STATUS_MEANING: ReadonlyArray<[string, string]> = [
  ["ok", "Nothing needs doing beyond what the rules list."],
  [
    "action",
    "Something must be done: a permit to apply for, an importer or exporter of record to appoint, a lead-time risk, a value to confirm.",
  ],
  [
    "blocked",
    "The lane cannot ship as planned: an embargo, a prohibited material, or an import licence that cannot arrive before the need-by date.",
  ],
  ["error", "The row could not be read; the Issues cell names the cell and what is wrong."],
];

const COLUMN_MEANING: Readonly<Record<OutputColumn, string>> = {
  Status: "ok, action, blocked or error (above).",
  "Next step": "The most urgent open item, who acts and by when.",
  "Required permits": "Permits on both sides, one a line: country, direction, permit, authority.",
  "Importer of record": "The party recorded as importer of record, or what is needed.",
  "Exporter of record": "The party recorded as exporter of record, or what is needed.",
  "Est. duty": "Estimated customs duty, in the charges currency.",
  "Est. import tax": "Estimated import VAT/GST on value plus duty.",
  "Est. total charges": "Duty plus import tax.",
  "Charges currency": "The currency of the three amounts.",
  "Lead time (days)": "The longest sourced processing time of the permits still to obtain.",
  "Apply by": "The date to apply for the permit still to obtain: its lead time before the ship date.",
  Issues:
    'Every finding, most serious first, one a line: severity, then the message. A long finding shows its first line and "see D3": the Details sheet has it in full.',
  "Rule references": "The rules used; each is listed with its source on the Sources sheet.",
};

/** A short sheet that says what each status and column means, which rules and date the check used, and that figures are estimates. */
export function howToReadReport(rules: { version: string; asOf: string }, checkedAsOf: string): ReportSheet {
  const pair = (a: string, b: string): ReportCell[] => [
    { value: a, style: { bold: true } },
    { value: b, style: WRAP_STYLE },
  ];
  const rows: ReportCell[][] = [
    [{ value: "How to read this workbook", style: TITLE_STYLE }],
    pair("Rules", `version ${rules.version}, sources reviewed up to ${rules.asOf}`),
    pair("Checked as of", checkedAsOf),
    pair(
      "Estimates",
      "Duties and import taxes are estimates: customs value (CIF or FOB, as the destination values goods) times the duty rate of the HS heading, then import VAT/GST on value plus duty, with the exemptions the rules list. Confirm with the importer of record or a customs broker before relying on them.",
    ),
    pair(
      "Details",
      "Long findings (packing instructions, licence conditions, who may act as importer of record) are on the Details sheet once, in full, with the rows they concern.",
    ),
    pair(
      "Sources",
      "Every rule used is on the Sources sheet with its source (a link) and the date it was last reviewed.",
    ),
    [],
    [
      { value: "Status", style: HEADER_STYLE },
      { value: "Meaning", style: HEADER_STYLE },
    ],
    ...STATUS_MEANING.map(([status, meaning]) => pair(status, meaning)),
    [],
    [
      { value: "Column", style: HEADER_STYLE },
      { value: "Meaning", style: HEADER_STYLE },
    ],
    ...OUTPUT_COLUMNS.map((column) => pair(outputHeader(column), COLUMN_MEANING[column])),
  ];
  return {
    name: HOW_TO_READ_SHEET,
    role: HOW_TO_READ_SHEET,
    description: "the guide to the results",
    rows,
    ...sheetLayout(rows, [30, 100]),
    frozen: null,
    autoFilter: null,
    print: { orientation: "landscape", fitToWidth: 1, fitToHeight: 1, titleRows: null },
  };
}
