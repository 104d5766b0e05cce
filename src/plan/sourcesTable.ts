/** The name Clearway gives its sources sheet when the name is free (see sourcesReport.ts for its contents). */
export const SOURCES_SHEET = "Clearway Sources";
