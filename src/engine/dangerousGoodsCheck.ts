import type { Issue } from "../domain/assessment";
import type { Shipment } from "../domain/shipment";
import type { RuleSet } from "../rules/ruleSet";
import { ISSUE_CODES, issue } from "./issueCodes";

/** Dangerous-goods keys for a row: its UN numbers plus what its temperature implies (dry ice, LN2 dry shipper). */
export function dangerousGoodsKeys(shipment: Shipment): string[] {
  const keys = new Set(shipment.dangerousGoods);
  if (shipment.temperature === "dry-ice") keys.add("UN1845");
  if (shipment.temperature === "ln2") keys.add("ln2-dry-shipper");
  return [...keys];
}

const withoutFullStop = (text: string) => text.replace(/\.+$/, "");

/** What each dangerous-goods class on the row requires of the shipper. */
export function checkDangerousGoods(shipment: Shipment, ruleSet: RuleSet): { issues: Issue[]; ruleRefs: string[] } {
  const issues: Issue[] = [];
  const ruleRefs: string[] = [];
  for (const key of dangerousGoodsKeys(shipment)) {
    const rule = ruleSet.crossCutting.dangerousGoods.find((candidate) => candidate.un === key);
    if (!rule) {
      issues.push(
        issue(
          ISSUE_CODES.dangerousGoodsNotCovered,
          "action",
          `${key}: Clearway's rules do not cover this dangerous-goods entry; check packing and documents with the carrier.`,
        ),
      );
      continue;
    }
    ruleRefs.push(rule.id);
    issues.push(
      issue(
        ISSUE_CODES.dangerousGoods,
        "info",
        `${rule.un === key && key.startsWith("UN") ? `${key} ` : ""}${rule.name}: ${rule.requirements.map(withoutFullStop).join("; ")}.`,
      ),
    );
  }
  return { issues, ruleRefs };
}
