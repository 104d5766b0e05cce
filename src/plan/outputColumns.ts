/** The block Clearway writes to the right of a plan, in this order (the design's contract). */
export const OUTPUT_COLUMNS = [
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
] as const;
export type OutputColumn = (typeof OUTPUT_COLUMNS)[number];

/** Output columns holding money, formatted as numbers in the currency's minor unit. */
export const MONEY_COLUMNS: readonly OutputColumn[] = ["Est. duty", "Est. import tax", "Est. total charges"];
