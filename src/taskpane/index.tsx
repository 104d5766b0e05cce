import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App, type PlanDetection } from "./components/App";
import { themeForOffice } from "./theme";

async function detectPlan(): Promise<PlanDetection> {
  return { found: false, message: "Open a sheet with a shipment plan (origin, destination, material, value)." };
}

const container = document.getElementById("container");
Office.onReady(() => {
  if (!container) return;
  const theme = themeForOffice(Office.context?.officeTheme?.bodyBackgroundColor);
  createRoot(container).render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <App detectPlan={detectPlan} />
    </FluentProvider>,
  );
});
