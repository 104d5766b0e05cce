import type { RuleSet } from "../rules/ruleSet";
import { NO_CURRENCY } from "./chargesSkipped";
import type { PlanCheck, RowResult } from "./checkPlan";

/** One row of the JSON document, in the design's contract shape. */
function jsonRow(result: RowResult) {
  const a = result.assessment;
  return {
    row: result.row,
    shipmentId: result.shipmentId,
    status: result.status,
    permits: (a?.permits ?? []).map((p) => ({
      country: p.country,
      direction: p.direction,
      name: p.name,
      authority: p.authority,
      leadTimeDays: p.leadTimeDays,
      source: p.source,
      ruleId: p.ruleId,
      scope: p.scope,
      heldReference: p.heldReference,
    })),
    importerOfRecord: a?.importerOfRecord ?? { party: null, requirements: [] },
    exporterOfRecord: a?.exporterOfRecord ?? { party: null, requirements: [] },
    charges: a
      ? { ...a.charges, currency: a.charges.currency === NO_CURRENCY ? null : a.charges.currency }
      : {
          currency: result.shipment?.currency ?? null,
          customsValue: null,
          duty: null,
          importTax: null,
          total: null,
          basis: "row could not be read",
        },
    leadTimeDays: a?.leadTimeDays ?? null,
    applyBy: result.applyBy,
    nextStep: result.nextStep,
    issues: a?.issues ?? result.errors ?? [],
    ruleRefs: a?.ruleRefs ?? [],
    /** What the result rests on that the plan did not say outright (defaults, depots, inferred material, placeholders). */
    assumed: result.assumed.map(({ field, from, value, message }) => ({ field, from, value, message })),
    ...(result.shipmentRows ? { shipmentRows: result.shipmentRows } : {}),
  };
}

/** The ids of the user's rule overrides, when there are any. */
function overrides(rules: RuleSet): { overrides?: string[] } {
  const ids = [...rules.facts.values()].filter((fact) => fact.override).map((fact) => fact.id);
  return ids.length ? { overrides: ids.sort() } : {};
}

/** The `--json` document: rules version (and the user's overrides), every row with content (errors included), summary. */
export function jsonReport(check: PlanCheck, rules: RuleSet, sheet: string, checkedAsOf: string) {
  return {
    rules: { version: rules.version, asOf: rules.asOf, ...overrides(rules) },
    sheet,
    /** The date the check was run as of: lead times and ship dates are counted from it. */
    checkedAsOf,
    rows: check.rows.map(jsonRow),
    summary: check.summary,
  };
}
