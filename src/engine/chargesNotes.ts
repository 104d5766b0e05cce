import type { Issue } from "../domain/assessment";

/** What each part of a charges plan adds, in order: the issues to show, the rules cited and the words of the basis. */
export interface ChargesNotes {
  issues: Issue[];
  ruleRefs: string[];
  /** Joined with "; " into the charges' basis. */
  basis: string[];
}
