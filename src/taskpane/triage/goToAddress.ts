import { cellAddress } from "../../plan/cellAddress";
import type { RowResult } from "../../plan/checkPlan";

/** Where "Go to" takes the user: the bad cell of an unreadable row, else the row's Status cell in Clearway's block. */
export function goToAddress(row: RowResult, outputColumn: number): string {
  const bad = row.errors?.find((issue) => issue.cell)?.cell;
  return bad ?? cellAddress(outputColumn, row.row);
}
