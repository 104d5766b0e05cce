import { ExactDecimal } from "../domain/exactDecimal";
import { cellAddress } from "./cellAddress";
import { parseAmount } from "./cellParsing";
import type { CellValue } from "./cellValue";
import type { PlanField } from "./planFields";
import { fieldLabel as label, type FieldCell, type RowCells } from "./rowCells";

/** What the row's amounts say beyond their figures: the currencies written beside them, and whether charges can be estimated at all. */
export interface RowAmounts {
  /** A plan without any value column is checked without charges. */
  chargesSkipped: boolean;
  valueCell: FieldCell | undefined;
  /** The currency written in the value (or unit price) cell, e.g. "1,200 EUR". */
  cellCurrency: string | undefined;
  /** Currencies written in the freight and insurance cells, checked against the row's. */
  costCurrencies: Array<{ field: PlanField; currency: string }>;
}

/**
 * The row's value (or unit price times quantity, an assumption), freight, insurance and quantity.
 * With a value column every row needs its value; without one the row is checked without charges.
 */
export function readAmounts(row: RowCells): RowAmounts {
  const { cellOf, problem, detection, candidate, sheetRow } = row;
  const amount = (value: CellValue) => parseAmount(value, row.decimalMark);
  const hasValueColumn = detection.columns.value !== undefined || detection.columns.unitPrice !== undefined;
  let chargesSkipped = false;
  let cellCurrency: string | undefined;
  const valueCell = cellOf("value");
  const unitPriceCell = cellOf("unitPrice");
  const quantityCell = cellOf("quantity");
  if (valueCell) {
    const parsed = amount(valueCell.value);
    if (parsed.ok) {
      candidate.value = parsed.value.amount;
      cellCurrency = parsed.value.currency;
    } else problem("value", valueCell.address, parsed.message);
  } else if (unitPriceCell && quantityCell) {
    const price = amount(unitPriceCell.value);
    const quantity = amount(quantityCell.value);
    if (!price.ok) problem("unitPrice", unitPriceCell.address, price.message);
    else if (quantity.ok) {
      const total = ExactDecimal.of(price.value.amount).times(ExactDecimal.of(quantity.value.amount)).toNumber(2);
      candidate.value = total;
      cellCurrency = price.value.currency;
      row.assumptions.push({
        field: "value",
        from: "derived",
        value: String(total),
        message: `${label("value")} ${total} is the quantity (${quantityCell.address}) times the unit price (${unitPriceCell.address}).`,
      });
    }
  } else if (hasValueColumn) {
    const column = detection.columns.value ?? detection.columns.unitPrice;
    problem(
      detection.columns.value !== undefined ? "value" : "unitPrice",
      column === undefined ? `row ${sheetRow}` : cellAddress(column, sheetRow),
      detection.columns.value !== undefined
        ? "is empty; expected the value for customs (also for no-commercial-value goods)"
        : "is empty, and there is no value: expected a unit price and a quantity",
    );
  } else {
    chargesSkipped = true;
    candidate.value = 0;
  }
  // Freight and insurance in another currency than the value would be added up wrongly: their currency is checked with the row's.
  const costCurrencies: RowAmounts["costCurrencies"] = [];
  for (const field of ["freight", "insurance"] as const)
    row.read(field, amount, (parsed) => {
      candidate[field] = parsed.amount;
      if (parsed.currency) costCurrencies.push({ field, currency: parsed.currency });
    });
  row.read("quantity", amount, (parsed) => (candidate.quantity = parsed.amount));
  return { chargesSkipped, valueCell, cellCurrency, costCurrencies };
}
