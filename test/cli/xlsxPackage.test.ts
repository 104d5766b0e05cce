import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookSheet } from "../../src/cli/planFile";
import { OUTPUT_COLUMNS, OUTPUT_HEADERS } from "../../src/plan/outputColumns";
import { readSheet, runCli, sheetNames, tempDir, writeZip } from "../support/planFiles";
import { writeStoredZip, zipParts } from "../support/zipParts";

/**
 * The annotated copy of a workbook made by another tool (LibreOffice, see
 * scripts/make-xlsx-fixtures.py) carries every part of the package Clearway does not own byte for
 * byte: chart, pivot table and its cache, image, comments, data validation and conditional formats
 * (in the plan sheet, kept cell for cell), defined names, the hidden sheet.
 */
const FIXTURES = path.resolve("test/fixtures/xlsx");
const OWNED = [
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/worksheets/sheet1.xml",
];

function hasLibreOffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 30000 });
    return true;
  } catch {
    return false;
  }
}

/** LibreOffice converts the workbook's first sheet to CSV; its text, or null when LibreOffice is not installed. */
let toldMissing = false;

function libreOfficeCsv(file: string, dir: string): string | null {
  if (!hasLibreOffice()) {
    if (!toldMissing)
      console.warn(
        "LibreOffice is not installed: the checks that open the annotated copy in LibreOffice are skipped (sudo apt-get install libreoffice-calc).",
      );
    toldMissing = true;
    return null;
  }
  const outdir = path.join(dir, "converted");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
      "--headless",
      "--convert-to",
      "csv",
      "--outdir",
      outdir,
      file,
    ],
    { stdio: "ignore", timeout: 120000 },
  );
  return readFileSync(path.join(outdir, `${path.basename(file, ".xlsx")}.csv`), "latin1");
}

const STORED = "plan-with-chart-and-pivot, stored uncompressed.xlsx";

describe.each([["plan-with-chart-and-pivot.xlsx"], ["plan-with-chart-drawing-exceljs-cannot-read.xlsx"], [STORED]])(
  "the annotated copy of %s",
  (fixture) => {
    const dir = tempDir();
    const input = path.join(dir, fixture);
    const out = path.join(dir, "checked.xlsx");
    const again = path.join(dir, "checked-again.xlsx");
    let before: Buffer;

    beforeAll(async () => {
      if (fixture === STORED)
        await writeStoredZip(input, await zipParts(path.join(FIXTURES, "plan-with-chart-and-pivot.xlsx")));
      else copyFileSync(path.join(FIXTURES, fixture), input);
      before = readFileSync(input);
      const first = await runCli("check", input, "-o", out, "--as-of", "2026-11-26");
      expect(first).toMatchObject({ code: 0, stderr: "" });
      expect((await runCli("check", out, "-o", again, "--as-of", "2026-11-26")).code).toBe(0);
    }, 60000);

    it("holds every part of the input byte for byte, except the parts Clearway owns", async () => {
      const inputParts = await zipParts(input);
      const outputParts = await zipParts(out);
      expect(inputParts.size).toBeGreaterThan(15);
      for (const [name, bytes] of inputParts) {
        if (OWNED.includes(name)) continue;
        expect({ name, same: outputParts.get(name)?.equals(bytes) }).toEqual({ name, same: true });
      }
      expect(
        [...inputParts.keys()].filter((name) => /chart|pivot|media|comments|drawing/.test(name)).length,
      ).toBeGreaterThanOrEqual(9);
    });

    it("keeps the plan sheet's own cells, validation and conditional formats, and adds the block right of the plan", async () => {
      const sheet = (await zipParts(out)).get("xl/worksheets/sheet1.xml")!.toString("utf8");
      const original = (await zipParts(input)).get("xl/worksheets/sheet1.xml")!.toString("utf8");
      for (const kept of [
        '<c r="E2" s="0" t="n"><v>1000</v></c>',
        "<dataValidations",
        "<conditionalFormatting",
        "<drawing r:id",
        "<legacyDrawing",
      ]) {
        expect(original).toContain(kept);
        expect(sheet).toContain(kept);
      }
      expect(sheet).toContain('<c r="I1" s="');
      expect(sheet).toMatch(/<c r="I1" s="\d+" t="inlineStr"><is><t>Clearway: Status<\/t><\/is><\/c>/);
    });

    it("adds Clearway's sheets after the planner's, marks them, and keeps the defined names and the hidden sheet", async () => {
      const workbook = (await zipParts(out)).get("xl/workbook.xml")!.toString("utf8");
      expect(workbook).toMatch(/<sheet name="Lookup" sheetId="3" state="hidden"/);
      expect(workbook).toContain(">Plan!$E$2:$E$5</definedName>");
      expect(workbook).toMatch(
        /<sheet name="Clearway Summary" sheetId="4" r:id="rId\d+"\/><sheet name="Clearway Details" sheetId="5" r:id="rId\d+"\/><sheet name="Clearway Sources" sheetId="6" r:id="rId\d+"\/><sheet name="Clearway How to read" sheetId="7" r:id="rId\d+"\/><\/sheets>/,
      );
      expect(workbook).toContain(
        '<definedName name="Clearway_Summary_Sheet" hidden="1">\'Clearway Summary\'!$A$1</definedName><definedName name="Clearway_Details_Sheet" hidden="1">\'Clearway Details\'!$A$1</definedName><definedName name="Clearway_Sources_Sheet" hidden="1">\'Clearway Sources\'!$A$1</definedName>',
      );
    });

    it("gives the same package when the checked copy is checked again", () => {
      expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
    });

    it("leaves the input as it was and nothing beside the output", () => {
      expect(readFileSync(input).equals(before)).toBe(true);
      expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    });

    it("opens in LibreOffice, with the output block beside the plan", () => {
      const csv = libreOfficeCsv(out, dir);
      if (csv === null) return; // LibreOffice is not installed here.
      expect(csv.split("\n")[0]).toBe(
        [
          "Shipment ID",
          "From",
          "To",
          "Material",
          "Value",
          "Currency",
          "Ship date",
          "Temperature",
          ...OUTPUT_HEADERS,
        ].join(","),
      );
    }, 120000);
  },
);

describe("the annotated copy of a LibreOffice workbook", () => {
  it("opens in exceljs with the plan, the block and Clearway's sheets", async () => {
    const dir = tempDir();
    const out = path.join(dir, "checked.xlsx");
    expect(
      (await runCli("check", path.join(FIXTURES, "plan-with-chart-and-pivot.xlsx"), "-o", out, "--as-of", "2026-11-26"))
        .code,
    ).toBe(0);
    expect(await sheetNames(out)).toEqual([
      "Plan",
      "Pivot",
      "Lookup",
      "Clearway Summary",
      "Clearway Details",
      "Clearway Sources",
      "Clearway How to read",
    ]);
    const rows = await readSheet(out, "Plan");
    expect(rows[0]!.slice(8, 8 + OUTPUT_COLUMNS.length)).toEqual([...OUTPUT_HEADERS]);
    expect(rows.slice(1, 5).map((row) => row[8])).toEqual(["action", "action", "ok", "action"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const plan = workbook.getWorksheet("Plan")!;
    expect(plan.getCell("I1").font?.bold).toBe(true);
    expect((plan.getCell("I2").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFEB9C");
    expect(plan.getCell("O2").numFmt).toBe("#,##0.00");
    expect(plan.getColumn("T").width).toBe(80);
    expect(plan.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(existsSync(path.join(dir, "converted"))).toBe(false);
  }, 30000);
});

describe("a workbook written with namespace prefixes (x:worksheet, as the Open XML SDK writes it)", () => {
  const X =
    'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const cell = (ref: string, text: string) => `<x:c r="${ref}" t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`;
  const PARTS = {
    "[Content_Types].xml":
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": `<?xml version="1.0"?><x:workbook ${X}><x:sheets><x:sheet name="Plan" sheetId="1" r:id="R1"/></x:sheets></x:workbook>`,
    "xl/_rels/workbook.xml.rels":
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="R2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/></Relationships>',
    "xl/styles.xml": `<?xml version="1.0"?><x:styleSheet ${X}><x:fonts count="1"><x:font><x:sz val="11"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellXfs></x:styleSheet>`,
    "xl/worksheets/sheet1.xml": `<?xml version="1.0"?><x:worksheet ${X}><x:sheetData><x:row r="1">${["From", "To", "Material", "Value", "Currency"].map((h, i) => cell(`${"ABCDE"[i]}1`, h)).join("")}</x:row><x:row r="2">${cell("A2", "US")}${cell("B2", "DE")}${cell("C2", "IMP")}<x:c r="D2"><x:v>100</x:v></x:c>${cell("E2", "EUR")}</x:row></x:sheetData></x:worksheet>`,
  };

  // exceljs itself cannot read such a workbook, so the copy is read back with Clearway's reader.
  it("is read and annotated with the same prefixes", async () => {
    const dir = tempDir();
    const input = await writeZip(path.join(dir, "prefixed.xlsx"), PARTS);
    const out = path.join(dir, "out.xlsx");
    expect((await runCli("check", input, "-o", out, "--as-of", "2026-11-26")).code).toBe(0);
    const parts = await zipParts(out);
    expect(parts.get("xl/worksheets/sheet1.xml")!.toString()).toMatch(
      /<x:c r="F1" s="\d+" t="inlineStr"><x:is><x:t>Clearway: Status<\/x:t><\/x:is><\/x:c>/,
    );
    expect(parts.get("xl/workbook.xml")!.toString()).toMatch(
      /<x:sheet name="Clearway Summary" sheetId="2" r:id="rId\d+"\/>/,
    );
    expect((await readWorkbookSheet(out, "Plan"))![1]!.slice(0, 6)).toEqual(["US", "DE", "IMP", 100, "EUR", "action"]);
    expect((await readWorkbookSheet(out, "Clearway Summary"))![0]![0]).toMatch(/^Clearway check of "Plan"/);
  }, 30000);
});
