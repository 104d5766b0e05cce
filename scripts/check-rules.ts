/**
 * Validates rule data modules against the schema: `npx tsx scripts/check-rules.ts src/rules/countries/de.ts ...`.
 * Each module's default export is parsed with the schema that fits its shape.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { CountryRulesSchema, CrossCuttingRulesSchema, UnionRulesSchema } from "../src/rules/schema";

async function main(files: string[]): Promise<number> {
  let failures = 0;
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.resolve(file)).href)) as { default?: unknown };
    const data = mod.default as Record<string, unknown> | undefined;
    const schema = data && "members" in data ? UnionRulesSchema : data && "sanctions" in data ? CrossCuttingRulesSchema : CountryRulesSchema;
    const result = schema.safeParse(data);
    if (result.success) {
      console.log(`ok      ${file}`);
    } else {
      failures++;
      console.log(`INVALID ${file}\n${z.prettifyError(result.error)}`);
    }
  }
  return failures;
}

main(process.argv.slice(2)).then((failures) => process.exit(failures ? 1 : 0));
