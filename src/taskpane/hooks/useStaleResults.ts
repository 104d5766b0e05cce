import { useEffect, useRef, useState, type MutableRefObject } from "react";
import type { Settings } from "../../domain/settings";
import type { Grid } from "../../plan/cellValue";
import { findOutputBlockRow } from "../../plan/headerDetection";
import type { Unsubscribe, WorkbookPort } from "../../plan/workbookPort";
import { OUTPUT_COLUMNS } from "../../plan/outputColumns";
import { CONFIGURATION_SHEET_READING, CONFIGURATION_SHEETS } from "../../plan/checkWorkbook";
import { PARTIES_SHEET } from "../../plan/partiesTable";
import { RULES_SHEET } from "../../plan/rulesTable";
import { portWorkbookSource, type CheckOutcome } from "../../plan/portCheck";
import { DEFAULTS_SHEET } from "../../plan/defaultsTable";
import { DEPOTS_SHEET } from "../../plan/depotsTable";
import { changeMakesStale } from "../triage/staleChange";
import { checkedContentHashInSlices } from "../triage/contentHash";

/** Why the results shown no longer match the workbook: it changed since, or the last check failed. */
export type Staleness = "changed" | "failed" | null;

/**
 * Watches the plan sheet and the configuration sheets a check reads (Rules, Parties, Defaults,
 * Depots) after a check, where the host can tell (Excel's onChanged, the playground's listeners),
 * and says when the results are out of date.
 * Changes Clearway makes itself (its own columns, while `busy`) do not count.
 */
export function useStaleResults(port: WorkbookPort, outcome: CheckOutcome | null, busy: MutableRefObject<boolean>) {
  const [stale, setStale] = useState<Staleness>(null);
  useEffect(() => {
    setStale(null);
    if (!outcome || !port.onSheetsChanged) return;
    const own = {
      sheetName: outcome.sheetName,
      first: outcome.check.outputColumn,
      last: outcome.check.outputColumn + OUTPUT_COLUMNS.length - 1,
    };
    let live = true;
    let stop: Unsubscribe | null = null;
    port
      .onSheetsChanged([outcome.sheetName, ...CONFIGURATION_SHEETS], (change) => {
        if (live && !busy.current && changeMakesStale(change, own)) setStale((current) => current ?? "changed");
      })
      .then((unsubscribe) => {
        if (live) stop = unsubscribe;
        else void unsubscribe();
      })
      // Without change events the pane still works; it just cannot say the results went stale.
      .catch(() => undefined);
    return () => {
      live = false;
      void stop?.();
    };
  }, [port, outcome, busy]);
  return { stale, setStale };
}

export type LastCheck = NonNullable<Settings["lastCheck"]>;

/**
 * The hash of what a check of `sheetName` reads, as the workbook holds it now (`plan`: the plan's
 * values when already read); null when the sheet is gone or, with `needResults`, holds no results.
 */
export async function currentContentHash(
  port: WorkbookPort,
  sheetName: string,
  plan?: Grid,
  needResults = false,
): Promise<string | null> {
  const workbook = portWorkbookSource(port);
  const names = new Set(await workbook.sheetNames());
  if (!names.has(sheetName)) return null;
  const values = plan ?? (await workbook.readSheet(sheetName));
  if (!values || (needResults && findOutputBlockRow(values) === null)) return null;
  // Each configuration sheet the check reads, read as the check reads it.
  const grid = async (name: (typeof CONFIGURATION_SHEETS)[number]) =>
    names.has(name) ? await workbook.readSheet(name, CONFIGURATION_SHEET_READING[name]) : undefined;
  return checkedContentHashInSlices({
    plan: values,
    parties: await grid(PARTIES_SHEET),
    rules: await grid(RULES_SHEET),
    defaults: await grid(DEFAULTS_SHEET),
    depots: await grid(DEPOTS_SHEET),
  });
}

/** After each check, keeps a hash of what it read with the workbook's settings (see Settings.lastCheck). */
export function useCheckedContentStamp(
  port: WorkbookPort,
  outcome: CheckOutcome | null,
  save: (lastCheck: LastCheck) => void,
) {
  useEffect(() => {
    if (!outcome) return;
    let live = true;
    currentContentHash(port, outcome.sheetName, outcome.snapshot.values)
      .then((contentHash) => live && contentHash && save({ sheetName: outcome.sheetName, contentHash }))
      // Without the stamp the pane still works; a pane opened later just cannot say whether the results are current.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [port, outcome, save]);
}

/**
 * When the pane opens on a workbook with results from an earlier check: the plan sheet's name if
 * what the check read has changed since (its hash differs from the one kept), else null. Asked once,
 * when the settings are loaded; a check made in this pane answers it from then on.
 */
export function useEarlierResultsStale(
  port: WorkbookPort,
  lastCheck: LastCheck | undefined,
  outcome: CheckOutcome | null,
): string | null {
  const [stale, setStale] = useState<string | null>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (outcome) {
      asked.current = true;
      setStale(null);
      return;
    }
    if (!lastCheck || asked.current) return;
    asked.current = true;
    let live = true;
    currentContentHash(port, lastCheck.sheetName, undefined, true)
      .then((hash) => live && hash !== null && hash !== lastCheck.contentHash && setStale(lastCheck.sheetName))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [port, lastCheck, outcome]);
  return stale;
}
