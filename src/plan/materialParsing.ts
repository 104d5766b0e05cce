import type { MaterialType } from "../domain/materialType";
import { normalizeName } from "./countryParsing";

/** Every way a plan may name a material type (compared without case, spaces or punctuation). */
const ALIASES: Record<MaterialType, string[]> = {
  imp: [
    "imp",
    "imps",
    "investigational medicinal product",
    "investigational product",
    "ip",
    "drug",
    "study drug",
    "trial drug",
    "placebo",
    "comparator",
    "comparator drug",
  ],
  device: ["device", "investigational device", "medical device", "investigational medical device"],
  ancillary: ["ancillary", "ancillaries", "ancillary supplies", "ancillary supply", "supplies"],
  "lab-kit": [
    "lab kit",
    "lab kits",
    "labkit",
    "collection kit",
    "collection kits",
    "sample collection kit",
    "laboratory kit",
  ],
  samples: [
    "samples",
    "sample",
    "biological samples",
    "biological sample",
    "specimens",
    "specimen",
    "biological specimens",
    "human samples",
    "human biological samples",
  ],
  equipment: ["equipment", "medical equipment", "lab equipment", "laboratory equipment"],
};

const LOOKUP = new Map<string, MaterialType>(
  (Object.entries(ALIASES) as Array<[MaterialType, string[]]>).flatMap(([type, names]) =>
    names.map((name) => [normalizeName(name), type] as [string, MaterialType]),
  ),
);

export type MaterialParse = { ok: true; material: MaterialType } | { ok: false; message: string };

export function parseMaterial(raw: string): MaterialParse {
  const material = LOOKUP.get(normalizeName(raw));
  if (material) return { ok: true, material };
  return {
    ok: false,
    message: `"${raw.trim()}" is not a material type; expected IMP, device, ancillary, lab kit, samples or equipment`,
  };
}
