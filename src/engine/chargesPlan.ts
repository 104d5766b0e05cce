import type { Issue } from "../domain/assessment";
import type { ExactDecimal } from "../domain/exactDecimal";
import type { Shipment } from "../domain/shipment";
import type { CountryView } from "../rules/countryView";
import type { ChargesNotes } from "./chargesNotes";
import type { AssessContext } from "./context";
import { customsValuation, type CustomsValuation } from "./customsValuation";
import { deMinimisPlan, type DeMinimisPlan } from "./deMinimisPlan";
import { dutyPlan, headingFor } from "./dutyPlan";
import { importTaxPlan, type ImportTaxPlan } from "./importTaxPlan";
import { secondarySourceNote } from "./secondarySourceNotes";

/** What a lane's charges depend on besides the row's amounts: rates, basis and the issues to show. */
export interface ChargesPlan extends CustomsValuation, ImportTaxPlan {
  dutyRate: ExactDecimal | null;
  deMinimis: DeMinimisPlan | null;
  issues: Issue[];
  ruleRefs: string[];
  basis: string;
}

/** The charges plan of a destination for the row's goods, currency and freight: valuation, duty, import tax and de minimis, in that order. */
export function planCharges(shipment: Shipment, view: CountryView, context: AssessContext): ChargesPlan {
  const notes: ChargesNotes = { issues: [], ruleRefs: [], basis: [] };
  const valuation = customsValuation(shipment, view, context, notes);
  const heading = headingFor(shipment, context.rules);
  const dutyRate = dutyPlan(shipment, view, heading, notes);
  const tax = importTaxPlan(shipment, view, context, heading, valuation, notes);
  const deMinimis = deMinimisPlan(shipment, view, notes);
  // Rates and bases only secondary sources back are named once per plan, not looked up per row.
  const secondary = secondarySourceNote(notes.ruleRefs, context.rules);
  if (secondary) notes.issues.push(secondary);
  // One literal, so every plan has the same shape: estimateCharges reads these fields on every row.
  return {
    freight: valuation.freight,
    freightRate: valuation.freightRate,
    dutyRate,
    taxRate: tax.taxRate,
    taxFreight: tax.taxFreight,
    taxUplift: tax.taxUplift,
    taxParts: tax.taxParts,
    deMinimis,
    issues: notes.issues,
    ruleRefs: notes.ruleRefs,
    basis: notes.basis.join("; "),
  };
}
