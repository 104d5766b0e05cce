import {
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { RowResult } from "../../plan/checkPlan";
import type { LicenceCatalogue } from "../../plan/licenceNames";
import { PARTIES_SHEET } from "../../plan/partiesTable";
import type { ReadinessEntry } from "../../plan/readiness";
import { recordPreset, type PartyDraft, type RecordOutcome } from "../triage/partyRecording";
import { RecordPartyForm } from "./RecordPartyForm";
import { RowList } from "./RowList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  entry: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  items: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  rows: { paddingTop: tokens.spacingVerticalXS },
});

/** "about 90 days", or "lead time unknown" where no source gives one (never a blank that reads as no wait). */
export const leadTimeText = (days: number | null): string =>
  days === null ? "lead time unknown" : `about ${days} days`;

/** Recording a setup item as a party in the Parties sheet, and checking the plan again after. */
export interface SetupRecorder {
  catalogue: LicenceCatalogue;
  record: (draft: PartyDraft) => Promise<RecordOutcome>;
  /** Called once a party is recorded: checks the plan again. */
  onRecorded: () => void;
}

export interface SetupChecklistProps {
  entries: readonly ReadinessEntry[];
  rowsByNumber: ReadonlyMap<number, RowResult>;
  onOpen: (row: RowResult) => void;
  /** Absent where the workbook cannot be written (the items are then only listed). */
  recorder?: SetupRecorder;
}

/** What to set up once per country and side, the rows waiting on it (expandable), and "Record…" to note a party that settles an item. */
export function SetupChecklist({ entries, rowsByNumber, onOpen, recorder }: SetupChecklistProps) {
  const styles = useStyles();
  const [open, setOpen] = useState<string | null>(null);
  const [recording, setRecording] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const notice = recorded ? (
    <MessageBar intent="success">
      <MessageBarBody>{recorded}</MessageBarBody>
    </MessageBar>
  ) : null;
  if (!entries.length)
    return (
      <div className={styles.root}>
        {notice}
        <Caption1>No setup is waiting for the rows shown.</Caption1>
      </div>
    );
  return (
    <div className={styles.root}>
      {notice}
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
              {entry.items.map((item) => {
                const itemKey = `${key} ${item.ruleId ?? item.text}`;
                const preset = recorder ? recordPreset(entry, item, recorder.catalogue) : null;
                return (
                  <li key={itemKey}>
                    <Text>{item.text}</Text>
                    <Caption1>
                      {" "}
                      ({item.who}
                      {item.ruleId ? `; ${leadTimeText(item.leadTimeDays)}` : ""}; {item.rows.length} row
                      {item.rows.length === 1 ? "" : "s"})
                    </Caption1>
                    {preset && recorder && recording !== itemKey ? (
                      <Button
                        size="small"
                        appearance="transparent"
                        aria-label={`Record… ${item.text}`}
                        onClick={() => setRecording(itemKey)}
                      >
                        Record…
                      </Button>
                    ) : null}
                    {preset && recorder && recording === itemKey ? (
                      <RecordPartyForm
                        preset={preset}
                        catalogue={recorder.catalogue}
                        onRecord={recorder.record}
                        onCancel={() => setRecording(null)}
                        onRecorded={(draft, outcome) => {
                          setRecording(null);
                          setRecorded(
                            `${draft.name.trim()} is recorded in "${PARTIES_SHEET}" (${outcome.address}${outcome.created ? ", a new sheet" : ""}). The plan is checked again with it.`,
                          );
                          recorder.onRecorded();
                        }}
                      />
                    ) : null}
                  </li>
                );
              })}
            </ul>
            <Button
              size="small"
              appearance="subtle"
              aria-expanded={expanded}
              onClick={() => setOpen(expanded ? null : key)}
              style={{ alignSelf: "flex-start" }}
            >
              {expanded ? "Hide" : "Show"}: {waiting}
            </Button>
            {expanded ? (
              <div className={styles.rows}>
                <RowList
                  rows={entry.rowsWaiting
                    .map((row) => rowsByNumber.get(row))
                    .filter((row): row is RowResult => row !== undefined)}
                  label={`Rows waiting on ${title}`}
                  onOpen={onOpen}
                  maxHeight={260}
                />
              </div>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
