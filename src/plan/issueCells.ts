import type { Assessment, Issue } from "../domain/assessment";
import { cellAddress } from "./cellAddress";
import type { HeaderDetection } from "./headerDetection";
import { FIELD_HEADERS, type PlanField } from "./planFields";

/** Engine issues that are about one input cell of the row, by issue code. */
const ISSUE_FIELDS: Readonly<Record<string, PlanField>> = {
  "customs-value-required": "value",
};

/**
 * The assessment with issues about one input cell pointing at it: the cell's address in `cell`
 * and at the start of the message ("Value (E7): ..."). The engine knows fields, not sheets.
 */
export function locateIssues(assessment: Assessment, detection: HeaderDetection, sheetRow: number): Assessment {
  if (!assessment.issues.some((entry) => ISSUE_FIELDS[entry.code] !== undefined)) return assessment;
  const issues = assessment.issues.map((entry): Issue => {
    const field = ISSUE_FIELDS[entry.code];
    const column = field === undefined ? undefined : detection.columns[field];
    if (field === undefined || column === undefined) return entry;
    const address = cellAddress(column, sheetRow);
    return { ...entry, message: `${FIELD_HEADERS[field].label} (${address}): ${entry.message}`, cell: address };
  });
  return { ...assessment, issues };
}
