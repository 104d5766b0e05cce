import { authorityShortName } from "../../src/plan/authorityName";

describe("an authority's short name, for a next step", () => {
  it.each([
    ["ANSM (Agence nationale de sécurité du médicament et des produits de santé)", "ANSM"],
    [
      "Competent Land authority for the importer's site (e.g. Regierung von Oberbayern / Oberfranken in Bavaria, Regierungspräsidium Tübingen in Baden-Württemberg)",
      "Competent Land authority for the importer's site",
    ],
    [
      "Port drug regulatory department (port medical products administration) under NMPA; Customs releases against it",
      "Port drug regulatory department under NMPA; Customs releases against it",
    ],
    [
      "Medicines and Healthcare products Regulatory Agency (MHRA (UK))",
      "Medicines and Healthcare products Regulatory Agency",
    ],
    ["Health Canada", "Health Canada"],
  ])("shortens %p to %p", (authority, short) => {
    expect(authorityShortName(authority)).toBe(short);
  });

  it("keeps a name that is all brackets, and a stray closing bracket as written", () => {
    expect(authorityShortName("(to be confirmed)")).toBe("(to be confirmed)");
    expect(authorityShortName("Ministry) of Health")).toBe("Ministry) of Health");
  });
});
