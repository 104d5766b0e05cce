import type { CellValue } from "../../plan/cellValue";
import type { PrintSetup, ReportRange } from "../../plan/workbookReport";
import { cellXml, columnLetters } from "./cellXml";
import { parseCellReference } from "./sheetGridReader";
import { attributesOf, rootPrefix } from "./xmlText";

/** Clearway's block on the plan sheet: where it goes, its cells and their formats, its columns' widths. */
export interface OutputBlock {
  /** 0-based row of the header (sheet row headerRow + 1); the block starts there. */
  headerRow: number;
  /** 0-based column of the block's first column. */
  firstColumn: number;
  /** The header row first, then one row per sheet row below it. */
  rows: readonly CellValue[][];
  /** The cell format (cellXfs index) of one block cell, 0 for none. */
  style: (rowOffset: number, columnOffset: number, value: CellValue) => number;
  dateStyle: number;
  widths: readonly number[];
  /** Columns frozen at the left besides the header rows (the ID column); none unless given. */
  frozenColumns?: number;
  /** The filter over the plan's header and the block; an existing filter is widened to hold it. */
  autoFilter?: ReportRange;
  print?: PrintSetup;
  /** A block row's height in points (row 0 is the header), null for the sheet's default. */
  rowHeight?: (rowOffset: number) => number | null;
}

/**
 * The plan sheet's XML with the output block written right of the plan, streamed row by row: every
 * cell left of and right of the block stays byte for byte; the block's columns get their widths,
 * the header row is frozen, and the sheet's dimension grows to hold the block.
 */
export async function* patchedSheet(chunks: AsyncIterable<string>, block: OutputBlock): AsyncGenerator<string> {
  let buffer = "";
  let prefix: string | undefined;
  let stage: "head" | "rows" | "tail" = "head";
  let lastRow = 0;
  const lastColumn = block.firstColumn + block.rows[0]!.length - 1;
  const lastBlockRow = block.headerRow + block.rows.length;

  for await (const chunk of withEnd(chunks)) {
    if (chunk !== null) buffer += chunk;
    const ended = chunk === null;
    if (stage === "head") {
      prefix ??= /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.test(buffer) ? rootPrefix(buffer, "worksheet") : undefined;
      if (prefix === undefined) continue;
      const open = new RegExp(`<${prefix}sheetData(?=[\\s>/])[^>]*>`).exec(buffer);
      if (!open) {
        if (ended) throw new Error("the sheet has no cell data");
        continue;
      }
      yield patchedHead(buffer.slice(0, open.index), prefix, block, lastColumn, lastBlockRow);
      if (open[0].endsWith("/>")) {
        // An empty sheet: the block's rows are the only ones.
        yield `<${prefix}sheetData>${newRows(block, prefix, 0)}</${prefix}sheetData>`;
        buffer = buffer.slice(open.index + open[0].length);
        stage = "tail";
      } else {
        yield open[0];
        buffer = buffer.slice(open.index + open[0].length);
        stage = "rows";
      }
    }
    if (stage === "rows") {
      const p = prefix!;
      let position = 0;
      const out: string[] = [];
      for (;;) {
        const rowStart = findTag(buffer, `<${p}row`, position);
        const dataEnd = buffer.indexOf(`</${p}sheetData>`, position);
        if (dataEnd >= 0 && (rowStart < 0 || dataEnd < rowStart)) {
          out.push(buffer.slice(position, dataEnd));
          out.push(newRows(block, p, lastRow));
          position = dataEnd;
          stage = "tail";
          break;
        }
        if (rowStart < 0) break;
        const tagEnd = buffer.indexOf(">", rowStart);
        if (tagEnd < 0) break;
        let rowEnd: number;
        if (buffer[tagEnd - 1] === "/") rowEnd = tagEnd + 1;
        else {
          const close = buffer.indexOf(`</${p}row>`, tagEnd);
          if (close < 0) break;
          rowEnd = close + `</${p}row>`.length;
        }
        out.push(buffer.slice(position, rowStart));
        const startTag = buffer.slice(rowStart, tagEnd + 1);
        const r = attributesOf(startTag).get("r");
        const rowNumber = r ? Number(r) : lastRow + 1;
        // Rows of the block that the sheet does not have (none, as the plan was read from these rows) come before this one.
        out.push(newRows(block, p, lastRow, rowNumber - 1));
        out.push(patchedRow(buffer.slice(rowStart, rowEnd), startTag, rowNumber, block, p, lastColumn));
        lastRow = rowNumber;
        position = rowEnd;
      }
      buffer = buffer.slice(position);
      if (out.length) yield out.join("");
    }
    // What follows the cells (filter, merges, page setup) is small: patched whole once read.
    if (stage === "tail" && ended) yield patchedTail(buffer, prefix!, block);
    if (ended && stage !== "tail") throw new Error("the sheet ends inside its cell data");
  }
}

async function* withEnd<T>(items: AsyncIterable<T>): AsyncGenerator<T | null> {
  yield* items;
  yield null;
}

/** Index of `<name` followed by a space, ">" or "/", from `from`; -1 if none. */
function findTag(text: string, open: string, from: number): number {
  for (let at = text.indexOf(open, from); at >= 0; at = text.indexOf(open, at + 1)) {
    const next = text[at + open.length];
    if (next === " " || next === ">" || next === "/" || next === "\n" || next === "\t" || next === "\r") return at;
    if (next === undefined) return -1;
  }
  return -1;
}

/** The block's cells of one sheet row (1-based), as XML. */
function blockCells(block: OutputBlock, rowNumber: number): string {
  const offset = rowNumber - 1 - block.headerRow;
  const values = block.rows[offset];
  if (!values) return "";
  return values
    .map((value, column) =>
      cellXml(
        `${columnLetters(block.firstColumn + column)}${rowNumber}`,
        value,
        value === null ? 0 : block.style(offset, column, value),
        block.dateStyle,
      ),
    )
    .join("");
}

/** Clearway's cell XML (written without a prefix) with the sheet's prefix on its elements. */
function withPrefix(cells: string, p: string): string {
  if (!p) return cells;
  return cells
    .replace(/<c /g, `<${p}c `)
    .replace(/<\/c>/g, `</${p}c>`)
    .replace(/<(\/?)(is|t|v)>/g, `<$1${p}$2>`)
    .replace(/<t xml/g, `<${p}t xml`);
}

/** Rows of the block after sheet row `after` and up to `upTo` (1-based) that the sheet lacks. */
function newRows(block: OutputBlock, p: string, after: number, upTo = block.headerRow + block.rows.length): string {
  let xml = "";
  for (let rowNumber = Math.max(after + 1, block.headerRow + 1); rowNumber <= upTo; rowNumber++) {
    const cells = blockCells(block, rowNumber);
    const height = block.rowHeight?.(rowNumber - 1 - block.headerRow) ?? null;
    if (cells)
      xml += `<${p}row r="${rowNumber}"${height === null ? "" : ` ht="${height}" customHeight="1"`}>${withPrefix(cells, p)}</${p}row>`;
  }
  return xml;
}

const cellPatterns = new Map<string, RegExp>();
/** Matches one cell element, empty or with content, of a sheet whose elements carry prefix `p`. */
const CELL = (p: string) => {
  let pattern = cellPatterns.get(p);
  if (!pattern) cellPatterns.set(p, (pattern = new RegExp(`<${p}c(?=[\\s>/])[^>]*?(?:/>|>[\\s\\S]*?</${p}c>)`, "g")));
  return pattern;
};

/**
 * Where a row's last cell ends, when every cell of the row names its reference and all lie left of
 * `firstColumn` (0 for a row without cells); null otherwise, and the row is then read cell by cell.
 */
function lastCellLeftOf(inner: string, p: string, firstColumn: number): number | null {
  const start = `<${p}c`;
  let end = 0;
  for (let at = inner.indexOf(start); at !== -1; at = inner.indexOf(start, at + 1)) {
    const next = inner.charCodeAt(at + start.length);
    // "<c " or "<c>" or "<c/>" opens a cell; "<col" and the like do not.
    if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) continue;
    const tagEnd = inner.indexOf(">", at);
    if (tagEnd === -1) return null;
    const reference = /\sr="([A-Za-z]+)\d*"/.exec(inner.slice(at, tagEnd));
    if (!reference || parseCellReference(reference[1]!).column >= firstColumn) return null;
    if (inner.charCodeAt(tagEnd - 1) === 47) end = tagEnd + 1;
    else {
      const close = inner.indexOf(`</${p}c>`, tagEnd);
      if (close === -1) return null;
      end = close + `</${p}c>`.length;
      at = end - 1;
    }
  }
  return end;
}

/** One row with the block's cells in place of whatever was in the block's columns. */
function patchedRow(
  rowXml: string,
  startTag: string,
  rowNumber: number,
  block: OutputBlock,
  p: string,
  lastColumn: number,
): string {
  if (rowNumber - 1 < block.headerRow || rowNumber - 1 >= block.headerRow + block.rows.length) return rowXml;
  const inner = startTag.endsWith("/>") ? "" : rowXml.slice(startTag.length, rowXml.length - `</${p}row>`.length);
  const open = () =>
    // "spans" is a hint of the row's used columns; dropped rather than left wrong.
    withRowHeight(
      startTag.replace(/\s+spans="[^"]*"/, "").replace(/\s*\/>$/, ">"),
      block.rowHeight?.(rowNumber - 1 - block.headerRow) ?? null,
    );
  // Most rows end left of the block: their cells stay as they are and the block's follow the last one.
  const lastCell = lastCellLeftOf(inner, p, block.firstColumn);
  if (lastCell !== null) {
    const cells = blockCells(block, rowNumber);
    if (!cells) return rowXml;
    return `${open()}${inner.slice(0, lastCell)}${withPrefix(cells, p)}${inner.slice(lastCell)}</${p}row>`;
  }
  const before: string[] = [];
  const after: string[] = [];
  let column = -1;
  let consumed = 0;
  let changed = false;
  for (const match of inner.matchAll(CELL(p))) {
    const tag = /^<[^>]*>/.exec(match[0])![0];
    const r = attributesOf(tag).get("r");
    column = r ? parseCellReference(r).column : column + 1;
    // A cell without a reference gets one, as cells are added before it.
    const cell = r
      ? match[0]
      : match[0].replace(new RegExp(`^<${p}c`), `<${p}c r="${columnLetters(column)}${rowNumber}"`);
    const between = inner.slice(consumed, match.index);
    consumed = match.index + match[0].length;
    if (column < block.firstColumn) before.push(between, cell);
    else if (column > lastColumn) after.push(between, cell);
    else changed = true;
  }
  const cells = blockCells(block, rowNumber);
  if (!cells && !changed) return rowXml;
  return `${open()}${before.join("")}${withPrefix(cells, p)}${after.join("")}${inner.slice(consumed)}</${p}row>`;
}

/** The part of the sheet before its cells: dimension, frozen header, column widths. */
function patchedHead(head: string, p: string, block: OutputBlock, lastColumn: number, lastBlockRow: number): string {
  let xml = head;
  const dimension = new RegExp(`<${p}dimension\\b[^>]*ref="([^"]*)"[^>]*/>`).exec(xml);
  if (dimension) {
    const [from = "A1", to = from] = dimension[1]!.split(":");
    const end = parseCellReference(to);
    const ref = `${from}:${columnLetters(Math.max(end.column, lastColumn))}${Math.max(end.row || 1, lastBlockRow)}`;
    xml =
      xml.slice(0, dimension.index) +
      dimension[0].replace(/ref="[^"]*"/, `ref="${ref}"`) +
      xml.slice(dimension.index + dimension[0].length);
  }
  xml = withFrozenHeader(xml, p, block.headerRow + 1, block.frozenColumns ?? 0);
  if (block.print) xml = withFitToPage(xml, p);
  return withColumnWidths(xml, p, block);
}

function withFrozenHeader(xml: string, p: string, headerRows: number, columns: number): string {
  const topLeft = `${columnLetters(columns)}${headerRows + 1}`;
  const activePane = columns ? "bottomRight" : "bottomLeft";
  const xSplit = columns ? ` xSplit="${columns}"` : "";
  const pane = `<${p}pane${xSplit} ySplit="${headerRows}" topLeftCell="${topLeft}" activePane="${activePane}" state="frozen"/><${p}selection pane="${activePane}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
  const view = new RegExp(`<${p}sheetView(?=[\\s>/])[^>]*>`).exec(xml);
  if (!view) {
    const at = new RegExp(`<${p}(sheetFormatPr|cols)(?=[\\s>/])`).exec(xml)?.index ?? xml.length;
    return `${xml.slice(0, at)}<${p}sheetViews><${p}sheetView workbookViewId="0">${pane}</${p}sheetView></${p}sheetViews>${xml.slice(at)}`;
  }
  if (view[0].endsWith("/>"))
    return `${xml.slice(0, view.index)}${view[0].replace(/\s*\/>$/, ">")}${pane}</${p}sheetView>${xml.slice(view.index + view[0].length)}`;
  const close = xml.indexOf(`</${p}sheetView>`, view.index);
  const inner = xml
    .slice(view.index + view[0].length, close)
    .replace(new RegExp(`<${p}(pane|selection)(?=[\\s>/])[^>]*?(?:/>|>[\\s\\S]*?</${p}(pane|selection)>)`, "g"), "");
  return `${xml.slice(0, view.index)}${view[0]}${pane}${inner}${xml.slice(close)}`;
}

function withColumnWidths(xml: string, p: string, block: OutputBlock): string {
  const first = block.firstColumn + 1;
  const last = block.firstColumn + block.widths.length;
  const ours = block.widths.map((width, i) => ({
    min: first + i,
    max: first + i,
    xml: `<${p}col min="${first + i}" max="${first + i}" width="${width}" customWidth="1"/>`,
  }));
  const open = new RegExp(`<${p}cols(?=[\\s>/])[^>]*>`).exec(xml);
  if (!open) {
    const at = xml.length;
    return `${xml.slice(0, at)}<${p}cols>${ours.map((c) => c.xml).join("")}</${p}cols>`;
  }
  const close = xml.indexOf(`</${p}cols>`, open.index);
  const kept: Array<{ min: number; max: number; xml: string }> = [];
  for (const match of xml
    .slice(open.index + open[0].length, close)
    .matchAll(new RegExp(`<${p}col(?=[\\s>/])[^>]*/>`, "g"))) {
    const a = attributesOf(match[0]);
    const min = Number(a.get("min"));
    const max = Number(a.get("max"));
    const withRange = (from: number, to: number) => ({
      min: from,
      max: to,
      xml: match[0].replace(/\bmin="\d+"/, `min="${from}"`).replace(/\bmax="\d+"/, `max="${to}"`),
    });
    if (max < first || min > last) kept.push({ min, max, xml: match[0] });
    else {
      // A column range of the planner's that overlaps the block keeps its format outside the block.
      if (min < first) kept.push(withRange(min, first - 1));
      if (max > last) kept.push(withRange(last + 1, max));
    }
  }
  const cols = [...kept, ...ours].sort((a, b) => a.min - b.min);
  return `${xml.slice(0, open.index)}<${p}cols>${cols.map((c) => c.xml).join("")}</${p}cols>${xml.slice(close + `</${p}cols>`.length)}`;
}

/** sheetPr with fitToPage on, which the page setup's fit to one page wide needs. */
function withFitToPage(xml: string, p: string): string {
  const setUp = `<${p}pageSetUpPr fitToPage="1"/>`;
  const sheetPr = new RegExp(`<${p}sheetPr(?=[\\s>/])[^>]*?(/?)>`).exec(xml);
  if (!sheetPr) {
    const root = new RegExp(`<${p}worksheet(?=[\\s>])[^>]*>`).exec(xml);
    if (!root) return xml;
    const at = root.index + root[0].length;
    return `${xml.slice(0, at)}<${p}sheetPr>${setUp}</${p}sheetPr>${xml.slice(at)}`;
  }
  if (sheetPr[1])
    return `${xml.slice(0, sheetPr.index)}${sheetPr[0].replace(/\s*\/>$/, ">")}${setUp}</${p}sheetPr>${xml.slice(sheetPr.index + sheetPr[0].length)}`;
  const close = xml.indexOf(`</${p}sheetPr>`, sheetPr.index);
  const inner = xml.slice(sheetPr.index + sheetPr[0].length, close);
  const existing = new RegExp(`<${p}pageSetUpPr(?=[\\s>/])[^>]*/>`).exec(inner);
  const patched = existing ? inner.replace(existing[0], withAttribute(existing[0], "fitToPage", "1")) : inner + setUp;
  return `${xml.slice(0, sheetPr.index)}${sheetPr[0]}${patched}${xml.slice(close)}`;
}

/** An element's start tag with one attribute set (replaced or added). */
function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`\\s${name}="[^"]*"`);
  if (pattern.test(tag)) return tag.replace(pattern, ` ${name}="${value}"`);
  return tag.replace(/(\s*\/?>)$/, ` ${name}="${value}"$1`);
}

const rangeRef = (range: ReportRange) =>
  `${columnLetters(range.firstColumn)}${range.firstRow + 1}:${columnLetters(range.lastColumn)}${range.lastRow + 1}`;

/** Places `insert` before the first of `followers` in the sheet's tail, else before the closing root tag. */
function insertInTail(tail: string, p: string, followers: readonly string[], insert: string): string {
  const next = new RegExp(`<${p}(${followers.join("|")})(?=[\\s>/])|</${p}worksheet>`).exec(tail);
  const at = next ? next.index : tail.length;
  return tail.slice(0, at) + insert + tail.slice(at);
}

// Elements after the filter and after the page setup, in the order the schema gives them.
const AFTER_PAGE_SETUP = [
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
const AFTER_AUTO_FILTER = [
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  ...AFTER_PAGE_SETUP,
];

/**
 * The sheet after its cells with the filter and page setup: an existing filter is widened to hold
 * the block (its conditions kept); a sheet with a table keeps the table's own filter, as a sheet
 * filter beside a table makes an invalid package.
 */
function patchedTail(tail: string, p: string, block: OutputBlock): string {
  let xml = tail;
  if (block.autoFilter && !new RegExp(`<${p}tablePart(?=[\\s>/])`).test(xml)) {
    const existing = new RegExp(`<${p}autoFilter(?=[\\s>/])[^>]*>`).exec(xml);
    if (existing) {
      const [from = "A1", to = from] = (attributesOf(existing[0]).get("ref") ?? "A1").split(":");
      const start = parseCellReference(from);
      const end = parseCellReference(to);
      const wanted = block.autoFilter;
      const widened = {
        firstRow: Math.min(start.row - 1, wanted.firstRow),
        firstColumn: Math.min(start.column, wanted.firstColumn),
        lastRow: Math.max(end.row - 1, wanted.lastRow),
        lastColumn: Math.max(end.column, wanted.lastColumn),
      };
      xml =
        xml.slice(0, existing.index) +
        withAttribute(existing[0], "ref", rangeRef(widened)) +
        xml.slice(existing.index + existing[0].length);
    } else {
      xml = insertInTail(xml, p, AFTER_AUTO_FILTER, `<${p}autoFilter ref="${rangeRef(block.autoFilter)}"/>`);
    }
  }
  if (block.print) {
    const { orientation, fitToWidth, fitToHeight } = block.print;
    const existing = new RegExp(`<${p}pageSetup(?=[\\s>/])[^>]*/>`).exec(xml);
    if (existing) {
      const tag = withAttribute(
        withAttribute(withAttribute(existing[0], "orientation", orientation), "fitToWidth", String(fitToWidth)),
        "fitToHeight",
        String(fitToHeight),
      );
      xml = xml.slice(0, existing.index) + tag + xml.slice(existing.index + existing[0].length);
    } else {
      xml = insertInTail(
        xml,
        p,
        AFTER_PAGE_SETUP,
        `<${p}pageSetup orientation="${orientation}" fitToWidth="${fitToWidth}" fitToHeight="${fitToHeight}"/>`,
      );
    }
  }
  return xml;
}

/**
 * A row's start tag tall enough for the block's wrapped lines: a row the planner made taller stays
 * as tall, so the height only grows (and a second check finds the height it set).
 */
function withRowHeight(tag: string, height: number | null): string {
  if (height === null) return tag;
  const attributes = attributesOf(tag);
  const existing =
    attributes.get("customHeight") === "1" || attributes.get("customHeight") === "true"
      ? Number(attributes.get("ht"))
      : 0;
  if (existing >= height) return tag;
  return withAttribute(withAttribute(tag, "ht", String(height)), "customHeight", "1");
}
