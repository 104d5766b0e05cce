import { SaxesParser } from "saxes";
import type { CellValue, Grid } from "../../plan/cellValue";
import type { CellFormats } from "./cellFormats";

export interface SheetReadOptions {
  sharedStrings: readonly string[];
  formats: CellFormats;
  date1904: boolean;
  /** Configuration tables read a percentage as written ("2.5%"), not as its stored fraction. */
  percentAsText?: boolean;
  /** More rows than this with content: stop reading and refuse. */
  maxRows?: number;
}

/** A sheet holds more rows than Clearway checks in one run. */
export class TooManyRowsError extends Error {
  override name = "TooManyRowsError";
  constructor(readonly limit: number) {
    super(`more than ${limit.toLocaleString("en")} rows`);
  }
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** "AB12" -> { column: 27, row: 12 } (column 0-based, row 1-based). */
export function parseCellReference(reference: string): { column: number; row: number } {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else break;
  }
  return { column: column - 1, row: Number(reference.slice(i)) };
}

/** Excel's serial day number as the date it shows (same convention as exceljs: UTC midnight). */
export function excelSerialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - (date1904 ? 24107 : 25569)) * 86_400_000));
}

/**
 * Reads a worksheet part as a grid, streaming: formulas by their cached result, rich text as text,
 * a number in a date-formatted cell as a Date, merged cells once (in their top-left cell).
 */
export async function readSheetGrid(chunks: AsyncIterable<string>, options: SheetReadOptions): Promise<Grid> {
  const grid: Grid = [];
  const merges: string[] = [];
  const parser = new SaxesParser();
  let rowIndex = -1;
  let columnIndex = -1;
  let type = "n";
  let style = 0;
  let text: string[] = [];
  let collecting = false;
  let phonetic = 0;
  let hasValue = false;

  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    switch (name) {
      case "row": {
        const r = tag.attributes["r"] as string | undefined;
        rowIndex = r ? Number(r) - 1 : rowIndex + 1;
        columnIndex = -1;
        break;
      }
      case "c": {
        const r = tag.attributes["r"] as string | undefined;
        columnIndex = r ? parseCellReference(r).column : columnIndex + 1;
        type = (tag.attributes["t"] as string | undefined) ?? "n";
        style = Number(tag.attributes["s"] ?? 0);
        text = [];
        hasValue = false;
        break;
      }
      case "v":
        collecting = true;
        hasValue = true;
        break;
      case "t":
        if (!phonetic) {
          collecting = true;
          hasValue = true;
        }
        break;
      case "is":
        hasValue = true;
        break;
      case "rPh":
        phonetic++;
        break;
      case "mergeCell":
        merges.push(String(tag.attributes["ref"] ?? ""));
        break;
    }
  });
  parser.on("text", (value) => {
    if (collecting) text.push(value);
  });
  parser.on("cdata", (value) => {
    if (collecting) text.push(value);
  });
  parser.on("closetag", (tag) => {
    const name = localName(tag.name);
    if (name === "v" || name === "t") collecting = false;
    else if (name === "rPh") phonetic--;
    else if (name === "c" && hasValue && rowIndex >= 0 && columnIndex >= 0) {
      const value = cellValue(text.join(""), type, style, options);
      if (value === null) return;
      if (options.maxRows !== undefined && rowIndex >= options.maxRows) throw new TooManyRowsError(options.maxRows);
      while (grid.length <= rowIndex) grid.push([]);
      const row = grid[rowIndex]!;
      while (row.length < columnIndex) row.push(null);
      row[columnIndex] = value;
    }
  });
  for await (const chunk of chunks) parser.write(chunk);
  parser.close();
  clearMergedCells(grid, merges);
  return grid;
}

function cellValue(raw: string, type: string, style: number, options: SheetReadOptions): CellValue {
  switch (type) {
    case "s": {
      const value = options.sharedStrings[Number(raw)];
      return value === undefined || value === "" ? null : value;
    }
    case "inlineStr":
    case "str":
      return raw === "" ? null : raw;
    case "b":
      return raw === "1" || raw === "true";
    case "e":
      return raw || null;
    case "d":
      return raw ? new Date(raw) : null;
    default: {
      if (raw === "") return null;
      const number = Number(raw);
      if (Number.isNaN(number)) return raw;
      if (options.formats.isDate[style]) return excelSerialDate(number, options.date1904);
      if (options.percentAsText && options.formats.isPercent[style])
        return `${Number((number * 100).toPrecision(12))}%`;
      return number;
    }
  }
}

/** A merged range's value is its top-left cell's; the others read as empty. */
function clearMergedCells(grid: Grid, merges: readonly string[]): void {
  for (const range of merges) {
    const [from, to] = range.split(":");
    if (!from || !to) continue;
    const start = parseCellReference(from);
    const end = parseCellReference(to);
    for (let r = start.row - 1; r <= end.row - 1 && r < grid.length; r++) {
      const row = grid[r]!;
      for (let c = start.column; c <= end.column && c < row.length; c++)
        if (r !== start.row - 1 || c !== start.column) row[c] = null;
    }
  }
}
