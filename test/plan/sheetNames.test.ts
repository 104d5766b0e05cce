import { freeSheetName, validSheetName } from "../../src/plan/sheetNames";

describe("sheet names Excel accepts", () => {
  it.each([
    ["plan [v2]: final?", "plan v2 final"],
    ["a/b\\c*d", "a b c d"],
    ["'quoted'", "quoted"],
    ["History", "Plan"],
    ["history", "Plan"],
    ["", "Plan"],
    ["   ", "Plan"],
    ["[]:?*", "Plan"],
    ["A very long shipment plan name for the third quarter", "A very long shipment plan name"],
  ])("%j becomes %j", (wanted, expected) => {
    expect(validSheetName(wanted)).toBe(expected);
    expect(validSheetName(wanted).length).toBeLessThanOrEqual(31);
  });
});

describe("a free variant when the user already has the name", () => {
  it("keeps the name when it is free", () => expect(freeSheetName("Clearway Summary", ["Plan"])).toBe("Clearway Summary"));
  it("numbers the name when a sheet has it, whatever the case", () => expect(freeSheetName("Clearway Summary", ["Plan", "clearway summary"])).toBe("Clearway Summary (2)"));
  it("skips numbers already taken", () => expect(freeSheetName("Clearway Summary", ["Clearway Summary", "Clearway Summary (2)"])).toBe("Clearway Summary (3)"));
  it("stays within 31 characters with the number", () => {
    const long = "x".repeat(31);
    expect(freeSheetName(long, [long])).toBe(`${"x".repeat(27)} (2)`);
  });
});
