/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { columnLetters } from "../../src/plan/cellAddress";
import { OUTPUT_COLUMNS, OUTPUT_HEADERS } from "../../src/plan/outputColumns";
import { FakeWorkbookPort } from "../../src/playground/fakeWorkbookPort";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { App } from "../../src/taskpane/components/App";
import { themeForOffice } from "../../src/taskpane/theme";

const HEADER = ["Shipment ID", "From", "To", "Material", "Value", "Currency", "Ship date"];
const PLAN = [
  ["CLW-301 plan"],
  [],
  HEADER,
  ["S-1", "US", "DE", "IMP", 1000, "EUR", "2027-06-01"],
  ["S-2", "US", "Cuba", "IMP", 100, "USD", "2027-06-01"],
  ["S-3", "US", "Germny", "IMP", 10, "USD", "2027-06-01"],
  ["S-4", "NL", "BE", "comparator", 500, "EUR", "2027-06-01"],
];

function renderApp(workbook: FakeWorkbookPort) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={workbook} rules={embeddedRuleSet()} today="2026-11-26" />
    </FluentProvider>,
  );
}

const checkButton = () => screen.getByRole("button", { name: "Check plan" });

// Rendering the whole pane under jsdom is slow on a shared machine; the assertions stay as they are.
jest.setTimeout(120000);
configure({ asyncUtilTimeout: 30000 });
// jsdom has no ResizeObserver; Fluent's message bars and the virtualized list observe their size with it.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

async function checkedApp(workbook: FakeWorkbookPort) {
  renderApp(workbook);
  await waitFor(() => expect(checkButton().hasAttribute("disabled")).toBe(false));
  fireEvent.click(checkButton());
  return screen.findByRole("group", { name: "Rows by status" });
}

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
    expect(within(counters).getByRole("button", { name: "1 ok" })).toBeTruthy();
    expect(within(counters).getByRole("button", { name: "1 action" })).toBeTruthy();
    expect(within(counters).getByRole("button", { name: "1 blocked" })).toBeTruthy();
    expect(within(counters).getByRole("button", { name: "1 error" })).toBeTruthy();
    const sheet = workbook.sheet("Plan").cells;
    expect(sheet[2]!.slice(HEADER.length)).toEqual([...OUTPUT_HEADERS]);
    expect(sheet.slice(3, 7).map((row) => row[HEADER.length])).toEqual(["action", "blocked", "error", "ok"]);
    expect(workbook.sheets.map((s) => s.name)).toEqual([
      "Plan",
      "Clearway Summary",
      "Clearway Details",
      "Clearway Sources",
      "Clearway How to read",
    ]);
    // Blocked rows first, then unreadable ones, then those needing action, then ok.
    const items = within(screen.getByRole("list", { name: "Rows" })).getAllByRole("listitem");
    expect(items.map((item) => item.textContent?.match(/^Row \d+/)?.[0])).toEqual(["Row 5", "Row 6", "Row 4", "Row 7"]);
  });

  it("moves focus to the results and announces the counts after a check", async () => {
    await checkedApp(new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]));
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Results: 4 rows"));
    const live = screen
      .getAllByRole("status")
      .find((element) => element.getAttribute("aria-live") === "polite" && element.textContent?.startsWith("Checked"));
    expect(live?.textContent).toBe("Checked 4 rows: 1 ok, 1 action, 1 blocked, 1 error.");
  });

  it("goes to the bad cell of an unreadable row, and to the Status cell of any other row", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]);
    await checkedApp(workbook);
    const list = screen.getByRole("list", { name: "Rows" });
    fireEvent.click(within(list).getByRole("button", { name: /^Row 6 · S-3/ }));
    fireEvent.click(await screen.findByRole("button", { name: "Go to cell C6" }));
    await waitFor(() => expect(workbook.selection).toEqual({ sheetName: "Plan", address: "C6" }));
    fireEvent.click(screen.getByRole("button", { name: "Back to the list" }));
    fireEvent.click(within(screen.getByRole("list", { name: "Rows" })).getByRole("button", { name: /^Row 4 · S-1/ }));
    const statusColumn = columnLetters(HEADER.length);
    fireEvent.click(await screen.findByRole("button", { name: `Go to Status cell ${statusColumn}4` }));
    await waitFor(() => expect(workbook.selection).toEqual({ sheetName: "Plan", address: `${statusColumn}4` }));
  });

  it("says the results are out of date when the plan changes after the check, not when Clearway writes its own columns", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]);
    await checkedApp(workbook);
    expect(screen.queryByText("Results out of date")).toBeNull();
    workbook.setCell("Plan", "E4", 2000);
    expect(await screen.findByText("Results out of date")).toBeTruthy();
    expect(screen.getByRole("group", { name: "Rows by status (out of date)" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Check again" }));
    await waitFor(() => expect(screen.queryByText("Results out of date")).toBeNull());
    expect(screen.getByRole("group", { name: "Rows by status" })).toBeTruthy();
  });

  it("never shows the counters of an earlier check as current after a check fails", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]);
    await checkedApp(workbook);
    workbook.writeResults = async () => {
      throw new Error("The sheet is protected: unprotect it (Review > Unprotect Sheet) and check again.");
    };
    fireEvent.click(checkButton());
    expect(await screen.findByText(/The last check did not finish/)).toBeTruthy();
    expect(screen.getByRole("group", { name: "Rows by status (out of date)" })).toBeTruthy();
  });

  it("lets the user pick the column of a field the header does not name", async () => {
    const cells = [
      ["Shipment", "Ship from", "Land", "Material", "Value", "Currency"],
      ["S-1", "US", "DE", "IMP", 10, "EUR"],
    ];
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

  it("asks before removing, says what it will delete, and deletes nothing when cancelled", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]);
    await checkedApp(workbook);
    const written = workbook.sheet("Plan").cells.map((row) => [...row]);
    fireEvent.click(screen.getByRole("button", { name: "Remove results" }));
    const dialog = await screen.findByRole("alertdialog");
    const lastColumn = columnLetters(HEADER.length + OUTPUT_COLUMNS.length - 1);
    expect(dialog.textContent).toContain(`the Clearway columns H3:${lastColumn}7 on "Plan"`);
    expect(dialog.textContent).toContain('the sheet "Clearway Summary"');
    expect(dialog.textContent).toContain('the sheet "Clearway Details"');
    expect(dialog.textContent).toContain('the sheet "Clearway Sources"');
    // The dialog's buttons become accessible once its opening motion is over.
    fireEvent.click(await within(dialog).findByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(workbook.sheet("Plan").cells).toEqual(written);
    expect(workbook.sheets).toHaveLength(5);
  });

  it("says there is nothing to remove on a sheet without results, without asking", async () => {
    renderApp(new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]));
    await waitFor(() => expect(checkButton().hasAttribute("disabled")).toBe(false));
    fireEvent.click(screen.getByRole("button", { name: "Remove results" }));
    expect(await screen.findByText("There are no Clearway results on this sheet.")).toBeTruthy();
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("removes exactly what it wrote once confirmed", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]);
    await checkedApp(workbook);
    fireEvent.click(screen.getByRole("button", { name: "Remove results" }));
    fireEvent.click(await within(await screen.findByRole("alertdialog")).findByRole("button", { name: "Remove" }));
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
    expect(themeForOffice("#1f1f1f").colorNeutralBackground1).not.toBe(
      themeForOffice("#ffffff").colorNeutralBackground1,
    );
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
    expect(workbook.sheet("Clearway Parties").cells[3]).toEqual([
      "Name",
      "Country",
      "Roles",
      "Licence rule id",
      "Licence reference",
      "Scope",
      "Valid from",
      "Valid until",
    ]);
    expect(workbook.lists.get("Clearway Rules")?.[0]?.values).toContain("duty");
    fireEvent.click(screen.getByRole("button", { name: "Add Parties and Rules sheets" }));
    expect(await screen.findByText(/already in this workbook/)).toBeTruthy();
  });

  it("uses the parties on the sheet: their licence counts as held and they act as importer of record", async () => {
    const parties = [
      ["Clearway Parties"],
      [],
      [],
      ["Name", "Country", "Roles", "Licence rule id", "Licence reference", "Scope", "Valid from", "Valid until"],
      [
        "Berlin Depot GmbH",
        "DE",
        "importer of record",
        "de-import-imp-einfuhrerlaubnis",
        "DE-BE-2024-17",
        "",
        "2024-01-01",
        "2028-12-31",
      ],
    ];
    const workbook = new FakeWorkbookPort([
      { name: "Plan", cells: PLAN },
      { name: "Clearway Parties", cells: parties },
    ]);
    renderApp(workbook);
    await waitFor(() => expect(checkButton().hasAttribute("disabled")).toBe(false));
    fireEvent.click(checkButton());
    expect(await screen.findByText('Parties from sheet "Clearway Parties": 1.')).toBeTruthy();
    const row = workbook.sheet("Plan").cells[3]!;
    expect(row[HEADER.length + OUTPUT_COLUMNS.indexOf("Importer of record")]).toBe("Berlin Depot GmbH");
    expect(String(row[HEADER.length + OUTPUT_COLUMNS.indexOf("Required permits")])).toContain("[held: DE-BE-2024-17]");
  });

  it("reads the Defaults and Depots sheets as the command line does: Check plan is enabled by a default origin, and the notes say where each came from", async () => {
    const cells = [
      ["Shipment ID", "To", "Material", "Value", "Currency", "Description", "Description"],
      ["S-1", "DE", "IMP", 1000, "EUR", "Kit", "Kit A, 10 vials"],
    ];
    const workbook = new FakeWorkbookPort([
      { name: "Plan", cells },
      {
        name: "Clearway Defaults",
        cells: [
          ["Field", "Value"],
          ["Origin", "US"],
        ],
      },
      {
        name: "Clearway Depots",
        cells: [
          ["Depot", "Country"],
          ["EU Depot", "NL"],
        ],
      },
    ]);
    renderApp(workbook);
    await waitFor(() => expect(checkButton().hasAttribute("disabled")).toBe(false));
    fireEvent.click(checkButton());
    expect(await screen.findByText('Depots from sheet "Clearway Depots": 1.')).toBeTruthy();
    expect(
      screen.getByText("Plan defaults (used where the plan gives no value; such rows say so): origin=US."),
    ).toBeTruthy();
    expect(workbook.sheet("Plan").cells[1]![cells[0]!.length]).not.toBe("error");
  });

  it("lists the problems of a bad Parties sheet by cell, and checks nothing", async () => {
    const parties = [
      ["Name", "Country", "Roles", "Licence rule id", "Licence reference"],
      ["Berlin Depot GmbH", "Germny", "importer of record", "de-import-imp-einfuhrerlaubnis", "X-1"],
    ];
    const workbook = new FakeWorkbookPort([
      { name: "Plan", cells: PLAN },
      { name: "Clearway Parties", cells: parties },
    ]);
    renderApp(workbook);
    await waitFor(() => expect(checkButton().hasAttribute("disabled")).toBe(false));
    fireEvent.click(checkButton());
    const list = await screen.findByRole("list", { name: 'Problems in the sheet "Clearway Parties"' });
    expect(list.textContent).toContain("B2");
    expect(workbook.sheet("Plan").cells).toEqual(PLAN);
  });
});

describe("task pane: recording a setup item", () => {
  it("records a licence from the setup checklist in a new Parties sheet, shows what is wrong in the form first, and checks again: the rows waiting on it move on", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]);
    const counters = await checkedApp(workbook);
    expect(within(counters).getByRole("button", { name: "1 action" })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Setup" }));
    const germany = await screen.findByRole("region", { name: "Germany, import" });
    fireEvent.click(within(germany).getByRole("button", { name: /^Record… Obtain Einfuhrerlaubnis/ }));
    const form = within(germany).getByRole("form");
    fireEvent.change(within(form).getByRole("textbox", { name: /^Party name/ }), {
      target: { value: "Example Depot GmbH" },
    });
    fireEvent.change(within(form).getByRole("textbox", { name: /^Country/ }), { target: { value: "Atlantis" } });
    fireEvent.change(within(form).getByRole("textbox", { name: /^Licence reference/ }), {
      target: { value: "EXAMPLE-0001" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Record and check again" }));
    expect(await within(form).findByText(/"Atlantis" is not a country/)).toBeTruthy();
    // Nothing is added to the workbook for a refused form.
    expect(workbook.sheets.some((sheet) => sheet.name === "Clearway Parties")).toBe(false);

    fireEvent.change(within(form).getByRole("textbox", { name: /^Country/ }), { target: { value: "Germany" } });
    fireEvent.click(within(form).getByRole("button", { name: "Record and check again" }));
    expect(
      await screen.findByText(/Example Depot GmbH is recorded in "Clearway Parties" \(A5:H5, a new sheet\)/),
    ).toBeTruthy();
    expect(workbook.sheet("Clearway Parties").cells[4]).toEqual([
      "Example Depot GmbH",
      "Germany",
      "importer of record",
      "de-import-imp-einfuhrerlaubnis",
      "EXAMPLE-0001",
      null,
      null,
      null,
    ]);
    // Checked again with the party: Germany's import is set up; row 4 waits only on the US export side now.
    await waitFor(() => expect(screen.queryByRole("region", { name: "Germany, import" })).toBeNull());
    expect(screen.getByRole("region", { name: "United States, export" })).toBeTruthy();
    const permits = workbook.sheet("Plan").cells[3]![HEADER.length + OUTPUT_COLUMNS.indexOf("Required permits")];
    expect(String(permits)).toContain("[held: EXAMPLE-0001]");
  });
});

describe("task pane: settings", () => {
  it("says so when a changed setting cannot be saved in the workbook, and keeps using it", async () => {
    const workbook = new FakeWorkbookPort([
      {
        name: "Plan",
        cells: [
          ["Origin", "Destination", "Material"],
          ["US", "DE", "IMP"],
        ],
      },
    ]);
    workbook.saveSettings = async () => {
      throw new Error(
        "Clearway could not save its settings in this workbook. Check that the workbook can be edited, then try again.",
      );
    };
    renderApp(workbook);
    fireEvent.click(screen.getByRole("button", { name: "Settings" }));
    fireEvent.click(await screen.findByRole("switch", { name: "Write the Clearway Sources sheet" }));
    const alert = await screen.findByText("Settings not saved in the workbook");
    expect(alert.closest("[role=alert]")!.textContent).toContain("Check that the workbook can be edited");
    expect(alert.closest("[role=alert]")!.textContent).toContain("applies to checks until the pane is closed");
    expect((screen.getByRole("switch", { name: "Write the Clearway Sources sheet" }) as HTMLInputElement).checked).toBe(
      false,
    );
  });

  it("checks a plan without a material column once a plan default gives the material, and refuses a default it cannot read", async () => {
    const workbook = new FakeWorkbookPort([
      {
        name: "Plan",
        cells: [
          ["Origin", "Destination", "Value", "Currency"],
          ["US", "DE", 100, "USD"],
        ],
      },
    ]);
    renderApp(workbook);
    expect(await screen.findByText(/Header found in row 1/)).toBeTruthy();
    expect(checkButton().hasAttribute("disabled")).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Settings" }));
    const material = await screen.findByRole("textbox", { name: "Material type" });
    fireEvent.change(material, { target: { value: "moon rock" } });
    expect(await screen.findByText(/Material type .*moon rock/)).toBeTruthy();
    expect(checkButton().hasAttribute("disabled")).toBe(true);
    fireEvent.change(material, { target: { value: "IMP" } });
    await waitFor(() => expect(checkButton().hasAttribute("disabled")).toBe(false));
    expect((await workbook.loadSettings())?.planDefaults).toEqual({ material: "IMP" });
    fireEvent.click(checkButton());
    expect(await screen.findByRole("group", { name: "Rows by status" })).toBeTruthy();
  });

  it("keeps a hash of what the check read, and says when the pane opens again that the results are out of date if the plan changed meanwhile", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]);
    await checkedApp(workbook);
    await waitFor(async () =>
      expect((await workbook.loadSettings())?.lastCheck).toEqual({
        sheetName: "Plan",
        contentHash: expect.stringMatching(/^[0-9a-f]{16}$/),
      }),
    );
    cleanup();
    // Opened again on the same workbook, unchanged: nothing to say.
    renderApp(workbook);
    await waitFor(() => expect(checkButton().hasAttribute("disabled")).toBe(false));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByText("Results out of date")).toBeNull();
    cleanup();
    // Closed, the plan edited, opened again.
    workbook.setCell("Plan", "C4", "FR");
    renderApp(workbook);
    expect(await screen.findByText("Results out of date")).toBeTruthy();
    expect(screen.getByText(/The results on "Plan" are from a check made before/)).toBeTruthy();
  });
});
