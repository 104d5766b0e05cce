import type { Issue, Permit, RecordParty } from "../domain/assessment";
import type { CountryView } from "../rules/countryView";
import type { PermitsFinding } from "./permitsCheck";

/** Issues and the rules they came from; findings are kept as parts and joined once per row. */
export interface Finding {
  issues: readonly Issue[];
  ruleRefs: readonly string[];
}

/** How the charges of a lane are found: none at the border, an estimate, or unknown. */
export type ChargesMode =
  { kind: "none"; basis: string } | { kind: "estimate" } | { kind: "not-covered"; basis: string };

/** Everything that depends on the lane and the kind of goods, not on the row's value or dates. */
export interface LaneFinding {
  permits: Permit[];
  importer: RecordParty;
  exporter: RecordParty;
  /** Findings listed before the charges (sanctions, permits, parties) and after them (returns); dangerous goods come per row. */
  before: Finding[];
  after: Finding[];
  pendingLeadTimes: PermitsFinding["pendingLeadTimes"];
  charges: ChargesMode;
  destination: CountryView;
}

/** One issue as a finding, citing the rule it came from if any. */
export const single = (entry: Issue, ruleRef?: string): Finding => ({
  issues: [entry],
  ruleRefs: ruleRef ? [ruleRef] : [],
});
