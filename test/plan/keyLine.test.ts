import fc from "fast-check";
import { keyLine } from "../../src/plan/keyLine";

describe("the key line of a finding", () => {
  it("cuts a key line at the first colon or sentence end after its opening words", () => {
    expect(keyLine(`Confirm: secondary source for pl-import-tax: PL: import tax. ${"x ".repeat(100)}`)).toBe(
      "Confirm: secondary source for pl-import-tax",
    );
    expect(
      keyLine(
        `Shipment to Iran allowed under a general licence (31 CFR 560.530(a)(3)(i)). Conditions: ${"y ".repeat(90)}`,
      ),
    ).toBe("Shipment to Iran allowed under a general licence (31 CFR 560.530(a)(3)(i))");
    expect(keyLine(`The importer must hold Einfuhrerlaubnis nach § 72 Abs. 2a AMG (form). ${"Z ".repeat(90)}`)).toBe(
      "The importer must hold Einfuhrerlaubnis nach § 72 Abs. 2a AMG (form)",
    );
  });

  it("cuts a key line with no early colon or full stop at a word, never past 160 characters", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 201, maxLength: 600 }), (message) => {
        const line = keyLine(message);
        expect(line.length).toBeLessThanOrEqual(160);
        expect(message.startsWith(line)).toBe(true);
      }),
    );
    const words = `${"word ".repeat(60)}end`;
    expect(keyLine(words)).toMatch(/^(word )+word$/);
  });

  it("keeps a short message whole, without its closing full stop", () => {
    expect(keyLine("Rate not covered for 9018")).toBe("Rate not covered for 9018");
    expect(keyLine("Ship date 2026-11-02 is in the past.")).toBe("Ship date 2026-11-02 is in the past");
    expect(keyLine("See Abs. 2a AMG")).toBe("See Abs. 2a AMG");
  });
});
