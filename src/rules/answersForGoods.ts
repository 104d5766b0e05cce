import type { DirectionRule } from "./schema";

/**
 * Whether a rule says what the goods themselves need on this side of the border: a sourced "no permit
 * needed", or a permit needed in every case. A permit needed only in some situation (onlyWhen), only
 * for controlled substances, or a customs formality every shipment needs whatever the goods (importer
 * registration, customs permit) leaves that question open, so the material stays "not covered".
 */
export function answersForGoods(rule: DirectionRule): boolean {
  return rule.kind === "none" || (!rule.onlyIfControlled && !rule.onlyWhen && !rule.customsFormality);
}
