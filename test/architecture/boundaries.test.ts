import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const fixture = readFileSync(path.join(root, "test/fixtures/lint/src/engine/impure.ts"), "utf8");

/** Lints the fixture as if it lived at `filePath`, with the project's own ESLint config (run as a CLI: ESLint loads its config by dynamic import, which jest's sandbox lacks). */
function lintAs(filePath: string): string[] {
  const eslint = path.join(root, "node_modules/eslint/bin/eslint.js");
  const run = spawnSync(process.execPath, [eslint, "--format", "json", "--stdin", "--stdin-filename", filePath], { cwd: root, input: fixture, encoding: "utf8" });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe("architecture boundaries", () => {
  it.each(["src/engine/impure.ts", "src/domain/impure.ts", "src/rules/impure.ts", "src/plan/impure.ts"])(
    "refuses Node built-ins, adapters, React and Office globals in %s",
    (filePath) => {
      const messages = lintAs(filePath);
      expect(messages.filter((m) => m.includes("Node built-ins"))).toHaveLength(2);
      expect(messages.some((m) => m.includes("may not depend on React"))).toBe(true);
      expect(messages.some((m) => m.includes("may not import an adapter"))).toBe(true);
      expect(messages.some((m) => m.startsWith("no-restricted-globals") && m.includes("Office.js"))).toBe(true);
    },
    30000,
  );

  it("lets an adapter (src/cli) use Node built-ins and the core", () => {
    const messages = lintAs("src/cli/impure.ts");
    expect(messages.filter((m) => m.startsWith("no-restricted"))).toEqual([]);
  }, 30000);
});
