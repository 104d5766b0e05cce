import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { parse } from "yaml";
import { partiesSchema } from "../../src/domain/party";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { generatedSchemas, schemaFileText } from "../../src/rules/jsonSchemas";
import { permitRuleIds } from "../../src/rules/ruleSet";
import { RuleOverridesSchema } from "../../src/rules/schema";

const root = path.resolve(__dirname, "../..");
const committed = (file: string) => readFileSync(path.join(root, "schema", file), "utf8");

describe("the committed JSON Schemas", () => {
  it.each(generatedSchemas().map((entry) => [entry.file, entry] as const))(
    "schema/%s is up to date with the zod schemas (`npm run schema`)",
    (file, entry) => {
      // If this fails, the zod schemas or the rule data changed: run `npm run schema` and commit schema/.
      expect(committed(file)).toBe(schemaFileText(entry.schema));
    },
  );

  it("offers a licence the permits of the rule files, each once, and never a fact that is not a permit", () => {
    const schema = JSON.parse(committed("parties.schema.json")) as {
      items: { properties: { licences: { items: { properties: { ruleId: { enum: string[] } } } } } };
    };
    const ids = schema.items.properties.licences.items.properties.ruleId.enum;
    // Permits known from the rule files themselves, and rules that are not permits.
    expect(ids).toEqual(
      expect.arrayContaining([
        "de-import-imp-einfuhrerlaubnis",
        "gb-import-device-mhra-ci-notification",
        "us-export-imp-fda",
      ]),
    );
    expect(ids).not.toContain("gb-duty-901890");
    expect(ids).not.toContain("gb-import-tax");
    expect(new Set(ids).size).toBe(ids.length);
  });
});

/** What a country rule file must say, as its specialists would list it (DESIGN.md, "Rule data"), independent of how the schema is generated. */
describe("schema/country-rules.schema.json, the schema an editor checks a country file against", () => {
  type Node = {
    type?: string;
    enum?: string[];
    const?: string;
    pattern?: string;
    required?: string[];
    properties?: Record<string, Node>;
    items?: Node & { oneOf?: Node[] };
    additionalProperties?: boolean | Node;
  };
  const schema = JSON.parse(committed("country-rules.schema.json")) as Node & { $schema: string };
  const props = schema.properties!;
  const permit = props.import!.items!.oneOf!.find((variant) => variant.properties?.kind?.const === "permit")!;

  it("is a draft 2020-12 schema that requires a code, a name and the sources, and refuses unknown sections", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(expect.arrayContaining(["code", "name", "sources"]));
    expect(schema.additionalProperties).toBe(false);
    expect(props.code!.pattern).toBe("^[A-Z]{2}$");
  });

  it("has every section of a country file", () => {
    expect(Object.keys(props)).toEqual(
      expect.arrayContaining([
        "code",
        "name",
        "customsUnion",
        "valuation",
        "importTax",
        "duties",
        "deMinimis",
        "import",
        "export",
        "importerOfRecord",
        "exporterOfRecord",
        "temporaryAdmission",
        "sources",
      ]),
    );
  });

  it("names the valuation bases, the material types, and a permit's scopes and holders", () => {
    expect(props.valuation!.properties!.basis!.enum).toEqual(["CIF", "FOB"]);
    expect(props.valuation!.required).toEqual(expect.arrayContaining(["basis", "sources"]));
    expect([...permit.properties!.materials!.items!.enum!].sort()).toEqual([
      "ancillary",
      "device",
      "equipment",
      "imp",
      "lab-kit",
      "samples",
    ]);
    expect(permit.properties!.scope!.enum).toEqual(expect.arrayContaining(["per-shipment", "per-trial"]));
    expect(permit.properties!.holder!.enum).toEqual(expect.arrayContaining(["importer", "exporter"]));
    expect(permit.required).toEqual(
      expect.arrayContaining(["id", "materials", "name", "authority", "scope", "holder", "sources"]),
    );
  });

  it("asks each source for a title, an address, a kind, its own date and a review date", () => {
    const source = props.sources!.additionalProperties as Node;
    expect(source.required).toEqual(expect.arrayContaining(["title", "url", "kind", "date", "reviewed"]));
    expect(source.properties!.kind!.enum).toEqual(expect.arrayContaining(["official", "secondary"]));
  });

  describe("accepts a country file and refuses a broken one", () => {
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
    const sources = {
      broker: {
        title: "Our broker's note",
        url: "https://example.org/note",
        kind: "secondary",
        date: "2026-09",
        reviewed: "2026-10-01",
      },
    };
    const country = {
      code: "XQ",
      name: "Questland",
      valuation: { basis: "CIF", sources: ["broker"] },
      import: [
        {
          kind: "permit",
          id: "xq-import-imp",
          materials: ["imp"],
          name: "IMP import licence",
          authority: "XQ Medicines Agency",
          scope: "per-shipment",
          holder: "importer",
          sources: ["broker"],
        },
      ],
      sources,
    };

    it.each([
      ["a country with a valuation basis and one permit", country, true],
      [
        "Great Britain's own rule file",
        parse(readFileSync(path.join(root, "src/rules/data/countries/gb.yaml"), "utf8")),
        true,
      ],
      ["a country without a code", { ...country, code: undefined }, false],
      ["a lower-case code", { ...country, code: "xq" }, false],
      [
        "a valuation basis that is neither CIF nor FOB",
        { ...country, valuation: { basis: "DDP", sources: ["broker"] } },
        false,
      ],
      [
        "a permit for an unknown material",
        { ...country, import: [{ ...country.import[0], materials: ["cosmetics"] }] },
        false,
      ],
      [
        "a permit without its authority",
        { ...country, import: [{ ...country.import[0], authority: undefined }] },
        false,
      ],
      [
        "a source without a review date",
        { ...country, sources: { broker: { ...sources.broker, reviewed: undefined } } },
        false,
      ],
      ["an unknown section", { ...country, dutyRates: [] }, false],
    ])("%s", (_label, document, valid) => {
      expect(validate(JSON.parse(JSON.stringify(document)))).toBe(valid);
    });
  });
});

describe("JSON Schema and zod agree (round trip)", () => {
  // Formats (date, uri) are checked by zod; the JSON Schema names them for editors.
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  const validParties = ajv.compile(JSON.parse(committed("parties.schema.json")));
  const validOverrides = ajv.compile(JSON.parse(committed("rules-override.schema.json")));
  const zodParties = partiesSchema(permitRuleIds(embeddedRuleSet()));

  const source = { title: "Negotiated with our broker, letter of 2026-09-30", reviewed: "2026-10-01" };
  const party = {
    name: "Clinical Depot GmbH",
    country: "DE",
    roles: ["importer-of-record"],
    licences: [{ ruleId: "de-import-imp-einfuhrerlaubnis", reference: "DE-BY-2025-0042", validUntil: "2028-12-31" }],
  };

  it.each([
    ["a depot with a licence", [party], true],
    [
      "a party with both roles and no licences",
      [{ name: "IOR Provider", country: "SG", roles: ["importer-of-record", "exporter-of-record"] }],
      true,
    ],
    ["an unknown permit rule id", [{ ...party, licences: [{ ruleId: "de-import-nothing", reference: "X" }] }], false],
    ["a country name instead of a code", [{ ...party, country: "Germany" }], false],
    ["no role", [{ ...party, roles: [] }], false],
    ["an unknown role", [{ ...party, roles: ["broker"] }], false],
    ["a missing name", [{ country: "DE", roles: ["importer-of-record"] }], false],
    ["an unknown field", [{ ...party, vat: "DE123" }], false],
    ["not an array", party, false],
  ])("parties: %s", (_label, document, valid) => {
    expect(validParties(document)).toBe(valid);
    expect(zodParties.safeParse(document).success).toBe(valid);
  });

  it.each([
    [
      "a duty rate with the user's note",
      {
        countries: [
          { code: "BR", duties: [{ id: "br-duty-3004", heading: "3004", ratePercent: 0, sources: [source] }] },
        ],
      },
      true,
    ],
    ["an editor's $schema key", { $schema: "../schema/rules-override.schema.json", countries: [] }, true],
    [
      "a permit lead time from experience, with a link",
      {
        countries: [
          {
            code: "JP",
            import: [
              {
                kind: "permit",
                id: "jp-import-imp-yunyu-kakunin",
                materials: ["imp"],
                name: "Yunyu Kakunin",
                authority: "MHLW",
                scope: "per-shipment",
                holder: "importer",
                leadTimeDays: 10,
                sources: [{ ...source, url: "https://example.org/note" }],
              },
            ],
          },
        ],
      },
      true,
    ],
    [
      "a fact without sources",
      { countries: [{ code: "BR", duties: [{ id: "br-duty-3004", heading: "3004", ratePercent: 0, sources: [] }] }] },
      false,
    ],
    [
      "a duty without its heading",
      { countries: [{ code: "BR", duties: [{ id: "br-duty-3004", ratePercent: 0, sources: [source] }] }] },
      false,
    ],
    ["a country without a code", { countries: [{ name: "Brazil" }] }, false],
    ["an unknown section", { countries: [{ code: "BR", dutyRates: [] }] }, false],
    ["no countries", {}, false],
  ])("rule overrides: %s", (_label, document, valid) => {
    expect(validOverrides(document)).toBe(valid);
    expect(RuleOverridesSchema.safeParse(document).success).toBe(valid);
  });
});
