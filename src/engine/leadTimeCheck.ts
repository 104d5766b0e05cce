import type { Issue, Permit } from "../domain/assessment";
import { addDays, daysBetween } from "../domain/isoDate";
import type { Settings } from "../domain/settings";
import type { Shipment } from "../domain/shipment";
import { ISSUE_CODES, issue } from "./issueCodes";

export interface LeadTimeFinding {
  leadTimeDays: number | null;
  issues: Issue[];
}

const NOTHING_PENDING: LeadTimeFinding = Object.freeze({ leadTimeDays: null, issues: Object.freeze([]) as unknown as Issue[] });
type Pending = ReadonlyArray<{ permit: Permit; days: number | null }>;
const unknownNotes = new WeakMap<Pending, Issue | null>();

/** The note on permits without a sourced processing time; the same for every row of a lane, so made once. */
function unknownLeadTimes(pending: Pending): Issue | null {
  let note = unknownNotes.get(pending);
  if (note === undefined) {
    const names = pending.filter((entry) => entry.days === null).map((entry) => entry.permit.name);
    note = names.length ? issue(ISSUE_CODES.leadTimeUnknown, "info", `No sourced processing time for ${names.join("; ")}: ask the authority or the importer of record.`) : null;
    unknownNotes.set(pending, note);
  }
  return note;
}

let readyFrom: string | undefined;
const readyDates = new Map<number, string>();

/** The as-of date plus a lead time: the same few sums for every row of a check, so each is made once. */
function readyDate(asOf: string, days: number): string {
  if (asOf !== readyFrom) {
    readyDates.clear();
    readyFrom = asOf;
  }
  let ready = readyDates.get(days);
  if (ready === undefined) readyDates.set(days, (ready = addDays(asOf, days)));
  return ready;
}

/**
 * Compares the longest pending permit lead time, counted from the as-of date, with the ship
 * date (tight: action) and the need-by date (cannot be met: blocked).
 */
export function checkLeadTime(shipment: Shipment, pending: ReadonlyArray<{ permit: Permit; days: number | null }>, settings: Settings): LeadTimeFinding {
  // Shared by rows with nothing pending: frozen, like the other parts rows share.
  const issues: Issue[] = [];
  if (shipment.shipDate && shipment.shipDate < settings.asOf) {
    issues.push(issue(ISSUE_CODES.shipDatePast, "action", `Ship date ${shipment.shipDate} is before ${settings.asOf}: update the plan.`));
  }
  if (!pending.length) return issues.length ? { leadTimeDays: null, issues } : NOTHING_PENDING;
  const unknown = unknownLeadTimes(pending);
  if (unknown) issues.push(unknown);
  let longest: { permit: Permit; days: number } | undefined;
  for (const entry of pending) if (entry.days !== null && (!longest || entry.days > longest.days)) longest = { permit: entry.permit, days: entry.days };
  if (!longest) return { leadTimeDays: null, issues };

  const days = longest.days;
  const ready = readyDate(settings.asOf, days);
  if (shipment.needByDate && ready > shipment.needByDate) {
    issues.push(issue(ISSUE_CODES.leadTimeMissesNeedBy, "blocking", `${longest.permit.name} takes about ${days} days: applied for today it arrives around ${ready}, after the need-by date ${shipment.needByDate}.`));
  } else if (shipment.shipDate && daysBetween(ready, shipment.shipDate) < settings.leadTimeMarginDays) {
    issues.push(issue(ISSUE_CODES.leadTimeTight, "action", `${longest.permit.name} takes about ${days} days: applied for today it arrives around ${ready}, ${daysBetween(ready, shipment.shipDate) < 0 ? "after" : "close to"} the ship date ${shipment.shipDate}. Apply now or move the shipment.`));
  }
  return { leadTimeDays: days, issues };
}
