import { coverage } from "../rules/coverage";
import { coverageMatrix, TOP_TRIAL_COUNTRIES, type CoverageCell } from "../rules/coverageMatrix";
import { dutyRateMatrix, USUAL_HEADINGS, type DutyRateCell } from "../rules/dutyRateMatrix";
import type { RuleSet } from "../rules/ruleSet";
import {
  countryFacts,
  dutyAndTaxFactIds,
  isReviewDue,
  newestOfficialDate,
  REVIEW_DUE_AFTER_YEARS,
  reviewDueBefore,
  sourceShares,
  type SourceShares,
} from "../rules/sourceShares";
import { textTable } from "./textTable";

/** Source-kind shares per covered country (its own facts and its customs union's) and over every fact. */
function shares(ruleSet: RuleSet) {
  const dutyTax = dutyAndTaxFactIds(ruleSet);
  const countries = Object.fromEntries(
    [...ruleSet.countries.keys()]
      .sort()
      .map((code) => [code, sourceShares(countryFacts(ruleSet, code), dutyTax, ruleSet.asOf)]),
  );
  return {
    reviewDueAfterYears: REVIEW_DUE_AFTER_YEARS,
    reviewDueBefore: reviewDueBefore(ruleSet.asOf),
    overall: sourceShares([...ruleSet.facts.values()], dutyTax, ruleSet.asOf),
    countries,
  };
}

const percent = (value: number | null) => (value === null ? "n/a" : `${Math.round(value * 100)}%`);

function cellText(cell: CoverageCell): string {
  if (cell.answer === "needs") return `needs ${cell.rules.join(", ")}`;
  if (cell.answer === "none") return "none";
  if (cell.answer === "conditional-only") return `conditional only (${cell.rules.join(", ")})`;
  return "—";
}

function sharesRow(label: string, s: SourceShares): string[] {
  return [
    label,
    String(s.facts),
    `${s.withOfficialSource} (${percent(s.officialShare)})`,
    String(s.legalTextCopyOnly),
    String(s.secondaryOnly),
    `${s.dutyTaxWithOfficialSource}/${s.dutyTaxFacts} (${percent(s.dutyTaxOfficialShare)})`,
    String(s.reviewDue),
  ];
}

const SHARES_HEADER = [
  "Country",
  "Facts",
  "With official source",
  "Legal-text copy only",
  "Secondary only",
  "Duty/tax facts with official source",
  "Review due",
];

/** "—" without a rate; else how many of the rates on the heading and its subheadings cite an official source. */
const rateCellText = (cell: DutyRateCell) => (cell.rates === 0 ? "—" : `${cell.official}/${cell.rates}`);

/** `clearway rules --coverage` (and `npm run rules:report`): the coverage matrix of the 15 biggest trial countries and the source-kind shares. */
function coverageReport(ruleSet: RuleSet): string {
  const matrix = textTable(
    ["Country", "Material", "Import", "Export"],
    coverageMatrix(ruleSet).map((row) => [row.country, row.material, cellText(row.import), cellText(row.export)]),
  );
  const all = shares(ruleSet);
  const sharesTable = textTable(SHARES_HEADER, [
    ...TOP_TRIAL_COUNTRIES.map((code) => sharesRow(code, all.countries[code]!)),
    sharesRow("all facts", all.overall),
  ]);
  const rates = textTable(
    ["Country", ...USUAL_HEADINGS],
    dutyRateMatrix(ruleSet).map((row) => [row.country, ...row.cells.map(rateCellText)]),
  );
  return [
    `Clearway rules ${ruleSet.version}: coverage of the ${TOP_TRIAL_COUNTRIES.length} countries with the most clinical trials.`,
    `"needs X": a permit the goods need (or usually need: to confirm); "none": a sourced no-permit statement naming the material; "conditional only": only permits for situations a row cannot show; "—": no rule.`,
    "",
    matrix,
    "",
    `Source kinds (a country's facts include its customs union's). Review due: the newest official source is dated before ${all.reviewDueBefore} (${REVIEW_DUE_AFTER_YEARS} years before the rules' review date).`,
    "",
    sharesTable,
    "",
    `Duty rates on the usual headings: official / all rates on the heading and its subheadings (with the customs union's); "—": no rate, so a row under it says the rate is not covered.`,
    "",
    rates,
  ].join("\n");
}

/** `clearway rules [--json] [--coverage]`: which countries the rules cover, with review dates, counts and source kinds. */
export function rulesCommand(ruleSet: RuleSet, options: { json?: boolean; coverage?: boolean }): string {
  const countries = coverage(ruleSet);
  if (options.json) {
    const reviewDue = [...ruleSet.facts.values()]
      .filter((fact) => isReviewDue(fact, ruleSet.asOf))
      .map((fact) => ({ id: fact.id, scope: fact.scope, newestOfficialSource: newestOfficialDate(fact) }));
    return JSON.stringify(
      {
        rules: { version: ruleSet.version, asOf: ruleSet.asOf },
        countries,
        sourceShares: shares(ruleSet),
        reviewDue,
        coverageMatrix: coverageMatrix(ruleSet),
        dutyRateMatrix: dutyRateMatrix(ruleSet),
      },
      null,
      2,
    );
  }
  if (options.coverage) return coverageReport(ruleSet);
  const all = shares(ruleSet);
  const table = textTable(
    [
      "Code",
      "Country",
      "Union",
      "Reviewed",
      "Facts",
      "Sources",
      "Official",
      "Review due",
      "Import rules for",
      "Export rules for",
      "Import tax",
      "Duty rates for HS",
    ],
    countries.map((c) => [
      c.code,
      c.name,
      c.customsUnion ?? "",
      c.reviewed,
      String(c.facts),
      String(c.sources),
      percent(all.countries[c.code]!.officialShare),
      String(all.countries[c.code]!.reviewDue),
      c.importMaterials.join(", "),
      c.exportMaterials.join(", "),
      c.importTaxPercent === null
        ? "not covered"
        : `${c.importTaxPercent}%${c.importTaxAlsoCharged.length ? ` + ${c.importTaxAlsoCharged.length} more` : ""}`,
      c.dutyHeadings.join(" ") || "none",
    ]),
  );
  return `Clearway rules ${ruleSet.version} (reviewed up to ${ruleSet.asOf}): ${countries.length} countries covered; any other country is reported as not covered.\nA material missing from "Import rules for" or "Export rules for", an import tax "not covered" or an HS heading missing from "Duty rates for HS" is reported on the row as not covered, never guessed.\n"Official": share of the facts that apply there (with its customs union's) citing at least one official source; "Review due": facts whose newest official source is dated over ${REVIEW_DUE_AFTER_YEARS} years before the rules' review date (clearway rules --coverage for the matrix and all shares).\n\n${table}`;
}
