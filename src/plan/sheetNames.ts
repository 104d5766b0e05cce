/** Excel's rules for a sheet name: at most 31 characters, none of [ ] : ? * / \, not "History", not empty. */
export const MAX_SHEET_NAME = 31;

/** A valid sheet name made from any text (a CSV file's name, a free variant of a taken name). */
export function validSheetName(text: string, fallback = "Plan"): string {
  let name = text
    .replace(/[[\]:?*/\\]/g, "")
    .replace(/\p{Cc}/gu, "")
    // A name may not start or end with an apostrophe.
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, MAX_SHEET_NAME)
    .trim();
  if (!name) name = fallback;
  if (name.toLowerCase() === "history") name = `${name} (1)`;
  return name;
}

/** `wanted` if no sheet has that name (sheet names compare case-insensitively), else "wanted (2)", "wanted (3)"... each cut to fit. */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  const base = validSheetName(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = validSheetName(`${base.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`);
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** What a user is told when one of Clearway's sheets went to a free variant because a sheet of theirs has its name; every host says it so. */
export function sheetNameTakenNote(sheet: { name: string; description: string }, nameUsed: string): string {
  return `The workbook already has a sheet named "${sheet.name}" that Clearway did not write: ${sheet.description} is on sheet "${nameUsed}".`;
}
