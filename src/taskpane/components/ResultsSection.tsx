import { Body1Strong, Caption1, makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { forwardRef, useCallback, useMemo, useState } from "react";
import { countryName } from "../../domain/countryNames";
import { STATUSES, type Status } from "../../domain/status";
import type { PlanCheck, RowResult } from "../../plan/checkPlan";
import { skippedCheckText } from "../../plan/skippedChecks";
import type { RuleSet } from "../../rules/ruleSet";
import { licenceCatalogue } from "../../plan/licenceNames";
import type { WorkbookPort } from "../../plan/workbookPort";
import { recordParty } from "../triage/partyRecording";
import { useIdleWork } from "../hooks/useIdleWork";
import { actionGroups, rowActions } from "../triage/actionGroups";
import { countryOverview } from "../triage/countryOverview";
import { goToAddress } from "../triage/goToAddress";
import { filterRows, isFiltered, laneOf, NO_FILTER, searchText, type RowFilter } from "../triage/rowFilter";
import { rowSources } from "../triage/rowSources";
import { ActionGroups } from "./ActionGroups";
import { CountriesView } from "./CountriesView";
import { RowDetail } from "./RowDetail";
import { RowFilters, type FilterChoice } from "./RowFilters";
import { RowList } from "./RowList";
import { SetupChecklist, type SetupRecorder } from "./SetupChecklist";
import { StatusCounters } from "./StatusCounters";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  skipped: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type View = "rows" | "actions" | "setup" | "countries";

/** Triage order: blocked, unreadable, action, ok; within a status the earliest apply-by date first, then plan order. */
const STATUS_ORDER: Record<Status, number> = { blocked: 0, error: 1, action: 2, ok: 3 };
function triageOrder(a: RowResult, b: RowResult): number {
  // ISO dates compare as plain strings; localeCompare would cost seconds over 20,000 rows.
  const byDate =
    (a.applyBy ?? "9999") < (b.applyBy ?? "9999") ? -1 : (a.applyBy ?? "9999") > (b.applyBy ?? "9999") ? 1 : 0;
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byDate || a.row - b.row;
}

export interface ResultsSectionProps {
  check: PlanCheck;
  rules: RuleSet;
  /** The check's as-of date, for the dates of grouped actions. */
  asOf: string;
  /** The results no longer match the workbook: counters are shown as such. */
  stale?: boolean;
  /** Selects a cell of the plan sheet (A1 address) and shows it. */
  onGoTo: (address: string) => void;
  /** The workbook, for recording a setup item as a party in the Parties sheet; without it the setup items are only listed. */
  port?: WorkbookPort;
  /** Checks the plan again, after a party is recorded. */
  onRecorded?: () => void;
}

/** Counters that filter, filters and search, and four views of the results: rows, grouped actions, setup, countries; a row opens its details. */
export const ResultsSection = forwardRef<HTMLHeadingElement, ResultsSectionProps>(function ResultsSection(
  { check, rules, asOf, stale = false, onGoTo, port, onRecorded },
  headingRef,
) {
  const styles = useStyles();
  const [view, setView] = useState<View>("rows");
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  const [detail, setDetail] = useState<RowResult | null>(null);
  const { summary } = check;

  // Ready before they are asked for, a slice at a time: search text and each row's actions.
  useIdleWork(
    check.rows,
    useCallback(
      (row: RowResult) => {
        searchText(row);
        rowActions(row, asOf);
      },
      [asOf],
    ),
  );
  const rowsByNumber = useMemo(() => new Map(check.rows.map((row) => [row.row, row])), [check.rows]);
  const { countries, lanes } = useMemo(() => {
    const codes = new Set<string>();
    const laneKeys = new Set<string>();
    for (const row of check.rows) {
      if (!row.shipment) continue;
      codes.add(row.shipment.origin).add(row.shipment.destination);
      laneKeys.add(laneOf(row)!);
    }
    const countries: FilterChoice[] = [...codes]
      .map((code) => ({ value: code, label: countryName(code) }))
      .sort((a, b) => a.label.localeCompare(b.label, "en"));
    const lanes: FilterChoice[] = [...laneKeys]
      .sort()
      .map((lane) => ({ value: lane, label: lane.replace(">", " → ") }));
    return { countries, lanes };
  }, [check.rows]);
  const shown = useMemo(() => filterRows(check.rows, filter).sort(triageOrder), [check.rows, filter]);
  const groups = useMemo(() => (view === "actions" ? actionGroups(shown, asOf) : []), [view, shown, asOf]);
  const setup = useMemo(() => {
    const visible = new Set(shown.map((row) => row.row));
    return summary.setup
      .map((entry) => ({ ...entry, rowsWaiting: entry.rowsWaiting.filter((row) => visible.has(row)) }))
      .filter((entry) => entry.rowsWaiting.length > 0);
  }, [summary.setup, shown]);
  const recorder = useMemo<SetupRecorder | undefined>(() => {
    if (!port || !onRecorded) return undefined;
    const catalogue = licenceCatalogue(rules);
    return { catalogue, record: (draft) => recordParty(port, draft, catalogue), onRecorded };
  }, [port, rules, onRecorded]);
  const overview = useMemo(
    () => (view === "countries" ? countryOverview(check.rows, summary) : []),
    [view, check.rows, summary],
  );

  const change = (patch: Partial<RowFilter>) => {
    setDetail(null);
    setFilter((current) => ({ ...current, ...patch }));
  };
  const toggleStatus = (status: Status) => {
    setDetail(null);
    setView("rows");
    setFilter((current) => ({
      ...current,
      statuses: current.statuses.includes(status)
        ? current.statuses.filter((s) => s !== status)
        : STATUSES.filter((s) => s === status || current.statuses.includes(s)),
    }));
  };
  const goToLabel = (row: RowResult) => {
    const address = goToAddress(row, check.outputColumn);
    return row.errors?.some((issue) => issue.cell === address) ? `cell ${address}` : `Status cell ${address}`;
  };

  return (
    <section className={styles.root} aria-labelledby="clearway-results-heading">
      <h2 id="clearway-results-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
        {stale ? "Results (out of date)" : "Results"}: {summary.rows} rows
      </h2>
      <StatusCounters byStatus={summary.byStatus} selected={filter.statuses} onToggle={toggleStatus} stale={stale} />
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
      <RowFilters
        filter={filter}
        countries={countries}
        lanes={lanes}
        onChange={change}
        onClear={() => change(NO_FILTER)}
        filtered={isFiltered(filter)}
      />
      <Caption1 aria-live="polite">
        {isFiltered(filter)
          ? `${shown.length} of ${check.rows.length} rows match the filters.`
          : `All ${check.rows.length} rows.`}
      </Caption1>
      {detail ? (
        <RowDetail
          row={detail}
          sources={rowSources(detail, rules)}
          goToLabel={goToLabel(detail)}
          onGoTo={() => onGoTo(goToAddress(detail, check.outputColumn))}
          onBack={() => setDetail(null)}
        />
      ) : (
        <>
          <TabList
            selectedValue={view}
            onTabSelect={(_, data) => setView(data.value as View)}
            size="small"
            aria-label="Views of the results"
          >
            <Tab value="rows">Rows</Tab>
            <Tab value="actions">Actions</Tab>
            <Tab value="setup">Setup</Tab>
            <Tab value="countries">Countries</Tab>
          </TabList>
          <div role="tabpanel" aria-label={view}>
            {view === "rows" ? <RowList rows={shown} label="Rows" onOpen={setDetail} /> : null}
            {view === "actions" ? (
              <ActionGroups groups={groups} rowsByNumber={rowsByNumber} onOpen={setDetail} />
            ) : null}
            {view === "setup" ? (
              <SetupChecklist entries={setup} rowsByNumber={rowsByNumber} onOpen={setDetail} recorder={recorder} />
            ) : null}
            {view === "countries" ? (
              <CountriesView
                countries={overview}
                onChoose={(country) => {
                  change({ country });
                  setView("rows");
                }}
              />
            ) : null}
          </div>
        </>
      )}
    </section>
  );
});
