import type { DecimalMark, Parsed } from "./cellParsing";
import { cellText, type CellValue } from "./cellValue";

/**
 * An HS code of 4 to 10 digits, dots and spaces dropped. Typed as a number, 3004.90 arrives as
 * 3004.9 (or "3004,9" from a decimal-comma file): the dropped zero of the subheading is put back.
 */
export function parseHsCode(value: CellValue, decimalMark: DecimalMark): Parsed<string> {
  const typed =
    typeof value === "number"
      ? String(value)
      : decimalMark === "comma" && /^\d+,\d+$/.test(cellText(value))
        ? cellText(value).replace(",", ".")
        : undefined;
  const [whole = "", fraction] = typed === undefined ? [] : typed.split(".");
  const digits =
    typed !== undefined && fraction !== undefined && whole.length % 2 === 0
      ? whole + fraction.padEnd(2, "0")
      : cellText(value).replace(/[\s.]/g, "");
  return /^\d{4,10}$/.test(digits)
    ? { ok: true, value: digits }
    : { ok: false, message: `"${cellText(value)}" is not an HS code (4 to 10 digits)` };
}
