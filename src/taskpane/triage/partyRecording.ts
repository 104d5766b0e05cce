import type { PartyRole } from "../../domain/party";
import { columnIndex } from "../../plan/cellAddress";
import type { CellValue, Grid } from "../../plan/cellValue";
import { PARTIES_TEMPLATE } from "../../plan/configTemplates";
import type { LicenceCatalogue } from "../../plan/licenceNames";
import { findPartiesHeader, PARTIES_SHEET, readPartiesTable, type PartiesColumn } from "../../plan/partiesTable";
import type { ReadinessEntry, SetupItem } from "../../plan/readiness";
import type { WorkbookPort } from "../../plan/workbookPort";

/** What the Record form asks: one party, and the licence it holds (if the item is a licence). */
export interface PartyDraft {
  name: string;
  /** ISO code or name, as the Parties sheet takes it. */
  country: string;
  roles: PartyRole[];
  /** The permit's rule id or name; empty for a party without a licence. */
  licence: string;
  reference: string;
  /** YYYY-MM-DD or empty. */
  validFrom: string;
  validUntil: string;
}
export type DraftField = keyof PartyDraft;

/** The form's presets for a setup item, and what the item asks for. */
export interface RecordPreset {
  draft: PartyDraft;
  /** "an importer of record" or the permit's name: what is being recorded. */
  subject: string;
}

const SIDE_ROLE: Record<"import" | "export", PartyRole> = {
  import: "importer-of-record",
  export: "exporter-of-record",
};
const APPOINT_CODES: Record<string, PartyRole> = {
  "importer-of-record-needed": "importer-of-record",
  "exporter-of-record-needed": "exporter-of-record",
};
const LICENCE_CODES = new Set(["permit-required", "permit-expires", "permit-conditional"]);

/**
 * The presets of the Record form for a setup item, or null when recording a party cannot settle
 * the item (a country the rules do not cover, a duty rate to confirm): an importer or exporter of
 * record to appoint gets its country and role; a licence to obtain (per trial, per product or a
 * standing one) gets its country, the role that holds it and its rule id.
 */
export function recordPreset(entry: ReadinessEntry, item: SetupItem, catalogue: LicenceCatalogue): RecordPreset | null {
  const blank: PartyDraft = {
    name: "",
    country: entry.country,
    roles: [SIDE_ROLE[entry.side]],
    licence: "",
    reference: "",
    validFrom: "",
    validUntil: "",
  };
  const appoint = Object.hasOwn(APPOINT_CODES, item.code) ? APPOINT_CODES[item.code] : undefined;
  if (appoint)
    return {
      draft: { ...blank, roles: [appoint] },
      subject: appoint === "importer-of-record" ? "an importer of record" : "an exporter of record",
    };
  if (!item.ruleId || !LICENCE_CODES.has(item.code)) return null;
  const permit = catalogue.permit(item.ruleId);
  if (!permit || permit.scope === "per-shipment") return null;
  // The record party holds what the importer or exporter must; a sponsor's or site's licence is still held by a party of the side.
  const role =
    permit.holder === "importer"
      ? "importer-of-record"
      : permit.holder === "exporter"
        ? "exporter-of-record"
        : SIDE_ROLE[entry.side];
  return { draft: { ...blank, roles: [role], licence: item.ruleId }, subject: permit.name };
}

export const ROLE_TEXT: Record<PartyRole, string> = {
  "importer-of-record": "importer of record",
  "exporter-of-record": "exporter of record",
};

const COLUMN_FIELD: Record<PartiesColumn, DraftField | null> = {
  name: "name",
  country: "country",
  roles: "roles",
  ruleId: "licence",
  reference: "reference",
  scope: null,
  validFrom: "validFrom",
  validUntil: "validUntil",
};
const FIELD_LABEL: Record<DraftField, string> = {
  name: "Party name",
  country: "Country",
  roles: "Role",
  licence: "Licence",
  reference: "Licence reference",
  validFrom: "Valid from",
  validUntil: "Valid until",
};
/** The zod path's last key of a licence or party field, as the form's field. */
const PATH_FIELD: Record<string, DraftField> = {
  name: "name",
  country: "country",
  roles: "roles",
  ruleId: "licence",
  reference: "reference",
  validFrom: "validFrom",
  validUntil: "validUntil",
};

const pathField = (path: string): DraftField | undefined => {
  const key = path.split(".").at(-1) ?? "";
  return Object.hasOwn(PATH_FIELD, key) ? PATH_FIELD[key] : undefined;
};

export type DraftRows =
  { ok: true; rows: CellValue[][] } | { ok: false; fields: Partial<Record<DraftField, string>>; problems: string[] };

/**
 * The row a draft adds to a parties table (`grid`, the sheet as it is), placed in the table's own
 * columns, and checked by reading the table with the row added, as the check will: the same parties
 * schema, the same licence names. Problems in the new row go to the form's fields; problems
 * elsewhere in the sheet are returned apart (they refuse the table whatever the form says).
 */
export function draftRows(grid: Grid, draft: PartyDraft, catalogue: LicenceCatalogue): DraftRows {
  const fields: Partial<Record<DraftField, string>> = {};
  if (!draft.name.trim()) fields.name = "Give the party's name, as plan rows name it.";
  if (!draft.country.trim()) fields.country = "Give the country the party is established in.";
  if (!draft.roles.length) fields.roles = "Choose importer of record, exporter of record or both.";
  const header = findPartiesHeader(grid);
  if (!header)
    return {
      ok: false,
      fields,
      problems: [
        `The sheet "${PARTIES_SHEET}" has no header row with Name, Country and Roles columns: add one, or rename the sheet and record again.`,
      ],
    };
  const values: Record<DraftField, string> = {
    ...draft,
    roles: draft.roles.map((role) => ROLE_TEXT[role]).join(" and "),
    name: draft.name.trim(),
    country: draft.country.trim(),
    licence: draft.licence.trim(),
    reference: draft.reference.trim(),
  };
  const row: CellValue[] = [];
  for (const [column, field] of Object.entries(COLUMN_FIELD) as Array<[PartiesColumn, DraftField | null]>) {
    if (!field) continue;
    const index = header.columns[column];
    if (index === undefined) {
      if (values[field])
        fields[field] = `The sheet "${PARTIES_SHEET}" has no ${FIELD_LABEL[field]} column: add one to record this.`;
      continue;
    }
    row[index] = values[field] || null;
  }
  if (Object.keys(fields).length) return { ok: false, fields, problems: [] };

  const sheetRow = grid.length + 1;
  const read = readPartiesTable([...grid, row], catalogue);
  if (read.ok) return { ok: true, rows: [Array.from({ length: row.length }, (_, column) => row[column] ?? null)] };
  const problems: string[] = [];
  const columnField = new Map<number, DraftField>();
  for (const [column, field] of Object.entries(COLUMN_FIELD) as Array<[PartiesColumn, DraftField | null]>)
    if (field && header.columns[column] !== undefined) columnField.set(header.columns[column]!, field);
  for (const problem of read.problems) {
    const at = problem.cell ? /^([A-Z]+)(\d+)$/.exec(problem.cell) : null;
    const inNewRow = at ? Number(at[2]) === sheetRow : false;
    const field =
      at && inNewRow ? columnField.get(columnIndex(at[1]!)) : !problem.cell ? pathField(problem.path) : undefined;
    // The message names the column; the form names the field, so the column's name is left out.
    if (field && (inNewRow || !problem.cell))
      fields[field] ??= problem.message.replace(
        /^(Name|Country|Roles|Licence rule id|Licence reference|Scope|Valid from|Valid until):? /,
        "",
      );
    else problems.push(`${problem.cell ? `${problem.cell}: ` : ""}${problem.message}`);
  }
  return { ok: false, fields, problems };
}

export type RecordOutcome =
  | { ok: true; address: string; created: boolean }
  | { ok: false; fields: Partial<Record<DraftField, string>>; problems: string[] };

/**
 * Records a draft in the workbook's Parties sheet: checked first against the sheet as it is (or the
 * template, when there is no sheet yet), then the sheet is added from its template if absent and
 * the row appended below its last row.
 */
export async function recordParty(
  port: WorkbookPort,
  draft: PartyDraft,
  catalogue: LicenceCatalogue,
): Promise<RecordOutcome> {
  const exists = (await port.listSheets()).some((sheet) => sheet.name === PARTIES_SHEET);
  if (!exists) {
    // No sheet is added for a draft that would be refused.
    const checked = draftRows(PARTIES_TEMPLATE.rows, draft, catalogue);
    if (!checked.ok) return checked;
    await port.createSheet(PARTIES_TEMPLATE);
  }
  const snapshot = await port.readSheet(PARTIES_SHEET);
  const checked = draftRows(snapshot.values, draft, catalogue);
  if (!checked.ok) return checked;
  return { ok: true, address: await port.appendRows(snapshot, checked.rows), created: !exists };
}
