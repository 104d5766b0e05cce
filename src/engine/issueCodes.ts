import type { Issue } from "../domain/assessment";
import type { Severity } from "../domain/status";

/**
 * The stable issue codes. Other tools match on them, so a code is never renamed;
 * the message beside it may be reworded.
 */
export const ISSUE_CODES = {
  countryNotCovered: "country-not-covered",
  rulesNotCovered: "rules-not-covered",
  permitRequired: "permit-required",
  permitHeld: "permit-held",
  permitConditional: "permit-conditional",
  permitExpires: "permit-expires",
  noPermitNeeded: "no-permit-needed",
  sameCountry: "domestic-shipment",
  customsUnion: "customs-union-movement",
  sanctionsBlocked: "sanctions-blocked",
  sanctionsGeneralLicence: "sanctions-general-licence",
  sanctionsRegionCheck: "sanctions-region-check",
  sanctionsReview: "sanctions-review",
  importerNeeded: "importer-of-record-needed",
  exporterNeeded: "exporter-of-record-needed",
  importerNotEligible: "importer-of-record-not-eligible",
  exporterNotEligible: "exporter-of-record-not-eligible",
  recordPartyNotOnFile: "record-party-not-in-parties",
  recordPartyNotCovered: "record-party-not-covered",
  valuationNotCovered: "valuation-not-covered",
  freightEstimated: "freight-estimated",
  headingAssumed: "hs-heading-assumed",
  headingUnknown: "hs-heading-unknown",
  dutyNotCovered: "duty-rate-not-covered",
  dutyRateVaries: "duty-rate-varies",
  importTaxNotCovered: "import-tax-not-covered",
  taxRelief: "import-tax-relief",
  deMinimis: "de-minimis",
  extraTariff: "extra-tariff-possible",
  customsValueRequired: "customs-value-required",
  currencyMismatch: "currency-not-converted",
  temporaryAdmission: "temporary-admission",
  returnedGoods: "returned-goods-relief",
  dangerousGoods: "dangerous-goods",
  dangerousGoodsNotCovered: "dangerous-goods-not-covered",
  controlledSubstance: "controlled-substance",
  leadTimeUnknown: "lead-time-unknown",
  leadTimeTight: "lead-time-tight",
  leadTimeMissesNeedBy: "lead-time-misses-need-by",
  shipDatePast: "ship-date-past",
  ruleOverride: "rule-override",
  territoryUnderParent: "territory-under-parent-rules",
} as const;

export type IssueCode = (typeof ISSUE_CODES)[keyof typeof ISSUE_CODES];

export function issue(code: IssueCode, severity: Severity, message: string): Issue {
  return { code, severity, message };
}
