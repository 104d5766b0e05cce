import { possessive } from "../domain/countryNames";
import type { ExactDecimal } from "../domain/exactDecimal";
import type { Shipment } from "../domain/shipment";
import type { CountryView } from "../rules/countryView";
import type { ChargesNotes } from "./chargesNotes";
import type { AssessContext } from "./context";
import { ISSUE_CODES, issue } from "./issueCodes";
import { exactRuleNumber, percentText } from "./ruleNumbers";
import { valuationRuleId } from "../rules/derivedRuleIds";

/** How the customs value is made from the row: CIF with freight and insurance from the row, CIF with an estimate, or the declared value as is. */
export interface CustomsValuation {
  freight: "row" | "estimate" | "none";
  /** The share of the goods' value that freight and insurance are estimated at, where the row does not give them. */
  freightRate: ExactDecimal;
}

/** The destination's valuation basis (its own, or its customs union's) applied to the row. */
export function customsValuation(
  shipment: Shipment,
  view: CountryView,
  context: AssessContext,
  notes: ChargesNotes,
): CustomsValuation {
  const rate = context.settings.freightInsurancePercent;
  const found: CustomsValuation = { freight: "none", freightRate: exactRuleNumber(rate) };
  const valuation = view.valuation;
  const valuationRef = valuationRuleId(
    view.union && !context.rules.countries.get(view.code)?.valuation ? view.union.code : view.code,
  );
  if (!valuation) {
    notes.issues.push(
      issue(
        ISSUE_CODES.valuationNotCovered,
        "info",
        `Clearway's rules do not give ${possessive(view.inText)} customs valuation basis: the declared value is used as is.`,
      ),
    );
    notes.basis.push("value as declared (valuation basis not covered)");
  } else if (valuation.basis === "FOB") {
    notes.ruleRefs.push(valuationRef);
    notes.basis.push("FOB value (freight and insurance excluded)");
  } else if (shipment.freight !== undefined || shipment.insurance !== undefined) {
    notes.ruleRefs.push(valuationRef);
    found.freight = "row";
    notes.basis.push("CIF value (goods + freight + insurance from the row)");
  } else {
    notes.ruleRefs.push(valuationRef);
    found.freight = "estimate";
    notes.basis.push(`CIF value (freight and insurance estimated at ${percentText(rate)} of the goods)`);
    notes.issues.push(
      issue(
        ISSUE_CODES.freightEstimated,
        "info",
        `Freight and insurance are not in the row: estimated at ${percentText(rate)} of the goods' value for ${possessive(view.inText)} CIF basis.`,
      ),
    );
  }
  return found;
}
