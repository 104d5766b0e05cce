import type { SettingsInput } from "../domain/settings";
import { columnLetters } from "../plan/cellAddress";
import { isBlank, type CellValue } from "../plan/cellValue";
import { moneyFormat } from "../plan/moneyFormat";
import { findOutputBlock } from "../plan/headerDetection";
import type { SheetTemplate } from "../plan/configTemplates";
import { plainText, type ResultsLayout } from "../plan/resultsLayout";
import { STATUS_FILL } from "../plan/statusColours";
import { describeOfficeError } from "./officeErrors";
import { CLEARWAY_SHEETS, SHEET_MARKS, type ClearwaySheet } from "../plan/sheetMarks";
import { freeSheetName } from "../plan/sheetNames";
import { SheetChangedError, type ReadOptions, type SheetChange, type SheetInfo, type SheetSnapshot, type Unsubscribe, type WorkbookPort } from "../plan/workbookPort";

/** Runs a batch against a request context: Excel.run in Excel, a mock context in tests. */
export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What the port needs of Office.context.document.settings. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: { status: unknown; error?: { message?: string } | null }) => void): void;
}

export interface OfficeWorkbookPortOptions {
  /** The workbook's settings store; defaults to Office.context.document.settings (read when first needed). */
  settings?: SettingsStore | (() => SettingsStore);
  /** Bytes allowed per request or response; Excel on the web refuses more than 5 MB. Default 1.5 million. */
  payloadBudgetBytes?: number;
  /** Bytes assumed per cell when reading (the real size is only known once read). Default 60. */
  bytesPerCell?: number;
}

export const SETTINGS_KEY = "clearway.settings";
/** Default request budget: well under Excel on the web's 5 MB per request and per response. */
export const DEFAULT_PAYLOAD_BUDGET = 1_500_000;
/** Conservative size of one cell in a read response (JSON text, quotes, separators). */
export const DEFAULT_BYTES_PER_CELL = 60;
/** Rows scanned for a header row, as header detection does. */
const HEADER_SCAN_ROWS = 50;
/** Fingerprint of a sheet with no values. */
const EMPTY_SHEET = "(empty)";

type ExcelCell = string | number | boolean;

/** Delay batches while the user edits a cell (ExcelApi 1.11) instead of failing; older hosts ignore the option. */
const defaultRun: BatchRunner = (batch) => Excel.run({ delayForCellEdit: true }, batch);

/** A1 address of a block of cells, all indexes 0-based and inclusive. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const start = `${columnLetters(left)}${top + 1}`;
  return top === bottom && left === right ? start : `${start}:${columnLetters(right)}${bottom + 1}`;
}

/** Excel returns "" for an empty cell; the plan code wants null. */
function fromExcel(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** A cell as Excel accepts it: "" clears, dates go as ISO dates, non-finite numbers as empty. */
function toExcel(value: CellValue | undefined): ExcelCell {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "number" && !Number.isFinite(value)) return "";
  return value;
}

/** Splits rows into consecutive [start, end) chunks whose estimated bytes stay within the budget (at least one row each). */
export function chunkByBytes(rowBytes: readonly number[], budget: number): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let start = 0;
  let size = 0;
  rowBytes.forEach((bytes, index) => {
    if (index > start && size + bytes > budget) {
      chunks.push([start, index]);
      start = index;
      size = 0;
    }
    size += bytes;
  });
  if (start < rowBytes.length) chunks.push([start, rowBytes.length]);
  return chunks;
}

function apiSupported(version: string): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return requirements ? requirements.isSetSupported("ExcelApi", version) : true;
}

function isFailed(status: unknown): boolean {
  return String(status).toLowerCase() === "failed";
}

interface UsedGrid {
  /** values[0][0] is A1; every row is as wide as the used range's right edge. */
  values: CellValue[][];
  fingerprint: string;
  /** 0-based last row of the used range, -1 when the sheet is empty. */
  lastRow: number;
}

/** The WorkbookPort over Office.js: reads and writes in chunks sized for Excel on the web's request limits. */
export class OfficeWorkbookPort implements WorkbookPort {
  private syncs = 0;
  private readonly settingsStore: () => SettingsStore;
  private readonly budget: number;
  private readonly bytesPerCell: number;

  constructor(
    private readonly run: BatchRunner = defaultRun,
    options: OfficeWorkbookPortOptions = {},
  ) {
    const settings = options.settings;
    this.settingsStore = typeof settings === "function" ? settings : settings ? () => settings : (): SettingsStore => Office.context.document.settings;
    this.budget = Math.max(1, options.payloadBudgetBytes ?? DEFAULT_PAYLOAD_BUDGET);
    this.bytesPerCell = Math.max(1, options.bytesPerCell ?? DEFAULT_BYTES_PER_CELL);
  }

  /** context.sync() calls made since construction or the last reset. */
  get syncCount(): number {
    return this.syncs;
  }

  resetSyncCount(): void {
    this.syncs = 0;
  }

  /** Rows read per request: the budget over the estimated bytes of one row. */
  readChunkRows(columnCount: number): number {
    return Math.max(1, Math.floor(this.budget / (this.bytesPerCell * Math.max(1, columnCount))));
  }

  private async sync(context: Excel.RequestContext): Promise<void> {
    this.syncs++;
    await context.sync();
  }

  /** Runs a batch; Office errors come out as Errors with a sentence the planner can act on. */
  private async batch<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(work);
    } catch (error) {
      throw describeOfficeError(error);
    }
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.batch(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      const active = sheets.getActiveWorksheet();
      active.load("name");
      await this.sync(context);
      return sheets.items.map((sheet) => ({ name: sheet.name, visible: sheet.visibility === "Visible", active: sheet.name === active.name }));
    });
  }

  async readSheet(name: string, options: ReadOptions = {}): Promise<SheetSnapshot> {
    return this.batch(async (context) => {
      const grid = await this.readUsedGrid(context, context.workbook.worksheets.getItem(name), Number.POSITIVE_INFINITY, options.percentAsText);
      return { sheetName: name, values: grid.values, fingerprint: grid.fingerprint };
    });
  }

  /**
   * The used range (values only), padded so values[0][0] is A1, read in row chunks sized to the budget.
   * Rows at or past `rowLimit` (0-based sheet row) are not read. Syncs: one, plus one per chunk.
   */
  private async readUsedGrid(context: Excel.RequestContext, sheet: Excel.Worksheet, rowLimit: number, percentAsText = false): Promise<UsedGrid> {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address,rowIndex,columnIndex,rowCount,columnCount");
    await this.sync(context);
    if (used.isNullObject) return { values: [], fingerprint: EMPTY_SHEET, lastRow: -1 };
    const { rowIndex, columnIndex, rowCount, columnCount } = used;
    const width = columnIndex + columnCount;
    const end = Math.min(rowIndex + rowCount, rowLimit);
    const values: CellValue[][] = [];
    for (let r = 0; r < Math.min(rowIndex, end); r++) values.push(new Array<CellValue>(width).fill(null));
    const rowsPerChunk = this.readChunkRows(columnCount);
    for (let top = rowIndex; top < end; top += rowsPerChunk) {
      const bottom = Math.min(end, top + rowsPerChunk) - 1;
      const range = sheet.getRange(rangeAddress(top, columnIndex, bottom, width - 1));
      range.load(percentAsText ? "values,numberFormat" : "values");
      await this.sync(context);
      range.values.forEach((row, r) => {
        const cells = new Array<CellValue>(width).fill(null);
        row.forEach((value, offset) => {
          // Excel stores "2.5%" as 0.025; a table of rates wants the percentage the user typed.
          const format = percentAsText ? String(range.numberFormat[r]?.[offset] ?? "") : "";
          cells[columnIndex + offset] = typeof value === "number" && format.includes("%") ? `${Number((value * 100).toPrecision(12))}%` : fromExcel(value);
        });
        values.push(cells);
      });
    }
    return { values, fingerprint: used.address, lastRow: rowIndex + rowCount - 1 };
  }

  async writeResults(snapshot: SheetSnapshot, layout: ResultsLayout): Promise<void> {
    await this.batch(async (context) => {
      const sheet = context.workbook.worksheets.getItem(snapshot.sheetName);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("address");
      await this.sync(context);
      const fingerprint = used.isNullObject ? EMPTY_SHEET : used.address;
      if (fingerprint !== snapshot.fingerprint) throw new SheetChangedError(snapshot.sheetName);

      const width = layout.values.reduce((widest, row) => Math.max(widest, row.length), 0);
      if (width === 0) return;
      const top = layout.headerRow;
      const left = layout.firstColumn;
      const right = left + width - 1;
      const rows = layout.values.map((row) => Array.from({ length: width }, (_, c) => toExcel(row[c])));
      const last = top + rows.length - 1;

      const currencyColumn = layout.currencyColumn;
      const moneyColumns = layout.moneyColumns.filter((column) => column >= 0 && column < width);
      const formats = layout.values.map((row) => moneyFormat(currencyColumn >= 0 ? row[currencyColumn] : undefined));
      const rowBytes = rows.map((row, r) => JSON.stringify(row).length + 1 + (r > 0 ? moneyColumns.length * (formats[r]!.length + 6) : 0));

      // A longer block from an earlier check leaves rows below the new one: those rows of the block's columns are cleared.
      let previousLast = last;
      for (let r = snapshot.values.length - 1; r > last; r--) {
        const row = snapshot.values[r] ?? [];
        if (row.slice(left, right + 1).some((cell) => !isBlank(cell))) {
          previousLast = r;
          break;
        }
      }

      const chunks = chunkByBytes(rowBytes, this.budget);
      const application = context.application;
      for (const [index, [start, end]] of chunks.entries()) {
        if (apiSupported("1.6") && typeof application?.suspendApiCalculationUntilNextSync === "function") application.suspendApiCalculationUntilNextSync();
        if (index === 0) {
          // Once only: repeated calls make the window flicker, and a repaint between chunks shows progress.
          if (apiSupported("1.9") && typeof application?.suspendScreenUpdatingUntilNextSync === "function") application.suspendScreenUpdatingUntilNextSync();
          if (previousLast > last) sheet.getRange(rangeAddress(last + 1, left, previousLast, right)).clear();
          sheet.getRange(rangeAddress(top, left, top, right)).format.font.bold = true;
          this.colourStatus(sheet, layout, top, last, previousLast);
        }
        sheet.getRange(rangeAddress(top + start, left, top + end - 1, right)).values = rows.slice(start, end);
        const formatStart = Math.max(start, 1);
        if (formatStart < end) {
          const chunkFormats = formats.slice(formatStart, end).map((format) => [format]);
          for (const column of moneyColumns) sheet.getRange(rangeAddress(top + formatStart, left + column, top + end - 1, left + column)).numberFormat = chunkFormats;
        }
        await this.sync(context);
      }
    });
  }

  /** Four conditional formats (one per status) on the status column below the header, after clearing earlier ones. */
  private colourStatus(sheet: Excel.Worksheet, layout: ResultsLayout, top: number, last: number, previousLast: number): void {
    const column = layout.firstColumn + layout.statusColumn;
    if (layout.statusColumn < 0 || last <= top) return;
    sheet.getRange(rangeAddress(top + 1, column, Math.max(last, previousLast), column)).conditionalFormats.clearAll();
    const statusRange = sheet.getRange(rangeAddress(top + 1, column, last, column));
    for (const [status, argb] of Object.entries(STATUS_FILL)) {
      const format = statusRange.conditionalFormats.add("CellValue");
      format.cellValue.format.fill.color = `#${argb.slice(-6)}`;
      format.cellValue.rule = { formula1: `="${status}"`, operator: "EqualTo" };
    }
  }

  /** The sheet Clearway wrote as `kind`: the one its hidden mark refers to, or null (never written, or deleted since). */
  private async markedSheet(context: Excel.RequestContext, kind: ClearwaySheet): Promise<string | null> {
    const mark = context.workbook.names.getItemOrNullObject(SHEET_MARKS[kind]);
    await this.sync(context);
    if (mark.isNullObject) return null;
    const range = mark.getRangeOrNullObject();
    range.worksheet.load("name");
    await this.sync(context);
    return range.isNullObject ? null : range.worksheet.name;
  }

  async replaceSheet(kind: ClearwaySheet, rows: CellValue[][]): Promise<string> {
    return this.batch(async (context) => {
      const sheets = context.workbook.worksheets;
      const previous = await this.markedSheet(context, kind);
      if (previous !== null) sheets.getItem(previous).delete();
      // A stale mark (its sheet deleted by hand) goes too, so the new one can take its name.
      const oldMark = context.workbook.names.getItemOrNullObject(SHEET_MARKS[kind]);
      sheets.load("items/name");
      await this.sync(context);
      if (!oldMark.isNullObject) oldMark.delete();
      // A sheet of the user's with this name is never replaced: Clearway takes a free variant.
      const name = freeSheetName(kind, sheets.items.map((sheet) => sheet.name).filter((existing) => existing !== previous));
      const sheet = sheets.add(name);
      const mark = context.workbook.names.add(SHEET_MARKS[kind], sheet.getRange("A1"), "Written by Clearway: replaced by the next check, deleted by Remove results.");
      mark.visible = false;
      const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
      if (width === 0) {
        await this.sync(context);
        return name;
      }
      const cells = rows.map((row) => Array.from({ length: width }, (_, c) => toExcel(plainText(row[c] ?? null))));
      const chunks = chunkByBytes(
        cells.map((row) => JSON.stringify(row).length + 1),
        this.budget,
      );
      for (const [index, [start, end]] of chunks.entries()) {
        if (index === 0) sheet.getRange(rangeAddress(0, 0, 0, width - 1)).format.font.bold = true;
        sheet.getRange(rangeAddress(start, 0, end - 1, width - 1)).values = cells.slice(start, end);
        await this.sync(context);
      }
      return name;
    });
  }

  async createSheet(template: SheetTemplate): Promise<boolean> {
    return this.batch(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(template.name);
      await this.sync(context);
      // The user's own table is never replaced.
      if (!existing.isNullObject) return false;
      const sheet = sheets.add(template.name);
      const width = template.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
      sheet.getRange(rangeAddress(0, 0, template.rows.length - 1, width - 1)).values = template.rows.map((row) => Array.from({ length: width }, (_, c) => toExcel(plainText(row[c] ?? null))));
      sheet.getRange(rangeAddress(template.headerRow, 0, template.headerRow, width - 1)).format.font.bold = true;
      // In-cell lists need ExcelApi 1.8; older hosts get the sheet without them.
      if (apiSupported("1.8")) {
        for (const list of template.lists) {
          sheet.getRange(rangeAddress(template.headerRow + 1, list.column, template.headerRow + 500, list.column)).dataValidation.rule = { list: { inCellDropDown: true, source: list.values.join(",") } };
        }
      }
      sheet.activate();
      await this.sync(context);
      return true;
    });
  }

  async removeResults(sheetName: string): Promise<boolean> {
    return this.batch(async (context) => {
      const sheets = context.workbook.worksheets;
      const sheet = sheets.getItem(sheetName);
      // Only the rows header detection scans are needed to find the block; the used range gives its last row.
      const grid = await this.readUsedGrid(context, sheet, HEADER_SCAN_ROWS);
      let removed = false;
      for (let r = 0; r < grid.values.length; r++) {
        const block = findOutputBlock(grid.values[r] ?? []);
        if (block === null) continue;
        sheet.getRange(rangeAddress(r, block.start, Math.max(r, grid.lastRow), block.start + block.width - 1)).clear();
        removed = true;
        break;
      }
      // Only sheets Clearway marked as its own go; a sheet of the user's with the same name stays.
      const found: string[] = [];
      for (const kind of CLEARWAY_SHEETS) {
        const marked = await this.markedSheet(context, kind);
        if (marked !== null && marked !== sheetName) found.push(marked);
      }
      if (found.length) {
        for (const name of found) sheets.getItem(name).delete();
        await this.sync(context);
      }
      return removed || found.length > 0;
    });
  }

  async selectRange(sheetName: string, address: string): Promise<void> {
    await this.batch(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(address).select();
      await this.sync(context);
    });
  }

  /** Worksheet onChanged (ExcelApi 1.7) on each named sheet, added in one sync; a host without it gets no events. */
  async onSheetsChanged(sheetNames: readonly string[], listener: (change: SheetChange) => void): Promise<Unsubscribe> {
    if (!apiSupported("1.7") || sheetNames.length === 0) return async () => undefined;
    const handlers = await this.batch(async (context) => {
      const sheets = sheetNames.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name) }));
      await this.sync(context);
      const added = sheets
        .filter(({ sheet }) => !sheet.isNullObject)
        .map(({ name, sheet }) =>
          sheet.onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
            listener({ sheetName: name, address: event.address });
          }),
        );
      if (added.length) await this.sync(context);
      return added;
    });
    return async () => {
      if (!handlers.length) return;
      for (const handler of handlers) handler.remove();
      // A handler is removed through the context it was added with.
      await handlers[0]!.context.sync().catch(() => undefined);
    };
  }

  async loadSettings(): Promise<Partial<SettingsInput> | null> {
    const stored = this.settingsStore().get(SETTINGS_KEY);
    let parsed: unknown = stored;
    if (typeof stored === "string") {
      try {
        parsed = JSON.parse(stored);
      } catch {
        return null;
      }
    }
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Partial<SettingsInput>) : null;
  }

  async saveSettings(settings: Partial<SettingsInput>): Promise<void> {
    const store = this.settingsStore();
    store.set(SETTINGS_KEY, JSON.stringify(settings));
    await new Promise<void>((resolve, reject) => {
      store.saveAsync((result) => {
        if (isFailed(result.status)) reject(new Error(`Clearway could not save its settings in this workbook${result.error?.message ? `: ${result.error.message}` : ""}. Check that the workbook can be edited, then try again.`));
        else resolve();
      });
    });
  }

  async appendRows(snapshot: SheetSnapshot, rows: CellValue[][]): Promise<string> {
    return this.batch(async (context) => {
      const sheet = context.workbook.worksheets.getItem(snapshot.sheetName);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("address");
      await this.sync(context);
      if ((used.isNullObject ? EMPTY_SHEET : used.address) !== snapshot.fingerprint) throw new SheetChangedError(snapshot.sheetName);
      const width = Math.max(1, ...rows.map((row) => row.length));
      // Below everything the sheet holds, so no cell of the user's is written over; formula-looking text stays text.
      const top = snapshot.values.length;
      const address = rangeAddress(top, 0, top + rows.length - 1, width - 1);
      sheet.getRange(address).values = rows.map((row) => Array.from({ length: width }, (_, c) => toExcel(plainText(row[c] ?? null))));
      await this.sync(context);
      return address;
    });
  }
}
