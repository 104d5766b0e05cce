import "../domain/zodWithoutEval";
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { localIsoDate } from "../domain/isoDate";
import { OfficeWorkbookPort } from "../excel/officeWorkbookPort";
import { embeddedRuleSet } from "../rules/embedded";
import { App } from "./components/App";
import { themeForOffice } from "./theme";

const container = document.getElementById("container");
Office.onReady(() => {
  if (!container) return;
  const theme = themeForOffice(Office.context?.officeTheme?.bodyBackgroundColor);
  const today = localIsoDate(new Date());
  createRoot(container).render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <App port={new OfficeWorkbookPort()} rules={embeddedRuleSet()} today={today} />
    </FluentProvider>,
  );
});
