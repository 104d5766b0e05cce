import type { CellValue, Grid } from "../../src/plan/cellValue";
import { FIELD_HEADERS, PLAN_FIELDS, type PlanField } from "../../src/plan/planFields";

/** The header of Clearway's plan template: every field, labelled as the template labels it. */
export const TEMPLATE_HEADER: CellValue[] = PLAN_FIELDS.map((field) => FIELD_HEADERS[field].label);

/** A template row with the fields given, the others empty. */
export const templateRow = (values: Partial<Record<PlanField, CellValue>>): CellValue[] =>
  PLAN_FIELDS.map((field) => values[field] ?? null);

/** IMP shipped from the US to Germany and to India: two lanes with permits, duty and import tax. */
export const US_TO_DE_AND_IN: CellValue[][] = [
  templateRow({
    shipmentId: "S-1",
    origin: "US",
    destination: "DE",
    material: "IMP",
    value: 1000,
    currency: "EUR",
    shipDate: "2027-01-15",
  }),
  templateRow({
    shipmentId: "S-2",
    origin: "US",
    destination: "IN",
    material: "IMP",
    value: 500,
    currency: "USD",
    shipDate: "2026-12-20",
  }),
];

/** A template plan of these rows under the template header. */
export const templatePlan = (...rows: CellValue[][]): Grid => [TEMPLATE_HEADER, ...rows];
