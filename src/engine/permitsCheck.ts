import type { Issue, Permit } from "../domain/assessment";
import type { Shipment } from "../domain/shipment";
import { MATERIAL_LABELS } from "../domain/materialType";
import type { CountryView } from "../rules/countryView";
import type { DirectionRule, PermitRule } from "../rules/schema";
import { findHeldLicence } from "./heldLicences";
import { ISSUE_CODES, issue } from "./issueCodes";
import type { AssessContext } from "./context";

export type Direction = "import" | "export";

export interface PermitsFinding {
  permits: Permit[];
  issues: Issue[];
  ruleRefs: string[];
  /** Lead times of the permits still to obtain (null where the rules give none). */
  pendingLeadTimes: Array<{ permit: Permit; days: number | null }>;
}

function appliesTo(rule: DirectionRule, shipment: Shipment): boolean {
  if (!rule.materials.includes(shipment.material)) return false;
  return rule.kind === "none" || !rule.onlyIfControlled || shipment.controlledSubstance;
}

function toPermit(rule: PermitRule, country: string, direction: Direction, heldReference: string | null): Permit {
  const source = rule.sources[0]!;
  return {
    ruleId: rule.id,
    country,
    direction,
    name: rule.name,
    authority: rule.authority,
    scope: rule.scope,
    holder: rule.holder,
    leadTimeDays: rule.leadTimeDays ?? null,
    heldReference,
    source: { title: source.title, url: source.url, reviewed: source.reviewed },
  };
}

function describePermit(rule: PermitRule): string {
  const timing = rule.leadTimeDays !== undefined ? `, about ${rule.leadTimeDays} days` : "";
  return `${rule.name} from ${rule.authority} (${rule.scope.replace("-", " ")}, held by the ${rule.holder}${timing})`;
}

/** The permits one side of the lane requires for this material, and what is still to do. */
export function checkPermits(shipment: Shipment, view: CountryView, direction: Direction, extraRules: readonly PermitRule[], context: AssessContext): PermitsFinding {
  const finding: PermitsFinding = { permits: [], issues: [], ruleRefs: [], pendingLeadTimes: [] };
  const where = direction === "import" ? `into ${view.name}` : `out of ${view.name}`;
  const rules = [...view[direction].filter((rule) => appliesTo(rule, shipment)), ...extraRules];
  const neededOn = shipment.shipDate ?? context.settings.asOf;

  if (!rules.some((rule) => rule.materials.includes(shipment.material) && (rule.kind === "none" || !rule.onlyIfControlled))) {
    finding.issues.push(
      issue(ISSUE_CODES.rulesNotCovered, "action", `Clearway's rules do not say what ${direction === "import" ? "importing" : "exporting"} ${MATERIAL_LABELS[shipment.material]} ${where} requires: confirm with a local regulatory or customs expert.`),
    );
  }
  for (const rule of rules) {
    finding.ruleRefs.push(rule.id);
    if (rule.kind === "none") continue;
    const held = findHeldLicence(context.parties, rule.id, neededOn, direction === "import" ? shipment.destination : shipment.origin);
    if (rule.onlyWhen && !held?.valid) {
      finding.issues.push(issue(ISSUE_CODES.permitConditional, "info", `${rule.name} from ${rule.authority} is needed only if ${rule.onlyWhen}.`));
      continue;
    }
    const permit = toPermit(rule, view.code, direction, held?.valid ? held.licence.reference : null);
    finding.permits.push(permit);
    if (held?.valid) {
      finding.issues.push(issue(ISSUE_CODES.permitHeld, "info", `${rule.name}: held by ${held.party.name}, reference ${held.licence.reference}.`));
      continue;
    }
    if (held) {
      finding.issues.push(issue(ISSUE_CODES.permitExpires, "action", `${rule.name} held by ${held.party.name} (reference ${held.licence.reference}) is not valid on ${neededOn}${held.licence.validUntil ? ` (valid until ${held.licence.validUntil})` : ""}: renew it.`));
    } else if (rule.scope === "per-importer" || rule.scope === "per-exporter") {
      // A standing licence of the importer or exporter: choose a party that holds it, rather than wait for a new one.
      const timing = rule.leadTimeDays !== undefined ? ` (a new one takes about ${rule.leadTimeDays} days)` : "";
      finding.issues.push(issue(ISSUE_CODES.permitRequired, "action", `The ${rule.holder} must hold ${rule.name} from ${rule.authority}${timing}: use a party that already holds it.`));
      continue;
    } else {
      finding.issues.push(issue(ISSUE_CODES.permitRequired, "action", `Obtain ${describePermit(rule)}.`));
    }
    finding.pendingLeadTimes.push({ permit, days: rule.leadTimeDays ?? null });
  }
  return finding;
}
