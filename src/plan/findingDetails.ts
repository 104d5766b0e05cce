import type { Issue } from "../domain/assessment";
import type { Severity } from "../domain/status";

/**
 * A finding longer than this shows in the plan's Issues cell as its key line and a reference
 * ("see D3"); its whole text is written once on the details sheet. Packing instructions,
 * sanctions conditions and who may act as importer of record run to 300-1,100 characters and
 * repeat on every row they concern: in full they made a row 6 lines tall and a 100,000-row
 * workbook 364 MB of sheet text.
 */
export const LONG_FINDING_CHARS = 200;

/** A key line is cut at its first ": " or sentence end after this many characters... */
const MIN_KEY_LINE = 20;
/** ...and never runs past this many (then it is cut at a word). */
const MAX_KEY_LINE = 160;

/** One long finding, written once on the details sheet, with the sheet rows that carry it. */
export interface FindingDetail {
  /** "D1", "D2"...: numbered in the order the plan's rows first raise them. */
  ref: string;
  severity: Severity;
  message: string;
  rows: number[];
}

/** The key line of a long message: up to its first ": " or full stop that ends a sentence, or cut at a word. */
export function keyLine(message: string): string {
  const window = message.slice(0, MAX_KEY_LINE + 2);
  const colon = window.indexOf(": ", MIN_KEY_LINE);
  // A sentence ends at a full stop after a lower-case word or a bracket and before a capital, not
  // after "No.", "e.g." or "Abs. 2a".
  const sentence = /[a-z)\]]{2}\.(?=\s+[A-Z]|$)/g;
  sentence.lastIndex = MIN_KEY_LINE;
  const stop = sentence.exec(window);
  const ends = [colon, stop ? stop.index + 2 : -1].filter((index) => index >= MIN_KEY_LINE && index <= MAX_KEY_LINE);
  if (ends.length) return message.slice(0, Math.min(...ends));
  const space = window.lastIndexOf(" ", MAX_KEY_LINE);
  return message.slice(0, space > MIN_KEY_LINE ? space : MAX_KEY_LINE).replace(/[,;:(\s]+$/, "");
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
