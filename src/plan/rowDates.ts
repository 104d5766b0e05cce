import { parseDate, type Parsed } from "./cellParsing";
import type { CellValue } from "./cellValue";
import type { PlanField } from "./planFields";
import type { RowCells } from "./rowCells";

const SLASHED_DATE = /^\s*\d{1,2}[/-]\d{1,2}[/-](\d{4}|\d{2})\s*$/;

/** A date cell; in a column that mixes day-first and month-first dates, a slashed date is refused with the column's reason. */
function dateIn(row: RowCells, field: PlanField) {
  return (value: CellValue): Parsed<string> => {
    const mixed = row.reading.mixedDateColumns?.get(field);
    return mixed && typeof value === "string" && SLASHED_DATE.test(value)
      ? { ok: false, message: `"${value.trim()}" is not read: ${mixed}` }
      : parseDate(value);
  };
}

/** The ship and need-by dates. */
export function readDates(row: RowCells): void {
  row.read("shipDate", dateIn(row, "shipDate"), (value) => (row.candidate.shipDate = value));
  row.read("needByDate", dateIn(row, "needByDate"), (value) => (row.candidate.needByDate = value));
}

/** A need-by date before the ship date is a mistake in the plan, named on the need-by cell. */
export function checkDateOrder(row: RowCells): void {
  const { candidate } = row;
  if (candidate.shipDate && candidate.needByDate && String(candidate.needByDate) < String(candidate.shipDate)) {
    const address = row.cellOf("needByDate")!.address;
    row.problem(
      "needByDate",
      address,
      `(${String(candidate.needByDate)}) is before the ship date (${String(candidate.shipDate)})`,
    );
  }
}
