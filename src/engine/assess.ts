import type { Assessment, Charges, Issue, Permit, RecordParty, Side } from "../domain/assessment";
import { countryInText, countryName, possessive, sentenceStart } from "../domain/countryNames";
import { MATERIAL_LABELS } from "../domain/materialType";
import type { Party, PartyRole } from "../domain/party";
import { TEMPERATURES, type Shipment } from "../domain/shipment";
import { statusOf, type Status } from "../domain/status";
import { countryView, sharedUnion, type CountryView } from "../rules/countryView";
import type { RuleSet } from "../rules/ruleSet";
import type { PermitRule } from "../rules/schema";
import { territoryByCode, territoryByRegion, territoryReason } from "../rules/territories";
import { estimateCharges, noCharges } from "./charges";
import type { AssessContext } from "./context";
import { countryPairKey, laneKey, memoized, sideKey } from "./contextMemo";
import { memoKey, textMemoKey } from "./memoKeys";
import { checkDangerousGoods } from "./dangerousGoodsCheck";
import { checkPacking, samplesUnclassified } from "./packingCheck";
import { ISSUE_CODES, issue } from "./issueCodes";
import { checkLeadTime, leadTimePlan, type LeadTimePlan } from "./leadTimeCheck";
import { checkPermits, type Direction, type PermitsFinding } from "./permitsCheck";
import { overrideIssues } from "./overrideNotes";
import { validityPeriod } from "./heldLicences";
import { chooseLocalParty, partyNamed, pickRecordParty, recordPartyBasis, type RecordPartyFinding } from "./recordParties";
import { checkSanctions, laneTouchesSanctions } from "./sanctionsCheck";
import { secondarySourceNote } from "./secondarySourceNotes";

/** Issues and the rules they came from; findings are kept as parts and joined once per row. */
interface Finding {
  issues: readonly Issue[];
  ruleRefs: readonly string[];
}

/** How the charges of a lane are found: none at the border, an estimate, or unknown. */
type ChargesMode = { kind: "none"; basis: string } | { kind: "estimate" } | { kind: "not-covered"; basis: string };

/** Everything that depends on the lane and the kind of goods, not on the row's value or dates. */
interface LaneFinding {
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

const notNeeded = (why: string): RecordParty => ({ kind: "not-needed", party: null, requirements: [`not needed: ${why}`] });
const NONE: readonly never[] = Object.freeze([]);
const single = (entry: Issue, ruleRef?: string): Finding => ({ issues: [entry], ruleRefs: ruleRef ? [ruleRef] : [] });

function controlledSubstanceRules(shipment: Shipment, context: AssessContext, direction: Direction): PermitRule[] {
  if (!shipment.controlledSubstance) return [];
  const holder = direction === "import" ? "importer" : "exporter";
  // National authorities' own rules (ids with the country prefix) only bind in that country.
  const countryCode = (direction === "import" ? shipment.destination : shipment.origin).toLowerCase();
  const applicable = context.rules.crossCutting.controlledSubstances.filter(
    (rule) => rule.holder === holder && rule.materials.includes(shipment.material) && (!/^[a-z]{2}-/.test(rule.id) || rule.id.startsWith(`${countryCode}-`)),
  );
  // A country's own narcotics permit is its form of the convention certificate: list that, not both.
  const view = countryView(context.rules, direction === "import" ? shipment.destination : shipment.origin);
  const national = view[direction].some((rule) => rule.kind === "permit" && rule.onlyIfControlled && rule.materials.includes(shipment.material)) || applicable.some((rule) => rule.id.startsWith(`${countryCode}-`));
  return national ? applicable.filter((rule) => rule.id.startsWith(`${countryCode}-`)) : applicable;
}

function notCoveredIssue(view: CountryView, side: Side): Issue {
  // A territory with its own customs or VAT status says why it is not simply its state's rules.
  const territory = territoryByCode(view.code);
  if (territory) {
    return issue(ISSUE_CODES.countryNotCovered, "action", `Clearway's rules do not cover ${view.inText} (${view.code}; own customs/VAT status: ${territoryReason(territory)}): ${side} permits, parties and charges there are not assessed, and ${possessive(countryInText(territory.parent, countryName(territory.parent)))} rules are not applied in their place. Confirm locally with a regulatory or customs expert.`, { side });
  }
  return issue(ISSUE_CODES.countryNotCovered, "action", `Clearway's rules do not cover ${view.inText} (${view.code}) yet: ${side} permits, parties and charges there are not assessed. Check with a local regulatory or customs expert.`, { side });
}

/** A row in a territory checked under its state's rules (e.g. Puerto Rico under the United States'): what that covers and what it does not. */
function territoryNotes(shipment: Shipment): Issue[] {
  const notes: Issue[] = [];
  for (const [region, side] of [[shipment.originRegion, "origin"], [shipment.destinationRegion, "destination"]] as const) {
    const territory = territoryByRegion(region);
    if (!territory) continue;
    const state = countryInText(territory.parent, countryName(territory.parent));
    notes.push(issue(ISSUE_CODES.territoryUnderParent, "action", `${sentenceStart(territory.name)} (${side}) is checked under ${possessive(state)} rules: it is ${territoryReason(territory)}. Local taxes and rules of ${territory.name} itself are not in Clearway's rules: confirm them locally.`));
  }
  return notes;
}

const covered = (view: CountryView) => view.covered || view.union !== undefined;

/**
 * What the row's dangerous goods and temperature add, with the packing questions they leave open:
 * the same for every row with that packing, whatever the lane.
 */
function dangerousGoodsFinding(shipment: Shipment, context: AssessContext): Finding {
  const unclassified = samplesUnclassified(shipment);
  const temperature = (shipment.temperature ? TEMPERATURES.indexOf(shipment.temperature) + 1 : 0) * 2 + (unclassified ? 1 : 0);
  const key = shipment.dangerousGoods.length ? textMemoKey("dangerousGoods", temperature, shipment.dangerousGoods.join("+")) : memoKey("dangerousGoods", temperature);
  return memoized(context, key, () => {
    const found = checkDangerousGoods(shipment, context.rules);
    const packing = checkPacking(shipment, context.rules);
    const ruleRefs = [...found.ruleRefs, ...packing.ruleRefs];
    const secondary = secondarySourceNote(ruleRefs, context.rules);
    return { issues: secondary ? [...found.issues, ...packing.issues, secondary] : [...found.issues, ...packing.issues], ruleRefs };
  });
}

/**
 * With parties on file, which of their licences are valid when the goods ship: a key part that is
 * the same for every ship date in one validity period (and says whether the row gave a date at all).
 */
function licencePeriod(shipment: Shipment, context: AssessContext): string {
  if (!context.parties.length) return "";
  return shipment.shipDate ? `d${validityPeriod(context.parties, shipment.shipDate)}` : "a";
}

/** A lane with no customs border (same country, or inside a customs union): nothing to permit or pay. */
function borderlessLane(shipment: Shipment, context: AssessContext, origin: CountryView, destination: CountryView): Omit<LaneFinding, "after"> | undefined {
  if (shipment.origin === shipment.destination) {
    return {
      permits: [],
      importer: notNeeded("domestic shipment"),
      exporter: notNeeded("domestic shipment"),
      before: [single(issue(ISSUE_CODES.sameCountry, "info", `Origin and destination are both in ${origin.inText}: no import or export.`))],
      pendingLeadTimes: [],
      charges: { kind: "none", basis: "domestic shipment: no customs border" },
      destination,
    };
  }
  const union = sharedUnion(context.rules, shipment.origin, shipment.destination);
  if (!union) return undefined;
  return {
    permits: [],
    importer: notNeeded(`movement within the ${union.name}`),
    exporter: notNeeded(`movement within the ${union.name}`),
    before: [single(issue(ISSUE_CODES.customsUnion, "info", `${sentenceStart(origin.inText)} and ${destination.inText} are both in the ${union.name}: the goods move without import or export formalities, duty or import VAT at the border.`), `${union.code.toLowerCase()}-membership`)],
    pendingLeadTimes: [],
    charges: { kind: "none", basis: `movement within the ${union.name}: no customs border` },
    destination,
  };
}

/** The party that sends or receives goods moving inside a customs union, for the national permits that still apply. */
function unionParty(context: AssessContext, country: string, role: PartyRole, named: string | undefined): Party | undefined {
  if (!context.parties.length) return undefined;
  return partyNamed(context.parties, named) ?? context.parties.find((party) => party.country === country && party.roles.includes(role));
}

/**
 * The importer or exporter of record of a lane, memoised: it depends on the lane and goods, the
 * sponsor, the party named in the row and, when several parties on file hold licences the role
 * needs, on which of them holds them on the ship date (that party, not the date, is in the key).
 */
function recordParty(shipment: Shipment, view: CountryView, role: PartyRole, context: AssessContext): RecordPartyFinding {
  const importer = role === "importer-of-record";
  const named = importer ? shipment.importerOfRecord : shipment.exporterOfRecord;
  let chosen: Party | undefined;
  if (!named && context.parties.length) {
    const basis = recordPartyBasis(shipment, view, role, context, controlledSubstanceRules);
    if (basis.contested) chosen = chooseLocalParty(basis, shipment, context);
  }
  const side = sideKey(view.code, importer ? "import" : "export", shipment);
  const key = shipment.sponsor || named || chosen ? textMemoKey("recordParty", side, shipment.sponsor, named, chosen?.name) : memoKey("recordParty", side);
  return memoized(context, key, () => pickRecordParty(shipment, view, role, context, controlledSubstanceRules));
}

/**
 * Freezes what every row of a lane shares (permits, importer, exporter), so assessments can hand
 * out the same objects instead of copies: nothing can change them afterwards.
 */
function frozen(lane: LaneFinding): LaneFinding {
  Object.freeze(lane.permits);
  for (const party of [lane.importer, lane.exporter]) {
    Object.freeze(party.requirements);
    Object.freeze(party);
  }
  return lane;
}

function assessLane(shipment: Shipment, context: AssessContext): LaneFinding {
  return frozen(workOutLane(shipment, context));
}

function workOutLane(shipment: Shipment, context: AssessContext): LaneFinding {
  const { rules } = context;
  const origin = countryView(rules, shipment.origin);
  const destination = countryView(rules, shipment.destination);
  const borderless = memoized(context, memoKey("border", countryPairKey(shipment.origin, shipment.destination)), () => borderlessLane(shipment, context, origin, destination) ?? null);
  if (borderless && shipment.origin === shipment.destination) return { ...borderless, after: [] };
  if (borderless) {
    // Between members of a customs union some national permits still apply (e.g. narcotics permits).
    const dated = licencePeriod(shipment, context);
    // No importer or exporter of record is needed, but a national permit still belongs to whoever sends or receives:
    // the party named in the row, else the party on file with that role in the country.
    const sender = unionParty(context, origin.code, "exporter-of-record", shipment.exporterOfRecord);
    const receiver = unionParty(context, destination.code, "importer-of-record", shipment.importerOfRecord);
    const unionKey = textMemoKey("unionPermits", laneKey(shipment), dated, sender?.name, receiver?.name);
    const sides = memoized(context, unionKey, () => [checkPermits(shipment, origin, "export", [], context, sender, true), checkPermits(shipment, destination, "import", [], context, receiver, true)]);
    return {
      ...borderless,
      permits: sides.flatMap((side) => side.permits),
      pendingLeadTimes: sides.flatMap((side) => side.pendingLeadTimes),
      before: [...borderless.before, ...sides],
      after: [],
    };
  }

  const lane = laneKey(shipment);
  const before: Finding[] = [];
  const after: Finding[] = [];
  const regions = shipment.originRegion || shipment.destinationRegion ? `|${shipment.originRegion}|${shipment.destinationRegion}` : "";
  if (laneTouchesSanctions(rules, shipment.origin, shipment.destination)) before.push(memoized(context, regions ? textMemoKey("sanctions", lane, regions) : memoKey("sanctions", lane), () => checkSanctions(shipment, rules)));

  // Held licences depend on the ship date, so with parties its validity period is part of the keys below.
  const dated = licencePeriod(shipment, context);
  // Who acts as importer and exporter of record comes first: the permits they must hold count as held only when they hold them.
  const importerFound = covered(destination) ? recordParty(shipment, destination, "importer-of-record", context) : undefined;
  const exporterFound = covered(origin) ? recordParty(shipment, origin, "exporter-of-record", context) : undefined;

  const sides: PermitsFinding[] = [];
  for (const [view, direction, found] of [[origin, "export", exporterFound], [destination, "import", importerFound]] as const) {
    if (!covered(view)) {
      before.push(single(notCoveredIssue(view, direction)));
      continue;
    }
    const acting = found?.acting;
    const permitsKey = sideKey(view.code, direction, shipment);
    const key = dated || acting ? textMemoKey("permits", permitsKey, dated, acting?.name) : memoKey("permits", permitsKey);
    const finding = memoized(context, key, () => checkPermits(shipment, view, direction, controlledSubstanceRules(shipment, context, direction), context, acting));
    before.push(finding);
    sides.push(finding);
  }
  const permits = sides.length === 1 ? sides[0]!.permits : sides.flatMap((side) => side.permits);
  const pendingLeadTimes = sides.length === 1 ? sides[0]!.pendingLeadTimes : sides.flatMap((side) => side.pendingLeadTimes);

  let importer: RecordParty;
  if (importerFound) {
    before.push(importerFound);
    importer = importerFound.party;
  } else {
    importer = { kind: "not-covered", party: shipment.importerOfRecord ?? null, requirements: [`${sentenceStart(possessive(destination.inText))} rules are not covered`] };
  }
  let exporter: RecordParty;
  if (exporterFound) {
    before.push(exporterFound);
    exporter = exporterFound.party;
  } else {
    exporter = { kind: "not-covered", party: shipment.exporterOfRecord ?? null, requirements: [`${sentenceStart(possessive(origin.inText))} rules are not covered`] };
  }

  let charges: ChargesMode = { kind: "estimate" };
  const admission = destination.temporaryAdmission;
  if (shipment.returnable && admission?.ataCarnet) {
    before.push(single(issue(ISSUE_CODES.temporaryAdmission, "action", `Returnable ${MATERIAL_LABELS[shipment.material]}: ${destination.inText} accepts ATA carnets; if the goods qualify (e.g. as professional equipment used for the foreign owner), ship under a carnet so no duty or import tax is paid if they are re-exported in time; otherwise duty and tax are due now. ${admission.note}`), admission.id));
    charges = { kind: "none", basis: "temporary admission under an ATA carnet: no duty or import tax if re-exported in time" };
  } else if (!covered(destination)) {
    charges = { kind: "not-covered", basis: `${possessive(destination.inText)} rules are not covered` };
  } else if (shipment.returnable) {
    const known = admission ? ` ${admission.note}` : ` Clearway's rules do not say whether ${destination.inText} grants temporary admission.`;
    after.push(single(issue(ISSUE_CODES.returnedGoods, "action", `Returnable ${MATERIAL_LABELS[shipment.material]}: duties and taxes are estimated as payable now.${known} On the return leg the exporter of record is in ${destination.inText}; claim ${possessive(origin.inText)} returned-goods relief if it applies.`), admission?.id));
  }
  return { permits, importer, exporter, before, after, pendingLeadTimes, charges, destination };
}


function join(parts: readonly Finding[], issues: Issue[], ruleRefs: string[]): void {
  for (const part of parts) {
    for (const entry of part.issues) issues.push(entry);
    for (const ref of part.ruleRefs) if (!ruleRefs.includes(ref)) ruleRefs.push(ref);
  }
}

/** A lane finding with its parts already joined, so a row only concatenates them with its charges. */
interface JoinedLane {
  lane: LaneFinding;
  issues: readonly Issue[];
  ruleRefs: readonly string[];
  afterIssues: readonly Issue[];
  afterRefs: readonly string[];
  /** The status the lane's own issues lead to, before the row's charges and dates. */
  status: Status;
  leadTimes: LeadTimePlan;
}

function joinLane(lane: LaneFinding, rules: RuleSet): JoinedLane {
  const issues: Issue[] = [];
  const ruleRefs: string[] = [];
  join(lane.before, issues, ruleRefs);
  const afterIssues: Issue[] = [];
  const afterRefs: string[] = [];
  join(lane.after, afterIssues, afterRefs);
  // Facts only secondary sources back are named once per lane, not looked up per row.
  const secondary = secondarySourceNote([...ruleRefs, ...afterRefs], rules);
  if (secondary) afterIssues.push(secondary);
  // Each rule belongs to one part of the lane (permits, parties, returns, dangerous goods), so the parts never repeat a reference.
  return { lane, issues, ruleRefs, afterIssues, afterRefs: afterRefs.filter((ref) => !ruleRefs.includes(ref)), status: statusOf(afterIssues, statusOf(issues)), leadTimes: leadTimePlan(lane.pendingLeadTimes) };
}

function joinedLane(shipment: Shipment, context: AssessContext): JoinedLane {
  // The lane's key: lane and goods and returnable as a number; with parties, names or regions, those too.
  // Dangerous goods, dates (beyond the licences' validity period), values and HS codes are per row.
  const s = shipment;
  const goods = laneKey(s) * 2 + (s.returnable ? 1 : 0);
  const named = context.parties.length || s.sponsor || s.importerOfRecord || s.exporterOfRecord || s.originRegion || s.destinationRegion;
  // (Names are joined with a character no name contains, so two rows cannot share a key by accident.)
  const key = named ? textMemoKey("lane", goods, licencePeriod(s, context), s.sponsor, s.importerOfRecord, s.exporterOfRecord, s.originRegion, s.destinationRegion) : memoKey("lane", goods);
  return memoized(context, key, () => joinLane(assessLane(shipment, context), context.rules));
}

/**
 * Everything the rules say about one shipment: permits on both sides, importer and exporter
 * of record, estimated charges, lead-time risk, and a status. Pure: same input, same output
 * (parts of it are memoised per context, which changes nothing observable).
 */
export function assess(shipment: Shipment, context: AssessContext): Assessment {
  const joined = joinedLane(shipment, context);
  const { lane } = joined;

  let charges: Charges;
  let chargeIssues: readonly Issue[] = NONE;
  let chargeRefs: readonly string[] = NONE;
  if (lane.charges.kind === "none") charges = noCharges(shipment.currency, lane.charges.basis);
  else if (lane.charges.kind === "not-covered") charges = { currency: shipment.currency, customsValue: null, duty: null, importTax: null, total: null, basis: lane.charges.basis };
  else {
    const found = estimateCharges(shipment, lane.destination, context);
    charges = found.charges;
    chargeIssues = found.issues;
    // Charges cite the valuation, duty, tax and de minimis facts, which no other part of the lane cites.
    chargeRefs = found.ruleRefs;
  }
  const dangerousGoods = dangerousGoodsFinding(shipment, context);
  const leadTime = checkLeadTime(shipment, joined.leadTimes, context.settings);
  const issues = joined.issues.slice();
  for (const entry of chargeIssues) issues.push(entry);
  for (const entry of joined.afterIssues) issues.push(entry);
  for (const entry of dangerousGoods.issues) issues.push(entry);
  for (const entry of leadTime.issues) issues.push(entry);
  const territory = shipment.originRegion || shipment.destinationRegion ? territoryNotes(shipment) : NONE;
  for (const entry of territory) issues.push(entry);
  const ruleRefs = joined.ruleRefs.slice();
  for (const ref of chargeRefs) ruleRefs.push(ref);
  for (const ref of joined.afterRefs) ruleRefs.push(ref);
  for (const ref of dangerousGoods.ruleRefs) ruleRefs.push(ref);
  // Facts from the user's own rule overrides are named, so the output never passes them off as Clearway's.
  const overrides = overrideIssues(context.rules);
  if (overrides.size) for (const ref of ruleRefs) if (overrides.has(ref)) issues.push(overrides.get(ref)!);

  // Override notes are info: they never change the status.
  const status = statusOf(territory, statusOf(leadTime.issues, statusOf(dangerousGoods.issues, statusOf(chargeIssues, joined.status))));

  return {
    status,
    // Shared with the other rows of the lane, and frozen (see frozen()).
    permits: lane.permits,
    importerOfRecord: lane.importer,
    exporterOfRecord: lane.exporter,
    charges,
    leadTimeDays: leadTime.leadTimeDays,
    issues,
    ruleRefs,
  };
}
