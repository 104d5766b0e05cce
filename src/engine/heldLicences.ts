import type { HeldLicence, Party } from "../domain/party";

export interface HeldLicenceMatch {
  party: Party;
  licence: HeldLicence;
  /** True when the licence is valid on the date it is needed. */
  valid: boolean;
}

/**
 * A licence a party already holds for a rule, preferring one valid on `onDate`.
 * `country` limits the search to parties established there (an import licence is national).
 */
export function findHeldLicence(parties: readonly Party[], ruleId: string, onDate: string, country?: string): HeldLicenceMatch | undefined {
  let expired: HeldLicenceMatch | undefined;
  for (const party of parties) {
    if (country && party.country !== country) continue;
    for (const licence of party.licences) {
      if (licence.ruleId !== ruleId) continue;
      const started = !licence.validFrom || licence.validFrom <= onDate;
      const notExpired = !licence.validUntil || licence.validUntil >= onDate;
      if (started && notExpired) return { party, licence, valid: true };
      expired ??= { party, licence, valid: false };
    }
  }
  return expired;
}
