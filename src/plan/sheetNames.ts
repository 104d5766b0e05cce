/**
 * Sheet names Clearway gives. Excel refuses names over 31 characters, names holding [ ] : ? * / \,
 * names starting or ending with an apostrophe, and the reserved "History"; names are compared
 * without case.
 */
export const MAX_SHEET_NAME = 31;

/** A name Excel accepts, from any text (a CSV file's name, say). */
export function validSheetName(wanted: string, fallback = "Plan"): string {
  const cleaned = wanted
    .replace(/[[\]:?*/\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .slice(0, MAX_SHEET_NAME)
    .trim();
  if (!cleaned || cleaned.toLowerCase() === "history") return fallback;
  return cleaned;
}

/** `wanted` if no sheet in `taken` has it (case-insensitively), else the first free "wanted (2)", "wanted (3)", ... */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  const base = validSheetName(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
