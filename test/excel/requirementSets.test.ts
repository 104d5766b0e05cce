import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * Every Office.js member the adapter uses above the manifest's minimum ExcelApi set must sit inside
 * `whenSupported("1.x", ...)` with x at least the member's set, so an older Excel skips it instead of
 * failing. The set of each member is read from the `[Api set: ExcelApi 1.x]` line of its own doc
 * comment in @types/office-js (the declaration the type checker resolves the access to).
 */

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_TYPES = path.join("node_modules", "@types", "office-js", "index.d.ts");

type Version = [number, number];
const parseVersion = (text: string): Version => text.split(".").map(Number) as Version;
const atLeast = (a: Version, b: Version) => a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]);
const show = (v: Version) => v.join(".");

/** The manifest's <Set Name="ExcelApi" MinVersion="1.x"/>. */
function manifestMinimum(): Version {
  const match = /<Set\s+Name="ExcelApi"\s+MinVersion="(\d+\.\d+)"/.exec(
    readFileSync(path.join(ROOT, "manifest.xml"), "utf8"),
  );
  if (!match) throw new Error("manifest.xml names no ExcelApi minimum");
  return parseVersion(match[1]!);
}

/** The ExcelApi set in a declaration's own doc comment; null when it names none (not an Excel API member). */
function apiSetOf(declaration: ts.Declaration): Version | null {
  const text = declaration.getFullText().slice(0, declaration.getLeadingTriviaWidth());
  const match = /\[Api set: ExcelApi (\d+\.\d+)\]/.exec(text);
  return match ? parseVersion(match[1]!) : null;
}

/** The version of the innermost `whenSupported("1.x", () => ...)` whose callback holds `node`, or null. */
function guardOf(node: ts.Node): Version | null {
  let best: Version | null = null;
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (
      ts.isCallExpression(parent) &&
      ts.isIdentifier(parent.expression) &&
      parent.expression.text === "whenSupported" &&
      parent.arguments[1] === child
    ) {
      const first = parent.arguments[0];
      if (first && ts.isStringLiteral(first)) {
        const version = parseVersion(first.text);
        if (!best || atLeast(version, best)) best = version;
      }
    }
  }
  return best;
}

interface Use {
  file: string;
  line: number;
  member: string;
  set: Version;
  guard: Version | null;
}

/** Every Office.js member used in `files`, with its set and the guard around it. */
function officeMembersUsed(files: string[]): Use[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ["office-js", "node"],
    skipLibCheck: true,
    resolveJsonModule: true,
    esModuleInterop: true,
  });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const declaration = symbol?.declarations?.find((candidate) =>
          candidate.getSourceFile().fileName.endsWith(OFFICE_TYPES.split(path.sep).join("/")),
        );
        const set = declaration ? apiSetOf(declaration) : null;
        if (set)
          uses.push({
            file: path.relative(ROOT, file),
            line: source.getLineAndCharacterOfPosition(node.name.getStart()).line + 1,
            member: node.name.text,
            set,
            guard: guardOf(node),
          });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

const unguarded = (uses: Use[], minimum: Version) =>
  uses
    .filter((use) => !atLeast(minimum, use.set) && !(use.guard && atLeast(use.guard, use.set)))
    .map(
      (use) =>
        `${use.file}:${use.line} .${use.member} needs ExcelApi ${show(use.set)}${use.guard ? ` (guarded for ${show(use.guard)} only)` : ""}`,
    );

describe("requirement sets of the Office.js adapter", () => {
  const minimum = manifestMinimum();
  const adapter = readdirSync(path.join(ROOT, "src/excel"))
    .filter((name) => name.endsWith(".ts"))
    .map((name) => path.join(ROOT, "src/excel", name));
  const fixture = path.join(ROOT, "test/fixtures/excel/unguardedCalls.ts");
  const uses = officeMembersUsed([...adapter, fixture]);

  it("reads the minimum the manifest asks for", () => {
    expect(show(minimum)).toBe("1.7");
  });

  it("finds the adapter's Office.js members and their sets in the type definitions", () => {
    const adapterUses = uses.filter((use) => use.file.startsWith("src/excel"));
    const sets = new Map(adapterUses.map((use) => [use.member, show(use.set)]));
    // Members the adapter is known to use, with the sets their doc comments give.
    expect(sets.get("freezePanes")).toBe("1.7");
    expect(sets.get("autoFilter")).toBe("1.9");
    expect(sets.get("pageLayout")).toBe("1.9");
    expect(sets.get("suspendScreenUpdatingUntilNextSync")).toBe("1.9");
    expect(sets.get("dataValidation")).toBe("1.8");
    expect(sets.get("charts")).toBe("1.1");
    expect(sets.get("getUsedRangeOrNullObject")).toBe("1.4");
    // A member of the plan layer's description with an Excel-like name is not taken for Excel's.
    expect(adapterUses.filter((use) => use.member === "autoFilter").every((use) => use.guard !== null)).toBe(true);
  });

  it("uses every member above the manifest's minimum only inside a whenSupported guard for its set", () => {
    expect(
      unguarded(
        uses.filter((use) => use.file.startsWith("src/excel")),
        minimum,
      ),
    ).toEqual([]);
  });

  it("reports an unguarded 1.9 call and one guarded for too low a set, and passes a rightly guarded one", () => {
    const fixtureFile = path.relative(ROOT, fixture);
    const reported = unguarded(
      uses.filter((use) => use.file === fixtureFile),
      minimum,
    );
    expect(reported.sort()).toEqual(
      [
        `${fixtureFile}:5 .autoFilter needs ExcelApi 1.9`,
        `${fixtureFile}:5 .apply needs ExcelApi 1.9`,
        `${fixtureFile}:10 .pageLayout needs ExcelApi 1.9 (guarded for 1.8 only)`,
        `${fixtureFile}:10 .orientation needs ExcelApi 1.9 (guarded for 1.8 only)`,
      ].sort(),
    );
  });
});
