import { readFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../support/planFiles";

const { version } = JSON.parse(readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as {
  version: string;
};

describe("clearway --version and --help", () => {
  it.each(["--version", "-V"])("%s prints the package's version and exits 0", async (flag) => {
    const result = await runCli(flag);
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("--help lists the commands and what each exit code means", async () => {
    const result = await runCli("--help");
    expect(result.code).toBe(0);
    for (const command of ["check", "rules", "assess"])
      expect(result.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
    expect(result.stdout).toMatch(/Exit codes:\n\s+0 .*checked/);
    expect(result.stdout).toMatch(/\n\s+1 .*could not be read/);
    expect(result.stdout).toMatch(/\n\s+2 .*usage error/);
  });

  it("an unknown option is a usage error (exit code 2), as --help says", async () => {
    const result = await runCli("--no-such-option");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--no-such-option");
  });
});
