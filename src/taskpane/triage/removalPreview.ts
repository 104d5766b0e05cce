import { columnLetters } from "../../plan/cellAddress";
import type { Grid } from "../../plan/cellValue";
import { findOutputBlock } from "../../plan/headerDetection";

/** What "Remove results" would delete, found before anything is deleted. */
export interface RemovalPreview {
  sheetName: string;
  /** Clearway's block on the plan sheet, e.g. "T4:AF37"; null when the sheet has none. */
  block: string | null;
  /** Clearway's own sheets (summary, sources). */
  sheets: string[];
}

/** Rows header detection looks through; the block's header is among them. */
const HEADER_SCAN_ROWS = 50;

/** Finds Clearway's block on the plan sheet's grid and names the sheets of Clearway's that would go. */
export function removalPreview(sheetName: string, grid: Grid, clearwaySheets: readonly string[]): RemovalPreview {
  let block: string | null = null;
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.length); r++) {
    const place = findOutputBlock(grid[r] ?? []);
    if (!place) continue;
    block = `${columnLetters(place.start)}${r + 1}:${columnLetters(place.start + place.width - 1)}${Math.max(r + 1, grid.length)}`;
    break;
  }
  return { sheetName, block, sheets: clearwaySheets.filter((name) => name !== sheetName) };
}

/** The preview in words, one line each, for the confirmation. */
export function removalLines(preview: RemovalPreview): string[] {
  const lines: string[] = [];
  if (preview.block) lines.push(`the Clearway columns ${preview.block} on "${preview.sheetName}" (values, formats and status colours)`);
  for (const name of preview.sheets) lines.push(`the sheet "${name}"`);
  return lines;
}
