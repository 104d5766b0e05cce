/** Ribbon commands that run without the task pane. */
Office.onReady(() => {
  // Commands are registered here as the ribbon gains buttons that act directly on the workbook.
});
