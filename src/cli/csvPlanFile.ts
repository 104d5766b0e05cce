import { parse as parseCsv } from "csv-parse/sync";
import type { Grid } from "../plan/cellValue";

/** A CSV plan's text as a grid of cells. */
export function csvGrid(text: string): Grid {
  const records = parseCsv(text.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: false }) as string[][];
  // A leading apostrophe is how text that looks like a formula is kept as text; it is not part of the value.
  return records.map((record) => record.map((cell) => (cell === "" ? null : cell.startsWith("'") && /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell)));
}
