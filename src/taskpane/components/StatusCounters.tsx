import { Caption1, makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import { STATUSES, type Status } from "../../domain/status";

const useStyles = makeStyles({
  counters: { display: "grid", gridTemplateColumns: "repeat(4, 1fr)", gap: tokens.spacingHorizontalS },
  counter: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    height: "auto",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  count: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  stale: { opacity: 0.55 },
});

/** The word a status counter shows under its number. */
const LABELS: Record<Status, string> = { ok: "ok", action: "action", blocked: "blocked", error: "error" };
/** A coloured bar above each counter, the sheet's status colours in spirit. */
const BAR: Record<Status, string> = {
  ok: tokens.colorPaletteGreenBorder2,
  action: tokens.colorPaletteYellowBorder2,
  blocked: tokens.colorPaletteRedBorder2,
  error: tokens.colorNeutralStroke1,
};

export interface StatusCountersProps {
  byStatus: Record<Status, number>;
  /** Statuses the list is filtered to (none: all). */
  selected: readonly Status[];
  onToggle: (status: Status) => void;
  /** The counts belong to results that are out of date. */
  stale?: boolean;
}

/** Rows by status; each counter is a toggle that filters the list to its status. */
export function StatusCounters({ byStatus, selected, onToggle, stale = false }: StatusCountersProps) {
  const styles = useStyles();
  return (
    <div
      className={`${styles.counters} ${stale ? styles.stale : ""}`}
      role="group"
      aria-label={stale ? "Rows by status (out of date)" : "Rows by status"}
    >
      {STATUSES.map((status) => (
        <ToggleButton
          key={status}
          className={styles.counter}
          style={{ borderTop: `3px solid ${BAR[status]}` }}
          checked={selected.includes(status)}
          data-status={status}
          title={`Show only the ${status} rows`}
          onClick={() => onToggle(status)}
        >
          <span className={styles.count}>{byStatus[status]}</span> <Caption1>{LABELS[status]}</Caption1>
        </ToggleButton>
      ))}
    </div>
  );
}
