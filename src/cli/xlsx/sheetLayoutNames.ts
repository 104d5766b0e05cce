import type { ReportRange } from "../../plan/workbookReport";
import { columnLetters } from "./cellXml";
import { parseCellReference } from "./sheetGridReader";
import { attributesOf, escapeXml, tagsOf, unescapeXml } from "./xmlText";

/** The sheet-scoped names a sheet's layout needs: its print titles (rows repeated on every printed page). */
export interface SheetLayoutNames {
  /** 0-based position of the sheet in workbook.xml's sheets. */
  sheetIndex: number;
  /** 0-based rows repeated at the top of each page, or null for none. */
  printTitles: { first: number; last: number } | null;
  /** Keep print titles the sheet already has (the planner's, on the plan sheet) rather than replace them. */
  keepExisting: boolean;
  /** The sheet's filter range, named as Excel names it (LibreOffice keeps a filter only with the name); an existing name is widened. */
  autoFilter: ReportRange | null;
}

const PRINT_TITLES = "_xlnm.Print_Titles";
const FILTER_DATABASE = "_xlnm._FilterDatabase";

const absolute = (range: ReportRange) =>
  `$${columnLetters(range.firstColumn)}$${range.firstRow + 1}:$${columnLetters(range.lastColumn)}$${range.lastRow + 1}`;

/** The range of an existing filter name ('Plan'!$A$1:$F$9), or null when it is not one plain range. */
function namedRange(text: string): ReportRange | null {
  const match = /!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(text.trim());
  if (!match) return null;
  const from = parseCellReference(`${match[1]}${match[2]}`);
  const to = parseCellReference(`${match[3]}${match[4]}`);
  return { firstRow: from.row - 1, firstColumn: from.column, lastRow: to.row - 1, lastColumn: to.column };
}

const union = (a: ReportRange, b: ReportRange | null): ReportRange =>
  b
    ? {
        firstRow: Math.min(a.firstRow, b.firstRow),
        firstColumn: Math.min(a.firstColumn, b.firstColumn),
        lastRow: Math.max(a.lastRow, b.lastRow),
        lastColumn: Math.max(a.lastColumn, b.lastColumn),
      }
    : a;

const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * workbook.xml with each sheet's print titles as the sheet-scoped defined name Excel and LibreOffice
 * read them from (_xlnm.Print_Titles with localSheetId), replacing Clearway's earlier ones.
 */
export function withSheetNames(workbookXml: string, prefix: string, sheets: readonly SheetLayoutNames[]): string {
  const names = [...tagsOf(workbookXml, prefix, "sheet")].map(({ tag }) => attributesOf(tag).get("name") ?? "");
  const pattern = new RegExp(`<${prefix}definedName\\b([^>]*)>([^<]*)</${prefix}definedName>`, "g");
  const kept = new Set<number>();
  const filters = new Map<number, ReportRange>();
  const bySheet = new Map(sheets.map((sheet) => [sheet.sheetIndex, sheet]));
  const reference = (sheet: SheetLayoutNames) =>
    `${quotedSheet(names[sheet.sheetIndex]!)}!$${sheet.printTitles!.first + 1}:$${sheet.printTitles!.last + 1}`;
  let xml = workbookXml.replace(pattern, (element, attributeText: string, text: string) => {
    const attributes = attributesOf(`<x ${attributeText}>`);
    const sheet = bySheet.get(Number(attributes.get("localSheetId") ?? -1));
    if (sheet?.autoFilter && attributes.get("name") === FILTER_DATABASE) {
      // The filter the sheet had is widened to hold the block, as the sheet's filter element is.
      filters.set(sheet.sheetIndex, union(sheet.autoFilter, namedRange(unescapeXml(text))));
      return "";
    }
    if (attributes.get("name") !== PRINT_TITLES || !sheet) return element;
    // Titles Clearway wrote before are written again in the same place; the planner's own are kept.
    const ours =
      sheet.printTitles !== null && names[sheet.sheetIndex] !== undefined && unescapeXml(text) === reference(sheet);
    if (sheet.keepExisting && !ours) {
      kept.add(sheet.sheetIndex);
      return element;
    }
    return "";
  });
  const elements =
    sheets
      .filter((sheet) => sheet.printTitles && !kept.has(sheet.sheetIndex) && names[sheet.sheetIndex] !== undefined)
      .map(
        (sheet) =>
          `<${prefix}definedName name="${PRINT_TITLES}" localSheetId="${sheet.sheetIndex}">${escapeXml(reference(sheet))}</${prefix}definedName>`,
      )
      .join("") +
    sheets
      .filter((sheet) => sheet.autoFilter && names[sheet.sheetIndex] !== undefined)
      .map((sheet) => {
        const range = filters.get(sheet.sheetIndex) ?? sheet.autoFilter!;
        return `<${prefix}definedName name="${FILTER_DATABASE}" localSheetId="${sheet.sheetIndex}" hidden="1">${escapeXml(`${quotedSheet(names[sheet.sheetIndex]!)}!${absolute(range)}`)}</${prefix}definedName>`;
      })
      .join("");
  if (!elements) return xml;
  const existing = new RegExp(`<${prefix}definedNames\\s*>`).exec(xml);
  if (existing)
    return (
      xml.slice(0, existing.index + existing[0].length) + elements + xml.slice(existing.index + existing[0].length)
    );
  xml = xml.replace(new RegExp(`<${prefix}definedNames\\s*/>`), "");
  // definedNames come after sheets, functionGroups and externalReferences, before calcPr and the rest.
  const after = new RegExp(
    `<${prefix}(calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\\b|</${prefix}workbook>`,
  ).exec(xml);
  const at = after ? after.index : xml.length;
  return `${xml.slice(0, at)}<${prefix}definedNames>${elements}</${prefix}definedNames>${xml.slice(at)}`;
}
