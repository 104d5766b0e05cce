import { writeFileSync } from "node:fs";
import path from "node:path";
import { runCli, tempDir, writeWorkbook } from "../support/planFiles";

type JsonRow = {
  row: number;
  shipmentId: string | null;
  status: string;
  assumed: Array<{ field: string; from: string; message: string }>;
  issues: Array<{ message: string }>;
  charges: { currency: string | null; total: number | null };
  shipmentRows?: number[];
};
const json = (stdout: string) =>
  JSON.parse(stdout) as { rows: JsonRow[]; summary: { skippedChecks: Array<{ check: string }> } };

describe("clearway check on plans as planners keep them", () => {
  const dir = tempDir();

  it("checks the RTSM-style example with its Depots file: origins from the depots, material from drug codes, charges skipped, one unknown depot an error", async () => {
    const result = await runCli(
      "check",
      "examples/rtsm-export.csv",
      "--depots",
      "examples/rtsm-depots.csv",
      "--json",
      "--as-of",
      "2026-11-26",
    );
    expect(result.code).toBe(0);
    const report = json(result.stdout);
    expect(report.rows.map((row) => [row.row, row.shipmentId, row.status])).toEqual([
      [2, "SHP-1001", "action"],
      [3, "SHP-1001", "action"],
      [4, "SHP-1002", "action"],
      [5, "SHP-1003", "action"],
      [6, "SHP-1004", "action"],
      [7, "SHP-1005", "ok"],
      [8, "SHP-1006", "error"],
    ]);
    expect(report.rows[0]!.shipmentRows).toEqual([2, 3]);
    expect(report.rows[0]!.assumed.map((entry) => `${entry.field}<${entry.from}`)).toEqual([
      "origin<depots",
      "material<inferred",
    ]);
    expect(report.rows[0]!.charges).toMatchObject({ currency: null, total: null });
    expect(report.summary.skippedChecks.map((entry) => entry.check)).toContain("duty and import tax");
    expect(report.rows[6]!.issues[0]!.message).toContain(
      '"APAC Depot" is not a country and names none: add it to the Depots table (examples/rtsm-depots.csv)',
    );
  });

  it("reads the plan workbook's Clearway Depots sheet when no --depots file is given", async () => {
    const file = await writeWorkbook(path.join(dir, "rtsm.xlsx"), [
      {
        name: "Shipments",
        rows: [
          ["Shipment Request ID", "Ship From", "Destination Country", "Drug Code"],
          ["SHP-1", "EU Depot", "Spain", "D-1"],
        ],
      },
      {
        name: "Clearway Depots",
        rows: [
          ["Depot", "Country"],
          ["EU Depot", "NL"],
        ],
      },
    ]);
    const result = await runCli("check", file, "--json", "--as-of", "2026-11-26");
    expect(result.code).toBe(0);
    expect(json(result.stdout).rows[0]!.assumed.map((entry) => `${entry.field}<${entry.from}`)).toEqual([
      "origin<depots",
      "material<inferred",
    ]);
  });

  it("fills fields the plan lacks from --default, says so on each row and in the text summary", async () => {
    const file = path.join(dir, "sites.csv");
    writeFileSync(file, "Shipment,Site,Country,Ship date\nS-1,Royal Free Hospital,GB,2027-03-01\n");
    const result = await runCli(
      "check",
      file,
      "--default",
      "origin=DE",
      "--default",
      "material=imp",
      "--json",
      "--as-of",
      "2026-11-26",
    );
    expect(result.code).toBe(0);
    expect(json(result.stdout).rows[0]!.assumed.map((entry) => `${entry.field}<${entry.from}`)).toEqual([
      "origin<defaults",
      "material<defaults",
    ]);
    const text = await runCli(
      "check",
      file,
      "--default",
      "origin=DE",
      "--default",
      "material=imp",
      "--as-of",
      "2026-11-26",
    );
    expect(text.stdout).toContain(
      "Plan defaults (used where the plan gives no value; such rows say so): origin=DE, material=imp.",
    );
  });

  it("takes defaults from the workbook's Clearway Defaults sheet, under those of the command line", async () => {
    const file = await writeWorkbook(path.join(dir, "defaults.xlsx"), [
      {
        name: "Plan",
        rows: [
          ["Shipment", "Site", "Country"],
          ["S-1", "Royal Free Hospital", "GB"],
        ],
      },
      {
        name: "Clearway Defaults",
        rows: [
          ["Field", "Value"],
          ["Origin", "FR"],
          ["Material type", "lab kit"],
        ],
      },
    ]);
    const fromSheet = await runCli("check", file, "--json", "--as-of", "2026-11-26");
    expect(fromSheet.code).toBe(0);
    expect(json(fromSheet.stdout).rows[0]!.assumed.map((entry) => entry.message)).toEqual([
      'Origin "FR" is from the plan\'s defaults (the plan has no Origin column).',
      'Material type "lab kit" is from the plan\'s defaults (the plan has no Material type column).',
    ]);
    const overridden = await runCli("check", file, "--default", "origin=DE", "--json", "--as-of", "2026-11-26");
    expect(json(overridden.stdout).rows[0]!.assumed[0]!.message).toBe(
      'Origin "DE" is from the plan\'s defaults (the plan has no Origin column).',
    );
  });

  it.each([
    [["--default", "colour=red"], /--default "colour=red": "colour" is not a field a default can fill/],
    [["--default", "origin=Atlantis"], /--default "origin=Atlantis": Origin "Atlantis" is not a country/],
    [["--map", "Colour=Planned dispatch"], /--map "Colour=Planned dispatch": expected "Field=Header"/],
  ])("refuses %j as a usage error (exit 2)", async (args, message) => {
    const file = path.join(dir, "plain.csv");
    writeFileSync(file, "From,To,Material\nUS,DE,IMP\n");
    const result = await runCli("check", file, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("uses the column --map names, and refuses a mapping to a header that is not there", async () => {
    const file = path.join(dir, "dispatch.csv");
    writeFileSync(file, "From,To,Material,Ship date,Planned dispatch\nUS,DE,IMP,2027-01-05,2027-02-01\n");
    const mapped = await runCli("check", file, "--map", "Ship date=Planned dispatch", "--as-of", "2026-11-26");
    expect(mapped.code).toBe(0);
    expect(mapped.stdout).toContain("Ship date (E)");
    // Without the mapping, two columns could be the ship date: neither is used, and the header line says so.
    const unmapped = await runCli("check", file, "--as-of", "2026-11-26");
    expect(unmapped.stdout).toContain("Named twice (not used): Ship date in D1 and E1");
    const missing = await runCli("check", file, "--map", "Ship date=Dispatch planned on", "--as-of", "2026-11-26");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      'Ship date="Dispatch planned on": no column of the header row (row 1) is headed "Dispatch planned on"',
    );
  });

  it("reads a German pro-forma CSV with semicolons and decimal commas: values, NCV from the reason, material from the tariff number", async () => {
    const file = path.join(dir, "proforma.csv");
    writeFileSync(
      file,
      "Sendungs-Nr.;Ursprungsland;Bestimmungsland;Warenbeschreibung;Zolltarifnummer;Gesamtwert (EUR);Versanddatum;Temperatur;Versandgrund\nDE-1;Deutschland;Schweiz;Prüfpräparat;3004.90;1.500,00;15.01.2027;+2 °C bis +8 °C;ohne Handelswert\n",
    );
    const result = await runCli("check", file, "--json", "--as-of", "2026-11-26");
    expect(result.code).toBe(0);
    const row = json(result.stdout).rows[0]!;
    expect(row.charges.currency).toBe("EUR");
    expect(row.assumed.map((entry) => `${entry.field}<${entry.from}`)).toEqual([
      "material<inferred",
      "noCommercialValue<derived",
    ]);
  });
});
