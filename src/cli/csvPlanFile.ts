import type { CellValue, Grid } from "../plan/cellValue";
import { decodeCsvBytes } from "./csvEncoding";
import { detectDecimalMark, detectDelimiter, type CsvDialect } from "./csvDialect";
import { CsvQuoteError, csvRecords } from "./csvRecords";
import { PlanFileError } from "./planFile";

/** A CSV file read: the cells the plan layer reads, the fields as written (to write them back unchanged) and the dialect. */
export interface CsvTable {
  grid: Grid;
  /** Row by row, each field exactly as the file has it, quotes included. */
  raw: string[][];
  dialect: CsvDialect;
}

/** A field as the plan layer sees it: empty is no value, and the apostrophe that keeps a formula-looking text as text is not part of it. */
function cellValue(field: string): CellValue {
  if (field === "") return null;
  return /^'[=+\-@\t\r]/.test(field) ? field.slice(1) : field;
}

function quoteProblem(file: string, error: CsvQuoteError): PlanFileError {
  const what =
    error.problem === "unclosed"
      ? "a quoted field is not closed"
      : 'text follows the closing quote of a field (a quote inside a quoted field is written twice: "")';
  return new PlanFileError(
    `${file} line ${error.line}: ${what}; check the quotes on that line or save the file again from Excel`,
  );
}

/**
 * Reads a CSV file as Excel and planners write it: the encoding (UTF-8 with or without BOM,
 * UTF-16, Windows-1252), the delimiter (`,` `;` tab) and the decimal mark are detected. Every
 * record is a row, blank lines and title lines included, so row N is the file's row N.
 */
export function readCsvTable(bytes: Uint8Array, file: string): CsvTable {
  const { text, encoding } = decodeCsvBytes(bytes, file);
  const delimiter = detectDelimiter(text);
  let records;
  try {
    records = csvRecords(text, delimiter);
  } catch (error) {
    if (error instanceof CsvQuoteError) throw quoteProblem(file, error);
    throw error;
  }
  const dialect: CsvDialect = { encoding, delimiter, decimalMark: detectDecimalMark(records.values, delimiter) };
  return { grid: records.values.map((record) => record.map(cellValue)), raw: records.raw, dialect };
}
