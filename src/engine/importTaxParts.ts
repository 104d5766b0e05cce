import type { Issue } from "../domain/assessment";
import { ExactDecimal } from "../domain/exactDecimal";
import type { MaterialType } from "../domain/materialType";
import type { ImportTax, ImportTaxPart } from "../rules/schema";
import { ISSUE_CODES, issue } from "./issueCodes";

/** One of the taxes charged with the main import tax, at the rate that applies to the row. */
export interface PlannedTaxPart {
  base: ImportTaxPart["base"];
  rate: ExactDecimal;
}

/** What the taxes charged with the main one add to a lane's charges. */
export interface TaxPartsPlan {
  parts: PlannedTaxPart[];
  /** The main tax is part of its own base: its rate is applied "por dentro". */
  inclusive: boolean;
  /** A part has no rate for the row's heading: the import tax cannot be estimated. */
  missing: boolean;
  issues: Issue[];
  ruleRefs: string[];
  /** Basis text, e.g. "IPI 0% on value + duty", one entry a part. */
  basis: string[];
}

const pct = (rate: number) => `${rate}%`;
const BASE_WORDS: Record<ImportTaxPart["base"], string> = {
  "customs-value": "value",
  "customs-value-plus-duty": "value + duty",
};

/** The longest heading prefix of the HS code that has a rate, else the part's general rate. */
function partRate(
  part: ImportTaxPart,
  headingCode: string | undefined,
): { rate: number; heading?: string } | undefined {
  let best: { heading: string; ratePercent: number } | undefined;
  if (headingCode)
    for (const entry of part.headingRates)
      if (headingCode.startsWith(entry.heading) && (!best || entry.heading.length > best.heading.length)) best = entry;
  if (best) return { rate: best.ratePercent, heading: best.heading };
  return part.ratePercent === undefined ? undefined : { rate: part.ratePercent };
}

/**
 * The rates of the taxes charged with the main import tax. As for the main tax, a relief written for
 * the row's material is applied and one that only matches the heading is named but not applied.
 */
export function planTaxParts(
  tax: ImportTax,
  headingCode: string | undefined,
  material: MaterialType,
  exact: (value: number) => ExactDecimal,
): TaxPartsPlan {
  const plan: TaxPartsPlan = {
    parts: [],
    inclusive: tax.inclusiveOfItself === true,
    missing: false,
    issues: [],
    ruleRefs: [],
    basis: [],
  };
  for (const part of tax.alsoCharged) {
    const found = partRate(part, headingCode);
    if (!found) {
      plan.missing = true;
      plan.issues.push(
        issue(
          ISSUE_CODES.importTaxNotCovered,
          "action",
          `Clearway's rules have no ${part.name} rate for ${headingCode ? `HS ${headingCode}` : "goods with no HS code"}: import tax not estimated.`,
          { side: "import" },
        ),
      );
      continue;
    }
    plan.ruleRefs.push(part.id);
    let rate = found.rate;
    const matches = (prefixes: readonly string[] | undefined) =>
      !prefixes?.length || (headingCode !== undefined && prefixes.some((prefix) => headingCode.startsWith(prefix)));
    const forMaterial = part.reliefs.find(
      (relief) => relief.materials?.includes(material) && matches(relief.headings) && relief.ratePercent < rate,
    );
    const forHeading = headingCode
      ? part.reliefs.find(
          (relief) =>
            relief !== forMaterial &&
            !relief.materials?.length &&
            relief.headings?.some((prefix) => headingCode.startsWith(prefix)) &&
            relief.ratePercent < rate,
        )
      : undefined;
    if (forMaterial) {
      plan.ruleRefs.push(forMaterial.id);
      plan.issues.push(
        issue(
          ISSUE_CODES.taxRelief,
          "info",
          `${part.name} estimated at ${pct(forMaterial.ratePercent)} instead of ${pct(rate)}, which holds only if: ${forMaterial.condition}`,
        ),
      );
      rate = forMaterial.ratePercent;
    } else if (forHeading) {
      plan.ruleRefs.push(forHeading.id);
      plan.issues.push(
        issue(
          ISSUE_CODES.taxRelief,
          "info",
          `${part.name} estimated at ${pct(rate)}; it may be ${pct(forHeading.ratePercent)} if: ${forHeading.condition}`,
        ),
      );
    }
    plan.parts.push({ base: part.base, rate: exact(rate) });
    plan.basis.push(
      `${part.name} ${pct(rate)} on ${BASE_WORDS[part.base]}${found.heading ? ` (HS ${found.heading})` : ""}`,
    );
  }
  return plan;
}

/** The taxes charged with the main one, on the customs value and the duty of the row. */
export function taxPartsAmount(
  parts: readonly PlannedTaxPart[],
  customsValue: ExactDecimal,
  duty: ExactDecimal,
): ExactDecimal {
  let total = ExactDecimal.ZERO;
  for (const part of parts)
    total = total.plus((part.base === "customs-value" ? customsValue : customsValue.plus(duty)).percent(part.rate));
  return total;
}

/** Decimals kept for a tax worked out "por dentro", before the one rounding to the currency. */
const INCLUSIVE_PLACES = 12;
const HUNDRED = ExactDecimal.of(100);
const MINUS_ONE = ExactDecimal.of(-1);

/** A tax that is part of its own base: rate x base / (1 - rate), i.e. base x rate% / (100% - rate%). */
export function inclusiveTax(base: ExactDecimal, rate: ExactDecimal): ExactDecimal {
  return base.times(rate).dividedBy(HUNDRED.plus(rate.times(MINUS_ONE)), INCLUSIVE_PLACES);
}

/**
 * The import tax when other taxes are charged with it: those taxes on their own bases, plus the
 * main tax on its base (customs value + duty, and any freight or uplift) with those taxes added, and
 * "por dentro" where it is part of its own base.
 */
export function importTaxWithParts(
  plan: TaxPartsPlan,
  rate: ExactDecimal,
  customsValue: ExactDecimal,
  duty: ExactDecimal,
  mainBase: ExactDecimal,
): ExactDecimal {
  const parts = taxPartsAmount(plan.parts, customsValue, duty);
  const base = mainBase.plus(parts);
  return parts.plus(plan.inclusive ? inclusiveTax(base, rate) : base.percent(rate));
}
