import { z } from "zod";
import { CountryCodeSchema, SubdivisionCodeSchema } from "./countryCode";
import { IsoDateSchema } from "./isoDate";
import { MaterialTypeSchema } from "./materialType";

export const TEMPERATURES = ["ambient", "2-8C", "-20C", "-80C", "dry-ice", "ln2"] as const;
export const TemperatureSchema = z.enum(TEMPERATURES);
export type Temperature = z.infer<typeof TemperatureSchema>;

export const CurrencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, "expected an ISO 4217 currency code such as EUR");

/** The largest amount Clearway estimates charges for; a larger figure in a plan is a typing error, not a shipment. */
export const MAX_AMOUNT = 1e12;

const money = z.number().finite().min(0).max(MAX_AMOUNT);

/** One row of a shipment plan, parsed. */
export const ShipmentSchema = z.strictObject({
  id: z.string().min(1).optional(),
  origin: CountryCodeSchema,
  /** Set when the plan names a region (e.g. Crimea) that a sanctions regime treats apart from its country. */
  originRegion: SubdivisionCodeSchema.optional(),
  destination: CountryCodeSchema,
  destinationRegion: SubdivisionCodeSchema.optional(),
  material: MaterialTypeSchema,
  /** Declared value; for "no commercial value" goods, the value used for customs. */
  value: money,
  currency: CurrencyCodeSchema,
  noCommercialValue: z.boolean().default(false),
  shipDate: IsoDateSchema.optional(),
  needByDate: IsoDateSchema.optional(),
  site: z.string().optional(),
  hsCode: z
    .string()
    .regex(/^\d{4,10}$/, "expected an HS code of 4 to 10 digits")
    .optional(),
  description: z.string().optional(),
  quantity: z.number().finite().min(0).optional(),
  temperature: TemperatureSchema.optional(),
  /** UN numbers such as UN1845. */
  dangerousGoods: z.array(z.string().regex(/^UN\d{4}$/)).default([]),
  returnable: z.boolean().default(false),
  controlledSubstance: z.boolean().default(false),
  incoterm: z.string().optional(),
  sponsor: z.string().optional(),
  importerOfRecord: z.string().optional(),
  exporterOfRecord: z.string().optional(),
  freight: money.optional(),
  insurance: money.optional(),
});
export type Shipment = z.infer<typeof ShipmentSchema>;
export type ShipmentInput = z.input<typeof ShipmentSchema>;
