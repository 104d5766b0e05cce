/**
 * Validates rule files against the rule-file schemas: `npx tsx scripts/check-rules.ts src/rules/data/countries/de.yaml ...`
 * (every file when none is named). Editors with the YAML language server check the same schemas as you type.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { CountryRuleFileSchema, CrossCuttingRuleFileSchema, UnionRuleFileSchema } from "../src/rules/ruleFileSchemas";
import { RULE_DATA_DIR, readRuleFiles } from "./rules/readRuleFiles";

function schemaFor(file: string) {
  const section = path.basename(path.dirname(path.resolve(file)));
  return section === "unions"
    ? UnionRuleFileSchema
    : section === "crossCutting"
      ? CrossCuttingRuleFileSchema
      : CountryRuleFileSchema;
}

const named = process.argv.slice(2);
const all = readRuleFiles();
const files = named.length
  ? named
  : (Object.keys(all) as Array<keyof typeof all>).flatMap((section) =>
      Object.keys(all[section]).map((name) => path.join(RULE_DATA_DIR, section, `${name}.yaml`)),
    );
let failures = 0;
for (const file of files) {
  const result = schemaFor(file).safeParse(parse(readFileSync(file, "utf8")));
  if (result.success) console.log(`ok      ${path.relative(process.cwd(), file)}`);
  else {
    failures++;
    console.log(`INVALID ${path.relative(process.cwd(), file)}\n${z.prettifyError(result.error)}`);
  }
}
process.exit(failures ? 1 : 0);
