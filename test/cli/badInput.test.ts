import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli, tempDir, writeWorkbook, type Row } from "../support/planFiles";

const HEADER = [
  "Shipment ID",
  "From",
  "To",
  "Material",
  "Value",
  "Currency",
  "Ship date",
  "Need-by date",
  "Temperature",
  "Returnable",
  "Dangerous goods",
  "HS code",
];
const GOOD: Row = ["S-ok", "US", "DE", "IMP", 1000, "EUR", "2027-06-01", "2027-06-20", "2-8 C", "no", "", "3004"];

/** One bad (or tricky) row each: what the row holds, the status it must get, and the cell the message must name. */
const CASES: Array<[string, Partial<Record<number, Row[number]>>, string, string | null]> = [
  ["an ambiguous day/month date", { 6: "03/04/2027" }, "error", "G"],
  ["a date that does not exist", { 6: "2027-02-30" }, "error", "G"],
  ["a date written in words Clearway cannot read", { 6: "early June" }, "error", "G"],
  ["a need-by date before the ship date", { 6: "2027-06-10", 7: "2027-06-01" }, "error", "H"],
  ["a decimal comma in the value", { 4: "1.234,56" }, "error", "E"],
  ["a negative value", { 4: -5 }, "error", "E"],
  ["a value in words", { 4: "about a thousand" }, "error", "E"],
  ["an empty value", { 4: null }, "error", "E"],
  ["a misspelt destination", { 2: "Germny" }, "error", "C"],
  ["an empty origin", { 1: null }, "error", "B"],
  ["an unknown material", { 3: "reagent" }, "error", "D"],
  ["a currency that is not ISO", { 5: "EURO" }, "error", "F"],
  ["an empty currency", { 5: null }, "error", "F"],
  ["an unknown temperature", { 8: "warm" }, "error", "I"],
  ["a returnable flag that is not yes/no", { 9: "maybe" }, "error", "J"],
  ["a malformed UN number", { 10: "UN33A3" }, "error", "K"],
  ["an HS code with letters", { 11: "30x4" }, "error", "L"],
  ["a partial row with only an id and a value", { 1: null, 2: null, 3: null }, "error", "B"],
  ["an alpha-3 country code", { 2: "DEU" }, "action", null],
  ["a German country name", { 2: "Deutschland" }, "action", null],
  ["a French country name", { 2: "Allemagne" }, "action", null],
  ["an Excel serial date", { 6: 46539 }, "action", null],
  ["a value with thousands separators", { 4: "12,500.00" }, "action", null],
  ["a formula whose result is the value", { 4: { formula: "500*2", result: 1000 } }, "action", null],
  ["a value with its currency written in the cell", { 4: "EUR 1,000", 5: null }, "action", null],
];

describe("bad input in plan rows: each row gets its own status and the message names the cell", () => {
  let json: {
    rows: Array<{
      row: number;
      shipmentId: string | null;
      status: string;
      issues: Array<{ cell?: string; message: string; severity: string }>;
    }>;
  };

  beforeAll(async () => {
    const dir = tempDir();
    const rows: Row[] = [["Bad input plan"], HEADER, GOOD];
    CASES.forEach(([, patch], index) => {
      const row = [...GOOD];
      row[0] = `S-${index}`;
      for (const [column, value] of Object.entries(patch)) row[Number(column)] = value as Row[number];
      rows.push(row);
    });
    rows.push(
      [null, null, null],
      GOOD.map((cell, i) => (i === 0 ? "S-last" : cell)),
    );
    const file = await writeWorkbook(path.join(dir, "bad.xlsx"), [{ name: "Plan", rows }]);
    const result = await runCli("check", file, "--json", "--as-of", "2026-11-26");
    expect(result.code).toBe(0);
    json = JSON.parse(result.stdout);
  }, 30000);

  it.each(CASES.map((entry, index) => [entry[0], index, entry[2], entry[3]] as const))(
    "%s",
    (_label, index, status, column) => {
      const sheetRow = 4 + index; // title row 1, header row 2, good row 3
      const row = json.rows.find((r) => r.row === sheetRow)!;
      expect(row.shipmentId).toBe(`S-${index}`);
      expect(row.status).toBe(status);
      if (column) {
        const errors = row.issues.filter((i) => i.severity === "error");
        expect(errors.map((e) => e.cell)).toContain(`${column}${sheetRow}`);
        expect(errors.find((e) => e.cell === `${column}${sheetRow}`)!.message).toContain(`(${column}${sheetRow})`);
      }
    },
  );

  it("still checks the rows around the bad ones, and skips the empty row without losing the next", () => {
    expect(json.rows[0]).toMatchObject({ row: 3, shipmentId: "S-ok", status: "action" });
    expect(json.rows.at(-1)).toMatchObject({ shipmentId: "S-last", status: "action" });
    expect(json.rows).toHaveLength(CASES.length + 2);
  });
});

describe("plans that cannot be read at all: exit code 1, one line that says why, nothing written", () => {
  const dir = tempDir();
  const out = path.join(dir, "out.xlsx");

  it.each([
    [
      "a sheet without the required columns",
      async () =>
        writeWorkbook(path.join(dir, "missing.xlsx"), [
          {
            name: "Plan",
            rows: [
              ["From", "To", "Value (EUR)"],
              ["US", "DE", 100],
            ],
          },
        ]),
      /missing or ambiguous Material type/,
    ],
    [
      "two Destination columns",
      async () =>
        writeWorkbook(path.join(dir, "dupe.xlsx"), [
          {
            name: "Plan",
            rows: [
              ["From", "Destination", "To", "Material", "Value (EUR)"],
              ["US", "DE", "FR", "IMP", 1],
            ],
          },
        ]),
      /ambiguous Destination.*Destination in B1 and C1/,
    ],
    [
      "a plan only on a hidden sheet",
      async () =>
        writeWorkbook(path.join(dir, "hidden.xlsx"), [
          { name: "Notes", rows: [["Notes only"]] },
          { name: "Plan", hidden: true, rows: [HEADER, GOOD] },
        ]),
      /the sheet that holds the plan, "Plan", is hidden: .*--sheet "Plan"/,
    ],
    [
      "a 0-byte file",
      async () => {
        const f = path.join(dir, "empty.xlsx");
        writeFileSync(f, "");
        return f;
      },
      /is empty \(0 bytes\)/,
    ],
    [
      "a text file named .xlsx",
      async () => {
        const f = path.join(dir, "fake.xlsx");
        writeFileSync(f, "From,To\nUS,DE\n");
        return f;
      },
      /is not an Excel workbook/,
    ],
    ["a file that does not exist", async () => path.join(dir, "nope.xlsx"), /no such file/],
    [
      "a file that is neither .xlsx nor .csv",
      async () => {
        const f = path.join(dir, "plan.txt");
        writeFileSync(f, "x");
        return f;
      },
      /only \.xlsx and \.csv/,
    ],
  ])("%s", async (_label, make, message) => {
    const file = await make();
    const result = await runCli("check", file, "-o", out);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
  });

  it("reads a plan on a hidden sheet when the sheet is named", async () => {
    const file = await writeWorkbook(path.join(dir, "hidden2.xlsx"), [
      { name: "Notes", rows: [["Notes only"]] },
      { name: "Plan", hidden: true, rows: [HEADER, GOOD] },
    ]);
    const result = await runCli("check", file, "--sheet", "Plan", "--json", "--as-of", "2026-11-26");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).rows).toHaveLength(1);
  });

  it("reads a header whose cells are merged with the cell beside them", async () => {
    const file = await writeWorkbook(path.join(dir, "merged.xlsx"), [
      {
        name: "Plan",
        rows: [
          ["Title", null, null],
          HEADER.flatMap((h) => (h === "To" ? [h, null] : [h])),
          GOOD.flatMap((c, i) => (i === 2 ? [c, null] : [c])),
        ],
        merges: ["A1:C1", "C2:D2"],
      },
    ]);
    const result = await runCli("check", file, "--json", "--as-of", "2026-11-26");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).rows[0]).toMatchObject({ row: 3, status: "action" });
  });
});

describe("usage errors: exit code 2", () => {
  it.each([
    [["check"], /missing required argument/],
    [["check", "plan.xlsx", "--as-of", "26/11/2026"], /--as-of/],
    [["check", "plan.xlsx", "-o", "out.pdf"], /must be a \.xlsx or \.csv/],
    [["frobnicate"], /unknown command/],
  ])("%j", async (args, message) => {
    const result = await runCli(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe("more tricky rows", () => {
  it("reads an HS code typed as the number 3004.9 as subheading 300490, and refuses a row whose currencies disagree", async () => {
    const dir = tempDir();
    const file = await writeWorkbook(path.join(dir, "tricky.xlsx"), [
      {
        name: "Plan",
        rows: [
          ["Shipment ID", "From", "To", "Material", "Value", "Currency", "HS code", "Freight"],
          ["S-1", "US", "DE", "IMP", 1000, "EUR", 3004.9, null],
          ["S-2", "US", "DE", "IMP", "USD 1,000", "EUR", "3004", null],
          ["S-3", "US", "DE", "IMP", 1000, "EUR", "3004", "USD 50"],
        ],
      },
    ]);
    const json = JSON.parse((await runCli("check", file, "--json", "--as-of", "2026-11-26")).stdout);
    expect(json.rows[0].charges.basis).toContain("HS 3004");
    expect(json.rows[0].issues.map((i: { code: string }) => i.code)).not.toContain("cell-unreadable");
    expect(json.rows[1]).toMatchObject({ status: "error" });
    expect(json.rows[1].issues[0]).toMatchObject({ cell: "F3" });
    expect(json.rows[1].issues[0].message).toContain("the value cell says USD");
    expect(json.rows[2].issues[0].message).toContain("the freight cell says USD");
  }, 30000);
});
