import type { Assessment, Issue, RecordParty } from "../domain/assessment";
import type { Status } from "../domain/status";
import type { CellValue } from "./cellValue";
import { OUTPUT_COLUMNS } from "./outputColumns";
import { nextStepText, type NextStep } from "./nextStep";
import { mostSeriousFirst } from "../domain/status";
import type { FindingDetails } from "./findingDetails";

/** A date cell: midnight UTC of the ISO date, which sheets show as that date. */
const isoDateCell = (date: string): Date => new Date(`${date}T00:00:00Z`);

function partyText(record: RecordParty, role: string): string {
  switch (record.kind) {
    case "named":
      return record.party ?? `none: appoint a local ${role}`;
    case "not-needed":
      return record.requirements[0] ?? "not needed";
    case "not-covered":
      return record.party ?? "not assessed (country not covered)";
    case "appoint":
      return `none: appoint a local ${role}`;
  }
}

/** Where a sheet row's long findings go: the check's details, and the row's number on the sheet. */
export interface RowDetails {
  details: FindingDetails;
  sheetRow: number;
}

/**
 * Issues as lines, most serious first: "action: Obtain ...". With the check's details, a long
 * finding shows as its key line and a reference to the details sheet, which holds it whole.
 */
export function issuesText(issues: readonly Issue[], into?: RowDetails): string {
  return [...issues]
    .sort(mostSeriousFirst)
    .map((entry) => (into ? into.details.line(entry, into.sheetRow) : `${entry.severity}: ${entry.message}`))
    .join("\n");
}

/** The output block's cells for one assessed row, in OUTPUT_COLUMNS order. */
export function outputCells(
  assessment: Assessment,
  step: NextStep,
  applyBy: string | null,
  into?: RowDetails,
): CellValue[] {
  const permits = assessment.permits.map((permit) => {
    const held = permit.heldReference ? ` [held: ${permit.heldReference}]` : "";
    return `${permit.country} ${permit.direction}: ${permit.name} (${permit.authority})${held}`;
  });
  const cells: CellValue[] = [
    assessment.status,
    nextStepText(step),
    permits.join("\n") || "none listed",
    partyText(assessment.importerOfRecord, "importer of record"),
    partyText(assessment.exporterOfRecord, "exporter of record"),
    assessment.charges.duty,
    assessment.charges.importTax,
    assessment.charges.total,
    assessment.charges.currency,
    assessment.leadTimeDays,
    applyBy === null ? null : isoDateCell(applyBy),
    issuesText(assessment.issues, into),
    assessment.ruleRefs.join(", "),
  ];
  return cells;
}

/** The output block's cells for a row that could not be read. */
export function errorCells(issues: readonly Issue[], step: NextStep, into?: RowDetails): CellValue[] {
  const cells: CellValue[] = OUTPUT_COLUMNS.map(() => null);
  cells[0] = "error" satisfies Status;
  cells[OUTPUT_COLUMNS.indexOf("Next step")] = nextStepText(step);
  cells[OUTPUT_COLUMNS.indexOf("Issues")] = issuesText(issues, into);
  return cells;
}
