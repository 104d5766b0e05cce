import { useCallback, useEffect, useState } from "react";
import type { SettingsInput } from "../../domain/settings";
import type { WorkbookPort } from "../../excel/workbookPort";

export const DEFAULT_SETTINGS = (today: string): SettingsInput => ({ asOf: today, freightInsurancePercent: 5, writeSummarySheet: true, writeSourcesSheet: true });

/** Settings stored in the workbook, so a shared workbook keeps them. */
export function useSettings(port: WorkbookPort, today: string) {
  const [settings, setSettings] = useState<SettingsInput>(DEFAULT_SETTINGS(today));
  useEffect(() => {
    let live = true;
    port
      .loadSettings()
      .then((saved) => live && saved && setSettings((current) => ({ ...current, ...saved })))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [port]);
  const update = useCallback(
    (patch: Partial<SettingsInput>) => {
      setSettings((current) => {
        const next = { ...current, ...patch };
        void port.saveSettings(next).catch(() => undefined);
        return next;
      });
    },
    [port],
  );
  return { settings, update };
}
