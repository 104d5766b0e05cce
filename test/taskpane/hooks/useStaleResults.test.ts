import { OfficeWorkbookPort } from "../../../src/excel/officeWorkbookPort";
import { PARTIES_SHEET } from "../../../src/plan/partiesTable";
import { currentContentHash } from "../../../src/taskpane/hooks/useStaleResults";
import { MockWorkbook } from "../../support/mockWorkbook";

const PLAN = [
  ["Shipment ID", "Origin", "Destination", "Material", "Value", "Currency"],
  ["S-1", "US", "DE", "IMP", 1000, "USD"],
];

/** A plan and a Parties sheet whose share cell holds `share`, in the number format `format`. */
function workbookWithShare(share: string | number, format: string): MockWorkbook {
  const workbook = new MockWorkbook({
    Plan: PLAN,
    [PARTIES_SHEET]: [
      ["Party", "Role", "Country", "Share"],
      ["Acme GmbH", "importer", "DE", share],
    ],
  });
  workbook.sheets.get(PARTIES_SHEET)!.formats = [[], ["General", "General", "General", format]];
  return workbook;
}

const hashOf = (workbook: MockWorkbook) => currentContentHash(new OfficeWorkbookPort(workbook.run), "Plan");

describe("the hash of what a check read", () => {
  it("reads the Parties sheet as the check does: 0.5 shown as 50% is the text 50%, not the number 0.5", async () => {
    const typedAsText = await hashOf(workbookWithShare("50%", "@"));
    const formattedAsPercent = await hashOf(workbookWithShare(0.5, "0%"));
    const plainNumber = await hashOf(workbookWithShare(0.5, "General"));
    expect(formattedAsPercent).toBe(typedAsText);
    expect(plainNumber).not.toBe(formattedAsPercent);
  });

  it("is null when the plan sheet is gone", async () => {
    expect(await currentContentHash(new OfficeWorkbookPort(workbookWithShare(1, "General").run), "Missing")).toBeNull();
  });
});
