import { possessive, sentenceStart } from "../domain/countryNames";
import type { ExactDecimal } from "../domain/exactDecimal";
import { MATERIAL_LABELS } from "../domain/materialType";
import type { Shipment } from "../domain/shipment";
import type { CountryView } from "../rules/countryView";
import type { RuleSet } from "../rules/ruleSet";
import type { DutyRate } from "../rules/schema";
import type { ChargesNotes } from "./chargesNotes";
import { ISSUE_CODES, issue } from "./issueCodes";
import { exactRuleNumber, percentText as pct } from "./ruleNumbers";
import { defaultHeadingRuleId } from "../rules/derivedRuleIds";

/** The HS heading duty is looked up by: the row's, else the usual one for the material (assumed). */
export interface Heading {
  code: string;
  assumed: boolean;
}

/** The longest heading prefix of the HS code that has a rate: a subheading beats its heading. */
export function dutyRateFor(duties: readonly DutyRate[], hsCode: string): DutyRate | undefined {
  let best: DutyRate | undefined;
  for (const duty of duties) {
    if (hsCode.startsWith(duty.heading) && (!best || duty.heading.length > best.heading.length)) best = duty;
  }
  return best;
}

export function headingFor(shipment: Shipment, ruleSet: RuleSet): Heading | undefined {
  if (shipment.hsCode) return { code: shipment.hsCode, assumed: false };
  const fallback = ruleSet.crossCutting.defaultHeadings.find((entry) => entry.material === shipment.material);
  return fallback ? { code: fallback.heading, assumed: true } : undefined;
}

/** The duty rate on the heading (null where none can be sourced), and the extra tariffs named but not added. */
export function dutyPlan(
  shipment: Shipment,
  view: CountryView,
  heading: Heading | undefined,
  notes: ChargesNotes,
): ExactDecimal | null {
  const { issues, ruleRefs, basis } = notes;
  if (!heading) {
    issues.push(
      issue(
        ISSUE_CODES.headingUnknown,
        "action",
        "No HS code in the row and no usual heading for this material: enter the HS code to estimate duty.",
      ),
    );
    return null;
  }
  let dutyRate: ExactDecimal | null = null;
  if (heading.assumed) {
    ruleRefs.push(defaultHeadingRuleId(shipment.material));
    issues.push(
      issue(
        ISSUE_CODES.headingAssumed,
        "info",
        `No HS code in the row: heading ${heading.code}, the usual one for ${MATERIAL_LABELS[shipment.material]}, assumed. Confirm the classification with the importer of record.`,
      ),
    );
  }
  const rate = dutyRateFor(view.duties, heading.code);
  if (!rate) {
    issues.push(
      issue(
        ISSUE_CODES.dutyNotCovered,
        "action",
        `Clearway's rules have no duty rate for HS ${heading.code} in ${view.inText}: duty not estimated.`,
        { side: "import" },
      ),
    );
  } else {
    ruleRefs.push(rate.id);
    dutyRate = exactRuleNumber(rate.ratePercent);
    if (rate.lowestRatePercent !== undefined && rate.lowestRatePercent < rate.ratePercent) {
      basis.push(
        `duty up to ${pct(rate.ratePercent)} on HS ${rate.heading} (${pct(rate.lowestRatePercent)} to ${pct(rate.ratePercent)} by national tariff line)`,
      );
      issues.push(
        issue(
          ISSUE_CODES.dutyRateVaries,
          "action",
          `${sentenceStart(possessive(view.inText))} duty on HS ${rate.heading} is ${pct(rate.lowestRatePercent)} to ${pct(rate.ratePercent)} depending on the national tariff line: estimated at ${pct(rate.ratePercent)}. Confirm the full national tariff code with the importer of record.`,
        ),
      );
    } else {
      basis.push(
        `duty ${pct(rate.ratePercent)} on HS ${rate.heading}${rate.zeroForZero ? " (WTO pharmaceutical zero-for-zero)" : ""}`,
      );
    }
  }
  for (const tariff of view.extraTariffs) {
    if (
      tariff.headings.some((prefix) => heading.code.startsWith(prefix)) &&
      (!tariff.materials || tariff.materials.includes(shipment.material))
    ) {
      ruleRefs.push(tariff.id);
      issues.push(
        issue(ISSUE_CODES.extraTariff, "action", `${tariff.name} may apply on top and is not included: ${tariff.note}`),
      );
    }
  }
  return dutyRate;
}
