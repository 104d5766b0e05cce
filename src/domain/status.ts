import { z } from "zod";

/** ok: nothing beyond the listed rules; action: something to do; blocked: cannot ship as planned; error: row unreadable. */
export const STATUSES = ["ok", "action", "blocked", "error"] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

export const SeveritySchema = z.enum(["info", "action", "blocking", "error"]);
export type Severity = z.infer<typeof SeveritySchema>;

/** Statuses and severities by rank: ok/info 0, action 1, blocked/blocking 2, error 3. */
const BY_RANK: readonly Status[] = STATUSES;
const severityRank = (severity: Severity): number => (severity === "info" ? 0 : severity === "action" ? 1 : severity === "blocking" ? 2 : 3);
const statusRank = (status: Status): number => (status === "ok" ? 0 : status === "action" ? 1 : status === "blocked" ? 2 : 3);

/** The status a set of issues leads to, starting from `atLeast` (the status of issues already counted): the worst severity wins. */
export function statusOf(issues: ReadonlyArray<{ severity: Severity }>, atLeast: Status = "ok"): Status {
  let rank = statusRank(atLeast);
  for (const entry of issues) {
    const next = severityRank(entry.severity);
    if (next > rank) rank = next;
  }
  return BY_RANK[rank]!;
}
