/** What a sheet cell holds once read from Excel, exceljs or a CSV file. */
export type CellValue = string | number | boolean | Date | null;

/** A sheet as rows of cells; row 0 is sheet row 1 unless an offset says otherwise. */
export type Grid = CellValue[][];

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The cell as display text (for headers and messages). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  // An invalid date (a corrupt cell) is shown as such rather than throwing while the header is searched.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString().slice(0, 10);
  return String(value).trim();
}
