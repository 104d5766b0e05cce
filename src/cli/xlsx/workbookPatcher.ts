import type { PlanCheck } from "../../plan/checkPlan";
import { OUTPUT_COLUMNS } from "../../plan/outputColumns";
import { planBlockReport, styleKey, type ReportSheet } from "../../plan/workbookReport";
import { withSheetMarks, type SheetMark } from "./clearwayMark";
import { withSheetNames, type SheetLayoutNames } from "./sheetLayoutNames";
import { MINIMAL_STYLES, withOutputStyles } from "./outputStyles";
import type { PackageSource } from "./packageSource";
import { relativeTarget, relsPartOf } from "./packagePaths";
import { patchedSheet } from "./sheetPatcher";
import { freeSheetName, sheetNameTakenNote } from "../../plan/sheetNames";
import { tableSheetXml } from "./tableSheet";
import { readWorkbookStructure, type WorkbookStructure } from "./workbookStructure";
import { escapeXml } from "./xmlText";
import type { ZipWriter } from "./zipWriter";

/** A sheet Clearway writes beside the plan (summary, sources, how to read), as the plan layer describes it. */
export type ClearwaySheet = ReportSheet;

/** What writing the annotated package did: the parts it changed or added, and what the user must be told. */
export interface PatchResult {
  changedParts: Set<string>;
  notes: string[];
}

const TRANSITIONAL_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TRANSITIONAL_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const WORKSHEET_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const insertBefore = (xml: string, closing: RegExp, insert: string) => {
  const match = closing.exec(xml);
  if (!match) throw new Error(`cannot place ${insert.slice(0, 40)}`);
  return xml.slice(0, match.index) + insert + xml.slice(match.index);
};

/** Relationship type of a kind, in the same flavour (transitional or strict) as the workbook's own relationships. */
function relationshipType(structure: WorkbookStructure, kind: string): string {
  const sample = structure.relationships.find((r) => /\/(worksheet|styles|sharedStrings|theme)$/.test(r.type))?.type;
  return sample ? sample.replace(/[^/]+$/, kind) : `${TRANSITIONAL_RELATIONSHIPS}/${kind}`;
}

/**
 * Writes the annotated copy of a workbook package: every part is copied as it was, except the
 * ones Clearway owns: the plan sheet (its output block), styles.xml (Clearway's formats appended),
 * workbook.xml, its relationships and [Content_Types].xml (Clearway's sheets and their mark), and
 * the sheets Clearway wrote in an earlier check, which are replaced.
 */
export async function writeAnnotatedPackage(
  source: PackageSource,
  planSheetName: string,
  check: PlanCheck,
  sheets: readonly ClearwaySheet[],
  writer: ZipWriter,
): Promise<PatchResult> {
  const structure = await readWorkbookStructure(source);
  const notes: string[] = [];
  const changed = new Map<string, () => AsyncIterable<string> | Iterable<string>>();
  const added: string[] = [];
  const planSheet = structure.sheets.find((sheet) => sheet.name === planSheetName && sheet.part);
  if (!planSheet) throw new Error(`sheet "${planSheetName}" is not in the package`);
  const { prefix, workbookPart } = structure;
  const relsPart = relsPartOf(workbookPart);
  let workbookXml = structure.workbookXml;
  let relsXml = structure.relsXml || EMPTY_RELS;
  let contentTypesXml = structure.contentTypesXml;

  const relsNamespacePrefix = new RegExp(
    `xmlns:([\\w.-]+)="(${escapeRegExp(TRANSITIONAL_RELATIONSHIPS)}|http://purl.oclc.org/ooxml/officeDocument/relationships)"`,
  ).exec(workbookXml)?.[1];
  const mainNamespace =
    new RegExp(`xmlns${prefix ? `:${escapeRegExp(prefix.slice(0, -1))}` : ""}="([^"]+)"`).exec(workbookXml)?.[1] ??
    TRANSITIONAL_MAIN;
  const usedRelIds = new Set(structure.relationships.map((r) => r.id));
  const newRelId = () => {
    let n = usedRelIds.size + 1;
    while (usedRelIds.has(`rId${n}`)) n++;
    usedRelIds.add(`rId${n}`);
    return `rId${n}`;
  };
  const addRelationship = (kind: string, part: string) => {
    const id = newRelId();
    relsXml = insertBefore(
      relsXml,
      /<\/([\w.-]+:)?Relationships>/,
      `<Relationship Id="${id}" Type="${relationshipType(structure, kind)}" Target="${escapeXml(relativeTarget(workbookPart, part))}"/>`,
    );
    return id;
  };
  const addOverride = (part: string, contentType: string) => {
    contentTypesXml = insertBefore(
      contentTypesXml,
      /<\/([\w.-]+:)?Types>/,
      `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`,
    );
  };

  // Styles: Clearway's formats appended (or found again).
  const block = planBlockReport(check);
  const reportStyles = [
    ...block.styles,
    ...sheets.flatMap((sheet) => sheet.rows.flatMap((row) => row.flatMap((cell) => (cell.style ? [cell.style] : [])))),
  ];
  let stylesPart = structure.stylesPart;
  const hadStyles = stylesPart !== undefined && source.has(stylesPart);
  const styled = withOutputStyles(hadStyles ? await source.text(stylesPart!) : MINIMAL_STYLES, [], reportStyles);
  if (!hadStyles) {
    stylesPart = `${workbookPart.replace(/[^/]*$/, "")}styles.xml`;
    if (!structure.stylesPart) addRelationship("styles", stylesPart);
    addOverride(stylesPart, STYLES_CONTENT_TYPE);
    added.push(stylesPart);
  }
  changed.set(stylesPart!, () => [styled.xml]);
  const { styles } = styled;

  // The plan sheet: the output block right of the plan. A sheet with an Excel table keeps the table's own filter.
  const planRels = relsPartOf(planSheet.part!);
  const hasTable = source.has(planRels) && /\/table"/.test(await source.text(planRels));
  const planFilter = hasTable ? null : block.autoFilter;
  const styleIndex = (style: ReturnType<typeof block.style>) => (style ? (styles.report.get(styleKey(style)) ?? 0) : 0);
  changed.set(planSheet.part!, () =>
    patchedSheet(source.textChunks(planSheet.part!), {
      headerRow: check.detection.headerRow,
      firstColumn: check.outputColumn,
      rows: check.outputBlock,
      dateStyle: styleIndex(block.style(1, OUTPUT_COLUMNS.indexOf("Apply by"), new Date(0))),
      widths: block.widths,
      style: (rowOffset, column, value) => styleIndex(block.style(rowOffset, column, value)),
      frozenColumns: block.frozen.columns,
      ...(planFilter ? { autoFilter: planFilter } : {}),
      print: block.print,
      rowHeight: block.rowHeight,
    }),
  );
  const layoutNames: SheetLayoutNames[] = [
    {
      sheetIndex: structure.sheets.indexOf(planSheet),
      printTitles: block.print.titleRows,
      keepExisting: true,
      autoFilter: planFilter,
    },
  ];

  // Clearway's sheets: a sheet it wrote before is replaced in place; a name the user has is left alone.
  const marked = new Map(structure.clearwaySheets.map((mark) => [mark.sheetIndex, mark.role]));
  const taken = structure.sheets.map((sheet) => sheet.name);
  const reused = new Set<number>();
  const marks: SheetMark[] = [];
  const existingParts = new Set(source.partNames.map((name) => name.toLowerCase()));
  let nextSheetId = Math.max(0, ...structure.sheets.map((sheet) => sheet.sheetId)) + 1;
  let nextIndex = structure.sheets.length;
  for (const sheet of sheets) {
    const previous = structure.sheets.findIndex(
      (s, index) => s.part && s !== planSheet && !reused.has(index) && marked.get(index) === sheet.role,
    );
    const content = () => tableSheetXml(sheet, styles, mainNamespace);
    const layout = { printTitles: sheet.print.titleRows, keepExisting: false, autoFilter: sheet.autoFilter };
    if (previous >= 0) {
      reused.add(previous);
      layoutNames.push({ sheetIndex: previous, ...layout });
      marks.push({ sheetIndex: previous, role: sheet.role });
      changed.set(structure.sheets[previous]!.part!, content);
      continue;
    }
    const name = freeSheetName(sheet.name, taken);
    taken.push(name);
    layoutNames.push({ sheetIndex: nextIndex, ...layout });
    marks.push({ sheetIndex: nextIndex++, role: sheet.role });
    if (name !== sheet.name) notes.push(sheetNameTakenNote(sheet, name));
    let n = 1;
    const folder = `${workbookPart.replace(/[^/]*$/, "")}worksheets/`;
    while (existingParts.has(`${folder}sheet${n}.xml`.toLowerCase())) n++;
    const part = `${folder}sheet${n}.xml`;
    existingParts.add(part.toLowerCase());
    const relId = addRelationship("worksheet", part);
    addOverride(part, WORKSHEET_CONTENT_TYPE);
    const rAttribute = relsNamespacePrefix
      ? `${relsNamespacePrefix}:id="${relId}"`
      : `xmlns:r="${TRANSITIONAL_RELATIONSHIPS}" r:id="${relId}"`;
    workbookXml = insertBefore(
      workbookXml,
      new RegExp(`</${prefix}sheets>`),
      `<${prefix}sheet name="${escapeXml(name)}" sheetId="${nextSheetId++}" ${rAttribute}/>`,
    );
    added.push(part);
    changed.set(part, content);
  }
  workbookXml = withSheetNames(withSheetMarks(workbookXml, prefix, marks), prefix, layoutNames);
  changed.set(workbookPart, () => [workbookXml]);
  changed.set(relsPart, () => [relsXml]);
  changed.set("[Content_Types].xml", () => [contentTypesXml]);
  if (!source.has(relsPart)) added.push(relsPart);

  const changedLower = new Map([...changed].map(([name, content]) => [name.toLowerCase(), content]));
  for (const name of source.partNames) {
    const content = changedLower.get(name.toLowerCase());
    if (content) await writer.add(name, content());
    else await source.copyTo(name, writer);
  }
  for (const part of added) await writer.add(part, changed.get(part)!());
  return { changedParts: new Set(changedLower.keys()), notes };
}
