import { countryName } from "../../domain/countryNames";
import type { RowResult } from "../../plan/checkPlan";
import type { PlanSummary } from "../../plan/planSummary";
import type { ReadinessEntry } from "../../plan/readiness";

/** One country as the Countries view shows it: rows to or from it, blocked rows, import charges, its setup items. */
export interface CountryOverview {
  country: string;
  name: string;
  rows: number;
  blocked: number;
  /** Estimated duty and import tax on shipments into it, per currency. */
  charges: Record<string, number>;
  setup: ReadinessEntry[];
}

/** Every country a readable row ships from or to, sorted by name. */
export function countryOverview(rows: readonly RowResult[], summary: PlanSummary): CountryOverview[] {
  const countries = new Map<string, CountryOverview>();
  const entry = (code: string) => {
    let found = countries.get(code);
    if (!found)
      countries.set(
        code,
        (found = { country: code, name: countryName(code), rows: 0, blocked: 0, charges: {}, setup: [] }),
      );
    return found;
  };
  for (const row of rows) {
    if (!row.shipment) continue;
    const codes = new Set([row.shipment.origin, row.shipment.destination]);
    for (const code of codes) {
      const country = entry(code);
      country.rows++;
      if (row.status === "blocked") country.blocked++;
    }
  }
  for (const destination of summary.destinations) entry(destination.country).charges = destination.charges;
  for (const setup of summary.setup) entry(setup.country).setup.push(setup);
  return [...countries.values()].sort((a, b) => a.name.localeCompare(b.name, "en"));
}
