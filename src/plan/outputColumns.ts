/** The block Clearway writes to the right of a plan, in this order (the design's contract). */
export const OUTPUT_COLUMNS = [
  "Status",
  "Next step",
  "Required permits",
  "Importer of record",
  "Exporter of record",
  "Est. duty",
  "Est. import tax",
  "Est. total charges",
  "Charges currency",
  "Lead time (days)",
  "Apply by",
  "Issues",
  "Rule references",
] as const;
export type OutputColumn = (typeof OUTPUT_COLUMNS)[number];

/** Output columns holding money, formatted as numbers in the currency's minor unit. */
export const MONEY_COLUMNS: readonly OutputColumn[] = ["Est. duty", "Est. import tax", "Est. total charges"];

/** Each output column's width in characters, the same in every host: wide where the text is long, so a row stays readable. */
export const OUTPUT_COLUMN_WIDTHS: Readonly<Record<OutputColumn, number>> = {
  Status: 10,
  "Next step": 50,
  "Required permits": 60,
  "Importer of record": 30,
  "Exporter of record": 30,
  "Est. duty": 14,
  "Est. import tax": 14,
  "Est. total charges": 14,
  "Charges currency": 10,
  "Lead time (days)": 12,
  "Apply by": 12,
  Issues: 80,
  "Rule references": 40,
};

/** Output columns holding dates, formatted as dates. */
export const DATE_COLUMNS: readonly OutputColumn[] = ["Apply by"];

/** The sheet header of an output column: marked as Clearway's, so that it never repeats one of the plan's headers. */
export const outputHeader = (column: OutputColumn): string => `Clearway: ${column}`;

/** The block's header row as written in the sheet. */
export const OUTPUT_HEADERS: readonly string[] = OUTPUT_COLUMNS.map(outputHeader);

/** The block's header row as earlier versions wrote it: recognised so that a new check replaces it. */
export const EARLIER_OUTPUT_HEADERS: ReadonlyArray<readonly string[]> = [
  [
    "Status",
    "Required permits",
    "Importer of record",
    "Exporter of record",
    "Est. duty",
    "Est. import tax",
    "Est. total charges",
    "Charges currency",
    "Lead time (days)",
    "Issues",
    "Rule references",
  ],
];
