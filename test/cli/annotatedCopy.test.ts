import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { EARLIER_OUTPUT_HEADERS, OUTPUT_COLUMNS, OUTPUT_HEADERS } from "../../src/plan/outputColumns";
import { readSheet, runCli, sheetNames, tempDir, writeWorkbook, type Row } from "../support/planFiles";

const HEADER = [
  "Shipment ID",
  "From",
  "To",
  "Material",
  "Description",
  "Value",
  "Currency",
  "Ship date",
  "Temperature",
];
const ROWS: Row[] = [
  ["S-1", "US", "DE", "IMP", '=HYPERLINK("http://x")', 1000, "EUR", "2027-06-01", "2-8 C"],
  ["S-2", "CN", "US", "samples", "+plasma", 50, "USD", "2027-06-01", "-80 C"],
  ["S-3", "US", "Germny", "IMP", "@kits", 10, "USD", "2027-06-01", "ambient"],
  ["S-4", "NL", "BE", "comparator", "-note", 500, "EUR", "2027-06-01", "2-8 C"],
];

describe("the annotated copy", () => {
  const dir = tempDir();
  const input = path.join(dir, "plan.xlsx");
  const out1 = path.join(dir, "checked.xlsx");
  const out2 = path.join(dir, "checked-again.xlsx");

  beforeAll(async () => {
    await writeWorkbook(input, [{ name: "Plan", rows: [["CLW-301 plan"], [], HEADER, ...ROWS] }]);
    expect((await runCli("check", input, "-o", out1, "--as-of", "2026-11-26")).code).toBe(0);
    expect((await runCli("check", out1, "-o", out2, "--as-of", "2026-11-26")).code).toBe(0);
  }, 30000);

  it("keeps every input cell as it was, formula-looking text included", async () => {
    const before = await readSheet(input);
    const after = await readSheet(out1);
    for (let r = 0; r < before.length; r++)
      expect((after[r] ?? []).slice(0, HEADER.length)).toEqual((before[r] ?? []).slice(0, HEADER.length));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out1);
    const cell = workbook.getWorksheet("Plan")!.getCell("E4");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://x")');
  });

  it("writes the output block right of the plan, with its header on the plan's header row", async () => {
    const after = await readSheet(out1);
    expect(after[2]!.slice(HEADER.length, HEADER.length + OUTPUT_COLUMNS.length)).toEqual([...OUTPUT_HEADERS]);
    expect(after.slice(3, 7).map((row) => row[HEADER.length])).toEqual(["action", "action", "error", "ok"]);
  });

  it("gives the same workbook when a checked plan is checked again (the block is replaced, not added)", async () => {
    const first = await readSheet(out1);
    const second = await readSheet(out2);
    expect(second).toEqual(first);
    expect(await sheetNames(out2)).toEqual([
      "Plan",
      "Clearway Summary",
      "Clearway Details",
      "Clearway Sources",
      "Clearway How to read",
    ]);
  });

  it("colours status cells, without a note on them (the rule references have their own column)", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out1);
    const sheet = workbook.getWorksheet("Plan")!;
    const status = sheet.getRow(4).getCell(HEADER.length + 1);
    expect((status.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFEB9C");
    expect(status.note).toBeUndefined();
    expect((sheet.getRow(6).getCell(HEADER.length + 1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFD9D9D9");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  });

  it("lists every rule used once, its source a link that opens the https address, with its review date and the rows that used it", async () => {
    const sources = await readSheet(out1, "Clearway Sources");
    expect(sources[0]).toEqual([
      "Rule reference",
      "Applies to",
      "Fact",
      "Source",
      "Last reviewed",
      "Further sources",
      "Override",
      "Rows using it",
      "Sheet rows",
    ]);
    // A HYPERLINK formula where Excel takes the address (up to 255 characters), else the address written out.
    const links = sources.slice(1).map((row) => row[3] as { formula: string; result: string } | string);
    expect(links.filter((link) => typeof link === "object").length).toBeGreaterThan(5);
    for (const link of links) {
      if (typeof link === "object") expect(link.formula).toMatch(/^HYPERLINK\("https:\/\/[^"]+","[^"]+"\)$/);
      else expect(link).toMatch(/\nhttps:\/\/\S+$/);
    }
    for (const row of sources.slice(1)) expect(row[4]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const ids = sources.slice(1).map((row) => row[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(sources.slice(1).every((row) => typeof row[7] === "number" && row[7] > 0)).toBe(true);
  });

  it("refuses to overwrite the input without --in-place, and writes it with --in-place", async () => {
    const copy = path.join(dir, "copy.xlsx");
    copyFileSync(input, copy);
    const refused = await runCli("check", copy, "-o", copy);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--in-place");
    expect((await runCli("check", copy, "--in-place", "--as-of", "2026-11-26")).code).toBe(0);
    expect((await readSheet(copy))[2]).toContain("Clearway: Status");
  });
});

describe("CSV and XLSX give the same results", () => {
  it("for the same plan", async () => {
    const dir = tempDir();
    const xlsx = await writeWorkbook(path.join(dir, "plan.xlsx"), [{ name: "Plan", rows: [HEADER, ...ROWS] }]);
    const csv = path.join(dir, "plan.csv");
    const { stringify } = await import("csv-stringify/sync");
    writeFileSync(
      csv,
      stringify([
        HEADER,
        ...ROWS.map((row) =>
          row.map((cell) => (typeof cell === "string" && /^[=+\-@]/.test(cell) ? `'${cell}` : cell)),
        ),
      ]),
    );
    const fromXlsx = JSON.parse((await runCli("check", xlsx, "--json", "--as-of", "2026-11-26")).stdout);
    const fromCsv = JSON.parse((await runCli("check", csv, "--json", "--as-of", "2026-11-26")).stdout);
    expect(fromCsv.rows).toEqual(fromXlsx.rows);
    expect(fromCsv.summary).toEqual(fromXlsx.summary);

    const outCsv = path.join(dir, "checked.csv");
    expect((await runCli("check", csv, "-o", outCsv, "--as-of", "2026-11-26")).code).toBe(0);
    const text = readFileSync(outCsv, "utf8");
    // UTF-8 with a BOM and CRLF line ends, as Excel writes CSV.
    expect(text.split("\r\n")[0]).toBe(`\uFEFF${[...HEADER, ...OUTPUT_HEADERS].join(",")}`);
    // Formula-looking text keeps the apostrophe that makes a spreadsheet read it as text.
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
  }, 30000);
});

describe("--json", () => {
  it("prints one JSON document in the documented shape, and nothing else on stdout", async () => {
    const dir = tempDir();
    const xlsx = await writeWorkbook(path.join(dir, "plan.xlsx"), [{ name: "Plan", rows: [HEADER, ...ROWS] }]);
    const { stdout, code } = await runCli("check", xlsx, "--json", "--as-of", "2026-11-26");
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(Object.keys(doc)).toEqual(["rules", "sheet", "checkedAsOf", "rows", "summary"]);
    expect(doc.checkedAsOf).toBe("2026-11-26");
    expect(doc.rules).toEqual({ version: expect.any(String), asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const row = doc.rows[0];
    expect(Object.keys(row)).toEqual([
      "row",
      "shipmentId",
      "status",
      "permits",
      "importerOfRecord",
      "exporterOfRecord",
      "charges",
      "leadTimeDays",
      "applyBy",
      "nextStep",
      "issues",
      "ruleRefs",
      "assumed",
    ]);
    expect(row).toMatchObject({ row: 2, shipmentId: "S-1" });
    expect(Object.keys(row.charges)).toEqual(["currency", "customsValue", "duty", "importTax", "total", "basis"]);
    expect(row.permits[0]).toEqual(
      expect.objectContaining({
        country: expect.any(String),
        direction: expect.any(String),
        name: expect.any(String),
        authority: expect.any(String),
        source: expect.objectContaining({ url: expect.stringMatching(/^https:/) }),
      }),
    );
    expect(doc.rows[2]).toMatchObject({ status: "error", shipmentId: "S-3" });
    expect(doc.summary.byStatus).toEqual({ ok: 1, action: 2, blocked: 0, error: 1 });
  }, 30000);
});

describe("writing the annotated CSV", () => {
  it("keeps a column of the planner's that sits right of an earlier output block", async () => {
    const dir = tempDir();
    const csv = path.join(dir, "plan.csv");
    const { stringify } = await import("csv-stringify/sync");
    const header = ["From", "To", "Material", "Value", "Currency", ...OUTPUT_HEADERS, "My notes"];
    writeFileSync(
      csv,
      stringify([header, ["US", "DE", "IMP", 100, "EUR", ...OUTPUT_HEADERS.map(() => "old"), "keep me"]]),
    );
    const out = path.join(dir, "out.csv");
    expect((await runCli("check", csv, "-o", out, "--as-of", "2026-11-26")).code).toBe(0);
    const { parse } = await import("csv-parse/sync");
    const [head, row] = parse(readFileSync(out, "utf8")) as string[][];
    expect(head!.at(-1)).toBe("My notes");
    expect(row!.at(-1)).toBe("keep me");
    expect(row).not.toContain("old");
    expect(row![5]).toBe("action");
  });

  it("replaces an earlier version's narrower block where the columns it grows into are free, and never writes over a planner's column beside it", async () => {
    const dir = tempDir();
    const { stringify } = await import("csv-stringify/sync");
    const { parse } = await import("csv-parse/sync");
    const earlier = EARLIER_OUTPUT_HEADERS[0]!;
    const free = path.join(dir, "free.csv");
    writeFileSync(
      free,
      stringify([
        ["From", "To", "Material", "Value", "Currency", ...earlier],
        ["US", "DE", "IMP", 100, "EUR", ...earlier.map(() => "old")],
      ]),
    );
    expect((await runCli("check", free, "--in-place", "--as-of", "2026-11-26")).code).toBe(0);
    const [freeHead, freeRow] = parse(readFileSync(free, "utf8"), { bom: true }) as string[][];
    expect(freeHead).toEqual(["From", "To", "Material", "Value", "Currency", ...OUTPUT_HEADERS]);
    expect(freeRow).not.toContain("old");

    const busy = path.join(dir, "busy.csv");
    writeFileSync(
      busy,
      stringify([
        ["From", "To", "Material", "Value", "Currency", ...earlier, "My notes"],
        ["US", "DE", "IMP", 100, "EUR", ...earlier.map(() => "old"), "keep me"],
      ]),
    );
    expect((await runCli("check", busy, "--in-place", "--as-of", "2026-11-26")).code).toBe(0);
    const [busyHead, busyRow] = parse(readFileSync(busy, "utf8"), { bom: true }) as string[][];
    expect(busyHead!.slice(5 + earlier.length, 6 + earlier.length)).toEqual(["My notes"]);
    expect(busyRow![5 + earlier.length]).toBe("keep me");
    expect(busyHead!.slice(6 + earlier.length)).toEqual([...OUTPUT_HEADERS]);
  });

  it("treats ./plan.csv as the input file when asked to write over it", async () => {
    const dir = tempDir();
    const csv = path.join(dir, "plan.csv");
    writeFileSync(csv, "From,To,Material,Value,Currency\nUS,DE,IMP,100,EUR\n");
    const refused = await runCli("check", csv, "-o", path.join(dir, ".", "plan.csv"));
    expect(refused.code).toBe(2);
    expect(readFileSync(csv, "utf8")).toBe("From,To,Material,Value,Currency\nUS,DE,IMP,100,EUR\n");
  });
});
