import type { Issue, Permit, RecordParty } from "../domain/assessment";
import { MATERIAL_LABELS } from "../domain/materialType";
import type { PartyRole } from "../domain/party";
import type { Shipment } from "../domain/shipment";
import type { CountryView } from "../rules/countryView";
import { ISSUE_CODES, issue } from "./issueCodes";
import type { AssessContext } from "./context";

export interface RecordPartyFinding {
  party: RecordParty;
  issues: Issue[];
  ruleRefs: string[];
}

const ROLE_WORDS: Record<PartyRole, { name: string; side: "import" | "export" }> = {
  "importer-of-record": { name: "importer of record", side: "import" },
  "exporter-of-record": { name: "exporter of record", side: "export" },
};

/** The name of a permit the party must hold, preferring the national form that replaces a union rule. */
function permitName(view: CountryView, permits: readonly Permit[], id: string): string {
  const rules = [...view.import, ...view.export];
  const rule = rules.find((candidate) => candidate.kind === "permit" && candidate.replaces === id) ?? rules.find((candidate) => candidate.id === id);
  const listed = permits.find((permit) => permit.ruleId === (rule?.id ?? id));
  if (listed) return listed.name;
  return rule?.kind === "permit" ? rule.name : id;
}

/**
 * Who acts as importer or exporter of record: the party named in the row, else a party with that
 * role in the country, else the sponsor where the rules let a foreign sponsor act, else nobody yet.
 */
export function pickRecordParty(shipment: Shipment, view: CountryView, role: PartyRole, permits: readonly Permit[], context: AssessContext): RecordPartyFinding {
  const words = ROLE_WORDS[role];
  const rules = (role === "importer-of-record" ? view.importerOfRecord : view.exporterOfRecord).filter((rule) => rule.materials.includes(shipment.material));
  const rule = rules[0];
  const issues: Issue[] = [];
  const requirements: string[] = [];
  if (rule) {
    requirements.push(rule.who);
    for (const id of rule.mustHold ?? []) requirements.push(`holds ${permitName(view, permits, id)}`);
  }
  const named = role === "importer-of-record" ? shipment.importerOfRecord : shipment.exporterOfRecord;
  const known = context.parties.find((party) => party.name.toLowerCase() === named?.toLowerCase());
  const local = context.parties.find((party) => party.country === view.code && party.roles.includes(role));
  const ruleRefs = rule ? [rule.id] : [];

  let partyName: string | null = null;
  if (named) {
    partyName = known?.name ?? named;
    if (known && known.country !== view.code && rule && !rule.foreignSponsorMayAct) {
      issues.push(issue(ISSUE_CODES.importerNotEligible, "action", `${known.name} is established in ${known.country}, but the ${words.name} for ${MATERIAL_LABELS[shipment.material]} in ${view.name} must be: ${rule.who.replace(/\.$/, "")}.`));
    }
  } else if (local) {
    partyName = local.name;
  } else if (shipment.sponsor && rule?.foreignSponsorMayAct) {
    partyName = shipment.sponsor;
    requirements.push("the sponsor may act itself");
  } else {
    const code = role === "importer-of-record" ? ISSUE_CODES.importerNeeded : ISSUE_CODES.exporterNeeded;
    const who = rule ? `: ${rule.who.replace(/\.$/, "")}` : "";
    const sponsorNote =
      rule && !rule.foreignSponsorMayAct
        ? shipment.sponsor
          ? ` ${shipment.sponsor} can act only through a legal entity in ${view.name}.`
          : " A sponsor without a legal entity there cannot act itself."
        : "";
    issues.push(issue(code, "action", `Appoint an ${words.name} in ${view.name}${who}.${sponsorNote}`));
  }
  if (!rule && view.covered) {
    issues.push(issue(ISSUE_CODES.recordPartyNotCovered, "info", `Clearway's rules do not say who may act as ${words.name} for ${MATERIAL_LABELS[shipment.material]} in ${view.name}.`));
  }
  return { party: { party: partyName, requirements }, issues, ruleRefs };
}
