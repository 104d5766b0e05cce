import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Divider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Spinner, Title3, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { WorkbookPort } from "../../excel/workbookPort";
import { columnLetters } from "../../plan/cellAddress";
import type { RuleSet } from "../../rules/ruleSet";
import { useSettings } from "../hooks/useSettings";
import { usePlanSheet } from "../hooks/usePlanSheet";
import { describeProblem } from "../../plan/configTable";
import { PARTIES_TEMPLATE, RULES_TEMPLATE } from "../../plan/configTemplates";
import { checkSheet, ConfigurationError, type CheckOutcome, type CheckPhase } from "../planChecker";
import { PlanSection } from "./PlanSection";
import { ResultsSection } from "./ResultsSection";
import { SettingsSection } from "./SettingsSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: "480px", boxSizing: "border-box" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  title: { margin: 0 },
});

const PHASE_LABEL: Record<CheckPhase, string> = { reading: "Reading the sheet…", assessing: "Checking every shipment against the rules…", writing: "Writing the results beside the plan…" };
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
  const { settings, update } = useSettings(port, today);
  const [phase, setPhase] = useState<CheckPhase | null>(null);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problems, setProblems] = useState<ConfigurationError | null>(null);

  const ready = Boolean(plan.sheetName && plan.detection && plan.detection.headerRow >= 0 && plan.detection.missing.length === 0 && plan.detection.duplicates.length === 0);

  const runCheck = useCallback(async () => {
    if (!plan.sheetName) return;
    setError(null);
    setNotice(null);
    setProblems(null);
    try {
      const result = await checkSheet({ port, rules, sheetName: plan.sheetName, settings, overrides: plan.overrides, onPhase: setPhase });
      setOutcome(result);
    } catch (caught) {
      if (caught instanceof ConfigurationError) setProblems(caught);
      else setError(errorText(caught));
    } finally {
      setPhase(null);
    }
  }, [port, rules, plan.sheetName, plan.overrides, settings]);

  const removeResults = useCallback(async () => {
    if (!plan.sheetName) return;
    setError(null);
    try {
      const removed = await port.removeResults(plan.sheetName);
      setOutcome(null);
      setNotice(removed ? "Clearway's results were removed; the plan is as it was." : "There were no Clearway results on this sheet.");
    } catch (caught) {
      setError(errorText(caught));
    }
  }, [port, plan.sheetName]);

  const createConfigSheets = useCallback(async () => {
    setError(null);
    try {
      const created: string[] = [];
      for (const template of [PARTIES_TEMPLATE, RULES_TEMPLATE]) if (await port.createSheet(template)) created.push(template.name);
      setNotice(created.length ? `Added ${created.map((name) => `"${name}"`).join(" and ")}: fill in the rows below the header, then check the plan.` : "The Parties and Rules sheets are already in this workbook.");
    } catch (caught) {
      setError(errorText(caught));
    }
  }, [port]);

  const selectRow = useCallback(
    (row: number) => {
      if (!outcome) return;
      const lastColumn = columnLetters(outcome.check.outputColumn + outcome.check.outputBlock[0]!.length - 1);
      port.selectRange(outcome.sheetName, `A${row}:${lastColumn}${row}`).catch((caught: unknown) => setError(errorText(caught)));
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
      {plan.error ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Could not read the workbook</MessageBarTitle>
            {plan.error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {problems ? (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{problems.message}</MessageBarTitle>
            <ul aria-label={`Problems in ${problems.sheet}`}>
              {problems.problems.slice(0, 20).map((problem, index) => (
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
        <PlanSection sheets={plan.sheets} sheetName={plan.sheetName} grid={plan.grid} detection={plan.detection} onSheet={plan.chooseSheet} onColumn={plan.chooseColumn} />
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
              List your importers and exporters of record and the licences they hold on a "Clearway Parties" sheet, and your own facts (a negotiated duty rate, a lead time from experience) on a "Clearway Rules" sheet. Clearway reads both when it checks.
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
        <Button disabled={phase !== null || !plan.sheetName} onClick={removeResults}>
          Remove results
        </Button>
        <Button appearance="subtle" disabled={phase !== null} onClick={() => void plan.refresh(plan.sheetName ?? undefined)}>
          Refresh
        </Button>
      </div>
      {phase ? <ProgressBar value={PHASE_VALUE[phase]} aria-label={PHASE_LABEL[phase]} /> : null}
      {phase ? <Caption1 role="status">{PHASE_LABEL[phase]}</Caption1> : null}
      {outcome ? (
        <>
          <Divider />
          {outcome.notes.map((line) => (
            <Caption1 key={line}>{line}</Caption1>
          ))}
          <ResultsSection check={outcome.check} onSelectRow={selectRow} />
        </>
      ) : null}
    </main>
  );
}
