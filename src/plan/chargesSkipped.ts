import type { Assessment } from "../domain/assessment";
import type { Shipment } from "../domain/shipment";
import { statusOf } from "../domain/status";
import { chargesNotEstimated, estimateCharges } from "../engine/charges";
import type { AssessContext } from "../engine/context";
import { ISSUE_CODES } from "../engine/issueCodes";
import { countryView } from "../rules/countryView";

/** Issues that only the charges raise: without a value they say nothing. */
const CHARGE_ISSUES: ReadonlySet<string> = new Set([
  ISSUE_CODES.valuationNotCovered,
  ISSUE_CODES.freightEstimated,
  ISSUE_CODES.headingAssumed,
  ISSUE_CODES.headingUnknown,
  ISSUE_CODES.dutyNotCovered,
  ISSUE_CODES.dutyRateVaries,
  ISSUE_CODES.importTaxNotCovered,
  ISSUE_CODES.taxRelief,
  ISSUE_CODES.deMinimis,
  ISSUE_CODES.extraTariff,
  ISSUE_CODES.customsValueRequired,
  ISSUE_CODES.currencyMismatch,
]);

/** ISO 4217's code for "no currency": the currency of a row whose plan gives no value and no currency. */
export const NO_CURRENCY = "XXX";

export const CHARGES_SKIPPED_BASIS = "not estimated: the plan has no value column";

/**
 * The assessment of a row from a plan without any value column: permits, parties, lead time,
 * sanctions and dangerous goods as assessed; the charges, their issues and the facts only they
 * cite left out (the row's value is a stand-in), and the status taken from what remains.
 */
export function withoutCharges(assessment: Assessment, shipment: Shipment, context: AssessContext): Assessment {
  // The facts the charges cite (valuation, duty, tax, de minimis) are cited by nothing else in an assessment.
  const chargeRefs = new Set(
    estimateCharges({ ...shipment, value: 1 }, countryView(context.rules, shipment.destination), context).ruleRefs,
  );
  const issues = assessment.issues.filter((entry) => !CHARGE_ISSUES.has(entry.code));
  issues.push({
    code: "charges-skipped",
    severity: "info",
    kind: "info",
    message:
      "Duty and import tax are not estimated: the plan has no value column (add one, e.g. Value (EUR), to have them estimated).",
  });
  return {
    ...assessment,
    status: statusOf(issues),
    charges: chargesNotEstimated(shipment.currency, CHARGES_SKIPPED_BASIS),
    issues,
    ruleRefs: assessment.ruleRefs.filter((ref) => !chargeRefs.has(ref)),
  };
}
