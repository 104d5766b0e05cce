import type { CellValue } from "./cellValue";
import type { PlanCheck } from "./checkPlan";
import { detailsReport } from "./detailsReport";
import { howToReadReport } from "./howToReadReport";
import { sourcesReport } from "./sourcesReport";
import { summaryReport } from "./summaryReport";
import { summaryTitle } from "./summaryTable";
import type { ReportSheet } from "./workbookReport";
import type { RuleSet } from "../rules/ruleSet";

/** Which of Clearway's own sheets a check writes; the summary and sources can be turned off in the settings. */
export interface ReportSheetChoice {
  summary?: boolean;
  sources?: boolean;
}

/**
 * Clearway's own sheets for one check, the same in every host: summary, details, sources, how to
 * read. The details sheet is always written, since the plan's Issues cells refer to it.
 */
export function reportSheets(
  check: PlanCheck,
  rules: RuleSet,
  planSheet: string,
  checkedAsOf: string,
  choice: ReportSheetChoice = {},
): ReportSheet[] {
  const sheets: ReportSheet[] = [];
  if (choice.summary !== false)
    sheets.push(summaryReport(check, summaryTitle(planSheet, rules, checkedAsOf), checkedAsOf));
  sheets.push(detailsReport(check));
  if (choice.sources !== false) sheets.push(sourcesReport(rules, check));
  sheets.push(howToReadReport(rules, checkedAsOf));
  return sheets;
}

/** A report sheet's cells as values, for a host that writes values first (a link shows its text). */
export function reportSheetValues(sheet: ReportSheet): CellValue[][] {
  return sheet.rows.map((row) => row.map((cell) => cell.value));
}
