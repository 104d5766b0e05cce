import { cellAddress } from "./cellAddress";
import { cellText } from "./cellValue";
import { NO_CURRENCY } from "./chargesSkipped";
import { isCurrencyCode } from "./planDefaults";
import type { RowAmounts } from "./rowAmounts";
import { fieldLabel as label, type RowCells } from "./rowCells";

/**
 * The row's currency: its Currency cell, else the value's header ("Value (EUR)"), else the value
 * cell ("1,200 EUR"), else a freight or insurance header. Every place the row states a currency
 * must agree, or an amount would be read in the wrong one. Read after the amounts.
 */
export function readCurrency(row: RowCells, amounts: RowAmounts): void {
  const { cellOf, problem, detection, candidate, sheetRow } = row;
  const { valueCell, cellCurrency } = amounts;
  const currencyCell = cellOf("currency");
  const headerCurrency = detection.headerCurrency.value ?? detection.headerCurrency.unitPrice;
  // A report that gives its currency only beside freight or insurance ("Freight Cost (USD)") gives it for the row.
  const costHeader = (["freight", "insurance"] as const).find((field) => detection.headerCurrency[field]);
  let currency = currencyCell ? cellText(currencyCell.value).toUpperCase() : (headerCurrency ?? cellCurrency);
  if (!currencyCell && !currency && costHeader) {
    currency = detection.headerCurrency[costHeader];
    row.assumptions.push({ field: "currency", from: "inferred", value: currency!, message: `${label("currency")} ${currency} is taken from the ${label(costHeader)} column's header.` });
  }
  if (amounts.chargesSkipped && !currency) candidate.currency = NO_CURRENCY;
  else if (currencyCell && !isCurrencyCode(currency ?? "")) problem("currency", currencyCell.address, `"${cellText(currencyCell.value)}" is not an ISO currency code such as EUR`);
  else if (!currency) {
    const column = detection.columns.currency;
    const address = column !== undefined ? cellAddress(column, sheetRow) : (valueCell?.address ?? `row ${sheetRow}`);
    problem("currency", address, column !== undefined ? "is empty; expected an ISO currency code such as EUR" : "has no currency: add a Currency column, write it in the header, e.g. Value (EUR), or give a plan default currency=EUR");
  } else if (!isCurrencyCode(currency)) problem("value", valueCell?.address ?? `row ${sheetRow}`, `is in "${currency}", which is not an ISO currency code such as EUR`);
  else {
    const stated = [
      { where: "the value cell", currency: cellCurrency },
      { where: "the value's header", currency: headerCurrency },
      ...amounts.costCurrencies.map((cost) => ({ where: `the ${label(cost.field).toLowerCase()} cell`, currency: cost.currency })),
    ].filter((entry) => entry.currency && entry.currency !== currency);
    if (stated.length) problem("currency", currencyCell?.address ?? valueCell?.address ?? `row ${sheetRow}`, `is ${currency}, but ${stated.map((entry) => `${entry.where} says ${entry.currency}`).join(" and ")}: give one currency per row`);
    else candidate.currency = currency;
  }
}
