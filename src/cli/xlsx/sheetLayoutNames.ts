import { attributesOf, escapeXml, tagsOf, unescapeXml } from "./xmlText";

/** The sheet-scoped names a sheet's layout needs: its print titles (rows repeated on every printed page). */
export interface SheetLayoutNames {
  /** 0-based position of the sheet in workbook.xml's sheets. */
  sheetIndex: number;
  /** 0-based rows repeated at the top of each page, or null for none. */
  printTitles: { first: number; last: number } | null;
  /** Keep print titles the sheet already has (the planner's, on the plan sheet) rather than replace them. */
  keepExisting: boolean;
}

const PRINT_TITLES = "_xlnm.Print_Titles";

const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * workbook.xml with each sheet's print titles as the sheet-scoped defined name Excel and LibreOffice
 * read them from (_xlnm.Print_Titles with localSheetId), replacing Clearway's earlier ones.
 */
export function withSheetNames(workbookXml: string, prefix: string, sheets: readonly SheetLayoutNames[]): string {
  const names = [...tagsOf(workbookXml, prefix, "sheet")].map(({ tag }) => attributesOf(tag).get("name") ?? "");
  const pattern = new RegExp(`<${prefix}definedName\\b([^>]*)>([^<]*)</${prefix}definedName>`, "g");
  const kept = new Set<number>();
  const bySheet = new Map(sheets.map((sheet) => [sheet.sheetIndex, sheet]));
  const reference = (sheet: SheetLayoutNames) => `${quotedSheet(names[sheet.sheetIndex]!)}!$${sheet.printTitles!.first + 1}:$${sheet.printTitles!.last + 1}`;
  let xml = workbookXml.replace(pattern, (element, attributeText: string, text: string) => {
    const attributes = attributesOf(`<x ${attributeText}>`);
    const sheet = bySheet.get(Number(attributes.get("localSheetId") ?? -1));
    if (attributes.get("name") !== PRINT_TITLES || !sheet) return element;
    // Titles Clearway wrote before are written again in the same place; the planner's own are kept.
    const ours = sheet.printTitles !== null && names[sheet.sheetIndex] !== undefined && unescapeXml(text) === reference(sheet);
    if (sheet.keepExisting && !ours) {
      kept.add(sheet.sheetIndex);
      return element;
    }
    return "";
  });
  const elements = sheets
    .filter((sheet) => sheet.printTitles && !kept.has(sheet.sheetIndex) && names[sheet.sheetIndex] !== undefined)
    .map((sheet) => `<${prefix}definedName name="${PRINT_TITLES}" localSheetId="${sheet.sheetIndex}">${escapeXml(reference(sheet))}</${prefix}definedName>`)
    .join("");
  if (!elements) return xml;
  const existing = new RegExp(`<${prefix}definedNames\\s*>`).exec(xml);
  if (existing) return xml.slice(0, existing.index + existing[0].length) + elements + xml.slice(existing.index + existing[0].length);
  xml = xml.replace(new RegExp(`<${prefix}definedNames\\s*/>`), "");
  // definedNames come after sheets, functionGroups and externalReferences, before calcPr and the rest.
  const after = new RegExp(`<${prefix}(calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\\b|</${prefix}workbook>`).exec(xml);
  const at = after ? after.index : xml.length;
  return `${xml.slice(0, at)}<${prefix}definedNames>${elements}</${prefix}definedNames>${xml.slice(at)}`;
}
