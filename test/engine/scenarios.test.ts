import type { Assessment } from "../../src/domain/assessment";
import { assess } from "../../src/engine/assess";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { contextWith, shipment } from "../support/fixtureRules";
import { americasScenarios } from "./scenarios/americas";
import { asiaPacificScenarios } from "./scenarios/asiaPacific";
import { correctionsScenarios } from "./scenarios/corrections";
import { crossCuttingScenarios } from "./scenarios/crossCutting";
import { europeScenarios } from "./scenarios/europe";
import { middleEastAfricaScenarios } from "./scenarios/middleEastAfrica";
import type { RecordOutcome } from "./scenarios/scenario";

// The scenario tables, one file a region under ./scenarios; their conventions are in scenarios/scenario.ts.
const scenarios = [
  ...europeScenarios,
  ...americasScenarios,
  ...asiaPacificScenarios,
  ...middleEastAfricaScenarios,
  ...crossCuttingScenarios,
  ...correctionsScenarios,
];

const rules = embeddedRuleSet();
const context = contextWith([], {}, rules);

const codes = (a: Assessment) => a.issues.map((entry) => entry.code);
const ids = (a: Assessment, direction: "import" | "export") =>
  a.permits
    .filter((permit) => permit.direction === direction)
    .map((permit) => permit.ruleId)
    .sort();

function expectRecordParty(a: Assessment, role: "importer" | "exporter", expected: RecordOutcome): void {
  const party = role === "importer" ? a.importerOfRecord : a.exporterOfRecord;
  const neededCode = role === "importer" ? "importer-of-record-needed" : "exporter-of-record-needed";
  if (expected === "appoint") {
    expect(party.party).toBeNull();
    expect(codes(a)).toContain(neededCode);
  } else if (expected === "not needed") {
    expect(party.party).toBeNull();
    expect(party.kind).toBe("not-needed");
  } else if (expected === "not covered") {
    expect(party.party).toBeNull();
    expect(party.kind).toBe("not-covered");
    expect(codes(a)).not.toContain(neededCode);
  } else {
    expect(party.party).toBe(expected.party);
    expect(codes(a)).not.toContain(neededCode);
  }
}

describe("scenarios against the embedded rules (as of 2026-11-26)", () => {
  it("has at least 45 scenarios covering every material type", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(45);
    const materials = new Set(scenarios.map((s) => s.row.material));
    expect([...materials].sort()).toEqual(["ancillary", "device", "equipment", "imp", "lab-kit", "samples"]);
  });

  it.each(scenarios)("$note", (scenario) => {
    const a = assess(shipment(scenario.row), context);

    expect(ids(a, "export")).toEqual([...scenario.exportPermits].sort());
    expect(ids(a, "import")).toEqual([...scenario.importPermits].sort());
    expectRecordParty(a, "importer", scenario.importer);
    expectRecordParty(a, "exporter", scenario.exporter);
    expect({
      customsValue: a.charges.customsValue,
      duty: a.charges.duty,
      importTax: a.charges.importTax,
      total: a.charges.total,
    }).toEqual(scenario.charges);
    expect(a.charges.currency).toBe(scenario.row.currency);
    expect(a.status).toBe(scenario.status);
    for (const code of scenario.issues ?? []) expect(codes(a)).toContain(code);
    for (const code of scenario.absent ?? []) expect(codes(a)).not.toContain(code);
    if (scenario.leadTimeDays !== undefined) expect(a.leadTimeDays).toBe(scenario.leadTimeDays);
    for (const words of scenario.messages ?? [])
      expect(a.issues.map((entry) => entry.message).join("\n")).toContain(words);
    for (const [ruleId, scope] of Object.entries(scenario.scopes ?? {}))
      expect({ ruleId, scope: a.permits.find((permit) => permit.ruleId === ruleId)?.scope }).toEqual({ ruleId, scope });
  });
});
