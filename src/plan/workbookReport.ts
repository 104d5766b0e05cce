import type { CellValue } from "./cellValue";
import type { PlanCheck } from "./checkPlan";
import { moneyFormat } from "./moneyFormat";
import { DATE_COLUMNS, MONEY_COLUMNS, OUTPUT_COLUMNS, OUTPUT_COLUMN_WIDTHS, type OutputColumn } from "./outputColumns";
import { STATUS_FILL } from "./statusColours";

/**
 * The annotated workbook described once, as plain data, for every host to render the same way:
 * the output block's formats, widths, frozen panes, filter and print setup on the plan sheet, and
 * Clearway's own sheets cell by cell. A host translates this; it decides no layout of its own.
 */

/** How one cell looks. Hosts map each distinct style to one cell format. */
export interface ReportStyle {
  bold?: boolean;
  /** Text wrapped inside the column's width, one fact a line. */
  wrap?: boolean;
  /** Excel number format code ("#,##0.00", "yyyy-mm-dd"). */
  numberFormat?: string;
  /** Solid fill colour, ARGB. */
  fill?: string;
  /** Larger type for a sheet's title line. */
  title?: boolean;
  /** Aligned to the top of the cell, as wrapped cells beside it are. */
  top?: boolean;
}

/** One cell of a Clearway sheet: a value, its look, and for a link the address it opens. */
export interface ReportCell {
  value: CellValue;
  style?: ReportStyle;
  /** An https address the cell opens; the value is the text shown. */
  link?: string;
}

/** A range by 0-based rows and columns, inclusive. */
export interface ReportRange {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

/** Page setup: landscape, fit to one page wide, as many pages tall as needed (0) or a fixed number. */
export interface PrintSetup {
  orientation: "landscape" | "portrait";
  fitToWidth: number;
  fitToHeight: number;
  /** 0-based rows repeated at the top of every printed page (print titles), or null. */
  titleRows: { first: number; last: number } | null;
}

/** Rows and columns frozen at the top and left. */
export interface FrozenPanes {
  rows: number;
  columns: number;
}

/**
 * A chart over a table of the sheet. A host that cannot draw charts (the command line) writes the
 * table alone; the table's cells are the same in every host.
 */
export interface ReportChart {
  title: string;
  /** Columns stacked per category: one column per category, one segment per series. */
  kind: "stackedColumn";
  /** The table charted: its first row names the series, its first column the categories. */
  data: ReportRange;
  /** The cells the chart covers. */
  anchor: ReportRange;
}

/** A sheet Clearway writes whole (summary, sources, how to read), under its name or a free variant. */
export interface ReportSheet {
  name: string;
  /** The kind of sheet to Clearway, the value of its mark (one of CLEARWAY_SHEETS). */
  role: string;
  /** What the sheet holds, for the note when its name is taken ("the summary"). */
  description: string;
  rows: ReportCell[][];
  /** Each column's width in characters, by 0-based column; columns beyond default to DEFAULT_REPORT_WIDTH. */
  widths: readonly number[];
  /** Each row's height in points, enough for its wrapped cells (up to MAX_ROW_LINES); null for the default. */
  rowHeights: ReadonlyArray<number | null>;
  frozen: FrozenPanes | null;
  autoFilter: ReportRange | null;
  print: PrintSetup;
  /** A chart over one of the sheet's tables, drawn where the host can. */
  chart?: ReportChart | null;
}

export const DEFAULT_REPORT_WIDTH = 16;

/** The output block on the plan sheet: the look of each cell, the columns' widths, panes, filter, print setup. */
export interface PlanBlockReport {
  /** The style of one block cell (row 0 is the header), or undefined for none. */
  style: (rowOffset: number, column: number, value: CellValue) => ReportStyle | undefined;
  /** The height of one block row in points (row 0 is the header), enough for its wrapped lines up to MAX_ROW_LINES; null for the default. */
  rowHeight: (rowOffset: number) => number | null;
  /** Every style `style` can return, so a host can create its formats before it writes cells. */
  styles: readonly ReportStyle[];
  widths: readonly number[];
  frozen: FrozenPanes;
  /** The filter over the plan's header and the block, down to the plan's last row. */
  autoFilter: ReportRange;
  print: PrintSetup;
}

export const HEADER_STYLE: ReportStyle = { bold: true, wrap: true };
export const DATE_STYLE: ReportStyle = { numberFormat: "yyyy-mm-dd" };
/** The block's cells sit at the top of their (taller) rows, so a row reads across from its first line. */
export const BLOCK_TOP_STYLE: ReportStyle = { top: true };
const BLOCK_DATE_STYLE: ReportStyle = { ...DATE_STYLE, top: true };
export const WRAP_STYLE: ReportStyle = { wrap: true };
export const TITLE_STYLE: ReportStyle = { bold: true, title: true };

/** Columns whose text runs to several lines (one fact a line, the key line first): wrapped, so every line shows. */
export const WRAPPED_COLUMNS: readonly OutputColumn[] = [
  "Next step",
  "Required permits",
  "Importer of record",
  "Exporter of record",
  "Issues",
  "Rule references",
];

export const LANDSCAPE_ONE_PAGE_WIDE: PrintSetup = {
  orientation: "landscape",
  fitToWidth: 1,
  fitToHeight: 0,
  titleRows: null,
};

/** The size of a title line's type, in points (the rest of the sheet is 11-point). */
export const TITLE_FONT_POINTS = 14;

/** Excel's HYPERLINK takes an address of at most 255 characters. */
const MAX_LINK_LENGTH = 255;

const formulaText = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * What a cell holds as written: a link as a HYPERLINK formula (it opens in Excel and LibreOffice
 * without a relationship part) with its text as the value shown; an address too long for a formula
 * written out beside its text, so it is never lost; any other cell its value.
 */
export function cellContent(
  cell: ReportCell,
): { formula: string; value: string } | { formula: null; value: CellValue } {
  if (!cell.link) return { formula: null, value: cell.value ?? null };
  const text = String(cell.value ?? cell.link);
  if (
    /^https?:\/\//i.test(cell.link) &&
    cell.link.length <= MAX_LINK_LENGTH &&
    String(cell.value ?? "").length <= MAX_LINK_LENGTH
  ) {
    return { formula: `HYPERLINK(${formulaText(cell.link)},${formulaText(text)})`, value: text };
  }
  return { formula: null, value: `${cell.value ?? ""}\n${cell.link}`.trim() };
}

/** Points a line of 11-point text takes. */
export const LINE_HEIGHT_POINTS = 15;
/** The most lines a plan row grows to: the key lines show, and the plan still reads as a list; the cell holds the rest. */
export const MAX_ROW_LINES = 6;
export const MAX_HEADER_LINES = 3;
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT_POINTS = 409;
/** The most lines any row can show (27). */
export const MAX_SHEET_ROW_LINES = Math.floor(MAX_ROW_HEIGHT_POINTS / LINE_HEIGHT_POINTS);

/**
 * Lines a text takes wrapped in a column this many characters wide. Column widths count the
 * widest digit; ordinary text is about a tenth narrower, and words do not split, which this
 * estimate leaves to rounding up.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.1));
  return text.split("\n").reduce((lines, line) => lines + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

const moneyStyle = (currency: CellValue | undefined): ReportStyle => ({
  numberFormat: moneyFormat(typeof currency === "string" ? currency : "USD"),
  top: true,
});

/** A stable key of a style, for hosts that keep one format per distinct style. */
export const styleKey = (style: ReportStyle): string =>
  [
    style.bold ? "b" : "",
    style.wrap ? "w" : "",
    style.title ? "t" : "",
    style.top ? "v" : "",
    style.fill ?? "",
    style.numberFormat ?? "",
  ].join("|");

/** The plan sheet's output block as it is written: formats, widths, frozen ID column and header, filter, print setup. */
export function planBlockReport(check: Pick<PlanCheck, "detection" | "outputColumn" | "outputBlock">): PlanBlockReport {
  const currencyOffset = OUTPUT_COLUMNS.indexOf("Charges currency");
  const moneyOffsets = new Set(MONEY_COLUMNS.map((title) => OUTPUT_COLUMNS.indexOf(title)));
  const dateOffsets = new Set(DATE_COLUMNS.map((title) => OUTPUT_COLUMNS.indexOf(title)));
  const wrapOffsets = new Set(WRAPPED_COLUMNS.map((title) => OUTPUT_COLUMNS.indexOf(title)));
  const statusStyles = Object.fromEntries(
    Object.entries(STATUS_FILL).map(([status, fill]) => [
      status,
      { fill, bold: true, top: true } satisfies ReportStyle,
    ]),
  ) as Record<string, ReportStyle>;
  const moneyStyles = new Map<string, ReportStyle>();
  const moneyFor = (currency: CellValue | undefined) => {
    const style = moneyStyle(currency);
    const known = moneyStyles.get(style.numberFormat!);
    if (known) return known;
    moneyStyles.set(style.numberFormat!, style);
    return style;
  };
  for (const row of check.outputBlock.slice(1)) if (row.some((cell) => cell !== null)) moneyFor(row[currencyOffset]);
  const { headerRow } = check.detection;
  const idColumn = check.detection.columns.shipmentId;
  const lastColumn = check.outputColumn + OUTPUT_COLUMNS.length - 1;
  const widths = OUTPUT_COLUMNS.map((title) => OUTPUT_COLUMN_WIDTHS[title]);
  const rowHeight = (rowOffset: number): number | null => {
    const row = check.outputBlock[rowOffset];
    if (!row) return null;
    let lines = 1;
    row.forEach((value, column) => {
      if (typeof value === "string" && (rowOffset === 0 || wrapOffsets.has(column)))
        lines = Math.max(lines, wrappedLines(value, widths[column]!));
    });
    lines = Math.min(lines, rowOffset === 0 ? MAX_HEADER_LINES : MAX_ROW_LINES);
    return lines > 1 ? lines * LINE_HEIGHT_POINTS : null;
  };
  return {
    rowHeight,
    style: (rowOffset, column, value) => {
      if (rowOffset === 0) return HEADER_STYLE;
      if (column === 0) return (typeof value === "string" ? statusStyles[value] : undefined) ?? BLOCK_TOP_STYLE;
      if (moneyOffsets.has(column) && typeof value === "number")
        return moneyFor(check.outputBlock[rowOffset]?.[currencyOffset]);
      if (dateOffsets.has(column)) return BLOCK_DATE_STYLE;
      if (wrapOffsets.has(column)) return WRAP_STYLE;
      return BLOCK_TOP_STYLE;
    },
    styles: [
      HEADER_STYLE,
      DATE_STYLE,
      BLOCK_DATE_STYLE,
      WRAP_STYLE,
      BLOCK_TOP_STYLE,
      ...Object.values(statusStyles),
      ...moneyStyles.values(),
    ],
    widths,
    // The ID column stays in view beside the status; without one, only the header is frozen.
    frozen: {
      rows: headerRow + 1,
      columns: idColumn === undefined || idColumn >= check.outputColumn ? 0 : idColumn + 1,
    },
    autoFilter: {
      firstRow: headerRow,
      lastRow: headerRow + Math.max(1, check.outputBlock.length - 1),
      firstColumn: 0,
      lastColumn,
    },
    print: { ...LANDSCAPE_ONE_PAGE_WIDE, titleRows: { first: headerRow, last: headerRow } },
  };
}

/** Plain values as report cells, the first row as a bold header. */
export function tableCells(
  rows: readonly CellValue[][],
  headerRows: ReadonlySet<number> = new Set([0]),
): ReportCell[][] {
  return rows.map((row, r) =>
    row.map((value) => (headerRows.has(r) && value !== null ? { value, style: HEADER_STYLE } : { value })),
  );
}

/** The width a column holding wrapped text gets on Clearway's sheets, unless given wider. */
export const WRAPPED_TEXT_WIDTH = 60;

/**
 * Widths and row heights of a Clearway sheet: a column with wrapped text is WRAPPED_TEXT_WIDTH wide
 * (so long text wraps instead of running past the page), and each row is as tall as its wrapped lines.
 */
export function sheetLayout(
  rows: readonly ReportCell[][],
  baseWidths: readonly number[],
  maxLines = MAX_ROW_LINES,
): { widths: number[]; rowHeights: Array<number | null> } {
  const columns = Math.max(baseWidths.length, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, c) => baseWidths[c] ?? DEFAULT_REPORT_WIDTH);
  for (const row of rows)
    row.forEach((cell, c) => {
      if (cell.style?.wrap && !cell.style.bold) widths[c] = Math.max(widths[c]!, WRAPPED_TEXT_WIDTH);
    });
  const rowHeights = rows.map((row) => {
    let lines = 1;
    row.forEach((cell, c) => {
      if (cell.style?.wrap && typeof cell.value === "string")
        lines = Math.max(lines, wrappedLines(cell.value, widths[c]!));
    });
    lines = Math.min(lines, maxLines);
    return lines > 1 ? lines * LINE_HEIGHT_POINTS : null;
  });
  return { widths, rowHeights };
}
