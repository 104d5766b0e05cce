import { z } from "zod";
import { CountryCodeSchema } from "./countryCode";
import { isKnownCountry } from "./countryNames";
import { IsoDateSchema } from "./isoDate";

export const PartyRoleSchema = z.enum(["importer-of-record", "exporter-of-record"]);
export type PartyRole = z.infer<typeof PartyRoleSchema>;

/** A licence or registration a party holds; `ruleId` names the permit rule it satisfies. */
export const HeldLicenceSchema = z.strictObject({
  ruleId: z
    .string()
    .min(1)
    .describe("Id of the permit rule the licence satisfies, e.g. de-import-imp-einfuhrerlaubnis"),
  reference: z.string().min(1).describe("The licence's number or reference, shown in the results"),
  scope: z.string().optional().describe("What the licence covers, e.g. a trial or product, shown beside the reference"),
  validFrom: IsoDateSchema.optional().describe("First day the licence is valid, YYYY-MM-DD"),
  validUntil: IsoDateSchema.optional().describe("Last day the licence is valid, YYYY-MM-DD"),
});
export type HeldLicence = z.infer<typeof HeldLicenceSchema>;

/** A company that can act as importer or exporter of record (a CRO, a depot, an IOR provider). */
export const PartySchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .describe("The party's name, as plan rows name it in their Importer / Exporter of record columns"),
  country: CountryCodeSchema.describe("Country the party is established in, ISO 3166-1 alpha-2"),
  roles: z.array(PartyRoleSchema).min(1).describe("Whether it acts as importer of record, exporter of record or both"),
  licences: z.array(HeldLicenceSchema).default([]).describe("Licences it holds"),
});
export type Party = z.infer<typeof PartySchema>;

const listFew = (items: readonly string[]) =>
  items.length > 8 ? `${items.slice(0, 8).join(", ")}, ...` : items.join(", ");

/** Why a licence's rule id is refused, with the ids that look meant (the same country prefix). */
function unknownRuleId(input: unknown, permitIds: readonly string[]): string {
  const text = String(input);
  const prefix = /^([a-z]+)-/.exec(text.trim().toLowerCase())?.[1];
  const near = prefix ? permitIds.filter((id) => id.startsWith(`${prefix}-`)) : [];
  const hint = near.length
    ? `permit rule ids starting "${prefix}-" are: ${listFew(near)}`
    : `permit rule ids start with the country code, e.g. ${permitIds[0] ?? "de-import-imp-einfuhrerlaubnis"}`;
  return `"${text}" is not a permit rule id in Clearway's rules; ${hint}`;
}

/**
 * The parties list (the "Clearway Parties" table, or a --parties file: a JSON array of parties)
 * checked against a rule set: PartySchema, with every licence naming one of `permitIds`, every
 * country an assigned ISO code, validity dates in order, and each name used once (plan rows refer
 * to parties by name).
 */
export function partiesSchema(permitIds: readonly string[]) {
  const ruleId = permitIds.length
    ? z.enum(permitIds as [string, ...string[]], { error: (issue) => unknownRuleId(issue.input, permitIds) })
    : HeldLicenceSchema.shape.ruleId;
  const licence = HeldLicenceSchema.extend({
    ruleId: ruleId.describe(HeldLicenceSchema.shape.ruleId.description ?? ""),
  }).superRefine((held, context) => {
    if (held.validFrom && held.validUntil && held.validFrom > held.validUntil) {
      context.addIssue({
        code: "custom",
        path: ["validUntil"],
        message: `${held.validUntil} is before the licence's valid-from date ${held.validFrom}`,
      });
    }
  });
  const party = PartySchema.extend({
    // The format is checked first; a well-formed code must also be an assigned one.
    country: PartySchema.shape.country.refine((code) => !/^[A-Z]{2}$/.test(code) || isKnownCountry(code), {
      error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 country code`,
    }),
    licences: z
      .array(licence)
      .default([])
      .describe(PartySchema.shape.licences.description ?? ""),
  });
  return z
    .array(party)
    .superRefine((parties, context) => {
      const seen = new Map<string, number>();
      parties.forEach((entry, index) => {
        const key = entry.name.trim().toLowerCase();
        const first = seen.get(key);
        if (first !== undefined)
          context.addIssue({
            code: "custom",
            path: [index, "name"],
            message: `"${entry.name}" is also the name of party ${first}: plan rows refer to parties by name, so each name is used once`,
          });
        else seen.set(key, index);
      });
    })
    .describe(
      "Clearway parties: the companies that can act as importer or exporter of record, and the licences they hold.",
    );
}
