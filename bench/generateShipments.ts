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
  // A study's plan: a few hundred lanes, each with its usual goods and handling, repeated over many rows.
  const TEMPERATURE_BY_MATERIAL = {
    imp: ["2-8C", "ambient"],
    device: ["ambient"],
    ancillary: ["ambient"],
    "lab-kit": ["ambient"],
    samples: ["-80C", "dry-ice", "2-8C"],
    equipment: ["ambient"],
  } as const;
  for (let i = 0; i < count; i++) {
    const day = 1 + Math.floor(random() * 27);
    const material = pick(MATERIAL_TYPES);
    shipments.push(
      ShipmentSchema.parse({
        id: `S-${i}`,
        origin: pick(countries),
        destination: pick(countries),
        material,
        value: Math.round(random() * 100_000) / 100,
        currency: pick(["USD", "EUR", "GBP", "JPY"]),
        shipDate: `2027-0${1 + Math.floor(random() * 9)}-${String(day).padStart(2, "0")}`,
        needByDate: random() < 0.5 ? `2027-10-${String(day).padStart(2, "0")}` : undefined,
        returnable: material === "equipment" && random() < 0.5,
        temperature: pick(TEMPERATURE_BY_MATERIAL[material]),
        controlledSubstance: material === "imp" && random() < 0.05,
      }),
    );
  }
  return shipments;
}
