/**
 * What `npm run clearway` and `npm run demo` start: rebuilds dist-cli/clearway.js if a source is
 * newer, then runs it in this same process (one Node start-up, not two).
 */
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS: it runs before anything is compiled */
const path = require("node:path");
const { OUTFILE, buildCliBundle, isStale } = require("./cliBundle");

async function run() {
  if (isStale()) await buildCliBundle();
  // The bundle reads its arguments from process.argv.slice(2), which are this script's.
  require(path.resolve(__dirname, "../..", OUTFILE));
}

run().catch((error) => {
  console.error(`clearway: building ${OUTFILE} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
