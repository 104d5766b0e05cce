import type { DecimalMark } from "../plan/cellParsing";
import type { CsvEncoding } from "./csvEncoding";
import { CsvQuoteError, csvRecords } from "./csvRecords";

export type CsvDelimiter = "," | ";" | "\t";

/** How a CSV file is written: read from the file, and used again to write the annotated copy. */
export interface CsvDialect {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  decimalMark: DecimalMark;
}

const DELIMITERS: readonly CsvDelimiter[] = [",", ";", "\t"];
const SNIFF_RECORDS = 100;

/** Excel's own hint on the first line ("sep=;") names the delimiter outright. */
function delimiterHint(text: string): CsvDelimiter | undefined {
  const hint = /^sep=(.)\r?\n/i.exec(text)?.[1];
  return DELIMITERS.find((delimiter) => delimiter === hint);
}

/** How well a delimiter splits the first records: the share of non-blank records that have the commonest field count (more than one). */
function consistency(
  text: string,
  delimiter: CsvDelimiter,
  maxRecords = SNIFF_RECORDS,
): { share: number; fields: number } {
  let counts: number[];
  try {
    counts = csvRecords(text, delimiter, maxRecords)
      .raw.filter((fields) => fields.length > 1 || fields[0]!.trim() !== "")
      .map((fields) => fields.length);
  } catch (error) {
    // A misplaced quote: judged on the records before it (none when it is on the first line), so
    // that the file is read with its delimiter and the quote is reported on its own line.
    if (error instanceof CsvQuoteError)
      return error.line > 1 && error.line - 1 < maxRecords
        ? consistency(text, delimiter, error.line - 1)
        : { share: 0, fields: 0 };
    throw error;
  }
  const tally = new Map<number, number>();
  for (const count of counts) if (count > 1) tally.set(count, (tally.get(count) ?? 0) + 1);
  let best = { share: 0, fields: 0 };
  for (const [fields, records] of tally) {
    const share = records / counts.length;
    if (share > best.share || (share === best.share && fields > best.fields)) best = { share, fields };
  }
  return best;
}

/**
 * The delimiter: the one of `,` `;` tab that splits the first records into the same number of
 * fields most consistently (quotes respected, so a delimiter inside a quoted field does not count);
 * `,` when none splits them at all.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const hinted = delimiterHint(text);
  if (hinted) return hinted;
  let best: { delimiter: CsvDelimiter; share: number; fields: number } = { delimiter: ",", share: 0, fields: 0 };
  for (const delimiter of DELIMITERS) {
    const score = consistency(text, delimiter);
    if (score.share > best.share || (score.share === best.share && score.fields > best.fields))
      best = { delimiter, ...score };
  }
  return best.delimiter;
}

// "1.234,56", "1 234,56", "1234,5", "0,75": a comma that can only be a decimal comma ("1,234" could be thousands).
const DECIMAL_COMMA = /^[-+]?(\d{1,3}([. \u00a0\u202f]\d{3})+,\d+|\d+,(\d{1,2}|\d{4,}))$/;
// "1,234.56", "12.5", "0.75": a point that can only be a decimal point ("1.234" could be thousands).
const DECIMAL_POINT = /^[-+]?(\d{1,3}(,\d{3})+\.\d+|\d+\.(\d{1,2}|\d{4,}))$/;

/**
 * The decimal mark of the numbers in the file. A comma-separated file writes a decimal point (a
 * comma there is ambiguous with thousands and stays refused). A `;`-separated file is what Excel
 * writes where the decimal mark is a comma, so a comma unless the numbers say otherwise; a
 * tab-separated file follows its numbers, a point when they say nothing.
 */
export function detectDecimalMark(values: readonly string[][], delimiter: CsvDelimiter): DecimalMark {
  if (delimiter === ",") return "point";
  let commas = 0;
  let points = 0;
  for (const record of values)
    for (const value of record) {
      const text = value.trim();
      if (DECIMAL_COMMA.test(text)) commas++;
      else if (DECIMAL_POINT.test(text)) points++;
    }
  if (delimiter === ";") return points > 0 && commas === 0 ? "point" : "comma";
  return commas > 0 && points === 0 ? "comma" : "point";
}

/** The dialect as the check's header line says it: `CSV: UTF-8 with BOM, ";"-separated, decimal comma`. */
export function describeCsvDialect(dialect: CsvDialect): string {
  const separated = dialect.delimiter === "\t" ? "tab-separated" : `"${dialect.delimiter}"-separated`;
  return `CSV: ${dialect.encoding}, ${separated}, decimal ${dialect.decimalMark}`;
}
