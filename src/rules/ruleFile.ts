import { RuleSetError } from "./ruleSet";
import type { Source } from "./schema";

/**
 * Loading one rule file (src/rules/data/**.yaml, or the user's own): the facts of one country,
 * union or cross-cutting set, with a keyed `sources` table; each fact's `sources` lists ids from that
 * table, so a source cited by many facts is written, reviewed and dated once. The files' schemas are
 * in ruleFileSchemas.ts (for editors, the checks and the tests; the add-in does not load them).
 */

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
  if (typeof file !== "object" || file === null || Array.isArray(file))
    throw new RuleSetError(`${where}: expected a mapping of rule sections`);
  const { sources: table, $schema: _schema, ...rest } = file as Record<string, unknown>;
  if (typeof table !== "object" || table === null || Array.isArray(table))
    throw new RuleSetError(`${where}: sources: expected a table of sources by id`);
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
          if (!Object.hasOwn(byId, id))
            throw new RuleSetError(
              `${where}: ${innerPath}.${index}: "${id}" is not a source id of this file's sources table`,
            );
          return byId[id];
        });
      } else result[key] = resolve(inner, innerPath);
    }
    return result;
  };
  return resolve(rest, "") as Record<string, unknown>;
}
