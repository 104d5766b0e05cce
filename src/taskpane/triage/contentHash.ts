import { isBlank, type CellValue, type Grid } from "../../plan/cellValue";
import { findOutputBlock } from "../../plan/headerDetection";

/** Rows scanned for Clearway's output block, as header detection scans for the header. */
const BLOCK_SCAN_ROWS = 50;

/** FNV-1a from two offset bases (64 bits in all), fed piece by piece: small, well known, and enough to tell content apart from what it was. */
class ContentHasher {
  private lanes = [0x811c9dc5, 0x050c5d1f];

  add(text: string): void {
    for (let lane = 0; lane < this.lanes.length; lane++) {
      let hash = this.lanes[lane]!;
      for (let index = 0; index < text.length; index++) {
        hash ^= text.charCodeAt(index);
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
      this.lanes[lane] = hash;
    }
  }

  hex(): string {
    return this.lanes.map((hash) => (hash >>> 0).toString(16).padStart(8, "0")).join("");
  }
}

/** A cell as text that tells its type apart (the number 1 from the text "1"). */
function cellKey(value: CellValue): string {
  if (isBlank(value)) return "";
  if (value instanceof Date) return `d${value.toISOString()}`;
  return `${typeof value === "number" ? "n" : typeof value === "boolean" ? "b" : "s"}${String(value)}`;
}

/** A row as text, less trailing empty cells (a host pads rows to its used range) and the columns `skip` says. */
function rowText(row: readonly CellValue[], skip: (column: number) => boolean): string {
  const cells = row.map((cell, column) => (skip(column) ? "" : cellKey(cell)));
  while (cells.length && cells[cells.length - 1] === "") cells.pop();
  return cells.join("\u001f");
}

/** The columns of Clearway's output block on the plan (found by its headers), which change with every check. */
function outputColumns(plan: Grid): (column: number) => boolean {
  for (let r = 0; r < Math.min(plan.length, BLOCK_SCAN_ROWS); r++) {
    const block = findOutputBlock(plan[r] ?? []);
    if (block) return (column) => column >= block.start && column < block.start + block.width;
  }
  return () => false;
}

export interface CheckedContent {
  plan: Grid;
  parties?: Grid;
  rules?: Grid;
  defaults?: Grid;
  depots?: Grid;
}

/** Every row a check reads, as text, less trailing empty rows of each sheet; sheets apart by a separator row. */
function* contentRows(content: CheckedContent): Generator<string> {
  const none = () => false;
  const sheets: ReadonlyArray<readonly [string, Grid, (column: number) => boolean]> = [
    ["", content.plan, outputColumns(content.plan)],
    ["", content.parties ?? [], none],
    ["", content.rules ?? [], none],
    // Named, and only when present, so that a workbook without them keeps the hash it had before
    // the check read them.
    ...(content.defaults ? [["Defaults", content.defaults, none] as const] : []),
    ...(content.depots ? [["Depots", content.depots, none] as const] : []),
  ];
  for (const [index, [name, grid, skip]] of sheets.entries()) {
    if (index > 0) yield `\u001d${name}`;
    let pending = 0;
    for (const row of grid) {
      const text = rowText(row, skip);
      // Empty rows count only when a row with content follows them.
      if (text === "") pending++;
      else {
        for (; pending > 0; pending--) yield "\u001e";
        yield `\u001e${text}`;
      }
    }
  }
}

/**
 * A hash of what a check reads: the plan sheet's values (less Clearway's own columns) and the
 * Parties, Rules, Defaults and Depots sheets (absent ones count as empty), as 16 hex digits.
 */
export function checkedContentHash(content: CheckedContent): string {
  const hasher = new ContentHasher();
  for (const text of contentRows(content)) hasher.add(text);
  return hasher.hex();
}

/** The same hash, worked out a slice of rows at a time so that a large plan does not hold up the pane. */
export async function checkedContentHashInSlices(content: CheckedContent, rowsPerSlice = 1000): Promise<string> {
  const hasher = new ContentHasher();
  let count = 0;
  for (const text of contentRows(content)) {
    hasher.add(text);
    if (++count % rowsPerSlice === 0) await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return hasher.hex();
}
