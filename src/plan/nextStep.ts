import type { Assessment, Issue, Permit } from "../domain/assessment";
import { addDays } from "../domain/isoDate";
import type { Shipment } from "../domain/shipment";
import { mostSeriousFirst } from "../domain/status";
import { authorityShortName } from "./authorityName";
import { keyLine } from "./keyLine";

/** Who acts on a next step. */
export type Actor = "sponsor" | "importer of record" | "exporter of record" | "carrier" | "site" | "planner";

/** The one thing to do next for a row: what, who acts, and by when (null: no date can be given). */
export interface NextStep {
  text: string;
  who: Actor;
  by: string | null;
}

const PERMIT_HOLDER_ACTOR: Record<Permit["holder"] & string, Actor> = {
  importer: "importer of record",
  exporter: "exporter of record",
  sponsor: "sponsor",
  site: "site",
  consignee: "site",
  carrier: "carrier",
};

/** Who acts on an open issue that is not about a permit, by its code; the planner where the code names nobody else. */
const ACTOR_BY_CODE: Record<string, Actor> = {
  "importer-of-record-needed": "sponsor",
  "exporter-of-record-needed": "sponsor",
  "importer-of-record-not-eligible": "sponsor",
  "exporter-of-record-not-eligible": "sponsor",
  "sanctions-blocked": "sponsor",
  "sanctions-general-licence": "sponsor",
  "sanctions-review": "sponsor",
  "controlled-substance": "sponsor",
  "dangerous-goods": "carrier",
  // The shipper answers with whoever packs and books the shipment.
  "packing-refrigerant-unstated": "carrier",
  "packing-sample-class-unstated": "carrier",
};

/** The date to apply for a permit by: its lead time before the ship date (else the need-by date); null without both. */
export function permitApplyBy(permit: Permit | null, shipment: Shipment | undefined): string | null {
  const anchor = shipment?.shipDate ?? shipment?.needByDate;
  if (!permit || !anchor || permit.leadTimeDays === null || permit.heldReference) return null;
  return addDays(anchor, -permit.leadTimeDays);
}

/** The earliest apply-by date among the row's permits still to obtain. */
export function rowApplyBy(assessment: Assessment, shipment: Shipment | undefined): string | null {
  let earliest: string | null = null;
  for (const permit of assessment.permits) {
    const date = permitApplyBy(permit, shipment);
    if (date && (!earliest || date < earliest)) earliest = date;
  }
  return earliest;
}

// The engine hands the same finding object to every row of a lane: its key line is worked out once.
const keyLines = new WeakMap<Issue, string>();
function keyLineOf(issue: Issue): string {
  let line = keyLines.get(issue);
  if (line === undefined) {
    line = keyLine(issue.message);
    // Cut inside a sentence (not at its ": " or full stop): say that more follows.
    if (line.length < issue.message.length && !/^[:.]/.test(issue.message.slice(line.length))) line += " …";
    keyLines.set(issue, line);
  }
  return line;
}

/** Findings that Clearway's rules leave open: the planner confirms them with a local expert. */
const CONFIRM_LOCALLY = new Set([
  "country-not-covered",
  "rules-not-covered",
  "duty-rate-not-covered",
  "import-tax-not-covered",
  "valuation-not-covered",
]);

/** What to do about one open issue, who acts and by when. */
export function stepFor(issue: Issue, assessment: Assessment, shipment: Shipment | undefined, asOf: string): NextStep {
  const permit = issue.ruleId ? assessment.permits.find((candidate) => candidate.ruleId === issue.ruleId) : undefined;
  const holder = permit ? (PERMIT_HOLDER_ACTOR[permit.holder] ?? "planner") : "planner";
  const where = permit ? ` (${authorityShortName(permit.authority)}, ${permit.country} ${permit.direction})` : "";
  if (permit && issue.code === "lead-time-misses-need-by")
    return {
      text: `Move the need-by date or the shipment: ${permit.name} takes about ${permit.leadTimeDays} days`,
      who: "planner",
      by: asOf,
    };
  if (permit && issue.code === "lead-time-tight")
    return { text: `Apply for ${permit.name}${where} now, or move the shipment`, who: holder, by: asOf };
  const by = permitApplyBy(permit ?? null, shipment) ?? shipment?.shipDate ?? null;
  if (permit && issue.code === "permit-conditional")
    return { text: `Confirm whether ${permit.name}${where} is needed`, who: holder, by };
  if (permit)
    return { text: `${issue.code === "permit-expires" ? "Renew" : "Obtain"} ${permit.name}${where}`, who: holder, by };
  // Blocking findings and dates already missed are for now; the rest are due by the ship date.
  const now = issue.severity === "blocking" || issue.code === "ship-date-past";
  const head = keyLineOf(issue);
  return {
    text: CONFIRM_LOCALLY.has(issue.code) ? `Confirm locally: ${head}` : head,
    who: ACTOR_BY_CODE[issue.code] ?? "planner",
    by: now ? asOf : (shipment?.shipDate ?? null),
  };
}

/**
 * The most urgent open item of a row: an unreadable cell first, then what blocks, then what must be
 * done, the earliest date first (an item without a date after those with one).
 */
export function nextStep(
  issues: readonly Issue[],
  assessment: Assessment | undefined,
  shipment: Shipment | undefined,
  asOf: string,
): NextStep {
  const open = issues.filter((issue) => issue.severity !== "info");
  if (!assessment || !open.length) {
    const error = open.find((issue) => issue.severity === "error");
    if (error) return { text: `Correct the plan: ${error.message.replace(/\.$/, "")}`, who: "planner", by: asOf };
    return { text: "Nothing open: ship as planned", who: "planner", by: shipment?.shipDate ?? null };
  }
  const steps = open.map((issue, order) => ({ issue, order, step: stepFor(issue, assessment, shipment, asOf) }));
  steps.sort((a, b) => mostSeriousFirst(a.issue, b.issue) || compareDates(a.step.by, b.step.by) || a.order - b.order);
  return steps[0]!.step;
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The step as one line for a sheet cell: "Obtain X (authority) - importer of record, by 2027-01-10". */
export function nextStepText(step: NextStep): string {
  return `${step.text} - ${step.who}${step.by ? `, by ${step.by}` : ""}`;
}
