import type { Issue } from "../domain/assessment";
import { cellAddress } from "./cellAddress";
import { isPlaceholder, type DecimalMark, type Parsed } from "./cellParsing";
import { cellText, isBlank, type CellValue } from "./cellValue";
import type { HeaderDetection } from "./headerDetection";
import { FIELD_HEADERS, type PlanField } from "./planFields";
import type { Assumption, RowReading } from "./rowParsing";

/** Fields whose placeholder text ("TBD") is an error, not an empty cell: each check needs them. */
const NEEDED_FIELDS: readonly PlanField[] = ["origin", "destination", "material", "value"];

/** A field's cell as the row gives it, or the plan's default in its place. */
export interface FieldCell {
  value: CellValue;
  address: string;
  fromDefault: boolean;
}

/**
 * One row being read: its cells by field, and what reading them has found so far (the shipment's
 * fields, the unreadable cells, the assumptions). Each field group reads through this.
 */
export interface RowCells {
  readonly detection: HeaderDetection;
  readonly reading: RowReading;
  readonly sheetRow: number;
  readonly decimalMark: DecimalMark;
  readonly issues: Issue[];
  readonly assumptions: Assumption[];
  /** The shipment's fields as read, checked against the schema once every field is read. */
  readonly candidate: Record<string, unknown>;
  /** The field's cell; a placeholder in an optional column is empty; an empty field takes the plan's default unless `withDefault` is false. */
  cellOf(field: PlanField, withDefault?: boolean): FieldCell | undefined;
  /** Notes a cell that cannot be read: the row becomes an error naming the cell. */
  problem(field: PlanField, address: string, message: string): void;
  /** Parses the field's cell, if any: a value is applied, a failure noted as a problem. */
  read<T>(field: PlanField, parse: (value: CellValue) => Parsed<T>, apply: (value: T) => void): void;
  /** Where an empty or missing field would be: its cell, or the row when the plan has no such column. */
  emptyAddress(field: PlanField): string;
}

export const fieldLabel = (field: PlanField): string => FIELD_HEADERS[field].label;

export function rowCells(
  row: readonly CellValue[],
  sheetRow: number,
  detection: HeaderDetection,
  reading: RowReading,
): RowCells {
  const defaults = reading.defaults ?? {};
  const issues: Issue[] = [];
  const assumptions: Assumption[] = [];
  // Each field is looked up once (with and without its default), so a placeholder or a default is noted once.
  const cells = new Map<string, FieldCell | undefined>();
  const cellOf = (field: PlanField, withDefault = true): FieldCell | undefined => {
    const key = `${field}|${withDefault}`;
    if (cells.has(key)) return cells.get(key);
    const column = detection.columns[field];
    let found: FieldCell | undefined;
    if (column !== undefined && !isBlank(row[column] ?? null)) {
      const value = row[column] ?? null;
      const address = cellAddress(column, sheetRow);
      if (!NEEDED_FIELDS.includes(field) && isPlaceholder(value)) {
        if (withDefault)
          assumptions.push({
            field,
            from: "placeholder",
            value: cellText(value),
            message: `${fieldLabel(field)} (${address}) "${cellText(value)}" is a placeholder: taken as empty.`,
          });
      } else found = { value, address, fromDefault: false };
    }
    const fallback = (defaults as Record<string, string | undefined>)[field];
    if (!found && withDefault && fallback !== undefined) {
      const where =
        column === undefined
          ? `the plan has no ${fieldLabel(field)} column`
          : `${cellAddress(column, sheetRow)} is empty`;
      assumptions.push({
        field,
        from: "defaults",
        value: fallback,
        message: `${fieldLabel(field)} "${fallback}" is from the plan's defaults (${where}).`,
      });
      found = { value: fallback, address: "the plan's defaults", fromDefault: true };
    }
    cells.set(key, found);
    return found;
  };
  const problem = (field: PlanField, address: string, message: string) => {
    issues.push({
      code: "cell-unreadable",
      severity: "error",
      kind: "shipment",
      message: `${fieldLabel(field)} (${address}) ${message}.`,
      cell: address,
    });
  };
  return {
    detection,
    reading,
    sheetRow,
    decimalMark: reading.decimalMark ?? "point",
    issues,
    assumptions,
    candidate: {},
    cellOf,
    problem,
    read<T>(field: PlanField, parse: (value: CellValue) => Parsed<T>, apply: (value: T) => void) {
      const cell = cellOf(field);
      if (!cell) return;
      const parsed = parse(cell.value);
      if (parsed.ok) apply(parsed.value);
      else problem(field, cell.address, parsed.message);
    },
    emptyAddress(field: PlanField) {
      const column = detection.columns[field];
      return column === undefined ? `row ${sheetRow}` : cellAddress(column, sheetRow);
    },
  };
}
