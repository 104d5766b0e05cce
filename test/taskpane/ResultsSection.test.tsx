/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { SettingsSchema } from "../../src/domain/settings";
import { checkPlan } from "../../src/plan/checkPlan";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { ResultsSection } from "../../src/taskpane/components/ResultsSection";

const context = { rules: embeddedRuleSet(), parties: [], settings: SettingsSchema.parse({ asOf: "2026-11-26" }) };

function renderResults(grid: Array<Array<string | number>>) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ResultsSection check={checkPlan(grid, context)} rules={context.rules} asOf="2026-11-26" onGoTo={() => undefined} />
    </FluentProvider>,
  );
}

describe("task pane results: skipped checks", () => {
  it("lists each check an absent column leaves out, with the column", () => {
    renderResults([["From", "To", "Material", "Value", "Currency", "Need-by date"], ["US", "DE", "IMP", 1000, "EUR", "2027-07-01"]]);
    const region = screen.getByRole("region", { name: "Skipped checks" });
    const items = within(region).getAllByRole("listitem").map((item) => item.textContent);
    expect(items).toContain("lead time against the ship date (no Ship date column; held licences are checked as of the date of the check)");
    expect(items).toContain("duty by HS code (no HS code column; the usual heading for each material is assumed)");
    expect(items.some((text) => text?.startsWith("lead time against the need-by date"))).toBe(false);
  });

  it("shows no skipped checks when every column is there", () => {
    renderResults([
      ["From", "To", "Material", "Value", "Currency", "No commercial value", "Ship date", "Need-by date", "HS code", "Temperature", "Dangerous goods", "Returnable", "Controlled substance", "Sponsor", "Importer of record", "Exporter of record", "Freight", "Insurance"],
      ["US", "DE", "IMP", 1000, "EUR", "no", "2027-06-01", "2027-07-01", "3004", "2-8 C", "", "no", "no", "Acme", "", "", 50, 5],
    ]);
    expect(screen.queryByRole("region", { name: "Skipped checks" })).toBeNull();
  });
});
