import { columnLetters } from "../../../src/plan/cellAddress";
import { OUTPUT_HEADERS } from "../../../src/plan/outputColumns";
import { removalLines, removalPreview } from "../../../src/taskpane/triage/removalPreview";

describe("what Remove results would delete", () => {
  it("names Clearway's block on the plan sheet, header row to last row, and Clearway's sheets", () => {
    const grid = [["Title"], [], ["From", "To", ...OUTPUT_HEADERS], ["US", "DE", "ok"], ["US", "CU", "blocked"]];
    const preview = removalPreview("Plan", grid, ["Clearway Summary", "Clearway Sources"]);
    // The block starts in C (index 2) and spans every output header.
    expect(preview.block).toBe(`C3:${columnLetters(2 + OUTPUT_HEADERS.length - 1)}5`);
    expect(removalLines(preview)).toEqual([
      `the Clearway columns ${preview.block} on "Plan" (values, formats and status colours)`,
      'the sheet "Clearway Summary"',
      'the sheet "Clearway Sources"',
    ]);
  });

  it("finds nothing on a plan that was never checked", () => {
    const preview = removalPreview(
      "Plan",
      [
        ["From", "To"],
        ["US", "DE"],
      ],
      [],
    );
    expect(preview.block).toBeNull();
    expect(removalLines(preview)).toEqual([]);
  });

  it("never lists the plan sheet itself among the sheets to delete", () => {
    expect(removalPreview("Clearway Summary", [], ["Clearway Summary"]).sheets).toEqual([]);
  });
});
