import { withSheetNames } from "../../../src/cli/xlsx/sheetLayoutNames";

const WORKBOOK = (names: string) =>
  `<workbook><sheets><sheet name="Plan"/><sheet name="Clearway Sources"/></sheets>${names}<calcPr/></workbook>`;
const plan = {
  sheetIndex: 0,
  printTitles: { first: 3, last: 3 },
  keepExisting: true,
  autoFilter: { firstRow: 3, lastRow: 40, firstColumn: 0, lastColumn: 20 },
};
const sources = { sheetIndex: 1, printTitles: { first: 0, last: 0 }, keepExisting: false, autoFilter: null };

describe("print titles and filter names", () => {
  it("names the print titles and the filter of each sheet, scoped to that sheet", () => {
    const xml = withSheetNames(WORKBOOK(""), "", [plan, sources]);
    expect(xml).toContain(
      `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'Plan'!$4:$4</definedName><definedName name="_xlnm.Print_Titles" localSheetId="1">'Clearway Sources'!$1:$1</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Plan'!$A$4:$U$41</definedName></definedNames><calcPr/>`,
    );
  });

  it("keeps the planner's own print titles on the plan sheet and widens the planner's filter to hold the block", () => {
    const mine = `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'Plan'!$1:$4</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Plan'!$A$4:$F$90</definedName></definedNames>`;
    const xml = withSheetNames(WORKBOOK(mine), "", [plan]);
    expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Plan'!$1:$4</definedName>`);
    expect(xml).toContain(`'Plan'!$A$4:$U$90</definedName>`);
    expect(xml.match(/_FilterDatabase/g)).toHaveLength(1);
  });

  it("gives the same workbook.xml when applied again", () => {
    const once = withSheetNames(WORKBOOK(""), "", [plan, sources]);
    expect(withSheetNames(once, "", [plan, sources])).toBe(once);
  });
});
