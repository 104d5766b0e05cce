import type { Grid } from "../../plan/cellValue";
import { cellXml, columnLetters } from "./cellXml";
import { MINIMAL_STYLES } from "./outputStyles";
import { madeSource, type PackageSource } from "./packageSource";
import { escapeXml } from "./xmlText";

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A one-sheet workbook package holding a CSV plan as read, made part by part (the sheet row by row). */
export function csvWorkbook(sheetName: string, grid: Grid): PackageSource {
  const width = Math.max(1, ...grid.map((row) => row.length));
  function* sheet(): Generator<string> {
    yield `${XML_HEADER}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:${columnLetters(width - 1)}${Math.max(1, grid.length)}"/><sheetData>`;
    for (let r = 0; r < grid.length; r++) {
      const cells = grid[r]!.map((value, c) => cellXml(`${columnLetters(c)}${r + 1}`, value ?? null, 0, 0)).join("");
      if (cells) yield `<row r="${r + 1}">${cells}</row>`;
    }
    yield "</sheetData></worksheet>";
  }
  return madeSource(
    new Map<string, string | (() => Iterable<string>)>([
      [
        "[Content_Types].xml",
        `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
      ],
      [
        "_rels/.rels",
        `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ],
      [
        "xl/workbook.xml",
        `${XML_HEADER}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ],
      [
        "xl/_rels/workbook.xml.rels",
        `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
      ],
      ["xl/styles.xml", MINIMAL_STYLES],
      ["xl/worksheets/sheet1.xml", sheet],
    ]),
  );
}
