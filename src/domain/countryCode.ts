import { z } from "zod";

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code such as DE");
export type CountryCode = z.infer<typeof CountryCodeSchema>;

/** ISO 3166-2 subdivision code such as UA-43 (Crimea). */
export const SubdivisionCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, "expected an ISO 3166-2 code such as UA-43");
export type SubdivisionCode = z.infer<typeof SubdivisionCodeSchema>;
