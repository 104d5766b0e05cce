import { ExactDecimal } from "../domain/exactDecimal";
import type { Shipment } from "../domain/shipment";

/** A parsed plan row that may belong to a shipment written over several rows (one per lot or kit range). */
export interface GroupableRow {
  /** Sheet row number. */
  row: number;
  shipmentId: string | null;
  shipment?: Shipment;
}

/** Rows sharing a shipment number: assessed as one shipment, the result written on each. */
export interface ShipmentGroup {
  shipmentId: string;
  rows: number[];
  /** The rows as one shipment; undefined when they disagree on the lane, material or currency (each row is then assessed alone). */
  shipment?: Shipment;
  /** One sentence for each row's result: which rows form the shipment, or why they were not taken as one. */
  note: string;
}

const sameLane = (a: Shipment, b: Shipment) =>
  a.origin === b.origin &&
  a.destination === b.destination &&
  a.originRegion === b.originRegion &&
  a.destinationRegion === b.destinationRegion &&
  a.material === b.material &&
  a.currency === b.currency;

const sum = (values: Array<number | undefined>): number | undefined =>
  values.every((value) => value === undefined)
    ? undefined
    : values
        .reduce((total: ExactDecimal, value) => total.plus(ExactDecimal.of(value ?? 0)), ExactDecimal.ZERO)
        .toNumber(4);

const earliest = (dates: Array<string | undefined>) =>
  dates.filter((date): date is string => date !== undefined).sort()[0];

/** Temperatures that add dangerous-goods requirements win over the others: the shipment packs them all. */
const TEMPERATURE_WEIGHT: Record<NonNullable<Shipment["temperature"]>, number> = {
  ln2: 5,
  "dry-ice": 4,
  "-80C": 3,
  "-20C": 2,
  "2-8C": 1,
  ambient: 0,
};

function merge(shipments: Shipment[]): Shipment {
  const first = shipments[0]!;
  const temperatures = shipments
    .map((s) => s.temperature)
    .filter((t): t is NonNullable<Shipment["temperature"]> => t !== undefined)
    .sort((a, b) => TEMPERATURE_WEIGHT[b] - TEMPERATURE_WEIGHT[a]);
  const hsCodes = [...new Set(shipments.map((s) => s.hsCode).filter((code): code is string => code !== undefined))];
  const merged: Shipment = {
    ...first,
    value: sum(shipments.map((s) => s.value)) ?? 0,
    noCommercialValue: shipments.every((s) => s.noCommercialValue),
    returnable: shipments.every((s) => s.returnable),
    controlledSubstance: shipments.some((s) => s.controlledSubstance),
    dangerousGoods: [...new Set(shipments.flatMap((s) => s.dangerousGoods))].sort(),
  };
  const optional = {
    quantity: sum(shipments.map((s) => s.quantity)),
    freight: sum(shipments.map((s) => s.freight)),
    insurance: sum(shipments.map((s) => s.insurance)),
    shipDate: earliest(shipments.map((s) => s.shipDate)),
    needByDate: earliest(shipments.map((s) => s.needByDate)),
    temperature: temperatures[0],
    hsCode: hsCodes.length === 1 ? hsCodes[0] : undefined,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value === undefined) delete (merged as Record<string, unknown>)[key];
    else (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

const rowList = (rows: readonly number[]) =>
  rows.length === 2 ? `${rows[0]} and ${rows[1]}` : `${rows.slice(0, -1).join(", ")} and ${rows[rows.length - 1]}`;

/**
 * Shipments written over several rows: rows with the same shipment number form one shipment when
 * they agree on origin, destination, material and currency; values, quantities, freight and
 * insurance are summed, the earliest dates kept. Rows that could not be read stay on their own.
 */
export function groupShipments(rows: readonly GroupableRow[]): Map<number, ShipmentGroup> {
  const byId = new Map<string, GroupableRow[]>();
  for (const row of rows)
    if (row.shipmentId && row.shipment) byId.set(row.shipmentId, [...(byId.get(row.shipmentId) ?? []), row]);
  const groups = new Map<number, ShipmentGroup>();
  for (const [shipmentId, members] of byId) {
    if (members.length < 2) continue;
    const numbers = members.map((member) => member.row);
    const shipments = members.map((member) => member.shipment!);
    const unreadable = rows.filter((row) => row.shipmentId === shipmentId && !row.shipment).map((row) => row.row);
    const left = unreadable.length
      ? ` Row${unreadable.length > 1 ? "s" : ""} ${unreadable.join(", ")} of this shipment could not be read and ${unreadable.length > 1 ? "are" : "is"} not included.`
      : "";
    const group: ShipmentGroup = shipments.every((shipment) => sameLane(shipment, shipments[0]!))
      ? {
          shipmentId,
          rows: numbers,
          shipment: merge(shipments),
          note: `Rows ${rowList(numbers)} form shipment ${shipmentId} and are assessed as one shipment (values and quantities summed).${left}`,
        }
      : {
          shipmentId,
          rows: numbers,
          note: `Rows ${rowList(numbers)} share shipment number ${shipmentId} but differ in origin, destination, material or currency: each row is assessed on its own.`,
        };
    for (const row of numbers) groups.set(row, group);
  }
  return groups;
}
