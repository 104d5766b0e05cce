import { AssessmentSchema } from "../../src/domain/assessment";
import { PartySchema } from "../../src/domain/party";
import { SettingsSchema } from "../../src/domain/settings";

describe("Party schema", () => {
  it("accepts an importer of record with a licence it holds", () => {
    const party = PartySchema.parse({
      name: "Depot GmbH",
      country: "DE",
      roles: ["importer-of-record"],
      licences: [{ ruleId: "eu-import-imp-mia", reference: "DE-BW-01-MIA-2024-0001", validUntil: "2027-12-31" }],
    });
    expect(party.licences[0]?.reference).toBe("DE-BW-01-MIA-2024-0001");
  });

  it("refuses a party with no role", () => {
    expect(PartySchema.safeParse({ name: "X", country: "DE", roles: [] }).success).toBe(false);
  });
});

describe("Settings schema", () => {
  it("defaults the freight and insurance estimate to 5% and writes both extra sheets", () => {
    expect(SettingsSchema.parse({ asOf: "2026-11-26" })).toEqual({
      asOf: "2026-11-26",
      freightInsurancePercent: 5,
      leadTimeMarginDays: 7,
      writeSummarySheet: true,
      writeSourcesSheet: true,
      planDefaults: {},
    });
  });

  it("refuses an as-of date that is not ISO", () => {
    expect(SettingsSchema.safeParse({ asOf: "26/11/2026" }).success).toBe(false);
  });
});

describe("Assessment schema", () => {
  it("refuses an issue code that is not kebab-case, since codes are a stable contract", () => {
    const result = AssessmentSchema.safeParse({
      status: "action",
      permits: [],
      importerOfRecord: { party: null, requirements: [] },
      exporterOfRecord: { party: null, requirements: [] },
      charges: { currency: "EUR", customsValue: null, duty: null, importTax: null, total: null, basis: "" },
      leadTimeDays: null,
      issues: [{ code: "Country Not Covered", severity: "action", message: "x" }],
      ruleRefs: [],
    });
    expect(result.success).toBe(false);
  });
});
