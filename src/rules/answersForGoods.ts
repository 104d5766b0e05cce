import type { MaterialType } from "../domain/materialType";
import type { DirectionRule } from "./schema";

/**
 * Whether a rule says what the goods themselves need on this side of the border: a sourced "no permit
 * needed" for a material its sources name, or a permit needed in every case or in the usual case
 * (onlyWhen with usuallyApplies). A permit needed only in a rarer situation (onlyWhen), only for
 * controlled substances, or a customs formality every shipment needs whatever the goods (importer
 * registration, customs permit) leaves that question open, so the material stays "not covered".
 * A "none" whose sources do not name the material answers nothing for it.
 */
export function answersForGoods(rule: DirectionRule, material: MaterialType): boolean {
  if (!rule.materials.includes(material)) return false;
  if (rule.kind === "none") return !rule.sourceCovers || rule.sourceCovers.includes(material);
  return !rule.onlyIfControlled && (!rule.onlyWhen || rule.usuallyApplies === true) && !rule.customsFormality;
}
