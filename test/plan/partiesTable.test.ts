import type { CellValue, Grid } from "../../src/plan/cellValue";
import { describeProblems } from "../../src/plan/configTable";
import { parseRoles, PARTIES_COLUMNS, readPartiesJson, readPartiesTable } from "../../src/plan/partiesTable";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { licenceCatalogue } from "../../src/plan/licenceNames";
import { permitRuleIds } from "../../src/rules/ruleSet";

const ids = permitRuleIds(embeddedRuleSet());
const HEADER: CellValue[] = [...PARTIES_COLUMNS];
const DEPOT: CellValue[] = [
  "Clinical Depot GmbH",
  "DE",
  "IOR",
  "de-import-imp-einfuhrerlaubnis",
  "DE-BY-2025-0042",
  "CLW-301",
  "2025-01-01",
  "2028-12-31",
];

describe("the Clearway Parties table", () => {
  it("reads one party a row, several licences on rows with the same name, and country and role words", () => {
    const grid: Grid = [
      ["Parties for study CLW-301"],
      [],
      HEADER,
      DEPOT,
      [
        "clinical depot gmbh",
        null,
        null,
        "eu-import-imp-mia",
        12345,
        null,
        new Date(Date.UTC(2025, 0, 1)),
        "31 December 2028",
      ],
      [
        "US Clinical Depot Inc",
        "United States",
        "exporter of record",
        "us-export-imp-fda",
        "IND 123456",
        null,
        null,
        null,
      ],
      ["IOR Provider Pte", "Singapur", "IOR, EOR", null, null, null, null, null],
      [null, null, null, null, null, null, null, null],
      [
        "Broker SA",
        "FRA",
        "importer of record and exporter of record",
        "fr-import-imp-etablissement-pharmaceutique",
        "FR-EP-1",
        null,
        null,
        46752,
      ],
    ];
    const read = readPartiesTable(grid, ids);
    if (!read.ok) throw new Error(describeProblems(read.problems));
    expect(read.value).toEqual([
      {
        name: "Clinical Depot GmbH",
        country: "DE",
        roles: ["importer-of-record"],
        licences: [
          {
            ruleId: "de-import-imp-einfuhrerlaubnis",
            reference: "DE-BY-2025-0042",
            scope: "CLW-301",
            validFrom: "2025-01-01",
            validUntil: "2028-12-31",
          },
          { ruleId: "eu-import-imp-mia", reference: "12345", validFrom: "2025-01-01", validUntil: "2028-12-31" },
        ],
      },
      {
        name: "US Clinical Depot Inc",
        country: "US",
        roles: ["exporter-of-record"],
        licences: [{ ruleId: "us-export-imp-fda", reference: "IND 123456" }],
      },
      { name: "IOR Provider Pte", country: "SG", roles: ["importer-of-record", "exporter-of-record"], licences: [] },
      // An Excel serial date (46752 is 2027-12-31).
      {
        name: "Broker SA",
        country: "FR",
        roles: ["importer-of-record", "exporter-of-record"],
        licences: [
          { ruleId: "fr-import-imp-etablissement-pharmaceutique", reference: "FR-EP-1", validUntil: "2027-12-31" },
        ],
      },
    ]);
  });

  it("reads an empty sheet as no parties", () => {
    expect(readPartiesTable([[], [null]], ids)).toEqual({ ok: true, value: [] });
  });

  it("understands role words in several forms", () => {
    expect(parseRoles("IOR / EOR")).toEqual({ ok: true, roles: ["importer-of-record", "exporter-of-record"] });
    expect(parseRoles("Exporter")).toEqual({ ok: true, roles: ["exporter-of-record"] });
    expect(parseRoles("importer-of-record; importer of record")).toEqual({ ok: true, roles: ["importer-of-record"] });
  });
});

describe("the Clearway Parties table: a bad row refuses the table, naming the cell and the zod path", () => {
  /** The table with DEPOT in sheet row 2 and the bad row in sheet row 3. */
  const withRow = (row: CellValue[]) => readPartiesTable([HEADER, DEPOT, row], ids);
  const row = (patch: Record<number, CellValue>) => {
    const cells: CellValue[] = [
      "XB Importer",
      "GB",
      "IOR",
      "gb-import-imp-mia-imp",
      "MIA(IMP) 12345",
      null,
      "2026-01-01",
      "2027-12-31",
    ];
    for (const [column, value] of Object.entries(patch)) cells[Number(column)] = value;
    return cells;
  };

  it.each([
    [
      "an unknown licence rule id",
      row({ 3: "gb-import-imp-wrong" }),
      "D3",
      "1.licences.0.ruleId",
      /Licence rule id: "gb-import-imp-wrong" is not a permit rule id in Clearway's rules; permit rule ids starting "gb-" are: gb-[a-z-]+, /,
    ],
    [
      "a rule id that is not a permit (a no-permit rule)",
      row({ 3: "gb-import-tax" }),
      "D3",
      "1.licences.0.ruleId",
      /is not a permit rule id/,
    ],
    [
      "a bad date",
      row({ 7: "31/02/2027" }),
      "H3",
      "1.licences.0.validUntil",
      /Valid until "31\/02\/2027" is not a real calendar date/,
    ],
    [
      "a date in words Clearway cannot read",
      row({ 7: "end of 2027" }),
      "H3",
      "1.licences.0.validUntil",
      /Valid until "end of 2027" is not a date Clearway can read; write it as YYYY-MM-DD/,
    ],
    ["an ambiguous date", row({ 6: "03/04/2026" }), "G3", "1.licences.0.validFrom", /is ambiguous/],
    [
      "dates in the wrong order",
      row({ 6: "2028-01-01" }),
      "H3",
      "1.licences.0.validUntil",
      /2027-12-31 is before the licence's valid-from date 2028-01-01/,
    ],
    [
      "an unknown country",
      row({ 1: "Atlantis" }),
      "B3",
      "1.country",
      /Country "Atlantis" is not a country Clearway recognises/,
    ],
    ["an empty country on a party's first row", row({ 1: null }), "B3", "1.country", /Country is empty/],
    ["a missing name", row({ 0: null }), "A3", "1.name", /Name is empty/],
    [
      "a bad role",
      row({ 2: "broker" }),
      "C3",
      "1.roles",
      /Roles "broker" is not a role; expected importer of record \(IOR\), exporter of record \(EOR\) or both/,
    ],
    ["an empty role", row({ 2: null }), "C3", "1.roles", /Roles is empty/],
    ["a licence without its reference", row({ 4: null }), "E3", "1.licences.0.reference", /Licence reference is empty/],
    ["a licence without its rule id", row({ 3: null }), "D3", "1.licences.0.ruleId", /Licence rule id is empty/],
    [
      "a later row of a party giving another country",
      ["Clinical Depot GmbH", "AT", null, "eu-import-imp-mia", "X-1", null, null, null],
      "B3",
      "0.country",
      /\(AT\) differs from the country given for Clinical Depot GmbH in B2/,
    ],
  ])("%s", (_label, bad, cell, path, message) => {
    const read = withRow(bad);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toEqual({ cell, path, message: expect.stringMatching(message) });
    expect(describeProblems(read.problems)).toContain(`${cell}: `);
    expect(describeProblems(read.problems)).toContain(`(at ${path})`);
  });

  it("lists every bad cell, not just the first, and says how many more", () => {
    const bad = Array.from({ length: 7 }, (_, index) => row({ 0: `Party ${index}`, 1: "Nowhere" }));
    const read = readPartiesTable([HEADER, ...bad], ids);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((problem) => problem.cell)).toEqual(["B2", "B3", "B4", "B5", "B6", "B7", "B8"]);
    expect(describeProblems(read.problems)).toMatch(/; and 2 more$/);
  });

  it("refuses a sheet without the header", () => {
    const read = readPartiesTable(
      [
        ["Party", "Where"],
        ["Depot", "DE"],
      ],
      ids,
    );
    expect(read).toEqual({
      ok: false,
      problems: [
        {
          cell: null,
          path: "",
          message: expect.stringContaining("no header row with the columns Name | Country | Roles"),
        },
      ],
    });
  });
});

describe("a parties JSON document", () => {
  it("is refused with the zod path of each problem", () => {
    const read = readPartiesJson(
      [
        {
          name: "Depot",
          country: "DE",
          roles: ["importer-of-record"],
          licences: [{ ruleId: "de-nothing", reference: "X" }],
        },
        { name: "", country: "Germany", roles: ["ior"] },
      ],
      ids,
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((problem) => problem.path)).toEqual([
      "0.licences.0.ruleId",
      "1.name",
      "1.country",
      "1.roles.0",
    ]);
    expect(read.problems.every((problem) => problem.cell === null)).toBe(true);
  });

  it("refuses two parties with the same name", () => {
    const read = readPartiesJson(
      [
        { name: "Depot", country: "DE", roles: ["importer-of-record"] },
        { name: "depot ", country: "AT", roles: ["importer-of-record"] },
      ],
      ids,
    );
    expect(read).toEqual({
      ok: false,
      problems: [{ cell: null, path: "1.name", message: expect.stringContaining("is also the name of party 0") }],
    });
  });
});

describe("the Clearway Parties table as planners head and fill it", () => {
  const catalogue = licenceCatalogue(embeddedRuleSet());

  it("finds its columns by their headers' words: Licence type, Licence no., Licence #, Valid to", () => {
    for (const [type, number] of [
      ["Licence type", "Licence no."],
      ["License", "License #"],
      ["Permit", "Reference"],
    ] as const) {
      const grid: Grid = [
        ["Company", "Country", "Role", type, number, "Valid to"],
        ["Depot GmbH", "DE", "IOR", "de-import-imp-einfuhrerlaubnis", "DE-1", "2027-12-31"],
      ];
      expect(readPartiesTable(grid, ids)).toEqual({
        ok: true,
        value: [
          {
            name: "Depot GmbH",
            country: "DE",
            roles: ["importer-of-record"],
            licences: [{ ruleId: "de-import-imp-einfuhrerlaubnis", reference: "DE-1", validUntil: "2027-12-31" }],
          },
        ],
      });
    }
  });

  it("reads a licence by the permit's name, in the party's country", () => {
    const grid: Grid = [
      HEADER,
      ["UK Depot Ltd", "United Kingdom", "IOR", "MIA(IMP)", "MIA(IMP) 12345", null, null, null],
      ["Depot GmbH", "DE", "IOR", "MIA (IMP)", "DE-1", null, null, null],
    ];
    const read = readPartiesTable(grid, catalogue);
    if (!read.ok) throw new Error(describeProblems(read.problems));
    expect(read.value.map((party) => party.licences[0]?.ruleId)).toEqual([
      "gb-import-imp-mia-imp",
      "de-import-imp-einfuhrerlaubnis",
    ]);
  });

  it("refuses a licence name matching several permits in its cell, with the permits it could be", () => {
    const read = readPartiesTable(
      [HEADER, ["US Depot Inc", "US", "EOR", "FDA 802 export", "X-1", null, null, null]],
      catalogue,
    );
    expect(read).toEqual({
      ok: false,
      problems: [
        {
          cell: "D2",
          path: "0.licences.0.ruleId",
          message: expect.stringMatching(
            /^Licence rule id "FDA 802 export" names more than one permit for US: .*us-export-device-fda/,
          ),
        },
      ],
    });
  });

  it("refuses a licence name matching no permit, with did you mean", () => {
    const read = readPartiesTable(
      [HEADER, ["CH Depot AG", "CH", "IOR", "Swissmedik clinical trial licence", "X-1", null, null, null]],
      catalogue,
    );
    expect(read).toEqual({
      ok: false,
      problems: [
        {
          cell: "D2",
          path: "0.licences.0.ruleId",
          message: expect.stringMatching(/did you mean .*\(ch-import-imp-swissmedic-ct-licence\)/),
        },
      ],
    });
  });
});
