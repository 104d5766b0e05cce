import type { RuleSet } from "../rules/ruleSet";
import type { PlanCheck } from "./checkPlan";
import { SOURCES_SHEET } from "./sourcesTable";
import { rowRanges } from "./summaryReport";
import {
  HEADER_STYLE,
  LANDSCAPE_ONE_PAGE_WIDE,
  WRAP_STYLE,
  sheetLayout,
  type ReportCell,
  type ReportSheet,
} from "./workbookReport";

export const SOURCES_REPORT_HEADER = [
  "Rule reference",
  "Applies to",
  "Fact",
  "Source",
  "Last reviewed",
  "Further sources",
  "Override",
  "Rows using it",
  "Sheet rows",
] as const;

/** The sources sheet: one row per rule the results refer to, its first source a link, and the plan rows that used it; filterable. */
export function sourcesReport(ruleSet: RuleSet, check: Pick<PlanCheck, "rows" | "ruleIds">): ReportSheet {
  const usedBy = new Map<string, number[]>();
  for (const row of check.rows) {
    for (const id of row.assessment?.ruleRefs ?? []) {
      const rows = usedBy.get(id);
      if (rows) rows.push(row.row);
      else usedBy.set(id, [row.row]);
    }
  }
  const rows: ReportCell[][] = [SOURCES_REPORT_HEADER.map((value) => ({ value, style: HEADER_STYLE }))];
  for (const id of check.ruleIds) {
    const fact = ruleSet.facts.get(id);
    if (!fact) continue;
    const [first, ...more] = fact.sources;
    const used = usedBy.get(id) ?? [];
    rows.push([
      { value: id },
      { value: fact.scope },
      { value: fact.label, style: WRAP_STYLE },
      first ? { value: first.title, link: first.url, style: WRAP_STYLE } : { value: null },
      { value: first?.reviewed ?? null },
      {
        value: more.map((source) => `${source.title}: ${source.url} (reviewed ${source.reviewed})`).join("\n") || null,
        style: WRAP_STYLE,
      },
      { value: fact.override ? "yes (user's rule)" : "" },
      { value: used.length },
      { value: rowRanges(used), style: WRAP_STYLE },
    ]);
  }
  const lastRow = rows.length - 1;
  return {
    name: SOURCES_SHEET,
    role: SOURCES_SHEET,
    description: "the list of sources",
    rows,
    ...sheetLayout(rows, [30, 14, 40, 50, 13, 50, 12, 10, 20]),
    frozen: { rows: 1, columns: 1 },
    autoFilter: {
      firstRow: 0,
      lastRow: Math.max(1, lastRow),
      firstColumn: 0,
      lastColumn: SOURCES_REPORT_HEADER.length - 1,
    },
    print: { ...LANDSCAPE_ONE_PAGE_WIDE, titleRows: { first: 0, last: 0 } },
  };
}
