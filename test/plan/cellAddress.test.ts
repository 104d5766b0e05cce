import fc from "fast-check";
import { cellAddress, columnIndex, columnLetters } from "../../src/plan/cellAddress";

describe("A1 column letters", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"], // Excel's last column
  ])("column %d is %s, and back", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it("reads lower-case letters as their capitals", () => {
    expect(columnIndex("ba")).toBe(52);
  });

  it("writes a cell past column Z with both letters", () => {
    expect(cellAddress(27, 4)).toBe("AB4");
  });

  it("goes from letters to index and back for every column Excel has", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16383 }), (index) => expect(columnIndex(columnLetters(index))).toBe(index)),
    );
  });
});
