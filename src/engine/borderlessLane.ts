import type { RecordParty } from "../domain/assessment";
import { sentenceStart } from "../domain/countryNames";
import type { Party, PartyRole } from "../domain/party";
import type { Shipment } from "../domain/shipment";
import { sharedUnion, type CountryView } from "../rules/countryView";
import type { AssessContext } from "./context";
import { laneKey, memoized } from "./contextMemo";
import { ISSUE_CODES, issue } from "./issueCodes";
import { single, type LaneFinding } from "./laneFinding";
import { licencePeriod } from "./licencePeriod";
import { textMemoKey } from "./memoKeys";
import { checkPermits } from "./permitsCheck";
import { partyNamed } from "./recordParties";
import { membershipRuleId } from "../rules/derivedRuleIds";

const notNeeded = (why: string): RecordParty => ({
  kind: "not-needed",
  party: null,
  requirements: [`not needed: ${why}`],
});

/** A lane with no customs border (same country, or inside a customs union): nothing to permit or pay. */
export function borderlessLane(
  shipment: Shipment,
  context: AssessContext,
  origin: CountryView,
  destination: CountryView,
): Omit<LaneFinding, "after"> | undefined {
  if (shipment.origin === shipment.destination) {
    return {
      permits: [],
      importer: notNeeded("domestic shipment"),
      exporter: notNeeded("domestic shipment"),
      before: [
        single(
          issue(
            ISSUE_CODES.sameCountry,
            "info",
            `Origin and destination are both in ${origin.inText}: no import or export.`,
          ),
        ),
      ],
      pendingLeadTimes: [],
      charges: { kind: "none", basis: "domestic shipment: no customs border" },
      destination,
    };
  }
  const union = sharedUnion(context.rules, shipment.origin, shipment.destination);
  if (!union) return undefined;
  return {
    permits: [],
    importer: notNeeded(`movement within the ${union.name}`),
    exporter: notNeeded(`movement within the ${union.name}`),
    before: [
      single(
        issue(
          ISSUE_CODES.customsUnion,
          "info",
          `${sentenceStart(origin.inText)} and ${destination.inText} are both in the ${union.name}: the goods move without import or export formalities, duty or import VAT at the border.`,
        ),
        membershipRuleId(union.code),
      ),
    ],
    pendingLeadTimes: [],
    charges: { kind: "none", basis: `movement within the ${union.name}: no customs border` },
    destination,
  };
}

/** The party that sends or receives goods moving inside a customs union, for the national permits that still apply. */
function unionParty(
  context: AssessContext,
  country: string,
  role: PartyRole,
  named: string | undefined,
): Party | undefined {
  if (!context.parties.length) return undefined;
  return (
    partyNamed(context.parties, named) ??
    context.parties.find((party) => party.country === country && party.roles.includes(role))
  );
}

/**
 * A lane between two members of one customs union: no border, but some national permits still
 * apply (e.g. narcotics permits), on both sides, after the union's own note.
 */
export function unionLane(
  shipment: Shipment,
  context: AssessContext,
  borderless: Omit<LaneFinding, "after">,
  origin: CountryView,
  destination: CountryView,
): LaneFinding {
  const dated = licencePeriod(shipment, context);
  // No importer or exporter of record is needed, but a national permit still belongs to whoever sends or receives:
  // the party named in the row, else the party on file with that role in the country.
  const sender = unionParty(context, origin.code, "exporter-of-record", shipment.exporterOfRecord);
  const receiver = unionParty(context, destination.code, "importer-of-record", shipment.importerOfRecord);
  const unionKey = textMemoKey("unionPermits", laneKey(shipment), dated, sender?.name, receiver?.name);
  const sides = memoized(context, unionKey, () => [
    checkPermits(shipment, origin, "export", [], context, sender, true),
    checkPermits(shipment, destination, "import", [], context, receiver, true),
  ]);
  return {
    ...borderless,
    permits: sides.flatMap((side) => side.permits),
    pendingLeadTimes: sides.flatMap((side) => side.pendingLeadTimes),
    before: [...borderless.before, ...sides],
    after: [],
  };
}
