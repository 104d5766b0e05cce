import { cellText, isBlank, type Grid } from "./cellValue";
import { findTableHeader, isEmptyGrid, type TableRead } from "./configTable";
import { readPlanDefaults, type PlanDefaults } from "./planDefaults";

/**
 * The "Clearway Defaults" sheet: values for fields a plan lacks, kept in the workbook.
 *
 *   Field | Value
 *   origin | DE
 *   currency | EUR
 *
 * Fields by name or label ("Material type"); a bad row refuses the whole table.
 */
export const DEFAULTS_SHEET = "Clearway Defaults";

export function readDefaultsTable(grid: Grid): TableRead<PlanDefaults> {
  if (isEmptyGrid(grid)) return { ok: true, value: {} };
  const header = findTableHeader<"field" | "value">(
    grid,
    { field: ["field", "feld", "champ", "campo"], value: ["value", "default", "wert", "valeur", "valor"] },
    ["field", "value"],
  );
  if (!header)
    return { ok: false, problems: [{ cell: null, path: "", message: "no header with a Field and a Value column" }] };
  const entries: string[] = [];
  for (let r = header.headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const field = row[header.columns.field!];
    if (isBlank(field)) continue;
    entries.push(`${cellText(field)}=${cellText(row[header.columns.value!])}`);
  }
  const read = readPlanDefaults(entries);
  return read.ok
    ? { ok: true, value: read.defaults }
    : { ok: false, problems: read.problems.map((message) => ({ cell: null, path: "", message })) };
}
