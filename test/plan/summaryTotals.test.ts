import { SettingsSchema } from "../../src/domain/settings";
import type { CellValue } from "../../src/plan/cellValue";
import { checkPlan } from "../../src/plan/checkPlan";
import { grandTotal } from "../../src/plan/planSummary";
import { STATUS_BY_DESTINATION_TITLE, summaryReport } from "../../src/plan/summaryReport";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { contextWith } from "../support/fixtureRules";
import { templatePlan, templateRow, US_TO_DE_AND_IN } from "../support/templatePlan";

const rules = embeddedRuleSet();
const plan = templatePlan(
  ...US_TO_DE_AND_IN,
  templateRow({
    shipmentId: "S-3",
    origin: "US",
    destination: "JP",
    material: "IMP",
    value: 80000,
    currency: "JPY",
    shipDate: "2027-03-01",
  }),
  templateRow({
    shipmentId: "S-4",
    origin: "US",
    destination: "DE",
    material: "IMP",
    value: 2000,
    currency: "EUR",
    shipDate: "2027-01-20",
  }),
);
const values = (cells: ReadonlyArray<ReadonlyArray<{ value: CellValue }>>) =>
  cells.map((r) => r.map((cell) => cell.value));

describe("the grand total in a reporting currency", () => {
  const reportingCurrency = {
    currency: "EUR",
    rates: { USD: 0.92, JPY: 0.0061 },
    date: "2026-11-20",
    source: "the finance department's November rates",
  };
  const check = checkPlan(plan, contextWith([], { asOf: "2026-11-26", reportingCurrency }, rules));

  it("converts each currency's total at the user's rate and adds the converted amounts up, to the reporting currency's cent", () => {
    const total = check.summary.grandTotal!;
    const charged = Object.keys(Object.assign({}, ...check.summary.destinations.map((d) => d.charges))).sort();
    expect(total.parts.map((part) => part.currency)).toEqual(charged);
    for (const part of total.parts) {
      expect(part.rate).toBe(part.currency === "EUR" ? 1 : reportingCurrency.rates[part.currency as "USD" | "JPY"]);
      expect(part.converted).toBeCloseTo(part.amount * part.rate, 2);
      expect(Math.round(part.converted * 100) / 100).toBe(part.converted);
    }
    expect(total.total).toBeCloseTo(
      total.parts.reduce((sum, part) => sum + part.converted, 0),
      6,
    );
    expect(total.missingRates).toEqual([]);
  });

  it("writes the converted amounts beside the currency totals, the grand total, and the rates' date and source on the summary", () => {
    const summary = summaryReport(check, "title", "2026-11-26");
    const cells = values(summary.rows);
    const header = cells.findIndex((r) => r[0] === "Currency");
    expect(cells[header]).toEqual(["Currency", "Est. total charges", "Shipments charged", "Rate to EUR", "In EUR"]);
    const grand = summary.rows.find((r) => r[0]?.value === "Grand total (EUR)")!;
    expect(grand[4]!.value).toBe(check.summary.grandTotal!.total);
    expect(grand[4]!.style?.numberFormat).toBe("#,##0.00");
    const text = cells.flat().filter((value): value is string => typeof value === "string");
    expect(
      text.some(
        (line) =>
          line.includes("2026-11-20") &&
          line.includes("the finance department's November rates") &&
          line.includes("not looked up"),
      ),
    ).toBe(true);
  });

  it("leaves a currency without a rate out of the total, and says so", () => {
    const partial = checkPlan(
      plan,
      contextWith([], { asOf: "2026-11-26", reportingCurrency: { ...reportingCurrency, rates: { USD: 0.92 } } }, rules),
    );
    const total = partial.summary.grandTotal!;
    const charged = new Set(partial.summary.destinations.flatMap((d) => Object.keys(d.charges)));
    if (!charged.has("JPY")) throw new Error("the plan should have charges in JPY");
    expect(total.missingRates).toEqual(["JPY"]);
    expect(total.parts.map((part) => part.currency)).not.toContain("JPY");
    const text = values(summaryReport(partial, "title", "2026-11-26").rows).flat();
    expect(text).toContain("No rate given for JPY: its estimates are not in the grand total.");
  });

  it("adds no grand total when the settings name no reporting currency", () => {
    const plain = checkPlan(plan, contextWith([], { asOf: "2026-11-26" }, rules));
    expect(plain.summary.grandTotal).toBeUndefined();
    expect(
      values(summaryReport(plain, "title", "2026-11-26").rows)
        .flat()
        .some((value) => typeof value === "string" && value.startsWith("Grand total")),
    ).toBe(false);
  });

  it("sums exactly: amounts that float arithmetic rounds wrong come out to the cent", () => {
    expect(
      grandTotal([{ charges: { USD: 0.1 } }, { charges: { USD: 0.2 } }], {
        currency: "EUR",
        rates: { USD: 1 },
        date: "d",
        source: "s",
      }).total,
    ).toBe(0.3);
  });

  it("refuses rates that are not positive numbers or a currency that is not a three-letter code, naming the field", () => {
    const parsed = SettingsSchema.safeParse({
      asOf: "2026-11-26",
      reportingCurrency: { currency: "euro", rates: { USD: 0 }, date: "x", source: "y" },
    });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["reportingCurrency.currency", "reportingCurrency.rates.USD"]));
  });
});

describe("the rows by status and destination, for a chart", () => {
  const check = checkPlan(plan, contextWith([], { asOf: "2026-11-26" }, rules));
  const summary = summaryReport(check, "title", "2026-11-26");

  it("counts each destination's rows by status as numbers that add up to its rows", () => {
    const cells = values(summary.rows);
    const header = cells.findIndex((r) => r[0] === "Destination" && r[1] === "ok");
    expect(cells[header - 1]).toEqual([STATUS_BY_DESTINATION_TITLE]);
    const body = cells.slice(header + 1).filter((r) => r.length === 5 && typeof r[1] === "number");
    expect(body.map((r) => r[0]).sort()).toEqual(["Germany", "India", "Japan"]);
    const germany = body.find((r) => r[0] === "Germany")!;
    expect((germany.slice(1) as number[]).reduce((a, b) => a + b, 0)).toBe(2);
  });

  it("describes a stacked column chart over that table, placed right of every table on the sheet", () => {
    const chart = summary.chart!;
    expect(chart.kind).toBe("stackedColumn");
    const header = summary.rows[chart.data.firstRow]!.map((cell) => cell.value);
    expect(header).toEqual(["Destination", "ok", "action", "blocked", "error"]);
    expect(chart.data.lastRow - chart.data.firstRow).toBe(3);
    expect(chart.anchor.firstColumn).toBeGreaterThan(Math.max(...summary.rows.map((r) => r.length)) - 1);
  });
});
