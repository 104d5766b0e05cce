import type { IssueKind } from "../../domain/assessment";
import type { RowResult } from "../../plan/checkPlan";
import { stepFor, type Actor } from "../../plan/nextStep";

/** One action that several rows share ("Obtain FDA export ...: 15 rows"), with the rows that need it. */
export interface ActionGroup {
  text: string;
  who: Actor;
  kind: IssueKind;
  /** The earliest date among the rows' dates for it; null when none has one. */
  by: string | null;
  rows: number[];
}

/**
 * The open actions of the rows, identical ones gathered once, the most shared first. A row that
 * cannot be read contributes one "correct the plan" action per bad cell.
 */
export function actionGroups(rows: readonly RowResult[], asOf: string): ActionGroup[] {
  const groups = new Map<string, ActionGroup>();
  const add = (text: string, who: Actor, kind: IssueKind, by: string | null, row: number) => {
    const key = `${text}\u0000${who}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { text, who, kind, by, rows: [] }));
    if (by && (!group.by || by < group.by)) group.by = by;
    if (group.rows.at(-1) !== row) group.rows.push(row);
  };
  for (const row of rows) {
    if (row.errors) {
      add(row.nextStep.text, row.nextStep.who, "shipment", row.nextStep.by, row.row);
      continue;
    }
    const { assessment, shipment } = row;
    if (!assessment) continue;
    for (const issue of assessment.issues) {
      if (issue.severity === "info") continue;
      const step = stepFor(issue, assessment, shipment, asOf);
      add(step.text, step.who, issue.kind, step.by, row.row);
    }
  }
  return [...groups.values()].sort((a, b) => b.rows.length - a.rows.length || a.text.localeCompare(b.text, "en"));
}
