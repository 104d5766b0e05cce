/**
 * The browser playground: the real task pane beside an in-memory workbook holding the example
 * plan. Same code path as in Excel except the WorkbookPort. ?theme=dark shows the dark theme.
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

const params = new URLSearchParams(window.location.search);
const dark = params.get("theme") === "dark";
const today = params.get("today") ?? localIsoDate(new Date());
const workbook = new FakeWorkbookPort([{ name: example.sheet, cells: example.grid as Grid }, { name: "Notes", cells: [["Depots: US (Durham NC), EU (Brussels), UK (London). Central lab: Indianapolis."]] }]);
// Exposed for end-to-end tests, which read the grid the way a user reads the sheet.
(window as unknown as { clearwayWorkbook: FakeWorkbookPort }).clearwayWorkbook = workbook;
document.body.dataset.theme = dark ? "dark" : "light";

const root = document.getElementById("playground");
if (root) {
  createRoot(root).render(
    <div className="playground">
      <FakeGrid workbook={workbook} />
      <aside className="pane" aria-label="Clearway task pane">
        <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100%" }}>
          <App port={workbook} rules={embeddedRuleSet()} today={today} />
        </FluentProvider>
      </aside>
    </div>,
  );
}
