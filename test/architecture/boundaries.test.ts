import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const fixture = readFileSync(path.join(root, "test/fixtures/lint/src/engine/impure.ts"), "utf8");

/** Lints each source as if it lived at its path, with the project's own ESLint config, in one child process. */
function lintAll(entries: Array<{ filePath: string; source: string }>): string[][] {
  const run = spawnSync(process.execPath, [path.join(__dirname, "lintTexts.mjs")], {
    cwd: root,
    input: JSON.stringify(entries),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

const lintAs = (filePath: string, source = fixture): string[] => lintAll([{ filePath, source }])[0]!;

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

  it("lets an adapter (src/cli) use Node built-ins and the core, but not another adapter", () => {
    const messages = lintAs("src/cli/impure.ts");
    expect(messages.filter((m) => m.startsWith("no-restricted"))).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*src\/cli may import only/),
    ]);
  }, 30000);

  // One import each, in the file named: the first column says where, the second what it imports.
  const DIRECTIONS: Array<[string, string, boolean]> = [
    ["src/engine/x.ts", "../playground/fakeWorkbookPort", false],
    ["src/engine/x.ts", "exceljs", false],
    ["src/engine/x.ts", "../plan/checkPlan", false],
    ["src/domain/x.ts", "../engine/assess", false],
    ["src/domain/x.ts", "../rules/ruleSet", false],
    ["src/rules/x.ts", "../engine/assess", false],
    ["src/rules/x.ts", "../plan/checkPlan", false],
    ["src/plan/x.ts", "../cli/planFile", false],
    ["src/plan/x.ts", "../excel/officeWorkbookPort", false],
    ["src/plan/x.ts", "csv-parse/sync", false],
    ["src/excel/x.ts", "../cli/planFile", false],
    ["src/excel/x.ts", "../taskpane/hooks/usePlanCheck", false],
    ["src/cli/x.ts", "../taskpane/hooks/usePlanCheck", false],
    ["src/cli/x.ts", "../playground/fakeWorkbookPort", false],
    ["src/taskpane/x.ts", "../playground/fakeWorkbookPort", false],
    ["src/taskpane/x.ts", "../cli/planFile", false],
    ["src/plan/x.ts", "../engine/assess", true],
    ["src/plan/x.ts", "zod", true],
    ["src/plan/x.ts", "fastest-levenshtein", true],
    ["src/domain/x.ts", "i18n-iso-countries/langs/en.json", true],
    ["src/engine/x.ts", "../rules/ruleSet", true],
    ["src/cli/x.ts", "../plan/checkPlan", true],
    ["src/cli/x.ts", "exceljs", true],
    ["src/taskpane/x.ts", "../excel/officeWorkbookPort", true],
    ["src/playground/x.ts", "../taskpane/hooks/usePlanCheck", true],
  ];

  let linted: string[][] = [];
  beforeAll(() => {
    linted = lintAll(
      DIRECTIONS.map(([filePath, imported]) => ({
        filePath,
        source: `import * as imported from "${imported}";\nexport const used = imported;\n`,
      })),
    );
  }, 60000);

  it.each(DIRECTIONS.map((entry, index) => [...entry, index] as const))(
    "in %s, importing %s is allowed: %s",
    (_filePath, _imported, allowed, index) => {
      const messages = linted[index]!.filter((m) => m.startsWith("no-restricted-imports"));
      if (allowed) expect(messages).toEqual([]);
      else
        expect(messages).toEqual([
          expect.stringMatching(/may import only|may not import an adapter|outside the core's allow-list/),
        ]);
    },
  );
});
