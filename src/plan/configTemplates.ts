import type { CellValue } from "./cellValue";
import { PARTIES_COLUMNS, PARTIES_SHEET } from "./partiesTable";
import { RULE_SECTIONS, RULES_COLUMNS, RULES_SHEET } from "./rulesTable";

/** A new sheet for the user to fill: its rows and the in-cell lists that help fill it. */
export interface SheetTemplate {
  name: string;
  rows: CellValue[][];
  /** 0-based row of the table's header; data rows follow it. */
  headerRow: number;
  /** Drop-down lists by 0-based column. */
  lists: Array<{ column: number; values: string[] }>;
}

/**
 * The example row sits above the header, where it is shown but never read: a made-up party or
 * rate among the data rows would change the results.
 */
export const PARTIES_TEMPLATE: SheetTemplate = {
  name: PARTIES_SHEET,
  rows: [
    [
      "Clearway Parties: your importers and exporters of record and the licences they hold, one row per licence. Only rows below the header are read; the next row is an example.",
    ],
    [
      "Example Depot GmbH",
      "DE",
      "importer of record",
      "de-import-imp-einfuhrerlaubnis",
      "DE-XX-2025-0001",
      "CLW-301",
      "2025-01-01",
      "2027-12-31",
    ],
    [],
    [...PARTIES_COLUMNS],
  ],
  headerRow: 3,
  lists: [
    { column: 2, values: ["importer of record", "exporter of record", "importer of record and exporter of record"] },
  ],
};

export const RULES_TEMPLATE: SheetTemplate = {
  name: RULES_SHEET,
  rows: [
    [
      "Clearway Rules: your own facts, which replace or add to Clearway's for a country, each with your source. Only rows below the header are read; the next row is an example.",
    ],
    ["DE", "duty", "de-duty-9018", "0%", "Broker confirmation of 1 Oct 2026", "2026-10-01"],
    [],
    [...RULES_COLUMNS],
  ],
  headerRow: 3,
  lists: [{ column: 1, values: [...RULE_SECTIONS] }],
};
