import type { Assessment } from "../domain/assessment";
import { ShipmentSchema, type Shipment } from "../domain/shipment";
import { assess } from "../engine/assess";
import type { AssessContext } from "../engine/context";
import { parseUnNumbers } from "../plan/cellParsing";
import { parseCountry } from "../plan/countryParsing";
import { parseMaterial } from "../plan/materialParsing";
import { UsageError } from "./usageError";

export interface AssessOptions {
  from: string;
  to: string;
  material: string;
  value: string;
  currency: string;
  shipDate?: string;
  needBy?: string;
  hs?: string;
  returnable?: boolean;
  controlled?: boolean;
  temperature?: string;
  un?: string[];
  freight?: string;
  insurance?: string;
  sponsor?: string;
  importer?: string;
  exporter?: string;
  json?: boolean;
}

function country(flag: string, text: string): { code: string; region?: string } {
  const parsed = parseCountry(text);
  if (!parsed.ok) throw new UsageError(`--${flag} ${parsed.message}`);
  return parsed;
}

function amount(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new UsageError(`--${flag} "${text}" is not a non-negative number`);
  return value;
}

function unNumbers(flags: string[] | undefined): string[] {
  if (!flags?.length) return [];
  const parsed = parseUnNumbers(flags.join(","));
  if (!parsed.ok) throw new UsageError(`--un ${parsed.message}`);
  return parsed.value;
}

/** One shipment from command-line flags, validated by the same schema as plan rows. */
export function shipmentFromOptions(options: AssessOptions): Shipment {
  const origin = country("from", options.from);
  const destination = country("to", options.to);
  const material = parseMaterial(options.material);
  if (!material.ok) throw new UsageError(`--material ${material.message}`);
  const candidate = {
    origin: origin.code,
    originRegion: origin.region,
    destination: destination.code,
    destinationRegion: destination.region,
    material: material.material,
    value: amount("value", options.value),
    currency: options.currency.toUpperCase(),
    shipDate: options.shipDate,
    needByDate: options.needBy,
    hsCode: options.hs?.replace(/\D/g, ""),
    returnable: options.returnable ?? false,
    controlledSubstance: options.controlled ?? false,
    temperature: options.temperature,
    dangerousGoods: unNumbers(options.un),
    freight: amount("freight", options.freight),
    insurance: amount("insurance", options.insurance),
    sponsor: options.sponsor,
    importerOfRecord: options.importer,
    exporterOfRecord: options.exporter,
  };
  const parsed = ShipmentSchema.safeParse(
    Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined)),
  );
  if (!parsed.success) {
    const problem = parsed.error.issues[0]!;
    throw new UsageError(`${problem.path.join(".")}: ${problem.message}`);
  }
  return parsed.data;
}

function describe(assessment: Assessment): string {
  const lines = [`Status: ${assessment.status}`];
  lines.push("Permits:");
  if (!assessment.permits.length) lines.push("  none listed");
  for (const permit of assessment.permits) {
    const timing = permit.leadTimeDays !== null ? `, ~${permit.leadTimeDays} days` : "";
    lines.push(
      `  [${permit.country} ${permit.direction}] ${permit.name} (${permit.authority}; ${permit.scope}${timing})${permit.heldReference ? ` held: ${permit.heldReference}` : ""}`,
    );
  }
  const party = (label: string, record: Assessment["importerOfRecord"]) =>
    `${label}: ${record.party ?? "none yet"}${record.requirements.length ? ` (${record.requirements.map((requirement) => requirement.replace(/\.$/, "")).join("; ")})` : ""}`;
  lines.push(party("Importer of record", assessment.importerOfRecord));
  lines.push(party("Exporter of record", assessment.exporterOfRecord));
  const c = assessment.charges;
  const money = (value: number | null) => (value === null ? "not estimated" : `${value} ${c.currency}`);
  lines.push(
    `Charges: customs value ${money(c.customsValue)}, duty ${money(c.duty)}, import tax ${money(c.importTax)}, total ${money(c.total)}`,
  );
  lines.push(`  basis: ${c.basis}`);
  if (assessment.leadTimeDays !== null) lines.push(`Longest lead time: ${assessment.leadTimeDays} days`);
  lines.push("Issues:");
  for (const entry of assessment.issues) lines.push(`  ${entry.severity.padEnd(8)} ${entry.code}: ${entry.message}`);
  lines.push(`Rule references: ${assessment.ruleRefs.join(", ")}`);
  return lines.join("\n");
}

/** `clearway assess --from US --to DE --material imp --value 10000 --currency EUR [--json]`. */
export function assessCommand(options: AssessOptions, context: AssessContext): string {
  const shipment = shipmentFromOptions(options);
  const assessment = assess(shipment, context);
  if (options.json)
    return JSON.stringify(
      { rules: { version: context.rules.version, asOf: context.rules.asOf }, shipment, assessment },
      null,
      2,
    );
  return describe(assessment);
}
