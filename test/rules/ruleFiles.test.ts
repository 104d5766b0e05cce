import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { GENERATED_RULE_DATA, generatedRuleDataText, readRuleFiles } from "../../scripts/rules/readRuleFiles";
import { EMBEDDED_RULE_FILES, embeddedRuleInput } from "../../src/rules/embedded";
import { resolveSources } from "../../src/rules/ruleFile";
import {
  CountryRuleFileSchema,
  CrossCuttingRuleFileSchema,
  UnionRuleFileSchema,
} from "../../src/rules/ruleFileSchemas";
import { RuleSetError } from "../../src/rules/ruleSet";

const files = readRuleFiles();

describe("the rule data's YAML files", () => {
  it("equal the generated JSON the add-in and the command line load (run `npm run rules:build` after editing a YAML file)", () => {
    expect(readFileSync(GENERATED_RULE_DATA, "utf8")).toBe(generatedRuleDataText(files));
    expect(EMBEDDED_RULE_FILES).toEqual(JSON.parse(JSON.stringify(files)));
  });

  it.each([
    ...Object.entries(files.countries).map(
      ([name, file]) => [`countries/${name}.yaml`, CountryRuleFileSchema, file] as const,
    ),
    ...Object.entries(files.unions).map(([name, file]) => [`unions/${name}.yaml`, UnionRuleFileSchema, file] as const),
    ...Object.entries(files.crossCutting).map(
      ([name, file]) => [`crossCutting/${name}.yaml`, CrossCuttingRuleFileSchema, file] as const,
    ),
  ])("%s fits the rule-file schema and cites every source of its table", (_name, schema, file) => {
    const parsed = schema.parse(file);
    const cited = new Set(collectSourceIds(file));
    expect(Object.keys(parsed.sources).filter((id) => !cited.has(id))).toEqual([]);
  });

  it("fit the JSON Schema their header names, as an editor checks them", () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    for (const [section, schemaFile] of [
      ["countries", "country-rules"],
      ["unions", "union-rules"],
      ["crossCutting", "cross-cutting-rules"],
    ] as const) {
      const validate = ajv.compile(
        JSON.parse(readFileSync(path.resolve(__dirname, `../../schema/${schemaFile}.schema.json`), "utf8")),
      );
      for (const [name, file] of Object.entries(files[section])) {
        const header = readFileSync(
          path.resolve(__dirname, `../../src/rules/data/${section}/${name}.yaml`),
          "utf8",
        ).split("\n")[0];
        expect(header).toBe(`# yaml-language-server: $schema=../../../../schema/${schemaFile}.schema.json`);
        expect([`${section}/${name}`, validate(file), validate.errors?.[0]]).toEqual([
          `${section}/${name}`,
          true,
          undefined,
        ]);
      }
    }
  });

  it("name the file and the place of a source id missing from the file's table", () => {
    const file = {
      sources: {
        moh: { title: "Ministry", url: "https://example.org", kind: "official", date: null, reviewed: "2026-01-01" },
      },
      code: "XX",
      import: [{ id: "xx-a", sources: ["moh", "mho"] }],
    };
    expect(() => resolveSources(file, "src/rules/data/countries/xx.yaml")).toThrow(
      new RuleSetError(
        'src/rules/data/countries/xx.yaml: import.0.sources.1: "mho" is not a source id of this file\'s sources table',
      ),
    );
  });

  it("resolve to one input for loadRuleSet, the four cross-cutting files merged into one set", () => {
    const input = embeddedRuleInput();
    expect(input.countries).toHaveLength(Object.keys(files.countries).length);
    expect(Object.keys(input.crossCutting).sort()).toEqual([
      "controlledSubstances",
      "dangerousGoods",
      "defaultHeadings",
      "sanctions",
    ]);
  });
});

function collectSourceIds(value: unknown, inTable = true): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => collectSourceIds(item, false));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "sources" && Array.isArray(inner)
      ? (inner as string[])
      : key === "sources" && inTable
        ? []
        : collectSourceIds(inner, false),
  );
}
