import { rmSync } from "node:fs";
import { chmod, mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { PlanFileError } from "./planFile";

const TEMPORARY = /^\..+\.(\d+)\.tmp$/;

/** The temporary file an output is written to before it takes the output's name: ".name.pid.tmp" beside it. */
export function temporaryPathFor(out: string): string {
  return path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.tmp`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes temporary files that earlier runs left in `dir` when they were killed (their process is gone). */
export async function removeStaleTemporaryFiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (!match || !/\.(xlsx|csv)\.\d+\.tmp$/i.test(name)) continue;
    const pid = Number(match[1]);
    if (pid !== process.pid && !isAlive(pid)) await rm(path.join(dir, name), { force: true });
  }
}

const WHY: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EROFS: "the disk is read-only",
  ENOENT: "its folder cannot be made",
  ENOTDIR: "a part of its path is a file, not a folder",
  EEXIST: "a part of its path is a file, not a folder",
  EISDIR: "it is a folder",
  EBUSY: "the file is in use (open in Excel?)",
};

/** The output cannot be written: one sentence naming the output (never the temporary file) and why. */
function outputError(out: string, error: unknown): Error {
  if (error instanceof PlanFileError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code) return new PlanFileError(`cannot write ${out}: ${WHY[code] ?? `the file system refused (${code})`}`);
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Writes `out` through a temporary file beside it, renamed into place only when the write succeeded:
 * a failed or interrupted write leaves neither a half-written output nor the temporary file.
 */
export async function writeThroughTemporary(out: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(path.resolve(out));
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw outputError(out, error);
  }
  await removeStaleTemporaryFiles(dir);
  const temporary = temporaryPathFor(out);
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(temporary, { force: true });
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
    process.kill(process.pid, signal);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    await write(temporary);
    // A file written over (--in-place, or an earlier output) keeps its permissions.
    const previous = await stat(out).catch(() => undefined);
    if (previous?.isFile()) await chmod(temporary, previous.mode);
    await rename(temporary, out);
  } catch (error) {
    await rm(temporary, { force: true });
    throw outputError(out, error);
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}
