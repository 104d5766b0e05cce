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

/** One open action of a row. */
export interface RowAction {
  text: string;
  who: Actor;
  kind: IssueKind;
  by: string | null;
}

/** Each row's actions for an as-of date, worked out once (grouping 20,000 rows then only counts). */
const ACTIONS = new WeakMap<RowResult, { asOf: string; actions: RowAction[] }>();
/** One object per distinct action, so that grouping compares objects, not long texts. */
const CANONICAL = new Map<string, RowAction>();

function canonical(action: RowAction): RowAction {
  const key = `${action.text}\u0000${action.who}\u0000${action.kind}\u0000${action.by ?? ""}`;
  let known = CANONICAL.get(key);
  if (!known) CANONICAL.set(key, (known = action));
  return known;
}

/** The open actions of one row; an unreadable row has one, to correct the plan. */
export function rowActions(row: RowResult, asOf: string): RowAction[] {
  const known = ACTIONS.get(row);
  if (known && known.asOf === asOf) return known.actions;
  const actions: RowAction[] = [];
  if (row.errors)
    actions.push(canonical({ text: row.nextStep.text, who: row.nextStep.who, kind: "shipment", by: row.nextStep.by }));
  else if (row.assessment) {
    for (const issue of row.assessment.issues) {
      if (issue.severity === "info") continue;
      const step = stepFor(issue, row.assessment, row.shipment, asOf);
      actions.push(canonical({ text: step.text, who: step.who, kind: issue.kind, by: step.by }));
    }
  }
  ACTIONS.set(row, { asOf, actions });
  return actions;
}

/**
 * The open actions of the rows, identical ones gathered once, the most shared first. A row that
 * cannot be read contributes its "correct the plan" action.
 */
export function actionGroups(rows: readonly RowResult[], asOf: string): ActionGroup[] {
  const groups = new Map<string, ActionGroup>();
  // Actions that differ only by date share a group; the texts are looked up once per distinct action.
  const byAction = new Map<RowAction, ActionGroup>();
  for (const row of rows) {
    for (const action of rowActions(row, asOf)) {
      let group = byAction.get(action);
      if (!group) {
        const key = `${action.text}\u0000${action.who}`;
        group = groups.get(key);
        if (!group)
          groups.set(key, (group = { text: action.text, who: action.who, kind: action.kind, by: action.by, rows: [] }));
        byAction.set(action, group);
      }
      if (action.by && (!group.by || action.by < group.by)) group.by = action.by;
      if (group.rows[group.rows.length - 1] !== row.row) group.rows.push(row.row);
    }
  }
  return [...groups.values()].sort((a, b) => b.rows.length - a.rows.length || a.text.localeCompare(b.text, "en"));
}
