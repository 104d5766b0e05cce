import { attributesOf, escapeXml, unescapeXml } from "./xmlText";

/**
 * The mark on each sheet Clearway wrote: a hidden defined name scoped to that sheet, whose value
 * says what the sheet holds ("summary", "sources"). A sheet-scoped name goes with its sheet: when
 * the planner deletes Clearway's sheet and makes one of the same name, the new sheet is not marked.
 * Excel keeps hidden names, and the add-in can read and write them through `worksheet.names`.
 */
export const CLEARWAY_SHEET_NAME = "_Clearway_Sheet";

export interface SheetMark {
  /** 0-based position of the sheet in workbook.xml's sheets (the defined name's localSheetId). */
  sheetIndex: number;
  role: string;
}

const markPattern = (prefix: string) => new RegExp(`<${prefix}definedName\\b[^>]*\\bname="${CLEARWAY_SHEET_NAME}"[^>]*>([^<]*)</${prefix}definedName>`, "g");

/** The sheets a workbook.xml marks as Clearway's. */
export function sheetMarks(workbookXml: string, prefix: string): SheetMark[] {
  return [...workbookXml.matchAll(markPattern(prefix))].flatMap((match) => {
    const index = Number(attributesOf(match[0].slice(0, match[0].indexOf(">") + 1)).get("localSheetId"));
    const role = /^"(.*)"$/s.exec(unescapeXml(match[1]!).trim())?.[1];
    return Number.isInteger(index) && role ? [{ sheetIndex: index, role }] : [];
  });
}

/** workbook.xml with exactly these marks (earlier ones removed). */
export function withSheetMarks(workbookXml: string, prefix: string, marks: readonly SheetMark[]): string {
  let xml = workbookXml.replace(markPattern(prefix), "");
  const elements = marks.map((mark) => `<${prefix}definedName name="${CLEARWAY_SHEET_NAME}" localSheetId="${mark.sheetIndex}" hidden="1">${escapeXml(`"${mark.role}"`)}</${prefix}definedName>`).join("");
  xml = xml.replace(new RegExp(`<${prefix}definedNames\\s*>\\s*</${prefix}definedNames>|<${prefix}definedNames\\s*/>`), "");
  if (!elements) return xml;
  const names = new RegExp(`<${prefix}definedNames\\s*>`).exec(xml);
  if (names) return xml.slice(0, names.index + names[0].length) + elements + xml.slice(names.index + names[0].length);
  // definedNames come after sheets, functionGroups and externalReferences, before calcPr and the rest.
  const after = new RegExp(`<${prefix}(calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\\b|</${prefix}workbook>`).exec(xml);
  const at = after ? after.index : xml.length;
  return `${xml.slice(0, at)}<${prefix}definedNames>${elements}</${prefix}definedNames>${xml.slice(at)}`;
}
