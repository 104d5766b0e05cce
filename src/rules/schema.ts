import { z } from "zod";
import { CountryCodeSchema, SubdivisionCodeSchema } from "../domain/countryCode";
import { IsoDateSchema } from "../domain/isoDate";
import { MaterialTypeSchema } from "../domain/materialType";

/**
 * What a source is, for a reviewer weighing it: official (a regulator, customs or tax authority,
 * government, official journal, treaty body or the WTO), legal-text copy (the law itself reproduced by
 * a third party) or secondary (a law firm, broker, trade portal or news page).
 */
export const SourceKindSchema = z.enum(["official", "legal-text-copy", "secondary"]);
export type SourceKind = z.infer<typeof SourceKindSchema>;

/** The date of what a source says (publication, version or "as of"), as precise as the source gives it. */
export const SourceDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "expected YYYY-MM-DD, YYYY-MM or YYYY")
  .describe("The date of what the source says (publication, version or as-of date): YYYY-MM-DD, YYYY-MM or YYYY");

/**
 * The rule data's single definition. Every fact object carries `sources`: where it was read
 * (title + https URL), what kind of source it is, the date of what it says (null where neither the
 * source's title nor the data states one) and when it was last checked against it (`reviewed`).
 */
export const SourceSchema = z.strictObject({
  title: z.string().min(3),
  url: z.url({ protocol: /^https$/, hostname: z.regexes.domain }),
  kind: SourceKindSchema,
  date: SourceDateSchema.nullable(),
  reviewed: IsoDateSchema,
});
export type Source = z.infer<typeof SourceSchema>;

/** Stable identifier of a fact, used as the rule reference in the output: lower-case words and dashes. */
export const RuleIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, "expected lower-case words joined by dashes, e.g. de-imp-import");

/** HS code prefix: a chapter heading (4 digits) or subheading (6 digits). */
export const HsPrefixSchema = z
  .string()
  .regex(/^\d{4}(\d{2})?$/, "expected a 4- or 6-digit HS heading such as 3004 or 300692");

/** Who has to hold or file a permit. */
export const HolderSchema = z.enum(["importer", "exporter", "sponsor", "site", "consignee", "carrier"]);

/**
 * The fact schemas, built around the schema of one source. Clearway's own data uses SourceSchema;
 * the user's rule overrides use OverrideSourceSchema. Everything else about a fact is the same.
 */
export function factSchemas<S extends z.ZodType>(source: S) {
  const sources = z.array(source).min(1);

  /** A permit, licence, authorisation, registration or notification required for a material. */
  const PermitRuleSchema = z.strictObject({
    kind: z.literal("permit"),
    id: RuleIdSchema,
    materials: z.array(MaterialTypeSchema).min(1),
    /** The permit's name as the authority calls it. */
    name: z.string().min(3),
    authority: z.string().min(2),
    /** per-product: one authorisation per product (e.g. an annual one per investigational medicine), whatever the trial or shipment. */
    scope: z.enum(["per-shipment", "per-trial", "per-product", "per-importer", "per-exporter"]),
    holder: HolderSchema,
    /** Typical processing time in calendar days, only where a source gives one. */
    leadTimeDays: z.number().int().min(0).max(730).optional(),
    /** The customs union's rule this national permit is the national form of; the union's entry is then not listed twice. */
    replaces: RuleIdSchema.optional(),
    /** Needed only in a situation the plan row cannot show (e.g. "no clinical trial notification covers the goods"): listed as a condition to check, not as a task. */
    onlyWhen: z.string().min(3).optional(),
    /**
     * The onlyWhen situation holds for most clinical-trial shipments of these materials (e.g. a depot
     * importing lab kits that are medical devices): the permit is listed and reported as something to
     * confirm (action), not as information. Leave it out where the situation is rare.
     */
    usuallyApplies: z.boolean().optional(),
    /** Also needed when the goods come from, or go to, another member of the same customs union (no customs border). */
    alsoWithinUnion: z.boolean().optional(),
    /** Only needed when the shipment is also flagged as controlled substance (narcotic/psychotropic). */
    onlyIfControlled: z.boolean().optional(),
    /** A customs formality every shipment needs whatever the goods (importer registration, customs permit): listed, but not an answer to what the goods need. */
    customsFormality: z.boolean().optional(),
    note: z.string().optional(),
    sources,
  });

  /** A sourced statement that a material needs no permit in this direction. */
  const NoPermitRuleSchema = z.strictObject({
    kind: z.literal("none"),
    id: RuleIdSchema,
    materials: z.array(MaterialTypeSchema).min(1),
    /**
     * The materials the cited sources themselves name (e.g. a source about blood and plasma names
     * samples, not lab kits). The rule answers "no permit" only for materials listed here; Clearway's
     * own rules list every material of `materials` (a test checks it).
     */
    sourceCovers: z.array(MaterialTypeSchema).min(1).optional(),
    /**
     * Where the sources cover only part of a material (e.g. blood, serum and plasma among samples): that
     * part, in words. The row then says that other goods of the material are not covered (information).
     */
    onlyFor: z.string().min(3).optional(),
    note: z.string().min(3),
    sources,
  });

  const DirectionRuleSchema = z.discriminatedUnion("kind", [PermitRuleSchema, NoPermitRuleSchema]);

  /** Who may act as importer or exporter of record for a material. */
  const RecordPartyRuleSchema = z.strictObject({
    id: RuleIdSchema,
    materials: z.array(MaterialTypeSchema).min(1),
    /** Plain-language description of who qualifies. */
    who: z.string().min(3),
    /** Whether a sponsor with no legal presence in the country may act itself. */
    foreignSponsorMayAct: z.boolean(),
    /** Ids of permit rules this party must hold. */
    mustHold: z.array(RuleIdSchema).optional(),
    note: z.string().optional(),
    sources,
  });

  const ValuationSchema = z.strictObject({
    basis: z.enum(["CIF", "FOB"]),
    note: z.string().optional(),
    sources,
  });

  /** Ad valorem duty rate (percent of customs value) for an HS heading or subheading. */
  const DutyRateSchema = z.strictObject({
    id: RuleIdSchema,
    heading: HsPrefixSchema,
    ratePercent: z.number().min(0).max(100),
    /** Heading is duty-free under the WTO Pharmaceutical Agreement ("zero-for-zero"). */
    zeroForZero: z.boolean().optional(),
    /**
     * Where the national tariff lines under this heading carry different rates: the lowest of them.
     * `ratePercent` is then the highest, and the estimate uses it, so it never undershoots.
     */
    lowestRatePercent: z.number().min(0).max(100).optional(),
    note: z.string().optional(),
    sources,
  });

  /** A lower import VAT/GST rate or an exemption (ratePercent 0) for some materials or headings. */
  const TaxReliefSchema = z.strictObject({
    id: RuleIdSchema,
    materials: z.array(MaterialTypeSchema).optional(),
    headings: z.array(HsPrefixSchema).optional(),
    ratePercent: z.number().min(0).max(100),
    /** What must be true for the relief (e.g. "IMP for an authorised trial, with the approval letter"). */
    condition: z.string().min(3),
    sources,
  });

  /** A rate set for an HS heading or subheading (e.g. Brazil's IPI by tariff line). */
  const HeadingRateSchema = z.strictObject({
    heading: HsPrefixSchema,
    ratePercent: z.number().min(0).max(100),
  });

  /**
   * A further tax charged at import together with the main one, on its own base (Brazil: IPI on the
   * customs value plus duty, PIS/COFINS-Importação on the customs value). The estimate adds it to
   * the import tax; where no rate is known for the row's heading the import tax is not estimated.
   */
  const ImportTaxPartSchema = z.strictObject({
    id: RuleIdSchema,
    name: z.string().min(2),
    base: z.enum(["customs-value", "customs-value-plus-duty"]),
    /** The rate for headings not in `headingRates`; left out where the rate depends on the heading and only some headings are known. */
    ratePercent: z.number().min(0).max(100).optional(),
    /** Rates by HS heading or subheading: the longest matching prefix wins over `ratePercent`. */
    headingRates: z.array(HeadingRateSchema).default([]),
    reliefs: z.array(TaxReliefSchema).default([]),
    note: z.string().optional(),
    sources,
  });

  const ImportTaxSchema = z.strictObject({
    id: RuleIdSchema,
    name: z.string().min(2),
    standardRatePercent: z.number().min(0).max(100),
    reliefs: z.array(TaxReliefSchema).default([]),
    /** Taxes charged with this one, each on its own base; their sum is part of the import tax estimate. */
    alsoCharged: z.array(ImportTaxPartSchema).default([]),
    /**
     * The tax is part of its own base ("por dentro", Brazil's ICMS): rate x (customs value + duty + the
     * taxes in alsoCharged) / (1 - rate).
     */
    inclusiveOfItself: z.boolean().optional(),
    /** Percent of the customs value added to the tax base (South Africa adds 10%). */
    baseUpliftPercent: z.number().min(0).max(100).optional(),
    /** The tax base includes international freight and insurance even though duty is on the FOB value (Australia). */
    baseIncludesFreight: z.boolean().optional(),
    note: z.string().optional(),
    sources,
  });

  const DeMinimisSchema = z.strictObject({
    id: RuleIdSchema,
    /** Threshold in `currency`; 0 means no de minimis applies. */
    amount: z.number().min(0),
    currency: z.string().regex(/^[A-Z]{3}$/),
    covers: z.enum(["duty", "duty-and-tax"]),
    /** What the threshold is compared with: the goods' value (default) or the customs value (with freight where CIF). */
    valueBasis: z.enum(["goods", "customs-value"]).optional(),
    note: z.string().optional(),
    sources,
  });

  const TemporaryAdmissionSchema = z.strictObject({
    id: RuleIdSchema,
    ataCarnet: z.boolean(),
    note: z.string().min(3),
    sources,
  });

  /**
   * A tariff that may come on top of the duty but cannot be decided from a plan row
   * (e.g. one that depends on patent status or the importer's agreements): named, never added.
   */
  const ExtraTariffSchema = z.strictObject({
    id: RuleIdSchema,
    headings: z.array(HsPrefixSchema).min(1),
    /** Only for these materials (e.g. a tariff on pharmaceuticals does not reach human samples under 3002). */
    materials: z.array(MaterialTypeSchema).optional(),
    name: z.string().min(3),
    note: z.string().min(3),
    sources,
  });

  /** One country's rules, in the same sections and order for every country. */
  const CountryRulesSchema = z.strictObject({
    code: CountryCodeSchema,
    name: z.string(),
    /** Customs union whose shared rules also apply (e.g. "EU"). */
    customsUnion: z.string().optional(),
    valuation: ValuationSchema.optional(),
    importTax: ImportTaxSchema.optional(),
    duties: z.array(DutyRateSchema).default([]),
    extraTariffs: z.array(ExtraTariffSchema).default([]),
    deMinimis: DeMinimisSchema.optional(),
    import: z.array(DirectionRuleSchema).default([]),
    export: z.array(DirectionRuleSchema).default([]),
    importerOfRecord: z.array(RecordPartyRuleSchema).default([]),
    exporterOfRecord: z.array(RecordPartyRuleSchema).default([]),
    temporaryAdmission: TemporaryAdmissionSchema.optional(),
  });

  /** Rules shared by the members of a customs union (e.g. the EU) and applied to each member. */
  const UnionRulesSchema = z.strictObject({
    code: z.string().regex(/^[A-Z]{2,4}$/),
    name: z.string(),
    members: z.array(CountryCodeSchema).min(1),
    membership: z.strictObject({ note: z.string(), sources }),
    valuation: ValuationSchema.optional(),
    duties: z.array(DutyRateSchema).default([]),
    deMinimis: DeMinimisSchema.optional(),
    import: z.array(DirectionRuleSchema).default([]),
    export: z.array(DirectionRuleSchema).default([]),
    importerOfRecord: z.array(RecordPartyRuleSchema).default([]),
    exporterOfRecord: z.array(RecordPartyRuleSchema).default([]),
    temporaryAdmission: TemporaryAdmissionSchema.optional(),
  });

  /** A sanctions regime that blocks, or conditions, shipments to a country or region. */
  const SanctionRuleSchema = z.strictObject({
    id: RuleIdSchema,
    /** The regime's name and legal basis, e.g. "US OFAC Iranian Transactions and Sanctions Regulations (31 CFR 560)". */
    regime: z.string().min(3),
    /** Whose law it is: shipments from these origin countries (or union codes such as EU) are subject to it. Empty = applies whatever the origin (e.g. UN Security Council). */
    appliesToOrigins: z.array(z.string().regex(/^[A-Z]{2,4}$/)),
    destination: CountryCodeSchema,
    /** Subdivisions (ISO 3166-2) when the regime covers a region, not the whole country. */
    regions: z.array(SubdivisionCodeSchema).optional(),
    effect: z.enum(["blocked", "general-licence"]),
    /** The licence that lifts the block, or the general licence whose conditions apply. */
    licence: z.string().min(3),
    conditions: z.array(z.string()).default([]),
    /** Materials the general licence covers; others stay blocked. */
    materials: z.array(MaterialTypeSchema).optional(),
    sources,
  });

  /** Requirements added by a dangerous-goods class (by UN number) or a packing situation. */
  const DangerousGoodsRuleSchema = z.strictObject({
    id: RuleIdSchema,
    /** UN number such as UN1845, or a keyword for situations without one (e.g. "exempt-specimen", "ln2-dry-shipper"). */
    un: z.string().regex(/^(UN\d{4}|[a-z0-9-]+)$/),
    name: z.string().min(3),
    requirements: z.array(z.string().min(3)).min(1),
    sources,
  });

  /** The usual HS heading for a material type, used (and named as an assumption) when a row gives none. */
  const DefaultHeadingSchema = z.strictObject({
    material: MaterialTypeSchema,
    heading: HsPrefixSchema,
    description: z.string(),
    sources,
  });

  const CrossCuttingRulesSchema = z.strictObject({
    sanctions: z.array(SanctionRuleSchema),
    dangerousGoods: z.array(DangerousGoodsRuleSchema),
    /** Controlled substances (narcotic/psychotropic) per the 1961/1971 conventions: what every import and export needs. */
    controlledSubstances: z.array(PermitRuleSchema),
    defaultHeadings: z.array(DefaultHeadingSchema),
  });

  return {
    PermitRuleSchema,
    NoPermitRuleSchema,
    DirectionRuleSchema,
    RecordPartyRuleSchema,
    ValuationSchema,
    DutyRateSchema,
    TaxReliefSchema,
    ImportTaxPartSchema,
    ImportTaxSchema,
    DeMinimisSchema,
    TemporaryAdmissionSchema,
    ExtraTariffSchema,
    CountryRulesSchema,
    UnionRulesSchema,
    SanctionRuleSchema,
    DangerousGoodsRuleSchema,
    DefaultHeadingSchema,
    CrossCuttingRulesSchema,
  };
}

const embedded = factSchemas(SourceSchema);

/**
 * Where a fact of the user's own rule overrides comes from: the user's note (a negotiated rate, a
 * broker's letter, experience with an authority) and when it was checked; a link only if there is one.
 * Clearway's own facts keep the stricter SourceSchema (an https URL is required there).
 */
export const OverrideSourceSchema = z.strictObject({
  title: z
    .string()
    .min(3)
    .describe('Your note: where the fact comes from, e.g. "Duty ruling BR-2026-114 from our broker"'),
  url: z
    .url({
      protocol: /^https$/,
      hostname: z.regexes.domain,
      error: "expected an https link such as https://www.example.org/ruling",
    })
    .optional()
    .describe("An https link to the source, if there is one"),
  kind: SourceKindSchema.optional().describe(
    "official (a regulator, customs or tax authority, government, official journal), legal-text-copy (the law reproduced by a third party) or secondary (a broker, law firm, trade portal, your own note); secondary if left out",
  ),
  date: SourceDateSchema.nullable().optional(),
  reviewed: IsoDateSchema.describe("When you last checked the fact, YYYY-MM-DD"),
});
export type OverrideSource = z.infer<typeof OverrideSourceSchema>;

const overrideFacts = factSchemas(OverrideSourceSchema);

/**
 * One country's overrides: the same sections as CountryRulesSchema, every one optional. A fact with
 * the id of one of Clearway's facts for that country replaces it; a fact with a new id is added.
 */
export const CountryOverrideSchema = overrideFacts.CountryRulesSchema.partial().required({ code: true });
export type CountryOverride = z.infer<typeof CountryOverrideSchema>;

/** A rule overrides file (`--rules FILE`): `{ "countries": [ ... ] }`. */
export const RuleOverridesSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Path or URL of this JSON Schema, for editors"),
    countries: z.array(CountryOverrideSchema),
  })
  .describe(
    "Clearway rule overrides: facts that replace (same id) or add to (new id) Clearway's rules for a country, each with your own source note.",
  );
export type RuleOverrides = z.infer<typeof RuleOverridesSchema>;

export const PermitRuleSchema = embedded.PermitRuleSchema;
export const NoPermitRuleSchema = embedded.NoPermitRuleSchema;
export const DirectionRuleSchema = embedded.DirectionRuleSchema;
export const RecordPartyRuleSchema = embedded.RecordPartyRuleSchema;
export const ValuationSchema = embedded.ValuationSchema;
export const DutyRateSchema = embedded.DutyRateSchema;
export const TaxReliefSchema = embedded.TaxReliefSchema;
export const ImportTaxPartSchema = embedded.ImportTaxPartSchema;
export const ImportTaxSchema = embedded.ImportTaxSchema;
export const DeMinimisSchema = embedded.DeMinimisSchema;
export const TemporaryAdmissionSchema = embedded.TemporaryAdmissionSchema;
export const ExtraTariffSchema = embedded.ExtraTariffSchema;
export const CountryRulesSchema = embedded.CountryRulesSchema;
export type PermitRule = z.infer<typeof PermitRuleSchema>;
export type DirectionRule = z.infer<typeof DirectionRuleSchema>;
export type RecordPartyRule = z.infer<typeof RecordPartyRuleSchema>;
export type DutyRate = z.infer<typeof DutyRateSchema>;
export type ImportTax = z.infer<typeof ImportTaxSchema>;
export type ImportTaxPart = z.infer<typeof ImportTaxPartSchema>;
export type ExtraTariff = z.infer<typeof ExtraTariffSchema>;
export const UnionRulesSchema = embedded.UnionRulesSchema;
export const SanctionRuleSchema = embedded.SanctionRuleSchema;
export const DangerousGoodsRuleSchema = embedded.DangerousGoodsRuleSchema;
export const DefaultHeadingSchema = embedded.DefaultHeadingSchema;
export const CrossCuttingRulesSchema = embedded.CrossCuttingRulesSchema;
export type UnionRules = z.infer<typeof UnionRulesSchema>;
export type CountryRules = z.infer<typeof CountryRulesSchema>;
export type CountryRulesInput = z.input<typeof CountryRulesSchema>;
export type UnionRulesInput = z.input<typeof UnionRulesSchema>;
export type SanctionRule = z.infer<typeof SanctionRuleSchema>;
export type DangerousGoodsRule = z.infer<typeof DangerousGoodsRuleSchema>;
export type CrossCuttingRules = z.infer<typeof CrossCuttingRulesSchema>;
