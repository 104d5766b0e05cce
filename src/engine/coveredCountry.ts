import type { CountryView } from "../rules/countryView";

/** Whether Clearway's rules speak for a country: its own file, or the customs union it belongs to. */
export const covered = (view: CountryView): boolean => view.covered || view.union !== undefined;
