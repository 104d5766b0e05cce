import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { columnLetters } from "../../src/plan/cellAddress";
import { OUTPUT_COLUMNS, OUTPUT_HEADERS } from "../../src/plan/outputColumns";
import { readSheet, runCli, sheetNames, tempDir, writeWorkbook, writeZip, type Row } from "../support/planFiles";
import { zipParts } from "../support/zipParts";

/**
 * What must never happen to a planner's workbook, each case through the command line: a refusal is
 * exit code 1 with one line that says why and what to do, the input stays as it was, and nothing is
 * left at -o or beside it; a check that succeeds never replaces a sheet or column of the planner's.
 */
const HEADER = ["Shipment ID", "From", "To", "Material", "Value", "Currency"];
const ROW: Row = ["S-1", "US", "DE", "IMP", 1000, "EUR"];
const FIXTURES = path.resolve("test/fixtures/xlsx");
const XLSX_PARTS = {
  "[Content_Types].xml":
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  "_rels/.rels":
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  "xl/workbook.xml":
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>',
  "xl/_rels/workbook.xml.rels":
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

/** An OLE compound file's first bytes and the UTF-16 stream names its directory would hold. */
function compoundFile(...streams: string[]): Buffer {
  const signature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([
    signature,
    Buffer.alloc(504),
    ...streams.map((name) => Buffer.from(`${name}\0`, "utf16le")),
    Buffer.alloc(1024),
  ]);
}

function* rowsXml(count: number): Generator<string> {
  yield '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  yield `<row r="1">${HEADER.map((h, i) => `<c r="${columnLetters(i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join("")}</row>`;
  for (let r = 2; r <= count + 1; r++)
    yield `<row r="${r}"><c r="B${r}" t="inlineStr"><is><t>US</t></is></c><c r="C${r}" t="inlineStr"><is><t>DE</t></is></c><c r="D${r}" t="inlineStr"><is><t>IMP</t></is></c><c r="E${r}"><v>1</v></c></row>`;
  yield "</sheetData></worksheet>";
}

const REFUSALS: Array<[string, (file: string) => Promise<unknown>, RegExp]> = [
  [
    "a password-protected workbook",
    async (file) => writeFileSync(file, compoundFile("Root Entry", "EncryptionInfo", "EncryptedPackage")),
    /is password-protected: save an unprotected copy/,
  ],
  [
    "an old .xls workbook named .xlsx",
    async (file) => writeFileSync(file, compoundFile("Root Entry", "Workbook", "SummaryInformation")),
    /old Excel 97-2003 format \(\.xls\).*save it as an Excel Workbook \(\.xlsx\)/,
  ],
  [
    "an OpenDocument spreadsheet named .xlsx",
    (file) =>
      writeZip(file, {
        mimetype: "application/vnd.oasis.opendocument.spreadsheet",
        "content.xml": "<office:document-content/>",
      }),
    /is an OpenDocument spreadsheet \(\.ods\) named \.xlsx: save it as an Excel Workbook/,
  ],
  [
    "a zip archive of other files",
    (file) => writeZip(file, { "notes.txt": "hello" }),
    /is a zip archive but not an Excel workbook/,
  ],
  [
    "a Word document named .xlsx",
    (file) =>
      writeZip(file, {
        ...XLSX_PARTS,
        "_rels/.rels": XLSX_PARTS["_rels/.rels"].replace("xl/workbook.xml", "word/document.xml"),
        "word/document.xml": '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
      }),
    /is a zip archive but not an Excel workbook: its document is not a workbook/,
  ],
  [
    "a workbook cut short in copying",
    async (file) =>
      writeFileSync(file, readFileSync(path.join(FIXTURES, "plan-with-chart-and-pivot.xlsx")).subarray(0, 6000)),
    /is damaged: .*zip directory cannot be read/,
  ],
  [
    "a plan only on a hidden sheet",
    (file) =>
      writeWorkbook(file, [
        { name: "Notes", rows: [["notes"]] },
        { name: "Plan", hidden: true, rows: [HEADER, ROW] },
      ]),
    /the sheet that holds the plan, "Plan", is hidden: unhide it, or name it with --sheet "Plan"/,
  ],
  [
    "a sheet of more than 250,000 rows",
    (file) => writeZip(file, { ...XLSX_PARTS, "xl/worksheets/sheet1.xml": () => rowsXml(250_001) }),
    /sheet "Plan" is too large to check in one run \(more than 250,000 rows.*split the plan into several workbooks/,
  ],
];

describe("workbooks Clearway cannot read are refused in one line, and nothing is written", () => {
  it.each(
    REFUSALS.flatMap(([label, make, message]) => [
      [`${label}, with -o`, make, message, false] as const,
      [`${label}, with --in-place`, make, message, true] as const,
    ]),
  )(
    "%s",
    async (_label, make, message, inPlace) => {
      const dir = tempDir();
      const input = path.join(dir, "plan.xlsx");
      const out = path.join(dir, "out.xlsx");
      await make(input);
      const before = readFileSync(input);
      const result = await runCli("check", input, ...(inPlace ? ["--in-place"] : ["-o", out]), "--as-of", "2026-11-26");
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\.tmp\b|\b(ENOENT|EACCES|EISDIR|ERR_[A-Z_]+)\b|undefined/);
      expect(readFileSync(input).equals(before)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(["plan.xlsx"]);
    },
    60000,
  );

  it("refuses a CSV plan of more than 250,000 rows, saying how to split it", async () => {
    const dir = tempDir();
    const input = path.join(dir, "plan.csv");
    writeFileSync(input, `${HEADER.join(",")}\n${"S,US,DE,IMP,1,EUR\n".repeat(250_001)}`);
    const out = path.join(dir, "out.xlsx");
    const result = await runCli("check", input, "-o", out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /has 250,002 rows \(its header included\), more than the 250,000 Clearway checks in one run: split the plan/,
    );
    expect(readdirSync(dir)).toEqual(["plan.csv"]);
  }, 60000);
});

describe("an output that cannot be written is refused in one line that names it, not the temporary file", () => {
  it.each([
    [
      "a folder that is a file",
      (dir: string) => path.join(dir, "plan.xlsx", "out.xlsx"),
      /-o .*out\.xlsx: .*plan\.xlsx is a file, not a folder/,
    ],
    [
      "an output that is a folder",
      (dir: string) => path.join(dir, "folder.xlsx"),
      /-o .*folder\.xlsx is a folder: give a file name/,
    ],
  ])("%s", async (_label, target, message) => {
    const dir = tempDir();
    const input = await writeWorkbook(path.join(dir, "plan.xlsx"), [{ name: "Plan", rows: [HEADER, ROW] }]);
    const { mkdirSync } = await import("node:fs");
    mkdirSync(path.join(dir, "folder.xlsx"));
    const before = readFileSync(input);
    const result = await runCli("check", input, "-o", target(dir), "--as-of", "2026-11-26");
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\.tmp\b/);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["folder.xlsx", "plan.xlsx"]);
    expect(readdirSync(path.join(dir, "folder.xlsx"))).toEqual([]);
  });
});

describe("sheets of the planner's that carry Clearway's names are never replaced", () => {
  const dir = tempDir();
  const input = path.join(dir, "plan.xlsx");
  const out = path.join(dir, "out.xlsx");
  const again = path.join(dir, "again.xlsx");
  let first: { code: number; stdout: string };

  beforeAll(async () => {
    copyFileSync(path.join(FIXTURES, "plan-with-clearway-sheet-names.xlsx"), input);
    first = await runCli("check", input, "-o", out, "--as-of", "2026-11-26");
    await runCli("check", out, "-o", again, "--as-of", "2026-11-26");
  }, 30000);

  it("writes Clearway's sheets under free names and says so", async () => {
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      'The workbook already has a sheet named "Clearway Summary" that Clearway did not write: the summary is on sheet "Clearway Summary (2)".',
    );
    expect(first.stdout).toContain(
      '"Clearway Sources" that Clearway did not write: the list of sources is on sheet "Clearway Sources (2)".',
    );
    expect(await sheetNames(out)).toEqual([
      "Plan",
      "Clearway Summary",
      "Clearway Sources",
      "Clearway Summary (2)",
      "Clearway Details",
      "Clearway Sources (2)",
      "Clearway How to read",
    ]);
    expect(await readSheet(out, "Clearway Summary")).toEqual([["The planner's own notes"], ["keep me"]]);
    expect((await readSheet(out, "Clearway Summary (2)"))[0]![0]).toMatch(/^Clearway check of "Plan"/);
  });

  it("keeps the planner's sheets byte for byte", async () => {
    const before = await zipParts(input);
    const after = await zipParts(out);
    for (const part of ["xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/sharedStrings.xml"])
      expect(after.get(part)!.equals(before.get(part)!)).toBe(true);
  });

  it("replaces its own sheets, and only those, when the copy is checked again", async () => {
    expect(await sheetNames(again)).toEqual(await sheetNames(out));
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
  });

  it("keeps the planner's sheets with --in-place too", async () => {
    const copy = path.join(dir, "in-place.xlsx");
    copyFileSync(input, copy);
    expect((await runCli("check", copy, "--in-place", "--as-of", "2026-11-26")).code).toBe(0);
    expect(await readSheet(copy, "Clearway Sources")).toEqual([["The planner's own notes"], ["keep me"]]);
    expect(await sheetNames(copy)).toContain("Clearway Sources (2)");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("does not take a planner's sheet for Clearway's when the planner deleted Clearway's and made one of the same name", async () => {
    const checked = path.join(dir, "checked-plain.xlsx");
    await writeWorkbook(path.join(dir, "plain.xlsx"), [{ name: "Plan", rows: [HEADER, ROW] }]);
    expect((await runCli("check", path.join(dir, "plain.xlsx"), "-o", checked, "--as-of", "2026-11-26")).code).toBe(0);
    // The planner deletes Clearway's summary sheet (Excel turns its mark into #REF!) and adds a sheet of that name.
    const { ZipArchive } = await import("../../src/cli/xlsx/zipArchive");
    const zip = await ZipArchive.open(checked);
    const workbookXml = (await zip.text("xl/workbook.xml")).replace(
      '<definedName name="Clearway_Summary_Sheet" hidden="1">\'Clearway Summary\'!$A$1</definedName>',
      '<definedName name="Clearway_Summary_Sheet" hidden="1">#REF!$A$1</definedName>',
    );
    expect(workbookXml).toContain("#REF!$A$1");
    zip.close();
    const parts = Object.fromEntries(await zipParts(checked));
    const edited = await writeZip(path.join(dir, "edited.xlsx"), { ...parts, "xl/workbook.xml": workbookXml });
    const result = await runCli("check", edited, "--in-place", "--as-of", "2026-11-26");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('the summary is on sheet "Clearway Summary (2)"');
    expect(await sheetNames(edited)).toEqual([
      "Plan",
      "Clearway Summary",
      "Clearway Details",
      "Clearway Sources",
      "Clearway How to read",
      "Clearway Summary (2)",
    ]);
  });

  it("reads the Clearway Parties sheet and carries it over unchanged", async () => {
    const file = await writeWorkbook(path.join(dir, "parties.xlsx"), [
      { name: "Plan", rows: [HEADER, ROW] },
      {
        name: "Clearway Parties",
        rows: [
          ["Name", "Country", "Roles", "Licence rule id", "Licence reference", "Scope", "Valid from", "Valid until"],
          ["Clinical Depot GmbH", "Germany", "IOR", "de-import-imp-einfuhrerlaubnis", "DE-1", null, null, null],
        ],
      },
    ]);
    const checked = path.join(dir, "parties-checked.xlsx");
    const result = await runCli("check", file, "-o", checked, "--as-of", "2026-11-26");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Parties from sheet "Clearway Parties": 1.');
    expect(
      (await zipParts(checked))
        .get("xl/worksheets/sheet2.xml")!
        .equals((await zipParts(file)).get("xl/worksheets/sheet2.xml")!),
    ).toBe(true);
    expect(await sheetNames(checked)).toEqual([
      "Plan",
      "Clearway Parties",
      "Clearway Summary",
      "Clearway Details",
      "Clearway Sources",
      "Clearway How to read",
    ]);
  });
});

describe("the output block never covers a column of the planner's", () => {
  it("goes right of planner columns titled like Clearway's own (Status, Issues)", async () => {
    const dir = tempDir();
    const file = await writeWorkbook(path.join(dir, "plan.xlsx"), [
      {
        name: "Plan",
        rows: [
          [...HEADER, "Status", "Issues"],
          [...ROW, "booked", "call the depot"],
        ],
      },
    ]);
    const out = path.join(dir, "out.xlsx");
    expect((await runCli("check", file, "-o", out, "--as-of", "2026-11-26")).code).toBe(0);
    const [header, row] = await readSheet(out, "Plan");
    expect(header!.slice(0, 8)).toEqual([...HEADER, "Status", "Issues"]);
    expect(row!.slice(6, 8)).toEqual(["booked", "call the depot"]);
    expect(header!.slice(8, 8 + OUTPUT_COLUMNS.length)).toEqual([...OUTPUT_HEADERS]);
  });
});

describe("a CSV plan written as .xlsx gets a valid sheet name from its file name", () => {
  it.each([
    ["plan [draft]: v2?.csv", "plan draft v2"],
    ["a very long plan name for the second quarter of 2027.csv", "a very long plan name for the s"],
    ["History.csv", "History (1)"],
  ])("%s gives sheet %j", async (name, sheet) => {
    const dir = tempDir();
    const csv = path.join(dir, name);
    writeFileSync(csv, `${HEADER.join(",")}\nS-1,US,DE,IMP,1000,EUR\n`);
    const out = path.join(dir, "out.xlsx");
    const result = await runCli("check", csv, "-o", out, "--as-of", "2026-11-26");
    expect(result.code).toBe(0);
    expect(await sheetNames(out)).toEqual([
      sheet,
      "Clearway Summary",
      "Clearway Details",
      "Clearway Sources",
      "Clearway How to read",
    ]);
    expect((await readSheet(out, sheet))[0]!.slice(0, 7)).toEqual([...HEADER, "Clearway: Status"]);
    expect(existsSync(csv)).toBe(true);
  });
});
