/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { columnLetters } from "../../src/plan/cellAddress";
import { SettingsSchema } from "../../src/domain/settings";
import { checkPlan } from "../../src/plan/checkPlan";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { ResultsSection } from "../../src/taskpane/components/ResultsSection";

const context = { rules: embeddedRuleSet(), parties: [], settings: SettingsSchema.parse({ asOf: "2026-11-26" }) };

function renderResults(grid: Array<Array<string | number>>) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ResultsSection
        check={checkPlan(grid, context)}
        rules={context.rules}
        asOf="2026-11-26"
        onGoTo={() => undefined}
      />
    </FluentProvider>,
  );
}

describe("task pane results: skipped checks", () => {
  it("lists each check an absent column leaves out, with the column", () => {
    renderResults([
      ["From", "To", "Material", "Value", "Currency", "Need-by date"],
      ["US", "DE", "IMP", 1000, "EUR", "2027-07-01"],
    ]);
    const region = screen.getByRole("region", { name: "Skipped checks" });
    const items = within(region)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(items).toContain(
      "lead time against the ship date (no Ship date column; held licences are checked as of the date of the check)",
    );
    expect(items).toContain("duty by HS code (no HS code column; the usual heading for each material is assumed)");
    expect(items.some((text) => text?.startsWith("lead time against the need-by date"))).toBe(false);
  });

  it("shows no skipped checks when every column is there", () => {
    renderResults([
      [
        "From",
        "To",
        "Material",
        "Value",
        "Currency",
        "No commercial value",
        "Ship date",
        "Need-by date",
        "HS code",
        "Temperature",
        "Dangerous goods",
        "Returnable",
        "Controlled substance",
        "Sponsor",
        "Importer of record",
        "Exporter of record",
        "Freight",
        "Insurance",
      ],
      [
        "US",
        "DE",
        "IMP",
        1000,
        "EUR",
        "no",
        "2027-06-01",
        "2027-07-01",
        "3004",
        "2-8 C",
        "",
        "no",
        "no",
        "Acme",
        "",
        "",
        50,
        5,
      ],
    ]);
    expect(screen.queryByRole("region", { name: "Skipped checks" })).toBeNull();
  });
});

// Triage on a small plan: two India rows, Japan, an embargoed lane, an EU-internal row and an unreadable one.
const TRIAGE_PLAN = [
  ["Shipment ID", "From", "To", "Material", "Value", "Currency", "Ship date"],
  ["S-1", "US", "IN", "IMP", 1000, "USD", "2027-06-01"],
  ["S-2", "US", "IN", "IMP", 2000, "USD", "2027-07-01"],
  ["S-3", "US", "JP", "IMP", 500, "USD", "2027-06-01"],
  ["S-4", "US", "Cuba", "IMP", 100, "USD", "2027-06-01"],
  ["S-5", "NL", "BE", "comparator", 500, "EUR", "2027-06-01"],
  ["S-6", "US", "Germny", "IMP", 10, "USD", "2027-06-01"],
];

describe("task pane results: triage", () => {
  jest.setTimeout(60000);
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  const check = checkPlan(TRIAGE_PLAN, context);
  const onGoTo = jest.fn();
  const renderTriage = () =>
    render(
      <FluentProvider theme={webLightTheme}>
        <ResultsSection check={check} rules={context.rules} asOf="2026-11-26" onGoTo={onGoTo} />
      </FluentProvider>,
    );
  const listedRows = () =>
    within(screen.getByRole("list", { name: "Rows" }))
      .queryAllByRole("listitem")
      .map((item) => Number(/^Row (\d+)/.exec(item.textContent ?? "")?.[1]));
  const rowsWhere = (test: (row: (typeof check.rows)[number]) => boolean) =>
    check.rows.filter(test).map((row) => row.row);

  beforeEach(() => onGoTo.mockReset());

  it("filters the list to a status when its counter is pressed, and back to all when pressed again", () => {
    renderTriage();
    expect(listedRows()).toHaveLength(check.rows.length);
    const action = screen.getByRole("button", { name: `${check.summary.byStatus.action} action` });
    fireEvent.click(action);
    expect(action.getAttribute("aria-pressed")).toBe("true");
    expect(listedRows().sort()).toEqual(rowsWhere((row) => row.status === "action"));
    fireEvent.click(action);
    expect(listedRows()).toHaveLength(check.rows.length);
  });

  it("finds rows by search words in any field, and says how many match", () => {
    renderTriage();
    fireEvent.change(screen.getByRole("searchbox", { name: "Search the results" }), {
      target: { value: "embargo cuba" },
    });
    expect(listedRows()).toEqual(rowsWhere((row) => row.shipmentId === "S-4"));
    expect(screen.getByText(`1 of ${check.rows.length} rows match the filters.`)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(listedRows()).toHaveLength(check.rows.length);
  });

  it("filters by country and by issue kind", async () => {
    renderTriage();
    fireEvent.click(screen.getByRole("combobox", { name: "Country" }));
    fireEvent.click(await screen.findByRole("option", { name: "India" }));
    expect(listedRows().sort()).toEqual(
      rowsWhere((row) => row.shipment?.destination === "IN" || row.shipment?.origin === "IN"),
    );
    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    fireEvent.click(screen.getByRole("combobox", { name: "Issue kind" }));
    fireEvent.click(await screen.findByRole("option", { name: "Setup (once per country)" }));
    const withSetup = rowsWhere((row) =>
      (row.assessment?.issues ?? []).some((issue) => issue.kind === "setup" && issue.severity !== "info"),
    );
    expect(listedRows().sort()).toEqual(withSetup);
    expect(withSetup).not.toContain(rowsWhere((row) => row.status === "ok")[0]);
  });

  it("lists an action shared by several rows once, with its row count, expandable to those rows", () => {
    renderTriage();
    fireEvent.click(screen.getByRole("tab", { name: "Actions" }));
    const fdaRows = rowsWhere((row) =>
      (row.assessment?.permits ?? []).some((permit) => permit.ruleId.startsWith("us-export") && !permit.heldReference),
    );
    expect(fdaRows.length).toBeGreaterThan(1);
    const group = screen.getByRole("button", {
      name: new RegExp(
        `^Obtain Export of an investigational drug under FD&C Act section 802.*: ${fdaRows.length} rows`,
      ),
    });
    expect(group.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(group);
    const rows = within(screen.getByRole("list", { name: /^Rows needing: Obtain Export/ })).getAllByRole("listitem");
    expect(rows.map((item) => Number(/^Row (\d+)/.exec(item.textContent ?? "")?.[1])).sort()).toEqual(fdaRows);
  });

  it("shows setup once per country and side, with lead times and the rows waiting", () => {
    renderTriage();
    fireEvent.click(screen.getByRole("tab", { name: "Setup" }));
    const india = screen.getByRole("region", { name: "India, import" });
    const entry = check.summary.setup.find((candidate) => candidate.country === "IN" && candidate.side === "import")!;
    const licence = entry.items.find((item) => item.ruleId !== null)!;
    expect(india.textContent).toContain(licence.text);
    expect(india.textContent).toContain(
      licence.leadTimeDays === null ? "lead time unknown" : `about ${licence.leadTimeDays} days`,
    );
    fireEvent.click(
      within(india).getByRole("button", { name: `Show: ${entry.rowsWaiting.length} rows wait on these` }),
    );
    expect(
      within(india)
        .getAllByRole("listitem")
        .filter((item) => item.getAttribute("aria-posinset")),
    ).toHaveLength(entry.rowsWaiting.length);
  });

  it("lists countries by name; choosing one filters the rows to it", () => {
    renderTriage();
    fireEvent.click(screen.getByRole("tab", { name: "Countries" }));
    const names = within(screen.getByRole("list", { name: "Countries" }))
      .getAllByRole("button")
      .map((button) => button.getAttribute("aria-label")!.split(":")[0]!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    expect(names).toContain("Japan");
    fireEvent.click(screen.getByRole("button", { name: /^Japan: / }));
    expect(screen.getByRole("tab", { name: "Rows" }).getAttribute("aria-selected")).toBe("true");
    expect(listedRows()).toEqual(rowsWhere((row) => row.shipment?.destination === "JP"));
  });

  it("opens a row's details: issues by severity, permits with authority and apply-by date, parties, charges with basis, sources as links", () => {
    renderTriage();
    const row = check.rows.find((candidate) => candidate.shipmentId === "S-1")!;
    fireEvent.click(screen.getByRole("button", { name: /^Row 2 · S-1/ }));
    const detail = screen.getByRole("article", { name: "Details of row 2" });
    const licence = row.assessment!.permits.find((permit) => permit.country === "IN")!;
    const permits = within(detail).getByRole("region", { name: "Permits" });
    expect(permits.textContent).toContain(licence.authority);
    expect(permits.textContent).toContain(`apply by ${row.applyBy}`);
    expect(within(detail).getByRole("region", { name: "Importer of record" }).textContent).toContain(
      row.assessment!.importerOfRecord.party ?? "to be appointed",
    );
    expect(within(detail).getByRole("region", { name: "Charges" }).textContent).toContain(
      `Basis: ${row.assessment!.charges.basis}`,
    );
    const link = within(detail).getByRole("link", { name: licence.source.title });
    expect(link.getAttribute("href")).toBe(licence.source.url);
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener");
    const severities = within(within(detail).getByRole("region", { name: "Issues" }))
      .getAllByRole("listitem")
      .map((item) => item.textContent!.split(/(?=setup|this shipment|info)/)[0]);
    const rank = ["error", "blocking", "action", "info"];
    expect(severities.map((severity) => rank.indexOf(severity!))).toEqual(
      [...severities.map((severity) => rank.indexOf(severity!))].sort(),
    );
    fireEvent.click(
      within(detail).getByRole("button", { name: `Go to Status cell ${columnLetters(check.outputColumn)}2` }),
    );
    expect(onGoTo).toHaveBeenCalledWith(`${columnLetters(check.outputColumn)}2`);
  });

  it("opens sources with Office's browser window where Office offers it", () => {
    const openBrowserWindow = jest.fn();
    (globalThis as { Office?: unknown }).Office = { context: { ui: { openBrowserWindow } } };
    try {
      renderTriage();
      fireEvent.click(screen.getByRole("button", { name: /^Row 2 · S-1/ }));
      const link = within(screen.getByRole("region", { name: "Sources" })).getAllByRole("link")[0]!;
      fireEvent.click(link);
      expect(openBrowserWindow).toHaveBeenCalledWith(link.getAttribute("href"));
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });

  it("goes to the bad cell of an unreadable row", () => {
    renderTriage();
    fireEvent.click(screen.getByRole("button", { name: /^Row 7 · S-6/ }));
    fireEvent.click(screen.getByRole("button", { name: "Go to cell C7" }));
    expect(onGoTo).toHaveBeenCalledWith("C7");
  });
});
