import type { Issue, IssueKind, Permit } from "../domain/assessment";
import type { Party } from "../domain/party";
import type { Shipment } from "../domain/shipment";
import { MATERIAL_LABELS } from "../domain/materialType";
import type { CountryView } from "../rules/countryView";
import { answersForGoods } from "../rules/answersForGoods";
import type { DirectionRule, PermitRule } from "../rules/schema";
import { findHeldLicence, partyLicence, type HeldLicenceMatch } from "./heldLicences";
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

/** The rules of one side of the lane that apply to this shipment: the country's (and union's), then the extra ones given. */
export function applicableRules(
  shipment: Shipment,
  view: CountryView,
  direction: Direction,
  extraRules: readonly PermitRule[],
): DirectionRule[] {
  return [...view[direction].filter((rule) => appliesTo(rule, shipment)), ...extraRules];
}

/** The holder a side's record party is: a permit held by "the importer" on the import side is the importer of record's to hold. */
export const RECORD_HOLDER: Record<Direction, PermitRule["holder"]> = { import: "importer", export: "exporter" };

function heldWording(held: HeldLicenceMatch): string {
  return `${held.party.name} (reference ${held.licence.reference}${held.licence.scope ? `, ${held.licence.scope}` : ""})`;
}

/**
 * Names the day the licence is needed as "the ship date", not by its date: rows whose ship dates
 * fall in the same validity period share this finding (see validityPeriod).
 */
function notValidWording(held: HeldLicenceMatch, onDate: string, when: string): string {
  const { validFrom, validUntil } = held.licence;
  if (validFrom && validFrom > onDate)
    return `is valid only from ${validFrom}, after ${when}: check the ship date or get it sooner`;
  return `is not valid on ${when}${validUntil ? ` (valid until ${validUntil})` : ""}: renew it`;
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

/** A permit obtained for each shipment is this shipment's; any other (per trial, per importer or exporter) is setup. */
const kindOfPermit = (rule: PermitRule): IssueKind => (rule.scope === "per-shipment" ? "shipment" : "setup");

function describePermit(rule: PermitRule): string {
  const timing = rule.leadTimeDays !== undefined ? `, about ${rule.leadTimeDays} days` : "";
  return `${rule.name} from ${rule.authority} (${rule.scope.replace("-", " ")}, held by the ${rule.holder}${timing})`;
}

/**
 * The permits one side of the lane requires for this material, and what is still to do.
 * `acting` is the party on file acting as importer (exporter) of record on this side: a permit the
 * importer (exporter) must hold counts as held only when that party holds it. Other permits (the
 * sponsor's, the site's) count as held when any party in the country holds them.
 */
export function checkPermits(
  shipment: Shipment,
  view: CountryView,
  direction: Direction,
  extraRules: readonly PermitRule[],
  context: AssessContext,
  acting?: Party,
  withinUnion = false,
): PermitsFinding {
  const finding: PermitsFinding = { permits: [], issues: [], ruleRefs: [], pendingLeadTimes: [] };
  const where = direction === "import" ? `into ${view.inText}` : `out of ${view.inText}`;
  // Inside a customs union only the national permits that say so still apply; silence there is not a gap.
  const rules = withinUnion
    ? applicableRules(shipment, view, direction, []).filter((rule) => rule.kind === "permit" && rule.alsoWithinUnion)
    : applicableRules(shipment, view, direction, extraRules);
  const neededOn = shipment.shipDate ?? context.settings.asOf;
  const when = shipment.shipDate ? "the ship date" : `the date of the check (${context.settings.asOf})`;
  const country = direction === "import" ? shipment.destination : shipment.origin;
  const recordHolder = RECORD_HOLDER[direction];

  // Only a rule that answers for the goods says what this side requires (see answersForGoods).
  if (!withinUnion && !rules.some((rule) => answersForGoods(rule, shipment.material))) {
    finding.issues.push(
      issue(
        ISSUE_CODES.rulesNotCovered,
        "action",
        `Clearway's rules do not say what ${direction === "import" ? "importing" : "exporting"} ${MATERIAL_LABELS[shipment.material]} ${where} requires: confirm with a local regulatory or customs expert.`,
        { side: direction },
      ),
    );
  }
  for (const rule of rules) {
    finding.ruleRefs.push(rule.id);
    if (rule.kind === "none") {
      // A "no permit" whose sources cover only part of the material: say where the answer stops.
      if (rule.onlyFor)
        finding.issues.push(
          issue(
            ISSUE_CODES.noPermitNeeded,
            "info",
            `No permit is needed ${where} for ${rule.onlyFor}; Clearway's rules do not say what other ${MATERIAL_LABELS[shipment.material]} need: confirm with a local regulatory expert.`,
          ),
        );
      continue;
    }
    const byRecordParty = rule.holder === recordHolder;
    let held: HeldLicenceMatch | undefined;
    if (!context.parties.length) held = undefined;
    else if (byRecordParty) held = acting ? partyLicence(acting, rule.id, neededOn) : undefined;
    else held = findHeldLicence(context.parties, rule.id, neededOn, country);
    // A rare situation is named for the planner to check; one that usually holds for these goods is a permit to plan for unless ruled out.
    if (rule.onlyWhen && !rule.usuallyApplies && !held?.valid) {
      finding.issues.push(
        issue(
          ISSUE_CODES.permitConditional,
          "info",
          `${rule.name} from ${rule.authority} is needed only if ${rule.onlyWhen}.`,
        ),
      );
      continue;
    }
    const permit = toPermit(rule, view.code, direction, held?.valid ? held.licence.reference : null);
    finding.permits.push(permit);
    if (held?.valid) {
      finding.issues.push(issue(ISSUE_CODES.permitHeld, "info", `${rule.name}: held by ${heldWording(held)}.`));
      continue;
    }
    // A party on file that holds it but does not act for this row: say so, the planner may choose it.
    const other =
      byRecordParty && context.parties.length
        ? findHeldLicence(context.parties, rule.id, neededOn, country)
        : undefined;
    const elsewhere =
      other?.valid && other.party !== acting
        ? ` ${heldWording(other)} holds it but is not the ${recordHolder} of record for this shipment.`
        : "";
    const toConfirm =
      rule.onlyWhen && rule.usuallyApplies
        ? ` Needed if ${rule.onlyWhen}, which is the usual case for these goods: confirm, or record why it does not apply.`
        : "";
    const required = toConfirm ? ISSUE_CODES.permitConditional : ISSUE_CODES.permitRequired;
    if (held) {
      finding.issues.push(
        issue(
          ISSUE_CODES.permitExpires,
          "action",
          `${rule.name} held by ${heldWording(held)} ${notValidWording(held, neededOn, when)}.${elsewhere}`,
          { kind: kindOfPermit(rule), side: direction, ruleId: rule.id },
        ),
      );
    } else if (rule.scope === "per-importer" || rule.scope === "per-exporter") {
      // A standing licence of the importer or exporter: choose a party that holds it, rather than wait for a new one.
      const timing = rule.leadTimeDays !== undefined ? ` (a new one takes about ${rule.leadTimeDays} days)` : "";
      finding.issues.push(
        issue(
          required,
          "action",
          `The ${rule.holder} must hold ${rule.name} from ${rule.authority}${timing}: use a party that already holds it.${toConfirm}${elsewhere}`,
          { kind: "setup", side: direction, ruleId: rule.id },
        ),
      );
      continue;
    } else {
      finding.issues.push(
        issue(required, "action", `Obtain ${describePermit(rule)}.${toConfirm}${elsewhere}`, {
          kind: kindOfPermit(rule),
          side: direction,
          ruleId: rule.id,
        }),
      );
    }
    finding.pendingLeadTimes.push({ permit, days: rule.leadTimeDays ?? null });
  }
  return finding;
}
