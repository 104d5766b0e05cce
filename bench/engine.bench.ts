/**
 * Engine throughput: assess() over 100,000 generated shipments across every covered lane, with no
 * parties on file and then with two parties per covered country (a depot holding every permit of
 * its country, valid for half of 2027, and a broker holding none).
 * "cold" gives each pass a fresh context, so every lane is worked out anew, as in a real check;
 * "warm" repeats a pass on one context, the steady state of re-checking the same plan.
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
  parties.push({
    name: `Depot ${code}`,
    country: code,
    roles: ["importer-of-record", "exporter-of-record"],
    licences: ids.map((ruleId, i) => ({
      ruleId,
      reference: `${code}-${i}`,
      validFrom: "2027-01-01",
      validUntil: "2027-06-30",
    })),
  });
  parties.push({ name: `Broker ${code}`, country: code, roles: ["importer-of-record"], licences: [] });
}

/** Baseline in the same run: one JSON.stringify of three fields per row, to show the machine's speed. */
function baseline(): number {
  const start = performance.now();
  let sink = 0;
  for (const s of shipments) sink += JSON.stringify({ o: s.origin, d: s.destination, v: s.value }).length;
  if (sink < 0) console.log(sink);
  return performance.now() - start;
}

function pass(context: AssessContext): number {
  const start = performance.now();
  let blocked = 0;
  for (const s of shipments) if (assess(s, context).status === "blocked") blocked++;
  if (blocked < 0) console.log(blocked);
  return performance.now() - start;
}

const best = (runs: number[]) => Math.min(...runs);
const rate = (ms: number) => Math.round(ROWS / (ms / 1000)).toLocaleString("en");

function measure(label: string, onFile: Party[]): number {
  const fresh = (): AssessContext => ({ rules, parties: onFile, settings });
  pass(fresh()); // warm-up of the JIT
  const cold = best([pass(fresh()), pass(fresh()), pass(fresh())]);
  const warmContext = fresh();
  pass(warmContext);
  const warm = best([pass(warmContext), pass(warmContext), pass(warmContext)]);
  console.log(
    `engine, ${label}, cold (fresh context, every lane new): ${ROWS.toLocaleString("en")} shipments in ${cold.toFixed(0)} ms = ${rate(cold)} rows/s`,
  );
  console.log(
    `engine, ${label}, warm (same plan checked again):       ${ROWS.toLocaleString("en")} shipments in ${warm.toFixed(0)} ms = ${rate(warm)} rows/s`,
  );
  return cold;
}

const cold = measure("no parties", []);
measure(`${parties.length} parties`, parties);
const base = best([baseline(), baseline(), baseline()]);
console.log(
  `baseline (JSON.stringify of 3 fields a row): ${base.toFixed(0)} ms; engine cold (no parties) is ${(cold / base).toFixed(1)}x the baseline`,
);
