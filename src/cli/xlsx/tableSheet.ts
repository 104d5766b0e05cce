import { cellContent, DEFAULT_REPORT_WIDTH, styleKey, type ReportSheet } from "../../plan/workbookReport";
import { cellXml, columnLetters } from "./cellXml";
import { escapeXml } from "./xmlText";

/** A formula cell with its text as the cached value (a link, as the plan layer writes it). */
function formulaCellXml(reference: string, formula: string, text: string, style: number): string {
  const s = style ? ` s="${style}"` : "";
  return `<c r="${reference}"${s} t="str"><f>${escapeXml(formula)}</f><v>${escapeXml(text)}</v></c>`;
}

/**
 * A sheet of Clearway's (summary, sources, how to read) as worksheet XML, from its description:
 * cells with their formats, links, widths, frozen panes, filter and page setup.
 */
export function* tableSheetXml(
  sheet: ReportSheet,
  styles: { date: number; report: ReadonlyMap<string, number> },
  namespace: string,
): Generator<string> {
  const { rows } = sheet;
  const columns = Math.max(1, sheet.widths.length, ...rows.map((row) => row.length));
  const fitToPage = sheet.print.fitToWidth > 0 || sheet.print.fitToHeight > 0;
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${namespace}">`;
  if (fitToPage) yield '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  yield `<dimension ref="A1:${columnLetters(columns - 1)}${Math.max(1, rows.length)}"/>`;
  if (sheet.frozen && (sheet.frozen.rows || sheet.frozen.columns)) {
    const { rows: frozenRows, columns: frozenColumns } = sheet.frozen;
    const topLeft = `${columnLetters(frozenColumns)}${frozenRows + 1}`;
    const pane = frozenColumns && frozenRows ? "bottomRight" : frozenRows ? "bottomLeft" : "topRight";
    yield `<sheetViews><sheetView workbookViewId="0"><pane${frozenColumns ? ` xSplit="${frozenColumns}"` : ""}${frozenRows ? ` ySplit="${frozenRows}"` : ""} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
  } else yield '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  yield '<sheetFormatPr defaultRowHeight="15"/><cols>';
  for (let c = 0; c < columns; c++)
    yield `<col min="${c + 1}" max="${c + 1}" width="${sheet.widths[c] ?? DEFAULT_REPORT_WIDTH}" customWidth="1"/>`;
  yield "</cols><sheetData>";
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!.map((cell, c) => {
      const reference = `${columnLetters(c)}${r + 1}`;
      const style = cell.style ? (styles.report.get(styleKey(cell.style)) ?? 0) : 0;
      const content = cellContent(cell);
      if (content.formula !== null) return formulaCellXml(reference, content.formula, content.value, style);
      return cellXml(reference, content.value, style, style || styles.date);
    }).join("");
    const height = sheet.rowHeights[r] ?? null;
    yield cells ? `<row r="${r + 1}"${height === null ? "" : ` ht="${height}" customHeight="1"`}>${cells}</row>` : "";
  }
  yield "</sheetData>";
  const filter = sheet.autoFilter;
  if (filter)
    yield `<autoFilter ref="${columnLetters(filter.firstColumn)}${filter.firstRow + 1}:${columnLetters(filter.lastColumn)}${filter.lastRow + 1}"/>`;
  yield '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
  yield `<pageSetup orientation="${sheet.print.orientation}" fitToWidth="${sheet.print.fitToWidth}" fitToHeight="${sheet.print.fitToHeight}"/>`;
  yield "</worksheet>";
}
