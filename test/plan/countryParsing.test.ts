import countries from "i18n-iso-countries";
import { normalizeName, parseCountry } from "../../src/plan/countryParsing";
import { TERRITORIES } from "../../src/rules/territories";

const LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"];

describe("country names that fit more than one place are refused with the candidates", () => {
  it("refuses every name the ISO data gives to two codes in a supported language, naming both codes", () => {
    // parseCountry registers the locales; every name, in every language, is read back.
    const codesByName = new Map<string, { text: string; codes: Set<string> }>();
    for (const language of LANGUAGES) {
      const names = countries.getNames(language, { select: "all" }) as Record<string, string[]>;
      for (const [code, variants] of Object.entries(names)) {
        for (const text of variants) {
          const key = normalizeName(text);
          const entry = codesByName.get(key) ?? { text, codes: new Set<string>() };
          entry.codes.add(code);
          codesByName.set(key, entry);
        }
      }
    }
    const shared = [...codesByName.values()].filter((entry) => entry.codes.size > 1);
    // Today the data holds at least "Congo"/"Kongo" and "São Martinho": the test must see them.
    expect(shared.map((entry) => normalizeName(entry.text))).toEqual(
      expect.arrayContaining(["congo", "kongo", "saomartinho"]),
    );
    for (const entry of shared) {
      const parsed = parseCountry(entry.text);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.candidates).toEqual(expect.arrayContaining([...entry.codes]));
      expect(parsed.message).toMatch(/write the ISO code$/);
    }
  });

  it.each([
    ["Korea", ["KR", "KP"], "could be South Korea (KR) or North Korea (KP)"],
    ["Corée", ["KR", "KP"], "South Korea (KR) or North Korea (KP)"],
    ["Congo", ["CG", "CD"], "the Republic of the Congo (CG) or the Democratic Republic of the Congo (CD)"],
    ["Kongo", ["CG", "CD"], "(CG) or"],
    ["Virgin Islands", ["VG", "VI"], "the British Virgin Islands (VG) or the US Virgin Islands (VI)"],
    ["Islas Vírgenes", ["VG", "VI"], "(VG) or"],
    ["Macedonia", ["MK", "GR"], "North Macedonia (MK) or the Greek region of Macedonia (GR)"],
    ["Dominican", ["DO", "DM"], "the Dominican Republic (DO) or Dominica (DM)"],
    ["Saint Martin", ["MF", "SX"], "(MF) or"],
    ["Channel Islands", ["JE", "GG"], "Jersey (JE) or Guernsey (GG)"],
    ["Netherlands Antilles", ["CW", "SX", "BQ"], "Curaçao (CW), Sint Maarten (SX) or"],
  ])("%s is refused: candidates %j", (name, candidates, wording) => {
    const parsed = parseCountry(name);
    expect(parsed).toEqual({ ok: false, message: expect.stringContaining(wording), candidates });
    if (!parsed.ok) expect(parsed.message).toBe(`"${name}" could be ${parsed.message.split(" could be ")[1]}`);
  });

  it.each([
    ["South Korea", "KR"],
    ["Republic of Korea", "KR"],
    ["North Korea", "KP"],
    ["DPRK", "KP"],
    ["Republic of the Congo", "CG"],
    ["Democratic Republic of the Congo", "CD"],
    ["North Macedonia", "MK"],
    ["Dominica", "DM"],
    ["Dominican Republic", "DO"],
    // Each of these is the ISO short name of one country; the others always carry their qualifier.
    ["Guinea", "GN"],
    ["Guinea-Bissau", "GW"],
    ["Equatorial Guinea", "GQ"],
    ["Papua New Guinea", "PG"],
    ["Sudan", "SD"],
    ["South Sudan", "SS"],
    ["Samoa", "WS"],
    ["American Samoa", "AS"],
    ["Niger", "NE"],
    ["Nigeria", "NG"],
    ["British Virgin Islands", "VG"],
    ["Sint Maarten", "SX"],
    ["US Virgin Islands", "VI"],
  ])("%s is not ambiguous: %s", (name, code) => {
    expect(parseCountry(name)).toEqual({ ok: true, code });
  });
});

describe("territories with their own customs or VAT status are never folded into their state", () => {
  it.each([
    // Own code, reported as not covered by the engine.
    ["Northern Ireland", "XI"],
    ["XI", "XI"],
    ["GB-NIR", "XI"],
    ["Nordirland", "XI"],
    ["UK (Northern Ireland)", "XI"],
    ["Northern Ireland, United Kingdom", "XI"],
    ["Canary Islands", "IC"],
    ["IC", "IC"],
    ["ES-CN", "IC"],
    ["Islas Canarias", "IC"],
    ["Spain (Canary Islands)", "IC"],
    ["Canary Islands, Spain", "IC"],
    ["España - Canarias", "IC"],
    ["Tenerife", "IC"],
    ["Ceuta", "EA"],
    ["Melilla", "EA"],
    ["EA", "EA"],
    ["Jersey", "JE"],
    ["Guernsey", "GG"],
    ["Isle of Man", "IM"],
    ["Gibraltar", "GI"],
    ["Hong Kong", "HK"],
    ["HK", "HK"],
    ["Macau", "MO"],
    ["Greenland", "GL"],
    ["GL", "GL"],
    ["Faroe Islands", "FO"],
    ["Åland", "AX"],
    ["Guadeloupe", "GP"],
    ["Martinique", "MQ"],
    ["Réunion", "RE"],
    ["French Guiana", "GF"],
    ["Guyane", "GF"],
    ["Mayotte", "YT"],
    ["France (Guadeloupe)", "GP"],
  ])("%s is read as %s", (text, code) => {
    expect(parseCountry(text)).toEqual({ ok: true, code });
  });

  it.each(["Puerto Rico", "PR", "PRI", "US-PR", "United States (Puerto Rico)"])(
    "%s is read as the United States with the region US-PR, whose customs rules apply there",
    (text) => {
      expect(parseCountry(text)).toEqual({ ok: true, code: "US", region: "US-PR" });
    },
  );

  it.each([
    ["Büsingen", "Germany (DE)", "outside the EU customs territory and the EU VAT area"],
    ["Heligoland", "Germany (DE)", "outside the EU customs territory and the EU VAT area"],
    ["Germany (Helgoland)", "Germany (DE)", "outside the EU customs territory and the EU VAT area"],
    ["Livigno", "Italy (IT)", "outside the EU customs territory and the EU VAT area"],
    ["Campione d'Italia", "Italy (IT)", "in the EU customs territory but outside the EU VAT area"],
    ["Mount Athos", "Greece (GR)", "in the EU customs territory but outside the EU VAT area"],
  ])("%s has no code of its own: refused, saying why and that the rules do not cover it", (text, state, status) => {
    const parsed = parseCountry(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toContain(`"${text}" (part of ${state}) is ${status}`);
    expect(parsed.message).toContain("Clearway's rules do not cover it");
    expect(parsed.message).toContain("Territorial status of EU countries");
  });

  it("does not take a territory written with another state for that territory", () => {
    expect(parseCountry("France (Canary Islands)").ok).toBe(false);
  });

  it("gives every territory a source with an https address and a review date", () => {
    for (const territory of TERRITORIES) {
      expect(territory.sources.length).toBeGreaterThan(0);
      for (const source of territory.sources) {
        expect(source.url).toMatch(/^https:\/\//);
        expect(source.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});
