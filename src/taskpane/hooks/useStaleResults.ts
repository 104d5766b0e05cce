import { useEffect, useState, type MutableRefObject } from "react";
import type { Unsubscribe, WorkbookPort } from "../../plan/workbookPort";
import { OUTPUT_COLUMNS } from "../../plan/outputColumns";
import { CONFIGURATION_SHEETS } from "../../plan/checkWorkbook";
import type { CheckOutcome } from "../../plan/portCheck";
import { changeMakesStale } from "../triage/staleChange";

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
    const own = { sheetName: outcome.sheetName, first: outcome.check.outputColumn, last: outcome.check.outputColumn + OUTPUT_COLUMNS.length - 1 };
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
