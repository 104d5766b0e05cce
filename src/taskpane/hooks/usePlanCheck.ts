import { useCallback, useEffect, useRef, useState } from "react";
import type { SettingsInput } from "../../domain/settings";
import type { PlanSummary } from "../../plan/planSummary";
import { combinedPlanDefaults, ConfigurationRefusedError } from "../../plan/checkConfiguration";
import { workbookPlanDefaults, type CheckPhase } from "../../plan/checkWorkbook";
import type { PlanDefaults } from "../../plan/planDefaults";
import { readyToCheck } from "../../plan/planRequirements";
import { checkThroughPort, portWorkbookSource, type CheckOutcome } from "../../plan/portCheck";
import type { WorkbookPort } from "../../plan/workbookPort";
import type { RuleSet } from "../../rules/ruleSet";
import type { PlanSheetState } from "./usePlanSheet";
import { useStaleResults } from "./useStaleResults";

/** "Checked 33 rows: 1 ok, 29 action, 2 blocked, 1 error." for the live region. */
export function countsAnnouncement(summary: PlanSummary): string {
  const { ok, action, blocked, error } = summary.byStatus;
  return `Checked ${summary.rows} row${summary.rows === 1 ? "" : "s"}: ${ok} ok, ${action} action, ${blocked} blocked, ${error} error.`;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Lets the pane repaint (progress) before the long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface PlanCheckInput {
  port: WorkbookPort;
  rules: RuleSet;
  plan: Pick<PlanSheetState, "sheetName" | "grid" | "detection" | "overrides">;
  settings: SettingsInput;
  /** Shows (or, with null, clears) why the check could not finish, in the pane's one error message. */
  onError: (message: string | null) => void;
}

/**
 * The pane's check: whether the plan is ready (the test the check itself applies, with the plan
 * defaults of the settings over those of the workbook's Defaults sheet), the check through the
 * port, its phase, outcome or refused table, and whether the results shown are out of date.
 */
export function usePlanCheck({ port, rules, plan, settings, onError }: PlanCheckInput) {
  const [phase, setPhase] = useState<CheckPhase | null>(null);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [refusal, setRefusal] = useState<ConfigurationRefusedError | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [keptDefaults, setKeptDefaults] = useState<PlanDefaults>({});
  /** True while Clearway writes to the workbook, so its own changes do not mark the results out of date. */
  const busy = useRef(false);
  const { stale, setStale } = useStaleResults(port, outcome, busy);

  // The workbook's Defaults sheet, read again whenever the plan is; a refused one is shown with its cells, as the check would refuse it.
  useEffect(() => {
    let live = true;
    workbookPlanDefaults(portWorkbookSource(port)).then(
      (defaults) => {
        if (live) setKeptDefaults(defaults);
      },
      (caught: unknown) => {
        if (!live) return;
        setKeptDefaults({});
        if (caught instanceof ConfigurationRefusedError) setRefusal(caught);
      },
    );
    return () => {
      live = false;
    };
  }, [port, plan.grid]);

  const ready = Boolean(
    plan.sheetName &&
    plan.detection &&
    readyToCheck(plan.detection, combinedPlanDefaults(settings.planDefaults ?? {}, keptDefaults)),
  );

  const run = useCallback(async () => {
    if (!plan.sheetName) return;
    onError(null);
    setRefusal(null);
    setAnnouncement("");
    busy.current = true;
    try {
      const result = await checkThroughPort({
        port,
        rules,
        sheetName: plan.sheetName,
        settings,
        overrides: plan.overrides,
        onPhase: (next) => {
          setPhase(next);
          return next === "assessing" ? nextFrame() : undefined;
        },
      });
      setOutcome(result);
      setAnnouncement(countsAnnouncement(result.check.summary));
    } catch (caught) {
      if (caught instanceof ConfigurationRefusedError) setRefusal(caught);
      else onError(errorText(caught));
      // Results of an earlier check stay for reference, but never as current.
      setStale("failed");
      setAnnouncement("The check did not finish; see the message above.");
    } finally {
      busy.current = false;
      setPhase(null);
    }
  }, [port, rules, plan.sheetName, plan.overrides, settings, setStale, onError]);

  /** Forgets the results shown (they were removed from the workbook). */
  const forget = useCallback(() => {
    setOutcome(null);
    setAnnouncement("");
  }, []);

  return { phase, outcome, refusal, announcement, stale, ready, busy, run, forget };
}
