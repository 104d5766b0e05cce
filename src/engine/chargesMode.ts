import { possessive } from "../domain/countryNames";
import { MATERIAL_LABELS } from "../domain/materialType";
import type { Shipment } from "../domain/shipment";
import type { CountryView } from "../rules/countryView";
import { covered } from "./coveredCountry";
import { ISSUE_CODES, issue } from "./issueCodes";
import { single, type ChargesMode, type Finding } from "./laneFinding";

/** How a lane's charges are found, and the notes that go with it: listed before the charges (a carnet) or after them (returned goods). */
export interface ChargesModeFinding {
  mode: ChargesMode;
  before: Finding[];
  after: Finding[];
}

/**
 * Across a border: no charges now for returnable goods under an ATA carnet, none known where the
 * destination is not covered, else an estimate (for returnable goods, with the returned-goods relief named).
 */
export function chargesMode(shipment: Shipment, origin: CountryView, destination: CountryView): ChargesModeFinding {
  const admission = destination.temporaryAdmission;
  if (shipment.returnable && admission?.ataCarnet) {
    return {
      mode: {
        kind: "none",
        basis: "temporary admission under an ATA carnet: no duty or import tax if re-exported in time",
      },
      before: [
        single(
          issue(
            ISSUE_CODES.temporaryAdmission,
            "action",
            `Returnable ${MATERIAL_LABELS[shipment.material]}: ${destination.inText} accepts ATA carnets; if the goods qualify (e.g. as professional equipment used for the foreign owner), ship under a carnet so no duty or import tax is paid if they are re-exported in time; otherwise duty and tax are due now. ${admission.note}`,
          ),
          admission.id,
        ),
      ],
      after: [],
    };
  }
  if (!covered(destination))
    return {
      mode: { kind: "not-covered", basis: `${possessive(destination.inText)} rules are not covered` },
      before: [],
      after: [],
    };
  if (!shipment.returnable) return { mode: { kind: "estimate" }, before: [], after: [] };
  const known = admission
    ? ` ${admission.note}`
    : ` Clearway's rules do not say whether ${destination.inText} grants temporary admission.`;
  return {
    mode: { kind: "estimate" },
    before: [],
    after: [
      single(
        issue(
          ISSUE_CODES.returnedGoods,
          "action",
          `Returnable ${MATERIAL_LABELS[shipment.material]}: duties and taxes are estimated as payable now.${known} On the return leg the exporter of record is in ${destination.inText}; claim ${possessive(origin.inText)} returned-goods relief if it applies.`,
        ),
        admission?.id,
      ),
    ],
  };
}
