import type { Assessment } from "../domain/assessment";
import { countryName } from "../domain/countryNames";
import { ExactDecimal } from "../domain/exactDecimal";
import type { ReportingCurrency } from "../domain/settings";
import { STATUSES, type Status } from "../domain/status";
import { minorUnits } from "../engine/money";
import type { ReadinessEntry } from "./readiness";
import type { SkippedCheck } from "./skippedChecks";

/** Totals per currency, summed exactly. */
export type ChargesByCurrency = Record<string, number>;

export interface DestinationSummary {
  country: string;
  name: string;
  shipments: number;
  permitsNeeded: string[];
  longestLeadTimeDays: number | null;
  charges: ChargesByCurrency;
  blocked: number;
}

export interface LaneSummary {
  origin: string;
  destination: string;
  shipments: number;
  statuses: Record<Status, number>;
  charges: ChargesByCurrency;
  blocked: boolean;
}

export interface PlanSummary {
  rows: number;
  byStatus: Record<Status, number>;
  destinations: DestinationSummary[];
  lanes: LaneSummary[];
  /** Checks the plan's columns leave out (an optional column is absent), so results are never silently weaker. */
  skippedChecks: SkippedCheck[];
  /** What to set up once per country and side, and the rows waiting on it. */
  setup: ReadinessEntry[];
  /** Every estimate added up in the reporting currency at the user's rates, when the settings give one. */
  grandTotal?: GrandTotal;
}

/** One currency's estimates converted to the reporting currency. */
export interface ConvertedTotal {
  currency: string;
  amount: number;
  /** Units of the reporting currency for one unit of `currency` (1 for the reporting currency itself). */
  rate: number;
  /** amount x rate, rounded to the reporting currency's minor unit. */
  converted: number;
}

/** The estimates in one currency: each currency's total at the user's rate, their sum, and the rates' date and source. */
export interface GrandTotal {
  currency: string;
  /** The sum of the converted amounts as written (so the sheet adds up). */
  total: number;
  parts: ConvertedTotal[];
  /** Currencies with estimates but no rate given: left out of the total, and said so. */
  missingRates: string[];
  ratesDate: string;
  ratesSource: string;
}

/** Every currency's estimated charges converted at the user's rates (no rate is looked up) and added up. */
export function grandTotal(
  destinations: readonly Pick<DestinationSummary, "charges">[],
  reporting: ReportingCurrency,
): GrandTotal {
  const byCurrency = new Map<string, ExactDecimal>();
  for (const destination of destinations) {
    for (const [currency, amount] of Object.entries(destination.charges))
      byCurrency.set(currency, (byCurrency.get(currency) ?? ExactDecimal.ZERO).plus(ExactDecimal.of(amount)));
  }
  const places = minorUnits(reporting.currency);
  const parts: ConvertedTotal[] = [];
  const missingRates: string[] = [];
  let total = ExactDecimal.ZERO;
  for (const [currency, amount] of [...byCurrency].sort(([a], [b]) => a.localeCompare(b))) {
    const rate = currency === reporting.currency ? 1 : reporting.rates[currency];
    if (rate === undefined) {
      missingRates.push(currency);
      continue;
    }
    const converted = amount.times(ExactDecimal.of(rate)).toNumber(places);
    total = total.plus(ExactDecimal.of(converted));
    parts.push({ currency, amount: amount.toNumber(4), rate, converted });
  }
  return {
    currency: reporting.currency,
    total: total.toNumber(places),
    parts,
    missingRates,
    ratesDate: reporting.date,
    ratesSource: reporting.source,
  };
}

export interface SummaryInput {
  status: Status;
  origin?: string;
  destination?: string;
  assessment?: Assessment;
  /** A later row of a shipment the plan writes over several rows: its shipment and charges are counted on the first. */
  continues?: boolean;
}

const zeroStatuses = (): Record<Status, number> =>
  Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;

function addCharge(totals: Map<string, ExactDecimal>, assessment: Assessment | undefined): void {
  const total = assessment?.charges.total;
  if (!assessment || total === null || total === undefined) return;
  const currency = assessment.charges.currency;
  totals.set(currency, (totals.get(currency) ?? ExactDecimal.ZERO).plus(ExactDecimal.of(total)));
}

const toRecord = (totals: Map<string, ExactDecimal>): ChargesByCurrency =>
  Object.fromEntries(
    [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => [currency, amount.toNumber(4)]),
  );

/** Counts by status; per destination and per lane: shipments, permits, longest lead time, charges, blocks; and the checks skipped. */
export function summarise(
  rows: readonly SummaryInput[],
  skipped: readonly SkippedCheck[] = [],
  setup: readonly ReadinessEntry[] = [],
): PlanSummary {
  const byStatus = zeroStatuses();
  const destinations = new Map<
    string,
    { summary: DestinationSummary; totals: Map<string, ExactDecimal>; permits: Set<string> }
  >();
  const lanes = new Map<string, { summary: LaneSummary; totals: Map<string, ExactDecimal> }>();
  for (const row of rows) {
    byStatus[row.status]++;
    if (!row.origin || !row.destination) continue;
    let destination = destinations.get(row.destination);
    if (!destination) {
      destination = {
        summary: {
          country: row.destination,
          name: countryName(row.destination),
          shipments: 0,
          permitsNeeded: [],
          longestLeadTimeDays: null,
          charges: {},
          blocked: 0,
        },
        totals: new Map(),
        permits: new Set(),
      };
      destinations.set(row.destination, destination);
    }
    if (!row.continues) destination.summary.shipments++;
    if (row.status === "blocked") destination.summary.blocked++;
    for (const permit of row.assessment?.permits ?? [])
      if (!permit.heldReference) destination.permits.add(`${permit.country} ${permit.direction}: ${permit.name}`);
    const lead = row.assessment?.leadTimeDays ?? null;
    if (
      lead !== null &&
      (destination.summary.longestLeadTimeDays === null || lead > destination.summary.longestLeadTimeDays)
    )
      destination.summary.longestLeadTimeDays = lead;
    if (!row.continues) addCharge(destination.totals, row.assessment);

    const laneKey = `${row.origin}>${row.destination}`;
    let lane = lanes.get(laneKey);
    if (!lane) {
      lane = {
        summary: {
          origin: row.origin,
          destination: row.destination,
          shipments: 0,
          statuses: zeroStatuses(),
          charges: {},
          blocked: false,
        },
        totals: new Map(),
      };
      lanes.set(laneKey, lane);
    }
    if (!row.continues) lane.summary.shipments++;
    lane.summary.statuses[row.status]++;
    if (row.status === "blocked") lane.summary.blocked = true;
    if (!row.continues) addCharge(lane.totals, row.assessment);
  }
  return {
    rows: rows.length,
    byStatus,
    destinations: [...destinations.values()]
      .map(({ summary, totals, permits }) => ({
        ...summary,
        permitsNeeded: [...permits].sort(),
        charges: toRecord(totals),
      }))
      .sort((a, b) => a.country.localeCompare(b.country)),
    lanes: [...lanes.values()]
      .map(({ summary, totals }) => ({ ...summary, charges: toRecord(totals) }))
      .sort((a, b) => `${a.origin}${a.destination}`.localeCompare(`${b.origin}${b.destination}`)),
    skippedChecks: [...skipped],
    setup: [...setup],
  };
}
