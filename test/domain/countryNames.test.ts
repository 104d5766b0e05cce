import { countryInText, countryName, possessive, sentenceStart } from "../../src/domain/countryNames";

describe("country names in running text", () => {
  it.each([
    ["US", "the United States"],
    ["GB", "the United Kingdom"],
    ["NL", "the Netherlands"],
    ["AE", "the United Arab Emirates"],
    ["DE", "Germany"],
    ["KR", "South Korea"],
    ["CZ", "Czechia"],
  ])("%s reads as %s", (code, expected) => {
    expect(countryInText(code, countryName(code))).toBe(expected);
  });

  it("forms possessives and sentence starts", () => {
    expect(possessive("the United States")).toBe("the United States'");
    expect(possessive("Germany")).toBe("Germany's");
    expect(sentenceStart(possessive("the Netherlands"))).toBe("The Netherlands'");
  });
});
