import fc from "fast-check";
import { freeSheetName, validSheetName } from "../../src/plan/sheetNames";

const isValid = (name: string) =>
  name.length >= 1 &&
  name.length <= 31 &&
  !/[[\]:?*/\\]/.test(name) &&
  name.toLowerCase() !== "history" &&
  !/^'|'$/.test(name);

describe("sheet names", () => {
  it("are always valid, whatever text they are made from", () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (text) => isValid(validSheetName(text))));
  });

  it("strip the characters Excel refuses, cut to 31 characters, and avoid History and empty names", () => {
    expect(validSheetName("Q3 plan [v2]: EU/UK?*\\")).toBe("Q3 plan v2 EUUK");
    expect(validSheetName("x".repeat(40))).toBe("x".repeat(31));
    expect(validSheetName("history")).toBe("history (1)");
    expect(validSheetName("[]:?")).toBe("Plan");
  });

  it("find a free variant that no sheet has, comparing names as Excel does (case-insensitively)", () => {
    expect(freeSheetName("Clearway Summary", ["Plan"])).toBe("Clearway Summary");
    expect(freeSheetName("Clearway Summary", ["clearway summary", "Clearway Summary (2)"])).toBe(
      "Clearway Summary (3)",
    );
    const long = "A sheet name of thirty-one char";
    expect(freeSheetName(long, [long])).toBe("A sheet name of thirty-one (2)");
  });

  it("give free variants that are valid and not taken", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 5 }),
        (wanted, others) => {
          const taken = [validSheetName(wanted), ...others];
          const name = freeSheetName(wanted, taken);
          return isValid(name) && !taken.some((t) => t.toLowerCase() === name.toLowerCase());
        },
      ),
    );
  });
});
