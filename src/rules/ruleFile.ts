import { z } from "zod";
import { RuleSetError } from "./ruleSet";
import { factSchemas, OverrideSourceSchema, SourceSchema, type Source } from "./schema";

/**
 * The format of one rule file (src/rules/data/**.yaml): the facts of one country, union or
 * cross-cutting set, with a keyed `sources` table; each fact's `sources` lists ids from that table,
 * so a source cited by many facts is written, reviewed and dated once.
 */

/** A key of a file's sources table, e.g. `bfarmClinicalTrials`. */
export const SourceIdSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, "expected a source id of letters, digits and underscores, e.g. bfarmClinicalTrials");

const SourcesTableSchema = z
  .record(SourceIdSchema, SourceSchema)
  .describe("The sources this file cites, by id: title, https URL, kind, the date of what the source says (or null) and the date it was reviewed");

const fileFacts = factSchemas(SourceIdSchema);
const fileHeader = { $schema: z.string().optional(), sources: SourcesTableSchema };

export const CountryRuleFileSchema = fileFacts.CountryRulesSchema.extend(fileHeader).describe("Clearway rules for one country, with the sources they cite");
export const UnionRuleFileSchema = fileFacts.UnionRulesSchema.extend(fileHeader).describe("Clearway rules shared by the members of a customs union, with the sources they cite");
export const CrossCuttingRuleFileSchema = fileFacts.CrossCuttingRulesSchema.partial().extend(fileHeader).describe("Clearway rules that apply across countries (one set per file), with the sources they cite");

/**
 * The user's own rule file (`--rules FILE.yaml` or `.json`) in the same format: an optional keyed
 * `sources` table, and each fact's `sources` listing ids from it or sources written in place.
 */
const overrideFileFacts = factSchemas(z.union([OverrideSourceSchema, SourceIdSchema]));
export const RuleOverridesFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Path or URL of this JSON Schema, for editors"),
    sources: z.record(SourceIdSchema, OverrideSourceSchema).optional().describe("Your sources by id, cited from the facts' sources lists"),
    countries: z.array(overrideFileFacts.CountryRulesSchema.partial().required({ code: true })),
  })
  .describe("Clearway rule overrides: facts that replace (same id) or add to (new id) Clearway's rules for a country, each with your own source note (in place, or by id from the sources table).");

/** The rule files in the form the build writes them (src/rules/data/ruleFiles.generated.json), keyed by file name. */
export interface RuleFiles {
  countries: Record<string, unknown>;
  unions: Record<string, unknown>;
  crossCutting: Record<string, unknown>;
}

/**
 * Replaces the source ids in every fact's sources list with the sources themselves, so the file
 * becomes the input of the rule-set (or overrides) schemas. Throws RuleSetError naming the file and the place of an unknown id.
 */
export function resolveSources(file: unknown, where: string): Record<string, unknown> {
  if (typeof file !== "object" || file === null || Array.isArray(file)) throw new RuleSetError(`${where}: expected a mapping of rule sections`);
  const { sources: table, $schema: _schema, ...rest } = file as Record<string, unknown>;
  if (typeof table !== "object" || table === null || Array.isArray(table)) throw new RuleSetError(`${where}: sources: expected a table of sources by id`);
  const byId = table as Record<string, Source>;
  const resolve = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((item, index) => resolve(item, `${path}.${index}`));
    if (typeof value !== "object" || value === null) return value;
    const result: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const innerPath = path ? `${path}.${key}` : key;
      if (key === "sources" && Array.isArray(inner)) {
        // A source written in place stays as it is, for the schema to check.
        result[key] = inner.map((id: unknown, index) => {
          if (typeof id !== "string") return id;
          if (!Object.hasOwn(byId, id)) throw new RuleSetError(`${where}: ${innerPath}.${index}: "${id}" is not a source id of this file's sources table`);
          return byId[id];
        });
      } else result[key] = resolve(inner, innerPath);
    }
    return result;
  };
  return resolve(rest, "") as Record<string, unknown>;
}
