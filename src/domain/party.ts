import { z } from "zod";
import { CountryCodeSchema } from "./countryCode";
import { IsoDateSchema } from "./isoDate";

export const PartyRoleSchema = z.enum(["importer-of-record", "exporter-of-record"]);
export type PartyRole = z.infer<typeof PartyRoleSchema>;

/** A licence or registration a party holds; `ruleId` names the permit rule it satisfies. */
export const HeldLicenceSchema = z.strictObject({
  ruleId: z.string().min(1),
  reference: z.string().min(1),
  scope: z.string().optional(),
  validFrom: IsoDateSchema.optional(),
  validUntil: IsoDateSchema.optional(),
});
export type HeldLicence = z.infer<typeof HeldLicenceSchema>;

/** A company that can act as importer or exporter of record (a CRO, a depot, an IOR provider). */
export const PartySchema = z.strictObject({
  name: z.string().min(1),
  country: CountryCodeSchema,
  roles: z.array(PartyRoleSchema).min(1),
  licences: z.array(HeldLicenceSchema).default([]),
});
export type Party = z.infer<typeof PartySchema>;
