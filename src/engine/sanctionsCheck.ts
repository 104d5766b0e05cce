import type { Issue } from "../domain/assessment";
import { countryName } from "../domain/countryNames";
import type { Shipment } from "../domain/shipment";
import type { RuleSet } from "../rules/ruleSet";
import type { SanctionRule } from "../rules/schema";
import { ISSUE_CODES, issue } from "./issueCodes";

export interface SanctionsFinding {
  issues: Issue[];
  ruleRefs: string[];
}

/** Whose law binds this origin: its own code and its customs union's (e.g. "DE" and "EU"). */
function jurisdictions(ruleSet: RuleSet, origin: string): string[] {
  const codes = [origin];
  for (const union of ruleSet.unions.values()) if (union.members.includes(origin)) codes.push(union.code);
  return codes;
}

function bindsOrigin(rule: SanctionRule, originJurisdictions: string[]): boolean {
  return rule.appliesToOrigins.length === 0 || rule.appliesToOrigins.some((code) => originJurisdictions.includes(code));
}

function regionLabel(rule: SanctionRule): string {
  return rule.regions ? ` (${rule.regions.join(", ")})` : "";
}

const sanctionedPlaces = new WeakMap<RuleSet, ReadonlySet<string>>();

/** Whether any sanctions regime names the origin or the destination: most lanes touch none, and need no check. */
export function laneTouchesSanctions(ruleSet: RuleSet, origin: string, destination: string): boolean {
  let places = sanctionedPlaces.get(ruleSet);
  if (!places)
    sanctionedPlaces.set(ruleSet, (places = new Set(ruleSet.crossCutting.sanctions.map((rule) => rule.destination))));
  return places.has(origin) || places.has(destination);
}

/**
 * Sanctions on the lane. A region-specific regime applies when the row names that region;
 * when it does not, the planner is asked to confirm the site is outside it.
 */
export function checkSanctions(shipment: Shipment, ruleSet: RuleSet): SanctionsFinding {
  const issues: Issue[] = [];
  const ruleRefs: string[] = [];
  const originJurisdictions = jurisdictions(ruleSet, shipment.origin);
  const destinationJurisdictions = jurisdictions(ruleSet, shipment.destination);

  for (const rule of ruleSet.crossCutting.sanctions) {
    const outbound = rule.destination === shipment.destination && bindsOrigin(rule, originJurisdictions);
    // Goods coming from a sanctioned place into a jurisdiction that sanctions it.
    const inbound =
      rule.destination === shipment.origin &&
      rule.appliesToOrigins.length > 0 &&
      rule.appliesToOrigins.some((code) => destinationJurisdictions.includes(code));
    if (!outbound && !inbound) continue;

    const region = outbound ? shipment.destinationRegion : shipment.originRegion;
    const place = `${countryName(rule.destination)}${regionLabel(rule)}`;
    if (rule.regions && !(region && rule.regions.includes(region))) {
      if (!region) {
        ruleRefs.push(rule.id);
        issues.push(
          issue(
            ISSUE_CODES.sanctionsRegionCheck,
            "action",
            `${rule.regime} covers parts of ${place}. Confirm the site is outside ${rule.regions.join(", ")}; if it is inside, the lane is blocked unless this is held: ${rule.licence}.`,
          ),
        );
      }
      continue;
    }
    ruleRefs.push(rule.id);
    if (inbound) {
      issues.push(
        issue(
          ISSUE_CODES.sanctionsReview,
          "action",
          `Goods from ${place} into a jurisdiction that applies ${rule.regime}: have the import reviewed for sanctions before shipping.`,
        ),
      );
    } else if (rule.effect === "general-licence" && (!rule.materials || rule.materials.includes(shipment.material))) {
      const conditions = rule.conditions.length
        ? ` Conditions: ${rule.conditions.map((text) => text.replace(/\.+$/, "")).join("; ")}.`
        : "";
      issues.push(
        issue(
          ISSUE_CODES.sanctionsGeneralLicence,
          "action",
          `Shipment to ${place} allowed under ${rule.licence} (${rule.regime}).${conditions}`,
        ),
      );
    } else {
      const why = rule.effect === "general-licence" ? ` ${rule.licence} does not cover this material.` : "";
      issues.push(
        issue(
          ISSUE_CODES.sanctionsBlocked,
          "blocking",
          `Shipment to ${place} blocked by ${rule.regime}, unless this is held: ${rule.licence}.${why}`,
        ),
      );
    }
  }
  return { issues, ruleRefs };
}
