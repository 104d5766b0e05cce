import type { Issue, Permit } from "../domain/assessment";
import { addDays, daysBetween } from "../domain/isoDate";
import type { Settings } from "../domain/settings";
import type { Shipment } from "../domain/shipment";
import { ISSUE_CODES, issue } from "./issueCodes";

export interface LeadTimeFinding {
  leadTimeDays: number | null;
  issues: Issue[];
}

/**
 * Compares the longest pending permit lead time, counted from the as-of date, with the ship
 * date (tight: action) and the need-by date (cannot be met: blocked).
 */
export function checkLeadTime(shipment: Shipment, pending: ReadonlyArray<{ permit: Permit; days: number | null }>, settings: Settings): LeadTimeFinding {
  const issues: Issue[] = [];
  if (shipment.shipDate && shipment.shipDate < settings.asOf) {
    issues.push(issue(ISSUE_CODES.shipDatePast, "action", `Ship date ${shipment.shipDate} is before ${settings.asOf}: update the plan.`));
  }
  const known = pending.filter((entry) => entry.days !== null);
  const unknown = pending.filter((entry) => entry.days === null);
  if (unknown.length) {
    issues.push(issue(ISSUE_CODES.leadTimeUnknown, "info", `No sourced processing time for ${unknown.map((entry) => entry.permit.name).join("; ")}: ask the authority or the importer of record.`));
  }
  if (!known.length) return { leadTimeDays: null, issues };

  const longest = known.reduce((a, b) => (b.days! > a.days! ? b : a));
  const days = longest.days!;
  const ready = addDays(settings.asOf, days);
  if (shipment.needByDate && ready > shipment.needByDate) {
    issues.push(issue(ISSUE_CODES.leadTimeMissesNeedBy, "blocking", `${longest.permit.name} takes about ${days} days: applied for today it arrives around ${ready}, after the need-by date ${shipment.needByDate}.`));
  } else if (shipment.shipDate && daysBetween(ready, shipment.shipDate) < settings.leadTimeMarginDays) {
    issues.push(issue(ISSUE_CODES.leadTimeTight, "action", `${longest.permit.name} takes about ${days} days: applied for today it arrives around ${ready}, ${daysBetween(ready, shipment.shipDate) < 0 ? "after" : "close to"} the ship date ${shipment.shipDate}. Apply now or move the shipment.`));
  }
  return { leadTimeDays: days, issues };
}
