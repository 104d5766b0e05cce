import type { Issue, RecordParty } from "../domain/assessment";
import { MATERIAL_LABELS } from "../domain/materialType";
import type { Party, PartyRole } from "../domain/party";
import type { Shipment } from "../domain/shipment";
import type { CountryView } from "../rules/countryView";
import type { PermitRule, RecordPartyRule } from "../rules/schema";
import { holdsValidLicence } from "./heldLicences";
import { ISSUE_CODES, issue } from "./issueCodes";
import type { AssessContext } from "./context";
import { memoized, sideKey } from "./contextMemo";
import { memoKey } from "./memoKeys";
import { applicableRules, RECORD_HOLDER } from "./permitsCheck";

export interface RecordPartyFinding {
  party: RecordParty;
  issues: Issue[];
  ruleRefs: string[];
  /**
   * The party on file that acts (named in the row, picked from the parties, or the sponsor when it
   * is on file): the permits the importer (exporter) must hold count as held only when it holds them.
   */
  acting: Party | undefined;
}

const ROLE_WORDS: Record<
  PartyRole,
  {
    name: string;
    side: "import" | "export";
    notEligible: typeof ISSUE_CODES.importerNotEligible | typeof ISSUE_CODES.exporterNotEligible;
  }
> = {
  "importer-of-record": { name: "importer of record", side: "import", notEligible: ISSUE_CODES.importerNotEligible },
  "exporter-of-record": { name: "exporter of record", side: "export", notEligible: ISSUE_CODES.exporterNotEligible },
};

/** A party on file by name (case and surrounding spaces ignored). */
export function partyNamed(parties: readonly Party[], name: string | undefined): Party | undefined {
  if (!name) return undefined;
  const key = name.trim().toLowerCase();
  return parties.find((party) => party.name.trim().toLowerCase() === key);
}

/** The permit rule a record-party rule's `mustHold` id stands for here: the national form that replaces a union rule, else the rule itself. */
function mustHoldRule(sideRules: readonly PermitRule[], view: CountryView, id: string): PermitRule | undefined {
  const rules = [...sideRules, ...view.import, ...view.export];
  const rule =
    rules.find((candidate) => candidate.kind === "permit" && candidate.replaces === id) ??
    rules.find((candidate) => candidate.id === id);
  return rule?.kind === "permit" ? rule : undefined;
}

/** Ids of the licences the importer (exporter) of record needs here: the permits the rules give to it, and the rule's mustHold. */
function licencesNeeded(
  sideRules: readonly PermitRule[],
  view: CountryView,
  role: PartyRole,
  rule: RecordPartyRule | undefined,
): string[] {
  const holder = RECORD_HOLDER[ROLE_WORDS[role].side];
  const ids = sideRules.filter((permit) => permit.holder === holder).map((permit) => permit.id);
  for (const id of rule?.mustHold ?? []) {
    const needed = mustHoldRule(sideRules, view, id)?.id ?? id;
    if (!ids.includes(needed)) ids.push(needed);
  }
  return ids;
}

/** The permit rules that come on top of a country's own for this shipment (e.g. for controlled substances). */
export type ExtraRules = (shipment: Shipment, context: AssessContext, direction: "import" | "export") => PermitRule[];

/** What the rules ask of the importer (exporter) of record for these goods here, and who on file could act: the same for every row of the lane. */
export interface RecordPartyBasis {
  rule: RecordPartyRule | undefined;
  requirements: readonly string[];
  /** Ids of the licences the party needs here. */
  needed: readonly string[];
  /** The parties on file with the role in the country, in the order given. */
  candidates: readonly Party[];
  /** Whether two or more candidates hold some of the licences needed: then which one acts depends on the date. */
  contested: boolean;
}

const holdsAny = (party: Party, ids: readonly string[]) =>
  party.licences.some((licence) => ids.includes(licence.ruleId));

/** The basis of the record party of one side of a lane, memoised per country, role and goods. */
export function recordPartyBasis(
  shipment: Shipment,
  view: CountryView,
  role: PartyRole,
  context: AssessContext,
  extraRules: ExtraRules,
): RecordPartyBasis {
  const key = memoKey("recordPartyBasis", sideKey(view.code, ROLE_WORDS[role].side, shipment));
  return memoized(context, key, () => {
    const side = ROLE_WORDS[role].side;
    const rule = (role === "importer-of-record" ? view.importerOfRecord : view.exporterOfRecord).find((candidate) =>
      candidate.materials.includes(shipment.material),
    );
    const sideRules = applicableRules(shipment, view, side, extraRules(shipment, context, side)).filter(
      (candidate): candidate is PermitRule => candidate.kind === "permit",
    );
    const requirements: string[] = [];
    if (rule) {
      requirements.push(rule.who);
      for (const id of rule.mustHold ?? []) requirements.push(`holds ${mustHoldRule(sideRules, view, id)?.name ?? id}`);
    }
    const needed = licencesNeeded(sideRules, view, role, rule);
    const candidates = context.parties.filter((party) => party.country === view.code && party.roles.includes(role));
    const contested = candidates.filter((party) => holdsAny(party, needed)).length > 1;
    return { rule, requirements, needed, candidates, contested };
  });
}

/**
 * The party on file that acts when the row names none: of the candidates, the one holding the most
 * of the licences needed, a licence valid on the ship date counting more than one that is not (a
 * licence to renew beats none at all); the first on ties. With at most one candidate holding any of
 * them, the choice does not depend on the date.
 */
export function chooseLocalParty(
  basis: RecordPartyBasis,
  shipment: Shipment,
  context: AssessContext,
): Party | undefined {
  const { candidates, needed } = basis;
  if (candidates.length < 2) return candidates[0];
  const onDate = shipment.shipDate ?? context.settings.asOf;
  let best: Party | undefined;
  let bestScore = -1;
  for (const party of candidates) {
    let score = 0;
    for (const id of needed)
      score += holdsValidLicence(party, id, onDate)
        ? 2
        : party.licences.some((licence) => licence.ruleId === id)
          ? 1
          : 0;
    if (score > bestScore) [best, bestScore] = [party, score];
  }
  return best;
}

/**
 * Who acts as importer or exporter of record: the party named in the row, else a party with that
 * role in the country (preferring one that holds the licences the role needs), else the sponsor
 * where the rules let a foreign sponsor act, else nobody yet.
 */
export function pickRecordParty(
  shipment: Shipment,
  view: CountryView,
  role: PartyRole,
  context: AssessContext,
  extraRules: ExtraRules,
): RecordPartyFinding {
  const words = ROLE_WORDS[role];
  const basis = recordPartyBasis(shipment, view, role, context, extraRules);
  const { rule, needed } = basis;
  const issues: Issue[] = [];
  const requirements = basis.requirements.slice();
  const parties = context.parties;
  const named = role === "importer-of-record" ? shipment.importerOfRecord : shipment.exporterOfRecord;
  const ruleRefs = rule ? [rule.id] : [];

  let partyName: string | null = null;
  let acting: Party | undefined;
  if (named) {
    acting = partyNamed(parties, named);
    partyName = acting?.name ?? named;
    if (acting && acting.country !== view.code && rule && !rule.foreignSponsorMayAct) {
      issues.push(
        issue(
          words.notEligible,
          "action",
          `${acting.name} is established in ${acting.country}, but the ${words.name} for ${MATERIAL_LABELS[shipment.material]} in ${view.inText} must be: ${rule.who.replace(/\.$/, "")}.`,
          { side: words.side },
        ),
      );
    } else if (acting && !acting.roles.includes(role)) {
      issues.push(
        issue(
          words.notEligible,
          "action",
          `${acting.name} is in your parties as ${acting.roles.map((r) => ROLE_WORDS[r].name).join(" and ")}, not as ${words.name}: check that it can act as ${words.name} in ${view.inText}.`,
          { side: words.side },
        ),
      );
    } else if (!acting && parties.length && needed.length) {
      issues.push(
        issue(
          ISSUE_CODES.recordPartyNotOnFile,
          "info",
          `${named} is not in your parties, so Clearway does not know which licences it holds.`,
        ),
      );
    }
  } else {
    const local = chooseLocalParty(basis, shipment, context);
    if (local) {
      acting = local;
      partyName = local.name;
      requirements.push("chosen from your parties");
    } else if (shipment.sponsor && rule?.foreignSponsorMayAct) {
      acting = partyNamed(parties, shipment.sponsor);
      partyName = acting?.name ?? shipment.sponsor;
      requirements.push("the sponsor may act itself");
    } else {
      const code = role === "importer-of-record" ? ISSUE_CODES.importerNeeded : ISSUE_CODES.exporterNeeded;
      const who = rule ? `: ${rule.who.replace(/\.$/, "")}` : "";
      const sponsorNote =
        rule && !rule.foreignSponsorMayAct
          ? shipment.sponsor
            ? ` ${shipment.sponsor} can act only through a legal entity in ${view.inText}.`
            : " A sponsor without a legal entity there cannot act itself."
          : "";
      issues.push(
        issue(code, "action", `Appoint an ${words.name} in ${view.inText}${who}.${sponsorNote}`, { side: words.side }),
      );
    }
  }
  if (!rule && view.covered) {
    issues.push(
      issue(
        ISSUE_CODES.recordPartyNotCovered,
        "info",
        `Clearway's rules do not say who may act as ${words.name} for ${MATERIAL_LABELS[shipment.material]} in ${view.inText}.`,
      ),
    );
  }
  return { party: { kind: partyName ? "named" : "appoint", party: partyName, requirements }, issues, ruleRefs, acting };
}
