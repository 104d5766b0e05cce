import { isDateFormat, cellFormatsOf } from "../../../src/cli/xlsx/cellFormats";
import { sheetMarks, withSheetMarks } from "../../../src/cli/xlsx/clearwayMark";
import { withOutputStyles, MINIMAL_STYLES } from "../../../src/cli/xlsx/outputStyles";
import { readSheetGrid, TooManyRowsError } from "../../../src/cli/xlsx/sheetGridReader";
import { patchedSheet, type OutputBlock } from "../../../src/cli/xlsx/sheetPatcher";

async function* inPieces(text: string, size = 7): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

const FORMATS = { isDate: [false, true, false], isPercent: [false, false, true] };
const read = (xml: string, extra: Partial<Parameters<typeof readSheetGrid>[1]> = {}) =>
  readSheetGrid(inPieces(xml), { sharedStrings: ["Origin", "rich text"], formats: FORMATS, date1904: false, ...extra });

describe("reading a sheet's XML", () => {
  const SHEET =
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><r><t>in</t></r><r><t xml:space="preserve">line &amp; more</t></r><rPh><t>PHONETIC</t></rPh></is></c></row>' +
    '<row r="3"><c r="A3" s="1"><v>46539</v></c><c r="B3"><f>1+1</f><v>2</v></c><c r="C3" t="str"><f>"a"</f><v>a</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="e"><v>#N/A</v></c><c r="F3" s="2"><v>0.025</v></c></row>' +
    '<row r="4"><c r="A4"><v>1</v></c><c r="B4"><v>2</v></c></row>' +
    '</sheetData><mergeCells count="1"><mergeCell ref="A4:B4"/></mergeCells></worksheet>';

  it("gives shared and inline text, dates for date-formatted numbers, formula results, booleans and errors", async () => {
    const grid = await read(SHEET);
    expect(grid[0]).toEqual(["Origin", null, "inline & more"]);
    expect(grid[1]).toEqual([]);
    expect(grid[2]).toEqual([new Date("2027-06-01T00:00:00Z"), 2, "a", true, "#N/A", 0.025]);
  });

  it("reads merged cells once, in their top-left cell", async () => {
    expect((await read(SHEET))[3]).toEqual([1, null]);
  });

  it("reads a percentage as written when asked (configuration tables)", async () => {
    expect((await read(SHEET, { percentAsText: true }))[2]![5]).toBe("2.5%");
  });

  it("reads elements with a namespace prefix and cells without a reference", async () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>From</x:t></x:is></x:c><x:c><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(await read(xml)).toEqual([["From", 5]]);
  });

  it("stops at the row limit", async () => {
    await expect(read(SHEET, { maxRows: 2 })).rejects.toBeInstanceOf(TooManyRowsError);
  });

  it("knows date formats from other number formats", () => {
    expect(["yyyy-mm-dd", "d/m/yy h:mm", "[$-409]mmm d, yyyy", "[h]:mm:ss"].map(isDateFormat)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["0.00", "#,##0", '"Days" 0', "[Red]0.0", "General", "0%"].map(isDateFormat)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    const formats = cellFormatsOf(
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="10"/></cellXfs></styleSheet>',
    );
    expect(formats).toEqual({ isDate: [false, true, true, false], isPercent: [false, false, false, true] });
  });
});

describe("patching the plan sheet", () => {
  const block: OutputBlock = {
    headerRow: 1,
    firstColumn: 2,
    rows: [
      ["Status", "Issues"],
      ["ok", null],
      [null, null],
      ["error", '<bad> & "cell"'],
    ],
    style: (row, column) => (row === 0 ? 7 : column === 0 ? 8 : 0),
    dateStyle: 9,
    widths: [16, 80],
  };
  const SHEET =
    '<worksheet xmlns="main"><dimension ref="A1:B5"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="B2" sqref="B2"/></sheetView></sheetViews><cols><col min="1" max="10" width="12" customWidth="1"/></cols><sheetData>' +
    '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' +
    '<row r="2" spans="1:2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2" t="s"><v>9</v></c><c r="F2"><v>99</v></c></row>' +
    '<row r="3"><c r="A3"><v>1</v></c><c><v>2</v></c></row>' +
    '<row r="5"><c r="A5"><v>3</v></c></row>' +
    '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><drawing r:id="rId1"/></worksheet>';

  it("writes the block right of the plan, keeps every other cell, and replaces what was in the block's columns", async () => {
    const xml = await collect(patchedSheet(inPieces(SHEET), block));
    expect(xml).toContain('<row r="1"><c r="A1" t="s"><v>0</v></c></row>');
    expect(xml).toContain(
      '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2" s="7" t="inlineStr"><is><t>Status</t></is></c><c r="D2" s="7" t="inlineStr"><is><t>Issues</t></is></c><c r="F2"><v>99</v></c></row>',
    );
    expect(xml).toContain(
      '<row r="3"><c r="A3"><v>1</v></c><c r="B3"><v>2</v></c><c r="C3" s="8" t="inlineStr"><is><t>ok</t></is></c></row>',
    );
    expect(xml).toContain(
      '<row r="5"><c r="A5"><v>3</v></c><c r="C5" s="8" t="inlineStr"><is><t>error</t></is></c><c r="D5" t="inlineStr"><is><t>&lt;bad&gt; &amp; &quot;cell&quot;</t></is></c></row>',
    );
    expect(xml).toContain(
      '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><drawing r:id="rId1"/></worksheet>',
    );
  });

  it("freezes the header, sets the block's widths without losing the planner's, and grows the dimension", async () => {
    const xml = await collect(patchedSheet(inPieces(SHEET), block));
    expect(xml).toContain('<dimension ref="A1:D5"/>');
    expect(xml).toContain(
      '<sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A3" sqref="A3"/></sheetView>',
    );
    expect(xml).toContain(
      '<cols><col min="1" max="2" width="12" customWidth="1"/><col min="3" max="3" width="16" customWidth="1"/><col min="4" max="4" width="80" customWidth="1"/><col min="5" max="10" width="12" customWidth="1"/></cols>',
    );
  });

  it("gives the same XML when the patched sheet is patched again", async () => {
    const once = await collect(patchedSheet(inPieces(SHEET), block));
    expect(await collect(patchedSheet(inPieces(once, 13), block))).toBe(once);
  });
});

describe("the filter and page setup of the plan sheet", () => {
  const base: OutputBlock = {
    headerRow: 0,
    firstColumn: 2,
    rows: [
      ["Status", "Issues"],
      ["ok", null],
      ["action", "x"],
    ],
    style: () => 0,
    dateStyle: 0,
    widths: [10, 40],
    frozenColumns: 1,
    autoFilter: { firstRow: 0, lastRow: 2, firstColumn: 0, lastColumn: 3 },
    print: { orientation: "landscape", fitToWidth: 1, fitToHeight: 0, titleRows: { first: 0, last: 0 } },
    rowHeight: (offset) => (offset === 2 ? 45 : null),
  };
  const sheet = (tail: string, head = "") =>
    `<worksheet xmlns="main">${head}<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row><row r="3" ht="60" customHeight="1"><c r="A3"><v>3</v></c></row></sheetData>${tail}</worksheet>`;

  it("adds a filter over the plan's header and the block, in its place before the merges and page setup", async () => {
    const xml = await collect(
      patchedSheet(
        inPieces(
          sheet(
            '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/>',
          ),
        ),
        base,
      ),
    );
    expect(xml).toContain('<autoFilter ref="A1:D3"/><mergeCells');
    expect(xml).toContain(
      '<pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/><pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>',
    );
    expect(xml).toContain('<worksheet xmlns="main"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  });

  it("widens the planner's filter to hold the block and keeps its conditions", async () => {
    const xml = await collect(
      patchedSheet(
        inPieces(
          sheet(
            '<autoFilter ref="A1:B9"><filterColumn colId="0"><filters><filter val="2"/></filters></filterColumn></autoFilter>',
          ),
        ),
        base,
      ),
    );
    expect(xml).toContain(
      '<autoFilter ref="A1:D9"><filterColumn colId="0"><filters><filter val="2"/></filters></filterColumn></autoFilter>',
    );
  });

  it("adds no sheet filter where the sheet has a table, whose own filter stays", async () => {
    const xml = await collect(
      patchedSheet(inPieces(sheet('<tableParts count="1"><tablePart r:id="rId1"/></tableParts>')), base),
    );
    expect(xml).not.toContain("<autoFilter");
    expect(xml).toContain('<tableParts count="1"><tablePart r:id="rId1"/></tableParts>');
  });

  it("keeps the planner's paper and printer settings and sets landscape, one page wide", async () => {
    const xml = await collect(
      patchedSheet(
        inPieces(
          sheet(
            '<pageSetup paperSize="9" orientation="portrait" r:id="rId2"/>',
            '<sheetPr codeName="Plan"><tabColor rgb="FF00FF00"/></sheetPr>',
          ),
        ),
        base,
      ),
    );
    expect(xml).toContain(
      '<pageSetup paperSize="9" orientation="landscape" r:id="rId2" fitToWidth="1" fitToHeight="0"/>',
    );
    expect(xml).toContain('<sheetPr codeName="Plan"><tabColor rgb="FF00FF00"/><pageSetUpPr fitToPage="1"/></sheetPr>');
  });

  it("freezes the ID column beside the header, and never makes a row lower than the planner made it", async () => {
    const xml = await collect(patchedSheet(inPieces(sheet("")), base));
    expect(xml).toContain('<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>');
    expect(xml).toContain('<row r="3" ht="60" customHeight="1">');
    const lower = await collect(
      patchedSheet(inPieces(sheet("")), { ...base, rowHeight: (offset) => (offset === 1 ? 45 : null) }),
    );
    expect(lower).toContain('<row r="2" ht="45" customHeight="1">');
  });

  it("gives the same XML when patched again", async () => {
    const once = await collect(
      patchedSheet(inPieces(sheet('<autoFilter ref="A1:B9"/><pageSetup orientation="portrait"/>', "<sheetPr/>")), base),
    );
    expect(await collect(patchedSheet(inPieces(once, 11), base))).toBe(once);
  });
});

describe("Clearway's formats and its mark", () => {
  it("adds its formats once: a second pass finds them again", () => {
    const first = withOutputStyles(MINIMAL_STYLES, ["#,##0.00"]);
    const second = withOutputStyles(first.xml, ["#,##0.00"]);
    expect(second.xml).toBe(first.xml);
    expect(second.styles).toEqual(first.styles);
    expect(first.xml).toContain('<numFmt numFmtId="165" formatCode="#,##0.00"/>');
    expect(first.xml).toContain('<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>');
  });

  it("marks each sheet it wrote with a hidden workbook-level name referring to the sheet, and reads the marks back", () => {
    const workbook =
      '<workbook><sheets><sheet name="Plan"/><sheet name="Clearway Summary"/><sheet name="Bob\'s sources"/></sheets><definedNames><definedName name="Mine">Plan!$A$1</definedName></definedNames><calcPr/></workbook>';
    const marked = withSheetMarks(workbook, "", [
      { sheetIndex: 1, role: "Clearway Summary" },
      { sheetIndex: 2, role: "Clearway Sources" },
    ]);
    expect(marked).toContain(
      `<definedNames><definedName name="Clearway_Summary_Sheet" hidden="1">'Clearway Summary'!$A$1</definedName><definedName name="Clearway_Sources_Sheet" hidden="1">'Bob''s sources'!$A$1</definedName><definedName name="Mine">Plan!$A$1</definedName></definedNames><calcPr/>`,
    );
    expect(sheetMarks(marked, "")).toEqual([
      { sheetIndex: 1, role: "Clearway Summary" },
      { sheetIndex: 2, role: "Clearway Sources" },
    ]);
    expect(withSheetMarks(marked, "", [{ sheetIndex: 1, role: "Clearway Summary" }])).toBe(
      withSheetMarks(workbook, "", [{ sheetIndex: 1, role: "Clearway Summary" }]),
    );
    expect(
      withSheetMarks('<workbook><sheets><sheet name="S"/></sheets><calcPr/></workbook>', "", [
        { sheetIndex: 0, role: "Clearway Summary" },
      ]),
    ).toBe(
      `<workbook><sheets><sheet name="S"/></sheets><definedNames><definedName name="Clearway_Summary_Sheet" hidden="1">'S'!$A$1</definedName></definedNames><calcPr/></workbook>`,
    );
  });

  it("does not take a mark whose sheet was deleted (#REF!), or a sheet-scoped name of the same text, for Clearway's", () => {
    const workbook =
      '<workbook><sheets><sheet name="Plan"/><sheet name="Clearway Summary"/></sheets><definedNames><definedName name="Clearway_Summary_Sheet" hidden="1">#REF!$A$1</definedName><definedName name="Clearway_Sources_Sheet" localSheetId="1">\'Clearway Summary\'!$A$1</definedName></definedNames></workbook>';
    expect(sheetMarks(workbook, "")).toEqual([]);
  });
});
