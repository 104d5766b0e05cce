import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildCliBundle, isStale } from "../../scripts/build/cliBundle";

const ROOT = path.resolve(__dirname, "../..");

describe("the command-line bundle's freshness check", () => {
  let root: string;
  const outfile = "dist-cli/clearway.js";
  const setTime = (file: string, seconds: number) => utimesSync(path.join(root, file), seconds, seconds);

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "clearway-bundle-"));
    mkdirSync(path.join(root, "src/cli"), { recursive: true });
    mkdirSync(path.join(root, "dist-cli"));
    writeFileSync(path.join(root, "src/cli/bin.ts"), "");
    writeFileSync(path.join(root, "package.json"), "{}");
    setTime("src/cli/bin.ts", 1000);
    setTime("package.json", 1000);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("asks for a build when there is no bundle yet", () => {
    expect(isStale(root, outfile)).toBe(true);
  });

  it("keeps a bundle newer than every source", () => {
    writeFileSync(path.join(root, outfile), "");
    setTime(outfile, 2000);
    expect(isStale(root, outfile)).toBe(false);
  });

  it("rebuilds when a source file deep in src/ changed after the bundle", () => {
    writeFileSync(path.join(root, outfile), "");
    setTime(outfile, 2000);
    setTime("src/cli/bin.ts", 3000);
    expect(isStale(root, outfile)).toBe(true);
  });

  it("rebuilds when package.json (the dependencies, the version) changed after the bundle", () => {
    writeFileSync(path.join(root, outfile), "");
    setTime(outfile, 2000);
    setTime("package.json", 3000);
    expect(isStale(root, outfile)).toBe(true);
  });
});

describe("the built command line", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "clearway-cli-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("runs as plain JavaScript and prints the package's version", async () => {
    const bundle = path.join(dir, "clearway.js");
    await buildCliBundle(ROOT, bundle);
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(execFileSync(process.execPath, [bundle, "--version"], { encoding: "utf8" }).trim()).toBe(version);
    expect(readFileSync(bundle, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
  }, 60000);
});
