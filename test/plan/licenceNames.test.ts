import { licenceCatalogue, licenceWords } from "../../src/plan/licenceNames";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { permitRuleIds } from "../../src/rules/ruleSet";

const rules = embeddedRuleSet();
const catalogue = licenceCatalogue(rules);
const nameOf = (id: string) => catalogue.permit(id)?.name ?? "";

describe("licence names as planners write them", () => {
  it("knows every permit rule id of the rule set", () => {
    expect(catalogue.ids).toEqual(permitRuleIds(rules));
  });

  it("takes a rule id in any case", () => {
    expect(catalogue.resolve(" GB-Import-IMP-MIA-IMP ")).toEqual({
      ok: true,
      ruleId: "gb-import-imp-mia-imp",
      by: "id",
    });
  });

  it.each([
    ["MIA(IMP)", "GB", "gb-import-imp-mia-imp"],
    ["mia (imp)", "GB", "gb-import-imp-mia-imp"],
    ["CT-17", "IN", "in-import-imp-ct17"],
    ["ct17", "IN", "in-import-imp-ct17"],
    ["Einfuhrerlaubnis", "DE", "de-import-imp-einfuhrerlaubnis"],
  ])("reads %j for a party in %s as %s", (text, country, ruleId) => {
    expect(catalogue.resolve(text, country)).toEqual({ ok: true, ruleId, by: "name" });
  });

  it("reads a permit's whole name with its words in another order, and license for licence", () => {
    const id = "gb-import-controlled-home-office";
    expect(nameOf(id)).toBe("Controlled drug import licence");
    expect(catalogue.resolve("Import License, controlled drug")).toEqual({ ok: true, ruleId: id, by: "name" });
  });

  it("reads the EU's MIA(IMP) held in a member country as that country's national form, the permit the check asks for", () => {
    const national = catalogue.resolve("MIA(IMP)", "DE");
    expect(national).toEqual({ ok: true, ruleId: "de-import-imp-einfuhrerlaubnis", by: "name" });
    expect(catalogue.permit("de-import-imp-einfuhrerlaubnis")?.replaces).toBe("eu-import-imp-mia");
  });

  it("refuses a name that several permits of the party's country carry, listing them", () => {
    const match = catalogue.resolve("FDA 802 export", "US");
    expect(match.ok).toBe(false);
    if (match.ok) return;
    expect(match.suggestions.map((suggestion) => suggestion.ruleId).sort()).toEqual([
      "us-export-device-fda",
      "us-export-imp-fda",
    ]);
    expect(match.message).toMatch(
      /^"FDA 802 export" names more than one permit for US: .*\(us-export-imp-fda\).*; write the rule id of the one held$/,
    );
  });

  it("refuses a name made only of words every permit is called by", () => {
    expect(catalogue.resolve("Import licence", "DE")).toMatchObject({
      ok: false,
      message: expect.stringContaining("could be any of several permits"),
    });
  });

  it("refuses a name matching no permit, suggesting the nearest of the party's country", () => {
    const match = catalogue.resolve("Swissmedik clinical trial licence", "CH");
    expect(match.ok).toBe(false);
    if (match.ok) return;
    expect(match.message).toMatch(/is not a permit in Clearway's rules \(by rule id or name\); did you mean /);
    expect(match.suggestions[0]?.ruleId).toBe("ch-import-imp-swissmedic-ct-licence");
    expect(
      match.suggestions.every(
        (suggestion) => suggestion.ruleId.startsWith("ch-") || !suggestion.ruleId.match(/^[a-z]{2}-/),
      ),
    ).toBe(true);
  });

  it("splits names into the words that say which permit", () => {
    expect(licenceWords("MIA(IMP) for the CT16 License")).toEqual(["mia", "imp", "ct", "16", "licence"]);
  });
});

describe("licence names that are also names of Object's own properties", () => {
  it.each(["constructor", "toString", "__proto__ hasOwnProperty"])(
    "refuses %j as a permit name, with suggestions, without failing",
    (text) => {
      expect(catalogue.resolve(text, "DE")).toMatchObject({
        ok: false,
        message: expect.stringContaining("is not a permit in Clearway's rules"),
      });
    },
  );
});
