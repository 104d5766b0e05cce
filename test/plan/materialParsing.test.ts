import type { MaterialType } from "../../src/domain/materialType";
import { normalizeName } from "../../src/plan/countryParsing";
import { MATERIAL_ALIASES, parseMaterial } from "../../src/plan/materialParsing";

/** Material cells as planners write them, in the languages plans come in, and what each means. */
const CELLS: Array<[string, MaterialType]> = [
  ["IMP", "imp"],
  ["Study drug", "imp"],
  ["Prüfpräparat", "imp"],
  ["Médicament expérimental", "imp"],
  ["medicamento en investigacion", "imp"],
  ["Medizinprodukt", "device"],
  ["Prüfprodukt", "device"],
  ["Dispositifs médicaux", "device"],
  ["Producto sanitario", "device"],
  ["Begleitmaterial", "ancillary"],
  ["Matériel auxiliaire", "ancillary"],
  ["Lab kits", "lab-kit"],
  ["Laborkits", "lab-kit"],
  ["Kit de prélèvement", "lab-kit"],
  ["Kits de laboratorio", "lab-kit"],
  ["Proben", "samples"],
  ["Blutproben", "samples"],
  ["Échantillons biologiques", "samples"],
  ["MUESTRAS", "samples"],
  ["Laborgeräte", "equipment"],
  ["Équipement", "equipment"],
  ["Equipos", "equipment"],
];

describe("reading a Material cell", () => {
  it.each(CELLS)("reads %p as %p", (cell, material) => {
    expect(parseMaterial(cell)).toEqual({ ok: true, material });
  });

  it("lists each word once, case, accents, spaces and punctuation set aside, so none has two meanings", () => {
    const all = Object.values(MATERIAL_ALIASES).flat().map(normalizeName);
    expect(all.filter((name, index) => all.indexOf(name) !== index)).toEqual([]);
  });

  it("refuses a word that names no material, saying which words it expects", () => {
    expect(parseMaterial("Probe")).toEqual({
      ok: false,
      message: '"Probe" is not a material type; expected IMP, device, ancillary, lab kit, samples or equipment',
    });
  });
});
