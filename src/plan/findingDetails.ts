import type { Issue } from "../domain/assessment";
import type { Severity } from "../domain/status";
import { keyLine } from "./keyLine";

/**
 * A finding longer than this shows in the plan's Issues cell as its key line and a reference
 * ("see D3"); its whole text is written once on the details sheet. Packing instructions,
 * sanctions conditions and who may act as importer of record run to 300-1,100 characters and
 * repeat on every row they concern: in full they made a row 6 lines tall and a 100,000-row
 * workbook 364 MB of sheet text.
 */
export const LONG_FINDING_CHARS = 200;

/** One long finding, written once on the details sheet, with the sheet rows that carry it. */
export interface FindingDetail {
  /** "D1", "D2"...: numbered in the order the plan's rows first raise them. */
  ref: string;
  severity: Severity;
  message: string;
  rows: number[];
}

/**
 * The long findings of one check, numbered as the rows first raise them, so that every host writes
 * the same references in the same cells (the rows are checked in sheet order).
 */
export class FindingDetails {
  private readonly byMessage = new Map<string, FindingDetail>();
  /** The line each finding shows, by the finding: the engine hands the same object to every row of a lane. */
  private readonly lines = new WeakMap<Issue, { detail: FindingDetail | null; line: string }>();

  /** The Issues cell's line for one finding of a sheet row: the message itself, or its key line and reference. */
  line(issue: Issue, sheetRow: number): string {
    let known = this.lines.get(issue);
    if (!known && issue.message.length <= LONG_FINDING_CHARS) {
      known = { detail: null, line: `${issue.severity}: ${issue.message}` };
      this.lines.set(issue, known);
    }
    if (!known) {
      const key = `${issue.severity}\u0000${issue.message}`;
      let detail = this.byMessage.get(key);
      if (!detail) {
        detail = { ref: `D${this.byMessage.size + 1}`, severity: issue.severity, message: issue.message, rows: [] };
        this.byMessage.set(key, detail);
      }
      known = { detail, line: `${issue.severity}: ${keyLine(issue.message)} … (see ${detail.ref})` };
      this.lines.set(issue, known);
    }
    const rows = known.detail?.rows;
    if (rows && rows[rows.length - 1] !== sheetRow) rows.push(sheetRow);
    return known.line;
  }

  /** Every long finding so far, in reference order. */
  list(): FindingDetail[] {
    return [...this.byMessage.values()];
  }
}
