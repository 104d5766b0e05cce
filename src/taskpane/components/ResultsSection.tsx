import { Badge, Body1Strong, Button, Caption1, makeStyles, Tab, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, TabList, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Status } from "../../domain/status";
import type { PlanCheck, RowResult } from "../../plan/checkPlan";
import { skippedCheckText } from "../../plan/skippedChecks";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  counters: { display: "grid", gridTemplateColumns: "repeat(4, 1fr)", gap: tokens.spacingHorizontalS },
  counter: { display: "flex", flexDirection: "column", alignItems: "center", padding: tokens.spacingVerticalXS, borderRadius: tokens.borderRadiusMedium, border: `1px solid ${tokens.colorNeutralStroke2}` },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { justifyContent: "flex-start", textAlign: "left", height: "auto", paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, whiteSpace: "normal" },
  rowText: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  skipped: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const COLOURS: Record<Status, "success" | "warning" | "danger" | "informative"> = { ok: "success", action: "warning", blocked: "danger", error: "informative" };
const ATTENTION: Array<{ status: Status; title: string }> = [
  { status: "blocked", title: "Blocked" },
  { status: "error", title: "Could not be read" },
  { status: "action", title: "Action needed" },
];

function firstMessage(row: RowResult): string {
  const issues = row.errors ?? row.assessment?.issues ?? [];
  const rank = { error: 0, blocking: 1, action: 2, info: 3 } as const;
  return [...issues].sort((a, b) => rank[a.severity] - rank[b.severity])[0]?.message ?? "";
}

export interface ResultsSectionProps {
  check: PlanCheck;
  onSelectRow: (row: number) => void;
}

/** Counters by status, the checks the plan's columns leave out, the rows needing attention (click to select), and a per-country view. */
export function ResultsSection({ check, onSelectRow }: ResultsSectionProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<"rows" | "countries">("rows");
  const { summary } = check;
  return (
    <section className={styles.root} aria-label="Results">
      <div className={styles.counters} role="group" aria-label="Rows by status">
        {(["ok", "action", "blocked", "error"] as const).map((status) => (
          <div key={status} className={styles.counter} data-status={status}>
            <Badge appearance="filled" size="large" color={COLOURS[status]} aria-label={`${status}: ${summary.byStatus[status]}`}>
              {summary.byStatus[status]}
            </Badge>
            <Caption1>{status}</Caption1>
          </div>
        ))}
      </div>
      {summary.skippedChecks.length ? (
        <div className={styles.group} role="region" aria-label="Skipped checks">
          <Body1Strong>Skipped checks ({summary.skippedChecks.length})</Body1Strong>
          <Caption1>The plan has no column for these; add it to have them checked.</Caption1>
          <ul className={styles.skipped}>
            {summary.skippedChecks.map((skipped) => (
              <li key={skipped.check}>
                <Caption1>{skippedCheckText(skipped)}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as "rows" | "countries")} size="small">
        <Tab value="rows">Rows</Tab>
        <Tab value="countries">Countries</Tab>
      </TabList>
      {tab === "rows" ? (
        ATTENTION.map(({ status, title }) => {
          const rows = check.rows.filter((row) => row.status === status);
          if (!rows.length) return null;
          return (
            <div key={status} className={styles.group} role="list" aria-label={title}>
              <Body1Strong>
                {title} ({rows.length})
              </Body1Strong>
              {rows.map((row) => (
                <Button key={row.row} role="listitem" appearance="subtle" className={styles.row} onClick={() => onSelectRow(row.row)} aria-label={`Row ${row.row}${row.shipmentId ? ` ${row.shipmentId}` : ""}: ${firstMessage(row)}`}>
                  <span className={styles.rowText}>
                    <Text weight="semibold">
                      Row {row.row}
                      {row.shipmentId ? ` · ${row.shipmentId}` : ""}
                      {row.shipment ? ` · ${row.shipment.origin} → ${row.shipment.destination}` : ""}
                    </Text>
                    <Caption1>{firstMessage(row)}</Caption1>
                  </span>
                </Button>
              ))}
            </div>
          );
        })
      ) : (
        <Table size="extra-small" aria-label="Destinations">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Country</TableHeaderCell>
              <TableHeaderCell>Rows</TableHeaderCell>
              <TableHeaderCell>Lead (days)</TableHeaderCell>
              <TableHeaderCell>Charges</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {summary.destinations.map((d) => (
              <TableRow key={d.country}>
                <TableCell>
                  {d.name}
                  {d.blocked ? ` (${d.blocked} blocked)` : ""}
                </TableCell>
                <TableCell>{d.shipments}</TableCell>
                <TableCell>{d.longestLeadTimeDays ?? ""}</TableCell>
                <TableCell>{Object.entries(d.charges).map(([currency, amount]) => `${currency} ${amount.toLocaleString("en")}`).join(", ")}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
