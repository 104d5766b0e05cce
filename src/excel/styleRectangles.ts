import { styleKey, type ReportStyle } from "../plan/workbookReport";

/** Cells sharing one look: 0-based, inclusive. */
export interface StyledRectangle {
  top: number;
  left: number;
  bottom: number;
  right: number;
  style: ReportStyle;
}

/** A style without its number format: number formats are written as arrays, the rest per range. */
export function withoutNumberFormat(style: ReportStyle): ReportStyle {
  const { numberFormat: _numberFormat, ...rest } = style;
  return rest;
}

/**
 * The cells of a grid grouped by look into rectangles, so a host sets each look once per range,
 * never once per cell: runs of equal style down each column, then the same run in neighbouring
 * columns merged. A column styled the same all the way down is one rectangle, however many rows.
 * Cells with no style are left out.
 */
export function styleRectangles(
  rowCount: number,
  columnCount: number,
  styleAt: (row: number, column: number) => ReportStyle | undefined,
): StyledRectangle[] {
  const done: StyledRectangle[] = [];
  let open = new Map<string, StyledRectangle>();
  for (let c = 0; c < columnCount; c++) {
    const next = new Map<string, StyledRectangle>();
    let r = 0;
    while (r < rowCount) {
      const style = styleAt(r, c);
      const key = style ? styleKey(style) : null;
      let bottom = r;
      while (bottom + 1 < rowCount) {
        const below = styleAt(bottom + 1, c);
        if ((below ? styleKey(below) : null) !== key) break;
        bottom++;
      }
      if (style && key !== null) {
        const runKey = `${r}:${bottom}:${key}`;
        const left = open.get(runKey);
        if (left) {
          left.right = c;
          next.set(runKey, left);
        } else next.set(runKey, { top: r, left: c, bottom, right: c, style });
      }
      r = bottom + 1;
    }
    for (const [runKey, rectangle] of open) if (next.get(runKey) !== rectangle) done.push(rectangle);
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * Number formats of rows [top, bottom] as 2-D arrays, one per span of neighbouring columns that
 * have any format in those rows ("General" for the cells between); columns without any are skipped.
 */
export function numberFormatSpans(
  top: number,
  bottom: number,
  columnCount: number,
  formatAt: (row: number, column: number) => string | undefined,
): Array<{ left: number; right: number; formats: string[][] }> {
  const formatted: boolean[] = [];
  for (let c = 0; c < columnCount; c++) {
    let any = false;
    for (let r = top; r <= bottom && !any; r++) any = formatAt(r, c) !== undefined;
    formatted.push(any);
  }
  const spans: Array<{ left: number; right: number; formats: string[][] }> = [];
  for (let c = 0; c < columnCount; c++) {
    if (!formatted[c]) continue;
    let right = c;
    while (right + 1 < columnCount && formatted[right + 1]) right++;
    const formats: string[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row: string[] = [];
      for (let k = c; k <= right; k++) row.push(formatAt(r, k) ?? "General");
      formats.push(row);
    }
    spans.push({ left: c, right, formats });
    c = right;
  }
  return spans;
}
