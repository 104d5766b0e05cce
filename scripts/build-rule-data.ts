/**
 * Converts the rule data's YAML files to the JSON module the add-in, the command line and the tests
 * load (`npm run rules:build`, also run before `npm run build`): src/rules/data/ruleFiles.generated.json.
 * The task pane so ships no YAML parser. A test fails when the JSON is older than the YAML.
 */
import { writeFileSync } from "node:fs";
import { GENERATED_RULE_DATA, generatedRuleDataText, readRuleFiles } from "./rules/readRuleFiles";

writeFileSync(GENERATED_RULE_DATA, generatedRuleDataText(readRuleFiles()));
console.log("written: src/rules/data/ruleFiles.generated.json");
