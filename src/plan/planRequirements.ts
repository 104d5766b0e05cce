import type { HeaderDetection } from "./headerDetection";
import type { PlanDefaults } from "./planDefaults";
import type { PlanField } from "./planFields";

/** Columns from which a row's material can be inferred when the plan has no material column. */
export const MATERIAL_SOURCES: readonly PlanField[] = ["hsCode", "drugCode", "description"];

/**
 * The fields a plan cannot be checked without, given its columns and defaults: origin and
 * destination need a column or a default; what moves needs a material column, a default, or a
 * column it can be inferred from. A field named by two columns is ambiguous and blocks too: the
 * user maps it. A value is not needed: without one, charges are skipped.
 */
export function unmetRequirements(detection: HeaderDetection, defaults: PlanDefaults = {}): PlanField[] {
  const has = (field: PlanField) => detection.columns[field] !== undefined;
  const unmet: PlanField[] = [];
  if (!has("origin") && !defaults.origin) unmet.push("origin");
  if (!has("destination") && !defaults.destination) unmet.push("destination");
  if (!has("material") && !defaults.material && !MATERIAL_SOURCES.some(has)) unmet.push("material");
  for (const duplicate of detection.duplicates) {
    if (
      ["origin", "destination", "material", "value", "unitPrice"].includes(duplicate.field) &&
      !unmet.includes(duplicate.field)
    )
      unmet.push(duplicate.field);
  }
  return unmet;
}

/** Why a plan cannot be checked as it stands, in the check's own words; empty when it can. */
export function planBlockers(
  detection: HeaderDetection,
  defaults: PlanDefaults = {},
): { noHeader: boolean; unmet: PlanField[]; mappingProblems: string[] } {
  if (detection.headerRow < 0) return { noHeader: true, unmet: [], mappingProblems: [] };
  return { noHeader: false, unmet: unmetRequirements(detection, defaults), mappingProblems: detection.mappingProblems };
}

/** Whether a check would take the plan: what the pane's Check button and the check itself both ask. */
export function readyToCheck(detection: HeaderDetection, defaults: PlanDefaults = {}): boolean {
  const blockers = planBlockers(detection, defaults);
  return !blockers.noHeader && blockers.unmet.length === 0 && blockers.mappingProblems.length === 0;
}
