import { PARTIES_COLUMNS, PARTIES_SHEET, readPartiesTable } from "../../../src/plan/partiesTable";
import { PARTIES_TEMPLATE } from "../../../src/plan/configTemplates";
import { licenceCatalogue } from "../../../src/plan/licenceNames";
import type { ReadinessEntry, SetupItem } from "../../../src/plan/readiness";
import { FakeWorkbookPort } from "../../../src/playground/fakeWorkbookPort";
import { embeddedRuleSet } from "../../../src/rules/embedded";
import { draftRows, recordParty, recordPreset, type PartyDraft } from "../../../src/taskpane/triage/partyRecording";

const catalogue = licenceCatalogue(embeddedRuleSet());
const item = (patch: Partial<SetupItem>): SetupItem => ({
  text: "Appoint",
  who: "sponsor",
  code: "importer-of-record-needed",
  ruleId: null,
  leadTimeDays: null,
  rows: [4],
  ...patch,
});
const entry = (country: string, side: "import" | "export", items: SetupItem[]): ReadinessEntry => ({
  country,
  name: country,
  side,
  items,
  rowsWaiting: [4],
});
const DRAFT: PartyDraft = {
  name: "Example Depot GmbH",
  country: "DE",
  roles: ["importer-of-record"],
  licence: "de-import-imp-einfuhrerlaubnis",
  reference: "EXAMPLE-0001",
  validFrom: "2026-01-01",
  validUntil: "2028-12-31",
};

describe("the Record form's presets for a setup item", () => {
  it("presets the country and role of an importer or exporter of record to appoint", () => {
    const appoint = item({ code: "exporter-of-record-needed" });
    expect(recordPreset(entry("US", "export", [appoint]), appoint, catalogue)).toEqual({
      subject: "an exporter of record",
      draft: {
        name: "",
        country: "US",
        roles: ["exporter-of-record"],
        licence: "",
        reference: "",
        validFrom: "",
        validUntil: "",
      },
    });
  });

  it("presets the licence's rule id, and the role that holds it, for a licence to obtain", () => {
    const licence = item({ code: "permit-required", ruleId: "de-import-imp-einfuhrerlaubnis" });
    const preset = recordPreset(entry("DE", "import", [licence]), licence, catalogue);
    expect(preset?.draft).toMatchObject({
      country: "DE",
      roles: ["importer-of-record"],
      licence: "de-import-imp-einfuhrerlaubnis",
    });
    expect(preset?.subject).toBe(catalogue.permit("de-import-imp-einfuhrerlaubnis")?.name);
  });

  it("offers nothing to record for an item a party cannot settle (a country the rules do not cover)", () => {
    const uncovered = item({ code: "country-not-covered" });
    expect(recordPreset(entry("CU", "import", [uncovered]), uncovered, catalogue)).toBeNull();
  });
});

describe("a recorded party's row", () => {
  it("goes in the table's own columns, whatever their order and headings, and reads back as the party", () => {
    const grid = [["Our IOR list"], ["Valid to", "Licence no.", "Licence type", "Role", "Country", "Company"]];
    const built = draftRows(grid, { ...DRAFT, validFrom: "" }, catalogue);
    expect(built).toEqual({
      ok: true,
      rows: [
        [
          "2028-12-31",
          "EXAMPLE-0001",
          "de-import-imp-einfuhrerlaubnis",
          "importer of record",
          "DE",
          "Example Depot GmbH",
        ],
      ],
    });
    if (!built.ok) return;
    expect(readPartiesTable([...grid, ...built.rows], catalogue)).toMatchObject({
      ok: true,
      value: [{ name: "Example Depot GmbH", licences: [{ reference: "EXAMPLE-0001" }] }],
    });
  });

  it("is refused, field by field, as the Parties sheet would refuse it", () => {
    const built = draftRows(
      PARTIES_TEMPLATE.rows,
      { ...DRAFT, country: "Atlantis", licence: "FDA 802 export", validFrom: "2029-01-01" },
      catalogue,
    );
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(Object.keys(built.fields).sort()).toEqual(["country", "licence"]);
    expect(built.fields.country).toMatch(/"Atlantis" is not a country/);
    expect(built.problems).toEqual([]);
  });

  it("refuses dates in the wrong order on the Valid until field", () => {
    const built = draftRows(PARTIES_TEMPLATE.rows, { ...DRAFT, validFrom: "2029-01-01" }, catalogue);
    expect(built).toEqual({
      ok: false,
      fields: { validUntil: expect.stringContaining("is before the licence's valid-from date 2029-01-01") },
      problems: [],
    });
  });

  it("names a value the table has no column for", () => {
    const built = draftRows([["Name", "Country", "Roles"]], DRAFT, catalogue);
    expect(built).toMatchObject({
      ok: false,
      fields: {
        licence: expect.stringContaining("has no Licence column"),
        reference: expect.stringContaining("has no Licence reference column"),
      },
    });
  });

  it("reports a problem elsewhere in the sheet apart from the form's fields", () => {
    const built = draftRows([[...PARTIES_COLUMNS], ["Old Depot", "Nowhere", "IOR"]], DRAFT, catalogue);
    expect(built).toEqual({ ok: false, fields: {}, problems: [expect.stringMatching(/^B2: Country "Nowhere"/)] });
  });
});

describe("recording a party in the workbook", () => {
  it("adds the Parties sheet from its template when absent, and appends the row below its header", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: [["x"]] }]);
    const outcome = await recordParty(workbook, DRAFT, catalogue);
    expect(outcome).toEqual({ ok: true, address: "A5:H5", created: true });
    const cells = workbook.sheet(PARTIES_SHEET).cells;
    expect(cells.slice(0, 4)).toEqual(PARTIES_TEMPLATE.rows);
    expect(cells[4]).toEqual([
      "Example Depot GmbH",
      "DE",
      "importer of record",
      "de-import-imp-einfuhrerlaubnis",
      "EXAMPLE-0001",
      null,
      "2026-01-01",
      "2028-12-31",
    ]);
  });

  it("never writes over a row of the user's: the new row goes below the last one", async () => {
    const rows = [
      [...PARTIES_COLUMNS],
      ["Old Depot", "DE", "IOR", null, null, null, null, null],
      [],
      ["Another Depot", "AT", "IOR", null, null, null, null, null],
    ];
    const workbook = new FakeWorkbookPort([{ name: PARTIES_SHEET, cells: rows }]);
    expect(await recordParty(workbook, DRAFT, catalogue)).toMatchObject({ ok: true, address: "A5:H5", created: false });
    expect(workbook.sheet(PARTIES_SHEET).cells.slice(0, 4)).toEqual(rows);
    expect(workbook.sheet(PARTIES_SHEET).cells[4]?.[0]).toBe("Example Depot GmbH");
  });

  it("adds no sheet for a draft that is refused", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: [["x"]] }]);
    expect(await recordParty(workbook, { ...DRAFT, name: " " }, catalogue)).toMatchObject({
      ok: false,
      fields: { name: expect.any(String) },
    });
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Plan"]);
  });
});
