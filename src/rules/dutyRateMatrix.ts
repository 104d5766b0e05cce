import { countryView } from "./countryView";
import { TOP_TRIAL_COUNTRIES } from "./coverageMatrix";
import type { RuleSet } from "./ruleSet";

/** The HS headings a clinical supply chain ships under most: medicines, placebo kits, reagents, devices and the equipment of a site or depot. */
export const USUAL_HEADINGS = ["3002", "3004", "3006", "3822", "9018", "8418", "8421", "9027"] as const;

/** The 15 biggest trial countries, then other trial countries whose rates on the usual headings are tracked. */
export const RATE_MATRIX_COUNTRIES = [...TOP_TRIAL_COUNTRIES, "AR", "CO", "MX", "SA", "TW"] as const;

/** The duty rates the rules give on one heading (itself or its subheadings) for one country, by the best source each cites. */
export interface DutyRateCell {
  heading: string;
  /** Rates on the heading or its subheadings. */
  rates: number;
  /** ...of which cite an official source. */
  official: number;
  /** The rules' ids of the rates that cite no official source. */
  withoutOfficialSource: string[];
}

export interface DutyRateMatrixRow {
  country: string;
  cells: DutyRateCell[];
}

/** For each country given, the usual headings and how their duty rates are sourced (a country's rates include its customs union's). */
export function dutyRateMatrix(
  ruleSet: RuleSet,
  countries: readonly string[] = RATE_MATRIX_COUNTRIES,
): DutyRateMatrixRow[] {
  return countries.map((country) => {
    const duties = countryView(ruleSet, country).duties;
    return {
      country,
      cells: USUAL_HEADINGS.map((heading) => {
        // Rates are given on 4- or 6-digit headings: the heading's own and its subheadings'.
        const rates = duties.filter((duty) => duty.heading.startsWith(heading));
        const unofficial = rates.filter((duty) => !duty.sources.some((source) => source.kind === "official"));
        return {
          heading,
          rates: rates.length,
          official: rates.length - unofficial.length,
          withoutOfficialSource: unofficial.map((duty) => duty.id),
        };
      }),
    };
  });
}
