import type { CellValue } from "../../plan/cellValue";
import { cellXml, columnLetters } from "./cellXml";

export const DEFAULT_TABLE_WIDTH = 24;

/**
 * A sheet of Clearway's (summary, sources) as worksheet XML: the table's cells, its first row bold,
 * every column 24 wide unless `widths` says otherwise (by 0-based column).
 */
export function* tableSheetXml(rows: readonly CellValue[][], styles: { header: number; date: number }, namespace: string, widths: Readonly<Record<number, number>> = {}): Generator<string> {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${namespace}">`;
  yield `<dimension ref="A1:${columnLetters(columns - 1)}${Math.max(1, rows.length)}"/>`;
  yield '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>';
  for (let c = 0; c < columns; c++) yield `<col min="${c + 1}" max="${c + 1}" width="${widths[c] ?? DEFAULT_TABLE_WIDTH}" customWidth="1"/>`;
  yield "</cols><sheetData>";
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!.map((value, c) => cellXml(`${columnLetters(c)}${r + 1}`, value ?? null, r === 0 && value !== null ? styles.header : 0, styles.date)).join("");
    yield cells ? `<row r="${r + 1}">${cells}</row>` : "";
  }
  yield '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
}
