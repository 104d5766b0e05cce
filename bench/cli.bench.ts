/**
 * CLI cost on a 100,000-row plan: `check` end to end (read, assess, write the annotated copy)
 * against exceljs alone reading and writing the same workbook, measured in the same run.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { embeddedRuleSet } from "../src/rules/embedded";
import { generateShipments } from "./generateShipments";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const dir = path.resolve(".bench");
const plan = path.join(dir, "plan-100k.xlsx");

async function makePlan(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  sheet.addRow(["Shipment ID", "From", "To", "Material", "Value", "Currency", "Ship date", "Need-by date", "Temperature", "Returnable", "Controlled substance"]);
  for (const s of generateShipments(embeddedRuleSet(), ROWS)) {
    sheet.addRow([s.id, s.origin, s.destination, s.material, s.value, s.currency, new Date(`${s.shipDate}T00:00:00Z`), s.needByDate ? new Date(`${s.needByDate}T00:00:00Z`) : null, s.temperature, s.returnable ? "yes" : "no", s.controlledSubstance ? "yes" : "no"]);
  }
  await workbook.xlsx.writeFile(plan);
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function exceljsAlone(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(plan);
  await workbook.xlsx.writeFile(path.join(dir, "exceljs-copy.xlsx"));
}

async function clearwayCheck(): Promise<void> {
  const code = await main(["check", plan, "-o", path.join(dir, "checked.xlsx"), "--as-of", "2026-11-26"], { stdout: () => {}, stderr: (text) => process.stderr.write(text) });
  if (code !== 0) throw new Error(`check exited ${code}`);
}

async function run(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await makePlan();
  await exceljsAlone(); // warm-up
  const base: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < 2; i++) {
    base.push(await time(exceljsAlone));
    check.push(await time(clearwayCheck));
  }
  const b = Math.min(...base);
  const c = Math.min(...check);
  console.log(`exceljs alone, read + write ${ROWS.toLocaleString("en")} rows: ${(b / 1000).toFixed(1)} s`);
  console.log(`clearway check, read + assess + write:          ${(c / 1000).toFixed(1)} s`);
  console.log(`ratio: ${(c / b).toFixed(2)}x (target <= 1.3x)`);
}

run();
