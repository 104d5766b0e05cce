import type { Status } from "../../domain/status";
import { STATUS_FILL } from "../../plan/statusColours";
import { styleKey, type ReportStyle } from "../../plan/workbookReport";
import { attributesOf, escapeXml, rootPrefix } from "./xmlText";

/** The cell formats (cellXfs indexes) Clearway's cells use, added to the workbook's styles.xml. */
export interface OutputStyles {
  header: number;
  date: number;
  statusFill: Record<Status, number>;
  /** By number format code ("#,##0.00"). */
  money: ReadonlyMap<string, number>;
  /** The report's styles, by styleKey. */
  report: ReadonlyMap<string, number>;
}

/** A styles.xml for a package that has none (and for a CSV plan written as .xlsx). */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

interface ListBlock {
  start: number;
  end: number;
  items: string[];
  openTag: string;
}

/**
 * Edits styles.xml by appending to its lists; an entry Clearway added in an earlier check is found
 * again by its exact text, so checking a checked plan adds nothing.
 */
class StyleSheetEditor {
  readonly prefix: string;
  constructor(public xml: string) {
    this.prefix = rootPrefix(xml, "styleSheet");
  }

  private block(list: string, item: string): ListBlock | undefined {
    const p = this.prefix;
    const open = new RegExp(`<${p}${list}(?=[\\s>/])[^>]*>`).exec(this.xml);
    if (!open) return undefined;
    if (open[0].endsWith("/>"))
      return { start: open.index, end: open.index + open[0].length, items: [], openTag: open[0] };
    const close = this.xml.indexOf(`</${p}${list}>`, open.index);
    const inner = this.xml.slice(open.index + open[0].length, close);
    const items = [
      ...inner.matchAll(new RegExp(`<${p}${item}(?=[\\s>/])[^>]*?(?:/>|>[\\s\\S]*?</${p}${item}>)`, "g")),
    ].map((m) => m[0]);
    return { start: open.index, end: close + `</${p}${list}>`.length, items, openTag: open[0] };
  }

  /** The index of `itemXml` in the list, appending it (and fixing the count) when absent. */
  findOrAppend(list: string, item: string, itemXml: string, createBefore: string[]): number {
    const p = this.prefix;
    const block = this.block(list, item);
    if (block) {
      const found = block.items.indexOf(itemXml);
      if (found >= 0) return found;
      const items = [...block.items, itemXml];
      const openTag = block.openTag
        .replace(/\/>$/, ">")
        .replace(/\scount="\d*"/, "")
        .replace(/^(<[^\s>/]+)/, `$1 count="${items.length}"`);
      this.xml =
        this.xml.slice(0, block.start) + openTag + items.join("") + `</${p}${list}>` + this.xml.slice(block.end);
      return items.length - 1;
    }
    const element = `<${p}${list} count="1">${itemXml}</${p}${list}>`;
    const before = new RegExp(`<${p}(${createBefore.join("|")})(?=[\\s>/])|</${p}styleSheet>`).exec(this.xml);
    const at = before ? before.index : this.xml.length;
    this.xml = this.xml.slice(0, at) + element + this.xml.slice(at);
    return 0;
  }

  /** The id of a custom number format with this code, adding one when absent. */
  numberFormatId(code: string): number {
    const ids: number[] = [];
    for (const tag of this.block("numFmts", "numFmt")?.items ?? []) {
      const a = attributesOf(tag);
      if (a.get("formatCode") === code) return Number(a.get("numFmtId"));
      ids.push(Number(a.get("numFmtId")));
    }
    const id = Math.max(163, ...ids) + 1;
    this.findOrAppend("numFmts", "numFmt", `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`, [
      "fonts",
      "fills",
      "borders",
      "cellStyleXfs",
      "cellXfs",
    ]);
    return id;
  }

  /** The default font (the first) with bold added. */
  boldFont(): string {
    const p = this.prefix;
    const first = this.block("fonts", "font")?.items[0];
    if (!first || first.endsWith("/>")) return `<${p}font><${p}b/></${p}font>`;
    const open = /^<[^>]*>/.exec(first)![0];
    return open + `<${p}b/>` + first.slice(open.length).replace(new RegExp(`<${p}b\\s*/>`), "");
  }

  /** The default font, bold and 14 points: a sheet's title line. */
  titleFont(): string {
    const p = this.prefix;
    const bold = this.boldFont();
    return new RegExp(`<${p}sz\\b`).test(bold)
      ? bold.replace(new RegExp(`<${p}sz\\s+val="[^"]*"\\s*/>`), `<${p}sz val="14"/>`)
      : bold.replace(new RegExp(`<${p}b/>`), `<${p}b/><${p}sz val="14"/>`);
  }

  /** The cell format of one report style, appended when absent. */
  reportXf(style: ReportStyle, fonts: { bold: number; title: number }): number {
    const p = this.prefix;
    const numFmtId = style.numberFormat ? this.numberFormatId(style.numberFormat) : 0;
    const fontId = style.title ? fonts.title : style.bold ? fonts.bold : 0;
    const fillId = style.fill
      ? this.findOrAppend(
          "fills",
          "fill",
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${style.fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
          ["borders"],
        )
      : 0;
    const applied = [
      numFmtId ? ' applyNumberFormat="1"' : "",
      fontId ? ' applyFont="1"' : "",
      fillId ? ' applyFill="1"' : "",
      style.wrap || style.top ? ' applyAlignment="1"' : "",
    ].join("");
    const open = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applied}`;
    // Wrapped text starts at the top of its cell, so the key line is the one seen first.
    const alignment = style.wrap
      ? `<${p}alignment vertical="top" wrapText="1"/>`
      : style.top
        ? `<${p}alignment vertical="top"/>`
        : "";
    const xml = alignment ? `${open}>${alignment}</${p}xf>` : `${open}/>`;
    return this.findOrAppend("cellXfs", "xf", xml, ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"]);
  }
}

/** styles.xml with Clearway's formats present, and their indexes. */
export function withOutputStyles(
  stylesXml: string,
  moneyFormats: Iterable<string>,
  reportStyles: Iterable<ReportStyle> = [],
): { xml: string; styles: OutputStyles } {
  const editor = new StyleSheetEditor(stylesXml);
  const p = editor.prefix;
  const xf = (attributes: string) =>
    editor.findOrAppend("cellXfs", "xf", `<${p}xf ${attributes} borderId="0" xfId="0"/>`, [
      "cellStyles",
      "dxfs",
      "tableStyles",
      "colors",
      "extLst",
    ]);
  const boldFontId = editor.findOrAppend("fonts", "font", editor.boldFont(), ["fills"]);
  const header = xf(`numFmtId="0" fontId="${boldFontId}" fillId="0" applyFont="1"`);
  const date = xf('numFmtId="14" fontId="0" fillId="0" applyNumberFormat="1"');
  const statusFill = Object.fromEntries(
    (Object.entries(STATUS_FILL) as Array<[Status, string]>).map(([status, argb]) => {
      const fillId = editor.findOrAppend(
        "fills",
        "fill",
        `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
        ["borders"],
      );
      return [status, xf(`numFmtId="0" fontId="0" fillId="${fillId}" applyFill="1"`)];
    }),
  ) as Record<Status, number>;
  // The usual money formats come first, so their indexes do not depend on the currencies of one check.
  const money = new Map<string, number>();
  for (const code of ["#,##0", "#,##0.00", "#,##0.000", ...moneyFormats]) {
    if (!money.has(code))
      money.set(code, xf(`numFmtId="${editor.numberFormatId(code)}" fontId="0" fillId="0" applyNumberFormat="1"`));
  }
  const fonts = { bold: boldFontId, title: editor.findOrAppend("fonts", "font", editor.titleFont(), ["fills"]) };
  const report = new Map<string, number>();
  for (const style of reportStyles) {
    const key = styleKey(style);
    if (!report.has(key)) report.set(key, editor.reportXf(style, fonts));
  }
  return { xml: editor.xml, styles: { header, date, statusFill, money, report } };
}
