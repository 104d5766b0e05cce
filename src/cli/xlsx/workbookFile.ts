import { open } from "node:fs/promises";
import type { Grid } from "../../plan/cellValue";
import { cellFormatsOf, type CellFormats } from "./cellFormats";
import { readSharedStrings } from "./sharedStrings";
import { readSheetGrid, TooManyRowsError } from "./sheetGridReader";
import { NotAWorkbookError, readWorkbookStructure, type SheetEntry, type WorkbookStructure } from "./workbookStructure";
import { ZipArchive } from "./zipArchive";

/** Plans larger than this are refused up front, with a word on how to split them. */
export const MAX_PLAN_ROWS = 250_000;
/** Uncompressed size of one sheet's XML; a 100,000-row plan of 15 columns takes about 60 MB. */
export const MAX_SHEET_XML_BYTES = 1024 ** 3;

/** Why a file cannot be read as a workbook, as the end of a sentence that starts with the file's name. */
export class WorkbookFileError extends Error {
  override name = "WorkbookFileError";
}

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

/** An .xlsx package opened for reading. */
export interface WorkbookFile {
  zip: ZipArchive;
  structure: WorkbookStructure;
}

async function firstBytes(file: string, length: number): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** An OLE compound file: a password-protected .xlsx (it holds an EncryptionInfo stream) or an old .xls. */
async function describeCompoundFile(file: string): Promise<string> {
  const handle = await open(file, "r");
  try {
    // Stream names sit in the directory sectors as UTF-16; the directory is small and near the start or the end.
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.min(size, 64 * 1024 * 1024));
    await handle.read(buffer, 0, buffer.length, 0);
    if (buffer.includes(Buffer.from("EncryptionInfo", "utf16le")))
      return "is password-protected: save an unprotected copy (File > Info > Protect Workbook > Encrypt with Password, clear the password) and check that";
    if (buffer.includes(Buffer.from("Workbook", "utf16le")) || buffer.includes(Buffer.from("Book", "utf16le")))
      return "is in the old Excel 97-2003 format (.xls) although it is named .xlsx: open it in Excel and save it as an Excel Workbook (.xlsx)";
    return "is an OLE compound document, not an Excel workbook (.xlsx)";
  } finally {
    await handle.close();
  }
}

/** Opens an .xlsx package, or says in plain words what the file is instead. */
export async function openWorkbookFile(file: string): Promise<WorkbookFile> {
  const start = await firstBytes(file, 8);
  if (start.equals(OLE_SIGNATURE)) throw new WorkbookFileError(await describeCompoundFile(file));
  if (start[0] !== 0x50 || start[1] !== 0x4b)
    throw new WorkbookFileError("is not an Excel workbook (.xlsx), although it is named like one");
  let zip: ZipArchive;
  try {
    zip = await ZipArchive.open(file);
  } catch {
    throw new WorkbookFileError(
      "is damaged: it starts like an Excel workbook but its zip directory cannot be read (was it copied only in part?)",
    );
  }
  try {
    if (zip.has("mimetype") && (await zip.text("mimetype")).trim().startsWith(ODS_MIMETYPE))
      throw new WorkbookFileError(
        "is an OpenDocument spreadsheet (.ods) named .xlsx: save it as an Excel Workbook (.xlsx)",
      );
    return { zip, structure: await readWorkbookStructure(zip) };
  } catch (error) {
    zip.close();
    if (error instanceof WorkbookFileError) throw error;
    if (error instanceof NotAWorkbookError)
      throw new WorkbookFileError(`is a zip archive but not an Excel workbook: ${error.message}`);
    throw new WorkbookFileError("is damaged: a part of its package cannot be read");
  }
}

const sharedStringsCache = new WeakMap<WorkbookFile, Promise<string[]>>();
const formatsCache = new WeakMap<WorkbookFile, Promise<CellFormats>>();

/** The worksheets of a workbook (chart sheets and the like are left out). */
export function worksheetsOf(workbook: WorkbookFile): SheetEntry[] {
  return workbook.structure.sheets.filter((sheet) => sheet.part !== undefined && workbook.zip.has(sheet.part));
}

/** A sheet's cells as a grid; refuses a sheet too large to check up front, or once it passes the row limit. */
export async function readWorksheet(
  workbook: WorkbookFile,
  sheet: SheetEntry,
  options: { percentAsText?: boolean } = {},
): Promise<Grid> {
  const { zip, structure } = workbook;
  const entry = zip.entry(sheet.part!)!;
  const tooLarge = `sheet "${sheet.name}" is too large to check in one run (more than ${MAX_PLAN_ROWS.toLocaleString("en")} rows or ${MAX_SHEET_XML_BYTES / 1024 ** 3} GB of sheet data): split the plan into several workbooks of at most ${MAX_PLAN_ROWS.toLocaleString("en")} rows and check each`;
  if (entry.uncompressedSize > MAX_SHEET_XML_BYTES) throw new WorkbookFileError(tooLarge);
  if (!sharedStringsCache.has(workbook))
    sharedStringsCache.set(
      workbook,
      structure.sharedStringsPart && zip.has(structure.sharedStringsPart)
        ? readSharedStrings(zip.textChunks(structure.sharedStringsPart))
        : Promise.resolve([]),
    );
  if (!formatsCache.has(workbook))
    formatsCache.set(
      workbook,
      structure.stylesPart && zip.has(structure.stylesPart)
        ? zip.text(structure.stylesPart).then(cellFormatsOf)
        : Promise.resolve({ isDate: [], isPercent: [] }),
    );
  try {
    return await readSheetGrid(zip.textChunks(sheet.part!), {
      sharedStrings: await sharedStringsCache.get(workbook)!,
      formats: await formatsCache.get(workbook)!,
      date1904: structure.date1904,
      percentAsText: options.percentAsText,
      maxRows: MAX_PLAN_ROWS,
    });
  } catch (error) {
    if (error instanceof TooManyRowsError) throw new WorkbookFileError(tooLarge);
    if (error instanceof WorkbookFileError) throw error;
    throw new WorkbookFileError(
      `is damaged: sheet "${sheet.name}" cannot be read (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`,
    );
  }
}
