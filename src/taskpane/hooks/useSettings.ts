import { useCallback, useEffect, useState } from "react";
import { SettingsSchema, type SettingsInput } from "../../domain/settings";
import type { WorkbookPort } from "../../plan/workbookPort";

/** The defaults are the schema's own, so the pane and the command line start from the same settings. */
export const DEFAULT_SETTINGS = (today: string): SettingsInput => SettingsSchema.parse({ asOf: today });

/** Settings stored in the workbook, so a shared workbook keeps them. */
export function useSettings(port: WorkbookPort, today: string) {
  const [settings, setSettings] = useState<SettingsInput>(DEFAULT_SETTINGS(today));
  /** Why the last change could not be saved in the workbook, if it could not: it still applies to checks in this session. */
  const [saveError, setSaveError] = useState<string | null>(null);
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
        port.saveSettings(next).then(
          () => setSaveError(null),
          (caught: unknown) =>
            setSaveError(
              `${caught instanceof Error ? caught.message : String(caught)} The change applies to checks until the pane is closed.`,
            ),
        );
        return next;
      });
    },
    [port],
  );
  return { settings, update, saveError };
}
