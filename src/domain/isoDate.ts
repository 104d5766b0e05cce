import { z } from "zod";

const MS_PER_DAY = 86_400_000;

/** Whether YYYY-MM-DD text names a day that exists (no 30 February). */
function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * A calendar date as ISO text (YYYY-MM-DD); dates stay text inside the core so it needs no clock
 * or time zone. (Written out rather than as z.iso.date(): webpack 5 bundles that namespace call
 * as z.date(), which then refuses every string.)
 */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine(isCalendarDate, "is not a real calendar date");
export type IsoDate = z.infer<typeof IsoDateSchema>;

const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01. A plan repeats a few hundred dates over many rows, so each is read once. */
function dayNumber(date: IsoDate): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
    if (dayNumbers.size >= 10_000) dayNumbers.clear();
    dayNumbers.set(date, day);
  }
  return day;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `days` calendar days after `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((dayNumber(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The calendar date of a moment in the local time zone (the planner's "today", not UTC's). */
export function localIsoDate(moment: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
