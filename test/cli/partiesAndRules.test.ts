import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { OUTPUT_COLUMNS } from "../../src/plan/outputColumns";
import { readSheet, runCli, tempDir, writeWorkbook, type Row } from "../support/planFiles";

/**
 * Parties and rule overrides change the outcome of a check. Against the embedded rules, as of
 * 2026-11-26: an IMP from the US to Germany needs the FDA export side (us-export-imp-fda) and a
 * German importer holding the § 72 AMG authorisation (de-import-imp-einfuhrerlaubnis); a device to
 * the UK needs the MHRA clinical investigation notification and has no UK duty rate for 9018 in
 * Clearway's data (duty-rate-not-covered) until the user gives one.
 */

const PLAN_HEADER = [
  "Shipment ID",
  "From",
  "To",
  "Material",
  "Value",
  "Currency",
  "Ship date",
  "HS code",
  "Importer of record",
];
const IMP_ROW: Row = ["S-IMP", "US", "DE", "IMP", 10000, "EUR", "2027-03-01", "3004", null];
const DEVICE_ROW: Row = ["S-DEV", "US", "GB", "device", 5000, "GBP", "2027-03-01", "9018", null];
const PARTIES_HEADER = [
  "Name",
  "Country",
  "Roles",
  "Licence rule id",
  "Licence reference",
  "Scope",
  "Valid from",
  "Valid until",
];
const PARTIES: Row[] = [
  PARTIES_HEADER,
  [
    "Clinical Depot GmbH",
    "Germany",
    "IOR",
    "de-import-imp-einfuhrerlaubnis",
    "DE-BY-2025-0042",
    "CLW-301",
    "2025-01-01",
    "2028-12-31",
  ],
  [
    "UK Trial Logistics Ltd",
    "GB",
    "importer of record",
    "gb-import-device-mhra-ci-notification",
    "CI/2026/0042",
    null,
    null,
    null,
  ],
  ["US Clinical Depot Inc", "US", "EOR, IOR", "us-export-imp-fda", "IND 123456", null, null, null],
  ["US Clinical Depot Inc", null, null, "us-export-device-fda", "IDE G230001", null, null, null],
];
const RULES_HEADER = ["Country", "Section", "Rule id", "Value", "Source note", "Reviewed"];
const RULES: Row[] = [
  RULES_HEADER,
  ["GB", "duty", "gb-duty-9018", "0%", "Binding tariff ruling GB-BTI-2026-123 from our broker", "2026-10-01"],
];

interface JsonRow {
  row: number;
  shipmentId: string;
  status: string;
  permits: Array<{ ruleId: string; heldReference: string | null }>;
  importerOfRecord: { party: string | null };
  issues: Array<{ code: string; severity: string; message: string }>;
  ruleRefs: string[];
  charges: { duty: number | null };
}
interface JsonReport {
  rules: { version: string; overrides?: string[] };
  rows: JsonRow[];
}

const dir = tempDir();
let counter = 0;
const file = (name: string) => path.join(dir, `${++counter}-${name}`);
const plan = (rows: Row[], extra: Array<{ name: string; rows: Row[] }> = []) =>
  writeWorkbook(file("plan.xlsx"), [{ name: "Plan", rows: [PLAN_HEADER, ...rows] }, ...extra]);
const json = (value: unknown, name = "config.json") => {
  const target = file(name);
  writeFileSync(target, JSON.stringify(value));
  return target;
};

async function check(planFile: string, ...args: string[]): Promise<JsonReport> {
  const result = await runCli("check", planFile, "--json", "--as-of", "2026-11-26", ...args);
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as JsonReport;
}
const codes = (row: JsonRow) => row.issues.map((entry) => entry.code);
const rowOf = (report: JsonReport, id: string) => report.rows.find((row) => row.shipmentId === id)!;

describe("parties change the outcome", () => {
  it("a held licence from the Clearway Parties sheet turns the row from action into ok and the reference is shown", async () => {
    const without = rowOf(await check(await plan([IMP_ROW])), "S-IMP");
    expect(without.status).toBe("action");
    expect(codes(without)).toEqual(expect.arrayContaining(["permit-required", "importer-of-record-needed"]));

    const planFile = await plan([IMP_ROW], [{ name: "Clearway Parties", rows: PARTIES }]);
    const withParties = rowOf(await check(planFile), "S-IMP");
    expect(withParties.status).toBe("ok");
    expect(withParties.importerOfRecord.party).toBe("Clinical Depot GmbH");
    expect(withParties.permits).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: "de-import-imp-einfuhrerlaubnis", heldReference: "DE-BY-2025-0042" }),
        expect.objectContaining({ ruleId: "us-export-imp-fda", heldReference: "IND 123456" }),
      ]),
    );
    expect(
      withParties.issues.find((entry) => entry.code === "permit-held" && entry.message.includes("DE-BY-2025-0042"))
        ?.message,
    ).toContain("held by Clinical Depot GmbH (reference DE-BY-2025-0042, CLW-301)");

    // The annotated copy shows it too, and keeps the parties sheet.
    const out = file("out.xlsx");
    const written = await runCli("check", planFile, "-o", out, "--as-of", "2026-11-26");
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('Parties from sheet "Clearway Parties": 3.');
    const [header, row] = await readSheet(out, "Plan");
    const block = header!.indexOf("Clearway: Status");
    expect(row![block]).toBe("ok");
    expect(String(row![block + OUTPUT_COLUMNS.indexOf("Required permits")])).toContain("[held: DE-BY-2025-0042]");
    expect(row![block + OUTPUT_COLUMNS.indexOf("Importer of record")]).toBe("Clinical Depot GmbH");
    expect((await readSheet(out, "Clearway Parties"))[1]![0]).toBe("Clinical Depot GmbH");
  }, 30000);

  it("an expired licence (from a --parties JSON file) is flagged: action, renew it", async () => {
    const parties = json([
      {
        name: "Clinical Depot GmbH",
        country: "DE",
        roles: ["importer-of-record"],
        licences: [
          { ruleId: "de-import-imp-einfuhrerlaubnis", reference: "DE-BY-2020-0007", validUntil: "2026-12-31" },
        ],
      },
      {
        name: "US Clinical Depot Inc",
        country: "US",
        roles: ["exporter-of-record"],
        licences: [{ ruleId: "us-export-imp-fda", reference: "IND 123456" }],
      },
    ]);
    const row = rowOf(await check(await plan([IMP_ROW]), "--parties", parties), "S-IMP");
    expect(row.status).toBe("action");
    expect(row.permits.find((permit) => permit.ruleId === "de-import-imp-einfuhrerlaubnis")?.heldReference).toBeNull();
    expect(row.issues.find((entry) => entry.code === "permit-expires")?.message).toMatch(
      /held by Clinical Depot GmbH \(reference DE-BY-2020-0007\) is not valid on the ship date \(valid until 2026-12-31\): renew it/,
    );
  }, 30000);

  it("a named importer of record that may not import there is flagged, and its licence elsewhere is named", async () => {
    const planFile = await plan(
      [["S-IMP", "US", "DE", "IMP", 10000, "EUR", "2027-03-01", "3004", "US Clinical Depot Inc"]],
      [{ name: "Clearway Parties", rows: PARTIES }],
    );
    const row = rowOf(await check(planFile), "S-IMP");
    expect(row.status).toBe("action");
    expect(row.importerOfRecord.party).toBe("US Clinical Depot Inc");
    expect(row.issues.find((entry) => entry.code === "importer-of-record-not-eligible")?.message).toMatch(
      /^US Clinical Depot Inc is established in US, but the importer of record for investigational medicinal product in Germany must be: /,
    );
    expect(row.permits.find((permit) => permit.ruleId === "de-import-imp-einfuhrerlaubnis")?.heldReference).toBeNull();
    expect(row.issues.find((entry) => entry.code === "permit-required")?.message).toContain(
      "Clinical Depot GmbH (reference DE-BY-2025-0042, CLW-301) holds it but is not the importer of record for this shipment.",
    );
  }, 30000);

  it("reads the parties from .csv and .xlsx files as well", async () => {
    const csv = file("parties.csv");
    writeFileSync(
      csv,
      PARTIES.map((row) => row.map((cell) => (cell === null ? "" : `"${String(cell)}"`)).join(",")).join("\n"),
    );
    const xlsx = await writeWorkbook(file("parties.xlsx"), [
      { name: "Notes", rows: [["see the other sheet"]] },
      { name: "Clearway Parties", rows: PARTIES },
    ]);
    for (const partiesFile of [csv, xlsx])
      expect(rowOf(await check(await plan([IMP_ROW]), "--parties", partiesFile), "S-IMP").status).toBe("ok");
  }, 30000);
});

describe("rule overrides change the outcome, and are named as the user's", () => {
  it("a duty rate from the Clearway Rules sheet: used, named in the output, shown in the sources sheet with its note", async () => {
    const without = rowOf(
      await check(await plan([DEVICE_ROW], [{ name: "Clearway Parties", rows: PARTIES }])),
      "S-DEV",
    );
    expect(without.status).toBe("action");
    expect(codes(without)).toContain("duty-rate-not-covered");
    expect(without.charges.duty).toBeNull();

    const planFile = await plan(
      [DEVICE_ROW],
      [
        { name: "Clearway Parties", rows: PARTIES },
        { name: "Clearway Rules", rows: RULES },
      ],
    );
    const report = await check(planFile);
    expect(report.rules).toEqual({
      version: "2026.12.06+overrides",
      asOf: expect.any(String),
      overrides: ["gb-duty-9018"],
    });
    const row = rowOf(report, "S-DEV");
    // The duty is now known, and with it nothing is left to do for this row (the device needs no import licence in GB).
    expect(codes(row)).not.toContain("duty-rate-not-covered");
    expect(row.issues.filter((entry) => entry.severity === "action").map((entry) => entry.code)).toEqual([]);
    expect(row.charges.duty).toBe(0);
    expect(row.ruleRefs).toContain("gb-duty-9018");
    expect(row.issues.find((entry) => entry.code === "rule-override")).toEqual({
      code: "rule-override",
      severity: "info",
      kind: "info",
      message:
        "Uses your rule override gb-duty-9018 (GB: duty 9018: 0%), not Clearway's data. Source: Binding tariff ruling GB-BTI-2026-123 from our broker, reviewed 2026-10-01.",
    });

    const out = file("out.xlsx");
    const written = await runCli("check", planFile, "-o", out, "--as-of", "2026-11-26");
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('Rule overrides from sheet "Clearway Rules": gb-duty-9018.');
    const sources = await readSheet(out, "Clearway Sources");
    // An empty text cell is written as an empty inline string, which exceljs reads as no value.
    expect(Array.from(sources.find((cells) => cells[0] === "gb-duty-9018") ?? [], (cell) => cell ?? "")).toEqual([
      "gb-duty-9018",
      "GB",
      "duty 9018: 0%",
      "Binding tariff ruling GB-BTI-2026-123 from our broker",
      "2026-10-01",
      "",
      "yes (user's rule)",
      1,
      "2",
    ]);
    // Clearway's own facts are not marked.
    expect(sources.filter((cells) => cells[6] === "yes (user's rule)")).toHaveLength(1);
    const [header, cells] = await readSheet(out, "Plan");
    const block = header!.indexOf("Clearway: Status");
    expect(String(cells![block + OUTPUT_COLUMNS.indexOf("Rule references")])).toContain("gb-duty-9018");
    expect(String(cells![block + OUTPUT_COLUMNS.indexOf("Issues")])).toContain("Uses your rule override gb-duty-9018");
  }, 30000);

  it("a --rules JSON file: a lead time from experience, with its link", async () => {
    const rules = json({
      countries: [
        {
          code: "GB",
          import: [
            {
              kind: "permit",
              id: "gb-import-device-mhra-ci-notification",
              materials: ["device"],
              name: "MHRA clinical investigation notification",
              authority: "MHRA",
              scope: "per-trial",
              holder: "sponsor",
              leadTimeDays: 20,
              sources: [
                {
                  title: "Our last three notifications took 14 to 20 days",
                  url: "https://example.org/our-notes",
                  reviewed: "2026-11-01",
                },
              ],
            },
          ],
        },
      ],
    });
    const report = await check(await plan([DEVICE_ROW]), "--rules", rules);
    const row = rowOf(report, "S-DEV");
    expect(report.rules.overrides).toEqual(["gb-import-device-mhra-ci-notification"]);
    expect(row.issues.find((entry) => entry.code === "rule-override")?.message).toContain(
      "(https://example.org/our-notes), reviewed 2026-11-01",
    );
    expect(
      row.issues.find(
        (entry) =>
          entry.code === "permit-required" && entry.message.includes("MHRA clinical investigation notification"),
      )?.message,
    ).toContain("about 20 days");
  }, 30000);

  it("a --rules YAML file in the format of Clearway's rule files: a sources table cited by id", async () => {
    const rules = file("rules.yaml");
    writeFileSync(
      rules,
      [
        "# yaml-language-server: $schema=../schema/rules-override.schema.json",
        "sources:",
        "  ourNotes:",
        "    title: Our last three notifications took 14 to 20 days",
        "    url: https://example.org/our-notes",
        "    reviewed: 2026-11-01",
        "countries:",
        "  - code: GB",
        "    import:",
        "      - kind: permit",
        "        id: gb-import-device-mhra-ci-notification",
        "        materials: [device]",
        "        name: MHRA clinical investigation notification",
        "        authority: MHRA",
        "        scope: per-trial",
        "        holder: sponsor",
        "        leadTimeDays: 20",
        "        sources: [ourNotes]",
        "",
      ].join("\n"),
    );
    const report = await check(await plan([DEVICE_ROW]), "--rules", rules);
    const row = rowOf(report, "S-DEV");
    expect(report.rules.overrides).toEqual(["gb-import-device-mhra-ci-notification"]);
    expect(row.issues.find((entry) => entry.code === "rule-override")?.message).toContain(
      "Our last three notifications took 14 to 20 days (https://example.org/our-notes), reviewed 2026-11-01",
    );
  }, 30000);

  it("a file given on the command line wins over the workbook's sheet", async () => {
    const brokenSheets = [
      { name: "Clearway Rules", rows: [RULES_HEADER, ["Narnia", "duty", "gb-duty-9018", 0, "x", "2026-10-01"]] },
      { name: "Clearway Parties", rows: [PARTIES_HEADER, ["Nobody", "Narnia", "IOR", null, null, null, null, null]] },
    ];
    const rules = json({
      countries: [
        {
          code: "GB",
          duties: [
            {
              id: "gb-duty-9018",
              heading: "9018",
              ratePercent: 1,
              sources: [{ title: "Our broker's note", reviewed: "2026-10-01" }],
            },
          ],
        },
      ],
    });
    const parties = json([{ name: "UK Trial Logistics Ltd", country: "GB", roles: ["importer-of-record"] }]);
    const row = rowOf(
      await check(await plan([DEVICE_ROW], brokenSheets), "--rules", rules, "--parties", parties),
      "S-DEV",
    );
    expect(row.importerOfRecord.party).toBe("UK Trial Logistics Ltd");
    expect(row.ruleRefs).toContain("gb-duty-9018");
    // The file's 1% on the CIF value: 5,000 GBP + the 5% freight estimate = 5,250; 1% = 52.50.
    expect(row.charges).toMatchObject({ customsValue: 5250, duty: 52.5 });
  }, 30000);
});

describe("a bad rules or parties file or sheet: refused whole, exit code 1, one line naming the cell and the zod path, nothing written", () => {
  const out = path.join(dir, "never.xlsx");

  it.each([
    [
      "an unknown licence rule id in the parties sheet",
      async () => [
        await plan(
          [IMP_ROW],
          [
            {
              name: "Clearway Parties",
              rows: [PARTIES_HEADER, ["Depot", "DE", "IOR", "de-import-nothing", "X", null, null, null]],
            },
          ],
        ),
      ],
      /sheet "Clearway Parties"\) is refused, so nothing was checked: D2: Licence rule id: "de-import-nothing" is not a permit rule id .*\(at 0\.licences\.0\.ruleId\)/,
    ],
    [
      "a bad date in the parties sheet",
      async () => [
        await plan(
          [IMP_ROW],
          [
            {
              name: "Clearway Parties",
              rows: [
                PARTIES_HEADER,
                ["Depot", "DE", "IOR", "de-import-imp-einfuhrerlaubnis", "X", null, "2027-02-30", null],
              ],
            },
          ],
        ),
      ],
      /G2: Valid from "2027-02-30" is not a real calendar date \(at 0\.licences\.0\.validFrom\)/,
    ],
    [
      "an unknown country in the parties sheet",
      async () => [
        await plan(
          [IMP_ROW],
          [
            {
              name: "Clearway Parties",
              rows: [PARTIES_HEADER, ["Depot", "Germny", "IOR", null, null, null, null, null]],
            },
          ],
        ),
      ],
      /B2: Country "Germny" is not a country Clearway recognises.* \(at 0\.country\)/,
    ],
    [
      "a missing name in the parties sheet",
      async () => [
        await plan(
          [IMP_ROW],
          [{ name: "Clearway Parties", rows: [PARTIES_HEADER, [null, "DE", "IOR", null, null, null, null, null]] }],
        ),
      ],
      /A2: Name is empty.* \(at 0\.name\)/,
    ],
    [
      "a bad role in the parties sheet",
      async () => [
        await plan(
          [IMP_ROW],
          [
            {
              name: "Clearway Parties",
              rows: [PARTIES_HEADER, ["Depot", "DE", "customs broker", null, null, null, null, null]],
            },
          ],
        ),
      ],
      /C2: Roles "customs broker" is not a role.* \(at 0\.roles\)/,
    ],
    [
      "a bad date in a --parties JSON file",
      async () => [
        await plan([IMP_ROW]),
        "--parties",
        json([
          {
            name: "Depot",
            country: "DE",
            roles: ["importer-of-record"],
            licences: [{ ruleId: "de-import-imp-einfuhrerlaubnis", reference: "X", validUntil: "31.12.2027" }],
          },
        ]),
      ],
      /\.json is refused, so nothing was checked: .* \(at 0\.licences\.0\.validUntil\)/,
    ],
    [
      "an unknown rule id in a --parties CSV file",
      async () => {
        const csv = file("p.csv");
        writeFileSync(csv, `${PARTIES_HEADER.join(",")}\nDepot,DE,IOR,de-import-x,X,,,\n`);
        return [await plan([IMP_ROW]), "--parties", csv];
      },
      /p\.csv is refused, so nothing was checked: D2: Licence rule id: "de-import-x" is not a permit rule id/,
    ],
    [
      "an unknown country in the rules sheet",
      async () => [
        await plan(
          [DEVICE_ROW],
          [
            {
              name: "Clearway Rules",
              rows: [RULES_HEADER, ["Narnia", "duty", "gb-duty-9018", 0, "Our note", "2026-10-01"]],
            },
          ],
        ),
      ],
      /sheet "Clearway Rules"\) is refused, so nothing was checked: A2: Country "Narnia" is not a country .* \(at countries\.0\.code\)/,
    ],
    [
      "an unknown rule id in the rules sheet",
      async () => [
        await plan(
          [DEVICE_ROW],
          [
            {
              name: "Clearway Rules",
              rows: [RULES_HEADER, ["GB", "permit lead time", "gb-import-nothing", 10, "Our note", "2026-10-01"]],
            },
          ],
        ),
      ],
      /C2: Rule id "gb-import-nothing" is not one of GB's own permit rules/,
    ],
    [
      "a bad date in the rules sheet",
      async () => [
        await plan(
          [DEVICE_ROW],
          [
            {
              name: "Clearway Rules",
              rows: [RULES_HEADER, ["GB", "duty", "gb-duty-9018", 0, "Our note", "yesterday"]],
            },
          ],
        ),
      ],
      /F2: Reviewed "yesterday" is not a date Clearway can read.* \(at countries\.0\.duties\.sources\.0\.reviewed\)/,
    ],
    [
      "a source without a review date in a --rules file",
      async () => [
        await plan([DEVICE_ROW]),
        "--rules",
        json({
          countries: [
            {
              code: "GB",
              duties: [{ id: "gb-duty-9018", heading: "9018", ratePercent: 0, sources: [{ title: "Our broker" }] }],
            },
          ],
        }),
      ],
      /\.json: countries\.0\.duties\.0\.sources\.0\.reviewed: .*\(the rules file is refused, so nothing was checked\)/,
    ],
    [
      "another country's rule in a --rules file",
      async () => [
        await plan([DEVICE_ROW]),
        "--rules",
        json({
          countries: [
            {
              code: "GB",
              duties: [
                {
                  id: "jp-duty-3004",
                  heading: "3004",
                  ratePercent: 0,
                  sources: [{ title: "Our broker", reviewed: "2026-10-01" }],
                },
              ],
            },
          ],
        }),
      ],
      /countries\.0\.duties\.0\.id: "jp-duty-3004" is a rule of JP, not of GB/,
    ],
    [
      "a --rules file that is not JSON",
      async () => {
        const bad = file("rules.json");
        writeFileSync(bad, "{ countries: ");
        return [await plan([DEVICE_ROW]), "--rules", bad];
      },
      /--rules .*rules\.json is not valid JSON/,
    ],
    [
      "a --parties file that does not exist",
      async () => [await plan([DEVICE_ROW]), "--parties", path.join(dir, "nope.json")],
      /--parties .*nope\.json: no such file/,
    ],
    [
      "a --rules file that is not YAML",
      async () => {
        const bad = file("rules.yaml");
        writeFileSync(bad, "countries: [\n  - code: GB");
        return [await plan([DEVICE_ROW]), "--rules", bad];
      },
      /--rules .*rules\.yaml is not valid YAML/,
    ],
    [
      "a --rules file of another kind",
      async () => {
        const bad = file("rules.txt");
        writeFileSync(bad, "x");
        return [await plan([DEVICE_ROW]), "--rules", bad];
      },
      /--rules .*rules\.txt: expected a \.yaml, \.json, \.csv or \.xlsx file/,
    ],
  ])(
    "%s",
    async (_label, make, message) => {
      const [planFile, ...args] = await make();
      const result = await runCli("check", planFile!, "-o", out, "--as-of", "2026-11-26", ...args);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe("");
      expect(existsSync(out)).toBe(false);
    },
    30000,
  );

  it("a flag without its file is a usage error (exit 2)", async () => {
    const result = await runCli("check", await plan([IMP_ROW]), "--parties");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--parties/);
  });
});
