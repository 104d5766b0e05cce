import { z } from "zod";
import { CountryCodeSchema } from "./countryCode";
import { CurrencyCodeSchema } from "./shipment";
import { SeveritySchema, StatusSchema } from "./status";

export const SourceRefSchema = z.strictObject({
  title: z.string(),
  url: z.string(),
  reviewed: z.string(),
});

/**
 * What an issue asks of the planner: setup is done once per country, side and trial (appoint an
 * importer of record, obtain a per-trial licence), shipment is for this shipment (a per-shipment
 * permit, dates, a value, packing), info needs nothing done.
 */
export const ISSUE_KINDS = ["setup", "shipment", "info"] as const;
export const IssueKindSchema = z.enum(ISSUE_KINDS);
export type IssueKind = z.infer<typeof IssueKindSchema>;

export const SideSchema = z.enum(["import", "export"]);
export type Side = z.infer<typeof SideSchema>;

export const IssueSchema = z.strictObject({
  /** Stable code, e.g. "permit-required", "country-not-covered". */
  code: z.string().regex(/^[a-z]+(-[a-z0-9]+)*$/),
  severity: SeveritySchema,
  kind: IssueKindSchema,
  /** The side of the lane the issue is about (import: the destination; export: the origin), when it is about one. */
  side: SideSchema.optional(),
  /** The permit rule the issue is about, when it is about one. */
  ruleId: z.string().optional(),
  message: z.string().min(1),
  /** A1 address of the cell the issue is about, when it comes from the sheet. */
  cell: z.string().optional(),
});
export type Issue = z.infer<typeof IssueSchema>;

export const PermitSchema = z.strictObject({
  ruleId: z.string(),
  country: CountryCodeSchema,
  direction: z.enum(["import", "export"]),
  name: z.string(),
  authority: z.string(),
  scope: z.string(),
  holder: z.string(),
  leadTimeDays: z.number().int().nullable(),
  /** Reference of the licence a party already holds for it, if any. */
  heldReference: z.string().nullable(),
  source: SourceRefSchema,
});
export type Permit = z.infer<typeof PermitSchema>;

/**
 * What the check says of an importer or exporter of record: a party is named (in the row, from the
 * parties on file, or the sponsor), one must be appointed, none is needed (a movement inside a
 * customs union or one country), or the country's rules are not covered.
 */
export const RECORD_PARTY_KINDS = ["named", "appoint", "not-needed", "not-covered"] as const;

export const RecordPartySchema = z.strictObject({
  kind: z.enum(RECORD_PARTY_KINDS),
  /** The party's name, or null when one must be appointed. */
  party: z.string().nullable(),
  requirements: z.array(z.string()),
});
export type RecordParty = z.infer<typeof RecordPartySchema>;

export const ChargesSchema = z.strictObject({
  currency: CurrencyCodeSchema,
  customsValue: z.number().nullable(),
  duty: z.number().nullable(),
  importTax: z.number().nullable(),
  total: z.number().nullable(),
  /** How the figures were reached, in words: valuation basis, heading, rates, assumptions. */
  basis: z.string(),
});
export type Charges = z.infer<typeof ChargesSchema>;

/** What the engine says about one shipment. */
export const AssessmentSchema = z.strictObject({
  status: StatusSchema,
  permits: z.array(PermitSchema),
  importerOfRecord: RecordPartySchema,
  exporterOfRecord: RecordPartySchema,
  charges: ChargesSchema,
  /** Longest lead time among the permits still to obtain, in days; null when none or unknown. */
  leadTimeDays: z.number().int().nullable(),
  issues: z.array(IssueSchema),
  ruleRefs: z.array(z.string()),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
