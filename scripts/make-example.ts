/**
 * Builds examples/shipment-plan.xlsx (and the same sheet as JSON, for the browser playground) from
 * examples/source/shipment-plan.csv, the way a planner's
 * workbook looks: a title and a note above the header, real dates and numbers, a second sheet, and
 * a Clearway Parties sheet with made-up depots that hold the licences of the lanes they serve.
 * Run: npx tsx scripts/make-example.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { PARTIES_COLUMNS, PARTIES_SHEET } from "../src/plan/partiesTable";

const SOURCE = "examples/source/shipment-plan.csv";
const TARGET = "examples/shipment-plan.xlsx";
const PLAYGROUND_TARGET = "examples/shipment-plan.json";
const TITLE = "Study CLW-301: clinical supply shipment plan, Q1-Q2 2027";
const NOTE = "Draft for the supply review. Values are for customs; samples travel with no commercial value.";
const DATE_COLUMNS = new Set(["Ship date", "Need-by date"]);
const NUMBER_COLUMNS = new Set(["Quantity", "Value"]);
const PARTIES_NOTE =
  "Example parties for study CLW-301: every company name and licence reference on this sheet is made up for the example.";
/**
 * The depots of the Notes sheet as the sponsor's importers and exporters of record, with the
 * licences their lanes need: the lanes they serve check ok; what no party holds stays to do. The
 * licences are written as planners write them (a rule id, or the permit's name, e.g. MIA(IMP)).
 */
const PARTIES: Array<
  [string, string, string, string | null, string | null, string | null, string | null, string | null]
> = [
  [
    "Example Depot Durham Inc",
    "US",
    "importer of record and exporter of record",
    "us-export-imp-fda",
    "EXAMPLE-0001",
    "CLW-301",
    "2026-01-01",
    "2028-12-31",
  ],
  [
    "Example Depot GmbH",
    "Germany",
    "importer of record and exporter of record",
    "Einfuhrerlaubnis",
    "EXAMPLE-0002",
    null,
    "2026-01-01",
    "2028-12-31",
  ],
  ["Example Depot Brussels SA", "Belgium", "importer of record and exporter of record", null, null, null, null, null],
  [
    "Example Depot London Ltd",
    "United Kingdom",
    "importer of record and exporter of record",
    "MIA(IMP)",
    "EXAMPLE-0003",
    null,
    "2026-01-01",
    "2028-12-31",
  ],
];

async function main(): Promise<void> {
  const [header, ...rows] = parse(readFileSync(SOURCE, "utf8")) as string[][];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Clearway example";
  // A fixed date keeps the generated file byte-stable between runs.
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 10, 26));
  const sheet = workbook.addWorksheet("Shipment plan");
  sheet.addRow([TITLE]).font = { bold: true, size: 14 };
  sheet.addRow([NOTE]).font = { italic: true };
  sheet.addRow([]);
  sheet.addRow(header!).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      row.map((text, index) => {
        const title = header![index]!;
        if (text === "") return null;
        if (DATE_COLUMNS.has(title)) return new Date(`${text}T00:00:00Z`);
        if (NUMBER_COLUMNS.has(title)) return Number(text);
        return text;
      }),
    );
  }
  header!.forEach((title, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = Math.max(12, title.length + 2, ...rows.map((row) => Math.min(40, (row[index] ?? "").length + 2)));
    if (DATE_COLUMNS.has(title)) column.numFmt = "yyyy-mm-dd";
    if (title === "Value") column.numFmt = "#,##0.00";
  });
  const notes = workbook.addWorksheet("Notes");
  notes.addRow(["Depots: US (Durham NC), EU (Brussels), UK (London). Central lab: Indianapolis."]);
  const parties = workbook.addWorksheet(PARTIES_SHEET);
  parties.addRow([PARTIES_NOTE]).font = { italic: true };
  parties.addRow([]);
  parties.addRow([...PARTIES_COLUMNS]).font = { bold: true };
  for (const party of PARTIES) parties.addRow(party);
  PARTIES_COLUMNS.forEach(
    (title, index) =>
      (parties.getColumn(index + 1).width = Math.max(
        14,
        title.length + 2,
        ...PARTIES.map((party) => (party[index] ?? "").length + 2),
      )),
  );
  // Printed as the report's sheets are: landscape, one page wide.
  parties.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  await workbook.xlsx.writeFile(TARGET);
  // The playground's grid: the same rows, dates as ISO text and amounts as numbers.
  const grid = [
    [TITLE],
    [NOTE],
    [],
    header!,
    ...rows.map((row) =>
      row.map((text, index) => (text === "" ? null : NUMBER_COLUMNS.has(header![index]!) ? Number(text) : text)),
    ),
  ];
  writeFileSync(PLAYGROUND_TARGET, `${JSON.stringify({ sheet: "Shipment plan", grid }, null, 1)}\n`);
  console.log(`wrote ${TARGET} and ${PLAYGROUND_TARGET} (${rows.length} shipments, ${PARTIES.length} example parties)`);
}

main();
