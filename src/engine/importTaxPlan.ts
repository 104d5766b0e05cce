import { possessive } from "../domain/countryNames";
import type { ExactDecimal } from "../domain/exactDecimal";
import type { Shipment } from "../domain/shipment";
import type { CountryView } from "../rules/countryView";
import type { ChargesNotes } from "./chargesNotes";
import type { AssessContext } from "./context";
import type { CustomsValuation } from "./customsValuation";
import type { Heading } from "./dutyPlan";
import { ISSUE_CODES, issue } from "./issueCodes";
import { planTaxParts, type TaxPartsPlan } from "./importTaxParts";
import { exactRuleNumber, percentText as pct } from "./ruleNumbers";

/** The import VAT/GST rate (after any relief for the material) and what its base adds to value + duty. */
export interface ImportTaxPlan {
  taxRate: ExactDecimal | null;
  /** Freight and insurance added to the tax base only (FOB duty, CIF tax). */
  taxFreight: "row" | "estimate" | "none";
  /** An uplift of the base, as a share of the customs value. */
  taxUplift: ExactDecimal | null;
  /** Taxes charged with the import tax on their own bases, and whether it is part of its own base (Brazil). */
  taxParts: TaxPartsPlan | null;
}

/**
 * Import tax on value + duty. A relief written for this material is applied; one that only
 * matches the HS heading (often written for authorised medicines) is named but not applied, so the
 * estimate never undershoots.
 */
export function importTaxPlan(
  shipment: Shipment,
  view: CountryView,
  context: AssessContext,
  heading: Heading | undefined,
  valuation: CustomsValuation,
  notes: ChargesNotes,
): ImportTaxPlan {
  const { issues, ruleRefs } = notes;
  const plan: ImportTaxPlan = { taxRate: null, taxFreight: "none", taxUplift: null, taxParts: null };
  const tax = view.importTax;
  if (!tax) {
    issues.push(
      issue(
        ISSUE_CODES.importTaxNotCovered,
        "action",
        `Clearway's rules do not give ${possessive(view.inText)} import VAT/GST: import tax not estimated.`,
        { side: "import" },
      ),
    );
    return plan;
  }
  ruleRefs.push(tax.id);
  const headingMatches = (prefixes: readonly string[] | undefined) =>
    !prefixes?.length || (heading !== undefined && prefixes.some((prefix) => heading.code.startsWith(prefix)));
  const forMaterial = tax.reliefs.find(
    (candidate) =>
      candidate.materials?.includes(shipment.material) &&
      headingMatches(candidate.headings) &&
      candidate.ratePercent < tax.standardRatePercent,
  );
  const forHeading = heading
    ? tax.reliefs.find(
        (candidate) =>
          candidate !== forMaterial &&
          !candidate.materials?.length &&
          candidate.headings?.some((prefix) => heading.code.startsWith(prefix)) &&
          candidate.ratePercent < tax.standardRatePercent,
      )
    : undefined;
  let rate = tax.standardRatePercent;
  if (forMaterial) {
    rate = forMaterial.ratePercent;
    ruleRefs.push(forMaterial.id);
    issues.push(
      issue(
        ISSUE_CODES.taxRelief,
        "info",
        `${tax.name} estimated at ${pct(rate)} instead of ${pct(tax.standardRatePercent)}, which holds only if: ${forMaterial.condition}`,
      ),
    );
  } else if (forHeading) {
    ruleRefs.push(forHeading.id);
    issues.push(
      issue(
        ISSUE_CODES.taxRelief,
        "info",
        `${tax.name} estimated at the standard ${pct(rate)}; it may be ${pct(forHeading.ratePercent)} if: ${forHeading.condition}`,
      ),
    );
  }
  plan.taxRate = exactRuleNumber(rate);
  const extras: string[] = [];
  // A duty on the FOB value with a tax on the CIF value: freight and insurance go into the tax base only.
  if (tax.baseIncludesFreight && valuation.freight === "none" && view.valuation) {
    const fromRow = shipment.freight !== undefined || shipment.insurance !== undefined;
    const freightPercent = context.settings.freightInsurancePercent;
    plan.taxFreight = fromRow ? "row" : "estimate";
    extras.push(
      fromRow ? "freight and insurance from the row" : `freight and insurance estimated at ${pct(freightPercent)}`,
    );
    if (!fromRow)
      issues.push(
        issue(
          ISSUE_CODES.freightEstimated,
          "info",
          `Freight and insurance are not in the row: estimated at ${pct(freightPercent)} of the goods' value for ${possessive(view.inText)} ${tax.name} base.`,
        ),
      );
  }
  if (tax.baseUpliftPercent) {
    plan.taxUplift = exactRuleNumber(tax.baseUpliftPercent);
    extras.push(`an uplift of ${pct(tax.baseUpliftPercent)} of the customs value`);
  }
  if (tax.alsoCharged.length || tax.inclusiveOfItself) {
    const parts = (plan.taxParts = planTaxParts(tax, heading?.code, shipment.material, exactRuleNumber));
    issues.push(...parts.issues);
    ruleRefs.push(...parts.ruleRefs);
    notes.basis.push(...parts.basis);
    if (parts.missing) {
      plan.taxRate = null;
      notes.basis.push(`${tax.name}: not estimated (a tax charged with it has no rate for this heading)`);
    }
    if (parts.parts.length) extras.push(parts.parts.length === 1 ? "the tax above" : "the taxes above");
    if (parts.inclusive) extras.push("itself (por dentro)");
  }
  if (plan.taxRate)
    notes.basis.push(`${tax.name} ${pct(rate)} on value + duty${extras.length ? ` + ${extras.join(" + ")}` : ""}`);
  return plan;
}
