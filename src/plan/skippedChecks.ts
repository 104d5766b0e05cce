import type { HeaderDetection } from "./headerDetection";
import { FIELD_HEADERS, type PlanField } from "./planFields";

/** A check the plan's columns do not allow: which check, the column(s) it needs, and what is done instead. */
export interface SkippedCheck {
  check: string;
  /** The missing column's label, or labels joined with " / " when the check needs any one of them. */
  missingField: string;
  /** The missing columns' labels, one each. */
  missingFields: string[];
  /** What the rows get instead, when it is not simply nothing (e.g. an assumed HS heading). */
  instead?: string;
}

/**
 * Which engine checks each optional column feeds: the one place that says so. A check is skipped
 * when all its fields are absent; a check over several fields, once skipped, stands for the
 * checks over some of those fields (no separate line for each).
 */
export const CHECKS_BY_FIELDS: ReadonlyArray<{
  check: string;
  fields: readonly PlanField[];
  instead?: string;
  chargesOnly?: boolean;
}> = [
  {
    check: "duty and import tax",
    fields: ["value", "unitPrice"],
    instead: "permits, parties, lead times, sanctions and dangerous goods are still assessed",
  },
  {
    check: "lead time",
    fields: ["shipDate", "needByDate"],
    instead: "held licences are checked as of the date of the check",
  },
  {
    check: "lead time against the ship date",
    fields: ["shipDate"],
    instead: "held licences are checked as of the date of the check",
  },
  { check: "lead time against the need-by date", fields: ["needByDate"] },
  { check: "dangerous goods", fields: ["dangerousGoods", "temperature"] },
  { check: "dangerous goods by UN number", fields: ["dangerousGoods"] },
  { check: "dry ice and liquid nitrogen from the temperature", fields: ["temperature"] },
  {
    check: "duty by HS code",
    fields: ["hsCode"],
    instead: "the usual heading for each material is assumed",
    chargesOnly: true,
  },
  {
    check: "CIF value from freight and insurance",
    fields: ["freight", "insurance"],
    instead: "freight and insurance are estimated as a share of the value",
    chargesOnly: true,
  },
  {
    check: "temporary admission and returned goods",
    fields: ["returnable"],
    instead: "every row is taken as a one-way shipment",
  },
  {
    check: "controlled-substance permits",
    fields: ["controlledSubstance"],
    instead: "no row is taken as a controlled substance",
  },
  {
    check: "no-commercial-value shipments",
    fields: ["noCommercialValue"],
    instead: "every row is taken as a commercial shipment",
    chargesOnly: true,
  },
  {
    check: "importer of record named in the plan",
    fields: ["importerOfRecord"],
    instead: "taken from the parties on file, or to be appointed",
  },
  {
    check: "exporter of record named in the plan",
    fields: ["exporterOfRecord"],
    instead: "taken from the parties on file, or to be appointed",
  },
  { check: "sponsor acting as importer or exporter of record", fields: ["sponsor"] },
];

/** The checks the plan's columns leave out, in the order of CHECKS_BY_FIELDS. */
export function skippedChecks(detection: Pick<HeaderDetection, "columns">): SkippedCheck[] {
  const missing = (field: PlanField) => detection.columns[field] === undefined;
  // Without a value the charges are skipped whole: the checks that only refine them are not named again.
  const noCharges = missing("value") && missing("unitPrice");
  const skipped = CHECKS_BY_FIELDS.filter((entry) => entry.fields.every(missing) && !(noCharges && entry.chargesOnly));
  const covered = (entry: (typeof CHECKS_BY_FIELDS)[number]) =>
    skipped.some(
      (wider) =>
        wider !== entry &&
        wider.fields.length > entry.fields.length &&
        entry.fields.every((field) => wider.fields.includes(field)),
    );
  return skipped
    .filter((entry) => !covered(entry))
    .map((entry) => {
      const labels = entry.fields.map((field) => FIELD_HEADERS[field].label);
      return {
        check: entry.check,
        missingField: labels.join(" / "),
        missingFields: labels,
        ...(entry.instead ? { instead: entry.instead } : {}),
      };
    });
}

/** "lead time (no Ship date / Need-by date column; held licences are checked as of the date of the check)". */
export function skippedCheckText(skipped: SkippedCheck): string {
  return `${skipped.check} (no ${skipped.missingField} column${skipped.missingFields.length > 1 ? "s" : ""}${skipped.instead ? `; ${skipped.instead}` : ""})`;
}
