import { MATERIAL_LABELS } from "../domain/materialType";
import { cellText } from "./cellValue";
import { inferMaterial } from "./materialInference";
import { parseMaterial } from "./materialParsing";
import type { PlanField } from "./planFields";
import { fieldLabel as label, type RowCells } from "./rowCells";

/**
 * The row's material type: its own cell, else what the HS code, drug code or description says
 * (an assumption), else the plan's default. Read after the HS code and description.
 */
export function readMaterial(row: RowCells): void {
  const { cellOf, problem, detection, candidate, assumptions } = row;
  const materialCell = cellOf("material", false);
  if (materialCell) {
    const parsed = parseMaterial(cellText(materialCell.value));
    if (parsed.ok) candidate.material = parsed.material;
    else problem("material", materialCell.address, parsed.message);
    return;
  }
  const drugCode = cellOf("drugCode");
  const inferred = inferMaterial({
    ...(typeof candidate.hsCode === "string" ? { hsCode: candidate.hsCode } : {}),
    ...(typeof candidate.description === "string" ? { description: candidate.description } : {}),
    ...(drugCode && !drugCode.fromDefault ? { drugCode: cellText(drugCode.value) } : {}),
  });
  const fallback = inferred ? undefined : cellOf("material");
  if (inferred) {
    candidate.material = inferred.material;
    assumptions.push({
      field: "material",
      from: "inferred",
      value: inferred.material,
      message: `${label("material")} is assumed to be ${MATERIAL_LABELS[inferred.material]} (${inferred.material}), from ${inferred.from}: add a Material column or fill it in to confirm.`,
    });
  } else if (fallback) {
    const parsed = parseMaterial(cellText(fallback.value));
    if (parsed.ok) candidate.material = parsed.material;
    else problem("material", fallback.address, parsed.message);
  } else {
    const sources = ["hsCode", "drugCode", "description"]
      .filter((field) => detection.columns[field as PlanField] !== undefined)
      .map((field) => label(field as PlanField));
    const why =
      detection.columns.material === undefined
        ? `is not in the plan${sources.length ? `, and neither ${sources.join(" nor ")} says what moves` : ""}`
        : `is empty${sources.length ? `, and neither ${sources.join(" nor ")} says what moves` : ""}`;
    problem(
      "material",
      row.emptyAddress("material"),
      `${why}; expected IMP, device, ancillary, lab kit, samples or equipment (a Material column, or a plan default material=imp)`,
    );
  }
}
