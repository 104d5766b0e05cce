import type { Issue } from "../domain/assessment";
import { ShipmentSchema, type Shipment } from "../domain/shipment";
import { cellAddress } from "./cellAddress";
import { countryInText, countryName } from "../domain/countryNames";
import { ExactDecimal } from "../domain/exactDecimal";
import { MATERIAL_LABELS } from "../domain/materialType";
import { isPlaceholder, parseAmount, parseDate, parseTemperature, parseUnNumbers, parseYesNo, saysNoCommercialValue, type DecimalMark, type Parsed } from "./cellParsing";
import type { DepotsTable } from "./depotsTable";
import { NO_CURRENCY } from "./chargesSkipped";
import { resolveLocation } from "./locationResolving";
import { inferMaterial } from "./materialInference";
import { isCurrencyCode, type PlanDefaults } from "./planDefaults";
import { cellText, isBlank, type CellValue, type Grid } from "./cellValue";
import type { HeaderDetection } from "./headerDetection";
import { parseMaterial } from "./materialParsing";
import { FIELD_HEADERS, type PlanField } from "./planFields";

/** Something a row's result rests on that the plan did not say in so many words: shown as an info note, and in the JSON's `assumed`. */
export interface Assumption {
  field: PlanField;
  /** defaults: the plan's defaults; depots: the Depots table; label: what a depot or site label seems to say; inferred: from other columns; placeholder: a placeholder text taken as empty; derived: worked out from other cells. */
  from: "defaults" | "depots" | "label" | "inferred" | "placeholder" | "derived";
  value: string;
  message: string;
}

/** What reading a row needs besides its cells. */
export interface RowReading {
  /** How amounts written as text mark decimals; a point unless the file says a comma. */
  decimalMark?: DecimalMark;
  /** Values for fields the plan lacks (from settings, the workbook or the command line). */
  defaults?: PlanDefaults;
  /** What origin (and destination) labels such as "DE01 - EU Depot Mannheim" mean. */
  depots?: DepotsTable;
  /** Date columns that mix day-first and month-first dates: their slashed dates are refused with this reason. */
  mixedDateColumns?: ReadonlyMap<PlanField, string>;
}

export type RowParse =
  | { kind: "empty" }
  | { kind: "shipment"; shipment: Shipment; shipmentId: string | null; assumptions: Assumption[]; chargesSkipped: boolean }
  | { kind: "error"; issues: Issue[]; shipmentId: string | null; assumptions: Assumption[] };

const TEXT_FIELDS = ["shipmentId", "site", "description", "incoterm", "sponsor", "importerOfRecord", "exporterOfRecord"] as const;
const SHIPMENT_KEY: Partial<Record<PlanField, keyof Shipment>> = { shipmentId: "id" };
/** Fields whose placeholder text ("TBD") is an error, not an empty cell: each check needs them. */
const NEEDED_FIELDS: readonly PlanField[] = ["origin", "destination", "material", "value"];

const SLASHED_DATE = /^\s*\d{1,2}[/-]\d{1,2}[/-](\d{4}|\d{2})\s*$/;

/**
 * One plan row as a Shipment. Every cell that cannot be read becomes an error issue naming its
 * A1 address and what was expected; the row is still reported, never dropped. Amounts written as
 * text are read with `decimalMark` (a comma only where the file says so, e.g. a `;`-separated CSV).
 * Where the plan lacks a field, the row takes it from the plan's defaults, the Depots table or what
 * other columns say, and lists each such assumption.
 */
export function parseRow(grid: Grid, detection: HeaderDetection, rowIndex: number, rowOffset = 1, reading: RowReading = {}): RowParse {
  const row = grid[rowIndex] ?? [];
  const sheetRow = rowIndex + rowOffset;
  if (detection.inputColumns.every((column) => isBlank(row[column]))) return { kind: "empty" };
  const decimalMark = reading.decimalMark ?? "point";
  const defaults = reading.defaults ?? {};

  const issues: Issue[] = [];
  const assumptions: Assumption[] = [];
  const candidate: Record<string, unknown> = {};
  const label = (field: PlanField) => FIELD_HEADERS[field].label;
  // Each field is looked up once (with and without its default), so a placeholder or a default is noted once.
  const cells = new Map<string, { value: CellValue; address: string; fromDefault: boolean } | undefined>();
  /** The field's cell; a placeholder in an optional column is empty; an empty field takes the plan's default unless `withDefault` is false. */
  const cellOf = (field: PlanField, withDefault = true): { value: CellValue; address: string; fromDefault: boolean } | undefined => {
    const key = `${field}|${withDefault}`;
    if (cells.has(key)) return cells.get(key);
    const column = detection.columns[field];
    let found: { value: CellValue; address: string; fromDefault: boolean } | undefined;
    if (column !== undefined && !isBlank(row[column] ?? null)) {
      const value = row[column] ?? null;
      const address = cellAddress(column, sheetRow);
      if (!NEEDED_FIELDS.includes(field) && isPlaceholder(value)) {
        if (withDefault) assumptions.push({ field, from: "placeholder", value: cellText(value), message: `${label(field)} (${address}) "${cellText(value)}" is a placeholder: taken as empty.` });
      } else found = { value, address, fromDefault: false };
    }
    const fallback = (defaults as Record<string, string | undefined>)[field];
    if (!found && withDefault && fallback !== undefined) {
      const where = column === undefined ? `the plan has no ${label(field)} column` : `${cellAddress(column, sheetRow)} is empty`;
      assumptions.push({ field, from: "defaults", value: fallback, message: `${label(field)} "${fallback}" is from the plan's defaults (${where}).` });
      found = { value: fallback, address: "the plan's defaults", fromDefault: true };
    }
    cells.set(key, found);
    return found;
  };
  const problem = (field: PlanField, address: string, message: string) =>
    issues.push({ code: "cell-unreadable", severity: "error", kind: "shipment", message: `${label(field)} (${address}) ${message}.`, cell: address });
  const read = <T>(field: PlanField, parse: (value: CellValue) => Parsed<T>, apply: (value: T) => void) => {
    const cell = cellOf(field);
    if (!cell) return;
    const parsed = parse(cell.value);
    if (parsed.ok) apply(parsed.value);
    else problem(field, cell.address, parsed.message);
  };
  const emptyAddress = (field: PlanField) => {
    const column = detection.columns[field];
    return column === undefined ? `row ${sheetRow}` : cellAddress(column, sheetRow);
  };

  for (const field of TEXT_FIELDS) {
    const cell = cellOf(field);
    if (cell) candidate[SHIPMENT_KEY[field] ?? field] = cellText(cell.value);
  }
  const shipmentId = typeof candidate.id === "string" ? candidate.id : null;

  for (const side of ["origin", "destination"] as const) {
    const cell = cellOf(side);
    if (!cell) {
      problem(side, emptyAddress(side), detection.columns[side] === undefined ? `is not in the plan; expected a country: add a ${label(side)} column or a plan default (${side}=DE)` : "is empty; expected a country");
      continue;
    }
    const text = cellText(cell.value);
    const parsed = resolveLocation(text, reading.depots, side);
    if (!parsed.ok) {
      problem(side, cell.address, parsed.message.replace(/^is empty; /, ""));
      continue;
    }
    candidate[side] = parsed.code;
    if ("region" in parsed && parsed.region) candidate[`${side}Region`] = parsed.region;
    const country = `${countryInText(parsed.code, countryName(parsed.code))} (${parsed.code})`;
    if (parsed.via === "depot") assumptions.push({ field: side, from: "depots", value: parsed.code, message: `${label(side)} (${cell.address}) "${text}" is the depot ${parsed.depot} in ${country}, from ${reading.depots?.where ?? "the Depots table"}.` });
    else if (parsed.via === "prefix" || parsed.via === "name") assumptions.push({ field: side, from: "label", value: parsed.code, message: `${label(side)} (${cell.address}) "${text}" is assumed to be in ${country}, ${parsed.detail}: add it to a "Clearway Depots" sheet (or --depots FILE) to confirm.` });
  }

  read("hsCode", (value) => {
    // Typed as a number, 3004.90 arrives as 3004.9 (or "3004,9" from a decimal-comma file): the dropped zero of the subheading is put back.
    const typed = typeof value === "number" ? String(value) : decimalMark === "comma" && /^\d+,\d+$/.test(cellText(value)) ? cellText(value).replace(",", ".") : undefined;
    const [whole = "", fraction] = typed === undefined ? [] : typed.split(".");
    const digits = typed !== undefined && fraction !== undefined && whole.length % 2 === 0 ? whole + fraction.padEnd(2, "0") : cellText(value).replace(/[\s.]/g, "");
    return /^\d{4,10}$/.test(digits) ? { ok: true, value: digits } : { ok: false, message: `"${cellText(value)}" is not an HS code (4 to 10 digits)` };
  }, (code) => (candidate.hsCode = code));

  const materialCell = cellOf("material", false);
  if (materialCell) {
    const parsed = parseMaterial(cellText(materialCell.value));
    if (parsed.ok) candidate.material = parsed.material;
    else problem("material", materialCell.address, parsed.message);
  } else {
    const drugCode = cellOf("drugCode");
    const inferred = inferMaterial({
      ...(typeof candidate.hsCode === "string" ? { hsCode: candidate.hsCode } : {}),
      ...(typeof candidate.description === "string" ? { description: candidate.description } : {}),
      ...(drugCode && !drugCode.fromDefault ? { drugCode: cellText(drugCode.value) } : {}),
    });
    const fallback = inferred ? undefined : cellOf("material");
    if (inferred) {
      candidate.material = inferred.material;
      assumptions.push({ field: "material", from: "inferred", value: inferred.material, message: `${label("material")} is assumed to be ${MATERIAL_LABELS[inferred.material]} (${inferred.material}), from ${inferred.from}: add a Material column or fill it in to confirm.` });
    } else if (fallback) {
      const parsed = parseMaterial(cellText(fallback.value));
      if (parsed.ok) candidate.material = parsed.material;
      else problem("material", fallback.address, parsed.message);
    } else {
      const sources = ["hsCode", "drugCode", "description"].filter((field) => detection.columns[field as PlanField] !== undefined).map((field) => label(field as PlanField));
      const why = detection.columns.material === undefined ? `is not in the plan${sources.length ? `, and neither ${sources.join(" nor ")} says what moves` : ""}` : `is empty${sources.length ? `, and neither ${sources.join(" nor ")} says what moves` : ""}`;
      problem("material", emptyAddress("material"), `${why}; expected IMP, device, ancillary, lab kit, samples or equipment (a Material column, or a plan default material=imp)`);
    }
  }

  const amount = (value: CellValue) => parseAmount(value, decimalMark);
  // A plan without any value column is checked without charges; with one, every row needs its value.
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
      assumptions.push({ field: "value", from: "derived", value: String(total), message: `${label("value")} ${total} is the quantity (${quantityCell.address}) times the unit price (${unitPriceCell.address}).` });
    }
  } else if (hasValueColumn) {
    const column = detection.columns.value ?? detection.columns.unitPrice;
    problem(detection.columns.value !== undefined ? "value" : "unitPrice", column === undefined ? `row ${sheetRow}` : cellAddress(column, sheetRow), detection.columns.value !== undefined ? "is empty; expected the value for customs (also for no-commercial-value goods)" : "is empty, and there is no value: expected a unit price and a quantity");
  } else {
    chargesSkipped = true;
    candidate.value = 0;
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
  const headerCurrency = detection.headerCurrency.value ?? detection.headerCurrency.unitPrice;
  // A report that gives its currency only beside freight or insurance ("Freight Cost (USD)") gives it for the row.
  const costHeader = (["freight", "insurance"] as const).find((field) => detection.headerCurrency[field]);
  let currency = currencyCell ? cellText(currencyCell.value).toUpperCase() : (headerCurrency ?? cellCurrency);
  if (!currencyCell && !currency && costHeader) {
    currency = detection.headerCurrency[costHeader];
    assumptions.push({ field: "currency", from: "inferred", value: currency!, message: `${label("currency")} ${currency} is taken from the ${label(costHeader)} column's header.` });
  }
  if (chargesSkipped && !currency) candidate.currency = NO_CURRENCY;
  else if (currencyCell && !isCurrencyCode(currency ?? "")) problem("currency", currencyCell.address, `"${cellText(currencyCell.value)}" is not an ISO currency code such as EUR`);
  else if (!currency) {
    const column = detection.columns.currency;
    const address = column !== undefined ? cellAddress(column, sheetRow) : (valueCell?.address ?? `row ${sheetRow}`);
    problem("currency", address, column !== undefined ? "is empty; expected an ISO currency code such as EUR" : "has no currency: add a Currency column, write it in the header, e.g. Value (EUR), or give a plan default currency=EUR");
  }
  else if (!isCurrencyCode(currency)) problem("value", valueCell?.address ?? `row ${sheetRow}`, `is in "${currency}", which is not an ISO currency code such as EUR`);
  else {
    // Every place the row states a currency must agree, or an amount would be read in the wrong one.
    const stated = [
      { where: "the value cell", currency: cellCurrency },
      { where: "the value's header", currency: headerCurrency },
      ...costCurrencies.map((cost) => ({ where: `the ${label(cost.field).toLowerCase()} cell`, currency: cost.currency })),
    ].filter((entry) => entry.currency && entry.currency !== currency);
    if (stated.length) problem("currency", currencyCell?.address ?? valueCell?.address ?? `row ${sheetRow}`, `is ${currency}, but ${stated.map((entry) => `${entry.where} says ${entry.currency}`).join(" and ")}: give one currency per row`);
    else candidate.currency = currency;
  }

  const date = (field: PlanField) => (value: CellValue): Parsed<string> => {
    const mixed = reading.mixedDateColumns?.get(field);
    return mixed && typeof value === "string" && SLASHED_DATE.test(value) ? { ok: false, message: `"${value.trim()}" is not read: ${mixed}` } : parseDate(value);
  };
  read("shipDate", date("shipDate"), (value) => (candidate.shipDate = value));
  read("needByDate", date("needByDate"), (value) => (candidate.needByDate = value));
  read("noCommercialValue", parseYesNo, (yes) => (candidate.noCommercialValue = yes));
  const remarks = cellOf("remarks");
  if (remarks && candidate.noCommercialValue !== true && saysNoCommercialValue(cellText(remarks.value))) {
    candidate.noCommercialValue = true;
    assumptions.push({ field: "noCommercialValue", from: "derived", value: "yes", message: `${label("noCommercialValue")}: read from ${label("remarks")} (${remarks.address}) "${cellText(remarks.value)}".` });
  }
  read("returnable", parseYesNo, (yes) => (candidate.returnable = yes));
  read("controlledSubstance", parseYesNo, (yes) => (candidate.controlledSubstance = yes));
  read("temperature", parseTemperature, (temperature) => (candidate.temperature = temperature));
  read("dangerousGoods", parseUnNumbers, (numbers) => (candidate.dangerousGoods = numbers));

  if (candidate.shipDate && candidate.needByDate && String(candidate.needByDate) < String(candidate.shipDate)) {
    const address = cellOf("needByDate")!.address;
    problem("needByDate", address, `(${String(candidate.needByDate)}) is before the ship date (${String(candidate.shipDate)})`);
  }
  if (issues.length) return { kind: "error", issues, shipmentId, assumptions };

  const parsed = ShipmentSchema.safeParse(candidate);
  if (!parsed.success) {
    return {
      kind: "error",
      shipmentId,
      assumptions,
      issues: parsed.error.issues.map((zodIssue) => {
        const field = String(zodIssue.path[0] ?? "");
        const planField = (field === "id" ? "shipmentId" : field) as PlanField;
        const column = detection.columns[planField];
        const address = column === undefined ? `row ${sheetRow}` : cellAddress(column, sheetRow);
        return { code: "cell-unreadable", severity: "error" as const, kind: "shipment" as const, message: `${FIELD_HEADERS[planField]?.label ?? field} (${address}): ${zodIssue.message}.`, cell: address };
      }),
    };
  }
  return { kind: "shipment", shipment: parsed.data, shipmentId, assumptions, chargesSkipped };
}
