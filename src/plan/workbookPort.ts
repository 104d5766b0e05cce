import type { SettingsInput } from "../domain/settings";
import type { CellValue } from "./cellValue";
import type { PlanBlockReport, ReportSheet } from "./workbookReport";
import type { SheetTemplate } from "./configTemplates";
import type { ResultsLayout } from "./resultsLayout";
import type { ClearwaySheet } from "./sheetMarks";

/** A sheet as read: the values from A1 to the end of its used range, and a fingerprint of its shape. */
export interface SheetSnapshot {
  sheetName: string;
  /** values[0][0] is cell A1 (rows and columns before the used range are empty). */
  values: CellValue[][];
  /** Shape of the sheet at read time (the used range's address), compared again before writing. */
  fingerprint: string;
}

export interface ReadOptions {
  /** Numbers formatted as percentages are read as the percentage typed ("2.5%"), not the stored fraction (0.025). */
  percentAsText?: boolean;
}

export interface SheetInfo {
  name: string;
  visible: boolean;
  active: boolean;
}

/** The sheet changed between read and write (rows inserted or deleted): nothing was written. */
export class SheetChangedError extends Error {
  override name = "SheetChangedError";
  constructor(sheetName: string) {
    super(
      `The sheet "${sheetName}" changed while it was being checked (rows or columns were added or removed). Nothing was written: check the plan again.`,
    );
  }
}

/** A change made to a sheet after it was read: the sheet and, where the host says, the A1 address changed. */
export interface SheetChange {
  sheetName: string;
  address?: string;
}

/** Stops listening for sheet changes. */
export type Unsubscribe = () => Promise<void>;

// The sheets Clearway writes are named by the plan layer; hosts take the names from here.
export { SOURCES_SHEET } from "./sourcesTable";
export { SUMMARY_SHEET } from "./summaryTable";

/**
 * Everything the task pane needs from a workbook. Office.js implements it for Excel; the
 * browser playground implements it over an HTML grid. The pane never touches Excel directly.
 */
export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  readSheet(name: string, options?: ReadOptions): Promise<SheetSnapshot>;
  /**
   * Writes the output block (`layout`: where and what) as `report` describes its look: formats,
   * widths, row heights, frozen panes, filter, print setup. Refuses with SheetChangedError if the
   * sheet's shape changed since `snapshot`. Returns notes for the user, e.g. what this host could
   * not apply (an older Excel has no filter or print setup API).
   */
  writeResults(snapshot: SheetSnapshot, layout: ResultsLayout, report: PlanBlockReport): Promise<string[]>;
  /**
   * Writes one of Clearway's sheets: replaces the sheet Clearway wrote for it before (found by its
   * mark, whatever it is called now), never a sheet of the user's; returns the name used ("Clearway
   * Summary", or a free variant such as "Clearway Summary (2)" when the user has a sheet so named).
   */
  replaceSheet(kind: ClearwaySheet, sheet: ReportSheet): Promise<string>;
  /** Adds a sheet for the user to fill (rows, bold header, drop-down lists); false, and nothing changed, if it exists. */
  createSheet(template: SheetTemplate): Promise<boolean>;
  /** Deletes what Clearway wrote: the output block on `sheetName` and the summary and sources sheets it marked. Returns whether anything was found. */
  removeResults(sheetName: string): Promise<boolean>;
  /** Selects a range (A1 address on the sheet) and shows it. */
  selectRange(sheetName: string, address: string): Promise<void>;
  loadSettings(): Promise<Partial<SettingsInput> | null>;
  /**
   * Calls `listener` whenever one of these sheets changes (names of sheets that do not exist are
   * skipped), so results can be marked out of date. Optional: a host without change events omits it.
   */
  onSheetsChanged?(sheetNames: readonly string[], listener: (change: SheetChange) => void): Promise<Unsubscribe>;
  saveSettings(settings: Partial<SettingsInput>): Promise<void>;
  /**
   * Adds rows to a table the user fills (a party recorded from the pane): below the sheet's last
   * used row, from column A, never over a cell. Refuses with SheetChangedError if the sheet's shape
   * changed since `snapshot`. Returns the A1 address of the rows written.
   */
  appendRows(snapshot: SheetSnapshot, rows: CellValue[][]): Promise<string>;
}
