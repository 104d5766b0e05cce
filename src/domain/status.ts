import { z } from "zod";

/** ok: nothing beyond the listed rules; action: something to do; blocked: cannot ship as planned; error: row unreadable. */
export const STATUSES = ["ok", "action", "blocked", "error"] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

export const SeveritySchema = z.enum(["info", "action", "blocking", "error"]);
export type Severity = z.infer<typeof SeveritySchema>;

/** The status a set of issue severities leads to: the worst one wins. */
export function statusFromSeverities(severities: readonly Severity[]): Status {
  if (severities.includes("error")) return "error";
  if (severities.includes("blocking")) return "blocked";
  if (severities.includes("action")) return "action";
  return "ok";
}
