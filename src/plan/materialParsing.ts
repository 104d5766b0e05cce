import type { MaterialType } from "../domain/materialType";
import { normalizeName } from "./countryParsing";

/**
 * Every way a plan may name a material type (compared without case, accents, spaces or
 * punctuation), in English and in the German, French and Spanish words plans use (the same
 * languages the description words cover).
 */
export const MATERIAL_ALIASES: Record<MaterialType, string[]> = {
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
    "prüfpräparat",
    "prüfpräparate",
    "prüfmedikation",
    "médicament expérimental",
    "médicaments expérimentaux",
    "medicamento en investigación",
    "medicamentos en investigación",
  ],
  device: [
    "device",
    "investigational device",
    "medical device",
    "investigational medical device",
    "medizinprodukt",
    "prüfprodukt",
    "dispositif médical",
    "dispositifs médicaux",
    "dispositivo médico",
    "dispositivos médicos",
    "producto sanitario",
    "productos sanitarios",
  ],
  ancillary: [
    "ancillary",
    "ancillaries",
    "ancillary supplies",
    "ancillary supply",
    "supplies",
    "begleitmaterial",
    "matériel auxiliaire",
    "material auxiliar",
  ],
  "lab-kit": [
    "lab kit",
    "lab kits",
    "collection kit",
    "collection kits",
    "sample collection kit",
    "laboratory kit",
    "laborkit",
    "laborkits",
    "probenentnahmekit",
    "kit de laboratoire",
    "kits de laboratoire",
    "kit de prélèvement",
    "kit de laboratorio",
    "kits de laboratorio",
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
    "proben",
    "blutproben",
    "bioproben",
    "échantillon",
    "échantillons",
    "échantillons biologiques",
    "muestra",
    "muestras",
    "muestras biológicas",
  ],
  equipment: [
    "equipment",
    "medical equipment",
    "lab equipment",
    "laboratory equipment",
    "gerät",
    "geräte",
    "laborgeräte",
    "ausrüstung",
    "équipement",
    "équipements",
    "equipo",
    "equipos",
  ],
};

const LOOKUP = new Map<string, MaterialType>(
  (Object.entries(MATERIAL_ALIASES) as Array<[MaterialType, string[]]>).flatMap(([type, names]) =>
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
