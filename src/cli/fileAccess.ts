import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import path from "node:path";
import { PlanFileError } from "./planFile";

/** What a file-system error code means to the person running the check. */
const REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "the operation is not permitted",
  EROFS: "the file system is read-only",
  ENOENT: "the folder does not exist or does not accept new files",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EBUSY: "the file is in use by another program",
  EMFILE: "too many files are open",
  ENAMETOOLONG: "the name is too long",
};

/** A file-system error in plain words, with its code in brackets for whoever looks further. */
export function describeFileError(error: unknown, doing: string): PlanFileError {
  const code = (error as { code?: unknown } | null)?.code;
  const reason =
    typeof code === "string" && Object.hasOwn(REASONS, code)
      ? `${REASONS[code]} (${code})`
      : error instanceof Error
        ? error.message
        : String(error);
  return new PlanFileError(`${doing}: ${reason}`);
}

/** The plan path names a file that can be read; refuses a folder or a missing path in words. */
export async function checkPlanPath(file: string): Promise<void> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") throw new PlanFileError(`${file}: no such file`);
    throw describeFileError(error, `${file} cannot be read`);
  }
  if (info.isDirectory())
    throw new PlanFileError(`${file} is a folder, not a plan file: give the path of a .xlsx or .csv file`);
}

/**
 * The output can be written, checked before any work so that a refusal leaves nothing behind: not a
 * folder, not a read-only file (replaced silently only by accident: its mode says the owner wants
 * it kept, even where the account could override it), in a folder that exists and accepts files.
 */
export async function checkOutputPath(out: string, option = "-o"): Promise<void> {
  const existing = await stat(out).catch(() => null);
  if (existing?.isDirectory())
    throw new PlanFileError(
      `${option} ${out} is a folder: give a file name, e.g. ${path.join(out, "plan.checked.xlsx")}`,
    );
  if (existing && (existing.mode & 0o222) === 0)
    throw new PlanFileError(
      `${option} ${out} is read-only: it was left as it is; make it writable or choose another name`,
    );
  if (existing) {
    try {
      await access(out, constants.W_OK);
    } catch (error) {
      throw describeFileError(error, `${option} ${out} cannot be replaced`);
    }
  }
  const folder = path.dirname(path.resolve(out));
  const folderInfo = await stat(folder).catch(() => null);
  if (folderInfo && !folderInfo.isDirectory())
    throw new PlanFileError(`${option} ${out}: ${folder} is a file, not a folder`);
  if (folderInfo) {
    try {
      await access(folder, constants.W_OK);
    } catch (error) {
      throw describeFileError(error, `${option} ${out} cannot be written in ${folder}`);
    }
  }
}
