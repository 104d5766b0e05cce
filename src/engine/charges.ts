import type { Charges, Issue } from "../domain/assessment";
import { possessive, sentenceStart } from "../domain/countryNames";
import { MATERIAL_LABELS } from "../domain/materialType";
import type { Shipment } from "../domain/shipment";
import type { CountryView } from "../rules/countryView";
import type { RuleSet } from "../rules/ruleSet";
import type { DutyRate } from "../rules/schema";
import type { AssessContext } from "./context";
import { ISSUE_CODES, issue } from "./issueCodes";
import { chargesKey, memoized } from "./contextMemo";
import { memoKey, textMemoKey } from "./memoKeys";
import { ExactDecimal } from "../domain/exactDecimal";
import { toMoney } from "./money";
import { secondarySourceNote } from "./secondarySourceNotes";

export interface ChargesFinding {
  charges: Charges;
  issues: Issue[];
  ruleRefs: string[];
}

/** The longest heading prefix of the HS code that has a rate: a subheading beats its heading. */
export function dutyRateFor(duties: readonly DutyRate[], hsCode: string): DutyRate | undefined {
  let best: DutyRate | undefined;
  for (const duty of duties) {
    if (hsCode.startsWith(duty.heading) && (!best || duty.heading.length > best.heading.length)) best = duty;
  }
  return best;
}

function headingFor(shipment: Shipment, ruleSet: RuleSet): { code: string; assumed: boolean } | undefined {
  if (shipment.hsCode) return { code: shipment.hsCode, assumed: false };
  const fallback = ruleSet.crossCutting.defaultHeadings.find((entry) => entry.material === shipment.material);
  return fallback ? { code: fallback.heading, assumed: true } : undefined;
}

const pct = (rate: number) => `${rate}%`;
const exact = ExactDecimal.of;
const ruleNumberCache = new Map<number, ExactDecimal>();
/** Numbers from the rules (rates, thresholds) repeat across rows; their exact form is made once. */
function exactRuleNumber(value: number): ExactDecimal {
  let cached = ruleNumberCache.get(value);
  if (!cached) ruleNumberCache.set(value, (cached = exact(value)));
  return cached;
}

/** Nothing is charged: the goods do not cross a customs border, or enter under temporary admission. */
export function noCharges(currency: string, basis: string): Charges {
  return { currency, customsValue: 0, duty: 0, importTax: 0, total: 0, basis };
}

/** What a lane's charges depend on besides the row's amounts: rates, basis and the issues to show. */
interface ChargesPlan {
  /** CIF with freight and insurance from the row, CIF with an estimate, or the declared value as is. */
  freight: "row" | "estimate" | "none";
  freightRate: ExactDecimal;
  dutyRate: ExactDecimal | null;
  taxRate: ExactDecimal | null;
  /** Freight and insurance added to the tax base only (FOB duty, CIF tax), and any uplift of the base. */
  taxFreight: "row" | "estimate" | "none";
  taxUplift: ExactDecimal | null;
  deMinimis: { amount: ExactDecimal; dutyOnly: boolean; onCustomsValue: boolean; issue: Issue; basis: string; ruleRef: string } | null;
  issues: Issue[];
  ruleRefs: string[];
  basis: string;
}

function planCharges(shipment: Shipment, view: CountryView, context: AssessContext): ChargesPlan {
  const issues: Issue[] = [];
  const ruleRefs: string[] = [];
  const basis: string[] = [];
  const currency = shipment.currency;
  const plan: ChargesPlan = { freight: "none", freightRate: exactRuleNumber(context.settings.freightInsurancePercent), dutyRate: null, taxRate: null, taxFreight: "none", taxUplift: null, deMinimis: null, issues, ruleRefs, basis: "" };

  // Customs value.
  const valuation = view.valuation;
  const valuationRef = `${(view.union && !context.rules.countries.get(view.code)?.valuation ? view.union.code : view.code).toLowerCase()}-valuation`;
  if (!valuation) {
    issues.push(issue(ISSUE_CODES.valuationNotCovered, "info", `Clearway's rules do not give ${possessive(view.inText)} customs valuation basis: the declared value is used as is.`));
    basis.push("value as declared (valuation basis not covered)");
  } else if (valuation.basis === "FOB") {
    ruleRefs.push(valuationRef);
    basis.push("FOB value (freight and insurance excluded)");
  } else if (shipment.freight !== undefined || shipment.insurance !== undefined) {
    ruleRefs.push(valuationRef);
    plan.freight = "row";
    basis.push("CIF value (goods + freight + insurance from the row)");
  } else {
    ruleRefs.push(valuationRef);
    const rate = context.settings.freightInsurancePercent;
    plan.freight = "estimate";
    plan.freightRate = exactRuleNumber(rate);
    basis.push(`CIF value (freight and insurance estimated at ${pct(rate)} of the goods)`);
    issues.push(issue(ISSUE_CODES.freightEstimated, "info", `Freight and insurance are not in the row: estimated at ${pct(rate)} of the goods' value for ${possessive(view.inText)} CIF basis.`));
  }

  // Duty.
  const heading = headingFor(shipment, context.rules);
  if (!heading) {
    issues.push(issue(ISSUE_CODES.headingUnknown, "action", "No HS code in the row and no usual heading for this material: enter the HS code to estimate duty."));
  } else {
    if (heading.assumed) {
      ruleRefs.push(`hs-default-${shipment.material}`);
      issues.push(issue(ISSUE_CODES.headingAssumed, "info", `No HS code in the row: heading ${heading.code}, the usual one for ${MATERIAL_LABELS[shipment.material]}, assumed. Confirm the classification with the importer of record.`));
    }
    const rate = dutyRateFor(view.duties, heading.code);
    if (!rate) {
      issues.push(issue(ISSUE_CODES.dutyNotCovered, "action", `Clearway's rules have no duty rate for HS ${heading.code} in ${view.inText}: duty not estimated.`, { side: "import" }));
    } else {
      ruleRefs.push(rate.id);
      plan.dutyRate = exactRuleNumber(rate.ratePercent);
      if (rate.lowestRatePercent !== undefined && rate.lowestRatePercent < rate.ratePercent) {
        basis.push(`duty up to ${pct(rate.ratePercent)} on HS ${rate.heading} (${pct(rate.lowestRatePercent)} to ${pct(rate.ratePercent)} by national tariff line)`);
        issues.push(issue(ISSUE_CODES.dutyRateVaries, "action", `${sentenceStart(possessive(view.inText))} duty on HS ${rate.heading} is ${pct(rate.lowestRatePercent)} to ${pct(rate.ratePercent)} depending on the national tariff line: estimated at ${pct(rate.ratePercent)}. Confirm the full national tariff code with the importer of record.`));
      } else {
        basis.push(`duty ${pct(rate.ratePercent)} on HS ${rate.heading}${rate.zeroForZero ? " (WTO pharmaceutical zero-for-zero)" : ""}`);
      }
    }
    for (const tariff of view.extraTariffs) {
      if (tariff.headings.some((prefix) => heading.code.startsWith(prefix)) && (!tariff.materials || tariff.materials.includes(shipment.material))) {
        ruleRefs.push(tariff.id);
        issues.push(issue(ISSUE_CODES.extraTariff, "action", `${tariff.name} may apply on top and is not included: ${tariff.note}`));
      }
    }
  }

  // Import tax on value + duty.
  const tax = view.importTax;
  if (!tax) {
    issues.push(issue(ISSUE_CODES.importTaxNotCovered, "action", `Clearway's rules do not give ${possessive(view.inText)} import VAT/GST: import tax not estimated.`, { side: "import" }));
  } else {
    ruleRefs.push(tax.id);
    // A relief written for this material is applied; one that only matches the HS heading (often
    // written for authorised medicines) is named but not applied, so the estimate never undershoots.
    const headingMatches = (prefixes: readonly string[] | undefined) => !prefixes?.length || (heading !== undefined && prefixes.some((prefix) => heading.code.startsWith(prefix)));
    const forMaterial = tax.reliefs.find((candidate) => candidate.materials?.includes(shipment.material) && headingMatches(candidate.headings) && candidate.ratePercent < tax.standardRatePercent);
    const forHeading = heading ? tax.reliefs.find((candidate) => candidate !== forMaterial && !candidate.materials?.length && candidate.headings?.some((prefix) => heading.code.startsWith(prefix)) && candidate.ratePercent < tax.standardRatePercent) : undefined;
    let rate = tax.standardRatePercent;
    if (forMaterial) {
      rate = forMaterial.ratePercent;
      ruleRefs.push(forMaterial.id);
      issues.push(issue(ISSUE_CODES.taxRelief, "info", `${tax.name} estimated at ${pct(rate)} instead of ${pct(tax.standardRatePercent)}, which holds only if: ${forMaterial.condition}`));
    } else if (forHeading) {
      ruleRefs.push(forHeading.id);
      issues.push(issue(ISSUE_CODES.taxRelief, "info", `${tax.name} estimated at the standard ${pct(rate)}; it may be ${pct(forHeading.ratePercent)} if: ${forHeading.condition}`));
    }
    plan.taxRate = exactRuleNumber(rate);
    const extras: string[] = [];
    if (tax.baseIncludesFreight && plan.freight === "none" && valuation) {
      const fromRow = shipment.freight !== undefined || shipment.insurance !== undefined;
      plan.taxFreight = fromRow ? "row" : "estimate";
      extras.push(fromRow ? "freight and insurance from the row" : `freight and insurance estimated at ${pct(context.settings.freightInsurancePercent)}`);
      if (!fromRow) issues.push(issue(ISSUE_CODES.freightEstimated, "info", `Freight and insurance are not in the row: estimated at ${pct(context.settings.freightInsurancePercent)} of the goods' value for ${possessive(view.inText)} ${tax.name} base.`));
    }
    if (tax.baseUpliftPercent) {
      plan.taxUplift = exactRuleNumber(tax.baseUpliftPercent);
      extras.push(`an uplift of ${pct(tax.baseUpliftPercent)} of the customs value`);
    }
    basis.push(`${tax.name} ${pct(rate)} on value + duty${extras.length ? ` + ${extras.join(" + ")}` : ""}`);
  }

  // De minimis: compared only in its own currency (no exchange rates are embedded).
  const deMinimis = view.deMinimis;
  if (deMinimis && deMinimis.amount > 0) {
    if (deMinimis.currency !== currency) {
      issues.push(issue(ISSUE_CODES.currencyMismatch, "info", `${sentenceStart(possessive(view.inText))} de minimis is ${deMinimis.amount} ${deMinimis.currency}; the row is in ${currency}, so it was not applied.`));
    } else {
      const dutyOnly = deMinimis.covers === "duty";
      plan.deMinimis = {
        amount: exactRuleNumber(deMinimis.amount),
        dutyOnly,
        onCustomsValue: deMinimis.valueBasis === "customs-value",
        ruleRef: deMinimis.id,
        basis: `under the de minimis of ${deMinimis.amount} ${deMinimis.currency} (${dutyOnly ? "no duty" : "no duty or tax"})`,
        issue: issue(ISSUE_CODES.deMinimis, "info", `Value under ${possessive(view.inText)} de minimis of ${deMinimis.amount} ${deMinimis.currency}: ${dutyOnly ? "no duty" : "no duty or import tax"}.`),
      };
    }
  } else if (deMinimis) {
    ruleRefs.push(deMinimis.id);
  }
  plan.basis = basis.join("; ");
  // Rates and bases only secondary sources back are named once per plan, not looked up per row.
  const secondary = secondarySourceNote(ruleRefs, context.rules);
  if (secondary) issues.push(secondary);
  return plan;
}

const CUSTOMS_VALUE_REQUIRED = issue(ISSUE_CODES.customsValueRequired, "action", "No-commercial-value goods still need a customs value (e.g. the cost of manufacture): enter it in the value column.");
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
    charges: { currency: shipment.currency, customsValue: null, duty: null, importTax: null, total: null, basis: "not estimated: no customs value (the value is 0)" },
    issues: [needed, ...plan.issues.filter((entry) => entry.code !== ISSUE_CODES.freightEstimated)],
    ruleRefs: plan.ruleRefs,
  };
}

/**
 * Duty and import tax on the destination's valuation basis. Money is summed in exact decimals
 * and rounded once; what cannot be sourced stays null and is named as an issue.
 */
export function estimateCharges(shipment: Shipment, view: CountryView, context: AssessContext): ChargesFinding {
  const withFreight = shipment.freight !== undefined || shipment.insurance !== undefined;
  const chargesId = chargesKey(view.code, shipment.material, withFreight, shipment.currency);
  const key = shipment.hsCode || chargesId === null ? textMemoKey("charges", view.code, shipment.material, withFreight ? 1 : 0, shipment.currency, shipment.hsCode) : memoKey("charges", chargesId);
  const plan = memoized(context, key, () => planCharges(shipment, view, context));
  const currency = shipment.currency;
  let issues = plan.issues;
  let ruleRefs = plan.ruleRefs;
  let basis = plan.basis;
  if (shipment.value === 0) return withoutValue(shipment, plan);

  const value = exact(shipment.value);
  let customsValue = value;
  if (plan.freight === "row") customsValue = value.plus(exact(shipment.freight ?? 0)).plus(exact(shipment.insurance ?? 0));
  else if (plan.freight === "estimate") customsValue = value.plus(value.percent(plan.freightRate));

  let duty = plan.dutyRate && customsValue.percent(plan.dutyRate);
  let taxBase = customsValue.plus(duty ?? ExactDecimal.ZERO);
  if (plan.taxFreight === "row") taxBase = taxBase.plus(exact(shipment.freight ?? 0)).plus(exact(shipment.insurance ?? 0));
  else if (plan.taxFreight === "estimate") taxBase = taxBase.plus(value.percent(plan.freightRate));
  if (plan.taxUplift) taxBase = taxBase.plus(customsValue.percent(plan.taxUplift));
  let importTax = plan.taxRate && taxBase.percent(plan.taxRate);
  if (plan.deMinimis && (plan.deMinimis.onCustomsValue ? customsValue : value).compare(plan.deMinimis.amount) <= 0) {
    duty = duty && ExactDecimal.ZERO;
    if (!plan.deMinimis.dutyOnly) importTax = importTax && ExactDecimal.ZERO;
    issues = [...issues, plan.deMinimis.issue];
    ruleRefs = [...ruleRefs, plan.deMinimis.ruleRef];
    basis = `${basis}; ${plan.deMinimis.basis}`;
  }

  const dutyAmount = duty === null ? null : toMoney(duty, currency);
  const taxAmount = importTax === null ? null : toMoney(importTax, currency);
  // The total is the sum of the two figures shown, so the columns add up.
  const total = dutyAmount !== null && taxAmount !== null ? toMoney(ExactDecimal.of(dutyAmount).plus(ExactDecimal.of(taxAmount)), currency) : null;
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
