/**
 * Writes the JSON Schemas generated from the zod schemas to schema/ (`npm run schema`):
 * schema/parties.schema.json, schema/rules-override.schema.json and the rule-file schemas the YAML
 * files under src/rules/data/ name in their header. Commit the result.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generatedSchemas, schemaFileText } from "../src/rules/jsonSchemas";

const directory = path.resolve(__dirname, "../schema");
mkdirSync(directory, { recursive: true });
for (const { file, schema } of generatedSchemas()) {
  writeFileSync(path.join(directory, file), schemaFileText(schema));
  console.log(`written: schema/${file}`);
}
