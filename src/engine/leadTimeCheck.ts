import type { Issue, Permit } from "../domain/assessment";
import { addDays, daysBetween } from "../domain/isoDate";
import type { Settings } from "../domain/settings";
import type { Shipment } from "../domain/shipment";
import { ISSUE_CODES, issue } from "./issueCodes";

export interface LeadTimeFinding {
  leadTimeDays: number | null;
  issues: Issue[];
}

const NOTHING_PENDING: LeadTimeFinding = Object.freeze({
  leadTimeDays: null,
  issues: Object.freeze([]) as unknown as Issue[],
});

/** What a lane's pending permits say about timing, the same for all its rows: worked out once per lane. */
export interface LeadTimePlan {
  /** The note on permits without a sourced processing time, if any. */
  unknown: Issue | null;
  /** The pending permit with the longest sourced processing time. */
  longest: { permit: Permit; days: number } | undefined;
}

const NO_LEAD_TIMES: LeadTimePlan = Object.freeze({ unknown: null, longest: undefined });

export function leadTimePlan(pending: ReadonlyArray<{ permit: Permit; days: number | null }>): LeadTimePlan {
  if (!pending.length) return NO_LEAD_TIMES;
  const names = pending.filter((entry) => entry.days === null).map((entry) => entry.permit.name);
  const unknown = names.length
    ? issue(
        ISSUE_CODES.leadTimeUnknown,
        "info",
        `No sourced processing time for ${names.join("; ")}: ask the authority or the importer of record.`,
      )
    : null;
  let longest: LeadTimePlan["longest"];
  for (const entry of pending)
    if (entry.days !== null && (!longest || entry.days > longest.days))
      longest = { permit: entry.permit, days: entry.days };
  return { unknown, longest };
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
export function checkLeadTime(shipment: Shipment, plan: LeadTimePlan, settings: Settings): LeadTimeFinding {
  const past = shipment.shipDate !== undefined && shipment.shipDate < settings.asOf;
  // Rows with nothing to report share one frozen finding, like the other parts rows share.
  if (!past && !plan.unknown && !plan.longest) return NOTHING_PENDING;
  const issues: Issue[] = [];
  if (past)
    issues.push(
      issue(
        ISSUE_CODES.shipDatePast,
        "action",
        `Ship date ${shipment.shipDate} is before ${settings.asOf}: update the plan.`,
      ),
    );
  if (plan.unknown) issues.push(plan.unknown);
  const longest = plan.longest;
  if (!longest) return { leadTimeDays: null, issues };

  const days = longest.days;
  const ready = readyDate(settings.asOf, days);
  if (shipment.needByDate && ready > shipment.needByDate) {
    issues.push(
      issue(
        ISSUE_CODES.leadTimeMissesNeedBy,
        "blocking",
        `${longest.permit.name} takes about ${days} days: applied for today it arrives around ${ready}, after the need-by date ${shipment.needByDate}.`,
        { side: longest.permit.direction, ruleId: longest.permit.ruleId },
      ),
    );
  } else if (shipment.shipDate) {
    const margin = daysBetween(ready, shipment.shipDate);
    if (margin < settings.leadTimeMarginDays) {
      issues.push(
        issue(
          ISSUE_CODES.leadTimeTight,
          "action",
          `${longest.permit.name} takes about ${days} days: applied for today it arrives around ${ready}, ${margin < 0 ? "after" : "close to"} the ship date ${shipment.shipDate}. Apply now or move the shipment.`,
          { side: longest.permit.direction, ruleId: longest.permit.ruleId },
        ),
      );
    }
  }
  return { leadTimeDays: days, issues };
}
