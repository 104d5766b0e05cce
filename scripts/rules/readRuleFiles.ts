import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { RuleFiles } from "../../src/rules/ruleFile";

/** The rule data's YAML files (src/rules/data/{countries,unions,crossCutting}/*.yaml), read as plain data, keyed by file name. */
export const RULE_DATA_DIR = path.resolve(__dirname, "../../src/rules/data");
export const GENERATED_RULE_DATA = path.join(RULE_DATA_DIR, "ruleFiles.generated.json");

function readSection(section: keyof RuleFiles): Record<string, unknown> {
  const dir = path.join(RULE_DATA_DIR, section);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort();
  return Object.fromEntries(
    files.map((name) => {
      const where = `src/rules/data/${section}/${name}`;
      try {
        return [
          name.replace(/\.yaml$/, ""),
          parse(readFileSync(path.join(dir, name), "utf8"), { prettyErrors: true }) as unknown,
        ];
      } catch (error) {
        throw new Error(`${where}: ${(error as Error).message}`);
      }
    }),
  );
}

export function readRuleFiles(): RuleFiles {
  return {
    countries: readSection("countries"),
    unions: readSection("unions"),
    crossCutting: readSection("crossCutting"),
  };
}

/** The text of the generated JSON module: compact, one file per line, so a change shows which file it came from. */
export function generatedRuleDataText(files: RuleFiles): string {
  const section = (entries: Record<string, unknown>) =>
    Object.entries(entries)
      .map(([name, data]) => `    ${JSON.stringify(name)}: ${JSON.stringify(data)}`)
      .join(",\n");
  return `{\n  "countries": {\n${section(files.countries)}\n  },\n  "unions": {\n${section(files.unions)}\n  },\n  "crossCutting": {\n${section(files.crossCutting)}\n  }\n}\n`;
}
