import { columnLetters } from "../../plan/cellAddress";
import type { Grid } from "../../plan/cellValue";
import { findOutputBlockRow } from "../../plan/headerDetection";

/** What "Remove results" would delete, found before anything is deleted. */
export interface RemovalPreview {
  sheetName: string;
  /** Clearway's block on the plan sheet, e.g. "T4:AF37"; null when the sheet has none. */
  block: string | null;
  /** Clearway's own sheets (summary, sources). */
  sheets: string[];
}

/** Finds Clearway's block on the plan sheet's grid and names the sheets of Clearway's that would go. */
export function removalPreview(sheetName: string, grid: Grid, clearwaySheets: readonly string[]): RemovalPreview {
  const found = findOutputBlockRow(grid);
  const block = found
    ? `${columnLetters(found.place.start)}${found.row + 1}:${columnLetters(found.place.start + found.place.width - 1)}${Math.max(found.row + 1, grid.length)}`
    : null;
  return { sheetName, block, sheets: clearwaySheets.filter((name) => name !== sheetName) };
}

/** The preview in words, one line each, for the confirmation. */
export function removalLines(preview: RemovalPreview): string[] {
  const lines: string[] = [];
  if (preview.block)
    lines.push(`the Clearway columns ${preview.block} on "${preview.sheetName}" (values, formats and status colours)`);
  for (const name of preview.sheets) lines.push(`the sheet "${name}"`);
  return lines;
}
