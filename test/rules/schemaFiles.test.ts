import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { partiesSchema } from "../../src/domain/party";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { generatedSchemas, schemaFileText } from "../../src/rules/jsonSchemas";
import { permitRuleIds } from "../../src/rules/ruleSet";
import { RuleOverridesSchema } from "../../src/rules/schema";

const root = path.resolve(__dirname, "../..");
const committed = (file: string) => readFileSync(path.join(root, "schema", file), "utf8");

describe("the committed JSON Schemas", () => {
  it.each(generatedSchemas().map((entry) => [entry.file, entry] as const))("schema/%s equals what `npm run schema` generates now", (file, entry) => {
    // If this fails, the zod schemas or the rule data changed: run `npm run schema` and commit schema/.
    expect(committed(file)).toBe(schemaFileText(entry.schema));
  });

  it("lists every permit rule id of the embedded rules for a licence, and no other id", () => {
    const schema = JSON.parse(committed("parties.schema.json")) as { items: { properties: { licences: { items: { properties: { ruleId: { enum: string[] } } } } } } };
    expect(schema.items.properties.licences.items.properties.ruleId.enum).toEqual([...permitRuleIds(embeddedRuleSet())]);
  });
});

describe("JSON Schema and zod agree (round trip)", () => {
  // Formats (date, uri) are checked by zod; the JSON Schema names them for editors.
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  const validParties = ajv.compile(JSON.parse(committed("parties.schema.json")));
  const validOverrides = ajv.compile(JSON.parse(committed("rules-override.schema.json")));
  const zodParties = partiesSchema(permitRuleIds(embeddedRuleSet()));

  const source = { title: "Negotiated with our broker, letter of 2026-09-30", reviewed: "2026-10-01" };
  const party = { name: "Clinical Depot GmbH", country: "DE", roles: ["importer-of-record"], licences: [{ ruleId: "de-import-imp-einfuhrerlaubnis", reference: "DE-BY-2025-0042", validUntil: "2028-12-31" }] };

  it.each([
    ["a depot with a licence", [party], true],
    ["a party with both roles and no licences", [{ name: "IOR Provider", country: "SG", roles: ["importer-of-record", "exporter-of-record"] }], true],
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
    ["a duty rate with the user's note", { countries: [{ code: "BR", duties: [{ id: "br-duty-3004", heading: "3004", ratePercent: 0, sources: [source] }] }] }, true],
    ["an editor's $schema key", { $schema: "../schema/rules-override.schema.json", countries: [] }, true],
    ["a permit lead time from experience, with a link", { countries: [{ code: "JP", import: [{ kind: "permit", id: "jp-import-imp-yunyu-kakunin", materials: ["imp"], name: "Yunyu Kakunin", authority: "MHLW", scope: "per-shipment", holder: "importer", leadTimeDays: 10, sources: [{ ...source, url: "https://example.org/note" }] }] }] }, true],
    ["a fact without sources", { countries: [{ code: "BR", duties: [{ id: "br-duty-3004", heading: "3004", ratePercent: 0, sources: [] }] }] }, false],
    ["a duty without its heading", { countries: [{ code: "BR", duties: [{ id: "br-duty-3004", ratePercent: 0, sources: [source] }] }] }, false],
    ["a country without a code", { countries: [{ name: "Brazil" }] }, false],
    ["an unknown section", { countries: [{ code: "BR", dutyRates: [] }] }, false],
    ["no countries", {}, false],
  ])("rule overrides: %s", (_label, document, valid) => {
    expect(validOverrides(document)).toBe(valid);
    expect(RuleOverridesSchema.safeParse(document).success).toBe(valid);
  });
});
