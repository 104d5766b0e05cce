import type { Assessment, Charges, Issue } from "../domain/assessment";
import { countryInText, countryName, possessive, sentenceStart } from "../domain/countryNames";
import { TEMPERATURES, type Shipment } from "../domain/shipment";
import { statusOf, type Status } from "../domain/status";
import { countryView } from "../rules/countryView";
import type { RuleSet } from "../rules/ruleSet";
import { territoryByRegion, territoryReason } from "../rules/territories";
import { borderSides } from "./borderLane";
import { borderlessLane, unionLane } from "./borderlessLane";
import { chargesNotEstimated, estimateCharges, noCharges } from "./charges";
import { chargesMode } from "./chargesMode";
import type { AssessContext } from "./context";
import { countryPairKey, laneKey, memoized } from "./contextMemo";
import { memoKey, textMemoKey } from "./memoKeys";
import { checkDangerousGoods } from "./dangerousGoodsCheck";
import { checkPacking, samplesUnclassified } from "./packingCheck";
import { ISSUE_CODES, issue } from "./issueCodes";
import type { Finding, LaneFinding } from "./laneFinding";
import { checkLeadTime, leadTimePlan, type LeadTimePlan } from "./leadTimeCheck";
import { licencePeriod } from "./licencePeriod";
import { overrideIssues } from "./overrideNotes";
import { checkSanctions, laneTouchesSanctions } from "./sanctionsCheck";
import { secondarySourceNote } from "./secondarySourceNotes";

const NONE: readonly never[] = Object.freeze([]);

/** A row in a territory checked under its state's rules (e.g. Puerto Rico under the United States'): what that covers and what it does not. */
function territoryNotes(shipment: Shipment): Issue[] {
  const notes: Issue[] = [];
  for (const [region, side] of [
    [shipment.originRegion, "origin"],
    [shipment.destinationRegion, "destination"],
  ] as const) {
    const territory = territoryByRegion(region);
    if (!territory) continue;
    const state = countryInText(territory.parent, countryName(territory.parent));
    notes.push(
      issue(
        ISSUE_CODES.territoryUnderParent,
        "action",
        `${sentenceStart(territory.name)} (${side}) is checked under ${possessive(state)} rules: it is ${territoryReason(territory)}. Local taxes and rules of ${territory.name} itself are not in Clearway's rules: confirm them locally.`,
      ),
    );
  }
  return notes;
}

/**
 * What the row's dangerous goods and temperature add, with the packing questions they leave open:
 * the same for every row with that packing, whatever the lane.
 */
function dangerousGoodsFinding(shipment: Shipment, context: AssessContext): Finding {
  const unclassified = samplesUnclassified(shipment);
  const temperature =
    (shipment.temperature ? TEMPERATURES.indexOf(shipment.temperature) + 1 : 0) * 2 + (unclassified ? 1 : 0);
  const key = shipment.dangerousGoods.length
    ? textMemoKey("dangerousGoods", temperature, shipment.dangerousGoods.join("+"))
    : memoKey("dangerousGoods", temperature);
  return memoized(context, key, () => {
    const found = checkDangerousGoods(shipment, context.rules);
    const packing = checkPacking(shipment, context.rules);
    const ruleRefs = [...found.ruleRefs, ...packing.ruleRefs];
    const secondary = secondarySourceNote(ruleRefs, context.rules);
    return {
      issues: secondary ? [...found.issues, ...packing.issues, secondary] : [...found.issues, ...packing.issues],
      ruleRefs,
    };
  });
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

/** The sanctions regimes a lane touches, memoised per lane and goods (and the row's regions, when it names any). */
function sanctionsFinding(shipment: Shipment, context: AssessContext): Finding {
  const lane = laneKey(shipment);
  const regions =
    shipment.originRegion || shipment.destinationRegion
      ? `|${shipment.originRegion}|${shipment.destinationRegion}`
      : "";
  return memoized(context, regions ? textMemoKey("sanctions", lane, regions) : memoKey("sanctions", lane), () =>
    checkSanctions(shipment, context.rules),
  );
}

/**
 * The lane's checks, in the order their findings are listed: a lane without a customs border
 * (domestic, or inside a customs union), else sanctions, each side's permits and parties, and how
 * the charges are found. A further lane check is one more line here.
 */
function workOutLane(shipment: Shipment, context: AssessContext): LaneFinding {
  const { rules } = context;
  const origin = countryView(rules, shipment.origin);
  const destination = countryView(rules, shipment.destination);
  const borderless = memoized(
    context,
    memoKey("border", countryPairKey(shipment.origin, shipment.destination)),
    () => borderlessLane(shipment, context, origin, destination) ?? null,
  );
  if (borderless && shipment.origin === shipment.destination) return { ...borderless, after: [] };
  if (borderless) return unionLane(shipment, context, borderless, origin, destination);

  const before: Finding[] = [];
  if (laneTouchesSanctions(rules, shipment.origin, shipment.destination))
    before.push(sanctionsFinding(shipment, context));
  const sides = borderSides(shipment, context, origin, destination);
  before.push(...sides.findings);
  const charges = chargesMode(shipment, origin, destination);
  before.push(...charges.before);
  // One literal, not spreads: every row of the lane reads these fields, and a stable shape keeps that fast.
  return {
    permits: sides.permits,
    importer: sides.importer,
    exporter: sides.exporter,
    before,
    after: charges.after,
    pendingLeadTimes: sides.pendingLeadTimes,
    charges: charges.mode,
    destination,
  };
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
  return {
    lane,
    issues,
    ruleRefs,
    afterIssues,
    afterRefs: afterRefs.filter((ref) => !ruleRefs.includes(ref)),
    status: statusOf(afterIssues, statusOf(issues)),
    leadTimes: leadTimePlan(lane.pendingLeadTimes),
  };
}

function joinedLane(shipment: Shipment, context: AssessContext): JoinedLane {
  // The lane's key: lane and goods and returnable as a number; with parties, names or regions, those too.
  // Dangerous goods, dates (beyond the licences' validity period), values and HS codes are per row.
  const s = shipment;
  const goods = laneKey(s) * 2 + (s.returnable ? 1 : 0);
  const named =
    context.parties.length ||
    s.sponsor ||
    s.importerOfRecord ||
    s.exporterOfRecord ||
    s.originRegion ||
    s.destinationRegion;
  // (Names are joined with a character no name contains, so two rows cannot share a key by accident.)
  const key = named
    ? textMemoKey(
        "lane",
        goods,
        licencePeriod(s, context),
        s.sponsor,
        s.importerOfRecord,
        s.exporterOfRecord,
        s.originRegion,
        s.destinationRegion,
      )
    : memoKey("lane", goods);
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
  else if (lane.charges.kind === "not-covered") charges = chargesNotEstimated(shipment.currency, lane.charges.basis);
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
  const status = statusOf(
    territory,
    statusOf(leadTime.issues, statusOf(dangerousGoods.issues, statusOf(chargeIssues, joined.status))),
  );

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
