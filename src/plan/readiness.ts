import type { Side } from "../domain/assessment";
import { countryName } from "../domain/countryNames";
import type { RowResult } from "./checkPlan";
import { stepFor, type Actor } from "./nextStep";

/** One thing to set up once for a country and side (appoint an importer of record, obtain a per-trial licence). */
export interface SetupItem {
  text: string;
  who: Actor;
  /** The issue code the item stands for (e.g. importer-of-record-needed, permit-required). */
  code: string;
  /** The permit rule, where the item is a permit. */
  ruleId: string | null;
  /** The permit's sourced processing time; null where there is none (unknown, not "no wait"). */
  leadTimeDays: number | null;
  /** Sheet rows waiting on this item. */
  rows: number[];
}

/** The readiness checklist of one country and side: its setup items and every row waiting on any of them. */
export interface ReadinessEntry {
  country: string;
  name: string;
  side: Side;
  items: SetupItem[];
  rowsWaiting: number[];
}

/**
 * Setup items gathered once per country and side from every row's open setup issues, so that
 * "India, import: CT-16 licence; importer of record; 3 rows wait on these" is read once, not on each row.
 */
export function readinessChecklist(rows: readonly RowResult[], asOf: string): ReadinessEntry[] {
  const entries = new Map<string, ReadinessEntry & { byKey: Map<string, SetupItem> }>();
  for (const row of rows) {
    const { assessment, shipment } = row;
    if (!assessment || !shipment) continue;
    for (const issue of assessment.issues) {
      if (issue.kind !== "setup" || issue.severity === "info" || !issue.side) continue;
      const country = issue.side === "import" ? shipment.destination : shipment.origin;
      const entryKey = `${country} ${issue.side}`;
      let entry = entries.get(entryKey);
      if (!entry)
        entries.set(
          entryKey,
          (entry = {
            country,
            name: countryName(country),
            side: issue.side,
            items: [],
            rowsWaiting: [],
            byKey: new Map(),
          }),
        );
      const step = stepFor(issue, assessment, shipment, asOf);
      const itemKey = issue.ruleId ?? `${issue.code} ${step.text}`;
      let item = entry.byKey.get(itemKey);
      if (!item) {
        const permit = issue.ruleId
          ? assessment.permits.find((candidate) => candidate.ruleId === issue.ruleId)
          : undefined;
        item = {
          text: step.text,
          who: step.who,
          code: issue.code,
          ruleId: issue.ruleId ?? null,
          leadTimeDays: permit?.leadTimeDays ?? null,
          rows: [],
        };
        entry.byKey.set(itemKey, item);
        entry.items.push(item);
      }
      if (item.rows.at(-1) !== row.row) item.rows.push(row.row);
      if (entry.rowsWaiting.at(-1) !== row.row) entry.rowsWaiting.push(row.row);
    }
  }
  return [...entries.values()]
    .map(({ byKey: _byKey, ...entry }) => entry)
    .sort((a, b) => a.name.localeCompare(b.name, "en") || (a.side === b.side ? 0 : a.side === "import" ? -1 : 1));
}
