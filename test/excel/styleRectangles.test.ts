import fc from "fast-check";
import { numberFormatSpans, styleRectangles } from "../../src/excel/styleRectangles";
import { styleKey, type ReportStyle } from "../../src/plan/workbookReport";

const LOOKS: ReadonlyArray<ReportStyle | undefined> = [
  undefined,
  { bold: true },
  { wrap: true },
  { top: true },
  { bold: true, fill: "FFC6EFCE", top: true },
];

describe("cells grouped by look into rectangles", () => {
  it("covers every styled cell exactly once, with its own look, and no unstyled cell", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 6 }),
        fc.array(fc.integer({ min: 0, max: LOOKS.length - 1 }), { minLength: 72, maxLength: 72 }),
        (rows, columns, picks) => {
          const styleAt = (r: number, c: number) => LOOKS[picks[(r * 6 + c) % picks.length]!];
          const seen = new Map<string, string>();
          for (const rectangle of styleRectangles(rows, columns, styleAt)) {
            for (let r = rectangle.top; r <= rectangle.bottom; r++) {
              for (let c = rectangle.left; c <= rectangle.right; c++) {
                expect(seen.has(`${r}:${c}`)).toBe(false);
                seen.set(`${r}:${c}`, styleKey(rectangle.style));
              }
            }
          }
          for (let r = 0; r < rows; r++) {
            for (let c = 0; c < columns; c++) {
              const style = styleAt(r, c);
              expect(seen.get(`${r}:${c}`)).toBe(style ? styleKey(style) : undefined);
            }
          }
        },
      ),
    );
  });

  it("makes one rectangle of neighbouring columns styled alike all the way down, however many rows", () => {
    const header: ReportStyle = { bold: true, wrap: true };
    const body: ReportStyle = { top: true };
    const styleAt = (r: number) => (r === 0 ? header : body);
    for (const rows of [10, 100_000])
      expect(styleRectangles(rows, 5, styleAt)).toEqual([
        { top: 0, left: 0, bottom: 0, right: 4, style: header },
        { top: 1, left: 0, bottom: rows - 1, right: 4, style: body },
      ]);
  });

  it("writes number formats as one array per span of formatted columns, General between, nothing for unformatted columns", () => {
    const formatAt = (r: number, c: number) =>
      c === 1 || c === 2 ? (r % 2 ? "#,##0" : "#,##0.00") : c === 4 && r === 1 ? "yyyy-mm-dd" : undefined;
    expect(numberFormatSpans(0, 2, 6, formatAt)).toEqual([
      {
        left: 1,
        right: 2,
        formats: [
          ["#,##0.00", "#,##0.00"],
          ["#,##0", "#,##0"],
          ["#,##0.00", "#,##0.00"],
        ],
      },
      { left: 4, right: 4, formats: [["General"], ["yyyy-mm-dd"], ["General"]] },
    ]);
  });
});
