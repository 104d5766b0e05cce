import { z } from "zod";
import { partiesSchema } from "../domain/party";
import { embeddedRuleSet } from "./embedded";
import { permitRuleIds } from "./ruleSet";
import {
  CountryRuleFileSchema,
  CrossCuttingRuleFileSchema,
  RuleOverridesFileSchema,
  UnionRuleFileSchema,
} from "./ruleFileSchemas";

/**
 * The JSON Schemas users write their own files against, generated from the zod schemas (the single
 * definition): `npm run schema` writes them to schema/, and a test checks the committed files still
 * equal what this produces, so they cannot drift.
 */
export interface GeneratedSchema {
  /** File name under schema/. */
  file: string;
  schema: Record<string, unknown>;
}

export function generatedSchemas(): GeneratedSchema[] {
  const rules = embeddedRuleSet();
  const parties = z.toJSONSchema(partiesSchema(permitRuleIds(rules)), { io: "input" });
  const overrides = z.toJSONSchema(RuleOverridesFileSchema, { io: "input" });
  return [
    {
      file: "parties.schema.json",
      schema: {
        ...parties,
        title: "Clearway parties (--parties FILE.json)",
        description: `${String(parties.description ?? "")} A licence's ruleId is one of the permit rule ids of Clearway's rules ${rules.version}; a permit added by your own rule overrides is accepted by Clearway as well.`,
      },
    },
    {
      file: "rules-override.schema.json",
      schema: { ...overrides, title: "Clearway rule overrides (--rules FILE.yaml or FILE.json)" },
    },
    // The rule data's own files (src/rules/data/**.yaml name these in their yaml-language-server header).
    {
      file: "country-rules.schema.json",
      schema: {
        ...z.toJSONSchema(CountryRuleFileSchema, { io: "input" }),
        title: "Clearway country rule file (src/rules/data/countries/*.yaml)",
      },
    },
    {
      file: "union-rules.schema.json",
      schema: {
        ...z.toJSONSchema(UnionRuleFileSchema, { io: "input" }),
        title: "Clearway customs union rule file (src/rules/data/unions/*.yaml)",
      },
    },
    {
      file: "cross-cutting-rules.schema.json",
      schema: {
        ...z.toJSONSchema(CrossCuttingRuleFileSchema, { io: "input" }),
        title: "Clearway cross-cutting rule file (src/rules/data/crossCutting/*.yaml)",
      },
    },
  ];
}

/** The text of a schema file: two-space JSON and a final newline. */
export function schemaFileText(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
