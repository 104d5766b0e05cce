import { z } from "zod";
import { factSchemas, OverrideSourceSchema, SourceSchema } from "./schema";

/**
 * The schemas of the rule files (src/rules/data/**.yaml) and of the user's own rule file, from which
 * `npm run schema` generates the JSON Schemas editors check them against. The loader does not need
 * them: it resolves source ids (ruleFile.ts) and parses the result with the rule-set schemas.
 */

/** A key of a file's sources table, e.g. `bfarmClinicalTrials`. */
export const SourceIdSchema = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9_]*$/,
    "expected a source id of letters, digits and underscores, e.g. bfarmClinicalTrials",
  );

const SourcesTableSchema = z
  .record(SourceIdSchema, SourceSchema)
  .describe(
    "The sources this file cites, by id: title, https URL, kind, the date of what the source says (or null) and the date it was reviewed",
  );

const fileFacts = factSchemas(SourceIdSchema);
const fileHeader = { $schema: z.string().optional(), sources: SourcesTableSchema };

export const CountryRuleFileSchema = fileFacts.CountryRulesSchema.extend(fileHeader).describe(
  "Clearway rules for one country, with the sources they cite",
);
export const UnionRuleFileSchema = fileFacts.UnionRulesSchema.extend(fileHeader).describe(
  "Clearway rules shared by the members of a customs union, with the sources they cite",
);
export const CrossCuttingRuleFileSchema = fileFacts.CrossCuttingRulesSchema.partial()
  .extend(fileHeader)
  .describe("Clearway rules that apply across countries (one set per file), with the sources they cite");

/**
 * The user's own rule file (`--rules FILE.yaml` or `.json`) in the same format: an optional keyed
 * `sources` table, and each fact's `sources` listing ids from it or sources written in place.
 */
const overrideFileFacts = factSchemas(z.union([OverrideSourceSchema, SourceIdSchema]));
export const RuleOverridesFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Path or URL of this JSON Schema, for editors"),
    sources: z
      .record(SourceIdSchema, OverrideSourceSchema)
      .optional()
      .describe("Your sources by id, cited from the facts' sources lists"),
    countries: z.array(overrideFileFacts.CountryRulesSchema.partial().required({ code: true })),
  })
  .describe(
    "Clearway rule overrides: facts that replace (same id) or add to (new id) Clearway's rules for a country, each with your own source note (in place, or by id from the sources table).",
  );
