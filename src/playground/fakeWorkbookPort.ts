import type { SettingsInput } from "../domain/settings";
import {
  SheetChangedError,
  type SheetChange,
  type SheetInfo,
  type SheetSnapshot,
  type Unsubscribe,
  type WorkbookPort,
} from "../plan/workbookPort";
import type { Status } from "../domain/status";
import { cellAddress, columnIndex } from "../plan/cellAddress";
import { isBlank, type CellValue, type Grid } from "../plan/cellValue";
import { findOutputBlockRow } from "../plan/headerDetection";
import { OUTPUT_COLUMNS } from "../plan/outputColumns";
import type { SheetTemplate } from "../plan/configTemplates";
import type { ResultsLayout } from "../plan/resultsLayout";
import type { ClearwaySheet } from "../plan/sheetMarks";
import { cellContent, type PlanBlockReport, type ReportSheet, type ReportStyle } from "../plan/workbookReport";
import { freeSheetName } from "../plan/sheetNames";

/** The output block as last written on a sheet, with the description of its look. */
export interface FakeBlock {
  headerRow: number;
  firstColumn: number;
  width: number;
  rows: number;
  report: PlanBlockReport;
}

export interface FakeSheet {
  name: string;
  cells: Grid;
  /** Status colour of cells Clearway coloured, by "row:column" (0-based). */
  fills: Map<string, Status>;
  /** Set on the sheets Clearway wrote whole: the mark Excel keeps as a hidden name. */
  clearwaySheet?: ClearwaySheet;
  /** The description a Clearway sheet was written from (cells' looks, links, widths, chart). */
  report?: ReportSheet;
  /** The output block written on a plan sheet, and the description of its look. */
  block?: FakeBlock;
}

export interface Selection {
  sheetName: string;
  address: string;
}

/**
 * An in-memory workbook behind the same port as Excel, for the browser playground and tests.
 * Listeners hear every change so a grid on screen can redraw.
 */
export class FakeWorkbookPort implements WorkbookPort {
  readonly sheets: FakeSheet[];
  activeSheet: string;
  selection: Selection | null = null;
  private settings: Partial<SettingsInput> | null = null;
  private listeners = new Set<(change: SheetChange | null) => void>();

  constructor(sheets: Array<{ name: string; cells: Grid }>) {
    this.sheets = sheets.map((sheet) => ({
      name: sheet.name,
      cells: sheet.cells.map((row) => [...row]),
      fills: new Map(),
    }));
    this.activeSheet = this.sheets[0]?.name ?? "";
  }

  /** Hears every change, including selection (null): for a grid on screen to redraw. */
  subscribe(listener: (change: SheetChange | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(change: SheetChange | null = null): void {
    for (const listener of [...this.listeners]) listener(change);
  }

  async onSheetsChanged(sheetNames: readonly string[], listener: (change: SheetChange) => void): Promise<Unsubscribe> {
    const watched = new Set(sheetNames.filter((name) => this.sheets.some((sheet) => sheet.name === name)));
    const unsubscribe = this.subscribe((change) => {
      if (change && watched.has(change.sheetName)) listener(change);
    });
    return async () => void unsubscribe();
  }

  /** Types a value into a cell, as a user editing the sheet would. */
  setCell(sheetName: string, address: string, value: CellValue): void {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (!match) throw new Error(`"${address}" is not a cell address`);
    const row = Number(match[2]) - 1;
    const cells = this.sheet(sheetName).cells;
    while (cells.length <= row) cells.push([]);
    cells[row]![columnIndex(match[1]!)] = value;
    this.changed({ sheetName, address });
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new Error(`The sheet "${name}" does not exist.`);
    return sheet;
  }

  private static fingerprint(cells: Grid): string {
    return `${cells.length}x${Math.max(0, ...cells.map((row) => row.length))}`;
  }

  /** Inserts an empty row, as a user editing the sheet would (for the changed-sheet guard). */
  insertRow(sheetName: string, before: number): void {
    this.sheet(sheetName).cells.splice(before, 0, []);
    this.changed({ sheetName });
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map((sheet) => ({ name: sheet.name, visible: true, active: sheet.name === this.activeSheet }));
  }

  async readSheet(name: string): Promise<SheetSnapshot> {
    const sheet = this.sheet(name);
    return {
      sheetName: name,
      values: sheet.cells.map((row) => [...row]),
      fingerprint: FakeWorkbookPort.fingerprint(sheet.cells),
    };
  }

  /** The look of a cell as described (the block's or a Clearway sheet's), and the address a link opens. */
  cellLook(sheetName: string, row: number, column: number): { style?: ReportStyle; link?: string } {
    const sheet = this.sheet(sheetName);
    if (sheet.report) {
      const cell = sheet.report.rows[row]?.[column];
      return { ...(cell?.style ? { style: cell.style } : {}), ...(cell?.link ? { link: cell.link } : {}) };
    }
    const block = sheet.block;
    if (
      block &&
      row >= block.headerRow &&
      row < block.headerRow + block.rows &&
      column >= block.firstColumn &&
      column < block.firstColumn + block.width
    ) {
      const style = block.report.style(
        row - block.headerRow,
        column - block.firstColumn,
        sheet.cells[row]?.[column] ?? null,
      );
      return style ? { style } : {};
    }
    return {};
  }

  async writeResults(snapshot: SheetSnapshot, layout: ResultsLayout, report: PlanBlockReport): Promise<string[]> {
    const sheet = this.sheet(snapshot.sheetName);
    if (FakeWorkbookPort.fingerprint(sheet.cells) !== snapshot.fingerprint)
      throw new SheetChangedError(snapshot.sheetName);
    // A longer block from an earlier check is cleared first.
    this.clearBlock(sheet, layout.headerRow, layout.firstColumn);
    layout.values.forEach((values, offset) => {
      const r = layout.headerRow + offset;
      const row = (sheet.cells[r] ??= []);
      values.forEach(
        (value, index) =>
          (row[layout.firstColumn + index] =
            typeof value === "string" && value.startsWith("'") ? value.slice(1) : value),
      );
      const status = offset > 0 ? layout.statuses[offset - 1] : null;
      if (status) sheet.fills.set(`${r}:${layout.firstColumn + layout.statusColumn}`, status);
    });
    const width = layout.values[0]?.length ?? 1;
    sheet.block = {
      headerRow: layout.headerRow,
      firstColumn: layout.firstColumn,
      width,
      rows: layout.values.length,
      report,
    };
    this.changed({
      sheetName: sheet.name,
      address: `${cellAddress(layout.firstColumn, layout.headerRow + 1)}:${cellAddress(layout.firstColumn + width - 1, layout.headerRow + layout.values.length)}`,
    });
    return [];
  }

  private clearBlock(
    sheet: FakeSheet,
    headerRow: number,
    firstColumn: number,
    width: number = OUTPUT_COLUMNS.length,
  ): void {
    for (let r = headerRow; r < sheet.cells.length; r++) {
      const row = sheet.cells[r] ?? [];
      for (let c = firstColumn; c < firstColumn + width && c < row.length; c++) row[c] = null;
      sheet.fills.delete(`${r}:${firstColumn}`);
    }
    delete sheet.block;
    for (const row of sheet.cells) while (row.length && isBlank(row[row.length - 1])) row.pop();
  }

  async replaceSheet(kind: ClearwaySheet, report: ReportSheet): Promise<string> {
    const previous = this.sheets.findIndex((sheet) => sheet.clearwaySheet === kind);
    if (previous >= 0) this.sheets.splice(previous, 1);
    const name = freeSheetName(
      kind,
      this.sheets.map((sheet) => sheet.name),
    );
    // A link shows its text, as it does in Excel (or its address beside the text when too long for a link).
    const cells = report.rows.map((row) => row.map((cell) => cellContent(cell).value));
    this.sheets.splice(previous >= 0 ? previous : this.sheets.length, 0, {
      name,
      cells,
      fills: new Map(),
      clearwaySheet: kind,
      report,
    });
    this.changed({ sheetName: name });
    return name;
  }

  /** Drop-down lists per sheet, as created. */
  readonly lists = new Map<string, SheetTemplate["lists"]>();

  async createSheet(template: SheetTemplate): Promise<boolean> {
    if (this.sheets.some((sheet) => sheet.name === template.name)) return false;
    this.sheets.push({ name: template.name, cells: template.rows.map((row) => [...row]), fills: new Map() });
    this.lists.set(template.name, template.lists);
    this.activeSheet = template.name;
    this.changed({ sheetName: template.name });
    return true;
  }

  async removeResults(sheetName: string): Promise<boolean> {
    const sheet = this.sheet(sheetName);
    let removed = false;
    let cleared: string | undefined;
    const found = findOutputBlockRow(sheet.cells);
    if (found) {
      const { row: r, place: block } = found;
      cleared = `${cellAddress(block.start, r + 1)}:${cellAddress(block.start + block.width - 1, Math.max(r + 1, sheet.cells.length))}`;
      this.clearBlock(sheet, r, block.start, block.width);
      removed = true;
    }
    for (let index = this.sheets.length - 1; index >= 0; index--) {
      if (this.sheets[index]!.clearwaySheet && this.sheets[index]!.name !== sheetName) {
        this.sheets.splice(index, 1);
        removed = true;
      }
    }
    this.changed(removed ? { sheetName, ...(cleared ? { address: cleared } : {}) } : null);
    return removed;
  }

  async selectRange(sheetName: string, address: string): Promise<void> {
    this.sheet(sheetName);
    if (!/^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(address)) throw new Error(`"${address}" is not a range address`);
    this.activeSheet = sheetName;
    this.selection = { sheetName, address };
    this.changed();
  }

  /** The 0-based row and column bounds of the current selection. */
  selectionBounds(): { top: number; bottom: number; left: number; right: number } | null {
    if (!this.selection) return null;
    const [from, to = from] = this.selection.address.split(":") as [string, string?];
    const parse = (a: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      return { row: Number(m[2]) - 1, column: columnIndex(m[1]!) };
    };
    const start = parse(from);
    const end = parse(to!);
    return { top: start.row, bottom: end.row, left: start.column, right: end.column };
  }

  async loadSettings(): Promise<Partial<SettingsInput> | null> {
    return this.settings;
  }

  async saveSettings(settings: Partial<SettingsInput>): Promise<void> {
    this.settings = { ...settings };
  }

  async appendRows(snapshot: SheetSnapshot, rows: CellValue[][]): Promise<string> {
    const sheet = this.sheet(snapshot.sheetName);
    if (FakeWorkbookPort.fingerprint(sheet.cells) !== snapshot.fingerprint)
      throw new SheetChangedError(snapshot.sheetName);
    const top = sheet.cells.length;
    const width = Math.max(1, ...rows.map((row) => row.length));
    // Text that looks like a formula stays text, as the Office port writes it.
    for (const row of rows) sheet.cells.push([...row]);
    const address = `${cellAddress(0, top + 1)}:${cellAddress(width - 1, top + rows.length)}`;
    this.changed({ sheetName: sheet.name, address });
    return address;
  }
}
