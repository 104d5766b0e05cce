import { isBlank, type CellValue, type Grid } from "../../plan/cellValue";
import { findOutputBlock } from "../../plan/headerDetection";

/** Rows scanned for Clearway's output block, as header detection scans for the header. */
const BLOCK_SCAN_ROWS = 50;

/** FNV-1a, 32 bits, from a given offset basis: small, well known, and enough to tell content apart from the content it was. */
function fnv1a(text: string, basis: number): number {
  let hash = basis;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A cell as text that tells its type apart (the number 1 from the text "1"). */
function cellKey(value: CellValue): string {
  if (isBlank(value)) return "";
  if (value instanceof Date) return `d${value.toISOString()}`;
  return `${typeof value === "number" ? "n" : typeof value === "boolean" ? "b" : "s"}${String(value)}`;
}

/** A grid as text, less trailing empty cells and rows (a host pads rows to its used range), and less the columns `skip` says. */
function gridText(grid: Grid, skip: (column: number) => boolean = () => false): string {
  const rows = grid.map((row) => {
    const cells = row.map((cell, column) => (skip(column) ? "" : cellKey(cell)));
    while (cells.length && cells[cells.length - 1] === "") cells.pop();
    return cells.join("\u001f");
  });
  while (rows.length && rows[rows.length - 1] === "") rows.pop();
  return rows.join("\u001e");
}

/** The plan's own columns: everything but the output block a check wrote (found by its headers), which changes with every check. */
function planText(plan: Grid): string {
  for (let r = 0; r < Math.min(plan.length, BLOCK_SCAN_ROWS); r++) {
    const block = findOutputBlock(plan[r] ?? []);
    if (block) return gridText(plan, (column) => column >= block.start && column < block.start + block.width);
  }
  return gridText(plan);
}

/**
 * A hash of what a check reads: the plan sheet's values (less Clearway's own columns) and the
 * Parties and Rules sheets (absent ones count as empty). Two FNV-1a passes from different bases
 * give 64 bits, as 16 hex digits.
 */
export function checkedContentHash(content: { plan: Grid; parties?: Grid; rules?: Grid }): string {
  const text = [planText(content.plan), gridText(content.parties ?? []), gridText(content.rules ?? [])].join("\u001d");
  return [0x811c9dc5, 0x050c5d1f].map((basis) => fnv1a(text, basis).toString(16).padStart(8, "0")).join("");
}
