import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { removeStaleTemporaryFiles, temporaryPathFor, writeThroughTemporary } from "../../src/cli/temporaryOutput";
import { runCli, tempDir, writeWorkbook } from "../support/planFiles";

/** A process id that no running process has (pids stay below 2^22 on Linux). */
const DEAD_PID = 2 ** 22 + 12345;

describe("temporary files beside the output", () => {
  it("are named after the output and this process", () => {
    expect(path.basename(temporaryPathFor("/x/out.xlsx"))).toBe(`.out.xlsx.${process.pid}.tmp`);
  });

  it("left by a killed run are removed by the next run; those of a running process are kept", async () => {
    const dir = tempDir();
    const stale = path.join(dir, `.checked.xlsx.${DEAD_PID}.tmp`);
    const running = path.join(dir, `.other.xlsx.${process.ppid}.tmp`);
    const planners = path.join(dir, `.notes.txt.${DEAD_PID}.tmp`);
    for (const file of [stale, running, planners]) writeFileSync(file, "partial");
    const plan = await writeWorkbook(path.join(dir, "plan.xlsx"), [
      {
        name: "Plan",
        rows: [
          ["From", "To", "Material", "Value", "Currency"],
          ["US", "DE", "IMP", 100, "EUR"],
        ],
      },
    ]);
    expect((await runCli("check", plan, "-o", path.join(dir, "checked.xlsx"), "--as-of", "2026-11-26")).code).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(planners)).toBe(true);
  });

  it("go when the write fails, and no output is left", async () => {
    const dir = tempDir();
    const out = path.join(dir, "out.xlsx");
    await expect(
      writeThroughTemporary(out, async (temporary) => {
        writeFileSync(temporary, "half");
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("go when the process is interrupted while writing (SIGTERM)", async () => {
    const dir = tempDir();
    const out = path.join(dir, "out.xlsx");
    const kill = jest.spyOn(process, "kill").mockImplementation(() => true);
    try {
      await writeThroughTemporary(out, async (temporary) => {
        writeFileSync(temporary, "half");
        process.emit("SIGTERM", "SIGTERM");
        expect(existsSync(temporary)).toBe(false);
        // The signal is raised again once the file is gone, so the process still ends as it was asked to.
        expect(kill).toHaveBeenCalledWith(process.pid, "SIGTERM");
        writeFileSync(temporary, "whole");
      });
    } finally {
      kill.mockRestore();
    }
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("are only removed when they look like Clearway's", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, `.plan.xlsx.${DEAD_PID}.tmp`), "x");
    writeFileSync(path.join(dir, "plan.xlsx"), "x");
    await removeStaleTemporaryFiles(dir);
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  });
});
