/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { OUTPUT_COLUMNS, OUTPUT_HEADERS } from "../../src/plan/outputColumns";
import { FakeWorkbookPort } from "../../src/playground/fakeWorkbookPort";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { App } from "../../src/taskpane/components/App";
import { themeForOffice } from "../../src/taskpane/theme";

const HEADER = ["Shipment ID", "From", "To", "Material", "Value", "Currency", "Ship date"];
const PLAN = [["CLW-301 plan"], [], HEADER, ["S-1", "US", "DE", "IMP", 1000, "EUR", "2027-06-01"], ["S-2", "US", "Cuba", "IMP", 100, "USD", "2027-06-01"], ["S-3", "US", "Germny", "IMP", 10, "USD", "2027-06-01"], ["S-4", "NL", "BE", "comparator", 500, "EUR", "2027-06-01"]];

function renderApp(workbook: FakeWorkbookPort) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={workbook} rules={embeddedRuleSet()} today="2026-11-26" />
    </FluentProvider>,
  );
}

const checkButton = () => screen.getByRole("button", { name: "Check plan" });

describe("task pane", () => {
  it("keeps Check plan disabled on a sheet without a plan, and says what it needs", async () => {
    renderApp(new FakeWorkbookPort([{ name: "Notes", cells: [["just notes"]] }]));
    expect(await screen.findByText(/No plan header found on this sheet yet/)).toBeTruthy();
    expect(checkButton().hasAttribute("disabled")).toBe(true);
  });

  it("shows the detected header row and enables Check plan", async () => {
    renderApp(new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]));
    expect(await screen.findByText(/Header found in row 3/)).toBeTruthy();
    await waitFor(() => expect(checkButton().hasAttribute("disabled")).toBe(false));
  });

  it("checks the plan: counters by status, output block beside the plan, rows needing attention", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]);
    renderApp(workbook);
    await waitFor(() => expect(checkButton().hasAttribute("disabled")).toBe(false));
    fireEvent.click(checkButton());
    const counters = await screen.findByRole("group", { name: "Rows by status" });
    expect(within(counters).getByLabelText("ok: 1")).toBeTruthy();
    expect(within(counters).getByLabelText("action: 1")).toBeTruthy();
    expect(within(counters).getByLabelText("blocked: 1")).toBeTruthy();
    expect(within(counters).getByLabelText("error: 1")).toBeTruthy();
    const sheet = workbook.sheet("Plan").cells;
    expect(sheet[2]!.slice(HEADER.length)).toEqual([...OUTPUT_HEADERS]);
    expect(sheet.slice(3, 7).map((row) => row[HEADER.length])).toEqual(["action", "blocked", "error", "ok"]);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Plan", "Clearway Summary", "Clearway Sources"]);
    const blocked = screen.getByRole("list", { name: "Blocked" });
    expect(within(blocked).getByRole("listitem").textContent).toContain("Row 5");
  });

  it("selects the row in the sheet when a result is clicked", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]);
    renderApp(workbook);
    await waitFor(() => expect(checkButton().hasAttribute("disabled")).toBe(false));
    fireEvent.click(checkButton());
    const errors = await screen.findByRole("list", { name: "Could not be read" });
    fireEvent.click(within(errors).getByRole("listitem"));
    await waitFor(() => expect(workbook.selection).toEqual({ sheetName: "Plan", address: `A6:${String.fromCharCode(65 + HEADER.length + OUTPUT_COLUMNS.length - 1)}6` }));
  });

  it("lets the user pick the column of a field the header does not name", async () => {
    const cells = [["Shipment", "Ship from", "Land", "Material", "Value", "Currency"], ["S-1", "US", "DE", "IMP", 10, "EUR"]];
    renderApp(new FakeWorkbookPort([{ name: "Plan", cells }]));
    expect(await screen.findByText("Not found: choose its column")).toBeTruthy();
    expect(checkButton().hasAttribute("disabled")).toBe(true);
    fireEvent.click(screen.getByRole("combobox", { name: "Column for Destination" }));
    fireEvent.click(await screen.findByRole("option", { name: "C: Land" }));
    await waitFor(() => expect(checkButton().hasAttribute("disabled")).toBe(false));
  });

  it("refuses to write when the sheet changed during the check, with a clear message", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]);
    const read = workbook.readSheet.bind(workbook);
    workbook.readSheet = async (name) => {
      const snapshot = await read(name);
      workbook.insertRow("Plan", 4);
      return snapshot;
    };
    renderApp(workbook);
    await waitFor(() => expect(checkButton().hasAttribute("disabled")).toBe(false));
    fireEvent.click(checkButton());
    expect((await screen.findByRole("alert")).textContent).toContain("changed while it was being checked");
    expect(workbook.sheet("Plan").cells.every((row) => row.length <= HEADER.length)).toBe(true);
  });

  it("removes exactly what it wrote", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]);
    renderApp(workbook);
    await waitFor(() => expect(checkButton().hasAttribute("disabled")).toBe(false));
    fireEvent.click(checkButton());
    await screen.findByRole("group", { name: "Rows by status" });
    fireEvent.click(screen.getByRole("button", { name: "Remove results" }));
    expect(await screen.findByText(/results were removed/)).toBeTruthy();
    expect(workbook.sheet("Plan").cells).toEqual(PLAN);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Plan"]);
  });

  it("shows an Office error as a message, not a blank pane", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]);
    workbook.writeResults = async () => {
      throw new Error("The sheet is protected: unprotect it (Review > Unprotect Sheet) and check again.");
    };
    renderApp(workbook);
    await waitFor(() => expect(checkButton().hasAttribute("disabled")).toBe(false));
    fireEvent.click(checkButton());
    expect((await screen.findByRole("alert")).textContent).toContain("The sheet is protected");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Clearway");
  });
});

describe("Office theme", () => {
  it("uses the dark theme on a dark Office background and the light one otherwise", () => {
    expect(themeForOffice("#1f1f1f").colorNeutralBackground1).not.toBe(themeForOffice("#ffffff").colorNeutralBackground1);
    expect(themeForOffice(undefined)).toBe(themeForOffice("#FFFFFF"));
  });
});

describe("task pane: parties and rules sheets", () => {
  const openPartiesSection = () => fireEvent.click(screen.getByRole("button", { name: "Your parties and rules" }));

  it("adds the Parties and Rules sheets once, with headers, an example row above the header and drop-down lists", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]);
    renderApp(workbook);
    await waitFor(() => expect(checkButton().hasAttribute("disabled")).toBe(false));
    openPartiesSection();
    fireEvent.click(await screen.findByRole("button", { name: "Add Parties and Rules sheets" }));
    expect(await screen.findByText(/Added "Clearway Parties" and "Clearway Rules"/)).toBeTruthy();
    expect(workbook.sheet("Clearway Parties").cells[3]).toEqual(["Name", "Country", "Roles", "Licence rule id", "Licence reference", "Scope", "Valid from", "Valid until"]);
    expect(workbook.lists.get("Clearway Rules")?.[0]?.values).toContain("duty");
    fireEvent.click(screen.getByRole("button", { name: "Add Parties and Rules sheets" }));
    expect(await screen.findByText(/already in this workbook/)).toBeTruthy();
  });

  it("uses the parties on the sheet: their licence counts as held and they act as importer of record", async () => {
    const parties = [["Clearway Parties"], [], [], ["Name", "Country", "Roles", "Licence rule id", "Licence reference", "Scope", "Valid from", "Valid until"], ["Berlin Depot GmbH", "DE", "importer of record", "de-import-imp-einfuhrerlaubnis", "DE-BE-2024-17", "", "2024-01-01", "2028-12-31"]];
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN }, { name: "Clearway Parties", cells: parties }]);
    renderApp(workbook);
    await waitFor(() => expect(checkButton().hasAttribute("disabled")).toBe(false));
    fireEvent.click(checkButton());
    expect(await screen.findByText('Parties from "Clearway Parties": 1.')).toBeTruthy();
    const row = workbook.sheet("Plan").cells[3]!;
    expect(row[HEADER.length + OUTPUT_COLUMNS.indexOf("Importer of record")]).toBe("Berlin Depot GmbH");
    expect(String(row[HEADER.length + OUTPUT_COLUMNS.indexOf("Required permits")])).toContain("[held: DE-BE-2024-17]");
  });

  it("lists the problems of a bad Parties sheet by cell, and checks nothing", async () => {
    const parties = [["Name", "Country", "Roles", "Licence rule id", "Licence reference"], ["Berlin Depot GmbH", "Germny", "importer of record", "de-import-imp-einfuhrerlaubnis", "X-1"]];
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN }, { name: "Clearway Parties", cells: parties }]);
    renderApp(workbook);
    await waitFor(() => expect(checkButton().hasAttribute("disabled")).toBe(false));
    fireEvent.click(checkButton());
    const list = await screen.findByRole("list", { name: "Problems in Clearway Parties" });
    expect(list.textContent).toContain("B2");
    expect(workbook.sheet("Plan").cells).toEqual(PLAN);
  });
});
