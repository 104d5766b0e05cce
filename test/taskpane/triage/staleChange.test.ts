import { changeMakesStale } from "../../../src/taskpane/triage/staleChange";

const own = { sheetName: "Plan", first: 19, last: 31 }; // T:AF

describe("which changes make results out of date", () => {
  it("counts an edit to a plan column", () => {
    expect(changeMakesStale({ sheetName: "Plan", address: "E7" }, own)).toBe(true);
    expect(changeMakesStale({ sheetName: "Plan", address: "Plan!$A$5:$C$9" }, own)).toBe(true);
  });

  it("ignores what Clearway writes into its own columns", () => {
    expect(changeMakesStale({ sheetName: "Plan", address: "T4:AF37" }, own)).toBe(false);
    expect(changeMakesStale({ sheetName: "Plan", address: "U12" }, own)).toBe(false);
  });

  it("counts a range that reaches past Clearway's columns on either side", () => {
    expect(changeMakesStale({ sheetName: "Plan", address: "S4:T4" }, own)).toBe(true);
    expect(changeMakesStale({ sheetName: "Plan", address: "AF4:AG4" }, own)).toBe(true);
  });

  it("counts any change to the Parties or Rules sheet, and a change whose address is unknown", () => {
    expect(changeMakesStale({ sheetName: "Clearway Parties", address: "T4" }, own)).toBe(true);
    expect(changeMakesStale({ sheetName: "Plan" }, own)).toBe(true);
    expect(changeMakesStale({ sheetName: "Plan", address: "not an address" }, own)).toBe(true);
  });
});
