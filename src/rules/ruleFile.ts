import { z } from "zod";
import { RuleSetError } from "./ruleSet";
import { factSchemas, SourceSchema, type Source } from "./schema";

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

/** The rule files in the form the build writes them (src/rules/data/ruleFiles.generated.json), keyed by file name. */
export interface RuleFiles {
  countries: Record<string, unknown>;
  unions: Record<string, unknown>;
  crossCutting: Record<string, unknown>;
}

/**
 * Replaces every fact's list of source ids with the sources themselves, so the file becomes the
 * input of the rule-set schemas. Throws RuleSetError naming the file and the place of an unknown id.
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
        result[key] = inner.map((id: unknown, index) => {
          if (typeof id !== "string" || !Object.hasOwn(byId, id)) throw new RuleSetError(`${where}: ${innerPath}.${index}: "${String(id)}" is not a source id of this file's sources table`);
          return byId[id];
        });
      } else result[key] = resolve(inner, innerPath);
    }
    return result;
  };
  return resolve(rest, "") as Record<string, unknown>;
}
