/**
 * Builds the `clearway` command line to one plain JavaScript file (dist-cli/clearway.js), so a
 * call starts without loading TypeScript. `node scripts/build/cliBundle.js` rebuilds only when a
 * source is newer than the bundle: esbuild takes close to a second, a fresh bundle costs one stat
 * per source file.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS: it runs before anything is compiled */
const { existsSync, readdirSync, statSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "../..");
const ENTRY = "src/cli/bin.ts";
const OUTFILE = "dist-cli/clearway.js";
/** Besides src/: what changes the bundle (installed dependencies, compiler settings, this script). */
const BUILD_INPUTS = [
  "package.json",
  "package-lock.json",
  "node_modules/.package-lock.json",
  "tsconfig.json",
  "scripts/build/cliBundle.js",
];

/** Newest modification time (ms) among the files under `dir` and the `files` given, relative to `root`. */
function newestSourceTime(root, dir = "src", files = BUILD_INPUTS) {
  let newest = 0;
  for (const relative of readdirSync(path.join(root, dir), { recursive: true })) {
    const stats = statSync(path.join(root, dir, String(relative)));
    if (stats.isFile()) newest = Math.max(newest, stats.mtimeMs);
  }
  for (const file of files) {
    const full = path.join(root, file);
    if (existsSync(full)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** True when the bundle is missing or older than a source it is built from. */
function isStale(root = ROOT, outfile = OUTFILE) {
  const output = path.join(root, outfile);
  if (!existsSync(output)) return true;
  return newestSourceTime(root) > statSync(output).mtimeMs;
}

/** Bundles the command line with its dependencies for Node (the version is read from package.json at build time). */
async function buildCliBundle(root = ROOT, outfile = OUTFILE) {
  // Loaded here: a fresh bundle never pays for loading esbuild.
  const esbuild = require("esbuild");
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [ENTRY],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    logLevel: "warning",
  });
}

module.exports = { isStale, buildCliBundle, newestSourceTime, OUTFILE };

if (require.main === module) {
  const force = process.argv.includes("--force");
  if (force || isStale()) {
    buildCliBundle().catch((error) => {
      console.error(`clearway: building ${OUTFILE} failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
  }
}
