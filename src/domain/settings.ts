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
  /**
   * What the task pane last checked and wrote results beside: the plan sheet and a hash of the values
   * checked (the plan's, less Clearway's own columns, and the Parties and Rules sheets), so that a
   * pane opened later can tell whether the results in the workbook are out of date.
   */
  lastCheck: z.strictObject({ sheetName: z.string().min(1), contentHash: z.string().min(1) }).optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;
