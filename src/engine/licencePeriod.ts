import type { Shipment } from "../domain/shipment";
import type { AssessContext } from "./context";
import { validityPeriod } from "./heldLicences";

/**
 * With parties on file, which of their licences are valid when the goods ship: a key part that is
 * the same for every ship date in one validity period (and says whether the row gave a date at all).
 */
export function licencePeriod(shipment: Shipment, context: AssessContext): string {
  if (!context.parties.length) return "";
  return shipment.shipDate ? `d${validityPeriod(context.parties, shipment.shipDate)}` : "a";
}
