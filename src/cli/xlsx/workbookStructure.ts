import { sheetMarks, type SheetMark } from "./clearwayMark";
import { relsPartOf, resolveTarget } from "./packagePaths";
import { attributeByLocalName, attributesOf, rootPrefix, tagsOf } from "./xmlText";
/** Where the package parts are read from (a zip archive, or a package made in memory). */
interface PartReader {
  has(name: string): boolean;
  text(name: string): Promise<string>;
}

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: SheetState;
  /** The worksheet part ("xl/worksheets/sheet1.xml"); undefined for chart sheets and other kinds. */
  part: string | undefined;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** What Clearway needs to know of a workbook package to read a sheet and to add or replace its own. */
export interface WorkbookStructure {
  workbookPart: string;
  workbookXml: string;
  /** Namespace prefix of workbook.xml's elements ("" nearly always). */
  prefix: string;
  relsXml: string;
  relationships: Relationship[];
  contentTypesXml: string;
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStringsPart: string | undefined;
  stylesPart: string | undefined;
  /** Sheets Clearway wrote in an earlier check (by their marks). */
  clearwaySheets: SheetMark[];
}

/** The package is a zip but not an Excel workbook (or one Clearway cannot find its way around). */
export class NotAWorkbookError extends Error {
  override name = "NotAWorkbookError";
}

export function relationshipsOf(relsXml: string): Relationship[] {
  const prefix = rootPrefix(relsXml, "Relationships");
  return [...tagsOf(relsXml, prefix, "Relationship")].map(({ tag }) => {
    const a = attributesOf(tag);
    return {
      id: a.get("Id") ?? "",
      type: a.get("Type") ?? "",
      target: a.get("Target") ?? "",
      external: a.get("TargetMode") === "External",
    };
  });
}

const isType = (relationship: Relationship, kind: string) => relationship.type.endsWith(`/${kind}`);

export async function readWorkbookStructure(zip: PartReader): Promise<WorkbookStructure> {
  if (!zip.has("[Content_Types].xml") || !zip.has("_rels/.rels"))
    throw new NotAWorkbookError("it holds no Office document parts");
  const rootRels = relationshipsOf(await zip.text("_rels/.rels"));
  const office = rootRels.find((r) => isType(r, "officeDocument"));
  if (!office) throw new NotAWorkbookError("it holds no Office document");
  const workbookPart = resolveTarget("", office.target);
  if (!zip.has(workbookPart)) throw new NotAWorkbookError(`its document part ${workbookPart} is missing`);
  const workbookXml = await zip.text(workbookPart);
  const prefix = rootPrefix(workbookXml, "workbook");
  if (!new RegExp(`<${prefix}workbook[\\s>]`).test(workbookXml))
    throw new NotAWorkbookError("its document is not a workbook (a Word or PowerPoint file?)");
  const relsPart = relsPartOf(workbookPart);
  const relsXml = zip.has(relsPart) ? await zip.text(relsPart) : "";
  const relationships = relationshipsOf(relsXml);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [...tagsOf(workbookXml, prefix, "sheet")].map(({ tag }) => {
    const a = attributesOf(tag);
    const relId = attributeByLocalName(a, "id") ?? "";
    const relationship = byId.get(relId);
    const state = a.get("state");
    return {
      name: a.get("name") ?? "",
      sheetId: Number(a.get("sheetId") ?? 0),
      relId,
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      part:
        relationship && isType(relationship, "worksheet") && !relationship.external
          ? resolveTarget(workbookPart, relationship.target)
          : undefined,
    };
  });
  const workbookPr = [...tagsOf(workbookXml, prefix, "workbookPr")][0];
  const date1904 = workbookPr ? /^(1|true)$/.test(attributesOf(workbookPr.tag).get("date1904") ?? "") : false;
  const partOf = (kind: string) => {
    const r = relationships.find((candidate) => isType(candidate, kind) && !candidate.external);
    return r ? resolveTarget(workbookPart, r.target) : undefined;
  };
  return {
    workbookPart,
    workbookXml,
    prefix,
    relsXml,
    relationships,
    contentTypesXml: await zip.text("[Content_Types].xml"),
    sheets,
    date1904,
    sharedStringsPart: partOf("sharedStrings"),
    stylesPart: partOf("styles"),
    clearwaySheets: sheetMarks(workbookXml, prefix),
  };
}
