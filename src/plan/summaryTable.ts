/** The name Clearway gives its summary sheet when the name is free (see summaryReport.ts for its contents). */
export const SUMMARY_SHEET = "Clearway Summary";

/** The summary sheet's title line: which sheet, which rules, as of which date. */
export function summaryTitle(sheetName: string, rules: { version: string; asOf: string }, checkedAsOf: string): string {
  return `Clearway check of "${sheetName}" with rules ${rules.version} (reviewed up to ${rules.asOf}), as of ${checkedAsOf}`;
}
