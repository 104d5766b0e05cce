import { countryInText, countryName, isKnownCountry } from "../../src/domain/countryNames";

describe("territory codes without an ISO 3166-1 assignment", () => {
  it.each([
    ["IC", "the Canary Islands"],
    ["EA", "Ceuta and Melilla"],
    ["XI", "Northern Ireland"],
  ])("%s is a known code that reads as %s", (code, text) => {
    expect(isKnownCountry(code)).toBe(true);
    expect(countryInText(code, countryName(code))).toBe(text);
  });

  it("still refuses codes that stand for nothing", () => {
    expect(isKnownCountry("QQ")).toBe(false);
    expect(isKnownCountry("XJ")).toBe(false);
  });
});
