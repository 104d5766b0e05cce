import path from "node:path";
import { runCli, tempDir, writeWorkbook, type Row } from "../support/planFiles";

const HEADER = ["Shipment ID", "From", "To", "Material", "Value", "Currency"];

/** One row each: what the row holds, the status it must get, the cell the message names, and words the message must hold. */
const CASES: Array<[string, Row, string, string, string[]]> = [
  [
    "an ambiguous destination name",
    ["S-korea", "US", "Korea", "IMP", 1000, "USD"],
    "error",
    "C2",
    ['Destination (C2) "Korea" could be South Korea (KR) or North Korea (KP): write the ISO code.'],
  ],
  [
    "an ambiguous origin name",
    ["S-congo", "Congo", "DE", "IMP", 1000, "EUR"],
    "error",
    "B3",
    ['Origin (B3) "Congo" could be the Republic of the Congo (CG) or the Democratic Republic of the Congo (CD)'],
  ],
  [
    "the Virgin Islands",
    ["S-vi", "US", "Virgin Islands", "IMP", 1000, "USD"],
    "error",
    "C4",
    ["the British Virgin Islands (VG) or the US Virgin Islands (VI)"],
  ],
  [
    "a territory with no code of its own",
    ["S-livigno", "DE", "Livigno", "IMP", 1000, "EUR"],
    "error",
    "C5",
    [
      'Destination (C5) "Livigno" (part of Italy (IT)) is outside the EU customs territory and the EU VAT area',
      "Clearway's rules do not cover it",
    ],
  ],
  [
    "a commercial row with value 0",
    ["S-zero", "US", "GB", "IMP", 0, "GBP"],
    "action",
    "E6",
    ["Value (E6): The value is 0 and the row is not marked no commercial value"],
  ],
];
/** Rows that are read, with the place each destination must be read as and the words its not-covered issue must hold. */
const TERRITORY_CASES: Array<[string, Row, string]> = [
  [
    "Northern Ireland",
    ["S-ni", "GB", "Northern Ireland", "IMP", 1000, "GBP"],
    "Northern Ireland (XI; own customs/VAT status: in the UK customs territory, but under the Windsor Framework EU customs and VAT rules apply to goods there",
  ],
  [
    "Spain (Canary Islands)",
    ["S-ic", "ES", "Spain (Canary Islands)", "IMP", 1000, "EUR"],
    "the Canary Islands (IC; own customs/VAT status: in the EU customs territory but outside the EU VAT area",
  ],
  [
    "Ceuta",
    ["S-ea", "ES", "Ceuta", "IMP", 1000, "EUR"],
    "Ceuta and Melilla (EA; own customs/VAT status: outside the EU customs territory and the EU VAT area",
  ],
  [
    "Guadeloupe",
    ["S-gp", "FR", "Guadeloupe", "IMP", 1000, "EUR"],
    "Guadeloupe (GP; own customs/VAT status: in the EU customs territory but outside the EU VAT area",
  ],
];

type JsonRow = {
  row: number;
  shipmentId: string | null;
  status: string;
  issues: Array<{ code: string; cell?: string; message: string }>;
  charges: { total: number | null };
};

describe("rows that used to be read wrong without a word", () => {
  let json: { rows: JsonRow[] };

  beforeAll(async () => {
    const dir = tempDir();
    const rows: Row[] = [HEADER, ...CASES.map((entry) => entry[1]), ...TERRITORY_CASES.map((entry) => entry[1])];
    const file = await writeWorkbook(path.join(dir, "rows.xlsx"), [{ name: "Plan", rows }]);
    const result = await runCli("check", file, "--json", "--as-of", "2026-11-26");
    expect(result.code).toBe(0);
    json = JSON.parse(result.stdout);
  }, 30000);

  it.each(CASES.map(([label, row, status, cell, words]) => [label, row[0], status, cell, words] as const))(
    "%s: %s is %s, naming %s",
    (_label, id, status, cell, words) => {
      const row = json.rows.find((entry) => entry.shipmentId === id)!;
      expect(row.status).toBe(status);
      const named = row.issues.filter((entry) => entry.cell === cell);
      expect(named.length).toBe(1);
      for (const text of words) expect(named[0]!.message).toContain(text);
    },
  );

  it("charges no de minimis on a value of 0", () => {
    const row = json.rows.find((entry) => entry.shipmentId === "S-zero")!;
    expect(row.charges.total).toBeNull();
    expect(row.issues.map((entry) => entry.code)).not.toContain("de-minimis");
  });

  it.each(TERRITORY_CASES.map(([label, row, words]) => [label, row[0], words] as const))(
    "%s (%s) is not folded into its state: action, not covered, its status named",
    (_label, id, words) => {
      const row = json.rows.find((entry) => entry.shipmentId === id)!;
      expect(row.status).toBe("action");
      expect(row.issues.find((entry) => entry.code === "country-not-covered")?.message).toContain(words);
      expect(row.issues.map((entry) => entry.code)).not.toEqual(expect.arrayContaining(["domestic-shipment"]));
      expect(row.issues.map((entry) => entry.code)).not.toEqual(expect.arrayContaining(["customs-union-movement"]));
    },
  );
});
