import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { OUTPUT_COLUMNS, OUTPUT_HEADERS } from "../../src/plan/outputColumns";
import { runCli, tempDir, writeWorkbook } from "../support/planFiles";

/**
 * CSV files as Excel and planners write them: each dialect is written to disk byte for byte, checked
 * with the command line as of 2026-11-26, and the annotated copy is read back. An IMP from the US
 * to Germany with freight and insurance of 0 has a customs value equal to the plan's value, so the
 * value read from the file shows in `charges.customsValue`.
 */

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function place(name: string, bytes: Buffer): string {
  const dir = tempDir();
  dirs.push(dir);
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

type Encoding = "UTF-8" | "UTF-8 with BOM" | "UTF-16 LE with BOM" | "UTF-16 BE with BOM" | "UTF-16 LE" | "Windows-1252";

/** Windows-1252 for the characters the tests use: Latin-1, plus the euro sign at 0x80. */
function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((char) => (char === "€" ? 0x80 : char.charCodeAt(0) < 256 ? char.charCodeAt(0) : 0x3f)),
  );
}

function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case "UTF-8":
      return Buffer.from(text, "utf8");
    case "UTF-8 with BOM":
      return Buffer.from(`\uFEFF${text}`, "utf8");
    case "UTF-16 LE with BOM":
      return Buffer.from(`\uFEFF${text}`, "utf16le");
    case "UTF-16 BE with BOM":
      return Buffer.from(`\uFEFF${text}`, "utf16le").swap16();
    case "UTF-16 LE":
      return Buffer.from(text, "utf16le");
    case "Windows-1252":
      return windows1252(text);
  }
}

function decode(bytes: Buffer, encoding: Encoding): string {
  // Node's TextDecoder reads "windows-1252" as Latin-1.
  if (encoding === "Windows-1252") return iconv.decode(bytes, "windows-1252");
  if (encoding === "UTF-16 BE with BOM") return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder(encoding.startsWith("UTF-16") ? "utf-16le" : "utf-8").decode(bytes);
}

/** Rows as a planner's spreadsheet writes them: quoted only where a field needs it. */
function csvText(rows: string[][], delimiter: string, lineEnd = "\r\n"): string {
  const field = (text: string) =>
    text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  return rows.map((row) => row.map(field).join(delimiter)).join(lineEnd) + lineEnd;
}

const fieldsOf = (text: string, delimiter: string) =>
  parse(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: true }) as string[][];

interface JsonRow {
  row: number;
  shipmentId: string | null;
  status: string;
  charges: { customsValue: number | null; importTax: number | null; duty: number | null };
  issues: Array<{ code: string; message: string }>;
  importerOfRecord: { party: string | null };
  ruleRefs: string[];
}
interface Checked {
  rows: JsonRow[];
  csv?: { encoding: string; delimiter: string; decimalMark: string };
  /** The check's text output. */
  text: string;
  /** The annotated copy as written. */
  out: Buffer;
  /** Its text without the BOM. */
  outText: string;
}

/** Checks a plan file three ways (text, --json, -o out.csv) and proves the input was not touched. */
async function check(file: string, ...args: string[]): Promise<Checked> {
  const before = readFileSync(file);
  const out = path.join(path.dirname(file), "out.csv");
  const text = await runCli("check", file, "-o", out, "--as-of", "2026-11-26", ...args);
  if (text.code !== 0) throw new Error(`exit ${text.code}: ${text.stderr}`);
  const json = await runCli("check", file, "--json", "--as-of", "2026-11-26", ...args);
  expect(readFileSync(file).equals(before)).toBe(true);
  const written = readFileSync(out);
  const report = JSON.parse(json.stdout) as { rows: JsonRow[]; csv?: Checked["csv"] };
  return {
    rows: report.rows,
    csv: report.csv,
    text: text.stdout,
    out: written,
    outText: written.toString("utf8").replace(/^\uFEFF/, ""),
  };
}

/** Every field of the input is in the output, unchanged, in the same row and column. */
function expectPlanFieldsKept(input: string[][], output: string[][], outputColumn: number) {
  input.forEach((row, r) =>
    row.forEach((field, c) => {
      if (c < outputColumn) expect([r, c, output[r]?.[c] ?? ""]).toEqual([r, c, field]);
    }),
  );
}

const HEADER = [
  "Shipment ID",
  "Origin",
  "Destination",
  "Material",
  "Value",
  "Currency",
  "Freight",
  "Insurance",
  "Temperature",
  "Description",
];
const amount = (value: string, mark: "point" | "comma") =>
  mark === "comma" ? value.replace(/,/g, "#").replace(/\./g, ",").replace(/#/g, ".") : value.replace(/,/g, "");
/** Two shipments; a description holds `,` `;` and a quote, so every dialect must quote it; the other is not ASCII. */
function planRows(mark: "point" | "comma"): string[][] {
  return [
    HEADER,
    ["S-1", "US", "DE", "IMP", amount("1,234.56", mark), "EUR", "0", "0", "-20C", 'Kit A; frozen, 5" vials'],
    [
      "S-2",
      "US",
      "Germany",
      "IMP",
      amount("12,500.50", mark),
      "EUR",
      "0",
      "0",
      "2-8 C",
      "Ampullen für Prüfzentrum Köln",
    ],
  ];
}

describe("reading the CSV dialects Excel writes, and writing the copy back in the same dialect", () => {
  const DIALECTS: Array<{
    name: string;
    encoding: Encoding;
    delimiter: string;
    mark: "point" | "comma";
    lineEnd?: string;
    line: string;
  }> = [
    {
      name: "Excel's CSV UTF-8 (comma-delimited, with BOM)",
      encoding: "UTF-8 with BOM",
      delimiter: ",",
      mark: "point",
      line: 'CSV: UTF-8 with BOM, ","-separated, decimal point',
    },
    {
      name: "a plain UTF-8 file with LF line ends",
      encoding: "UTF-8",
      delimiter: ",",
      mark: "point",
      lineEnd: "\n",
      line: 'CSV: UTF-8, ","-separated, decimal point',
    },
    {
      name: "European Excel's CSV (semicolons, decimal commas)",
      encoding: "UTF-8 with BOM",
      delimiter: ";",
      mark: "comma",
      line: 'CSV: UTF-8 with BOM, ";"-separated, decimal comma',
    },
    {
      name: "Excel's CSV (Comma delimited) on Windows (Windows-1252)",
      encoding: "Windows-1252",
      delimiter: ",",
      mark: "point",
      line: 'CSV: Windows-1252, ","-separated, decimal point',
    },
    {
      name: "European Excel's CSV on Windows (Windows-1252)",
      encoding: "Windows-1252",
      delimiter: ";",
      mark: "comma",
      line: 'CSV: Windows-1252, ";"-separated, decimal comma',
    },
    {
      name: "a semicolon file whose numbers use a decimal point",
      encoding: "UTF-8",
      delimiter: ";",
      mark: "point",
      line: 'CSV: UTF-8, ";"-separated, decimal point',
    },
    {
      name: "Excel's Unicode text (UTF-16 LE, tabs)",
      encoding: "UTF-16 LE with BOM",
      delimiter: "\t",
      mark: "point",
      line: "CSV: UTF-16 LE with BOM, tab-separated, decimal point",
    },
    {
      name: "German Excel's Unicode text (UTF-16 LE, tabs, decimal commas)",
      encoding: "UTF-16 LE with BOM",
      delimiter: "\t",
      mark: "comma",
      line: "CSV: UTF-16 LE with BOM, tab-separated, decimal comma",
    },
    {
      name: "UTF-16 BE with a BOM",
      encoding: "UTF-16 BE with BOM",
      delimiter: ",",
      mark: "point",
      line: 'CSV: UTF-16 BE with BOM, ","-separated, decimal point',
    },
    {
      name: "UTF-16 LE without a BOM",
      encoding: "UTF-16 LE",
      delimiter: "\t",
      mark: "point",
      line: "CSV: UTF-16 LE, tab-separated, decimal point",
    },
    {
      name: "old Mac line ends (CR only)",
      encoding: "UTF-8",
      delimiter: ";",
      mark: "comma",
      lineEnd: "\r",
      line: 'CSV: UTF-8, ";"-separated, decimal comma',
    },
  ];

  it.each(DIALECTS)(
    "$name",
    async ({ encoding, delimiter, mark, lineEnd, line }) => {
      const input = planRows(mark);
      const file = place("plan.csv", encode(csvText(input, delimiter, lineEnd), encoding));
      const checked = await check(file);

      expect(checked.text.split("\n")[1]).toBe(line);
      expect(checked.csv).toEqual({ encoding, delimiter, decimalMark: mark });
      expect(checked.rows.map((row) => [row.row, row.shipmentId, row.status, row.charges.customsValue])).toEqual([
        [2, "S-1", "action", 1234.56],
        [3, "S-2", "action", 12500.5],
      ]);
      // Excel's CSV: UTF-8 with a BOM, CRLF after every record, the plan's delimiter.
      expect([...checked.out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(checked.outText.endsWith("\r\n")).toBe(true);
      expect(checked.outText.split("\r\n")[0]).toBe([...HEADER, ...OUTPUT_HEADERS].join(delimiter));
      const output = fieldsOf(checked.outText, delimiter);
      expectPlanFieldsKept(fieldsOf(decode(readFileSync(file), encoding), delimiter), output, HEADER.length);
      // Clearway's numbers use the file's decimal mark, so that Excel reads them as numbers.
      const importTax = output[1]![HEADER.length + OUTPUT_COLUMNS.indexOf("Est. import tax")];
      expect(importTax).toBe(String(checked.rows[0]!.charges.importTax).replace(".", mark === "comma" ? "," : "."));
    },
    30000,
  );

  it("reads a German plan saved as Windows-1252: umlauts in headers, countries, text and the euro sign", async () => {
    const rows = [
      [
        "Sendungsnummer",
        "Herkunftsland",
        "Zielland",
        "Materialart",
        "Wert",
        "Währung",
        "Fracht",
        "Versicherung",
        "Beschreibung",
      ],
      ["DE-1", "USA", "Österreich", "IMP", "1.234,56 €", "EUR", "0", "0", "Kühlware für Prüfzentrum Münster"],
      ["DE-2", "Deutschland", "Schweiz", "Prüfpräparat", "100", "EUR", "0", "0", "Ärztemuster"],
      ["DE-3", "Deutschland", "Schweiz", "Kühlgut", "100", "EUR", "0", "0", "Ärztemuster"],
    ];
    const file = place("plan.csv", windows1252(csvText(rows, ";")));
    const checked = await check(file);
    expect(checked.text.split("\n")[1]).toBe('CSV: Windows-1252, ";"-separated, decimal comma');
    expect(checked.rows[0]).toMatchObject({ shipmentId: "DE-1", status: "action", charges: { customsValue: 1234.56 } });
    // "Prüfpräparat" is the German word for an IMP; "Kühlgut" names no material, and the message repeats it as written.
    expect(checked.rows[1]).toMatchObject({ shipmentId: "DE-2", status: "action" });
    expect(checked.rows[1]!.ruleRefs).toContain("ch-import-imp-swissmedic-ct-licence");
    expect(checked.rows[2]!.status).toBe("error");
    expect(checked.rows[2]!.issues[0]!.message).toContain('"Kühlgut"');
    expectPlanFieldsKept(rows, fieldsOf(checked.outText, ";"), rows[0]!.length);
  }, 30000);
});

describe("finding the delimiter", () => {
  it.each([
    [
      "commas, with semicolons inside quoted descriptions",
      ",",
      [
        HEADER,
        ...planRows("point")
          .slice(1)
          .map((row) => [...row.slice(0, 9), "a;b;c;d;e;f;g;h;i;j;k"]),
      ],
    ],
    [
      "semicolons, with commas inside quoted descriptions and values",
      ";",
      [
        HEADER,
        ...planRows("comma")
          .slice(1)
          .map((row) => [...row.slice(0, 9), "a,b,c,d,e,f,g,h,i,j,k"]),
      ],
    ],
    [
      "tabs, with commas and semicolons in the text",
      "\t",
      [
        HEADER,
        ...planRows("point")
          .slice(1)
          .map((row) => [...row.slice(0, 9), "a, b; c"]),
      ],
    ],
  ] as Array<[string, string, string[][]]>)(
    "%s",
    async (_name, delimiter, rows) => {
      const checked = await check(place("plan.csv", Buffer.from(csvText(rows, delimiter))));
      expect(checked.csv?.delimiter).toBe(delimiter);
      expect(checked.rows.map((row) => row.charges.customsValue)).toEqual([1234.56, 12500.5]);
      expectPlanFieldsKept(rows, fieldsOf(checked.outText, delimiter), HEADER.length);
    },
    30000,
  );

  it("follows Excel's sep= line and writes it back", async () => {
    const text = `sep=;\r\n${csvText(planRows("comma"), ";")}`;
    const checked = await check(place("plan.csv", Buffer.from(text)));
    expect(checked.csv?.delimiter).toBe(";");
    expect(checked.outText.split("\r\n")[0]).toBe("sep=;");
    expect(checked.rows.map((row) => row.row)).toEqual([3, 4]);
  }, 30000);
});

describe("decimal marks", () => {
  it("keeps refusing a decimal comma in a comma-separated file, where 1,234 would be ambiguous", async () => {
    const rows = [HEADER, ["S-1", "US", "DE", "IMP", "1234,56", "EUR", "0", "0", "", ""]];
    const checked = await check(place("plan.csv", Buffer.from(csvText(rows, ","))));
    expect(checked.rows[0]!.status).toBe("error");
    expect(checked.rows[0]!.issues[0]!.message).toBe('Value (E2) "1234,56" uses a decimal comma; write it as 1234.56.');
  }, 30000);

  it("refuses a decimal point among decimal commas instead of guessing, and reads 1.234 as thousands", async () => {
    const rows = [
      HEADER,
      ["S-1", "US", "DE", "IMP", "1.234", "EUR", "0", "0", "", ""],
      ["S-2", "US", "DE", "IMP", "12.5", "EUR", "0,00", "0", "", ""],
      ["S-3", "US", "DE", "IMP", "99,5", "EUR", "0", "0", "", ""],
    ];
    const checked = await check(place("plan.csv", Buffer.from(csvText(rows, ";"))));
    expect(checked.csv?.decimalMark).toBe("comma");
    expect(checked.rows.map((row) => row.charges?.customsValue ?? null)).toEqual([1234, null, 99.5]);
    expect(checked.rows[1]!.issues[0]!.message).toBe(
      'Value (E3) "12.5" has a decimal point, but this file writes numbers with a decimal comma; write it as 12,5.',
    );
  }, 30000);
  it("reads French Excel's CSV: Windows-1252, semicolons, a no-break space between thousands", async () => {
    const rows = [
      ["Pays d'origine", "Pays de destination", "Type de matériel", "Valeur", "Devise", "Fret", "Assurance"],
      ["US", "Allemagne", "IMP", "12\u00a0500,50", "EUR", "0", "0"],
    ];
    const checked = await check(place("plan.csv", windows1252(csvText(rows, ";"))));
    expect(checked.csv).toEqual({ encoding: "Windows-1252", delimiter: ";", decimalMark: "comma" });
    expect(checked.rows[0]).toMatchObject({ status: "action", charges: { customsValue: 12500.5 } });
    expectPlanFieldsKept(rows, fieldsOf(checked.outText, ";"), rows[0]!.length);
  }, 30000);

  it("reads an HS code that European Excel wrote as a number (3004,9) as 300490", async () => {
    const rows = [
      ["From", "To", "Material", "Value", "Currency", "HS code"],
      ["US", "DE", "IMP", "100", "EUR", "3004,9"],
      ["US", "DE", "IMP", "100", "EUR", "3004,9x"],
    ];
    const checked = await check(place("plan.csv", Buffer.from(csvText(rows, ";"))));
    expect(checked.rows[0]!.status).not.toBe("error");
    expect(checked.rows[1]!.issues[0]!.message).toBe('HS code (F3) "3004,9x" is not an HS code (4 to 10 digits).');
  }, 30000);
});

describe("rows keep their numbers", () => {
  it("with title lines above the header and blank lines between rows: line N of the copy is line N of the plan", async () => {
    const rows = planRows("point");
    const text = [
      "Study CLW-301 shipment plan",
      "Exported 2026-11-20 by the supply team",
      "",
      ...csvText(rows.slice(0, 2), ",").trimEnd().split("\r\n"),
      "",
      "",
      csvText([rows[2]!], ",").trimEnd(),
      "",
    ].join("\r\n");
    const checked = await check(place("plan.csv", Buffer.from(text)));
    expect(checked.text).toContain("Header in row 4");
    expect(checked.rows.map((row) => [row.row, row.shipmentId])).toEqual([
      [5, "S-1"],
      [8, "S-2"],
    ]);
    // Lines as any text tool counts them: Clearway's multi-line cells are written on one line.
    const inputLines = text.split(/\r?\n/);
    const outputLines = checked.outText.split(/\r?\n/);
    expect(outputLines).toHaveLength(inputLines.length);
    expect(outputLines.slice(0, 3)).toEqual(inputLines.slice(0, 3));
    expect([outputLines[5], outputLines[6]]).toEqual(["", ""]);
    for (const line of [3, 4, 7]) expect(outputLines[line]!.startsWith(`${inputLines[line]!},`)).toBe(true);
  }, 30000);

  it("with a planner's cell that holds a line break: the row is Excel's row, and the cell is written back as it was", async () => {
    const rows = planRows("point");
    rows[1]![9] = "Kit A\nsecond line";
    const text = csvText(rows, ",");
    const checked = await check(place("plan.csv", Buffer.from(text)));
    expect(checked.rows.map((row) => row.row)).toEqual([2, 3]);
    expect(checked.outText).toContain(',"Kit A\nsecond line",');
  }, 30000);
});

describe("formula-looking text", () => {
  const rows = [
    ["Shipment ID", "Origin", "Destination", "Material", "Value", "Currency", "Temperature", "Importer of record"],
    ["S-1", "US", "DE", "IMP", "100", "EUR", "'-20C", '=HYPERLINK("http://x","click")'],
    ["S-2", "US", "DE", "IMP", "100", "EUR", "-20C", "@Depot"],
  ];

  it("is read without the apostrophe that keeps it text; the planner's cells are written back exactly; Clearway's echoes are escaped", async () => {
    const file = place("plan.csv", Buffer.from(csvText(rows, ",")));
    const checked = await check(file);
    expect(checked.rows.map((row) => row.importerOfRecord.party)).toEqual(['=HYPERLINK("http://x","click")', "@Depot"]);
    expect(checked.rows.every((row) => !row.issues.some((issue) => issue.code === "cell-unreadable"))).toBe(true);
    const output = fieldsOf(checked.outText, ",");
    expectPlanFieldsKept(rows, output, rows[0]!.length);
    const ior = rows[0]!.length + OUTPUT_COLUMNS.indexOf("Importer of record");
    expect([output[1]![ior], output[2]![ior]]).toEqual(['\'=HYPERLINK("http://x","click")', "'@Depot"]);
    // The raw lines: the planner's fields byte for byte, quotes included.
    const lines = checked.outText.split("\r\n");
    expect(lines[1]!.startsWith(`S-1,US,DE,IMP,100,EUR,'-20C,"=HYPERLINK(""http://x"",""click"")",`)).toBe(true);
    expect(lines[2]!.startsWith("S-2,US,DE,IMP,100,EUR,-20C,@Depot,")).toBe(true);
  }, 30000);

  it("--in-place leaves -20C as -20C in the planner's column, on the first check and on the second", async () => {
    const file = place("plan.csv", Buffer.from(csvText(rows, ",")));
    for (let run = 0; run < 2; run++) {
      expect((await runCli("check", file, "--in-place", "--as-of", "2026-11-26")).code).toBe(0);
      const output = fieldsOf(readFileSync(file, "utf8"), ",");
      expectPlanFieldsKept(rows, output, rows[0]!.length);
      expect(output[0]!.slice(rows[0]!.length)).toEqual([...OUTPUT_HEADERS]);
    }
  }, 30000);
});

describe("a CSV copy of an .xlsx plan", () => {
  it("writes the plan's cells as they appear (dates as ISO dates) and escapes only Clearway's", async () => {
    const dir = tempDir();
    dirs.push(dir);
    const xlsx = await writeWorkbook(path.join(dir, "plan.xlsx"), [
      {
        name: "Plan",
        rows: [
          ["Shipment ID", "From", "To", "Material", "Value", "Currency", "Ship date", "Importer of record"],
          ["S-1", "US", "DE", "IMP", 1234.5, "EUR", new Date(Date.UTC(2027, 2, 1)), "-Depot, GmbH"],
        ],
      },
    ]);
    const out = path.join(dir, "out.csv");
    expect((await runCli("check", xlsx, "-o", out, "--as-of", "2026-11-26")).code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [, row] = fieldsOf(bytes.toString("utf8"), ",");
    expect(row!.slice(0, 8)).toEqual(["S-1", "US", "DE", "IMP", "1234.5", "EUR", "2027-03-01", "-Depot, GmbH"]);
    expect(row![8 + OUTPUT_COLUMNS.indexOf("Importer of record")]).toBe("'-Depot, GmbH");
  }, 30000);
});

describe("files that cannot be read as a CSV plan are refused in one line, with exit code 1", () => {
  const lines = (count: number) => Array.from({ length: count }, (_, i) => `S-${i},US,DE,IMP,100,EUR`);
  const xlsxBytes = async () => {
    const dir = tempDir();
    dirs.push(dir);
    return readFileSync(await writeWorkbook(path.join(dir, "plan.xlsx"), [{ name: "Plan", rows: [HEADER] }]));
  };
  it.each<[string, () => Buffer | Promise<Buffer>, RegExp]>([
    ["an empty file", () => Buffer.alloc(0), /plan\.csv is empty \(0 bytes\)$/],
    [
      "a file of only a UTF-8 BOM",
      () => Buffer.from([0xef, 0xbb, 0xbf]),
      /plan\.csv holds only a byte-order mark \(UTF-8\) and no text: the file is empty$/,
    ],
    [
      "a file of only a UTF-16 BOM",
      () => Buffer.from([0xff, 0xfe]),
      /plan\.csv holds only a byte-order mark \(UTF-16 LE\) and no text: the file is empty$/,
    ],
    [
      "a file of only blank lines",
      () => Buffer.from("\r\n \r\n\r\n"),
      /plan\.csv holds no text, only blank lines or spaces$/,
    ],
    [
      "an .xlsx workbook renamed .csv",
      xlsxBytes,
      /plan\.csv is an Excel workbook \(\.xlsx\) named \.csv: rename it to \.xlsx, or save it from Excel as CSV$/,
    ],
    [
      "an old .xls workbook renamed .csv",
      () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      /plan\.csv is an old-format Excel workbook \(\.xls\) named \.csv/,
    ],
    [
      "a binary file",
      () => Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]),
      /plan\.csv is not a text file \(it holds NUL bytes, as binary files do\)/,
    ],
    [
      "a CSV file without a plan header, with how it was read",
      () => Buffer.from("Name;Phone\r\nDepot;+49 89 1234\r\n"),
      /plan\.csv \(read as CSV: UTF-8, ";"-separated, decimal comma\): no shipment plan found: no header row with the required columns/,
    ],
    [
      "a quoted field that is never closed (line 14)",
      () =>
        Buffer.from(
          ["From,To,Material,Value,Currency", ...lines(12), 'S-13,US,DE,"IMP,100,EUR', ...lines(5)].join("\r\n"),
        ),
      /plan\.csv line 14: a quoted field is not closed; check the quotes on that line or save the file again from Excel$/,
    ],
    [
      "text after a closing quote (line 3)",
      () =>
        Buffer.from(
          ["From;To;Material;Value;Currency", "US;DE;IMP;100;EUR", 'US;DE;"IMP" kit;100;EUR', "US;DE;IMP;100;EUR"].join(
            "\n",
          ),
        ),
      /plan\.csv line 3: text follows the closing quote of a field .*; check the quotes on that line or save the file again from Excel$/,
    ],
  ])(
    "%s",
    async (_name, bytes, message) => {
      const file = place("plan.csv", await bytes());
      const before = readFileSync(file);
      const out = path.join(path.dirname(file), "out.csv");
      const result = await runCli("check", file, "-o", out, "--as-of", "2026-11-26");
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(result.stderr.trimEnd()).toMatch(message);
      expect(readFileSync(file).equals(before)).toBe(true);
      expect(() => readFileSync(out)).toThrow();
    },
    30000,
  );
});

describe("configuration tables given as CSV", () => {
  it("reads a --parties file saved by European Excel on Windows (semicolons, Windows-1252)", async () => {
    const parties = [
      ["Name", "Country", "Roles", "Licence rule id", "Licence reference", "Scope", "Valid from", "Valid until"],
      [
        "Klinikdepot Süd GmbH",
        "Deutschland",
        "IOR",
        "de-import-imp-einfuhrerlaubnis",
        "DE-BY-2025-0042",
        "",
        "2025-01-01",
        "2028-12-31",
      ],
      ["US Clinical Depot Inc", "US", "EOR", "us-export-imp-fda", "IND 123456", "", "", ""],
    ];
    const partiesFile = place("parties.csv", windows1252(csvText(parties, ";")));
    const plan = place(
      "plan.csv",
      Buffer.from(
        csvText(
          [
            ["Shipment ID", "From", "To", "Material", "Value", "Currency", "Ship date", "HS code"],
            ["S-1", "US", "DE", "IMP", "10000", "EUR", "2027-03-01", "3004"],
          ],
          ",",
        ),
      ),
    );
    const checked = await check(plan, "--parties", partiesFile);
    expect(checked.rows[0]).toMatchObject({ status: "ok", importerOfRecord: { party: "Klinikdepot Süd GmbH" } });
  }, 30000);

  it("reads a --rules table from a semicolon file with a decimal comma: 2,5 % is a rate of 2.5%", async () => {
    const rules = [
      ["Country", "Section", "Rule id", "Value", "Source note", "Reviewed"],
      ["GB", "duty", "gb-duty-9018", "2,5 %", "Zolltarifauskunft unseres Spediteurs", "2026-10-01"],
    ];
    const rulesFile = place("rules.csv", encode(csvText(rules, ";"), "UTF-8 with BOM"));
    const plan = place(
      "plan.csv",
      Buffer.from(
        csvText(
          [
            ["Shipment ID", "From", "To", "Material", "Value", "Currency", "HS code", "Freight", "Insurance"],
            ["S-1", "US", "GB", "device", "5000", "GBP", "9018", "0", "0"],
          ],
          ",",
        ),
      ),
    );
    const checked = await check(plan, "--rules", rulesFile);
    expect(checked.rows[0]!.charges).toMatchObject({ customsValue: 5000, duty: 125 });
  }, 30000);

  it("refuses a --parties CSV file with a quote problem, naming the option, the file and the line", async () => {
    const partiesFile = place("parties.csv", Buffer.from('Name,Country,Roles\n"Depot GmbH,DE,IOR\n'));
    const plan = place("plan.csv", Buffer.from(csvText(planRows("point"), ",")));
    const result = await runCli("check", plan, "--parties", partiesFile, "--as-of", "2026-11-26");
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd()).toBe(
      `clearway: --parties ${partiesFile} line 2: a quoted field is not closed; check the quotes on that line or save the file again from Excel`,
    );
  }, 30000);
});
