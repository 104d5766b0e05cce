import { z } from "zod";
import { IsoDateSchema } from "./isoDate";

/** How a check is run: the date it is run as of, and the estimates used when a row is silent. */
export const SettingsSchema = z.strictObject({
  asOf: IsoDateSchema,
  /** Freight + insurance as a percent of the goods' value, used on CIF countries when the row gives neither. */
  freightInsurancePercent: z.number().min(0).max(100).default(5),
  /** Days of margin wanted between a permit's expected arrival and the ship date. */
  leadTimeMarginDays: z.number().int().min(0).max(365).default(7),
  writeSummarySheet: z.boolean().default(true),
  /**
   * Values for plan fields a plan lacks (no column, or an empty cell), as a planner writes them:
   * origin "DE", currency "EUR", material "imp". Rows using one say it is from the plan's defaults.
   */
  planDefaults: z
    .strictObject({
      origin: z.string().min(1).optional(),
      destination: z.string().min(1).optional(),
      material: z.string().min(1).optional(),
      currency: z.string().min(1).optional(),
      temperature: z.string().min(1).optional(),
      incoterm: z.string().min(1).optional(),
      sponsor: z.string().min(1).optional(),
      importerOfRecord: z.string().min(1).optional(),
      exporterOfRecord: z.string().min(1).optional(),
    })
    .default({}),
  writeSourcesSheet: z.boolean().default(true),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;
