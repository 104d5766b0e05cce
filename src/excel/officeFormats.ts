import { TITLE_FONT_POINTS, type ReportStyle } from "../plan/workbookReport";

/**
 * Points for `format.columnWidth` from a width in characters (what the description and the .xlsx
 * file use). A character is the widest digit of the default font (11-point Calibri: 7 pixels),
 * plus 5 pixels of cell padding; a pixel is 0.75 point at 96 dpi. 10 characters = 56.25 points.
 */
export const PIXELS_PER_CHARACTER = 7;
const PADDING_PIXELS = 5;
const POINTS_PER_PIXEL = 0.75;

export function columnWidthPoints(characters: number): number {
  return (characters * PIXELS_PER_CHARACTER + PADDING_PIXELS) * POINTS_PER_PIXEL;
}

/** "#RRGGBB" for an ARGB colour of the description ("FFC6EFCE"). */
export const cssColour = (argb: string): string => `#${argb.slice(-6)}`;

/**
 * A style set on a range, every property of the look written (not only the ones the style turns
 * on), so a cell formatted by an earlier check takes the new look. As the .xlsx writer does,
 * wrapped text is also aligned to the top.
 */
export function applyStyle(format: Excel.RangeFormat, style: ReportStyle): void {
  format.font.bold = style.bold === true;
  if (style.title) format.font.size = TITLE_FONT_POINTS;
  format.wrapText = style.wrap === true;
  format.verticalAlignment = style.wrap || style.top ? "Top" : "Bottom";
  if (style.fill) format.fill.color = cssColour(style.fill);
}
