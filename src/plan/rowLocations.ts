import { countryInText, countryName } from "../domain/countryNames";
import { cellText } from "./cellValue";
import { resolveLocation } from "./locationResolving";
import { fieldLabel as label, type RowCells } from "./rowCells";

/** The row's origin and destination: a country, a depot from the Depots table, or what a site label seems to say (noted as an assumption). */
export function readLocations(row: RowCells): void {
  const { cellOf, problem, detection, reading, candidate, assumptions } = row;
  for (const side of ["origin", "destination"] as const) {
    const cell = cellOf(side);
    if (!cell) {
      problem(
        side,
        row.emptyAddress(side),
        detection.columns[side] === undefined
          ? `is not in the plan; expected a country: add a ${label(side)} column or a plan default (${side}=DE)`
          : "is empty; expected a country",
      );
      continue;
    }
    const text = cellText(cell.value);
    const parsed = resolveLocation(text, reading.depots, side);
    if (!parsed.ok) {
      problem(side, cell.address, parsed.message.replace(/^is empty; /, ""));
      continue;
    }
    candidate[side] = parsed.code;
    if ("region" in parsed && parsed.region) candidate[`${side}Region`] = parsed.region;
    const country = `${countryInText(parsed.code, countryName(parsed.code))} (${parsed.code})`;
    if (parsed.via === "depot")
      assumptions.push({
        field: side,
        from: "depots",
        value: parsed.code,
        message: `${label(side)} (${cell.address}) "${text}" is the depot ${parsed.depot} in ${country}, from ${reading.depots?.where ?? "the Depots table"}.`,
      });
    else if (parsed.via === "prefix" || parsed.via === "name")
      assumptions.push({
        field: side,
        from: "label",
        value: parsed.code,
        message: `${label(side)} (${cell.address}) "${text}" is assumed to be in ${country}, ${parsed.detail}: add it to a "Clearway Depots" sheet (or --depots FILE) to confirm.`,
      });
  }
}
