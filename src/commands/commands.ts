/** Ribbon commands that run without the task pane. */
import "../domain/zodWithoutEval";
import { OfficeWorkbookPort } from "../excel/officeWorkbookPort";

/** Home > Clearway > Remove results: deletes what Clearway wrote on the active sheet. */
async function removeResults(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const port = new OfficeWorkbookPort();
    const active = (await port.listSheets()).find((sheet) => sheet.active);
    if (active) await port.removeResults(active.name);
  } catch (error) {
    // Ribbon commands have no pane to show errors in; Excel shows nothing either way, so log for support.
    console.error("Clearway could not remove its results:", error);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("removeResults", removeResults);
});
