import type { Issue } from "../domain/assessment";
import { possessive, sentenceStart } from "../domain/countryNames";
import type { ExactDecimal } from "../domain/exactDecimal";
import type { Shipment } from "../domain/shipment";
import type { CountryView } from "../rules/countryView";
import type { ChargesNotes } from "./chargesNotes";
import { ISSUE_CODES, issue } from "./issueCodes";
import { exactRuleNumber } from "./ruleNumbers";

/** A de minimis that applies to the row's currency: the threshold, what it waives, and what the row says when it does. */
export interface DeMinimisPlan {
  amount: ExactDecimal;
  dutyOnly: boolean;
  /** Compared with the customs value (else with the goods' declared value). */
  onCustomsValue: boolean;
  issue: Issue;
  basis: string;
  ruleRef: string;
}

/** The destination's de minimis, compared only in its own currency (no exchange rates are embedded); null where none applies. */
export function deMinimisPlan(shipment: Shipment, view: CountryView, notes: ChargesNotes): DeMinimisPlan | null {
  const deMinimis = view.deMinimis;
  if (!deMinimis) return null;
  if (!(deMinimis.amount > 0)) {
    notes.ruleRefs.push(deMinimis.id);
    return null;
  }
  const currency = shipment.currency;
  if (deMinimis.currency !== currency) {
    notes.issues.push(
      issue(
        ISSUE_CODES.currencyMismatch,
        "info",
        `${sentenceStart(possessive(view.inText))} de minimis is ${deMinimis.amount} ${deMinimis.currency}; the row is in ${currency}, so it was not applied.`,
      ),
    );
    return null;
  }
  const dutyOnly = deMinimis.covers === "duty";
  return {
    amount: exactRuleNumber(deMinimis.amount),
    dutyOnly,
    onCustomsValue: deMinimis.valueBasis === "customs-value",
    ruleRef: deMinimis.id,
    basis: `under the de minimis of ${deMinimis.amount} ${deMinimis.currency} (${dutyOnly ? "no duty" : "no duty or tax"})`,
    issue: issue(
      ISSUE_CODES.deMinimis,
      "info",
      `Value under ${possessive(view.inText)} de minimis of ${deMinimis.amount} ${deMinimis.currency}: ${dutyOnly ? "no duty" : "no duty or import tax"}.`,
    ),
  };
}
