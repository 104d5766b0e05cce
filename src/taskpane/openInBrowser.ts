/**
 * Opens a link in the user's browser: inside Office through Office.context.ui.openBrowserWindow
 * (a plain link may open inside the pane or not at all there). Returns false where that is not
 * available, so the caller lets the link's own target="_blank" do it.
 */
export function openInBrowser(url: string): boolean {
  const office = (globalThis as { Office?: { context?: { ui?: { openBrowserWindow?: (url: string) => void } } } })
    .Office;
  const open = office?.context?.ui?.openBrowserWindow;
  if (typeof open !== "function") return false;
  try {
    open.call(office!.context!.ui, url);
    return true;
  } catch {
    return false;
  }
}
