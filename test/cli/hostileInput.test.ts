import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../support/planFiles";

/**
 * Files and paths a hostile tester (or a tired planner) hands the command line. Each case says
 * what the command must answer; every case also asserts that the input is unchanged byte for
 * byte and that nothing was left at -o or beside it.
 */
const root = mkdtempSync(path.join(tmpdir(), "clearway-hostile-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PLAN_HEADER = "Shipment ID,From,To,Material,Value,Currency,Temperature";
const csv = (...rows: string[]) => [PLAN_HEADER, ...rows].join("\n") + "\n";
const GOOD_ROW = "S-ok,US,DE,IMP,1000,EUR,2-8 C";
const PARTIES_HEADER = "Name,Country,Roles,Licence rule id,Licence reference,Scope,Valid from,Valid until";
const RULES_HEADER = "Country,Section,Rule id,Value,Source note,Reviewed";

interface Case {
  name: string;
  /** Files to create in the case's folder: name -> content (a folder when the content is null). */
  files: Record<string, string | null>;
  /** Command-line words after `check`; `{dir}` stands for the case's folder. */
  args: string[];
  /** Files made read-only before the run. */
  readOnly?: string[];
  code: 0 | 1 | 2;
  /** The one line on stderr (exit 1 and 2), or the message of the named row's error (exit 0). */
  message: RegExp;
  /** For exit 0: the sheet row whose error must carry the message, and the rows that must still be checked. */
  row?: number;
  checkedRows?: number;
}

const CASES: Case[] = [
  {
    name: "a folder given as the plan",
    files: { "plan.xlsx": null },
    args: ["{dir}/plan.xlsx"],
    code: 1,
    message: /plan\.xlsx is a folder, not a plan file/,
  },
  {
    name: "a folder given as -o",
    files: { "plan.csv": csv(GOOD_ROW), "out.xlsx": null },
    args: ["{dir}/plan.csv", "-o", "{dir}/out.xlsx"],
    code: 1,
    message: /-o .*out\.xlsx is a folder: give a file name/,
  },
  {
    name: "a read-only file given as -o",
    files: { "plan.csv": csv(GOOD_ROW), "out.xlsx": "keep me" },
    readOnly: ["out.xlsx"],
    args: ["{dir}/plan.csv", "-o", "{dir}/out.xlsx"],
    code: 1,
    message: /-o .*out\.xlsx is read-only: it was left as it is/,
  },
  {
    name: "a read-only plan checked --in-place",
    files: { "plan.csv": csv(GOOD_ROW) },
    readOnly: ["plan.csv"],
    args: ["{dir}/plan.csv", "--in-place"],
    code: 1,
    message: /--in-place .*plan\.csv is read-only/,
  },
  {
    name: "-o inside a path whose folder is a file",
    files: { "plan.csv": csv(GOOD_ROW), "notes.txt": "x" },
    args: ["{dir}/plan.csv", "-o", "{dir}/notes.txt/out.xlsx"],
    code: 1,
    message: /notes\.txt is a file, not a folder/,
  },
  {
    name: "a plan path that does not exist",
    files: {},
    args: ["{dir}/missing.csv"],
    code: 1,
    message: /missing\.csv: no such file/,
  },
  {
    name: "a 0-byte CSV",
    files: { "plan.csv": "" },
    args: ["{dir}/plan.csv"],
    code: 1,
    message: /is empty \(0 bytes\)/,
  },
  {
    name: "-o and --in-place together",
    files: { "plan.csv": csv(GOOD_ROW) },
    args: ["{dir}/plan.csv", "--in-place", "-o", "{dir}/out.csv"],
    code: 2,
    message: /either -o FILE or --in-place/,
  },
  {
    name: "-o naming the input without --in-place",
    files: { "plan.csv": csv(GOOD_ROW) },
    args: ["{dir}/plan.csv", "-o", "{dir}/plan.csv"],
    code: 2,
    message: /is the input file: use --in-place/,
  },
  {
    name: "a value of 1e307 in a number cell",
    files: { "plan.csv": csv("S-1,US,DE,IMP,1e307,EUR,2-8 C", GOOD_ROW) },
    args: ["{dir}/plan.csv", "-o", "{dir}/out.csv"],
    code: 0,
    row: 2,
    checkedRows: 2,
    message: /^Value \(E2\) "1e307" is not an amount/,
  },
  {
    name: "a 308-digit value",
    files: { "plan.csv": csv(`S-1,US,DE,IMP,${"9".repeat(308)},EUR,2-8 C`, GOOD_ROW) },
    args: ["{dir}/plan.csv", "-o", "{dir}/out.csv"],
    code: 0,
    row: 2,
    checkedRows: 2,
    message: /^Value \(E2\) is larger than 1,000,000,000,000/,
  },
  {
    name: "a 400-digit value (beyond a double)",
    files: { "plan.csv": csv(`S-1,US,DE,IMP,${"9".repeat(400)},EUR,2-8 C`, GOOD_ROW) },
    args: ["{dir}/plan.csv", "-o", "{dir}/out.csv"],
    code: 0,
    row: 2,
    checkedRows: 2,
    message: /^Value \(E2\) is larger than/,
  },
  {
    name: "a value just over the limit",
    files: { "plan.csv": csv("S-1,US,DE,IMP,1000000000001,EUR,2-8 C", GOOD_ROW) },
    args: ["{dir}/plan.csv", "-o", "{dir}/out.csv"],
    code: 0,
    row: 2,
    checkedRows: 2,
    message: /^Value \(E2\) is larger than/,
  },
  {
    name: "constructor as the origin",
    files: { "plan.csv": csv("S-1,constructor,DE,IMP,1000,EUR,2-8 C", GOOD_ROW) },
    args: ["{dir}/plan.csv", "-o", "{dir}/out.csv"],
    code: 0,
    row: 2,
    checkedRows: 2,
    message: /^Origin \(B2\) "constructor" is not a country/,
  },
  {
    name: "__proto__ as the destination",
    files: { "plan.csv": csv("S-1,US,__proto__,IMP,1000,EUR,2-8 C", GOOD_ROW) },
    args: ["{dir}/plan.csv", "-o", "{dir}/out.csv"],
    code: 0,
    row: 2,
    checkedRows: 2,
    message: /^Destination \(C2\) "__proto__" is not a country/,
  },
  {
    name: "toString as the material",
    files: { "plan.csv": csv("S-1,US,DE,toString,1000,EUR,2-8 C", GOOD_ROW) },
    args: ["{dir}/plan.csv", "-o", "{dir}/out.csv"],
    code: 0,
    row: 2,
    checkedRows: 2,
    message: /^Material type \(D2\) "toString" is not a material type/,
  },
  {
    name: "constructor as the temperature",
    files: { "plan.csv": csv("S-1,US,DE,IMP,1000,EUR,constructor", GOOD_ROW) },
    args: ["{dir}/plan.csv", "-o", "{dir}/out.csv"],
    code: 0,
    row: 2,
    checkedRows: 2,
    message: /^Temperature \(G2\) "constructor" is not a temperature/,
  },
  {
    name: "a Rules table whose country is constructor",
    files: {
      "plan.csv": csv(GOOD_ROW),
      "rules.csv": `${RULES_HEADER}\nconstructor,duty,de-duty-3004,5,note,2026-11-01\n`,
    },
    args: ["{dir}/plan.csv", "--rules", "{dir}/rules.csv", "-o", "{dir}/out.csv"],
    code: 1,
    message: /rules\.csv is refused.*A2: Country "constructor" is not a country/,
  },
  {
    name: "a Rules table whose rule id is __proto__",
    files: { "plan.csv": csv(GOOD_ROW), "rules.csv": `${RULES_HEADER}\nDE,duty,__proto__,5,note,2026-11-01\n` },
    args: ["{dir}/plan.csv", "--rules", "{dir}/rules.csv", "-o", "{dir}/out.csv"],
    code: 1,
    message: /rules\.csv is refused.*C2: Rule id "__proto__" is not a rule id/,
  },
  {
    name: "a Parties table whose country is constructor",
    files: { "plan.csv": csv(GOOD_ROW), "parties.csv": `${PARTIES_HEADER}\nAcme,constructor,IOR,,,,,\n` },
    args: ["{dir}/plan.csv", "--parties", "{dir}/parties.csv", "-o", "{dir}/out.csv"],
    code: 1,
    message: /parties\.csv is refused.*B2: Country "constructor" is not a country/,
  },
  {
    name: "a Parties table whose licence is constructor",
    files: { "plan.csv": csv(GOOD_ROW), "parties.csv": `${PARTIES_HEADER}\n__proto__,DE,IOR,constructor,X,,,\n` },
    args: ["{dir}/plan.csv", "--parties", "{dir}/parties.csv", "-o", "{dir}/out.csv"],
    code: 1,
    message:
      /parties\.csv is refused.*D2: Licence rule id "constructor" is not a permit in Clearway's rules \(by rule id or name\)/,
  },
  {
    name: "a Parties table whose role is toString",
    files: { "plan.csv": csv(GOOD_ROW), "parties.csv": `${PARTIES_HEADER}\nAcme,DE,toString,,,,,\n` },
    args: ["{dir}/plan.csv", "--parties", "{dir}/parties.csv", "-o", "{dir}/out.csv"],
    code: 1,
    message: /parties\.csv is refused.*C2: Roles "toString" is not a role/,
  },
];

/** Every file below a folder with its bytes, to compare before and after a run. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), entry.isDirectory() ? "<folder>" : readFileSync(full).toString("base64"));
  }
  return files;
}

describe("hostile input through the command line: a clear answer, the input untouched, nothing left behind", () => {
  it.each(CASES.map((entry) => [entry.name, entry] as const))("%s", async (_name, entry) => {
    const dir = mkdtempSync(path.join(root, "case-"));
    for (const [name, content] of Object.entries(entry.files)) {
      if (content === null) mkdirSync(path.join(dir, name));
      else writeFileSync(path.join(dir, name), content);
    }
    for (const name of entry.readOnly ?? []) chmodSync(path.join(dir, name), 0o444);
    const before = snapshot(dir);
    const args = entry.args.map((arg) => arg.replace("{dir}", dir));
    const result = await runCli("check", ...args, "--json", "--as-of", "2026-11-26");

    expect(result.code).toBe(entry.code);
    if (entry.code === 0) {
      const rows = JSON.parse(result.stdout).rows as Array<{
        row: number;
        status: string;
        issues: Array<{ severity: string; message: string }>;
      }>;
      expect(rows).toHaveLength(entry.checkedRows!);
      const bad = rows.find((row) => row.row === entry.row)!;
      expect(bad.status).toBe("error");
      expect(bad.issues.filter((issue) => issue.severity === "error").map((issue) => issue.message)).toEqual([
        expect.stringMatching(entry.message),
      ]);
      for (const row of rows.filter((r) => r.row !== entry.row)) expect(row.status).not.toBe("error");
      // The output was written and the input is as it was; nothing else appeared.
      const after = snapshot(dir);
      for (const [name, bytes] of before) expect(after.get(name)).toBe(bytes);
      expect([...after.keys()].filter((name) => !before.has(name))).toEqual(["out.csv"]);
    } else {
      expect(result.stdout).toBe("");
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(entry.message);
      // No raw Node error code alone, no temp-file name.
      expect(result.stderr).not.toMatch(/\.tmp\b|^clearway: E[A-Z]+:/);
      expect(snapshot(dir)).toEqual(before);
    }
  });
});
