import type { Party } from "../domain/party";
import type { Settings } from "../domain/settings";
import type { RuleSet } from "../rules/ruleSet";

/** What assess() needs besides the shipment: the rules, the user's parties and the run's settings. */
export interface AssessContext {
  rules: RuleSet;
  parties: readonly Party[];
  settings: Settings;
}
