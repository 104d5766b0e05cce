import type { Assessment } from "../domain/assessment";
import { countryName } from "../domain/countryNames";
import { ExactDecimal } from "../domain/exactDecimal";
import { STATUSES, type Status } from "../domain/status";
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
}

export interface SummaryInput {
  status: Status;
  origin?: string;
  destination?: string;
  assessment?: Assessment;
  /** A later row of a shipment the plan writes over several rows: its shipment and charges are counted on the first. */
  continues?: boolean;
}

const zeroStatuses = (): Record<Status, number> => Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;

function addCharge(totals: Map<string, ExactDecimal>, assessment: Assessment | undefined): void {
  const total = assessment?.charges.total;
  if (!assessment || total === null || total === undefined) return;
  const currency = assessment.charges.currency;
  totals.set(currency, (totals.get(currency) ?? ExactDecimal.ZERO).plus(ExactDecimal.of(total)));
}

const toRecord = (totals: Map<string, ExactDecimal>): ChargesByCurrency => Object.fromEntries([...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => [currency, amount.toNumber(4)]));

/** Counts by status; per destination and per lane: shipments, permits, longest lead time, charges, blocks; and the checks skipped. */
export function summarise(rows: readonly SummaryInput[], skipped: readonly SkippedCheck[] = [], setup: readonly ReadinessEntry[] = []): PlanSummary {
  const byStatus = zeroStatuses();
  const destinations = new Map<string, { summary: DestinationSummary; totals: Map<string, ExactDecimal>; permits: Set<string> }>();
  const lanes = new Map<string, { summary: LaneSummary; totals: Map<string, ExactDecimal> }>();
  for (const row of rows) {
    byStatus[row.status]++;
    if (!row.origin || !row.destination) continue;
    let destination = destinations.get(row.destination);
    if (!destination) {
      destination = { summary: { country: row.destination, name: countryName(row.destination), shipments: 0, permitsNeeded: [], longestLeadTimeDays: null, charges: {}, blocked: 0 }, totals: new Map(), permits: new Set() };
      destinations.set(row.destination, destination);
    }
    if (!row.continues) destination.summary.shipments++;
    if (row.status === "blocked") destination.summary.blocked++;
    for (const permit of row.assessment?.permits ?? []) if (!permit.heldReference) destination.permits.add(`${permit.country} ${permit.direction}: ${permit.name}`);
    const lead = row.assessment?.leadTimeDays ?? null;
    if (lead !== null && (destination.summary.longestLeadTimeDays === null || lead > destination.summary.longestLeadTimeDays)) destination.summary.longestLeadTimeDays = lead;
    if (!row.continues) addCharge(destination.totals, row.assessment);

    const laneKey = `${row.origin}>${row.destination}`;
    let lane = lanes.get(laneKey);
    if (!lane) {
      lane = { summary: { origin: row.origin, destination: row.destination, shipments: 0, statuses: zeroStatuses(), charges: {}, blocked: false }, totals: new Map() };
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
      .map(({ summary, totals, permits }) => ({ ...summary, permitsNeeded: [...permits].sort(), charges: toRecord(totals) }))
      .sort((a, b) => a.country.localeCompare(b.country)),
    lanes: [...lanes.values()].map(({ summary, totals }) => ({ ...summary, charges: toRecord(totals) })).sort((a, b) => `${a.origin}${a.destination}`.localeCompare(`${b.origin}${b.destination}`)),
    skippedChecks: [...skipped],
    setup: [...setup],
  };
}
