import type { RuleSet } from "../rules/ruleSet";
import { applyRuleOverrides, RuleOverrideError } from "../rules/overrides";
import {
  RuleIdSchema,
  RuleOverridesSchema,
  type CountryRules,
  type OverrideSource,
  type RuleOverrides,
} from "../rules/schema";
import { parseAmount, parseDate } from "./cellParsing";
import { cellText, isBlank, type CellValue, type Grid } from "./cellValue";
import { addressOf, findTableHeader, isEmptyGrid, zodPath, type TableProblem, type TableRead } from "./configTable";
import { normalizeName, parseCountry } from "./countryParsing";
import { valuationRuleId } from "../rules/derivedRuleIds";

/**
 * The "Clearway Rules" sheet: the user's own values for a few facts, each with a source note.
 *
 *   Country | Section | Rule id | Value | Source note | Reviewed
 *
 * Sections and their Value:
 * - duty: the rate in percent (2.5 or 2.5%). Rule id: one of the country's duty rates to replace it,
 *   or a new id "<country>-duty-<HS heading>" (e.g. br-duty-3004) to add a rate for that heading,
 *   which then wins over the customs union's rate for the same heading;
 * - import tax: the standard import VAT/GST rate in percent; Rule id: the country's import tax;
 * - import tax relief: the relief's rate in percent; Rule id: one of the country's reliefs;
 * - permit lead time: days; Rule id: one of the country's own permit rules;
 * - de minimis: the threshold with its currency (150 EUR); Rule id: the country's de minimis;
 * - valuation: CIF or FOB; Rule id: "<country>-valuation" (or empty).
 * Source note: where the value comes from (at least 3 characters; an https link in it is kept as
 * the source's URL). Reviewed: when it was last checked. Anything else (new permits, reliefs,
 * importer-of-record rules) goes in a rules file (--rules FILE.json), which takes the same facts.
 * The rows become that file's document ({ countries: [...] }), checked by the same schema and merged
 * the same way: a fact with the id of one of Clearway's replaces it, a new id is added, and every
 * fact given is marked as the user's override in the results.
 */
export const RULES_SHEET = "Clearway Rules";
export const RULES_COLUMNS = ["Country", "Section", "Rule id", "Value", "Source note", "Reviewed"] as const;

type Column = "country" | "section" | "ruleId" | "value" | "note" | "reviewed";
/** The columns by their headers' words (see headerKey), as the Parties table's are. */
const ALIASES: Record<Column, readonly string[]> = {
  country: ["country", "country code"],
  section: ["section", "fact", "kind", "what", "rule type", "type of fact"],
  ruleId: ["rule id", "rule", "id", "rule reference", "rule number", "rule ref"],
  value: ["value", "new value", "your value", "rate or value"],
  note: ["source note", "source", "note", "your source", "notes", "source of the value"],
  reviewed: [
    "reviewed",
    "last reviewed",
    "reviewed on",
    "checked",
    "checked on",
    "date",
    "review date",
    "date reviewed",
  ],
};
const LABELS: Record<Column, string> = {
  country: "Country",
  section: "Section",
  ruleId: "Rule id",
  value: "Value",
  note: "Source note",
  reviewed: "Reviewed",
};

export const RULE_SECTIONS = [
  "duty",
  "import tax",
  "import tax relief",
  "permit lead time",
  "de minimis",
  "valuation",
] as const;
export type RuleSection = (typeof RULE_SECTIONS)[number];
const SECTION_ALIASES: Record<RuleSection, readonly string[]> = {
  duty: ["duty", "duty rate", "customs duty", "tariff"],
  "import tax": ["import tax", "import vat", "vat", "gst", "import gst", "import tax rate"],
  "import tax relief": ["import tax relief", "tax relief", "relief", "vat relief", "vat exemption"],
  "permit lead time": ["permit lead time", "lead time", "permit processing time", "processing time"],
  "de minimis": ["de minimis", "de minimis threshold"],
  valuation: ["valuation", "valuation basis", "customs value basis", "customs valuation"],
};
const SECTION_LOOKUP = new Map(
  RULE_SECTIONS.flatMap((section) => SECTION_ALIASES[section].map((alias) => [normalizeName(alias), section] as const)),
);

/** Where each section's facts go in a country's entry, and which field the Value sets. */
const SECTION_PATHS: Record<RuleSection, { path: string; value: string }> = {
  duty: { path: "duties", value: "ratePercent" },
  "import tax": { path: "importTax", value: "standardRatePercent" },
  "import tax relief": { path: "importTax.reliefs", value: "ratePercent" },
  "permit lead time": { path: "import", value: "leadTimeDays" },
  "de minimis": { path: "deMinimis", value: "amount" },
  valuation: { path: "valuation", value: "basis" },
};
const COLUMN_FIELDS: Record<Column, string> = {
  country: "code",
  section: "",
  ruleId: "id",
  value: "",
  note: "sources.0.title",
  reviewed: "sources.0.reviewed",
};

/** Where a fact of the document came from: its row's cells. */
interface RowCells {
  cells: Record<Column, string>;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function parsePercent(value: CellValue): Parsed<number> {
  const text = typeof value === "number" ? String(value) : cellText(value).replace(/\s*%$/, "");
  const rate = Number(text);
  if (text === "" || !Number.isFinite(rate))
    return { ok: false, message: `"${cellText(value)}" is not a rate; write it in percent, e.g. 2.5 or 2.5%` };
  if (rate < 0 || rate > 100) return { ok: false, message: `${rate}% is not a rate between 0% and 100%` };
  return { ok: true, value: rate };
}

function parseDays(value: CellValue): Parsed<number> {
  const text = cellText(value).replace(/\s*(days?|d)$/i, "");
  const days = Number(text);
  if (text === "" || !Number.isInteger(days) || days < 0 || days > 730)
    return { ok: false, message: `"${cellText(value)}" is not a lead time; write whole days from 0 to 730, e.g. 45` };
  return { ok: true, value: days };
}

/** The user's note as a source: an https link in it becomes the source's URL. */
function noteSource(note: string, reviewed: string): OverrideSource {
  // Any link is taken as the URL, so that one that is not https is refused (as in a rules file), not kept as text.
  const url = /https?:\/\/[^\s<>()]+/.exec(note)?.[0];
  if (!url) return { title: note, reviewed };
  return {
    title:
      note
        .replace(url, "")
        .replace(/\s*[-:(),]*\s*$/, "")
        .trim() || url,
    url,
    reviewed,
  };
}

interface CountryEntry {
  code: string;
  document: Record<string, unknown> & { code: string };
  /** Path within the country entry ("duties.1", "importTax", "importTax.reliefs.0") -> row. */
  rows: Map<string, RowCells>;
}

/**
 * Reads a rules table and merges it into `base`. Returns the overrides document and the merged rule
 * set, or every problem by cell (and the zod path of the value in the overrides document).
 */
export function readRulesTable(
  grid: Grid,
  base: RuleSet,
  rowOffset = 1,
): TableRead<{ overrides: RuleOverrides; ruleSet: RuleSet }> {
  if (isEmptyGrid(grid)) return { ok: true, value: { overrides: { countries: [] }, ruleSet: base } };
  const header = findTableHeader<Column>(grid, ALIASES, ["country", "section", "ruleId", "value", "note", "reviewed"]);
  if (!header)
    return {
      ok: false,
      problems: [{ cell: null, path: "", message: `no header row with the columns ${RULES_COLUMNS.join(" | ")}` }],
    };

  const problems: TableProblem[] = [];
  const countries: CountryEntry[] = [];
  const seenIds = new Map<string, string>();
  for (let r = header.headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if ((Object.values(header.columns) as number[]).every((index) => isBlank(row[index]))) continue;
    const cells = Object.fromEntries(
      (Object.keys(ALIASES) as Column[]).map((column) => [column, addressOf(header.columns[column]!, r, rowOffset)]),
    ) as Record<Column, string>;
    const value = (column: Column): CellValue => row[header.columns[column]!] ?? null;
    const before = problems.length;
    const country = parseCountry(cellText(value("country")));
    const code = country.ok ? country.code : "";
    const section = SECTION_LOOKUP.get(normalizeName(cellText(value("section"))));
    // The path the cell's value would have in the overrides document.
    const countryPath = `countries.${code && countries.some((c) => c.code === code) ? countries.findIndex((c) => c.code === code) : countries.length}`;
    const pathOf = (column: Column) => {
      if (column === "country") return `${countryPath}.code`;
      if (!section) return countryPath;
      const field = column === "value" ? SECTION_PATHS[section].value : COLUMN_FIELDS[column];
      return [countryPath, SECTION_PATHS[section].path, field].filter(Boolean).join(".");
    };
    const problem = (column: Column, message: string) =>
      problems.push({ cell: cells[column], path: pathOf(column), message: `${LABELS[column]} ${message}` });

    if (!country.ok) problem("country", country.message);
    if (!section)
      problem(
        "section",
        `${isBlank(value("section")) ? "is empty" : `"${cellText(value("section"))}" is not a section`}; expected one of: ${RULE_SECTIONS.join(", ")}`,
      );
    let ruleId = cellText(value("ruleId")).toLowerCase();
    if (section === "valuation" && !ruleId && code) ruleId = valuationRuleId(code);
    if (!ruleId) problem("ruleId", "is empty; expected the id of the rule to replace or add");
    else if (!RuleIdSchema.safeParse(ruleId).success)
      problem(
        "ruleId",
        `"${ruleId}" is not a rule id (lower-case words joined by dashes, e.g. ${code.toLowerCase() || "de"}-duty-3004)`,
      );
    else if (code && seenIds.has(`${code}|${ruleId}`))
      problem("ruleId", `"${ruleId}" is given twice for ${code} (also in ${seenIds.get(`${code}|${ruleId}`)})`);
    const note = cellText(value("note"));
    if (note.length < 3)
      problem(
        "note",
        note
          ? `"${note}" is too short; say where the value comes from`
          : "is empty; say where the value comes from (a broker's ruling, a negotiated rate, your experience)",
      );
    const reviewed = isBlank(value("reviewed"))
      ? ({ ok: false, message: "is empty; expected the date you last checked the value" } as const)
      : parseDate(value("reviewed"));
    if (!reviewed.ok) problem("reviewed", reviewed.message);
    if (problems.length > before || !section || !country.ok || !reviewed.ok) continue;
    seenIds.set(`${code}|${ruleId}`, cells.ruleId);

    let entry = countries.find((candidate) => candidate.code === code);
    if (!entry) countries.push((entry = { code, document: { code }, rows: new Map() }));
    const built = buildFact(
      section,
      ruleId,
      value("value"),
      noteSource(note, reviewed.value),
      base.countries.get(code),
      entry,
    );
    if (!built.ok) {
      problems.push({
        cell: cells[built.column],
        path: pathOf(built.column),
        message: `${LABELS[built.column]} ${built.message}`,
      });
      continue;
    }
    entry.rows.set(built.path!, { cells });
  }
  if (problems.length) return { ok: false, problems };

  const overrides: RuleOverrides = { countries: [] };
  const parsed = RuleOverridesSchema.safeParse({ countries: countries.map((entry) => entry.document) });
  /** The problem at a path of the document, placed on the cell of the row (and column) it came from. */
  const problemAt = (path: string, message: string): TableProblem => {
    const m = /^countries\.(\d+)\.(.*)$/.exec(path);
    const entry = m ? countries[Number(m[1])] : undefined;
    const rest = m?.[2] ?? "";
    const key =
      entry &&
      [...entry.rows.keys()]
        .filter((prefix) => rest === prefix || rest.startsWith(`${prefix}.`))
        .sort((a, b) => b.length - a.length)[0];
    if (!entry || key === undefined) return { cell: null, path, message };
    const field = rest.slice(key.length + 1);
    const column: Column =
      field === "id" || field === "heading"
        ? "ruleId"
        : /^sources\.\d+\.reviewed$/.test(field)
          ? "reviewed"
          : field.startsWith("sources")
            ? "note"
            : "value";
    return { cell: entry.rows.get(key)!.cells[column], path, message: `${LABELS[column]}: ${message}` };
  };
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((issue) => problemAt(zodPath(issue.path), issue.message)) };
  overrides.countries = parsed.data.countries;
  try {
    return { ok: true, value: { overrides, ruleSet: applyRuleOverrides(base, overrides, RULES_SHEET) } };
  } catch (error) {
    if (error instanceof RuleOverrideError) return { ok: false, problems: [problemAt(error.path, error.detail)] };
    throw error;
  }
}

type Built = { ok: true; path: string } | { ok: false; column: Column; message: string };

/** Adds one row's fact to the country's document entry, copying the rest of Clearway's fact when the id is one of its. */
function buildFact(
  section: RuleSection,
  id: string,
  value: CellValue,
  source: OverrideSource,
  country: CountryRules | undefined,
  entry: CountryEntry,
): Built {
  const doc = entry.document;
  const code = entry.code;
  const list = (key: string) =>
    ((doc[key] as unknown[] | undefined) ?? (doc[key] = [])) as Array<Record<string, unknown>>;
  const bad = (message: string, column: Column = "value"): Built => ({ ok: false, column, message });
  const unknown = (what: string, hint: string): Built =>
    bad(`"${id}" is not one of ${code}'s ${what}${hint}`, "ruleId");

  if (section === "valuation") {
    if (id !== valuationRuleId(code))
      return bad(`for the valuation is "${code.toLowerCase()}-valuation" (or empty), not "${id}"`, "ruleId");
    const basis = cellText(value).toUpperCase();
    if (basis !== "CIF" && basis !== "FOB")
      return bad(`"${cellText(value)}" is not a valuation basis; expected CIF or FOB`);
    doc.valuation = { basis, sources: [source] };
    return { ok: true, path: "valuation" };
  }
  if (section === "permit lead time") {
    const days = parseDays(value);
    if (!days.ok) return bad(days.message);
    for (const direction of ["import", "export"] as const) {
      const rule = country?.[direction].find((candidate) => candidate.id === id);
      if (!rule) continue;
      if (rule.kind !== "permit") return bad(`"${id}" says no permit is needed, so it has no lead time`, "ruleId");
      const facts = list(direction);
      facts.push({ ...rule, leadTimeDays: days.value, sources: [source, ...rule.sources] });
      return { ok: true, path: `${direction}.${facts.length - 1}` };
    }
    return unknown(
      "own permit rules",
      country
        ? ` (a customs union's permit cannot be changed per country here; add a national rule in a rules file)`
        : `: Clearway has no rules file for ${code}`,
    );
  }
  if (section === "de minimis") {
    const amount = parseAmount(value);
    if (!amount.ok) return bad(amount.message);
    const existing = country?.deMinimis;
    if (!existing || existing.id !== id)
      return unknown(
        "de minimis rules",
        existing ? `; it is "${existing.id}"` : "; add a new one in a rules file, with what it covers",
      );
    doc.deMinimis = {
      id,
      amount: amount.value.amount,
      currency: amount.value.currency ?? existing.currency,
      covers: existing.covers,
      sources: [source],
    };
    return { ok: true, path: "deMinimis" };
  }
  const rate = parsePercent(value);
  if (!rate.ok) return bad(rate.message);
  if (section === "duty") {
    const existing = country?.duties.find((duty) => duty.id === id);
    const heading = existing?.heading ?? /-duty-(\d{4}(?:\d{2})?)$/.exec(id)?.[1];
    if (!heading)
      return unknown(
        "duty rates",
        `; to add a rate, name it ${code.toLowerCase()}-duty-<HS heading>, e.g. ${code.toLowerCase()}-duty-3004`,
      );
    const facts = list("duties");
    // Clearway's note and zero-for-zero flag describe its rate, not the user's: only the heading is kept.
    facts.push({
      id,
      heading,
      ratePercent: rate.value,
      ...(existing?.zeroForZero && rate.value === 0 ? { zeroForZero: true } : {}),
      sources: [source],
    });
    return { ok: true, path: `duties.${facts.length - 1}` };
  }
  // Import tax and its reliefs share one entry: the tax (Clearway's, unless this sheet changes it) holding the reliefs given.
  const tax = country?.importTax;
  const current = doc.importTax as (Record<string, unknown> & { reliefs: Array<Record<string, unknown>> }) | undefined;
  if (section === "import tax") {
    if (tax && tax.id !== id) return unknown("import tax rules", `; it is "${tax.id}"`);
    doc.importTax = {
      id,
      name: tax?.name ?? "Import tax",
      standardRatePercent: rate.value,
      sources: [source],
      reliefs: current?.reliefs ?? [],
    };
    return { ok: true, path: "importTax" };
  }
  const relief = tax?.reliefs.find((candidate) => candidate.id === id);
  if (!tax || !relief)
    return unknown(
      "import tax reliefs",
      tax
        ? ` (${tax.reliefs.map((candidate) => candidate.id).join(", ") || "it has none"}); add a new relief in a rules file, with its condition`
        : "",
    );
  const entryTax =
    current ??
    (doc.importTax = { ...tax, reliefs: [] } as Record<string, unknown> & { reliefs: Array<Record<string, unknown>> });
  entryTax.reliefs.push({ ...relief, ratePercent: rate.value, sources: [source] });
  return { ok: true, path: `importTax.reliefs.${entryTax.reliefs.length - 1}` };
}
