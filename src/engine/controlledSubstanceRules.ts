import type { Shipment } from "../domain/shipment";
import { countryView } from "../rules/countryView";
import type { PermitRule } from "../rules/schema";
import type { AssessContext } from "./context";
import type { Direction } from "./permitsCheck";

/** The controlled-substance permits (convention certificates or a country's own form of them) that bind one side of a lane. */
export function controlledSubstanceRules(
  shipment: Shipment,
  context: AssessContext,
  direction: Direction,
): PermitRule[] {
  if (!shipment.controlledSubstance) return [];
  const holder = direction === "import" ? "importer" : "exporter";
  // National authorities' own rules (ids with the country prefix) only bind in that country.
  const countryCode = (direction === "import" ? shipment.destination : shipment.origin).toLowerCase();
  const applicable = context.rules.crossCutting.controlledSubstances.filter(
    (rule) =>
      rule.holder === holder &&
      rule.materials.includes(shipment.material) &&
      (!/^[a-z]{2}-/.test(rule.id) || rule.id.startsWith(`${countryCode}-`)),
  );
  // A country's own narcotics permit is its form of the convention certificate: list that, not both.
  const view = countryView(context.rules, direction === "import" ? shipment.destination : shipment.origin);
  const national =
    view[direction].some(
      (rule) => rule.kind === "permit" && rule.onlyIfControlled && rule.materials.includes(shipment.material),
    ) || applicable.some((rule) => rule.id.startsWith(`${countryCode}-`));
  return national ? applicable.filter((rule) => rule.id.startsWith(`${countryCode}-`)) : applicable;
}
