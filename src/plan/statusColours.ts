import type { Status } from "../domain/status";

/** Fill colours of the status cell (ARGB): green, amber, red, grey, as in Excel's own good/neutral/bad styles. */
export const STATUS_FILL: Record<Status, string> = {
  ok: "FFC6EFCE",
  action: "FFFFEB9C",
  blocked: "FFFFC7CE",
  error: "FFD9D9D9",
};
