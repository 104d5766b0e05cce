/** A CSV text as records of fields, each field both as written (`raw`, quotes included) and as meant (`value`). */
export interface CsvRecords {
  /** The fields exactly as the file has them, so that they can be written back unchanged. */
  raw: string[][];
  /** The fields unquoted ("" for an empty field). */
  values: string[][];
}

/** A quote the file does not close, or text after a closing quote; `line` is the file's line (1-based). */
export class CsvQuoteError extends Error {
  override name = "CsvQuoteError";
  constructor(
    readonly line: number,
    readonly problem: "unclosed" | "text-after-quote",
  ) {
    super(
      problem === "unclosed"
        ? `line ${line}: a quoted field is not closed`
        : `line ${line}: text follows the closing quote of a field`,
    );
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

/**
 * Splits CSV text into records as Excel reads it: fields quoted with `"` may hold the delimiter,
 * doubled quotes and line breaks; a quote inside an unquoted field is an ordinary character
 * ("5" vial"); line ends are CRLF, LF or CR, and a blank line is a record of one empty field.
 * A quoted field that is never closed, or text after a closing quote, throws a CsvQuoteError
 * naming the line. `maxRecords` stops early (for sniffing the delimiter).
 */
export function csvRecords(text: string, delimiter: string, maxRecords = Infinity): CsvRecords {
  const separator = delimiter.charCodeAt(0);
  const raw: string[][] = [];
  const values: string[][] = [];
  const length = text.length;
  let i = 0;
  let line = 1;
  while (i < length && raw.length < maxRecords) {
    const rawFields: string[] = [];
    const fields: string[] = [];
    for (;;) {
      const start = i;
      if (text.charCodeAt(i) === QUOTE) {
        let end = i + 1;
        for (;;) {
          const close = text.indexOf('"', end);
          if (close < 0) throw new CsvQuoteError(line, "unclosed");
          if (text.charCodeAt(close + 1) === QUOTE) end = close + 2;
          else {
            end = close;
            break;
          }
        }
        const fieldLine = line;
        const inner = text.slice(start + 1, end);
        if (inner.includes("\n") || inner.includes("\r")) line += lineBreaks(text, start, end);
        i = end + 1;
        const next = text.charCodeAt(i);
        if (i < length && next !== separator && next !== CR && next !== LF)
          throw new CsvQuoteError(fieldLine, "text-after-quote");
        rawFields.push(text.slice(start, i));
        fields.push(inner.includes('"') ? inner.replace(/""/g, '"') : inner);
      } else {
        while (i < length) {
          const code = text.charCodeAt(i);
          if (code === separator || code === CR || code === LF) break;
          i++;
        }
        const field = text.slice(start, i);
        rawFields.push(field);
        fields.push(field);
      }
      if (i < length && text.charCodeAt(i) === separator) {
        i++;
        continue;
      }
      // End of the record: its line end, or the end of the text.
      if (text.charCodeAt(i) === CR) i++;
      if (text.charCodeAt(i) === LF) i++;
      line++;
      break;
    }
    raw.push(rawFields);
    values.push(fields);
  }
  return { raw, values };
}
