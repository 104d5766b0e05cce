import { Body1Strong, Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { RowResult } from "../../plan/checkPlan";
import type { ReadinessEntry } from "../../plan/readiness";
import { RowList } from "./RowList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  entry: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  items: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  rows: { paddingTop: tokens.spacingVerticalXS },
});

/** "about 90 days", or "lead time unknown" where no source gives one (never a blank that reads as no wait). */
export const leadTimeText = (days: number | null): string => (days === null ? "lead time unknown" : `about ${days} days`);

export interface SetupChecklistProps {
  entries: readonly ReadinessEntry[];
  rowsByNumber: ReadonlyMap<number, RowResult>;
  onOpen: (row: RowResult) => void;
}

/** What to set up once per country and side, and the rows waiting on it (expandable). */
export function SetupChecklist({ entries, rowsByNumber, onOpen }: SetupChecklistProps) {
  const styles = useStyles();
  const [open, setOpen] = useState<string | null>(null);
  if (!entries.length) return <Caption1>No setup is waiting for the rows shown.</Caption1>;
  return (
    <div className={styles.root}>
      {entries.map((entry) => {
        const key = `${entry.country} ${entry.side}`;
        const title = `${entry.name}, ${entry.side}`;
        const expanded = open === key;
        const waiting = `${entry.rowsWaiting.length} row${entry.rowsWaiting.length === 1 ? " waits" : "s wait"} on ${entry.items.length === 1 ? "this" : "these"}`;
        return (
          <section key={key} className={styles.entry} aria-label={title}>
            <Body1Strong as="h3" style={{ margin: 0 }}>
              {title}
            </Body1Strong>
            <ul className={styles.items}>
              {entry.items.map((item) => (
                <li key={`${item.ruleId ?? item.text}`}>
                  <Text>{item.text}</Text>
                  <Caption1>
                    {" "}
                    ({item.who}{item.ruleId ? `; ${leadTimeText(item.leadTimeDays)}` : ""}; {item.rows.length} row{item.rows.length === 1 ? "" : "s"})
                  </Caption1>
                </li>
              ))}
            </ul>
            <Button size="small" appearance="subtle" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : key)} style={{ alignSelf: "flex-start" }}>
              {expanded ? "Hide" : "Show"}: {waiting}
            </Button>
            {expanded ? (
              <div className={styles.rows}>
                <RowList rows={entry.rowsWaiting.map((row) => rowsByNumber.get(row)).filter((row): row is RowResult => row !== undefined)} label={`Rows waiting on ${title}`} onOpen={onOpen} maxHeight={260} />
              </div>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
