import type { Issue } from "../domain/assessment";
import type { Shipment } from "../domain/shipment";
import type { RuleSet } from "../rules/ruleSet";
import type { DangerousGoodsRule } from "../rules/schema";
import { ISSUE_CODES, issue } from "./issueCodes";

/** The questions a row's packing leaves open, and the rules they come from. */
export interface PackingFinding {
  issues: readonly Issue[];
  ruleRefs: readonly string[];
}

/** Keys of the dangerous-goods entries that hold each question's requirements and sources. */
export const REFRIGERANT_QUESTION = "refrigerant-unstated";
export const SAMPLE_CLASS_QUESTION = "sample-class-unstated";

/** UN numbers that classify biological samples themselves (a refrigerant such as UN1845 does not). */
const SAMPLE_CLASSES = new Set(["UN2814", "UN2900", "UN3373", "UN3245"]);

/** A description that already names the samples' class: a UN number, a category, or an exempt specimen. */
const CLASS_IN_DESCRIPTION =
  /\bUN\s?(?:2814|2900|3373|3245)\b|\bcategory\s+[AB]\b|biological\s+substance|\bexempt\s+(?:human|animal|patient)\s+specimens?\b/i;

const NONE: PackingFinding = { issues: [], ruleRefs: [] };

/** Whether the row says what keeps it cold: a dry-ice or LN2 temperature, or UN1845 among its UN numbers. */
export function namesRefrigerant(shipment: Pick<Shipment, "temperature" | "dangerousGoods">): boolean {
  return (
    shipment.temperature === "dry-ice" || shipment.temperature === "ln2" || shipment.dangerousGoods.includes("UN1845")
  );
}

/** Whether the row says how its samples travel: a biological UN number, or the class in the description. */
export function namesSampleClass(shipment: Pick<Shipment, "dangerousGoods" | "description">): boolean {
  for (const un of shipment.dangerousGoods) if (SAMPLE_CLASSES.has(un)) return true;
  return shipment.description !== undefined && CLASS_IN_DESCRIPTION.test(shipment.description);
}

const withoutFullStop = (text: string) => text.replace(/\.+$/, "");
const details = (rule: DangerousGoodsRule) => rule.requirements.map(withoutFullStop).join("; ");

/** The findings a rule set gives, one per combination of open questions; built once per rule set. */
interface Questions {
  /** -80 °C with no refrigerant: the shipper must answer before booking (action). */
  ultraFrozen: PackingFinding;
  /** -20 °C with no refrigerant: dry ice is one way among others, so a note (info). */
  frozen: PackingFinding;
  samples: PackingFinding;
}

const built = new WeakMap<RuleSet, Questions>();
// Every row of a check asks with the same rule set: that one is kept at hand.
let lastRuleSet: RuleSet | undefined;
let lastQuestions: Questions | undefined;

function finding(entries: Array<[Issue, string | undefined]>): PackingFinding {
  const issues = entries.map(([entry]) => entry);
  const ruleRefs = entries.flatMap(([, ref]) => (ref ? [ref] : []));
  return { issues, ruleRefs };
}

function buildQuestions(ruleSet: RuleSet): Questions {
  const rule = (key: string) => ruleSet.crossCutting.dangerousGoods.find((candidate) => candidate.un === key);
  const refrigerant = rule(REFRIGERANT_QUESTION);
  const sampleClass = rule(SAMPLE_CLASS_QUESTION);
  // A rule set without the entries (a user's own rule file) still asks, without the details and the source.
  const refrigerantDetails = refrigerant
    ? ` ${details(refrigerant)}.`
    : " If it is dry ice, the package is dangerous goods (UN1845, Class 9).";
  const sampleDetails = sampleClass
    ? ` ${details(sampleClass)}.`
    : " Category A (UN2814), Category B (UN3373) or exempt specimen each have their own packing and documents.";
  return {
    ultraFrozen: finding([
      [
        issue(
          ISSUE_CODES.refrigerantUnstated,
          "action",
          `Packing question before dispatch: the row is at -80 °C but names no refrigerant (dry ice, LN2 dry shipper or other).${refrigerantDetails}`,
        ),
        refrigerant?.id,
      ],
    ]),
    frozen: finding([
      [
        issue(
          ISSUE_CODES.refrigerantUnstated,
          "info",
          `Frozen (-20 °C) with no refrigerant named: if the package holds dry ice it is dangerous goods.${refrigerantDetails}`,
        ),
        refrigerant?.id,
      ],
    ]),
    samples: finding([
      [
        issue(
          ISSUE_CODES.sampleClassUnstated,
          "action",
          `Packing question before dispatch: the row names no UN number or class for the samples (Category A UN2814, Category B UN3373 or exempt human specimen).${sampleDetails}`,
        ),
        sampleClass?.id,
      ],
    ]),
  };
}

function questions(ruleSet: RuleSet): Questions {
  if (ruleSet === lastRuleSet) return lastQuestions!;
  let found = built.get(ruleSet);
  if (!found) built.set(ruleSet, (found = buildQuestions(ruleSet)));
  lastRuleSet = ruleSet;
  lastQuestions = found;
  return found;
}

function joined(a: PackingFinding, b: PackingFinding): PackingFinding {
  return { issues: [...a.issues, ...b.issues], ruleRefs: [...a.ruleRefs, ...b.ruleRefs] };
}

const bothCache = new WeakMap<PackingFinding, WeakMap<PackingFinding, PackingFinding>>();

/**
 * What the row does not say about its packing that the dangerous-goods rules turn on: what keeps
 * frozen goods cold (dry ice makes them UN1845), and how biological samples are classified
 * (Category A, Category B or exempt specimen). Asked only where the row leaves it open; the
 * findings are shared between rows (plain arrays: frozen ones slow the row loops down), so callers copy.
 */
/** Whether the row's samples are left unclassified: with the temperature and UN numbers, all the questions depend on. */
export function samplesUnclassified(shipment: Shipment): boolean {
  return shipment.material === "samples" && !namesSampleClass(shipment);
}

export function checkPacking(shipment: Shipment, ruleSet: RuleSet): PackingFinding {
  const cold = shipment.temperature === "-80C" || shipment.temperature === "-20C";
  const samples = shipment.material === "samples";
  if (!cold && !samples) return NONE;
  const asked = questions(ruleSet);
  const refrigerant =
    cold && !namesRefrigerant(shipment) ? (shipment.temperature === "-80C" ? asked.ultraFrozen : asked.frozen) : NONE;
  const sampleClass = samples && !namesSampleClass(shipment) ? asked.samples : NONE;
  if (sampleClass === NONE) return refrigerant;
  if (refrigerant === NONE) return sampleClass;
  let byRefrigerant = bothCache.get(refrigerant);
  if (!byRefrigerant) bothCache.set(refrigerant, (byRefrigerant = new WeakMap()));
  let both = byRefrigerant.get(sampleClass);
  if (!both) byRefrigerant.set(sampleClass, (both = joined(refrigerant, sampleClass)));
  return both;
}
