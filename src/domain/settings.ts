import { z } from "zod";
import { IsoDateSchema } from "./isoDate";

const CurrencyCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, "a three-letter currency code such as EUR")
  .transform((code) => code.toUpperCase());

/**
 * The currency the summary adds every estimate up in, with the rates the user gives: no rate is
 * looked up, so the grand total is as current as the rates written here (their date and source
 * are written beside it).
 */
export const ReportingCurrencySchema = z.strictObject({
  currency: CurrencyCodeSchema,
  /** Units of the reporting currency for one unit of each other currency: { USD: 0.92 } with EUR as the reporting currency. */
  rates: z.record(CurrencyCodeSchema, z.number().positive().finite()).default({}),
  /** When the rates were taken, as the user writes it ("2026-11-20", "November 2026 average"). */
  date: z.string().trim().min(1, "the date of the rates is needed, as free text"),
  /** Where the rates come from ("ECB reference rates", "finance department"). */
  source: z.string().trim().min(1, "the source of the rates is needed, as free text"),
});
export type ReportingCurrency = z.infer<typeof ReportingCurrencySchema>;

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
  /** A grand total of the estimates in one currency on the summary, at the user's rates; none when absent. */
  reportingCurrency: ReportingCurrencySchema.optional(),
  /**
   * What the task pane last checked and wrote results beside: the plan sheet and a hash of the values
   * checked (the plan's, less Clearway's own columns, and the Parties, Rules, Defaults and Depots sheets), so that a
   * pane opened later can tell whether the results in the workbook are out of date.
   */
  lastCheck: z.strictObject({ sheetName: z.string().min(1), contentHash: z.string().min(1) }).optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;
