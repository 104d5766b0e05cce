import type { HeldLicence, Party } from "../domain/party";

export interface HeldLicenceMatch {
  party: Party;
  licence: HeldLicence;
  /** True when the licence is valid on the date it is needed. */
  valid: boolean;
}

const validOn = (licence: HeldLicence, onDate: string) =>
  (!licence.validFrom || licence.validFrom <= onDate) && (!licence.validUntil || licence.validUntil >= onDate);

type LicenceIndex = Map<string, Array<{ party: Party; licence: HeldLicence }>>;
const indexes = new WeakMap<readonly Party[], LicenceIndex>();

/** The licences of a list of parties by rule id, in the parties' order; built once per list. */
function licenceIndex(parties: readonly Party[]): LicenceIndex {
  let index = indexes.get(parties);
  if (!index) {
    index = new Map();
    for (const party of parties) {
      for (const licence of party.licences) {
        let entries = index.get(licence.ruleId);
        if (!entries) index.set(licence.ruleId, (entries = []));
        entries.push({ party, licence });
      }
    }
    indexes.set(parties, index);
  }
  return index;
}

/**
 * A licence a party already holds for a rule, preferring one valid on `onDate`.
 * `country` limits the search to parties established there (an import licence is national).
 */
export function findHeldLicence(
  parties: readonly Party[],
  ruleId: string,
  onDate: string,
  country?: string,
): HeldLicenceMatch | undefined {
  let expired: HeldLicenceMatch | undefined;
  for (const { party, licence } of licenceIndex(parties).get(ruleId) ?? []) {
    if (country && party.country !== country) continue;
    if (validOn(licence, onDate)) return { party, licence, valid: true };
    expired ??= { party, licence, valid: false };
  }
  return expired;
}

/** The licence one party holds for a rule, preferring one valid on `onDate`. */
export function partyLicence(party: Party, ruleId: string, onDate: string): HeldLicenceMatch | undefined {
  let expired: HeldLicenceMatch | undefined;
  for (const licence of party.licences) {
    if (licence.ruleId !== ruleId) continue;
    if (validOn(licence, onDate)) return { party, licence, valid: true };
    expired ??= { party, licence, valid: false };
  }
  return expired;
}

/** Whether the party holds a licence for the rule valid on `onDate`. */
export function holdsValidLicence(party: Party, ruleId: string, onDate: string): boolean {
  for (const licence of party.licences) if (licence.ruleId === ruleId && validOn(licence, onDate)) return true;
  return false;
}

interface ValidityBounds {
  /** Every licence's first valid day, sorted. */
  from: string[];
  /** Every licence's last valid day, sorted. */
  until: string[];
}
const bounds = new WeakMap<readonly Party[], ValidityBounds>();

/** How many of the sorted dates satisfy `before(date)`: a binary search. */
function countWhile(sorted: readonly string[], before: (date: string) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(sorted[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A number that is the same for two dates exactly when every licence of the parties is valid on
 * both or on neither: how many licences have started by the date, and how many have ended before
 * it. Findings that depend on which licences are valid can then be shared by all the ship dates of
 * such a period, instead of being worked out per date.
 */
export function validityPeriod(parties: readonly Party[], onDate: string): number {
  let known = bounds.get(parties);
  if (!known) {
    const licences = parties.flatMap((party) => party.licences);
    known = {
      from: licences.flatMap((licence) => (licence.validFrom ? [licence.validFrom] : [])).sort(),
      until: licences.flatMap((licence) => (licence.validUntil ? [licence.validUntil] : [])).sort(),
    };
    bounds.set(parties, known);
  }
  const started = countWhile(known.from, (date) => date <= onDate);
  const ended = countWhile(known.until, (date) => date < onDate);
  return started * (known.until.length + 1) + ended;
}
