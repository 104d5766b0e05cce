/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { themeForOffice } from "../../src/taskpane/theme";

function renderApp(found: boolean) {
  const detectPlan = () => Promise.resolve({ found, message: found ? "Plan found on Sheet1, header in row 3." : "No shipment plan on this sheet." });
  render(
    <FluentProvider theme={webLightTheme}>
      <App detectPlan={detectPlan} />
    </FluentProvider>,
  );
}

describe("task pane", () => {
  it("keeps Check plan disabled when no plan is detected, and says why", async () => {
    renderApp(false);
    expect(await screen.findByText("No shipment plan on this sheet.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Check plan" }).hasAttribute("disabled")).toBe(true);
  });

  it("enables Check plan once a plan is detected", async () => {
    renderApp(true);
    await screen.findByText("Plan found on Sheet1, header in row 3.");
    expect(screen.getByRole("button", { name: "Check plan" }).hasAttribute("disabled")).toBe(false);
  });

  it("shows the product name as the page heading", async () => {
    renderApp(false);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Clearway");
    await screen.findByRole("status");
  });
});

describe("Office theme", () => {
  it("uses the dark theme on a dark Office background and the light one otherwise", () => {
    expect(themeForOffice("#1f1f1f").colorNeutralBackground1).not.toBe(themeForOffice("#ffffff").colorNeutralBackground1);
    expect(themeForOffice(undefined)).toBe(themeForOffice("#FFFFFF"));
  });
});
