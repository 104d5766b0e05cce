import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Divider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookPort } from "../../plan/workbookPort";
import { CLEARWAY_SHEETS } from "../../plan/sheetMarks";
import type { CheckPhase } from "../../plan/checkWorkbook";
import { sentenceStart } from "../../domain/countryNames";
import type { RuleSet } from "../../rules/ruleSet";
import { useCheckedContentStamp, useEarlierResultsStale, type LastCheck } from "../hooks/useStaleResults";
import { removalPreview, type RemovalPreview } from "../triage/removalPreview";
import { OutOfDateBar } from "./OutOfDateBar";
import { RemoveResultsDialog } from "./RemoveResultsDialog";
import { useSettings } from "../hooks/useSettings";
import { usePlanSheet } from "../hooks/usePlanSheet";
import { usePlanCheck } from "../hooks/usePlanCheck";
import { describeProblem } from "../../plan/configTable";
import { PARTIES_TEMPLATE, RULES_TEMPLATE } from "../../plan/configTemplates";
import { PlanSection } from "./PlanSection";
import { ResultsSection } from "./ResultsSection";
import { SettingsSection } from "./SettingsSection";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "480px",
    boxSizing: "border-box",
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  title: { margin: 0 },
});

const PHASE_LABEL: Record<CheckPhase, string> = {
  reading: "Reading the sheet…",
  assessing: "Checking every shipment against the rules…",
  writing: "Writing the results beside the plan…",
};
const PHASE_VALUE: Record<CheckPhase, number> = { reading: 0.15, assessing: 0.5, writing: 0.85 };

export interface AppProps {
  port: WorkbookPort;
  rules: RuleSet;
  /** Today's date (YYYY-MM-DD), the default as-of date. */
  today: string;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function App({ port, rules, today }: AppProps) {
  const styles = useStyles();
  const plan = usePlanSheet(port);
  const { settings, update, saveError } = useSettings(port, today);
  const [error, setError] = useState<string | null>(null);
  const check = usePlanCheck({ port, rules, plan, settings, onError: setError });
  const { phase, outcome, stale, ready, busy } = check;
  const [notice, setNotice] = useState<string | null>(null);
  const [removal, setRemoval] = useState<RemovalPreview | null>(null);
  const resultsHeading = useRef<HTMLHeadingElement | null>(null);
  useCheckedContentStamp(
    port,
    outcome,
    useCallback((lastCheck: LastCheck) => update({ lastCheck }), [update]),
  );
  const earlierStale = useEarlierResultsStale(port, settings.lastCheck, outcome);

  // After a check, focus goes to the results so a keyboard or screen-reader user lands on them.
  useEffect(() => {
    if (outcome) resultsHeading.current?.focus();
  }, [outcome]);

  const runCheck = useCallback(() => {
    setNotice(null);
    void check.run();
  }, [check.run]);

  /** Finds what Remove results would delete, and asks first; says so when there is nothing. */
  const askToRemove = useCallback(async () => {
    if (!plan.sheetName) return;
    setError(null);
    setNotice(null);
    try {
      const [snapshot, sheets] = await Promise.all([port.readSheet(plan.sheetName), port.listSheets()]);
      const ours = new Set<string>([...(outcome?.sheetsWritten ?? []), ...CLEARWAY_SHEETS]);
      const preview = removalPreview(
        plan.sheetName,
        snapshot.values,
        sheets.map((sheet) => sheet.name).filter((name) => ours.has(name)),
      );
      if (!preview.block && !preview.sheets.length) setNotice("There are no Clearway results on this sheet.");
      else setRemoval(preview);
    } catch (caught) {
      setError(errorText(caught));
    }
  }, [port, plan.sheetName, outcome]);

  const removeResults = useCallback(async () => {
    if (!removal) return;
    setRemoval(null);
    busy.current = true;
    try {
      const removed = await port.removeResults(removal.sheetName);
      check.forget();
      setNotice(
        removed
          ? "Clearway's results were removed; the plan is as it was."
          : "There were no Clearway results on this sheet.",
      );
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      busy.current = false;
    }
  }, [port, removal, busy, check.forget]);

  const createConfigSheets = useCallback(async () => {
    setError(null);
    try {
      const created: string[] = [];
      for (const template of [PARTIES_TEMPLATE, RULES_TEMPLATE])
        if (await port.createSheet(template)) created.push(template.name);
      setNotice(
        created.length
          ? `Added ${created.map((name) => `"${name}"`).join(" and ")}: fill in the rows below the header, then check the plan.`
          : "The Parties and Rules sheets are already in this workbook.",
      );
    } catch (caught) {
      setError(errorText(caught));
    }
  }, [port]);

  const goTo = useCallback(
    (address: string) => {
      if (!outcome) return;
      port.selectRange(outcome.sheetName, address).catch((caught: unknown) => setError(errorText(caught)));
    },
    [port, outcome],
  );

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          Clearway
        </Title3>
        <Caption1>Permits, importer and exporter of record, duties and taxes for every shipment in the plan.</Caption1>
        <Caption1>
          Rules {rules.version}, reviewed up to {rules.asOf}.
        </Caption1>
      </header>
      {error ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Could not finish</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {saveError ? (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Settings not saved in the workbook</MessageBarTitle>
            {saveError}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {plan.error ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Could not read the workbook</MessageBarTitle>
            {plan.error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {check.refusal ? (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {sentenceStart(check.refusal.where)} is refused, so nothing was checked: fix what is listed and check
              again.
            </MessageBarTitle>
            <ul aria-label={`Problems in ${check.refusal.where}`}>
              {check.refusal.problems.slice(0, 20).map((problem, index) => (
                <li key={index}>{describeProblem(problem)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {notice ? (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {plan.loading && !plan.grid ? (
        <Spinner size="tiny" label="Looking for a shipment plan…" />
      ) : (
        <PlanSection
          sheets={plan.sheets}
          sheetName={plan.sheetName}
          grid={plan.grid}
          detection={plan.detection}
          onSheet={plan.chooseSheet}
          onColumn={plan.chooseColumn}
        />
      )}
      <Accordion collapsible>
        <AccordionItem value="settings">
          <AccordionHeader size="small">Settings</AccordionHeader>
          <AccordionPanel>
            <SettingsSection settings={settings} onChange={update} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="parties">
          <AccordionHeader size="small">Your parties and rules</AccordionHeader>
          <AccordionPanel>
            <Caption1 as="p">
              List your importers and exporters of record and the licences they hold on a "Clearway Parties" sheet, and
              your own facts (a negotiated duty rate, a lead time from experience) on a "Clearway Rules" sheet. Clearway
              reads both when it checks.
            </Caption1>
            <Button size="small" onClick={createConfigSheets}>
              Add Parties and Rules sheets
            </Button>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!ready || phase !== null} onClick={runCheck}>
          Check plan
        </Button>
        <Button disabled={phase !== null || !plan.sheetName} onClick={() => void askToRemove()}>
          Remove results
        </Button>
        <Button
          appearance="subtle"
          disabled={phase !== null}
          onClick={() => void plan.refresh(plan.sheetName ?? undefined)}
        >
          Refresh
        </Button>
      </div>
      {earlierStale && !outcome ? (
        <OutOfDateBar
          reason={`The results on "${earlierStale}" are from a check made before the plan or the Parties or Rules sheet changed.`}
          canCheck={ready && phase === null}
          onCheck={runCheck}
        />
      ) : null}
      {phase ? <ProgressBar value={PHASE_VALUE[phase]} aria-label={PHASE_LABEL[phase]} /> : null}
      <Caption1 role="status" aria-live="polite" aria-atomic="true">
        {phase ? PHASE_LABEL[phase] : check.announcement}
      </Caption1>
      <RemoveResultsDialog preview={removal} onConfirm={() => void removeResults()} onCancel={() => setRemoval(null)} />
      {outcome ? (
        <>
          <Divider />
          {stale ? (
            <OutOfDateBar
              reason={
                stale === "failed"
                  ? "The last check did not finish: these are the results of the check before it."
                  : "The plan, or its Rules, Parties, Defaults or Depots sheet, changed after this check."
              }
              canCheck={ready && phase === null}
              onCheck={runCheck}
            />
          ) : null}
          {outcome.notes.map((line) => (
            <Caption1 key={line}>{line}</Caption1>
          ))}
          <ResultsSection
            ref={resultsHeading}
            check={outcome.check}
            rules={outcome.rules}
            asOf={outcome.asOf}
            stale={stale !== null}
            onGoTo={goTo}
            port={port}
            onRecorded={() => void runCheck()}
          />
        </>
      ) : null}
    </main>
  );
}
