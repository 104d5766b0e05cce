import { DETAILS_SHEET } from "./detailsReport";
import { HOW_TO_READ_SHEET } from "./howToReadReport";
import { SOURCES_SHEET } from "./sourcesTable";
import { SUMMARY_SHEET } from "./summaryTable";

/** The sheets Clearway writes whole, by the name it gives them when the name is free. */
export const CLEARWAY_SHEETS = [SUMMARY_SHEET, DETAILS_SHEET, SOURCES_SHEET, HOW_TO_READ_SHEET] as const;
export type ClearwaySheet = (typeof CLEARWAY_SHEETS)[number];

/**
 * The hidden workbook-level name that marks each sheet Clearway wrote: it refers to the sheet's A1,
 * so it follows the sheet when it is renamed, and a sheet without it is the user's and is never
 * replaced or deleted (a free variant of the name is used instead).
 */
export const SHEET_MARKS: Record<ClearwaySheet, string> = {
  [SUMMARY_SHEET]: "Clearway_Summary_Sheet",
  [DETAILS_SHEET]: "Clearway_Details_Sheet",
  [SOURCES_SHEET]: "Clearway_Sources_Sheet",
  [HOW_TO_READ_SHEET]: "Clearway_HowToRead_Sheet",
};
