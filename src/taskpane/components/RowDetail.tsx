import { Badge, Body1Strong, Button, Caption1, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Issue, RecordParty } from "../../domain/assessment";
import type { Status } from "../../domain/status";
import type { RowResult } from "../../plan/checkPlan";
import { permitApplyBy } from "../../plan/nextStep";
import { openInBrowser } from "../openInBrowser";
import type { RowSource } from "../triage/rowSources";
import { rowTitle } from "./RowList";
import { leadTimeText } from "./SetupChecklist";
import { mostSeriousFirst } from "../../domain/status";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  heading: { margin: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400 },
  word: { overflowWrap: "anywhere" },
});

const SEVERITY_COLOUR = { error: "informative", blocking: "danger", action: "warning", info: "subtle" } as const;
const STATUS_COLOUR: Record<Status, "success" | "warning" | "danger" | "informative"> = {
  ok: "success",
  action: "warning",
  blocked: "danger",
  error: "informative",
};
const KIND_LABEL = { setup: "setup", shipment: "this shipment", info: "info" } as const;

/** Issues, the most severe first, plan order within a severity. */
export const issuesBySeverity = (issues: readonly Issue[]): Issue[] => [...issues].sort(mostSeriousFirst);

const money = (amount: number | null, currency: string) =>
  amount === null
    ? "not estimated"
    : `${currency} ${amount.toLocaleString("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function PartyBlock({ title, party }: { title: string; party: RecordParty }) {
  const styles = useStyles();
  return (
    <section className={styles.block} aria-label={title}>
      <Body1Strong as="h4" className={styles.heading}>
        {title}: {party.party ?? "to be appointed"}
      </Body1Strong>
      {party.requirements.length ? (
        <ul className={styles.list} aria-label={`What the ${title.toLowerCase()} must hold`}>
          {party.requirements.map((requirement) => (
            <li key={requirement}>
              <Caption1>{requirement}</Caption1>
            </li>
          ))}
        </ul>
      ) : (
        <Caption1>Nothing particular to hold.</Caption1>
      )}
    </section>
  );
}

export interface RowDetailProps {
  row: RowResult;
  sources: readonly RowSource[];
  /** Where Go to goes, in words: "cell C30" or "row 12". */
  goToLabel: string;
  onGoTo: () => void;
  onBack: () => void;
}

/** Everything known about one row: issues by severity, permits with dates, the parties of record, charges with their basis, and sources. */
export function RowDetail({ row, sources, goToLabel, onGoTo, onBack }: RowDetailProps) {
  const styles = useStyles();
  const assessment = row.assessment;
  const issues = issuesBySeverity(row.errors ?? assessment?.issues ?? []);
  return (
    <article className={styles.root} aria-label={`Details of row ${row.row}`}>
      <div className={styles.bar}>
        <Button size="small" onClick={onBack}>
          Back to the list
        </Button>
        <Button size="small" appearance="primary" onClick={onGoTo}>
          Go to {goToLabel}
        </Button>
      </div>
      <div className={styles.block}>
        <Text as="h3" weight="semibold" className={styles.title}>
          {rowTitle(row)}{" "}
          <Badge appearance="filled" color={STATUS_COLOUR[row.status]}>
            {row.status}
          </Badge>
        </Text>
        <Text>
          Next step: {row.nextStep.text} ({row.nextStep.who}
          {row.nextStep.by ? `, by ${row.nextStep.by}` : ""})
        </Text>
      </div>
      <section className={styles.block} aria-label="Issues">
        <Body1Strong as="h4" className={styles.heading}>
          Issues ({issues.length})
        </Body1Strong>
        {issues.length ? (
          <ul className={styles.list}>
            {issues.map((issue, index) => (
              <li key={index}>
                <Badge size="small" appearance="tint" color={SEVERITY_COLOUR[issue.severity]}>
                  {issue.severity}
                </Badge>{" "}
                <Badge size="small" appearance="outline">
                  {KIND_LABEL[issue.kind]}
                </Badge>{" "}
                <Caption1 className={styles.word}>{issue.message}</Caption1>
              </li>
            ))}
          </ul>
        ) : (
          <Caption1>None.</Caption1>
        )}
      </section>
      {assessment ? (
        <>
          <section className={styles.block} aria-label="Permits">
            <Body1Strong as="h4" className={styles.heading}>
              Permits ({assessment.permits.length})
            </Body1Strong>
            {assessment.permits.length ? (
              <ul className={styles.list}>
                {assessment.permits.map((permit) => {
                  const applyBy = permitApplyBy(permit, row.shipment);
                  return (
                    <li key={permit.ruleId}>
                      <Text weight="semibold">{permit.name}</Text>
                      <Caption1 as="p" style={{ margin: 0 }}>
                        {permit.country} {permit.direction} · {permit.authority} · held by the {permit.holder}
                      </Caption1>
                      <Caption1 as="p" style={{ margin: 0 }}>
                        Scope: {permit.scope} · {leadTimeText(permit.leadTimeDays)} ·{" "}
                        {permit.heldReference
                          ? `held: ${permit.heldReference}`
                          : applyBy
                            ? `apply by ${applyBy}`
                            : "apply-by date unknown"}
                      </Caption1>
                    </li>
                  );
                })}
              </ul>
            ) : (
              <Caption1>No permit is needed by the rules.</Caption1>
            )}
          </section>
          <PartyBlock title="Importer of record" party={assessment.importerOfRecord} />
          <PartyBlock title="Exporter of record" party={assessment.exporterOfRecord} />
          <section className={styles.block} aria-label="Charges">
            <Body1Strong as="h4" className={styles.heading}>
              Charges: {money(assessment.charges.total, assessment.charges.currency)}
            </Body1Strong>
            <Caption1>
              Customs value {money(assessment.charges.customsValue, assessment.charges.currency)} · duty{" "}
              {money(assessment.charges.duty, assessment.charges.currency)} · import tax{" "}
              {money(assessment.charges.importTax, assessment.charges.currency)}
            </Caption1>
            <Caption1 className={styles.word}>Basis: {assessment.charges.basis}</Caption1>
          </section>
        </>
      ) : null}
      <section className={styles.block} aria-label="Sources">
        <Body1Strong as="h4" className={styles.heading}>
          Sources ({sources.length})
        </Body1Strong>
        {sources.length ? (
          <ul className={styles.list}>
            {sources.map((source) => (
              <li key={source.url}>
                <Link
                  href={source.url}
                  target="_blank"
                  rel="noopener"
                  className={styles.word}
                  onClick={(event) => {
                    if (openInBrowser(source.url)) event.preventDefault();
                  }}
                >
                  {source.title}
                </Link>
                <Caption1> (reviewed {source.reviewed})</Caption1>
              </li>
            ))}
          </ul>
        ) : (
          <Caption1>None.</Caption1>
        )}
      </section>
    </article>
  );
}
