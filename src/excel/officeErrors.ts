/**
 * Office.js errors (OfficeExtension.Error) carry a code that is not localised and a message that is
 * not meant for end users. This turns them into sentences a planner can act on, keeping the code and
 * the original error (as `cause`) for support.
 */

/** An Excel operation failed; `message` says what to do, `code` is Excel's error code. */
export class ExcelOperationError extends Error {
  override name = "ExcelOperationError";
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const CELL_EDIT = "Excel is busy (a cell is being edited): press Enter or Esc and try again.";

/** What to tell the planner, per OfficeExtension.Error code. */
const MESSAGES: Record<string, string> = {
  AccessDenied:
    "The sheet is protected (or the workbook is read-only), so Excel refused the change. Unprotect the sheet (Review > Unprotect Sheet) or open an editable copy, then try again.",
  InvalidOperation: `${CELL_EDIT} If no cell is being edited, the sheet may be protected: unprotect it (Review > Unprotect Sheet) and try again.`,
  InvalidOperationInCellEditMode: CELL_EDIT,
  ItemNotFound:
    "The sheet or range was not found: it may have been renamed or deleted. Choose the sheet again and retry.",
  RequestPayloadSizeLimitExceeded:
    "Too much data was sent to Excel in one step (Excel on the web accepts at most 5 MB per request). Try again; if it keeps failing, check the plan in Excel for desktop or split it into smaller sheets.",
  ResponsePayloadSizeLimitExceeded:
    "The sheet is too large to read in one step (Excel on the web returns at most 5 MB per request). Try again; if it keeps failing, check the plan in Excel for desktop or split it into smaller sheets.",
  RangeExceedsLimit:
    "The range is too large for Excel to handle in one step (more than 5 million cells). Split the plan into smaller sheets and try again.",
};

/** An OfficeExtension.Error, recognised by shape (the global is absent outside Office): a PascalCase string code such as "AccessDenied". */
function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[A-Z][a-z]+[A-Za-z]*$/.test(code) ? code : null;
}

/**
 * An Error to show the planner. Office errors become an ExcelOperationError with a plain sentence;
 * other errors (such as SheetChangedError, which already says what happened) are returned unchanged.
 */
export function describeOfficeError(error: unknown): Error {
  if (error instanceof ExcelOperationError) return error;
  const code = officeErrorCode(error);
  if (code === null) return error instanceof Error ? error : new Error(String(error));
  const known = MESSAGES[code];
  if (known) return new ExcelOperationError(`${known} (Excel error: ${code})`, code, { cause: error });
  const detail = String((error as { message?: unknown }).message ?? "").trim();
  const what = detail ? `: ${detail.replace(/\.$/, "")}` : "";
  return new ExcelOperationError(
    `Excel could not complete the operation${what}. Try again; if it keeps failing, save the workbook, reopen it and retry. (Excel error: ${code})`,
    code,
    { cause: error },
  );
}
