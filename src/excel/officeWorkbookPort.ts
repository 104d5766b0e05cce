import type { SettingsInput } from "../domain/settings";
import { STATUSES } from "../domain/status";
import { columnIndex, columnLetters } from "../plan/cellAddress";
import { isBlank, type CellValue } from "../plan/cellValue";
import { findOutputBlockRow, HEADER_SCAN_ROWS } from "../plan/headerDetection";
import type { SheetTemplate } from "../plan/configTemplates";
import { plainText, type ResultsLayout } from "../plan/resultsLayout";
import {
  cellContent,
  DEFAULT_REPORT_WIDTH,
  type FrozenPanes,
  type PlanBlockReport,
  type PrintSetup,
  type ReportCell,
  type ReportChart,
  type ReportRange,
  type ReportSheet,
  type ReportStyle,
} from "../plan/workbookReport";
import { apiSupported, whenSupported } from "./apiSupport";
import { applyStyle, columnWidthPoints, cssColour } from "./officeFormats";
import { numberFormatSpans, styleRectangles, withoutNumberFormat } from "./styleRectangles";
import { describeOfficeError } from "./officeErrors";
import { CLEARWAY_SHEETS, SHEET_MARKS, type ClearwaySheet } from "../plan/sheetMarks";
import { freeSheetName } from "../plan/sheetNames";
import { requestBytes } from "./requestBytes";
import {
  SheetChangedError,
  type ReadOptions,
  type SheetChange,
  type SheetInfo,
  type SheetSnapshot,
  type Unsubscribe,
  type WorkbookPort,
} from "../plan/workbookPort";

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
  /**
   * Bytes allowed per request or response; Excel on the web refuses more than 5 MB. Default 1.5
   * million for reads (their size is estimated before they are made) and 4 million for writes
   * (their size is counted, at most, by requestBytes).
   */
  payloadBudgetBytes?: number;
  /** Bytes assumed per cell when reading (the real size is only known once read). Default 60. */
  bytesPerCell?: number;
}

export const SETTINGS_KEY = "clearway.settings";
/** Default budget of a read: well under Excel on the web's 5 MB per response, whose size is only estimated. */
export const DEFAULT_PAYLOAD_BUDGET = 1_500_000;
/**
 * Default budget of a write, whose bytes are counted at their most (requestBytes): a fifth under
 * the 5 MB limit for the request's own wrapping. A 20,000-row plan's real block (31 MB) goes in 10
 * syncs, where 1.5 MB took 23.
 */
export const DEFAULT_WRITE_BUDGET = 4_000_000;
/** Conservative size of one cell in a read response (JSON text, quotes, separators). */
export const DEFAULT_BYTES_PER_CELL = 60;
/** Fingerprint of a sheet with no values. */
const EMPTY_SHEET = "(empty)";

/** Refuses a write when the sheet's used range (loaded and synced) is no longer the one it was read with. */
function refuseIfChanged(used: Excel.Range, snapshot: SheetSnapshot): void {
  if ((used.isNullObject ? EMPTY_SHEET : used.address) !== snapshot.fingerprint)
    throw new SheetChangedError(snapshot.sheetName);
}

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

/** What the pane says once when this Excel lacks ExcelApi 1.9 (the filter and page setup need it). */
export const OLD_EXCEL_NOTE =
  "This version of Excel does not support ExcelApi 1.9: the filter and the print setup (landscape, one page wide, header row on every page) were not applied. The command line's annotated copy has them.";

/** The sheet's filter and print titles as read before writing (ExcelApi 1.9). */
interface PrintAndFilterState {
  filterRange: Excel.Range;
  filter: Excel.AutoFilter;
  titleRows: Excel.Range;
}

/** The look the block's cells take per range: its number format goes in arrays, and the status fills are conditional formats. */
function blockLook(style: ReportStyle | undefined): ReportStyle | undefined {
  if (!style) return undefined;
  const { fill: _fill, ...rest } = withoutNumberFormat(style);
  return rest;
}

/** The look of a cell of Clearway's sheets per range: only cells that have one (a number format alone needs no range). */
function lookOf(style: ReportStyle | undefined): ReportStyle | undefined {
  if (!style) return undefined;
  const look = withoutNumberFormat(style);
  return Object.keys(look).length ? look : undefined;
}

/** Frozen rows and columns (ExcelApi 1.7, the manifest's minimum). */
function freeze(sheet: Excel.Worksheet, frozen: FrozenPanes): void {
  if (frozen.rows > 0 && frozen.columns > 0)
    sheet.freezePanes.freezeAt(rangeAddress(0, 0, frozen.rows - 1, frozen.columns - 1));
  else if (frozen.rows > 0) sheet.freezePanes.freezeRows(frozen.rows);
  else if (frozen.columns > 0) sheet.freezePanes.freezeColumns(frozen.columns);
}

const parsedRange = (address: string): ReportRange => {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [from = "A1", to = from] = local.split(":");
  const cell = (text: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(text);
    return match ? { row: Number(match[2]) - 1, column: columnIndex(match[1]!) } : { row: 0, column: 0 };
  };
  const start = cell(from);
  const end = cell(to);
  return { firstRow: start.row, firstColumn: start.column, lastRow: end.row, lastColumn: end.column };
};

/**
 * The filter over the plan and the block (ExcelApi 1.9), as the .xlsx writer does it: a filter the
 * sheet has is widened to hold the block, its conditions applied again; one that already covers it is left alone.
 */
function applyFilter(sheet: Excel.Worksheet, state: PrintAndFilterState, wanted: ReportRange): void {
  whenSupported("1.9", () => {
    const existing = state.filterRange.isNullObject ? null : parsedRange(state.filterRange.address);
    const range = existing
      ? {
          firstRow: Math.min(existing.firstRow, wanted.firstRow),
          firstColumn: Math.min(existing.firstColumn, wanted.firstColumn),
          lastRow: Math.max(existing.lastRow, wanted.lastRow),
          lastColumn: Math.max(existing.lastColumn, wanted.lastColumn),
        }
      : wanted;
    if (
      existing &&
      range.firstRow === existing.firstRow &&
      range.firstColumn === existing.firstColumn &&
      range.lastRow === existing.lastRow &&
      range.lastColumn === existing.lastColumn
    )
      return;
    const address = rangeAddress(range.firstRow, range.firstColumn, range.lastRow, range.lastColumn);
    sheet.autoFilter.apply(address);
    if (!existing) return;
    const shift = existing.firstColumn - range.firstColumn;
    (state.filter.criteria ?? []).forEach((criteria, column) => {
      if (criteria?.filterOn) sheet.autoFilter.apply(address, column + shift, criteria);
    });
  });
}

/** Landscape, fit to pages, print titles (ExcelApi 1.9); the planner's own print titles are kept. */
function applyPrint(sheet: Excel.Worksheet, print: PrintSetup, existingTitles: Excel.Range | null): void {
  whenSupported("1.9", () => {
    const layout = sheet.pageLayout;
    layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
    if (!print.titleRows) return;
    const ours = `$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`;
    const theirs =
      existingTitles && !existingTitles.isNullObject
        ? existingTitles.address.slice(existingTitles.address.lastIndexOf("!") + 1)
        : null;
    if (theirs === null || theirs === ours) layout.setPrintTitleRows(ours);
  });
}

/** Row heights of rows [start, end) of a description, one range per run of equal height; rows with none are left as they are. */
function setRowHeights(
  sheet: Excel.Worksheet,
  heights: ReadonlyArray<number | null>,
  start: number,
  end: number,
  top: number,
): void {
  for (let r = start; r < end; r++) {
    const height = heights[r] ?? null;
    if (height === null) continue;
    let bottom = r;
    while (bottom + 1 < end && heights[bottom + 1] === height) bottom++;
    sheet.getRange(`${top + r + 1}:${top + bottom + 1}`).format.rowHeight = height;
    r = bottom;
  }
}

/** The chart the description asks for (ExcelApi 1.1), placed over the cells it names. */
function addChart(sheet: Excel.Worksheet, chart: ReportChart): void {
  const { data, anchor } = chart;
  const added = sheet.charts.add(
    "ColumnStacked",
    sheet.getRange(rangeAddress(data.firstRow, data.firstColumn, data.lastRow, data.lastColumn)),
    "Columns",
  );
  added.title.text = chart.title;
  added.setPosition(
    rangeAddress(anchor.firstRow, anchor.firstColumn, anchor.firstRow, anchor.firstColumn),
    rangeAddress(anchor.lastRow, anchor.lastColumn, anchor.lastRow, anchor.lastColumn),
  );
}

/** The sheet a mark's formula refers to ("='Clearway Summary'!$A$1"), or null (#REF!, or no mark). */
function markTarget(formula: string | undefined): string | null {
  if (!formula || formula.includes("#REF!")) return null;
  const match = /^=?(?:'((?:[^']|'')+)'|([^!]+))!/.exec(formula);
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]!;
}

/** A cell of Clearway's sheets as written: a link as its HYPERLINK formula (as the .xlsx writer writes it), other text never run as a formula. */
function reportCellToExcel(cell: ReportCell | undefined): ExcelCell {
  if (!cell) return "";
  const content = cellContent(cell);
  return content.formula !== null ? `=${content.formula}` : toExcel(plainText(content.value));
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
  private readonly settingsStore: () => SettingsStore;
  private readonly budget: number;
  private readonly writeBudget: number;
  private readonly bytesPerCell: number;

  constructor(
    private readonly run: BatchRunner = defaultRun,
    options: OfficeWorkbookPortOptions = {},
  ) {
    const settings = options.settings;
    this.settingsStore =
      typeof settings === "function"
        ? settings
        : settings
          ? () => settings
          : (): SettingsStore => Office.context.document.settings;
    this.budget = Math.max(1, options.payloadBudgetBytes ?? DEFAULT_PAYLOAD_BUDGET);
    this.writeBudget = Math.max(1, options.payloadBudgetBytes ?? DEFAULT_WRITE_BUDGET);
    this.bytesPerCell = Math.max(1, options.bytesPerCell ?? DEFAULT_BYTES_PER_CELL);
  }

  /** Rows read per request: the budget over the estimated bytes of one row. */
  readChunkRows(columnCount: number): number {
    return Math.max(1, Math.floor(this.budget / (this.bytesPerCell * Math.max(1, columnCount))));
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
      await context.sync();
      return sheets.items.map((sheet) => ({
        name: sheet.name,
        visible: sheet.visibility === "Visible",
        active: sheet.name === active.name,
      }));
    });
  }

  async readSheet(name: string, options: ReadOptions = {}): Promise<SheetSnapshot> {
    return this.batch(async (context) => {
      const grid = await this.readUsedGrid(
        context,
        context.workbook.worksheets.getItem(name),
        Number.POSITIVE_INFINITY,
        options.percentAsText,
      );
      return { sheetName: name, values: grid.values, fingerprint: grid.fingerprint };
    });
  }

  /**
   * The used range (values only), padded so values[0][0] is A1, read in row chunks sized to the budget.
   * Rows at or past `rowLimit` (0-based sheet row) are not read. Syncs: one, plus one per chunk.
   */
  private async readUsedGrid(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    rowLimit: number,
    percentAsText = false,
  ): Promise<UsedGrid> {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address,rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
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
      await context.sync();
      range.values.forEach((row, r) => {
        const cells = new Array<CellValue>(width).fill(null);
        row.forEach((value, offset) => {
          // Excel stores "2.5%" as 0.025; a table of rates wants the percentage the user typed.
          const format = percentAsText ? String(range.numberFormat[r]?.[offset] ?? "") : "";
          cells[columnIndex + offset] =
            typeof value === "number" && format.includes("%")
              ? `${Number((value * 100).toPrecision(12))}%`
              : fromExcel(value);
        });
        values.push(cells);
      });
    }
    return { values, fingerprint: used.address, lastRow: rowIndex + rowCount - 1 };
  }

  async writeResults(snapshot: SheetSnapshot, layout: ResultsLayout, report: PlanBlockReport): Promise<string[]> {
    return this.batch(async (context) => {
      const sheet = context.workbook.worksheets.getItem(snapshot.sheetName);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("address");
      // Read in the same sync: whether the sheet has an Excel table (it keeps its own filter), and
      // where ExcelApi 1.9 allows, the sheet's filter and print titles, which are widened or kept.
      const tables = sheet.tables.getCount();
      let layoutState: PrintAndFilterState | null = null;
      whenSupported("1.9", () => {
        const filterRange = sheet.autoFilter.getRangeOrNullObject();
        filterRange.load("address");
        sheet.autoFilter.load("criteria");
        const titleRows = sheet.pageLayout.getPrintTitleRowsOrNullObject();
        titleRows.load("address");
        layoutState = { filterRange, filter: sheet.autoFilter, titleRows };
      });
      await context.sync();
      refuseIfChanged(used, snapshot);

      const width = layout.values.reduce((widest, row) => Math.max(widest, row.length), 0);
      if (width === 0) return [];
      const top = layout.headerRow;
      const left = layout.firstColumn;
      const right = left + width - 1;
      const rows = layout.values.map((row) => Array.from({ length: width }, (_, c) => toExcel(row[c])));
      const last = top + rows.length - 1;
      const styleAt = (r: number, c: number) => report.style(r, c, layout.values[r]?.[c] ?? null);
      const formatAt = (r: number, c: number) => styleAt(r, c)?.numberFormat;
      const heights = rows.map((_, r) => report.rowHeight(r));
      const formattedColumns = numberFormatSpans(0, rows.length - 1, width, formatAt).reduce(
        (count, span) => count + span.right - span.left + 1,
        0,
      );
      // Bytes of a row: its values, its number formats, and a row height where it changes.
      const rowBytes = rows.map(
        (row, r) =>
          requestBytes(JSON.stringify(row)) +
          1 +
          formattedColumns * 12 +
          (heights[r] !== null && heights[r] !== heights[r - 1] ? 120 : 0),
      );

      // A longer block from an earlier check leaves rows below the new one: those rows of the block's columns are cleared.
      let previousLast = last;
      for (let r = snapshot.values.length - 1; r > last; r--) {
        const row = snapshot.values[r] ?? [];
        if (row.slice(left, right + 1).some((cell) => !isBlank(cell))) {
          previousLast = r;
          break;
        }
      }

      const notes: string[] = [];
      const chunks = chunkByBytes(rowBytes, this.writeBudget);
      const application = context.application;
      for (const [index, [start, end]] of chunks.entries()) {
        if (typeof application?.suspendApiCalculationUntilNextSync === "function")
          application.suspendApiCalculationUntilNextSync();
        if (index === 0) {
          // Once only: repeated calls make the window flicker, and a repaint between chunks shows progress.
          whenSupported("1.9", () => {
            if (typeof application?.suspendScreenUpdatingUntilNextSync === "function")
              application.suspendScreenUpdatingUntilNextSync();
          });
          if (previousLast > last) sheet.getRange(rangeAddress(last + 1, left, previousLast, right)).clear();
          // The look of every cell, per rectangle of equal look (a column alike all the way down is one range).
          for (const rectangle of styleRectangles(rows.length, width, (r, c) => blockLook(styleAt(r, c)))) {
            applyStyle(
              sheet.getRange(
                rangeAddress(
                  top + rectangle.top,
                  left + rectangle.left,
                  top + rectangle.bottom,
                  left + rectangle.right,
                ),
              ).format,
              rectangle.style,
            );
          }
          this.colourStatus(sheet, report, top, left, last, previousLast);
          report.widths.forEach((characters, c) => {
            if (c < width)
              sheet.getRange(`${columnLetters(left + c)}:${columnLetters(left + c)}`).format.columnWidth =
                columnWidthPoints(characters);
          });
          freeze(sheet, report.frozen);
          const state = layoutState as PrintAndFilterState | null;
          if (state) {
            if (tables.value === 0) applyFilter(sheet, state, report.autoFilter);
            applyPrint(sheet, report.print, state.titleRows);
          } else notes.push(OLD_EXCEL_NOTE);
        }
        sheet.getRange(rangeAddress(top + start, left, top + end - 1, right)).values = rows.slice(start, end);
        // Below the header only: the header row has no number format.
        const formatStart = Math.max(start, 1);
        if (formatStart < end) {
          for (const span of numberFormatSpans(formatStart, end - 1, width, formatAt)) {
            sheet.getRange(
              rangeAddress(top + formatStart, left + span.left, top + end - 1, left + span.right),
            ).numberFormat = span.formats;
          }
        }
        setRowHeights(sheet, heights, start, end, top);
        await context.sync();
      }
      return notes;
    });
  }

  /**
   * The status fills as four conditional formats (one per status the description colours) on the
   * status column below the header, after clearing earlier ones: a constant number of ranges
   * however many rows, and a status the user corrects by hand takes its colour.
   */
  private colourStatus(
    sheet: Excel.Worksheet,
    report: PlanBlockReport,
    top: number,
    left: number,
    last: number,
    previousLast: number,
  ): void {
    if (last <= top) return;
    sheet.getRange(rangeAddress(top + 1, left, Math.max(last, previousLast), left)).conditionalFormats.clearAll();
    const statusRange = sheet.getRange(rangeAddress(top + 1, left, last, left));
    for (const status of STATUSES) {
      const fill = report.style(1, 0, status)?.fill;
      if (!fill) continue;
      const format = statusRange.conditionalFormats.add("CellValue");
      format.cellValue.format.fill.color = cssColour(fill);
      format.cellValue.rule = { formula1: `="${status}"`, operator: "EqualTo" };
    }
  }

  /**
   * The sheets Clearway wrote, by kind, from their hidden marks, in one sync: each mark's formula
   * names the sheet it points at (#REF! once that sheet is deleted). Also loads the sheets' names.
   */
  private async markedSheets(
    context: Excel.RequestContext,
  ): Promise<{ marked: Map<ClearwaySheet, string | null>; markNames: Set<string>; sheetNames: string[] }> {
    const names = context.workbook.names;
    names.load("items/name,items/formula");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const sheetNames = sheets.items.map((sheet) => sheet.name);
    const byName = new Map(names.items.map((item) => [item.name, item.formula]));
    const marked = new Map<ClearwaySheet, string | null>();
    for (const kind of CLEARWAY_SHEETS) {
      const target = markTarget(byName.get(SHEET_MARKS[kind]));
      marked.set(kind, target !== null && sheetNames.includes(target) ? target : null);
    }
    return { marked, markNames: new Set(byName.keys()), sheetNames };
  }

  async replaceSheet(kind: ClearwaySheet, report: ReportSheet): Promise<string> {
    return this.batch(async (context) => {
      const sheets = context.workbook.worksheets;
      const { marked, markNames, sheetNames } = await this.markedSheets(context);
      const previous = marked.get(kind) ?? null;
      if (previous !== null) sheets.getItem(previous).delete();
      // A stale mark (its sheet deleted by hand) goes too, so the new one can take its name.
      if (markNames.has(SHEET_MARKS[kind])) context.workbook.names.getItem(SHEET_MARKS[kind]).delete();
      // A sheet of the user's with this name is never replaced: Clearway takes a free variant.
      const name = freeSheetName(
        kind,
        sheetNames.filter((existing) => existing !== previous),
      );
      const sheet = sheets.add(name);
      const mark = context.workbook.names.add(
        SHEET_MARKS[kind],
        sheet.getRange("A1"),
        "Written by Clearway: replaced by the next check, deleted by Remove results.",
      );
      mark.visible = false;
      const rows = report.rows;
      const width = Math.max(0, ...rows.map((row) => row.length));
      const cells = rows.map((row) => Array.from({ length: width }, (_, c) => reportCellToExcel(row[c])));
      const styleAt = (r: number, c: number) => rows[r]?.[c]?.style;
      const chunks =
        width === 0
          ? []
          : chunkByBytes(
              cells.map((row) => requestBytes(JSON.stringify(row)) + 1 + width * 12),
              this.writeBudget,
            );
      // The sheet's layout goes with the first chunk (or alone, for a sheet with no cells).
      const layout = () => {
        for (const rectangle of styleRectangles(rows.length, width, (r, c) => lookOf(styleAt(r, c)))) {
          applyStyle(
            sheet.getRange(rangeAddress(rectangle.top, rectangle.left, rectangle.bottom, rectangle.right)).format,
            rectangle.style,
          );
        }
        const columns = Math.max(width, report.widths.length);
        for (let c = 0; c < columns; c++)
          sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = columnWidthPoints(
            report.widths[c] ?? DEFAULT_REPORT_WIDTH,
          );
        if (report.frozen) freeze(sheet, report.frozen);
        whenSupported("1.9", () => {
          if (report.autoFilter)
            sheet.autoFilter.apply(
              rangeAddress(
                report.autoFilter.firstRow,
                report.autoFilter.firstColumn,
                report.autoFilter.lastRow,
                report.autoFilter.lastColumn,
              ),
            );
          applyPrint(sheet, report.print, null);
        });
        if (report.chart) addChart(sheet, report.chart);
      };
      if (chunks.length === 0) {
        layout();
        await context.sync();
        return name;
      }
      for (const [index, [start, end]] of chunks.entries()) {
        if (index === 0) layout();
        sheet.getRange(rangeAddress(start, 0, end - 1, width - 1)).values = cells.slice(start, end);
        for (const span of numberFormatSpans(start, end - 1, width, (r, c) => styleAt(r, c)?.numberFormat)) {
          sheet.getRange(rangeAddress(start, span.left, end - 1, span.right)).numberFormat = span.formats;
        }
        setRowHeights(sheet, report.rowHeights, start, end, 0);
        await context.sync();
      }
      return name;
    });
  }

  async createSheet(template: SheetTemplate): Promise<boolean> {
    return this.batch(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(template.name);
      await context.sync();
      // The user's own table is never replaced.
      if (!existing.isNullObject) return false;
      const sheet = sheets.add(template.name);
      const width = template.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
      sheet.getRange(rangeAddress(0, 0, template.rows.length - 1, width - 1)).values = template.rows.map((row) =>
        Array.from({ length: width }, (_, c) => toExcel(plainText(row[c] ?? null))),
      );
      sheet.getRange(rangeAddress(template.headerRow, 0, template.headerRow, width - 1)).format.font.bold = true;
      // In-cell lists need ExcelApi 1.8; older hosts get the sheet without them.
      whenSupported("1.8", () => {
        for (const list of template.lists) {
          sheet.getRange(
            rangeAddress(template.headerRow + 1, list.column, template.headerRow + 500, list.column),
          ).dataValidation.rule = { list: { inCellDropDown: true, source: list.values.join(",") } };
        }
      });
      sheet.activate();
      await context.sync();
      return true;
    });
  }

  async removeResults(sheetName: string): Promise<boolean> {
    return this.batch(async (context) => {
      const sheets = context.workbook.worksheets;
      const sheet = sheets.getItem(sheetName);
      // Only the rows header detection scans are needed to find the block; the used range gives its last row.
      const grid = await this.readUsedGrid(context, sheet, HEADER_SCAN_ROWS);
      const block = findOutputBlockRow(grid.values);
      if (block)
        sheet
          .getRange(
            rangeAddress(
              block.row,
              block.place.start,
              Math.max(block.row, grid.lastRow),
              block.place.start + block.place.width - 1,
            ),
          )
          .clear();
      const removed = block !== null;
      // Only sheets Clearway marked as its own go; a sheet of the user's with the same name stays.
      const { marked } = await this.markedSheets(context);
      const found = [
        ...new Set([...marked.values()].filter((name): name is string => name !== null && name !== sheetName)),
      ];
      for (const name of found) sheets.getItem(name).delete();
      // The clear went with the marks' sync; the deletions need one more.
      if (found.length) await context.sync();
      return removed || found.length > 0;
    });
  }

  async selectRange(sheetName: string, address: string): Promise<void> {
    await this.batch(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    });
  }

  /** Worksheet onChanged (ExcelApi 1.7) on each named sheet, added in one sync; a host without it gets no events. */
  async onSheetsChanged(sheetNames: readonly string[], listener: (change: SheetChange) => void): Promise<Unsubscribe> {
    if (!apiSupported("1.7") || sheetNames.length === 0) return async () => undefined;
    const handlers = await this.batch(async (context) => {
      const sheets = sheetNames.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name) }));
      await context.sync();
      const added = sheets
        .filter(({ sheet }) => !sheet.isNullObject)
        .map(({ name, sheet }) =>
          sheet.onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
            listener({ sheetName: name, address: event.address });
          }),
        );
      if (added.length) await context.sync();
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
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Partial<SettingsInput>)
      : null;
  }

  async saveSettings(settings: Partial<SettingsInput>): Promise<void> {
    const store = this.settingsStore();
    store.set(SETTINGS_KEY, JSON.stringify(settings));
    await new Promise<void>((resolve, reject) => {
      store.saveAsync((result) => {
        if (isFailed(result.status))
          reject(
            new Error(
              `Clearway could not save its settings in this workbook${result.error?.message ? `: ${result.error.message}` : ""}. Check that the workbook can be edited, then try again.`,
            ),
          );
        else resolve();
      });
    });
  }

  async appendRows(snapshot: SheetSnapshot, rows: CellValue[][]): Promise<string> {
    return this.batch(async (context) => {
      const sheet = context.workbook.worksheets.getItem(snapshot.sheetName);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      refuseIfChanged(used, snapshot);
      const width = Math.max(1, ...rows.map((row) => row.length));
      // Below everything the sheet holds, so no cell of the user's is written over; formula-looking text stays text.
      const top = snapshot.values.length;
      const address = rangeAddress(top, 0, top + rows.length - 1, width - 1);
      sheet.getRange(address).values = rows.map((row) =>
        Array.from({ length: width }, (_, c) => toExcel(plainText(row[c] ?? null))),
      );
      await context.sync();
      return address;
    });
  }
}
