import path from "node:path";

/** A relationship target resolved against the part that holds the relationship ("xl/workbook.xml" + "worksheets/sheet1.xml"). */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(sourcePart), target));
}

/** The relationships part of a part: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
}

/** A target for a relationship from `sourcePart` to `part` (relative, as Excel writes them). */
export function relativeTarget(sourcePart: string, part: string): string {
  return path.posix.relative(path.posix.dirname(sourcePart), part);
}
