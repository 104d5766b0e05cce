import iconv from "iconv-lite";
import { PlanFileError } from "./planFile";

/** How a CSV file's bytes were turned into text, as the check's header line names it. */
export type CsvEncoding =
  "UTF-8" | "UTF-8 with BOM" | "UTF-16 LE with BOM" | "UTF-16 BE with BOM" | "UTF-16 LE" | "UTF-16 BE" | "Windows-1252";

const SAMPLE_BYTES = 4096;

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Text-looking bytes with a NUL in every other place are UTF-16 without a BOM; which half holds the NULs says the byte order. */
function utf16WithoutBom(bytes: Uint8Array): "UTF-16 LE" | "UTF-16 BE" | null {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (length < 2) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = length / 2;
  // Latin text in UTF-16 has a NUL in nearly every pair, always on the same side.
  if (oddNuls >= pairs * 0.5 && evenNuls <= pairs * 0.02) return "UTF-16 LE";
  if (evenNuls >= pairs * 0.5 && oddNuls <= pairs * 0.02) return "UTF-16 BE";
  return null;
}

/** What a file that is not text is, for the refusal: the common ones by their signature. */
function binaryKind(bytes: Uint8Array): string {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 65536))).toString("latin1");
    return head.includes("xl/") || head.includes("[Content_Types].xml")
      ? "an Excel workbook (.xlsx) named .csv: rename it to .xlsx, or save it from Excel as CSV"
      : "a zip archive, not a CSV file";
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0))
    return "an old-format Excel workbook (.xls) named .csv: save it from Excel as .xlsx or CSV";
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return "a PDF document, not a CSV file";
  return "not a text file (it holds NUL bytes, as binary files do): save the plan from Excel as CSV";
}

// iconv-lite, not TextDecoder: Node's TextDecoder decodes "windows-1252" as Latin-1 (0x80 is not the euro sign there).
function decode(bytes: Uint8Array, encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252"): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
}

/**
 * A CSV file's text and how it was encoded: a BOM decides (UTF-8, UTF-16 LE/BE); without one,
 * UTF-16 is recognised by its NUL bytes, valid UTF-8 is UTF-8, and anything else is Windows-1252,
 * which is what Excel's "CSV (Comma delimited)" writes on Windows. Files that are not text are refused.
 */
export function decodeCsvBytes(bytes: Uint8Array, file: string): { text: string; encoding: CsvEncoding } {
  let decoded: { text: string; encoding: CsvEncoding };
  if (startsWith(bytes, 0xef, 0xbb, 0xbf))
    decoded = { text: decode(bytes.subarray(3), "utf-8"), encoding: "UTF-8 with BOM" };
  else if (startsWith(bytes, 0xff, 0xfe))
    decoded = { text: decode(bytes.subarray(2), "utf-16le"), encoding: "UTF-16 LE with BOM" };
  else if (startsWith(bytes, 0xfe, 0xff))
    decoded = { text: decode(bytes.subarray(2), "utf-16be"), encoding: "UTF-16 BE with BOM" };
  else {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) decoded = { text: decode(bytes, utf16 === "UTF-16 LE" ? "utf-16le" : "utf-16be"), encoding: utf16 };
    else if (bytes.includes(0) || startsWith(bytes, 0x50, 0x4b, 0x03, 0x04))
      throw new PlanFileError(`${file} is ${binaryKind(bytes)}`);
    else {
      try {
        decoded = { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
      } catch {
        decoded = { text: decode(bytes, "windows-1252"), encoding: "Windows-1252" };
      }
    }
  }
  if (decoded.text === "")
    throw new PlanFileError(
      `${file} holds only a byte-order mark (${decoded.encoding.replace(" with BOM", "")}) and no text: the file is empty`,
    );
  if (decoded.text.trim() === "") throw new PlanFileError(`${file} holds no text, only blank lines or spaces`);
  return decoded;
}
