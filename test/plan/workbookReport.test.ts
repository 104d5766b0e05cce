import fc from "fast-check";
import { checkPlan } from "../../src/plan/checkPlan";
import { OUTPUT_COLUMNS } from "../../src/plan/outputColumns";
import { PLAN_FIELDS } from "../../src/plan/planFields";
import { rowRanges, slackDays, summaryReport } from "../../src/plan/summaryReport";
import { sourcesReport } from "../../src/plan/sourcesReport";
import { howToReadReport } from "../../src/plan/howToReadReport";
import {
  MAX_ROW_LINES,
  LINE_HEIGHT_POINTS,
  planBlockReport,
  sheetLayout,
  styleKey,
  wrappedLines,
  WRAP_STYLE,
} from "../../src/plan/workbookReport";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { contextWith } from "../support/fixtureRules";
import { templatePlan, templateRow, US_TO_DE_AND_IN } from "../support/templatePlan";

const rules = embeddedRuleSet();
const context = contextWith([], { asOf: "2026-11-26" }, rules);
const plan = templatePlan(
  ...US_TO_DE_AND_IN,
  templateRow({
    shipmentId: "S-3",
    origin: "US",
    destination: "JP",
    material: "IMP",
    value: 800,
    currency: "USD",
    shipDate: "2027-03-01",
  }),
);
const check = checkPlan(plan, context);

describe("the output block as described for every host", () => {
  const block = planBlockReport(check);

  it("freezes the header and the shipment ID column, and filters from the plan's first column to the block's last, down to the last row", () => {
    expect(block.frozen).toEqual({ rows: 1, columns: PLAN_FIELDS.indexOf("shipmentId") + 1 });
    expect(block.autoFilter).toEqual({
      firstRow: 0,
      lastRow: 3,
      firstColumn: 0,
      lastColumn: check.outputColumn + OUTPUT_COLUMNS.length - 1,
    });
    expect(block.print).toMatchObject({
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { first: 0, last: 0 },
    });
  });

  it("wraps the text columns, formats money in its currency and lists every style it uses", () => {
    const keys = new Set(block.styles.map(styleKey));
    for (let r = 0; r < check.outputBlock.length; r++) {
      check.outputBlock[r]!.forEach((value, c) => {
        const style = block.style(r, c, value);
        if (style) expect(keys.has(styleKey(style))).toBe(true);
      });
    }
    expect(block.style(1, OUTPUT_COLUMNS.indexOf("Issues"), "a")).toMatchObject({ wrap: true });
    expect(block.style(1, OUTPUT_COLUMNS.indexOf("Est. duty"), 12.5)).toMatchObject({ numberFormat: "#,##0.00" });
  });

  it("makes a row as tall as its longest wrapped cell, never taller than six lines", () => {
    for (let r = 1; r < check.outputBlock.length; r++) {
      const height = block.rowHeight(r);
      if (height !== null) expect(height).toBeLessThanOrEqual(MAX_ROW_LINES * LINE_HEIGHT_POINTS);
    }
    expect(Math.max(...[1, 2, 3].map((r) => block.rowHeight(r) ?? 0))).toBeGreaterThan(LINE_HEIGHT_POINTS);
  });
});

describe("wrapped lines", () => {
  it("counts at least one line a paragraph, more when a line is longer than the column", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 300 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 120 }),
        (paragraphs, width) => {
          const lines = wrappedLines(paragraphs.join("\n"), width);
          expect(lines).toBeGreaterThanOrEqual(paragraphs.length);
          expect(lines).toBeGreaterThanOrEqual(
            Math.ceil(Math.max(...paragraphs.map((p) => p.length)) / Math.floor(width * 1.1)),
          );
        },
      ),
    );
  });

  it("widens a column of wrapped text on Clearway's sheets and grows its rows", () => {
    const layout = sheetLayout([[{ value: "short" }, { value: "x".repeat(200), style: WRAP_STYLE }]], [10, 10]);
    expect(layout.widths[1]).toBeGreaterThan(10);
    expect(layout.rowHeights[0]).toBeGreaterThan(LINE_HEIGHT_POINTS);
  });
});

describe("the summary as numbers", () => {
  const summary = summaryReport(check, "title", "2026-11-26");
  const values = summary.rows.map((cells) => cells.map((cell) => cell.value));

  it("writes counts as numbers that add up to the total", () => {
    const start = values.findIndex((r) => r[0] === "Status");
    const end = values.findIndex((r) => r[0] === "total");
    const counts = values.slice(start + 1, end).map((r) => r[1]);
    expect(counts.every((n) => typeof n === "number")).toBe(true);
    expect((counts as number[]).reduce((a, b) => a + b, 0)).toBe(values[end]![1]);
  });

  it("totals the charges per currency as numbers in the currency's format", () => {
    const start = values.findIndex((r) => r[0] === "Currency");
    const currencyRows = summary.rows
      .slice(start + 1)
      .filter((cells) => cells[0]?.value === "EUR" || cells[0]?.value === "USD");
    expect(currencyRows.map((cells) => cells[0]!.value).sort()).toEqual(["EUR", "USD"]);
    for (const cells of currencyRows) {
      expect(typeof cells[1]!.value).toBe("number");
      expect(cells[1]!.style?.numberFormat).toBe("#,##0.00");
      const perCurrency = check.rows
        .filter((r) => r.assessment?.charges.currency === cells[0]!.value)
        .reduce((sum, r) => sum + (r.assessment!.charges.total ?? 0), 0);
      expect(cells[1]!.value as number).toBeCloseTo(perCurrency, 2);
    }
  });

  it("prints on one page wide and at most two tall", () => {
    expect(summary.print).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 2 });
  });
});

describe("the sources and the guide", () => {
  it("gives one row per rule, its first source as a link, and the sheet rows that used it", () => {
    const sources = sourcesReport(rules, check);
    expect(sources.rows.length - 1).toBe(check.ruleIds.filter((id) => rules.facts.has(id)).length);
    const first = sources.rows[1]!;
    expect(first[3]!.link).toMatch(/^https:\/\//);
    // Rows using it: every rule's count is the number of the plan's rows whose assessment cites it.
    for (const cells of sources.rows.slice(1)) {
      const id = cells[0]!.value;
      expect(cells[7]!.value).toBe(check.rows.filter((r) => r.assessment?.ruleRefs.includes(String(id))).length);
    }
    expect(sources.autoFilter).toEqual({
      firstRow: 0,
      lastRow: sources.rows.length - 1,
      firstColumn: 0,
      lastColumn: 8,
    });
  });

  it("explains every output column and status, with the rules version and the as-of date", () => {
    const text = howToReadReport(rules, "2026-11-26")
      .rows.flat()
      .map((cell) => String(cell.value))
      .join("\n");
    for (const column of OUTPUT_COLUMNS) expect(text).toContain(`Clearway: ${column}`);
    for (const status of ["ok", "action", "blocked", "error"]) expect(text).toContain(status);
    expect(text).toContain(rules.version);
    expect(text).toContain("2026-11-26");
  });
});

describe("slack and row ranges", () => {
  it("counts slack in days from the as-of date, negative once the date has passed", () => {
    expect(slackDays("2026-12-06", "2026-11-26")).toBe(10);
    expect(slackDays("2026-11-20", "2026-11-26")).toBe(-6);
  });

  it("writes sheet rows as short ranges", () => {
    expect(rowRanges([9, 5, 7, 8, 12])).toBe("5, 7-9, 12");
    expect(rowRanges([])).toBe("");
  });
});
