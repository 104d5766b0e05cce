import { cellAddress, columnIndex, columnLetters } from "./cellAddress";
import { cellText, isBlank, type Grid } from "./cellValue";
import { EARLIER_OUTPUT_HEADERS, OUTPUT_HEADERS } from "./outputColumns";
import { normalizeName } from "./countryParsing";
import { FIELD_HEADERS, fieldForHeader, namesCountry, REQUIRED_FIELDS, type PlanField } from "./planFields";

/** How the plan's columns were understood. */
export interface HeaderDetection {
  /** 0-based index in the grid of the header row. */
  headerRow: number;
  /** 0-based column of each field found. */
  columns: Partial<Record<PlanField, number>>;
  /** Currency carried by a header such as "Value (EUR)", per field. */
  headerCurrency: Partial<Record<PlanField, string>>;
  missing: PlanField[];
  /** Header cells that name no known field, with their address. */
  unrecognised: Array<{ address: string; text: string }>;
  /** Fields named by more than one column: ambiguous, so not used. */
  duplicates: Array<{ field: PlanField; addresses: string[] }>;
  /** Fields read from a column whose header only may name them ("Manufacturing Site" for the origin): to confirm. */
  assumed: Array<{ field: PlanField; address: string; text: string }>;
  /** How a choice between columns was made, one sentence each. */
  notes: string[];
  /** A user's mapping that names no column of the header row. */
  mappingProblems: string[];
  /** Columns of the input plan (everything with a header, less Clearway's own block). */
  inputColumns: number[];
  /** First column of Clearway's output block, if a previous check wrote one. */
  existingOutputBlock: OutputBlockPlace | null;
}

/** Rows from the top searched for the plan's header (titles and notes may sit above it); Clearway's block header is among them too. */
export const HEADER_SCAN_ROWS = 50;

/** A previous check's output block in a header row: where it starts and how many columns it spans. */
export interface OutputBlockPlace {
  start: number;
  width: number;
}

/** Where a previous check's output block starts in a header row: all its headers, in order, side by side (this version's or an earlier one's). */
export function findOutputBlock(row: readonly unknown[]): OutputBlockPlace | null {
  for (const headers of [OUTPUT_HEADERS, ...EARLIER_OUTPUT_HEADERS]) {
    for (let start = 0; start + headers.length <= row.length; start++) {
      if (headers.every((title, offset) => cellText(row[start + offset] as never) === title))
        return { start, width: headers.length };
    }
  }
  return null;
}

/** The row of a previous check's output block within the rows header detection searches, and where the block sits; null if none. */
export function findOutputBlockRow(
  grid: ReadonlyArray<readonly unknown[] | undefined>,
): { row: number; place: OutputBlockPlace } | null {
  for (let row = 0; row < Math.min(grid.length, HEADER_SCAN_ROWS); row++) {
    const place = findOutputBlock(grid[row] ?? []);
    if (place) return { row, place };
  }
  return null;
}

const inBlock = (block: OutputBlockPlace | null, column: number) =>
  block !== null && column >= block.start && column < block.start + block.width;

/** How much a row looks like the plan's header; 0 unless it names at least two fields (a lone "Notes" or "Depot" is a note, not a header). */
function scoreRow(row: readonly unknown[]): number {
  const block = findOutputBlock(row);
  let score = 0;
  let named = 0;
  row.forEach((cell, column) => {
    if (inBlock(block, column)) return;
    const found = fieldForHeader(cellText(cell as never));
    if (found) {
      named++;
      score += REQUIRED_FIELDS.includes(found.field) ? 3 : 1;
    }
  });
  return named >= 2 ? score : 0;
}

/**
 * Finds the header row (titles, notes and blank rows may sit above it) and maps columns to fields
 * by header text. `overrides` maps a field to a column chosen by the user (its header text or its
 * letters), and wins.
 */
export function detectHeader(
  grid: Grid,
  overrides: Partial<Record<PlanField, string>> = {},
  rowOffset = 1,
): HeaderDetection {
  let headerRow = -1;
  let best = 0;
  for (let r = 0; r < Math.min(grid.length, HEADER_SCAN_ROWS); r++) {
    const score = scoreRow(grid[r] ?? []);
    if (score > best) [best, headerRow] = [score, r];
  }
  const detection: HeaderDetection = {
    headerRow,
    columns: {},
    headerCurrency: {},
    missing: [],
    unrecognised: [],
    duplicates: [],
    assumed: [],
    notes: [],
    mappingProblems: [],
    inputColumns: [],
    existingOutputBlock: null,
  };
  if (headerRow < 0) {
    detection.missing = [...REQUIRED_FIELDS];
    return detection;
  }
  const row = grid[headerRow] ?? [];
  const block = findOutputBlock(row);
  detection.existingOutputBlock = block;
  const seen = new Map<PlanField, Array<{ column: number; weak: boolean; text: string }>>();
  row.forEach((cell, column) => {
    if (inBlock(block, column)) return;
    if (isBlank(cell)) return;
    detection.inputColumns.push(column);
    const text = cellText(cell);
    const found = fieldForHeader(text);
    if (!found) {
      detection.unrecognised.push({ address: cellAddress(column, headerRow + rowOffset), text });
      return;
    }
    seen.set(found.field, [...(seen.get(found.field) ?? []), { column, weak: found.weak === true, text }]);
    if (found.currency) detection.headerCurrency[found.field] = found.currency;
  });
  const address = (column: number) => cellAddress(column, headerRow + rowOffset);
  const siteFree = !seen.has("site");
  for (const [field, candidates] of seen) {
    const plain = candidates.filter((candidate) => !candidate.weak);
    const pool = plain.length ? plain : candidates;
    const countryNamed = pool.filter((candidate) => namesCountry(candidate.text));
    if (pool.length > 1 && (field === "origin" || field === "destination") && countryNamed.length === 1) {
      // "Destination Country" beside "Destination": the country column is the field; the other holds a site or depot name.
      const chosen = countryNamed[0]!;
      detection.columns[field] = chosen.column;
      for (const other of pool.filter((candidate) => candidate !== chosen)) {
        if (field === "destination" && siteFree && detection.columns.site === undefined) {
          detection.columns.site = other.column;
          detection.notes.push(
            `"${other.text}" (${address(other.column)}) is read as ${FIELD_HEADERS.site.label}: "${chosen.text}" (${address(chosen.column)}) names the ${FIELD_HEADERS[field].label.toLowerCase()} country.`,
          );
        } else
          detection.notes.push(
            `"${other.text}" (${address(other.column)}) is not used: "${chosen.text}" (${address(chosen.column)}) names the ${FIELD_HEADERS[field].label.toLowerCase()} country.`,
          );
      }
    } else if (pool.length === 1) {
      detection.columns[field] = pool[0]!.column;
      if (pool[0]!.weak) detection.assumed.push({ field, address: address(pool[0]!.column), text: pool[0]!.text });
    } else detection.duplicates.push({ field, addresses: pool.map((candidate) => address(candidate.column)) });
  }
  for (const [field, target] of Object.entries(overrides) as Array<[PlanField, string]>) {
    if (!target) continue;
    const column = columnFor(row, target);
    if (column < 0) {
      detection.mappingProblems.push(
        `${FIELD_HEADERS[field]?.label ?? field}="${target}": no column of the header row (row ${headerRow + rowOffset}) is headed "${target}"`,
      );
      continue;
    }
    // The column the user chose serves only the field they chose it for.
    for (const [other, used] of Object.entries(detection.columns) as Array<[PlanField, number]>)
      if (used === column && other !== field) delete detection.columns[other];
    detection.columns[field] = column;
    detection.duplicates = detection.duplicates.filter((entry) => entry.field !== field);
    detection.assumed = detection.assumed.filter((entry) => entry.field !== field);
    detection.unrecognised = detection.unrecognised.filter((entry) => entry.address !== address(column));
    const headerCurrency = /\(([A-Z]{3})\)\s*$/.exec(cellText(row[column]));
    if (headerCurrency && (field === "value" || field === "freight" || field === "insurance" || field === "unitPrice"))
      detection.headerCurrency[field] = headerCurrency[1]!;
    if (!detection.inputColumns.includes(column)) detection.inputColumns.push(column);
  }
  detection.inputColumns.sort((a, b) => a - b);
  detection.missing = REQUIRED_FIELDS.filter((field) => detection.columns[field] === undefined);
  return detection;
}

/** A column chosen by the user: by its header text (as written, or without case and punctuation), else by its letters. */
function columnFor(row: readonly unknown[], target: string): number {
  const exact = row.findIndex((cell) => cellText(cell as never) === target.trim());
  if (exact >= 0) return exact;
  const loose = row.findIndex(
    (cell) => normalizeName(cellText(cell as never)) === normalizeName(target) && normalizeName(target) !== "",
  );
  if (loose >= 0) return loose;
  return /^[A-Za-z]{1,3}$/.test(target.trim()) ? columnIndex(target.trim()) : -1;
}

/** One line saying what was found, for the CLI and the task pane. */
export function describeDetection(detection: HeaderDetection, rowOffset = 1): string {
  if (detection.headerRow < 0) return "No header row with plan columns found.";
  const found = (Object.entries(detection.columns) as Array<[PlanField, number]>).map(
    ([field, column]) => `${FIELD_HEADERS[field].label} (${columnLetters(column)})`,
  );
  const parts = [`Header in row ${detection.headerRow + rowOffset}: ${found.join(", ")}.`];
  const inferFrom = (["hsCode", "drugCode", "description"] as const)
    .filter((field) => detection.columns[field] !== undefined)
    .map((field) => FIELD_HEADERS[field].label);
  const missingText = (field: PlanField) =>
    field === "material" && inferFrom.length
      ? `${FIELD_HEADERS[field].label} (inferred per row from ${inferFrom.join(", ")})`
      : FIELD_HEADERS[field].label;
  if (detection.missing.length) parts.push(`Missing: ${detection.missing.map(missingText).join(", ")}.`);
  if (detection.duplicates.length)
    parts.push(
      `Named twice (not used): ${detection.duplicates.map((d) => `${FIELD_HEADERS[d.field].label} in ${d.addresses.join(" and ")}`).join("; ")}.`,
    );
  if (detection.assumed.length)
    parts.push(
      `Assumed (confirm, or map the column): ${detection.assumed.map((a) => `${FIELD_HEADERS[a.field].label} from "${a.text}" (${a.address})`).join(", ")}.`,
    );
  parts.push(...detection.notes);
  if (detection.unrecognised.length)
    parts.push(`Not understood: ${detection.unrecognised.map((u) => `"${u.text}" (${u.address})`).join(", ")}.`);
  return parts.join(" ");
}
