import type { Grid } from "../plan/cellValue";

/**
 * A plan of `rows` shipments for load tests: the example plan's title, header and rows, the rows
 * repeated in turn until there are enough, each copy with its own shipment id ("S-003-17").
 */
export function generatedPlan(example: Grid, headerRow: number, rows: number): Grid {
  const header = example[headerRow] ?? [];
  const body = example.slice(headerRow + 1).filter((row) => row.some((cell) => cell !== null && cell !== ""));
  const idColumn = header.findIndex((cell) => typeof cell === "string" && /shipment id/i.test(cell));
  const grid: Grid = example.slice(0, headerRow + 1).map((row) => [...row]);
  for (let index = 0; index < rows && body.length; index++) {
    const row = [...body[index % body.length]!];
    const copy = Math.floor(index / body.length);
    if (idColumn >= 0 && copy > 0) row[idColumn] = `${String(row[idColumn])}-${copy}`;
    grid.push(row);
  }
  return grid;
}
