import path from "node:path";
import ExcelJS from "exceljs";
import { runCli, tempDir } from "../support/planFiles";

const EXAMPLE = path.join(__dirname, "../../examples/shipment-plan.xlsx");

describe("the command line's reporting currency", () => {
  it("writes a grand total at the rates given, with their date and source, on the summary", async () => {
    const out = path.join(tempDir(), "checked.xlsx");
    const run = await runCli(
      "check",
      EXAMPLE,
      "-o",
      out,
      "--as-of",
      "2026-11-26",
      "--reporting-currency",
      "eur",
      "--rate",
      "USD=0.92",
      "--rates-date",
      "2026-11-20",
      "--rates-source",
      "ECB reference rates",
    );
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const rows: unknown[][] = [];
    workbook.getWorksheet("Clearway Summary")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows.find((row) => row[0] === "Currency")!;
    expect(header).toEqual(["Currency", "Est. total charges", "Shipments charged", "Rate to EUR", "In EUR"]);
    const usd = rows.find((row) => row[0] === "USD")!;
    expect(usd[3]).toBe(0.92);
    expect(usd[4]).toBeCloseTo((usd[1] as number) * 0.92, 2);
    const grand = rows.find((row) => row[0] === "Grand total (EUR)")!;
    const converted = rows.filter((row) => row[0] === "USD" || row[0] === "EUR").map((row) => row[4] as number);
    expect(grand[4]).toBeCloseTo(
      converted.reduce((a, b) => a + b, 0),
      2,
    );
    expect(
      rows.some(
        (row) => typeof row[0] === "string" && row[0].includes("2026-11-20") && row[0].includes("ECB reference rates"),
      ),
    ).toBe(true);
  }, 60_000);

  it.each([
    [["--rate", "USD=0.92"], /--rate, --rates-date and --rates-source need --reporting-currency/],
    [
      ["--reporting-currency", "EUR", "--rate", "USD:0.92", "--rates-date", "d", "--rates-source", "s"],
      /--rate "USD:0.92": expected CURRENCY=RATE/,
    ],
    [["--reporting-currency", "EUR", "--rate", "USD=0.92"], /--rates-date: the date of the rates is needed/],
    [
      ["--reporting-currency", "EURO", "--rates-date", "d", "--rates-source", "s"],
      /--reporting-currency: a three-letter currency code/,
    ],
  ])("refuses %j as a usage error naming the option", async (options, message) => {
    const run = await runCli("check", EXAMPLE, "--json", ...options);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
