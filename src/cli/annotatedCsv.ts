import type { DecimalMark } from "../plan/cellParsing";
import type { CellValue } from "../plan/cellValue";
import type { PlanCheck } from "../plan/checkPlan";
import type { CsvDelimiter } from "./csvDialect";
import type { PlanFile } from "./planFile";

const BOM = "\uFEFF";
// Excel ends every record with CRLF.
const RECORD_END = "\r\n";
// Clearway's multi-line cells (permits, issues) go on one line, so that line N of the copy is line N of the plan.
const LINE_JOIN = " | ";

/** A field quoted when it holds the delimiter, a quote or a line break, as Excel writes it. */
function csvField(text: string, delimiter: CsvDelimiter): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One of Clearway's own cells as CSV text. Text a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return: OWASP's CSV-injection list) gets the apostrophe that keeps it
 * text, also where a message repeats the plan's own text; its lines are joined on one line; numbers
 * use the file's decimal mark.
 */
export function clearwayField(value: CellValue, delimiter: CsvDelimiter, decimalMark: DecimalMark): string {
  if (value === null) return "";
  if (typeof value === "number") return decimalMark === "comma" ? String(value).replace(".", ",") : String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return csvField(text.replace(/\r?\n|\r/g, LINE_JOIN), delimiter);
}

/** A cell of an .xlsx plan as CSV text, as it appears in the sheet (dates as ISO dates); the plan's own text is not changed. */
function workbookField(value: CellValue, delimiter: CsvDelimiter): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return csvField(String(value), delimiter);
}

/**
 * The plan with the output block as extra columns, as CSV that Excel opens in columns: UTF-8 with
 * a BOM, CRLF line ends, and a CSV plan's own delimiter and decimal mark. Every field of a CSV plan
 * is written back exactly as it was read; row N of the copy is row N of the plan, blank rows
 * included. Only the block's columns, from the header row down, are Clearway's.
 */
export function annotatedCsv(file: PlanFile, check: PlanCheck): Buffer {
  const { delimiter, decimalMark } =
    file.kind === "csv" ? file.csv.dialect : { delimiter: "," as const, decimalMark: "point" as const };
  const rows =
    file.kind === "csv" ? file.csv.raw : file.grid.map((row) => row.map((cell) => workbookField(cell, delimiter)));
  const first = check.outputColumn;
  const lines = rows.map((row, r) => {
    const block = r >= check.detection.headerRow ? check.outputBlock[r - check.detection.headerRow] : undefined;
    if (!block) return row.join(delimiter);
    const fields = [...row];
    if (block.every((value) => value === null)) {
      // A blank row keeps its fields; a block left by an earlier check is cleared.
      for (let c = first; c < Math.min(fields.length, first + block.length); c++) fields[c] = "";
    } else {
      while (fields.length < first + block.length) fields.push("");
      block.forEach((value, index) => (fields[first + index] = clearwayField(value, delimiter, decimalMark)));
    }
    return fields.join(delimiter);
  });
  return Buffer.from(BOM + lines.map((line) => line + RECORD_END).join(""), "utf8");
}
