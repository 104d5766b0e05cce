import { stringify } from "csv-stringify/sync";
import type { CellValue, Grid } from "../plan/cellValue";
import type { PlanCheck } from "../plan/checkPlan";
import { OUTPUT_COLUMNS } from "../plan/outputColumns";
import { plainText } from "../plan/resultsLayout";

/** Text a spreadsheet would run as a formula is written with the apostrophe that keeps it text; dates as ISO dates. */
function csvSafe(value: CellValue): string | number | boolean | null {
  return value instanceof Date ? value.toISOString().slice(0, 10) : (plainText(value) as string | number | boolean | null);
}

/** The plan with the output block as extra columns, as CSV. */
export function annotatedCsv(grid: Grid, check: PlanCheck): string {
  const width = Math.max(check.outputColumn + OUTPUT_COLUMNS.length, ...grid.map((row) => row.length));
  const rows = grid.map((row, r) => {
    // Every cell of the plan is kept; only the block's columns, from the header row down, are Clearway's.
    const cells: CellValue[] = Array.from({ length: width }, (_, c) => row[c] ?? null);
    const block = r >= check.detection.headerRow ? check.outputBlock[r - check.detection.headerRow] : undefined;
    if (block) block.forEach((value, index) => (cells[check.outputColumn + index] = value));
    return cells.map(csvSafe);
  });
  return stringify(rows);
}
