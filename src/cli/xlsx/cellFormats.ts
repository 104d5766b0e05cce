import { attributesOf, rootPrefix, tagsOf } from "./xmlText";

/** What reading needs of each cell format (styles.xml cellXfs, by index): is it a date, a percentage. */
export interface CellFormats {
  isDate: boolean[];
  isPercent: boolean[];
}

// Excel's built-in date and time formats (ECMA-376 18.8.30, with the East Asian ones).
const BUILT_IN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);
const BUILT_IN_PERCENT_IDS = new Set([9, 10]);

/** A number format shows a date when, without its colours, locales and quoted text, it has date or time letters. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "");
  return /[ymdhsb]/i.test(bare.replace(/General/gi, ""));
}

export function cellFormatsOf(stylesXml: string): CellFormats {
  const prefix = rootPrefix(stylesXml, "styleSheet");
  const codes = new Map<number, string>();
  for (const { tag } of tagsOf(stylesXml, prefix, "numFmt")) {
    const a = attributesOf(tag);
    codes.set(Number(a.get("numFmtId")), a.get("formatCode") ?? "");
  }
  const formats: CellFormats = { isDate: [], isPercent: [] };
  const start = new RegExp(`<${prefix}cellXfs[\\s>]`).exec(stylesXml);
  if (!start) return formats;
  const end = stylesXml.indexOf(`</${prefix}cellXfs>`, start.index);
  const block = stylesXml.slice(start.index + start[0].length, end < 0 ? undefined : end);
  for (const { tag } of tagsOf(block, prefix, "xf")) {
    const id = Number(attributesOf(tag).get("numFmtId") ?? 0);
    const code = codes.get(id);
    formats.isDate.push(code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_IDS.has(id));
    formats.isPercent.push(
      code !== undefined ? code.replace(/"[^"]*"/g, "").includes("%") : BUILT_IN_PERCENT_IDS.has(id),
    );
  }
  return formats;
}
