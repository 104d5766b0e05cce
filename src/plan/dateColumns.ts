import { cellAddress } from "./cellAddress";
import { slashDateOrder } from "./cellParsing";
import { cellText, type Grid } from "./cellValue";
import type { HeaderDetection } from "./headerDetection";
import { FIELD_HEADERS, type PlanField } from "./planFields";

const DATE_FIELDS: readonly PlanField[] = ["shipDate", "needByDate"];

/**
 * Date columns that hold both day-first ("13/11/26") and month-first ("11/13/26") dates: which way
 * the others are written cannot be told, so none of their slashed dates is read. Each gets a reason
 * naming one cell of each kind.
 */
export function mixedDateColumns(grid: Grid, detection: HeaderDetection, rowOffset = 1): Map<PlanField, string> {
  const mixed = new Map<PlanField, string>();
  for (const field of DATE_FIELDS) {
    const column = detection.columns[field];
    if (column === undefined) continue;
    const seen: Partial<Record<"day-first" | "month-first", string>> = {};
    for (let r = detection.headerRow + 1; r < grid.length && !(seen["day-first"] && seen["month-first"]); r++) {
      const value = grid[r]?.[column] ?? null;
      const order = slashDateOrder(value);
      if (order && !seen[order]) seen[order] = `${cellAddress(column, r + rowOffset)} "${cellText(value)}"`;
    }
    if (seen["day-first"] && seen["month-first"]) {
      mixed.set(
        field,
        `the ${FIELD_HEADERS[field].label} column mixes day-first (${seen["day-first"]}) and month-first (${seen["month-first"]}) dates, so which way this one is written cannot be told; write it as YYYY-MM-DD`,
      );
    }
  }
  return mixed;
}
