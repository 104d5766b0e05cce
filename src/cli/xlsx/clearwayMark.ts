import { escapeXml, unescapeXml } from "./xmlText";

/**
 * The mark that says which sheets Clearway wrote: a hidden workbook-level defined name whose value
 * is a text constant listing them, "Clearway Summary/Clearway Sources". Excel keeps hidden names,
 * and the add-in can read and write the same name through `workbook.names`. "/" cannot occur in a
 * sheet name, so it separates the names.
 */
export const CLEARWAY_SHEETS_NAME = "_Clearway_Sheets";

export function markValue(sheetNames: readonly string[]): string {
  return `"${sheetNames.join("/").replace(/"/g, '""')}"`;
}

export function sheetsInMark(value: string): string[] {
  const text = value.trim().replace(/^=/, "");
  if (!/^".*"$/s.test(text)) return [];
  return text.slice(1, -1).replace(/""/g, '"').split("/").filter(Boolean);
}

const markPattern = (prefix: string) => new RegExp(`<${prefix}definedName\\b[^>]*\\bname="${CLEARWAY_SHEETS_NAME}"[^>]*>([^<]*)</${prefix}definedName>`);

/** The sheets a workbook.xml says Clearway wrote. */
export function markedSheets(workbookXml: string, prefix: string): string[] {
  const match = markPattern(prefix).exec(workbookXml);
  return match ? sheetsInMark(unescapeXml(match[1]!)) : [];
}

/** workbook.xml with the mark set to `sheetNames` (added, or replacing the previous one). */
export function withMark(workbookXml: string, prefix: string, sheetNames: readonly string[]): string {
  const element = `<${prefix}definedName name="${CLEARWAY_SHEETS_NAME}" hidden="1">${escapeXml(markValue(sheetNames))}</${prefix}definedName>`;
  if (markPattern(prefix).test(workbookXml)) return workbookXml.replace(markPattern(prefix), element);
  const names = new RegExp(`<${prefix}definedNames\\s*>`).exec(workbookXml);
  if (names) return workbookXml.slice(0, names.index + names[0].length) + element + workbookXml.slice(names.index + names[0].length);
  const emptyNames = new RegExp(`<${prefix}definedNames\\s*/>`).exec(workbookXml);
  const block = `<${prefix}definedNames>${element}</${prefix}definedNames>`;
  if (emptyNames) return workbookXml.slice(0, emptyNames.index) + block + workbookXml.slice(emptyNames.index + emptyNames[0].length);
  // definedNames come after sheets, functionGroups and externalReferences, before calcPr and the rest.
  const after = new RegExp(`<${prefix}(calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\\b|</${prefix}workbook>`).exec(workbookXml);
  const at = after ? after.index : workbookXml.length;
  return workbookXml.slice(0, at) + block + workbookXml.slice(at);
}
