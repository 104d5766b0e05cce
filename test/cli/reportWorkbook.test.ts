import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { OUTPUT_COLUMNS, OUTPUT_HEADERS } from "../../src/plan/outputColumns";
import { runCli, tempDir } from "../support/planFiles";
import { zipParts } from "../support/zipParts";

/** The example plan checked by the command line, read back as a recipient's spreadsheet program would. */
const EXAMPLE = path.join(__dirname, "../../examples/shipment-plan.xlsx");
const AS_OF = "2026-11-26";

describe("the annotated example as a report", () => {
  const dir = tempDir();
  const out = path.join(dir, "checked.xlsx");
  const again = path.join(dir, "again.xlsx");
  let workbook: ExcelJS.Workbook;
  let parts: Map<string, Buffer>;
  const part = (name: string) => parts.get(name)!.toString("utf8");
  const sheetPart = (sheetName: string) => {
    const index = workbook.worksheets.findIndex((sheet) => sheet.name === sheetName);
    return part(`xl/worksheets/sheet${index + 1}.xml`);
  };

  beforeAll(async () => {
    expect((await runCli("check", EXAMPLE, "-o", out, "--as-of", AS_OF)).code).toBe(0);
    expect((await runCli("check", out, "-o", again, "--as-of", AS_OF)).code).toBe(0);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    parts = await zipParts(out);
  }, 60000);

  const plan = () => workbook.getWorksheet("Shipment plan")!;
  const headerRow = () => plan().getRow(4).values as unknown[];
  const blockStart = () => headerRow().indexOf(OUTPUT_HEADERS[0]);

  it("writes the block as Clearway's group, starting with Status and Next step, repeating none of the plan's headers", () => {
    const headers = headerRow()
      .slice(1)
      .filter((value): value is string => typeof value === "string");
    const block = headers.slice(headers.indexOf(OUTPUT_HEADERS[0]!));
    expect(block).toEqual([...OUTPUT_HEADERS]);
    expect(block.slice(0, 2)).toEqual(["Clearway: Status", "Clearway: Next step"]);
    expect(new Set(headers).size).toBe(headers.length);
  });

  it("wraps the long result columns and makes their rows tall enough for several lines", () => {
    const nextStep = plan()
      .getRow(5)
      .getCell(blockStart() + 1);
    expect(nextStep.alignment).toMatchObject({ wrapText: true, vertical: "top" });
    const heights = Array.from({ length: 10 }, (_, i) => plan().getRow(5 + i).height ?? 15);
    expect(Math.max(...heights)).toBeGreaterThan(15);
    expect(Math.max(...heights)).toBeLessThanOrEqual(90);
  });

  it("freezes the header and the shipment ID column, and filters over the plan's header and the whole block", () => {
    expect(plan().views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 4 });
    const lastColumn = blockStart() - 1 + OUTPUT_COLUMNS.length;
    const lastRow = plan().rowCount;
    expect(sheetPart("Shipment plan")).toContain(
      `<autoFilter ref="A4:${plan().getColumn(lastColumn).letter}${lastRow}"/>`,
    );
    // LibreOffice keeps a filter only with Excel's hidden name for it.
    expect(part("xl/workbook.xml")).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Shipment plan'!$A$4:$${plan().getColumn(lastColumn).letter}$${lastRow}</definedName>`,
    );
  });

  it("prints every sheet landscape, one page wide, with the header rows repeated on the plan and the sources", () => {
    for (const sheet of [
      plan(),
      workbook.getWorksheet("Clearway Summary")!,
      workbook.getWorksheet("Clearway Sources")!,
    ]) {
      expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1 });
    }
    expect(workbook.getWorksheet("Clearway Summary")!.pageSetup.fitToHeight).toBe(2);
    const names = part("xl/workbook.xml");
    expect(names).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Shipment plan'!$4:$4</definedName>`,
    );
    const sourcesIndex = workbook.worksheets.findIndex((sheet) => sheet.name === "Clearway Sources");
    expect(names).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${sourcesIndex}">'Clearway Sources'!$1:$1</definedName>`,
    );
  });

  it("gives counts and charges on the summary as numbers in their currency's format, with a total per currency that matches the plan", () => {
    const summary = workbook.getWorksheet("Clearway Summary")!;
    const rows: ExcelJS.Row[] = [];
    summary.eachRow((row) => rows.push(row));
    const at = (title: string) => rows.findIndex((row) => row.getCell(1).value === title);
    const statusRows = rows.slice(at("Status") + 1, at("total"));
    const counts = statusRows.map((row) => row.getCell(2).value);
    expect(counts.every((value) => typeof value === "number")).toBe(true);
    expect((counts as number[]).reduce((a, b) => a + b, 0)).toBe(rows[at("total")]!.getCell(2).value);

    const planTotals = new Map<string, number>();
    const totalColumn = blockStart() + OUTPUT_COLUMNS.indexOf("Est. total charges");
    const currencyColumn = blockStart() + OUTPUT_COLUMNS.indexOf("Charges currency");
    plan().eachRow((row, number) => {
      const amount = row.getCell(totalColumn).value;
      const currency = row.getCell(currencyColumn).value;
      if (number > 4 && typeof amount === "number" && typeof currency === "string")
        planTotals.set(currency, (planTotals.get(currency) ?? 0) + amount);
    });
    // The example plan's two currencies, each with charges estimated on some of its rows.
    expect([...planTotals.keys()].sort()).toEqual(["EUR", "USD"]);
    const currencyRows = rows
      .slice(at("Currency") + 1)
      .filter((row) => planTotals.has(String(row.getCell(1).value)))
      .slice(0, planTotals.size);
    for (const row of currencyRows) {
      const total = row.getCell(2);
      expect(typeof total.value).toBe("number");
      expect(total.numFmt).toMatch(/^#,##0/);
      expect(total.value as number).toBeCloseTo(planTotals.get(String(row.getCell(1).value))!, 2);
    }
  });

  it("lists the rows at risk least slack first, with apply-by dates as dates", () => {
    const summary = workbook.getWorksheet("Clearway Summary")!;
    const rows: ExcelJS.Row[] = [];
    summary.eachRow((row) => rows.push(row));
    const start = rows.findIndex((row) => row.getCell(1).value === "Sheet row");
    expect(start).toBeGreaterThan(0);
    const atRisk = rows.slice(start + 1).filter((row) => typeof row.getCell(1).value === "number");
    expect(atRisk.length).toBeGreaterThan(0);
    const slack = atRisk.map((row) => row.getCell(5).value as number);
    expect(slack).toEqual([...slack].sort((a, b) => a - b));
    for (const row of atRisk) {
      const applyBy = row.getCell(4).value as Date;
      expect(applyBy).toBeInstanceOf(Date);
      expect(Math.round((applyBy.getTime() - Date.parse(`${AS_OF}T00:00:00Z`)) / 86_400_000)).toBe(
        row.getCell(5).value,
      );
    }
  });

  it("makes the sources filterable, one row per rule, each source a link", () => {
    const sources = workbook.getWorksheet("Clearway Sources")!;
    expect(sheetPart("Clearway Sources")).toMatch(/<autoFilter ref="A1:I\d+"\/>/);
    const links: unknown[] = [];
    sources.eachRow((row, number) => number > 1 && links.push(row.getCell(4).value));
    expect(
      links.some(
        (value) =>
          typeof value === "object" &&
          value !== null &&
          /^HYPERLINK\("https:/.test((value as { formula: string }).formula),
      ),
    ).toBe(true);
  });

  it("adds a How to read sheet marked as Clearway's, naming the rules version, the as-of date and that charges are estimates", () => {
    const guide = workbook.getWorksheet("Clearway How to read")!;
    const text: string[] = [];
    guide.eachRow((row) => text.push((row.values as unknown[]).filter(Boolean).join(" ")));
    expect(text.join("\n")).toMatch(/Rules version \d{4}\.\d{2}\.\d{2}/);
    expect(text.join("\n")).toContain(`Checked as of ${AS_OF}`);
    expect(text.join("\n")).toContain("are estimates");
    expect(part("xl/workbook.xml")).toContain(
      `<definedName name="Clearway_HowToRead_Sheet" hidden="1">'Clearway How to read'!$A$1</definedName>`,
    );
  });

  it("gives the same package when the annotated copy is checked again", () => {
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
  });
});
