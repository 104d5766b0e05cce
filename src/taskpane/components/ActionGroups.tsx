import { Badge, Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { RowResult } from "../../plan/checkPlan";
import type { ActionGroup } from "../triage/actionGroups";
import { RowList } from "./RowList";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  header: {
    justifyContent: "flex-start",
    textAlign: "left",
    height: "auto",
    width: "100%",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    whiteSpace: "normal",
  },
  headerText: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  rows: { paddingLeft: tokens.spacingHorizontalL, paddingBottom: tokens.spacingVerticalS },
});

/** Groups shown before "Show more": a plan with a per-row action of its own could have thousands. */
const PAGE = 40;
const KIND_LABEL = { setup: "setup", shipment: "this shipment", info: "info" } as const;

export interface ActionGroupsProps {
  groups: ActionGroup[];
  rowsByNumber: ReadonlyMap<number, RowResult>;
  onOpen: (row: RowResult) => void;
}

/** Identical actions once each, with how many rows need them, expandable to those rows. */
export function ActionGroups({ groups, rowsByNumber, onOpen }: ActionGroupsProps) {
  const styles = useStyles();
  const [open, setOpen] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE);
  const openRows = useMemo(() => {
    const group = groups.find((candidate) => `${candidate.text}|${candidate.who}` === open);
    return group
      ? group.rows.map((row) => rowsByNumber.get(row)).filter((row): row is RowResult => row !== undefined)
      : [];
  }, [groups, open, rowsByNumber]);
  if (!groups.length) return <Caption1>Nothing to do for the rows shown.</Caption1>;
  return (
    <>
      <ul className={styles.root} aria-label="Actions">
        {groups.slice(0, shown).map((group) => {
          const key = `${group.text}|${group.who}`;
          const expanded = open === key;
          const count = `${group.rows.length} row${group.rows.length === 1 ? "" : "s"}`;
          return (
            <li key={key}>
              <Button
                appearance="subtle"
                className={styles.header}
                icon={<span aria-hidden="true">{expanded ? "▾" : "▸"}</span>}
                aria-expanded={expanded}
                onClick={() => setOpen(expanded ? null : key)}
              >
                <span className={styles.headerText}>
                  <Text weight="semibold">
                    {group.text}: {count}
                  </Text>
                  <Caption1>
                    <Badge size="small" appearance="outline">
                      {KIND_LABEL[group.kind]}
                    </Badge>{" "}
                    {group.who}
                    {group.by ? `, first by ${group.by}` : ""}
                  </Caption1>
                </span>
              </Button>
              {expanded ? (
                <div className={styles.rows}>
                  <RowList rows={openRows} label={`Rows needing: ${group.text}`} onOpen={onOpen} maxHeight={260} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {groups.length > shown ? (
        <Button size="small" appearance="subtle" onClick={() => setShown((count) => count + PAGE)}>
          Show more actions ({groups.length - shown} more)
        </Button>
      ) : null}
    </>
  );
}
