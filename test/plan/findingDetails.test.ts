import type { Issue } from "../../src/domain/assessment";
import { checkPlan } from "../../src/plan/checkPlan";
import { detailsReport, DETAILS_REPORT_HEADER } from "../../src/plan/detailsReport";
import { FindingDetails, LONG_FINDING_CHARS } from "../../src/plan/findingDetails";
import { OUTPUT_COLUMNS } from "../../src/plan/outputColumns";
import { MAX_ROW_RANGES_CHARS, rowRanges } from "../../src/plan/summaryReport";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { contextWith } from "../support/fixtureRules";
import { templatePlan, templateRow } from "../support/templatePlan";

const finding = (message: string, severity: Issue["severity"] = "info"): Issue => ({
  code: "dangerous-goods",
  severity,
  kind: "info",
  message,
});

const PACKING =
  "UN1845 Dry ice (Carbon dioxide, solid), Class 9 – IATA Packing Instruction 954 / 49 CFR 173.217: Use packaging that lets carbon dioxide gas escape, so pressure cannot build up and rupture it; Mark the outer package with the net mass of dry ice.";

describe("long findings in the Issues cells", () => {
  it("keeps a finding of up to LONG_FINDING_CHARS characters whole in the cell", () => {
    const details = new FindingDetails();
    const message = "x".repeat(LONG_FINDING_CHARS);
    expect(details.line(finding(message), 5)).toBe(`info: ${message}`);
    expect(details.list()).toEqual([]);
  });

  it("shows a longer one as its key line and a reference, and keeps it whole once with its rows", () => {
    const details = new FindingDetails();
    expect(details.line(finding(PACKING), 5)).toBe(
      "info: UN1845 Dry ice (Carbon dioxide, solid), Class 9 – IATA Packing Instruction 954 / 49 CFR 173.217 … (see D1)",
    );
    details.line(finding(PACKING), 9);
    details.line(finding(PACKING), 9); // a shipment written over one row raising it twice
    details.line(finding(`${PACKING} Another.`, "action"), 9);
    expect(details.list()).toEqual([
      { ref: "D1", severity: "info", message: PACKING, rows: [5, 9] },
      { ref: "D2", severity: "action", message: `${PACKING} Another.`, rows: [9] },
    ]);
  });
});

describe("the details sheet", () => {
  const rules = embeddedRuleSet();
  const context = contextWith([], { asOf: "2026-11-26" }, rules);
  const sample = {
    origin: "DE",
    destination: "US",
    material: "samples",
    temperature: "-80 C",
    value: 50,
    currency: "EUR",
    shipDate: "2027-01-15",
  };
  const check = checkPlan(
    templatePlan(
      templateRow({ shipmentId: "S-1", ...sample }),
      templateRow({ shipmentId: "S-2", origin: "US", destination: "DE", material: "IMP", value: 100, currency: "EUR" }),
      templateRow({ shipmentId: "S-3", ...sample }),
    ),
    context,
  );
  const issuesAt = OUTPUT_COLUMNS.indexOf("Issues");

  it("holds in full every finding an Issues cell refers to, with the sheet rows that carry it", () => {
    expect(check.details.length).toBeGreaterThan(0);
    for (const detail of check.details) {
      const carrying = check.outputBlock
        .map((cells, offset) => ({ sheetRow: offset + 1, text: String(cells[issuesAt] ?? "") }))
        .filter(({ text }) => text.includes(`(see ${detail.ref})`))
        .map(({ sheetRow }) => sheetRow);
      expect(carrying).toEqual(detail.rows);
      expect(detail.message.length).toBeGreaterThan(LONG_FINDING_CHARS);
    }
    // The two sample rows raise the same packing question: one detail, two rows.
    expect(check.details.some((detail) => detail.rows.join() === "2,4")).toBe(true);
  });

  it("writes each detail as a row under its header, filterable, the whole message in its cell", () => {
    const sheet = detailsReport(check);
    const headerRow = sheet.rows.findIndex((cells) => cells[0]?.value === DETAILS_REPORT_HEADER[0]);
    expect(sheet.rows[headerRow]!.map((cell) => cell.value)).toEqual([...DETAILS_REPORT_HEADER]);
    const body = sheet.rows.slice(headerRow + 1);
    expect(body.map((cells) => cells[0]!.value)).toEqual(check.details.map((detail) => detail.ref));
    expect(body.map((cells) => cells[2]!.value)).toEqual(check.details.map((detail) => detail.message));
    expect(sheet.autoFilter).toEqual({
      firstRow: headerRow,
      lastRow: sheet.rows.length - 1,
      firstColumn: 0,
      lastColumn: DETAILS_REPORT_HEADER.length - 1,
    });
    // A long finding's row is tall enough for all of it, beyond the plan's six lines.
    const longest = body.reduce((a, b) => (String(a[2]!.value).length > String(b[2]!.value).length ? a : b));
    const height = sheet.rowHeights[sheet.rows.indexOf(longest)] ?? 15;
    expect(height).toBeGreaterThanOrEqual(Math.ceil(String(longest[2]!.value).length / 110) * 15);
  });

  it("says so when no finding is long", () => {
    const sheet = detailsReport({ details: [] });
    expect(sheet.rows.at(-1)!.map((cell) => cell.value)).toEqual([null, null, "No long findings."]);
  });
});

describe("row ranges in a cell", () => {
  it("stops at MAX_ROW_RANGES_CHARS and counts the rows left out", () => {
    const everyOther = Array.from({ length: 50_000 }, (_, i) => 2 * i + 5);
    const text = rowRanges(everyOther);
    expect(text.length).toBeLessThanOrEqual(MAX_ROW_RANGES_CHARS + 30);
    const shown = text.split(", ").filter((part) => /^\d+$/.test(part)).length;
    expect(text.endsWith(`and ${(50_000 - shown).toLocaleString("en-US")} more rows`)).toBe(true);
    expect(rowRanges([5, 6, 7, 9])).toBe("5-7, 9");
  });
});
