import type { ShipmentInput } from "../../../src/domain/shipment";
import type { Status } from "../../../src/domain/status";

/**
 * Scenario tests against the REAL embedded rules, as of 2026-11-26, with no parties on file.
 *
 * Every expectation below was worked out by hand from the rule facts (and the sources they cite),
 * not copied from the engine's output. Conventions used for the charges:
 * - customs value: the destination's basis; on a CIF basis with no freight/insurance in the row,
 *   the default 5% freight-and-insurance estimate is added; on an FOB basis the value is used as is;
 * - duty = rate x customs value, on the longest HS prefix that has a rate (default heading for the
 *   material when the row gives none: imp 3004, device 9018, lab-kit 3822, samples 3002, equipment 9027,
 *   ancillary none); null when the rules give no rate;
 * - import tax = rate x (customs value + duty); a relief is applied only when it lists the material,
 *   a relief that only names HS headings is mentioned but not applied; null when not covered;
 * - rounding to the currency's minor unit once, at the end; total is null when duty or tax is null.
 * Record parties: "appoint" = nobody yet (party null) and the *-of-record-needed issue;
 * "not needed" = no customs border; "not covered" = that country has no rules in Clearway.
 */

export type RecordOutcome = "appoint" | "not needed" | "not covered" | { party: string };

export interface Scenario {
  /** The specialist's note: what the row is and what the rules say about it. */
  note: string;
  row: Partial<ShipmentInput>;
  /** Permit rule ids, exactly, on the origin (export) and destination (import) side. */
  exportPermits: string[];
  importPermits: string[];
  importer: RecordOutcome;
  exporter: RecordOutcome;
  charges: { customsValue: number | null; duty: number | null; importTax: number | null; total: number | null };
  status: Status;
  /** Issue codes that must be present / absent. */
  issues?: string[];
  absent?: string[];
  leadTimeDays?: number | null;
  /** Words that some issue's message must contain. */
  messages?: string[];
  /** Scope of a listed permit (per-shipment, per-trial, per-product...), by rule id. */
  scopes?: Record<string, string>;
}

export const NONE = { customsValue: 0, duty: 0, importTax: 0, total: 0 };
export const UNKNOWN = { customsValue: null, duty: null, importTax: null, total: null };
