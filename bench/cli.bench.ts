/**
 * CLI cost on a 100,000-row plan: `check` end to end (read, assess, write the annotated copy)
 * against exceljs alone reading and writing the same workbook, measured in the same run, each in a
 * process of its own so that its peak memory (max RSS) is its own. Then what a 300,000-row plan
 * does (.xlsx and CSV): it must finish or be refused in one line, never run out of memory.
 * Figures are printed as ratios against the baseline; nothing here is a pass/fail assertion.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { embeddedRuleSet } from "../src/rules/embedded";
import { generateShipments } from "./generateShipments";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const BIG_ROWS = Number(process.env.BENCH_BIG_ROWS ?? 300_000);
const dir = path.resolve(".bench");
const HEADER = [
  "Shipment ID",
  "From",
  "To",
  "Material",
  "Value",
  "Currency",
  "Ship date",
  "Need-by date",
  "Temperature",
  "Returnable",
  "Controlled substance",
];

function planRows(rows: number): unknown[][] {
  return generateShipments(embeddedRuleSet(), rows).map((s) => [
    s.id,
    s.origin,
    s.destination,
    s.material,
    s.value,
    s.currency,
    new Date(`${s.shipDate}T00:00:00Z`),
    s.needByDate ? new Date(`${s.needByDate}T00:00:00Z`) : null,
    s.temperature,
    s.returnable ? "yes" : "no",
    s.controlledSubstance ? "yes" : "no",
  ]);
}

async function makeXlsx(file: string, rows: number): Promise<void> {
  if (existsSync(file)) return;
  // The streaming writer, so that making the 300,000-row plan does not itself need gigabytes.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet("Plan");
  sheet.addRow(HEADER).commit();
  for (const row of planRows(rows)) {
    const added = sheet.addRow(row);
    added.getCell(7).numFmt = "yyyy-mm-dd";
    added.getCell(8).numFmt = "yyyy-mm-dd";
    added.commit();
  }
  sheet.commit();
  await workbook.commit();
}

function makeCsv(file: string, rows: number): void {
  if (existsSync(file)) return;
  const text = planRows(rows).map((row) =>
    row.map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : (cell ?? ""))).join(","),
  );
  writeFileSync(file, [HEADER.join(","), ...text].join("\n"));
}

/** One measured run, in this process (the child side). */
async function runScenario(name: string, args: string[]): Promise<void> {
  const start = performance.now();
  let outcome = "ok";
  if (name === "exceljs") {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(args[0]!);
    await workbook.xlsx.writeFile(args[1]!);
  } else {
    let stderr = "";
    const code = await main(args, { stdout: () => {}, stderr: (text) => (stderr += text) });
    outcome = code === 0 ? "ok" : `exit ${code}: ${stderr.trim().split("\n").at(-1)}`;
  }
  const ms = performance.now() - start;
  process.stdout.write(`\n${JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, outcome })}\n`);
}

interface Measure {
  ms: number;
  maxRssMb: number;
  outcome: string;
}

/** Runs one scenario in a child process of its own; a crash (out of memory) is an outcome too. */
function measure(name: string, ...args: string[]): Measure {
  const child = spawnSync(process.execPath, [__filename, "--scenario", name, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = child.stdout.trim().split("\n").at(-1) ?? "";
  try {
    return JSON.parse(line) as Measure;
  } catch {
    return {
      ms: NaN,
      maxRssMb: NaN,
      outcome: `crashed (${child.signal ?? `exit ${child.status}`}): ${child.stderr.trim().split("\n").slice(-1)[0] ?? ""}`,
    };
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (mb: number) => `${Math.round(mb)} MB`;

async function run(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const plan = path.join(dir, `plan-${ROWS / 1000}k.xlsx`);
  const big = path.join(dir, `plan-${BIG_ROWS / 1000}k.xlsx`);
  const bigCsv = path.join(dir, `plan-${BIG_ROWS / 1000}k.csv`);
  await makeXlsx(plan, ROWS);
  const check = (file: string) => [
    "check",
    file,
    "-o",
    path.join(dir, `checked-${path.basename(file, path.extname(file))}.xlsx`),
    "--as-of",
    "2026-11-26",
  ];

  const base: Measure[] = [];
  const ours: Measure[] = [];
  for (let i = 0; i < 2; i++) {
    base.push(measure("exceljs", plan, path.join(dir, "exceljs-copy.xlsx")));
    ours.push(measure("check", ...check(plan)));
  }
  const b = base.reduce((best, m) => (m.ms < best.ms ? m : best));
  const c = ours.reduce((best, m) => (m.ms < best.ms ? m : best));
  console.log(`plan: ${ROWS.toLocaleString("en")} rows, ${(statSync(plan).size / 1024 ** 2).toFixed(1)} MB`);
  console.log(`exceljs alone, read + write:          ${seconds(b.ms)}, peak RSS ${megabytes(b.maxRssMb)}`);
  console.log(
    `clearway check, read + assess + write: ${seconds(c.ms)}, peak RSS ${megabytes(c.maxRssMb)} (${c.outcome})`,
  );
  console.log(`time ratio: ${(c.ms / b.ms).toFixed(2)}x exceljs alone (target <= 1.3x)`);
  console.log(`memory ratio: ${(c.maxRssMb / b.maxRssMb).toFixed(2)}x exceljs alone (goal: peak RSS <= 1 GB)`);

  if (process.env.BENCH_SKIP_BIG) return;
  await makeXlsx(big, BIG_ROWS);
  makeCsv(bigCsv, BIG_ROWS);
  for (const file of [big, bigCsv]) {
    const m = measure("check", ...check(file));
    console.log(
      `${BIG_ROWS.toLocaleString("en")}-row ${path.extname(file)} check: ${seconds(m.ms)} (${(m.ms / b.ms).toFixed(2)}x the baseline), peak RSS ${megabytes(m.maxRssMb)}: ${m.outcome}`,
    );
  }
}

const scenario = process.argv.indexOf("--scenario");
if (scenario >= 0) void runScenario(process.argv[scenario + 1]!, process.argv.slice(scenario + 2));
else void run();
