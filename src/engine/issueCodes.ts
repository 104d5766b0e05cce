import type { Issue, IssueKind, Side } from "../domain/assessment";
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
  refrigerantUnstated: "packing-refrigerant-unstated",
  sampleClassUnstated: "packing-sample-class-unstated",
  controlledSubstance: "controlled-substance",
  leadTimeUnknown: "lead-time-unknown",
  leadTimeTight: "lead-time-tight",
  leadTimeMissesNeedBy: "lead-time-misses-need-by",
  shipDatePast: "ship-date-past",
  ruleOverride: "rule-override",
  secondarySource: "secondary-source",
  territoryUnderParent: "territory-under-parent-rules",
} as const;

export type IssueCode = (typeof ISSUE_CODES)[keyof typeof ISSUE_CODES];

/**
 * The kind of each code when it asks for something (an issue of severity info is always kind
 * info): setup once per country, side and trial, or something this shipment needs.
 */
const KIND_WHEN_OPEN: Record<IssueCode, Exclude<IssueKind, "info">> = {
  "country-not-covered": "setup",
  "rules-not-covered": "setup",
  "permit-required": "setup",
  "permit-held": "setup",
  "permit-conditional": "setup",
  "permit-expires": "setup",
  "no-permit-needed": "setup",
  "domestic-shipment": "shipment",
  "customs-union-movement": "shipment",
  "sanctions-blocked": "shipment",
  "sanctions-general-licence": "shipment",
  "sanctions-region-check": "shipment",
  "sanctions-review": "shipment",
  "importer-of-record-needed": "setup",
  "exporter-of-record-needed": "setup",
  "importer-of-record-not-eligible": "setup",
  "exporter-of-record-not-eligible": "setup",
  "record-party-not-in-parties": "setup",
  "record-party-not-covered": "setup",
  "valuation-not-covered": "setup",
  "freight-estimated": "shipment",
  "hs-heading-assumed": "shipment",
  "hs-heading-unknown": "shipment",
  "duty-rate-not-covered": "setup",
  "duty-rate-varies": "shipment",
  "import-tax-not-covered": "setup",
  "import-tax-relief": "shipment",
  "de-minimis": "shipment",
  "extra-tariff-possible": "shipment",
  "customs-value-required": "shipment",
  "currency-not-converted": "shipment",
  "temporary-admission": "shipment",
  "returned-goods-relief": "shipment",
  "dangerous-goods": "shipment",
  "dangerous-goods-not-covered": "shipment",
  "packing-refrigerant-unstated": "shipment",
  "packing-sample-class-unstated": "shipment",
  "controlled-substance": "shipment",
  "lead-time-unknown": "shipment",
  "lead-time-tight": "shipment",
  "lead-time-misses-need-by": "shipment",
  "ship-date-past": "shipment",
  "rule-override": "shipment",
  "secondary-source": "shipment",
  "territory-under-parent-rules": "setup",
};

/** What an issue is about beyond its code: its kind where the code alone does not decide it, the lane's side, the permit rule. */
export interface IssueAbout {
  kind?: IssueKind;
  side?: Side;
  ruleId?: string;
}

export function issue(code: IssueCode, severity: Severity, message: string, about: IssueAbout = {}): Issue {
  const made: Issue = {
    code,
    severity,
    kind: severity === "info" ? "info" : (about.kind ?? KIND_WHEN_OPEN[code]),
    message,
  };
  if (about.side) made.side = about.side;
  if (about.ruleId) made.ruleId = about.ruleId;
  return made;
}
