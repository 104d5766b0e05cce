/** `npm run validate:manifest`: checks manifest.xml offline; exits 1 with the problems listed. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkManifest } from "./manifest/checkManifest";

/** Files the webpack build emits besides assets/: the HTML entry points. */
const BUILT_PAGES: Record<string, string> = {
  "taskpane.html": "src/taskpane/taskpane.html",
  "commands.html": "src/commands/commands.html",
  "help.html": "src/taskpane/help.html",
};

const file = process.argv[2] ?? "manifest.xml";
const { version: packageVersion } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const problems = checkManifest(readFileSync(file, "utf8"), {
  packageVersion,
  resolvesLocally: (urlPath) =>
    urlPath in BUILT_PAGES
      ? existsSync(BUILT_PAGES[urlPath]!)
      : urlPath.startsWith("assets/") && existsSync(path.join(".", urlPath)),
});
if (problems.length) {
  console.error(`${file}: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(`${file}: ok (offline check: structure, element order, ids, version, resources, URLs and files)`);
