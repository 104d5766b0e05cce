import { z } from "zod";

/** ok: nothing beyond the listed rules; action: something to do; blocked: cannot ship as planned; error: row unreadable. */
export const STATUSES = ["ok", "action", "blocked", "error"] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

/** Severities from the least to the most serious; a severity's rank is its status's (info/ok 0 ... error 3). */
export const SEVERITIES = ["info", "action", "blocking", "error"] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/** Statuses and severities by rank: ok/info 0, action 1, blocked/blocking 2, error 3. */
const BY_RANK: readonly Status[] = STATUSES;
export const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);
const statusRank = (status: Status): number => STATUSES.indexOf(status);

/** Orders issues most serious first (for sorting): error, blocking, action, info. */
export const mostSeriousFirst = (a: { severity: Severity }, b: { severity: Severity }): number =>
  severityRank(b.severity) - severityRank(a.severity);

/** The status a set of issues leads to, starting from `atLeast` (the status of issues already counted): the worst severity wins. */
export function statusOf(issues: ReadonlyArray<{ severity: Severity }>, atLeast: Status = "ok"): Status {
  let rank = statusRank(atLeast);
  for (const entry of issues) {
    const next = severityRank(entry.severity);
    if (next > rank) rank = next;
  }
  return BY_RANK[rank]!;
}
