import { useCallback, useEffect, useMemo, useState } from "react";
import type { SheetInfo, WorkbookPort } from "../../plan/workbookPort";
import { CONFIGURATION_SHEETS } from "../../plan/checkWorkbook";
import { CLEARWAY_SHEETS } from "../../plan/sheetMarks";
import type { Grid } from "../../plan/cellValue";
import { detectHeader, type HeaderDetection } from "../../plan/headerDetection";
import type { PlanField } from "../../plan/planFields";

export interface PlanSheetState {
  sheets: SheetInfo[];
  sheetName: string | null;
  grid: Grid | null;
  detection: HeaderDetection | null;
  overrides: Partial<Record<PlanField, string>>;
  error: string | null;
  loading: boolean;
}

/** Sheets Clearway writes or reads for itself: never the plan. */
const NOT_PLANS: readonly string[] = [...CLEARWAY_SHEETS, ...CONFIGURATION_SHEETS];

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The sheet being checked, its detected header and the user's column choices. */
export function usePlanSheet(port: WorkbookPort) {
  const [sheets, setSheets] = useState<SheetInfo[]>([]);
  const [sheetName, setSheetName] = useState<string | null>(null);
  const [grid, setGrid] = useState<Grid | null>(null);
  const [overrides, setOverrides] = useState<Partial<Record<PlanField, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const refresh = useCallback(
    async (name?: string) => {
      setLoading(true);
      setError(null);
      try {
        const list = (await port.listSheets()).filter((sheet) => !NOT_PLANS.includes(sheet.name));
        setSheets(list);
        const chosen = name ?? list.find((sheet) => sheet.active)?.name ?? list[0]?.name ?? null;
        setSheetName(chosen);
        setGrid(chosen ? (await port.readSheet(chosen)).values : null);
      } catch (caught) {
        setError(errorText(caught));
      } finally {
        setLoading(false);
      }
    },
    [port],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const detection = useMemo(() => (grid ? detectHeader(grid, overrides) : null), [grid, overrides]);
  const chooseSheet = useCallback(
    (name: string) => {
      setOverrides({});
      void refresh(name);
    },
    [refresh],
  );
  const chooseColumn = useCallback(
    (field: PlanField, letters: string) => setOverrides((current) => ({ ...current, [field]: letters })),
    [],
  );
  const state: PlanSheetState = { sheets, sheetName, grid, detection, overrides, error, loading };
  return { ...state, refresh, chooseSheet, chooseColumn };
}
