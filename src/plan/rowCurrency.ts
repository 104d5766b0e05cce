import { cellAddress } from "./cellAddress";
import { cellText } from "./cellValue";
import { NO_CURRENCY } from "./chargesSkipped";
import { isCurrencyCode } from "./planDefaults";
import type { RowAmounts } from "./rowAmounts";
import { fieldLabel as label, type FieldCell, type RowCells } from "./rowCells";

/**
 * The currency the row states: its Currency cell, else the value's header ("Value (EUR)"), else
 * the value cell ("1,200 EUR"), else a freight or insurance header (noted as an assumption).
 */
function statedCurrency(
  row: RowCells,
  amounts: RowAmounts,
  currencyCell: FieldCell | undefined,
  headerCurrency: string | undefined,
): string | undefined {
  const { detection } = row;
  if (currencyCell) return cellText(currencyCell.value).toUpperCase();
  const currency = headerCurrency ?? amounts.cellCurrency;
  if (currency) return currency;
  // A report that gives its currency only beside freight or insurance ("Freight Cost (USD)") gives it for the row.
  const costHeader = (["freight", "insurance"] as const).find((field) => detection.headerCurrency[field]);
  if (!costHeader) return currency;
  const fromCost = detection.headerCurrency[costHeader];
  row.assumptions.push({
    field: "currency",
    from: "inferred",
    value: fromCost!,
    message: `${label("currency")} ${fromCost} is taken from the ${label(costHeader)} column's header.`,
  });
  return fromCost;
}

/**
 * The row's currency (see statedCurrency). Every place the row states a currency must agree, or
 * an amount would be read in the wrong one. Read after the amounts.
 */
export function readCurrency(row: RowCells, amounts: RowAmounts): void {
  const { problem, detection, candidate, sheetRow } = row;
  const { valueCell, cellCurrency } = amounts;
  const currencyCell = row.cellOf("currency");
  const headerCurrency = detection.headerCurrency.value ?? detection.headerCurrency.unitPrice;
  const currency = statedCurrency(row, amounts, currencyCell, headerCurrency);
  const rowAddress = valueCell?.address ?? `row ${sheetRow}`;
  if (amounts.chargesSkipped && !currency) candidate.currency = NO_CURRENCY;
  else if (currencyCell && !isCurrencyCode(currency ?? ""))
    problem(
      "currency",
      currencyCell.address,
      `"${cellText(currencyCell.value)}" is not an ISO currency code such as EUR`,
    );
  else if (!currency) {
    const column = detection.columns.currency;
    const address = column !== undefined ? cellAddress(column, sheetRow) : rowAddress;
    problem(
      "currency",
      address,
      column !== undefined
        ? "is empty; expected an ISO currency code such as EUR"
        : "has no currency: add a Currency column, write it in the header, e.g. Value (EUR), or give a plan default currency=EUR",
    );
  } else if (!isCurrencyCode(currency))
    problem("value", rowAddress, `is in "${currency}", which is not an ISO currency code such as EUR`);
  else {
    const stated = [
      { where: "the value cell", currency: cellCurrency },
      { where: "the value's header", currency: headerCurrency },
      ...amounts.costCurrencies.map((cost) => ({
        where: `the ${label(cost.field).toLowerCase()} cell`,
        currency: cost.currency,
      })),
    ].filter((entry) => entry.currency && entry.currency !== currency);
    if (stated.length)
      problem(
        "currency",
        currencyCell?.address ?? rowAddress,
        `is ${currency}, but ${stated.map((entry) => `${entry.where} says ${entry.currency}`).join(" and ")}: give one currency per row`,
      );
    else candidate.currency = currency;
  }
}
