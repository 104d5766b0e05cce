import type { ExactDecimal } from "../domain/exactDecimal";

const minorUnitCache = new Map<string, number>();

/** Digits after the decimal point in a currency's minor unit (EUR 2, JPY 0, KWD 3). */
export function minorUnits(currency: string): number {
  let digits = minorUnitCache.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    minorUnitCache.set(currency, digits);
  }
  return digits;
}

/** Rounds once, at the end, to the currency's minor unit, half away from zero. */
export function toMoney(amount: ExactDecimal, currency: string): number {
  return amount.toNumber(minorUnits(currency));
}
