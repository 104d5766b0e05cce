import path from "node:path";
import type { Grid } from "../../src/plan/cellValue";
import { ConfigurationRefusedError } from "../../src/plan/checkConfiguration";
import { PlanNotFoundError } from "../../src/plan/checkPlan";
import {
  checkWorkbook,
  workbookPlanDefaults,
  type WorkbookCheckRequest,
  type WorkbookSource,
} from "../../src/plan/checkWorkbook";
import { jsonReport } from "../../src/plan/jsonReport";
import { OUTPUT_HEADERS } from "../../src/plan/outputColumns";
import { checkThroughPort } from "../../src/plan/portCheck";
import { FakeWorkbookPort } from "../../src/playground/fakeWorkbookPort";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { runCli, tempDir, writeWorkbook, type Row } from "../support/planFiles";

/**
 * One check for every host: the same workbook gives the same configuration, notes and results in
 * the task pane (through its WorkbookPort) and on the command line (through its file reader).
 * Against the embedded rules as of 2026-11-26: an IMP from the US to Germany needs a German importer
 * holding the § 72 AMG authorisation (de-import-imp-einfuhrerlaubnis); a device to the UK has no UK
 * duty rate for 9018 in Clearway's data until the Rules sheet gives one.
 */

const AS_OF = "2026-11-26";
const rules = embeddedRuleSet();

const PLAN: Row[] = [
  ["Shipment ID", "From", "To", "Material", "Value", "Currency", "Ship date", "HS code"],
  ["S-IMP", "US", "DE", "IMP", 10000, "EUR", "2027-03-01", "3004"],
  ["S-DEV", "US", "GB", "device", 5000, "GBP", "2027-03-01", "9018"],
  // The depot label is a country only through the Depots sheet.
  ["S-DEPOT", "EU Depot", "BE", "IMP", 800, "EUR", "2027-03-01", "3004"],
  // No origin: the Defaults sheet gives it.
  ["S-DEFAULT", null, "FR", "lab kit", 200, "EUR", "2027-03-01", null],
];
const CONFIGURATION: Array<{ name: string; rows: Row[] }> = [
  {
    name: "Clearway Parties",
    rows: [
      ["Name", "Country", "Roles", "Licence rule id", "Licence reference", "Scope", "Valid from", "Valid until"],
      [
        "Clinical Depot GmbH",
        "Germany",
        "IOR",
        "de-import-imp-einfuhrerlaubnis",
        "DE-BY-2025-0042",
        null,
        "2025-01-01",
        "2028-12-31",
      ],
    ],
  },
  {
    name: "Clearway Rules",
    rows: [
      ["Country", "Section", "Rule id", "Value", "Source note", "Reviewed"],
      ["GB", "duty", "gb-duty-9018", "0%", "Binding tariff ruling GB-BTI-2026-123 from our broker", "2026-10-01"],
    ],
  },
  {
    name: "Clearway Defaults",
    rows: [
      ["Field", "Value"],
      ["Origin", "US"],
    ],
  },
  {
    name: "Clearway Depots",
    rows: [
      ["Depot", "Country"],
      ["EU Depot", "NL"],
    ],
  },
];

const grids = (sheets: Array<{ name: string; rows: Row[] }>) =>
  sheets.map((sheet) => ({ name: sheet.name, cells: sheet.rows as Grid }));

/** An in-memory workbook that records which sheets a check read, in order. */
function recordingSource(sheets: Record<string, Grid>): WorkbookSource & { read: string[] } {
  const read: string[] = [];
  return {
    read,
    sheetNames: async () => Object.keys(sheets),
    readSheet: async (name) => {
      read.push(name);
      return sheets[name];
    },
    where: (sheetName) => `book.xlsx (sheet "${sheetName}")`,
  };
}

function request(source: WorkbookSource, extra: Partial<WorkbookCheckRequest> = {}): WorkbookCheckRequest {
  return {
    workbook: source,
    readPlan: async () => ({ sheetName: "Plan", grid: PLAN as Grid }),
    rules,
    settings: { asOf: AS_OF },
    ...extra,
  };
}

const configurationSheets = () => Object.fromEntries(CONFIGURATION.map((sheet) => [sheet.name, sheet.rows as Grid]));

describe("one check of a workbook, for every host", () => {
  it("reads the Rules, Parties, Defaults and Depots sheets in that order and says where each came from", async () => {
    const source = recordingSource(configurationSheets());
    const checked = await checkWorkbook(request(source));
    expect(source.read).toEqual(["Clearway Rules", "Clearway Parties", "Clearway Defaults", "Clearway Depots"]);
    expect(checked.notes).toEqual([
      'Rule overrides from sheet "Clearway Rules": gb-duty-9018.',
      'Parties from sheet "Clearway Parties": 1.',
      'Depots from sheet "Clearway Depots": 1.',
      "Plan defaults (used where the plan gives no value; such rows say so): origin=US.",
    ]);
    const row = (id: string) => checked.check.rows.find((entry) => entry.shipmentId === id)!;
    expect(row("S-IMP").assessment?.importerOfRecord.party).toBe("Clinical Depot GmbH");
    expect(row("S-DEPOT").shipment?.origin).toBe("NL");
    expect(row("S-DEFAULT").shipment?.origin).toBe("US");
    expect(row("S-DEV").assessment?.charges.duty).toBe(0);
  });

  it("takes a document the user named over the workbook's sheet, and leaves that sheet unread", async () => {
    const source = recordingSource(configurationSheets());
    const named = {
      kind: "table" as const,
      grid: [
        ["Name", "Country", "Roles"],
        ["Berlin Depot GmbH", "DE", "IOR"],
        ["Paris Depot SAS", "FR", "IOR"],
      ] as Grid,
      name: "parties.csv",
      where: "parties.csv",
    };
    const checked = await checkWorkbook(request(source, { documents: { parties: async () => named } }));
    expect(source.read).not.toContain("Clearway Parties");
    expect(checked.parties.map((party) => party.name)).toEqual(["Berlin Depot GmbH", "Paris Depot SAS"]);
    expect(checked.notes).toContain("Parties from parties.csv: 2.");
  });

  it("lets the defaults given for the check win over those kept in the Defaults sheet", async () => {
    const checked = await checkWorkbook(
      request(recordingSource(configurationSheets()), { settings: { asOf: AS_OF, planDefaults: { origin: "CH" } } }),
    );
    expect(checked.settings.planDefaults.origin).toBe("CH");
    expect(checked.check.rows.find((entry) => entry.shipmentId === "S-DEFAULT")?.shipment?.origin).toBe("CH");
  });

  it("refuses a bad table before the plan is read, naming the sheet and the cell", async () => {
    const sheets = configurationSheets();
    sheets["Clearway Depots"] = [
      ["Depot", "Country"],
      ["EU Depot", "Narnia"],
    ];
    let planRead = false;
    const refused = checkWorkbook(
      request(recordingSource(sheets), {
        readPlan: async () => ((planRead = true), { sheetName: "Plan", grid: PLAN as Grid }),
      }),
    );
    await expect(refused).rejects.toThrow(ConfigurationRefusedError);
    await expect(refused).rejects.toThrow(
      /^book\.xlsx \(sheet "Clearway Depots"\) is refused, so nothing was checked: B2: Country /,
    );
    expect(planRead).toBe(false);
  });

  it("refuses a plan whose only material column is named twice, as the readiness test does", async () => {
    const grid: Grid = [
      ["From", "To", "Material", "Material"],
      ["US", "DE", "IMP", "IMP"],
    ];
    await expect(
      checkWorkbook(request(recordingSource({}), { readPlan: async () => ({ sheetName: "Plan", grid }) })),
    ).rejects.toThrow(PlanNotFoundError);
  });

  it("writes the summary and sources sheets only when the settings ask for them", async () => {
    const all = await checkWorkbook(request(recordingSource({})));
    expect(all.sheets.map((sheet) => sheet.name)).toEqual([
      "Clearway Summary",
      "Clearway Details",
      "Clearway Sources",
      "Clearway How to read",
    ]);
    const fewer = await checkWorkbook(
      request(recordingSource({}), { settings: { asOf: AS_OF, writeSummarySheet: false, writeSourcesSheet: false } }),
    );
    expect(fewer.sheets.map((sheet) => sheet.name)).toEqual(["Clearway Details", "Clearway How to read"]);
  });

  it("reports each step before it starts: reading, then assessing", async () => {
    const phases: string[] = [];
    await checkWorkbook(request(recordingSource({}), { onPhase: (phase) => void phases.push(phase) }));
    expect(phases).toEqual(["reading", "assessing"]);
  });

  it("finds no plan defaults in a workbook without a Defaults sheet, and refuses a bad one", async () => {
    expect(await workbookPlanDefaults(recordingSource({}))).toEqual({});
    await expect(
      workbookPlanDefaults(
        recordingSource({
          "Clearway Defaults": [
            ["Field", "Value"],
            ["Origin", "Atlantis"],
          ],
        }),
      ),
    ).rejects.toThrow(ConfigurationRefusedError);
  });
});

describe("the task pane's check through its port", () => {
  it("writes the block beside the plan and Clearway's sheets, and says where a sheet went when its name is taken", async () => {
    const workbook = new FakeWorkbookPort([
      { name: "Plan", cells: PLAN as Grid },
      { name: "Clearway Summary", cells: [["my own notes"]] },
    ]);
    const phases: string[] = [];
    const outcome = await checkThroughPort({
      port: workbook,
      rules,
      sheetName: "Plan",
      settings: { asOf: AS_OF },
      overrides: {},
      onPhase: (phase) => void phases.push(phase),
    });
    expect(phases).toEqual(["reading", "assessing", "writing"]);
    expect(workbook.sheet("Plan").cells[0]!.slice(PLAN[0]!.length)).toEqual([...OUTPUT_HEADERS]);
    expect(outcome.sheetsWritten).toEqual([
      "Clearway Summary (2)",
      "Clearway Details",
      "Clearway Sources",
      "Clearway How to read",
    ]);
    expect(workbook.sheet("Clearway Summary").cells).toEqual([["my own notes"]]);
    expect(outcome.notes).toContain(
      'The workbook already has a sheet named "Clearway Summary" that Clearway did not write: the summary is on sheet "Clearway Summary (2)".',
    );
  });
});

describe("the same workbook in the task pane and on the command line", () => {
  const dir = tempDir();

  /** The lines of the command line's summary that say where the configuration came from: after the header line, up to the first blank line. */
  const configurationLines = (stdout: string) => {
    const lines = stdout.split("\n");
    const header = lines.findIndex((line) => line.startsWith("Header in row"));
    return lines.slice(header + 1, lines.indexOf("", header));
  };

  it("reads the same Parties, Rules, Defaults and Depots sheets: same notes, same results", async () => {
    const file = await writeWorkbook(path.join(dir, "same.xlsx"), [{ name: "Plan", rows: PLAN }, ...CONFIGURATION]);
    const pane = await checkThroughPort({
      port: new FakeWorkbookPort(grids([{ name: "Plan", rows: PLAN }, ...CONFIGURATION])),
      rules,
      sheetName: "Plan",
      settings: { asOf: AS_OF },
      overrides: {},
    });

    const text = await runCli("check", file, "--as-of", AS_OF);
    expect(text.code).toBe(0);
    expect(configurationLines(text.stdout)).toEqual(pane.notes);
    const json = await runCli("check", file, "--as-of", AS_OF, "--json");
    expect(JSON.parse(json.stdout)).toEqual(
      JSON.parse(JSON.stringify(jsonReport(pane.check, pane.rules, "Plan", pane.asOf))),
    );
    // The parties, the overrides, the depot and the default each changed a row: the comparison is not of empty configurations.
    expect(pane.check.rows.map((row) => row.shipmentId)).toEqual(["S-IMP", "S-DEV", "S-DEPOT", "S-DEFAULT"]);
    expect(pane.check.rows.every((row) => row.status !== "error")).toBe(true);
  });

  it("checks a plan with two Description columns in both, and refuses in both a plan whose material column is named twice", async () => {
    const twoDescriptions: Row[] = [
      ["From", "To", "Material", "Value", "Currency", "Description", "Description"],
      ["US", "DE", "IMP", 100, "EUR", "Kit A", "Kit A, 10 vials"],
    ];
    const file = await writeWorkbook(path.join(dir, "descriptions.xlsx"), [{ name: "Plan", rows: twoDescriptions }]);
    expect((await runCli("check", file, "--as-of", AS_OF)).code).toBe(0);
    const pane = await checkThroughPort({
      port: new FakeWorkbookPort(grids([{ name: "Plan", rows: twoDescriptions }])),
      rules,
      sheetName: "Plan",
      settings: { asOf: AS_OF },
      overrides: {},
    });
    expect(pane.check.rows).toHaveLength(1);

    const twoMaterials: Row[] = [
      ["From", "To", "Material", "Material type"],
      ["US", "DE", "IMP", "device"],
    ];
    const refusedFile = await writeWorkbook(path.join(dir, "materials.xlsx"), [{ name: "Plan", rows: twoMaterials }]);
    const refused = await runCli("check", refusedFile, "--as-of", AS_OF, "--sheet", "Plan");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("missing or ambiguous Material type");
    await expect(
      checkThroughPort({
        port: new FakeWorkbookPort(grids([{ name: "Plan", rows: twoMaterials }])),
        rules,
        sheetName: "Plan",
        settings: { asOf: AS_OF },
        overrides: {},
      }),
    ).rejects.toThrow("missing or ambiguous Material type");
  });
});
