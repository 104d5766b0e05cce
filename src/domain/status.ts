import { z } from "zod";

/** ok: nothing beyond the listed rules; action: something to do; blocked: cannot ship as planned; error: row unreadable. */
export const STATUSES = ["ok", "action", "blocked", "error"] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

export const SeveritySchema = z.enum(["info", "action", "blocking", "error"]);
export type Severity = z.infer<typeof SeveritySchema>;

const STATUS_OF: Record<Severity, Status> = { info: "ok", action: "action", blocking: "blocked", error: "error" };
const RANK: Record<Status, number> = { ok: 0, action: 1, blocked: 2, error: 3 };

/** The status a set of issues leads to: the worst severity wins. */
export function statusOf(issues: ReadonlyArray<{ severity: Severity }>): Status {
  let status: Status = "ok";
  for (const entry of issues) if (RANK[STATUS_OF[entry.severity]] > RANK[status]) status = STATUS_OF[entry.severity];
  return status;
}
