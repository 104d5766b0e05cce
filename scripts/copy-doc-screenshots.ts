/**
 * `npm run docs:screenshots`: after the browser tests, copies their screenshots of the checked
 * example plan into docs/ (the README shows them). The tests themselves never write to docs/.
 */
import { copyFileSync, existsSync } from "node:fs";
import path from "node:path";

/** Screenshots the browser tests write in test-artifacts/ -> the pictures in docs/ the README shows. */
const DOC_SCREENSHOTS: Record<string, string> = Object.fromEntries(
  [
    "playground",
    "taskpane",
    "taskpane-dark",
    "taskpane-filtered",
    "taskpane-actions",
    "taskpane-setup",
    "taskpane-record",
    "taskpane-countries",
    "taskpane-detail",
    "taskpane-stale",
    "taskpane-remove",
  ].map((name) => [`${name}.png`, `docs/${name}.png`]),
);

const missing = Object.keys(DOC_SCREENSHOTS).filter((name) => !existsSync(path.join("test-artifacts", name)));
if (missing.length) {
  console.error(`test-artifacts/ lacks ${missing.join(", ")}: run \`npm run build:local && npm run test:e2e\` first.`);
  process.exit(1);
}
for (const [name, target] of Object.entries(DOC_SCREENSHOTS)) {
  copyFileSync(path.join("test-artifacts", name), target);
  console.log(`${target} updated`);
}
