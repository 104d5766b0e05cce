import type { WorkbookSource } from "../plan/checkWorkbook";
import { readWorkbookSheet, type PlanFile } from "./planFile";

/** The plan file's workbook as a check reads it: its sheets from the file (a CSV plan has none besides the plan). */
export function planWorkbookSource(plan: PlanFile): WorkbookSource {
  return {
    sheetNames: async () => (plan.kind === "xlsx" ? plan.sheetNames : []),
    readSheet: (name, options) => readWorkbookSheet(plan.path, name, options),
    where: (sheetName) => `${plan.path} (sheet "${sheetName}")`,
  };
}
