// Lints several sources, each as if it lived at its path, with the project's own ESLint config, in
// one process (ESLint loads its config by dynamic import, which jest's sandbox lacks).
// Input on stdin: [{ filePath, source }]; output on stdout: the rule messages of each, in order.
import { ESLint } from "eslint";

const input = JSON.parse(
  await new Promise((resolve) => {
    let text = "";
    process.stdin.on("data", (chunk) => (text += chunk));
    process.stdin.on("end", () => resolve(text));
  }),
);
const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const { filePath, source } of input) {
  const [result] = await eslint.lintText(source, { filePath });
  results.push(result.messages.map((m) => `${m.ruleId}: ${m.message}`));
}
process.stdout.write(JSON.stringify(results));
