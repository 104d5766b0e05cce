import { assess } from "../../src/engine/assess";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { contextWith, shipment } from "../../test/support/fixtureRules";
it("dbg", () => {
  const ctx = contextWith([], {}, embeddedRuleSet());
  const a = assess(shipment({ origin: "US", destination: "DE", material: "imp", value: 10000, currency: "EUR" }), ctx);
  console.log(JSON.stringify({ lt: a.leadTimeDays, permits: a.permits.map(p => [p.ruleId, p.leadTimeDays]), issues: a.issues.map(i => i.code + ": " + i.message.slice(0, 200)) }, null, 1));
});
