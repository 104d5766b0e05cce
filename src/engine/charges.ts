import type { Charges, Issue } from "../domain/assessment";
import type { Shipment } from "../domain/shipment";
import type { CountryView } from "../rules/countryView";
import { planCharges, type ChargesPlan } from "./chargesPlan";
import type { AssessContext } from "./context";
import { ISSUE_CODES, issue } from "./issueCodes";
import { chargesKey, memoized } from "./contextMemo";
import { memoKey, textMemoKey } from "./memoKeys";
import { ExactDecimal } from "../domain/exactDecimal";
import { toMoney } from "./money";
import { importTaxWithParts } from "./importTaxParts";

export interface ChargesFinding {
  charges: Charges;
  issues: Issue[];
  ruleRefs: string[];
}

const exact = ExactDecimal.of;

/** Nothing is charged: the goods do not cross a customs border, or enter under temporary admission. */
export function noCharges(currency: string, basis: string): Charges {
  return { currency, customsValue: 0, duty: 0, importTax: 0, total: 0, basis };
}

/** Charges not worked out (no value, no rules, or the plan has no value column): every figure empty, the basis says why. */
export function chargesNotEstimated(currency: string, basis: string): Charges {
  return { currency, customsValue: null, duty: null, importTax: null, total: null, basis };
}

const CUSTOMS_VALUE_REQUIRED = issue(
  ISSUE_CODES.customsValueRequired,
  "action",
  "No-commercial-value goods still need a customs value (e.g. the cost of manufacture): enter it in the value column.",
);
const COMMERCIAL_VALUE_REQUIRED = issue(
  ISSUE_CODES.customsValueRequired,
  "action",
  "The value is 0 and the row is not marked no commercial value: customs needs the goods' value. Enter it in the value column (or mark the row no commercial value and enter the value for customs, e.g. the cost of manufacture).",
);

/**
 * A value of 0 is not a value for customs: no de minimis and no charges are worked out from it
 * (they would read as "nothing to pay"); the row says a value is needed instead.
 */
function withoutValue(shipment: Shipment, plan: ChargesPlan): ChargesFinding {
  const needed = shipment.noCommercialValue ? CUSTOMS_VALUE_REQUIRED : COMMERCIAL_VALUE_REQUIRED;
  return {
    charges: chargesNotEstimated(shipment.currency, "not estimated: no customs value (the value is 0)"),
    issues: [needed, ...plan.issues.filter((entry) => entry.code !== ISSUE_CODES.freightEstimated)],
    ruleRefs: plan.ruleRefs,
  };
}

/** The findings a de minimis makes moot: a missing rate for what it waives. */
const WAIVED_WITH_DUTY: ReadonlySet<string> = new Set([ISSUE_CODES.dutyNotCovered]);
const WAIVED_WITH_DUTY_AND_TAX: ReadonlySet<string> = new Set([
  ISSUE_CODES.dutyNotCovered,
  ISSUE_CODES.importTaxNotCovered,
]);

/**
 * Duty and import tax on the destination's valuation basis. Money is summed in exact decimals
 * and rounded once; what cannot be sourced stays null and is named as an issue.
 */
export function estimateCharges(shipment: Shipment, view: CountryView, context: AssessContext): ChargesFinding {
  const withFreight = shipment.freight !== undefined || shipment.insurance !== undefined;
  const chargesId = chargesKey(view.code, shipment.material, withFreight, shipment.currency);
  const key =
    shipment.hsCode || chargesId === null
      ? textMemoKey("charges", view.code, shipment.material, withFreight ? 1 : 0, shipment.currency, shipment.hsCode)
      : memoKey("charges", chargesId);
  const plan = memoized(context, key, () => planCharges(shipment, view, context));
  const currency = shipment.currency;
  let issues = plan.issues;
  let ruleRefs = plan.ruleRefs;
  let basis = plan.basis;
  if (shipment.value === 0) return withoutValue(shipment, plan);

  const value = exact(shipment.value);
  let customsValue = value;
  if (plan.freight === "row")
    customsValue = value.plus(exact(shipment.freight ?? 0)).plus(exact(shipment.insurance ?? 0));
  else if (plan.freight === "estimate") customsValue = value.plus(value.percent(plan.freightRate));

  let duty = plan.dutyRate && customsValue.percent(plan.dutyRate);
  let taxBase = customsValue.plus(duty ?? ExactDecimal.ZERO);
  if (plan.taxFreight === "row")
    taxBase = taxBase.plus(exact(shipment.freight ?? 0)).plus(exact(shipment.insurance ?? 0));
  else if (plan.taxFreight === "estimate") taxBase = taxBase.plus(value.percent(plan.freightRate));
  if (plan.taxUplift) taxBase = taxBase.plus(customsValue.percent(plan.taxUplift));
  let importTax =
    plan.taxRate &&
    (plan.taxParts
      ? importTaxWithParts(plan.taxParts, plan.taxRate, customsValue, duty ?? ExactDecimal.ZERO, taxBase)
      : taxBase.percent(plan.taxRate));
  if (plan.deMinimis && (plan.deMinimis.onCustomsValue ? customsValue : value).compare(plan.deMinimis.amount) <= 0) {
    // Under the de minimis nothing is due, whatever the rate: a rate the rules lack no longer matters.
    duty = ExactDecimal.ZERO;
    if (!plan.deMinimis.dutyOnly) importTax = ExactDecimal.ZERO;
    const waived = plan.deMinimis.dutyOnly ? WAIVED_WITH_DUTY : WAIVED_WITH_DUTY_AND_TAX;
    issues = [...issues.filter((entry) => !waived.has(entry.code)), plan.deMinimis.issue];
    ruleRefs = [...ruleRefs, plan.deMinimis.ruleRef];
    basis = `${basis}; ${plan.deMinimis.basis}`;
  }

  const dutyAmount = duty === null ? null : toMoney(duty, currency);
  const taxAmount = importTax === null ? null : toMoney(importTax, currency);
  // The total is the sum of the two figures shown, so the columns add up.
  const total =
    dutyAmount !== null && taxAmount !== null
      ? toMoney(ExactDecimal.of(dutyAmount).plus(ExactDecimal.of(taxAmount)), currency)
      : null;
  return {
    charges: {
      currency,
      customsValue: toMoney(customsValue, currency),
      duty: dutyAmount,
      importTax: taxAmount,
      total,
      basis,
    },
    issues,
    ruleRefs,
  };
}
