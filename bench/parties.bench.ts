/**
 * Engine throughput with parties on file: assess() over the same 100,000 generated shipments as
 * engine.bench.ts, with two parties per covered country (a depot holding every permit of its
 * country, valid for half of 2027, and a broker holding none). Run it by hand:
 *   npx esbuild bench/parties.bench.ts --bundle --platform=node --outfile=.bench/parties.bench.js && node .bench/parties.bench.js
 */
import type { Party } from "../src/domain/party";
import { SettingsSchema } from "../src/domain/settings";
import { assess } from "../src/engine/assess";
import type { AssessContext } from "../src/engine/context";
import { embeddedRuleSet } from "../src/rules/embedded";
import { generateShipments } from "./generateShipments";

const ROWS = 100_000;
const rules = embeddedRuleSet();
const settings = SettingsSchema.parse({ asOf: "2026-11-26" });
const shipments = generateShipments(rules, ROWS);
const parties: Party[] = [];
for (const [code, country] of rules.countries) {
  const ids = [...country.import, ...country.export].filter((rule) => rule.kind === "permit").map((rule) => rule.id);
  parties.push({ name: `Depot ${code}`, country: code, roles: ["importer-of-record", "exporter-of-record"], licences: ids.map((ruleId, i) => ({ ruleId, reference: `${code}-${i}`, validFrom: "2027-01-01", validUntil: "2027-06-30" })) });
  parties.push({ name: `Broker ${code}`, country: code, roles: ["importer-of-record"], licences: [] });
}
const freshContext = (): AssessContext => ({ rules, parties, settings });

function pass(context: AssessContext): number {
  const start = performance.now();
  let ok = 0;
  for (const s of shipments) if (assess(s, context).status === "ok") ok++;
  if (ok < 0) console.log(ok);
  return performance.now() - start;
}

const best = (runs: number[]) => Math.min(...runs);
pass(freshContext()); // warm-up of the JIT
const cold = best([pass(freshContext()), pass(freshContext()), pass(freshContext())]);
const warmContext = freshContext();
pass(warmContext);
const warm = best([pass(warmContext), pass(warmContext), pass(warmContext)]);
const rate = (ms: number) => Math.round(ROWS / (ms / 1000)).toLocaleString("en");
console.log(`engine with ${parties.length} parties, cold: ${ROWS.toLocaleString("en")} shipments in ${cold.toFixed(0)} ms = ${rate(cold)} rows/s`);
console.log(`engine with ${parties.length} parties, warm: ${ROWS.toLocaleString("en")} shipments in ${warm.toFixed(0)} ms = ${rate(warm)} rows/s`);
