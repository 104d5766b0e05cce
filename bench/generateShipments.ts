import { MATERIAL_TYPES } from "../src/domain/materialType";
import { ShipmentSchema, type Shipment } from "../src/domain/shipment";
import type { RuleSet } from "../src/rules/ruleSet";

/** A deterministic pseudo-random generator (mulberry32), so every run measures the same rows. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` shipments over every covered lane, with the optional columns filled at random. */
export function generateShipments(rules: RuleSet, count: number, seed = 42): Shipment[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const countries = [...rules.countries.keys(), "NG", "IR", "FI"];
  const shipments: Shipment[] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + Math.floor(random() * 27);
    shipments.push(
      ShipmentSchema.parse({
        id: `S-${i}`,
        origin: pick(countries),
        destination: pick(countries),
        material: pick(MATERIAL_TYPES),
        value: Math.round(random() * 100_000) / 100,
        currency: pick(["USD", "EUR", "GBP", "JPY"]),
        shipDate: `2027-0${1 + Math.floor(random() * 9)}-${String(day).padStart(2, "0")}`,
        needByDate: random() < 0.5 ? `2027-10-${String(day).padStart(2, "0")}` : undefined,
        returnable: random() < 0.1,
        temperature: pick(["ambient", "2-8C", "dry-ice", "-80C"]),
        controlledSubstance: random() < 0.05,
      }),
    );
  }
  return shipments;
}
