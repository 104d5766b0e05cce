import type { Assessment, Charges, Issue, Permit, RecordParty } from "../domain/assessment";
import { MATERIAL_LABELS } from "../domain/materialType";
import type { Shipment } from "../domain/shipment";
import { statusFromSeverities } from "../domain/status";
import { countryView, sharedUnion, type CountryView } from "../rules/countryView";
import type { PermitRule } from "../rules/schema";
import { estimateCharges, noCharges } from "./charges";
import type { AssessContext } from "./context";
import { checkDangerousGoods } from "./dangerousGoodsCheck";
import { ISSUE_CODES, issue } from "./issueCodes";
import { checkLeadTime } from "./leadTimeCheck";
import { checkPermits, type Direction } from "./permitsCheck";
import { pickRecordParty } from "./recordParties";
import { checkSanctions } from "./sanctionsCheck";

const notNeeded = (why: string): RecordParty => ({ party: null, requirements: [`not needed: ${why}`] });

function controlledSubstanceRules(shipment: Shipment, context: AssessContext, direction: Direction): PermitRule[] {
  if (!shipment.controlledSubstance) return [];
  const holder = direction === "import" ? "importer" : "exporter";
  // National authorities' own rules (ids with the country prefix) only bind in that country.
  const countryCode = (direction === "import" ? shipment.destination : shipment.origin).toLowerCase();
  return context.rules.crossCutting.controlledSubstances.filter(
    (rule) => rule.holder === holder && rule.materials.includes(shipment.material) && (!/^[a-z]{2}-/.test(rule.id) || rule.id.startsWith(`${countryCode}-`)),
  );
}

function notCoveredIssue(view: CountryView, side: string): Issue {
  return issue(ISSUE_CODES.countryNotCovered, "action", `Clearway's rules do not cover ${view.name} (${view.code}) yet: ${side} permits, parties and charges there are not assessed. Check with a local regulatory or customs expert.`);
}

/**
 * Everything the rules say about one shipment: permits on both sides, importer and exporter
 * of record, estimated charges, lead-time risk, and a status. Pure: same input, same output.
 */
export function assess(shipment: Shipment, context: AssessContext): Assessment {
  const { rules } = context;
  const issues: Issue[] = [];
  const ruleRefs: string[] = [];
  const permits: Permit[] = [];
  const pendingLeadTimes: Array<{ permit: Permit; days: number | null }> = [];
  const origin = countryView(rules, shipment.origin);
  const destination = countryView(rules, shipment.destination);
  const add = (finding: { issues: Issue[]; ruleRefs: string[] }) => {
    issues.push(...finding.issues);
    ruleRefs.push(...finding.ruleRefs);
  };

  let importer: RecordParty;
  let exporter: RecordParty;
  let charges: Charges;
  const union = shipment.origin === shipment.destination ? undefined : sharedUnion(rules, shipment.origin, shipment.destination);

  if (shipment.origin === shipment.destination) {
    issues.push(issue(ISSUE_CODES.sameCountry, "info", `Origin and destination are both ${origin.name}: no import or export.`));
    importer = notNeeded("domestic shipment");
    exporter = notNeeded("domestic shipment");
    charges = noCharges(shipment.currency, "domestic shipment: no customs border");
  } else if (union) {
    ruleRefs.push(`${union.code.toLowerCase()}-membership`);
    issues.push(issue(ISSUE_CODES.customsUnion, "info", `${origin.name} and ${destination.name} are both in the ${union.name}: the goods move without import or export formalities, duty or import VAT at the border.`));
    importer = notNeeded(`movement within the ${union.name}`);
    exporter = notNeeded(`movement within the ${union.name}`);
    charges = noCharges(shipment.currency, `movement within the ${union.name}: no customs border`);
  } else {
    add(checkSanctions(shipment, rules));

    for (const [view, direction] of [[origin, "export"], [destination, "import"]] as const) {
      if (!view.covered && !view.union) {
        issues.push(notCoveredIssue(view, direction));
        continue;
      }
      const finding = checkPermits(shipment, view, direction, controlledSubstanceRules(shipment, context, direction), context);
      add(finding);
      permits.push(...finding.permits);
      pendingLeadTimes.push(...finding.pendingLeadTimes);
    }

    const covered = (view: CountryView) => view.covered || view.union !== undefined;
    if (covered(destination)) {
      const found = pickRecordParty(shipment, destination, "importer-of-record", permits, context);
      add(found);
      importer = found.party;
    } else {
      importer = { party: shipment.importerOfRecord ?? null, requirements: [`${destination.name}'s rules are not covered`] };
    }
    if (covered(origin)) {
      const found = pickRecordParty(shipment, origin, "exporter-of-record", permits, context);
      add(found);
      exporter = found.party;
    } else {
      exporter = { party: shipment.exporterOfRecord ?? null, requirements: [`${origin.name}'s rules are not covered`] };
    }

    const admission = destination.temporaryAdmission;
    if (shipment.returnable && admission?.ataCarnet) {
      ruleRefs.push(admission.id);
      issues.push(issue(ISSUE_CODES.temporaryAdmission, "action", `Returnable ${MATERIAL_LABELS[shipment.material]}: ship under an ATA carnet (temporary admission) so no duty or import tax is paid if it is re-exported in time. ${admission.note}`));
      charges = noCharges(shipment.currency, "temporary admission under an ATA carnet: no duty or import tax if re-exported in time");
    } else if (covered(destination)) {
      const found = estimateCharges(shipment, destination, context);
      add(found);
      charges = found.charges;
      if (shipment.returnable) {
        if (admission) ruleRefs.push(admission.id);
        const known = admission ? ` ${admission.note}` : ` Clearway's rules do not say whether ${destination.name} grants temporary admission.`;
        issues.push(issue(ISSUE_CODES.returnedGoods, "action", `Returnable ${MATERIAL_LABELS[shipment.material]}: duties and taxes are estimated as payable now.${known} On the return leg the exporter of record is in ${destination.name}; claim ${origin.name}'s returned-goods relief if it applies.`));
      }
    } else {
      charges = { currency: shipment.currency, customsValue: null, duty: null, importTax: null, total: null, basis: `${destination.name}'s rules are not covered` };
    }
  }

  add(checkDangerousGoods(shipment, rules));
  const leadTime = checkLeadTime(shipment, pendingLeadTimes, context.settings);
  issues.push(...leadTime.issues);

  return {
    status: statusFromSeverities(issues.map((entry) => entry.severity)),
    permits,
    importerOfRecord: importer,
    exporterOfRecord: exporter,
    charges,
    leadTimeDays: leadTime.leadTimeDays,
    issues,
    ruleRefs: [...new Set(ruleRefs)],
  };
}
