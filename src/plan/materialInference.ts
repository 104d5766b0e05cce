import type { MaterialType } from "../domain/materialType";

/** A material type read from other columns than a material column, with what it came from. */
export interface InferredMaterial {
  material: MaterialType;
  /** "the HS code 3004.90", "the description "Laborkits"", "the RTSM drug code D-101". */
  from: string;
}

/** Words of human biological material, which make heading 3002 samples rather than a medicine. */
const BIOLOGICAL_WORDS =
  /blood|serum|plasma|tissue|specimen|sample|biopsy|urine|blut|gewebe|probe|sang|s[ée]rum|tissu|[ée]chantillon|sangre|suero|tejido|muestra/i;
const ANCILLARY_WORDS =
  /ancillar|supplies|syringe|needle|spritze|kan[üu]le|begleitmaterial|seringue|aiguille|fourniture|jeringa|aguja|suministro/i;

/** Tariff headings that say what moves, most specific first, described by the HS nomenclature's own heading texts. */
const HEADINGS: Array<{
  prefix: string;
  material: MaterialType | ((description: string) => MaterialType | undefined);
  what: string;
}> = [
  { prefix: "300693", material: "imp", what: "placebos and blinded clinical-trial kits" },
  { prefix: "3004", material: "imp", what: "medicaments in measured doses" },
  { prefix: "3003", material: "imp", what: "medicaments not in measured doses" },
  {
    prefix: "3002",
    material: (description) => (BIOLOGICAL_WORDS.test(description) ? "samples" : undefined),
    what: "blood, serum and other biological material",
  },
  { prefix: "3822", material: "lab-kit", what: "diagnostic or laboratory reagents and kits" },
  {
    prefix: "9018",
    material: (description) => (ANCILLARY_WORDS.test(description) ? "ancillary" : "device"),
    what: "medical instruments and appliances",
  },
  { prefix: "8418", material: "equipment", what: "refrigerators and freezers" },
  { prefix: "8421", material: "equipment", what: "centrifuges" },
  { prefix: "9027", material: "equipment", what: "instruments for physical or chemical analysis" },
];

/** Description words in English, German, French and Spanish; the more specific kinds are tried first. */
const DESCRIPTION_WORDS: Array<[MaterialType, RegExp]> = [
  [
    "lab-kit",
    /lab(oratory)?[\s-]*kits?|collection[\s-]*kits?|labor[\s-]*kits?|laborkit|probenentnahme|kits? de laboratoire|kits? de pr[ée]l[èe]vement|kits? de laboratorio|kits? de recolecci[óo]n/i,
  ],
  [
    "samples",
    /\b(serum|blood|plasma|urine|tissue|biological)[\s-]*(samples?|specimens?)\b|\bspecimens?\b|serumproben|blutproben|gewebeproben|\bproben\b|[ée]chantillons?|muestras?/i,
  ],
  [
    "equipment",
    /equipment|centrifuge|freezer|refrigerator|data ?logger|ger[äa]t|zentrifuge|gefrierschrank|k[üu]hlschrank|[ée]quipement|centrifugeuse|cong[ée]lateur|equipo|centr[íi]fuga|congelador/i,
  ],
  ["device", /\bdevices?\b|medizinprodukt|dispositif m[ée]dical|dispositivo m[ée]dico|auto-?injector|autoinjektor/i],
  [
    "ancillary",
    /ancillar|syringes?|needles?|spritzen|begleitmaterial|hilfsmittel|seringues?|mat[ée]riel auxiliaire|jeringas?|material auxiliar/i,
  ],
  [
    "imp",
    /investigational (medicinal )?product|study (drug|medication)|trial (drug|medication)|\bimps?\b|placebo|comparator|tablets?|capsules?|vials?|prefilled|pr[üu]fpr[äa]parat|pr[üu]fmedikation|pr[üu]fmedikament|arzneimittel|tabletten|kapseln|m[ée]dicament exp[ée]rimental|m[ée]dicaments?|comprim[ée]s?|g[ée]lules?|flacons?|medicamento en investigaci[óo]n|medicamentos?|comprimidos?|c[áa]psulas?|viales?/i,
  ],
];

/**
 * What moves, when the plan has no material (or an empty one): from the tariff number, then an RTSM
 * drug code (a drug shipment is an IMP), then the description's words. Undefined when nothing fits:
 * a guess is not made.
 */
export function inferMaterial(source: {
  hsCode?: string;
  description?: string;
  drugCode?: string;
}): InferredMaterial | undefined {
  const description = source.description ?? "";
  if (source.hsCode) {
    const heading = HEADINGS.find((entry) => source.hsCode!.startsWith(entry.prefix));
    const material =
      heading && (typeof heading.material === "function" ? heading.material(description) : heading.material);
    if (heading && material)
      return {
        material,
        from: `the HS code ${source.hsCode} (heading ${heading.prefix.slice(0, 4)}: ${heading.what})`,
      };
  }
  if (source.drugCode) return { material: "imp", from: `the RTSM drug code "${source.drugCode}" (a drug shipment)` };
  for (const [material, words] of DESCRIPTION_WORDS) {
    const match = words.exec(description);
    if (match) return { material, from: `the description's word "${match[0]}"` };
  }
  return undefined;
}
