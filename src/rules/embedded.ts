// The embedded rule data: one YAML file per country, customs union and cross-cutting set under
// src/rules/data/, converted to ruleFiles.generated.json by `npm run rules:build` (so no YAML parser
// ships with the add-in). A test checks the JSON still equals the YAML.
import generated from "./data/ruleFiles.generated.json";
import { resolveSources, type RuleFiles } from "./ruleFile";
import { loadRuleSet, type RuleSet } from "./ruleSet";

/** Version of the embedded rule data; bumped whenever a fact changes. */
export const RULES_VERSION = "2026.12.06";

/** The rule files as built from the YAML, keyed by file name. */
export const EMBEDDED_RULE_FILES: RuleFiles = generated as unknown as RuleFiles;

/** Each file's facts with their sources resolved from its sources table, in the form loadRuleSet reads. */
export function embeddedRuleInput(files: RuleFiles = EMBEDDED_RULE_FILES) {
  const resolved = (section: keyof RuleFiles) =>
    Object.entries(files[section]).map(([name, file]) =>
      resolveSources(file, `src/rules/data/${section}/${name}.yaml`),
    );
  return {
    version: RULES_VERSION,
    countries: resolved("countries"),
    unions: resolved("unions"),
    crossCutting: Object.assign({}, ...resolved("crossCutting")) as Record<string, unknown>,
  };
}

let cached: RuleSet | undefined;

/** The embedded rules, parsed and cross-checked on first use. */
export function embeddedRuleSet(): RuleSet {
  cached ??= loadRuleSet(embeddedRuleInput());
  return cached;
}
