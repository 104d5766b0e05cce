/**
 * The one gate for Office.js members above the manifest's minimum requirement set (ExcelApi 1.7):
 * every such member is used inside `whenSupported`, so a test can check that none is used unguarded.
 */

/** Whether this Excel supports an ExcelApi requirement set; outside Office (tests, tools), everything is. */
export function apiSupported(version: string): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return requirements ? requirements.isSetSupported("ExcelApi", version) : true;
}

/** Runs `work` only where this Excel supports ExcelApi `version`; says whether it ran. */
export function whenSupported(version: string, work: () => void): boolean {
  if (!apiSupported(version)) return false;
  work();
  return true;
}
