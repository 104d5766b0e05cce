import { CLEARWAY_SHEETS, SHEET_MARKS } from "../../plan/sheetMarks";
import { attributesOf, escapeXml, tagsOf, unescapeXml } from "./xmlText";

/**
 * The mark on each sheet Clearway wrote, the same the add-in reads and writes (src/plan/sheetMarks.ts):
 * a hidden workbook-level name per kind of sheet ("Clearway_Summary_Sheet") referring to that sheet's
 * A1. Excel and LibreOffice keep the reference on the sheet when it is renamed and turn it into #REF!
 * when the sheet is deleted, so a sheet the planner later makes under the same name is never taken
 * for Clearway's.
 */
export interface SheetMark {
  /** 0-based position of the sheet in workbook.xml's sheets. */
  sheetIndex: number;
  /** The kind of sheet: one of CLEARWAY_SHEETS ("Clearway Summary", "Clearway Sources"). */
  role: string;
}

const MARK_NAMES = new Set<string>(Object.values(SHEET_MARKS));

const definedNamePattern = (prefix: string) =>
  new RegExp(`<${prefix}definedName\\b([^>]*)>([^<]*)</${prefix}definedName>`, "g");

/** The sheets' names, in workbook order. */
function sheetNames(workbookXml: string, prefix: string): string[] {
  return [...tagsOf(workbookXml, prefix, "sheet")].map(({ tag }) => attributesOf(tag).get("name") ?? "");
}

/** 'Sheet name'!$A$1 for a sheet (quotes doubled inside the name). */
const reference = (sheet: string) => `'${sheet.replace(/'/g, "''")}'!$A$1`;

/** The sheet an A1 reference points at, or null (#REF! once its sheet is deleted). */
function referencedSheet(text: string): string | null {
  const match = /^(?:'((?:[^']|'')+)'|([^'!#]+))!\$?A\$?1$/.exec(text.trim());
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]!;
}

/** The sheets a workbook.xml marks as Clearway's. */
export function sheetMarks(workbookXml: string, prefix: string): SheetMark[] {
  const names = sheetNames(workbookXml, prefix);
  const marks: SheetMark[] = [];
  for (const match of workbookXml.matchAll(definedNamePattern(prefix))) {
    const attributes = attributesOf(`<x ${match[1]}>`);
    const name = attributes.get("name");
    // A mark is workbook-level: a sheet-scoped name of the same text is the user's.
    if (!name || !MARK_NAMES.has(name) || attributes.has("localSheetId")) continue;
    const role = CLEARWAY_SHEETS.find((kind) => SHEET_MARKS[kind] === name)!;
    const sheet = referencedSheet(unescapeXml(match[2]!));
    const sheetIndex = sheet === null ? -1 : names.indexOf(sheet);
    if (sheetIndex >= 0) marks.push({ sheetIndex, role });
  }
  return marks;
}

/** workbook.xml with exactly these marks (earlier ones, stale ones included, removed). */
export function withSheetMarks(workbookXml: string, prefix: string, marks: readonly SheetMark[]): string {
  const names = sheetNames(workbookXml, prefix);
  let xml = workbookXml.replace(definedNamePattern(prefix), (element, attributeText: string) => {
    const attributes = attributesOf(`<x ${attributeText}>`);
    return MARK_NAMES.has(attributes.get("name") ?? "") && !attributes.has("localSheetId") ? "" : element;
  });
  const elements = marks
    .map((mark) => {
      const name = SHEET_MARKS[mark.role as keyof typeof SHEET_MARKS];
      const sheet = names[mark.sheetIndex];
      return name && sheet !== undefined
        ? `<${prefix}definedName name="${name}" hidden="1">${escapeXml(reference(sheet))}</${prefix}definedName>`
        : "";
    })
    .join("");
  xml = xml.replace(
    new RegExp(`<${prefix}definedNames\\s*>\\s*</${prefix}definedNames>|<${prefix}definedNames\\s*/>`),
    "",
  );
  if (!elements) return xml;
  const existing = new RegExp(`<${prefix}definedNames\\s*>`).exec(xml);
  if (existing)
    return (
      xml.slice(0, existing.index + existing[0].length) + elements + xml.slice(existing.index + existing[0].length)
    );
  // definedNames come after sheets, functionGroups and externalReferences, before calcPr and the rest.
  const after = new RegExp(
    `<${prefix}(calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\\b|</${prefix}workbook>`,
  ).exec(xml);
  const at = after ? after.index : xml.length;
  return `${xml.slice(0, at)}<${prefix}definedNames>${elements}</${prefix}definedNames>${xml.slice(at)}`;
}
