import fc from "fast-check";
import { requestBytes } from "../../src/excel/requestBytes";

/** The text with every non-ASCII unit written as a JSON escape, as a serializer that escapes them sends it. */
const escaped = (text: string) =>
  text.replace(/[\u0080-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`);

describe("the bytes a text takes in a request to Excel, at most", () => {
  it("is never less than its UTF-8 size nor its size with non-ASCII escaped, and exactly the latter", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(requestBytes(text)).toBeGreaterThanOrEqual(Buffer.byteLength(text, "utf8"));
        expect(requestBytes(text)).toBe(escaped(text).length);
      }),
    );
  });

  it("is the length of ASCII text, and six bytes a character of a Chinese permit name", () => {
    expect(requestBytes("FDA IND (21 CFR 312)")).toBe(20);
    expect(requestBytes("特殊物品审批")).toBe(36);
  });
});
