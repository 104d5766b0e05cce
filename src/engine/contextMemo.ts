import { MATERIAL_TYPES, type MaterialType } from "../domain/materialType";
import type { Shipment } from "../domain/shipment";
import type { AssessContext } from "./context";

const memos = new WeakMap<AssessContext, Map<number | string, unknown>>();
const countryIndexes = new Map<string, number>();
const currencyIndexes = new Map<string, number>();
const LIMIT = 200_000;
let lastContext: AssessContext | undefined;
let lastMemo: Map<number | string, unknown> | undefined;

/** A small number for a country code, stable for the process: memo keys are numbers, not strings, on the hot path. */
export function countryIndex(code: string): number {
  let index = countryIndexes.get(code);
  if (index === undefined) countryIndexes.set(code, (index = countryIndexes.size));
  return index;
}

export function currencyIndex(code: string): number {
  let index = currencyIndexes.get(code);
  if (index === undefined) currencyIndexes.set(code, (index = currencyIndexes.size));
  return index;
}

export function materialIndex(material: MaterialType): number {
  return MATERIAL_TYPES.indexOf(material);
}

type Goods = Pick<Shipment, "material" | "controlledSubstance">;

/** Country indexes stay below this: two-letter codes are 676 at the most. */
const COUNTRIES = 1024;
const MATERIALS = 8;
/** Currency indexes below this make a numeric charges key; beyond it (a plan of made-up codes) a text key is used. */
const CURRENCIES = 256;

/** An ordered pair of countries as one number. */
export function countryPairKey(origin: string, destination: string): number {
  return countryIndex(origin) * COUNTRIES + countryIndex(destination);
}

/** A lane and its goods as one number: origin, destination, material, controlled substance or not. */
export function laneKey(shipment: Goods & Pick<Shipment, "origin" | "destination">): number {
  return (
    (countryPairKey(shipment.origin, shipment.destination) * MATERIALS + materialIndex(shipment.material)) * 2 +
    (shipment.controlledSubstance ? 1 : 0)
  );
}

/** The inputs of a charges plan as one number (country, material, freight given or not, currency); null past CURRENCIES currencies. */
export function chargesKey(
  country: string,
  material: MaterialType,
  withFreight: boolean,
  currency: string,
): number | null {
  const currencyId = currencyIndex(currency);
  if (currencyId >= CURRENCIES) return null;
  return (
    ((countryIndex(country) * MATERIALS + materialIndex(material)) * 2 + (withFreight ? 1 : 0)) * CURRENCIES +
    currencyId
  );
}

/** One side of a lane and its goods as one number: the country, import or export, material, controlled or not (the other country plays no part). */
export function sideKey(country: string, direction: "import" | "export", shipment: Goods): number {
  return (
    ((countryIndex(country) * 2 + (direction === "import" ? 1 : 0)) * MATERIALS + materialIndex(shipment.material)) *
      2 +
    (shipment.controlledSubstance ? 1 : 0)
  );
}

/**
 * Keys come from memoKeys.ts, one slot per kind of finding.
 *
 * Remembers a finding per context: the parts of an assessment that depend only on the lane and
 * kind of goods (a few thousand combinations) are worked out once, not once per row. Findings are
 * shared, so callers copy before changing them.
 */
export function memoized<T>(context: AssessContext, key: number | string, compute: () => T): T {
  // Rows of a plan come one context after another: the last context's memo is kept at hand.
  let memo: Map<number | string, unknown> | undefined;
  if (context === lastContext) memo = lastMemo!;
  else {
    memo = memos.get(context);
    if (!memo) memos.set(context, (memo = new Map()));
    lastContext = context;
    lastMemo = memo;
  }
  const found = memo.get(key);
  if (found !== undefined || memo.has(key)) return found as T;
  if (memo.size >= LIMIT) memo.clear();
  const value = compute();
  memo.set(key, value);
  return value;
}
