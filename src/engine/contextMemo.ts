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

/** A lane and its goods as one number: origin, destination, material, controlled substance or not. */
export function laneKey(shipment: Goods & Pick<Shipment, "origin" | "destination">): number {
  return ((countryIndex(shipment.origin) * 1024 + countryIndex(shipment.destination)) * 8 + materialIndex(shipment.material)) * 2 + (shipment.controlledSubstance ? 1 : 0);
}

/** One side of a lane and its goods as one number: the country, import or export, material, controlled or not (the other country plays no part). */
export function sideKey(country: string, direction: "import" | "export", shipment: Goods): number {
  return ((countryIndex(country) * 2 + (direction === "import" ? 1 : 0)) * 8 + materialIndex(shipment.material)) * 2 + (shipment.controlledSubstance ? 1 : 0);
}

/**
 * Numeric keys are built by the callers so that their remainders mod 8 keep the namespaces apart:
 * 1 sanctions, 2 importer or exporter of record, 4 border, 5 dangerous goods, 6 charges, 0 what the rules ask of a
 * record party and who on file could act as one; negative: permits.
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
