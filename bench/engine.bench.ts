/** Engine throughput: assess() over 100,000 generated shipments across every covered lane. */
import { SettingsSchema } from "../src/domain/settings";
import { assess } from "../src/engine/assess";
import { embeddedRuleSet } from "../src/rules/embedded";
import { generateShipments } from "./generateShipments";

const ROWS = 100_000;
const rules = embeddedRuleSet();
const context = { rules, parties: [], settings: SettingsSchema.parse({ asOf: "2026-11-26" }) };
const shipments = generateShipments(rules, ROWS);

// Baseline in the same run: a pass that touches every row and allocates a comparable result, to show the machine's speed.
function baseline(): number {
  const start = performance.now();
  let sink = 0;
  for (const s of shipments) sink += JSON.stringify({ o: s.origin, d: s.destination, v: s.value }).length;
  if (sink < 0) console.log(sink);
  return performance.now() - start;
}

function engine(): number {
  const start = performance.now();
  let blocked = 0;
  for (const s of shipments) if (assess(s, context).status === "blocked") blocked++;
  if (blocked < 0) console.log(blocked);
  return performance.now() - start;
}

engine(); // warm-up
const runs = [engine(), engine(), engine()].sort((a, b) => a - b);
const base = [baseline(), baseline(), baseline()].sort((a, b) => a - b);
const best = runs[0]!;
const rowsPerSecond = Math.round(ROWS / (best / 1000));
console.log(`engine: ${ROWS.toLocaleString("en")} shipments in ${best.toFixed(0)} ms = ${rowsPerSecond.toLocaleString("en")} rows/s (target >= 500,000)`);
console.log(`engine vs. baseline (JSON.stringify of 3 fields per row, ${base[0]!.toFixed(0)} ms): ${(best / base[0]!).toFixed(1)}x`);
