import type { Issue } from "../domain/assessment";
import { ShipmentSchema, type Shipment } from "../domain/shipment";
import { cellAddress } from "./cellAddress";
import { parseAmount, parseDate, parseTemperature, parseUnNumbers, parseYesNo, type DecimalMark, type Parsed } from "./cellParsing";
import { cellText, isBlank, type CellValue, type Grid } from "./cellValue";
import { parseCountry } from "./countryParsing";
import type { HeaderDetection } from "./headerDetection";
import { parseMaterial } from "./materialParsing";
import { FIELD_HEADERS, type PlanField } from "./planFields";

export type RowParse = { kind: "empty" } | { kind: "shipment"; shipment: Shipment; shipmentId: string | null } | { kind: "error"; issues: Issue[]; shipmentId: string | null };

const TEXT_FIELDS = ["shipmentId", "site", "description", "incoterm", "sponsor", "importerOfRecord", "exporterOfRecord"] as const;
const SHIPMENT_KEY: Partial<Record<PlanField, keyof Shipment>> = { shipmentId: "id" };

let knownCurrencies: Set<string> | undefined;
function isCurrency(code: string): boolean {
  knownCurrencies ??= new Set(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : []);
  return knownCurrencies.size === 0 ? /^[A-Z]{3}$/.test(code) : knownCurrencies.has(code);
}

/**
 * One plan row as a Shipment. Every cell that cannot be read becomes an error issue naming its
 * A1 address and what was expected; the row is still reported, never dropped. Amounts written as
 * text are read with `decimalMark` (a comma only where the file says so, e.g. a `;`-separated CSV).
 */
export function parseRow(grid: Grid, detection: HeaderDetection, rowIndex: number, rowOffset = 1, decimalMark: DecimalMark = "point"): RowParse {
  const row = grid[rowIndex] ?? [];
  const sheetRow = rowIndex + rowOffset;
  if (detection.inputColumns.every((column) => isBlank(row[column]))) return { kind: "empty" };

  const issues: Issue[] = [];
  const candidate: Record<string, unknown> = {};
  const cellOf = (field: PlanField): { value: CellValue; address: string } | undefined => {
    const column = detection.columns[field];
    if (column === undefined) return undefined;
    const value = row[column] ?? null;
    return isBlank(value) ? undefined : { value, address: cellAddress(column, sheetRow) };
  };
  const problem = (field: PlanField, address: string, message: string) =>
    issues.push({ code: "cell-unreadable", severity: "error", kind: "shipment", message: `${FIELD_HEADERS[field].label} (${address}) ${message}.`, cell: address });
  const read = <T>(field: PlanField, parse: (value: CellValue) => Parsed<T>, apply: (value: T) => void) => {
    const cell = cellOf(field);
    if (!cell) return;
    const parsed = parse(cell.value);
    if (parsed.ok) apply(parsed.value);
    else problem(field, cell.address, parsed.message);
  };

  for (const field of TEXT_FIELDS) {
    const cell = cellOf(field);
    if (cell) candidate[SHIPMENT_KEY[field] ?? field] = cellText(cell.value);
  }
  const shipmentId = typeof candidate.id === "string" ? candidate.id : null;

  for (const side of ["origin", "destination"] as const) {
    const cell = cellOf(side);
    if (!cell) {
      const column = detection.columns[side];
      problem(side, column === undefined ? `row ${sheetRow}` : cellAddress(column, sheetRow), "is empty; expected a country");
      continue;
    }
    const parsed = parseCountry(cellText(cell.value));
    if (!parsed.ok) problem(side, cell.address, parsed.message.replace(/^is empty; /, ""));
    else {
      candidate[side] = parsed.code;
      if (parsed.region) candidate[`${side}Region`] = parsed.region;
    }
  }

  const materialCell = cellOf("material");
  if (!materialCell) problem("material", cellAddress(detection.columns.material ?? 0, sheetRow), "is empty; expected IMP, device, ancillary, lab kit, samples or equipment");
  else {
    const parsed = parseMaterial(cellText(materialCell.value));
    if (parsed.ok) candidate.material = parsed.material;
    else problem("material", materialCell.address, parsed.message);
  }

  const amount = (value: CellValue) => parseAmount(value, decimalMark);
  let cellCurrency: string | undefined;
  const valueCell = cellOf("value");
  if (!valueCell) problem("value", cellAddress(detection.columns.value ?? 0, sheetRow), "is empty; expected the value for customs (also for no-commercial-value goods)");
  else {
    const parsed = amount(valueCell.value);
    if (parsed.ok) {
      candidate.value = parsed.value.amount;
      cellCurrency = parsed.value.currency;
    } else problem("value", valueCell.address, parsed.message);
  }
  // Freight and insurance in another currency than the value would be added up wrongly: their currency is checked below.
  const costCurrencies: Array<{ field: PlanField; currency: string }> = [];
  for (const field of ["freight", "insurance"] as const)
    read(field, amount, (parsed) => {
      candidate[field] = parsed.amount;
      if (parsed.currency) costCurrencies.push({ field, currency: parsed.currency });
    });
  read("quantity", amount, (parsed) => (candidate.quantity = parsed.amount));

  const currencyCell = cellOf("currency");
  const currency = currencyCell ? cellText(currencyCell.value).toUpperCase() : (detection.headerCurrency.value ?? cellCurrency);
  if (currencyCell && !isCurrency(currency ?? "")) problem("currency", currencyCell.address, `"${cellText(currencyCell.value)}" is not an ISO currency code such as EUR`);
  else if (!currency) {
    const column = detection.columns.currency;
    const address = column !== undefined ? cellAddress(column, sheetRow) : (valueCell?.address ?? `row ${sheetRow}`);
    problem("currency", address, column !== undefined ? "is empty; expected an ISO currency code such as EUR" : "has no currency: add a Currency column, or write it in the header, e.g. Value (EUR)");
  }
  else if (!isCurrency(currency)) problem("value", valueCell?.address ?? `row ${sheetRow}`, `is in "${currency}", which is not an ISO currency code such as EUR`);
  else {
    // Every place the row states a currency must agree, or an amount would be read in the wrong one.
    const stated = [
      { where: "the value cell", currency: cellCurrency },
      { where: "the value's header", currency: detection.headerCurrency.value },
      ...costCurrencies.map((cost) => ({ where: `the ${FIELD_HEADERS[cost.field].label.toLowerCase()} cell`, currency: cost.currency })),
    ].filter((entry) => entry.currency && entry.currency !== currency);
    if (stated.length) problem("currency", currencyCell?.address ?? valueCell?.address ?? `row ${sheetRow}`, `is ${currency}, but ${stated.map((entry) => `${entry.where} says ${entry.currency}`).join(" and ")}: give one currency per row`);
    else candidate.currency = currency;
  }

  read("shipDate", parseDate, (date) => (candidate.shipDate = date));
  read("needByDate", parseDate, (date) => (candidate.needByDate = date));
  read("noCommercialValue", parseYesNo, (yes) => (candidate.noCommercialValue = yes));
  read("returnable", parseYesNo, (yes) => (candidate.returnable = yes));
  read("controlledSubstance", parseYesNo, (yes) => (candidate.controlledSubstance = yes));
  read("temperature", parseTemperature, (temperature) => (candidate.temperature = temperature));
  read("dangerousGoods", parseUnNumbers, (numbers) => (candidate.dangerousGoods = numbers));
  read("hsCode", (value) => {
    // Typed as a number, 3004.90 arrives as 3004.9 (or "3004,9" from a decimal-comma file): the dropped zero of the subheading is put back.
    const typed = typeof value === "number" ? String(value) : decimalMark === "comma" && /^\d+,\d+$/.test(cellText(value)) ? cellText(value).replace(",", ".") : undefined;
    const [whole = "", fraction] = typed === undefined ? [] : typed.split(".");
    const digits = typed !== undefined && fraction !== undefined && whole.length % 2 === 0 ? whole + fraction.padEnd(2, "0") : cellText(value).replace(/[\s.]/g, "");
    return /^\d{4,10}$/.test(digits) ? { ok: true, value: digits } : { ok: false, message: `"${cellText(value)}" is not an HS code (4 to 10 digits)` };
  }, (code) => (candidate.hsCode = code));

  if (candidate.shipDate && candidate.needByDate && String(candidate.needByDate) < String(candidate.shipDate)) {
    const address = cellOf("needByDate")!.address;
    problem("needByDate", address, `(${String(candidate.needByDate)}) is before the ship date (${String(candidate.shipDate)})`);
  }
  if (issues.length) return { kind: "error", issues, shipmentId };

  const parsed = ShipmentSchema.safeParse(candidate);
  if (!parsed.success) {
    return {
      kind: "error",
      shipmentId,
      issues: parsed.error.issues.map((zodIssue) => {
        const field = String(zodIssue.path[0] ?? "");
        const planField = (field === "id" ? "shipmentId" : field) as PlanField;
        const column = detection.columns[planField];
        const address = column === undefined ? `row ${sheetRow}` : cellAddress(column, sheetRow);
        return { code: "cell-unreadable", severity: "error" as const, kind: "shipment" as const, message: `${FIELD_HEADERS[planField]?.label ?? field} (${address}): ${zodIssue.message}.`, cell: address };
      }),
    };
  }
  return { kind: "shipment", shipment: parsed.data, shipmentId };
}
