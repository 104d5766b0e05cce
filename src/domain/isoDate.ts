import { z } from "zod";

/** A calendar date as ISO text (YYYY-MM-DD); dates stay text inside the core so it needs no clock or time zone. */
export const IsoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof IsoDateSchema>;
