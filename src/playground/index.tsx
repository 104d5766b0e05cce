/**
 * The browser playground: the real task pane beside an in-memory workbook holding the example
 * plan. Same code path as in Excel except the WorkbookPort. ?theme=dark shows the dark theme;
 * ?rows=20000 loads a generated plan of that many rows (for load tests); ?grid=none leaves out the
 * grid view, so that only the task pane's own cost is measured.
 */
import "../domain/zodWithoutEval";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import example from "../../examples/shipment-plan.json";
import { localIsoDate } from "../domain/isoDate";
import type { Grid } from "../plan/cellValue";
import { embeddedRuleSet } from "../rules/embedded";
import { App } from "../taskpane/components/App";
import { FakeGrid } from "./FakeGrid";
import { FakeWorkbookPort } from "./fakeWorkbookPort";
import { generatedPlan } from "./generatedPlan";

const params = new URLSearchParams(window.location.search);
const dark = params.get("theme") === "dark";
const today = params.get("today") ?? localIsoDate(new Date());
const generatedRows = Number(params.get("rows"));
const showGrid = params.get("grid") !== "none";
/** The example plan's header is its fourth row. */
const EXAMPLE_HEADER_ROW = 3;
const plan =
  Number.isInteger(generatedRows) && generatedRows > 0
    ? generatedPlan(example.grid as Grid, EXAMPLE_HEADER_ROW, generatedRows)
    : (example.grid as Grid);
const workbook = new FakeWorkbookPort([
  { name: example.sheet, cells: plan },
  { name: "Notes", cells: [["Depots: US (Durham NC), EU (Brussels), UK (London). Central lab: Indianapolis."]] },
]);
// Exposed for end-to-end tests, which read the grid the way a user reads the sheet.
(window as unknown as { clearwayWorkbook: FakeWorkbookPort }).clearwayWorkbook = workbook;
document.body.dataset.theme = dark ? "dark" : "light";

const root = document.getElementById("playground");
if (root) {
  createRoot(root).render(
    <div className="playground">
      {showGrid ? <FakeGrid workbook={workbook} /> : null}
      <aside className="pane" aria-label="Clearway task pane">
        <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100%" }}>
          <App port={workbook} rules={embeddedRuleSet()} today={today} />
        </FluentProvider>
      </aside>
    </div>,
  );
}
