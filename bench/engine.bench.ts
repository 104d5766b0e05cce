/**
 * Engine throughput: assess() over 100,000 generated shipments across every covered lane.
 * "cold" gives each pass a fresh context, so every lane is worked out anew, as in a real check;
 * "warm" repeats a pass on one context, the steady state of re-checking the same plan.
 */
import { SettingsSchema } from "../src/domain/settings";
import { assess } from "../src/engine/assess";
import type { AssessContext } from "../src/engine/context";
import { embeddedRuleSet } from "../src/rules/embedded";
import { generateShipments } from "./generateShipments";

const ROWS = 100_000;
const rules = embeddedRuleSet();
const settings = SettingsSchema.parse({ asOf: "2026-11-26" });
const shipments = generateShipments(rules, ROWS);
const freshContext = (): AssessContext => ({ rules, parties: [], settings });

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
pass(freshContext()); // warm-up of the JIT
const cold = best([pass(freshContext()), pass(freshContext()), pass(freshContext())]);
const warmContext = freshContext();
pass(warmContext);
const warm = best([pass(warmContext), pass(warmContext), pass(warmContext)]);
const base = best([baseline(), baseline(), baseline()]);
const rate = (ms: number) => Math.round(ROWS / (ms / 1000)).toLocaleString("en");
console.log(`engine, cold (fresh context, every lane new): ${ROWS.toLocaleString("en")} shipments in ${cold.toFixed(0)} ms = ${rate(cold)} rows/s`);
console.log(`engine, warm (same plan checked again):       ${ROWS.toLocaleString("en")} shipments in ${warm.toFixed(0)} ms = ${rate(warm)} rows/s`);
console.log(`baseline (JSON.stringify of 3 fields a row):  ${base.toFixed(0)} ms; engine cold is ${(cold / base).toFixed(1)}x the baseline`);
