import type { Issue, RecordParty, Side } from "../domain/assessment";
import { countryInText, countryName, possessive, sentenceStart } from "../domain/countryNames";
import type { Party, PartyRole } from "../domain/party";
import type { Shipment } from "../domain/shipment";
import type { CountryView } from "../rules/countryView";
import { territoryByCode, territoryReason } from "../rules/territories";
import type { AssessContext } from "./context";
import { memoized, sideKey } from "./contextMemo";
import { controlledSubstanceRules } from "./controlledSubstanceRules";
import { covered } from "./coveredCountry";
import { ISSUE_CODES, issue } from "./issueCodes";
import { single, type Finding, type LaneFinding } from "./laneFinding";
import { licencePeriod } from "./licencePeriod";
import { memoKey, textMemoKey } from "./memoKeys";
import { checkPermits, type PermitsFinding } from "./permitsCheck";
import { chooseLocalParty, pickRecordParty, recordPartyBasis, type RecordPartyFinding } from "./recordParties";

/** What crossing a border asks of each side: permits, importer and exporter of record, and the findings that say so. */
export type BorderSides = Pick<LaneFinding, "permits" | "importer" | "exporter" | "pendingLeadTimes"> & {
  /** In the order they are listed: each side's permits (export, then import) or its not-covered note, then the importer, then the exporter. */
  findings: Finding[];
};

function notCoveredIssue(view: CountryView, side: Side): Issue {
  // A territory with its own customs or VAT status says why it is not simply its state's rules.
  const territory = territoryByCode(view.code);
  if (territory) {
    return issue(
      ISSUE_CODES.countryNotCovered,
      "action",
      `Clearway's rules do not cover ${view.inText} (${view.code}; own customs/VAT status: ${territoryReason(territory)}): ${side} permits, parties and charges there are not assessed, and ${possessive(countryInText(territory.parent, countryName(territory.parent)))} rules are not applied in their place. Confirm locally with a regulatory or customs expert.`,
      { side },
    );
  }
  return issue(
    ISSUE_CODES.countryNotCovered,
    "action",
    `Clearway's rules do not cover ${view.inText} (${view.code}) yet: ${side} permits, parties and charges there are not assessed. Check with a local regulatory or customs expert.`,
    { side },
  );
}

/**
 * The importer or exporter of record of a lane, memoised: it depends on the lane and goods, the
 * sponsor, the party named in the row and, when several parties on file hold licences the role
 * needs, on which of them holds them on the ship date (that party, not the date, is in the key).
 */
function recordParty(
  shipment: Shipment,
  view: CountryView,
  role: PartyRole,
  context: AssessContext,
): RecordPartyFinding {
  const importer = role === "importer-of-record";
  const named = importer ? shipment.importerOfRecord : shipment.exporterOfRecord;
  let chosen: Party | undefined;
  if (!named && context.parties.length) {
    const basis = recordPartyBasis(shipment, view, role, context, controlledSubstanceRules);
    if (basis.contested) chosen = chooseLocalParty(basis, shipment, context);
  }
  const side = sideKey(view.code, importer ? "import" : "export", shipment);
  const key =
    shipment.sponsor || named || chosen
      ? textMemoKey("recordParty", side, shipment.sponsor, named, chosen?.name)
      : memoKey("recordParty", side);
  return memoized(context, key, () => pickRecordParty(shipment, view, role, context, controlledSubstanceRules));
}

/** A side whose country Clearway's rules do not cover: the party named in the row, if any, and why nothing is assessed. */
function notCoveredParty(named: string | undefined, view: CountryView): RecordParty {
  return {
    kind: "not-covered",
    party: named ?? null,
    requirements: [`${sentenceStart(possessive(view.inText))} rules are not covered`],
  };
}

/** The permits and the importer and exporter of record of a lane that crosses a customs border. */
export function borderSides(
  shipment: Shipment,
  context: AssessContext,
  origin: CountryView,
  destination: CountryView,
): BorderSides {
  const findings: Finding[] = [];
  // Held licences depend on the ship date, so with parties its validity period is part of the keys below.
  const dated = licencePeriod(shipment, context);
  // Who acts as importer and exporter of record comes first: the permits they must hold count as held only when they hold them.
  const importerFound = covered(destination)
    ? recordParty(shipment, destination, "importer-of-record", context)
    : undefined;
  const exporterFound = covered(origin) ? recordParty(shipment, origin, "exporter-of-record", context) : undefined;

  const sides: PermitsFinding[] = [];
  for (const [view, direction, found] of [
    [origin, "export", exporterFound],
    [destination, "import", importerFound],
  ] as const) {
    if (!covered(view)) {
      findings.push(single(notCoveredIssue(view, direction)));
      continue;
    }
    const acting = found?.acting;
    const permitsKey = sideKey(view.code, direction, shipment);
    const key =
      dated || acting ? textMemoKey("permits", permitsKey, dated, acting?.name) : memoKey("permits", permitsKey);
    const finding = memoized(context, key, () =>
      checkPermits(shipment, view, direction, controlledSubstanceRules(shipment, context, direction), context, acting),
    );
    findings.push(finding);
    sides.push(finding);
  }
  const permits = sides.length === 1 ? sides[0]!.permits : sides.flatMap((side) => side.permits);
  const pendingLeadTimes =
    sides.length === 1 ? sides[0]!.pendingLeadTimes : sides.flatMap((side) => side.pendingLeadTimes);

  if (importerFound) findings.push(importerFound);
  if (exporterFound) findings.push(exporterFound);
  return {
    permits,
    importer: importerFound ? importerFound.party : notCoveredParty(shipment.importerOfRecord, destination),
    exporter: exporterFound ? exporterFound.party : notCoveredParty(shipment.exporterOfRecord, origin),
    pendingLeadTimes,
    findings,
  };
}
