import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import type { PlanCheck } from "../plan/checkPlan";
import type { ReportSheet } from "../plan/workbookReport";
import { annotatedCsv } from "./annotatedCsv";
import { PlanFileError, type PlanFile } from "./planFile";
import { writeThroughTemporary } from "./temporaryOutput";
import { csvWorkbook } from "./xlsx/csvWorkbook";
import { lostParts } from "./xlsx/packageComparison";
import { zipSource, type PackageSource } from "./xlsx/packageSource";
import { validSheetName } from "../plan/sheetNames";
import { openWorkbookFile } from "./xlsx/workbookFile";
import { writeAnnotatedPackage } from "./xlsx/workbookPatcher";
import { ZipWriter } from "./xlsx/zipWriter";

async function writePackage(
  source: PackageSource,
  planSheet: string,
  check: PlanCheck,
  sheets: readonly ReportSheet[],
  temporary: string,
  where: string,
) {
  const writer = new ZipWriter(createWriteStream(temporary));
  try {
    const result = await writeAnnotatedPackage(source, planSheet, check, sheets, writer);
    await writer.finish();
    return result;
  } catch (error) {
    await writer.abort();
    // File system errors are worded by the caller; anything else is a workbook Clearway cannot annotate.
    if ((error as NodeJS.ErrnoException).code || error instanceof PlanFileError) throw error;
    throw new PlanFileError(
      `${where}: the annotated copy could not be made, so nothing was written (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** The annotated copy is a CSV file: one sheet, so no details sheet, and every finding whole in its Issues cells. */
export const isCsvCopy = (out: string): boolean => out.toLowerCase().endsWith(".csv");

/**
 * Writes the annotated copy (through a temporary file, so a failed write leaves nothing behind) and
 * returns what the user must be told about it; Clearway's sheets are those the check chose. An .xlsx
 * plan's package is carried over part by part; the copy is compared with the input before it takes
 * its name, and refused if any part went missing.
 */
export async function writeAnnotated(
  file: PlanFile,
  check: PlanCheck,
  sheets: readonly ReportSheet[],
  out: string,
): Promise<string[]> {
  let notes: string[] = [];
  await writeThroughTemporary(out, async (temporary) => {
    if (isCsvCopy(out)) {
      await writeFile(temporary, annotatedCsv(file, check));
    } else if (file.kind !== "xlsx") {
      // A CSV plan written as .xlsx: a workbook holding the plan, then annotated like any other.
      const sheetName = validSheetName(file.sheetName);
      notes = (await writePackage(csvWorkbook(sheetName, file.grid), sheetName, check, sheets, temporary, file.path))
        .notes;
    } else {
      const workbook = await openWorkbookFile(file.path);
      try {
        const result = await writePackage(zipSource(workbook.zip), file.sheetName, check, sheets, temporary, file.path);
        notes = result.notes;
        const lost = await lostParts(workbook.zip, temporary, result.changedParts);
        if (lost.length)
          throw new PlanFileError(
            `${file.path}: the annotated copy would lose ${lost.join(", ")}, so it was not written`,
          );
      } finally {
        workbook.zip.close();
      }
    }
  });
  return notes;
}
