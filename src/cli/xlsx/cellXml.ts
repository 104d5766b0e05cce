import type { CellValue } from "../../plan/cellValue";
import { escapeXml } from "./xmlText";

/** Excel refuses a cell of more than 32,767 characters. */
const MAX_CELL_TEXT = 32_767;

/** 0 -> "A", 27 -> "AB". */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function serialOfDate(date: Date, date1904 = false): number {
  return date.getTime() / 86_400_000 + (date1904 ? 24107 : 25569);
}

/**
 * One cell as sheet XML. Text is an inline string, so the shared strings part need not change,
 * and it is never a formula, whatever it starts with.
 */
export function cellXml(reference: string, value: CellValue, style: number, dateStyle: number): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null) return style ? `<c r="${reference}"${s}/>` : "";
  if (typeof value === "number" && Number.isFinite(value)) return `<c r="${reference}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${reference}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value instanceof Date) return `<c r="${reference}" s="${dateStyle}"><v>${serialOfDate(value)}</v></c>`;
  let text = String(value);
  if (text.length > MAX_CELL_TEXT) text = `${text.slice(0, MAX_CELL_TEXT - 1)}…`;
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${reference}"${s} t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
}
