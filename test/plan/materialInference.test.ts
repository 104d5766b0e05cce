import { inferMaterial } from "../../src/plan/materialInference";

describe("what moves, inferred when the plan has no material column", () => {
  it.each([
    [{ hsCode: "30049000" }, "imp", "HS code 30049000"],
    [{ hsCode: "3003" }, "imp", "HS code 3003"],
    [{ hsCode: "30069300" }, "imp", "placebos and blinded clinical-trial kits"],
    [{ hsCode: "38221900" }, "lab-kit", "HS code 38221900"],
    [{ hsCode: "300290", description: "Humanserum, Serumproben" }, "samples", "HS code 300290"],
    [{ hsCode: "90183110", description: "Syringes 5 ml" }, "ancillary", "HS code 90183110"],
    [{ hsCode: "90189084", description: "Infusion pump" }, "device", "HS code 90189084"],
    [{ hsCode: "84181080" }, "equipment", "HS code 84181080"],
    [{ hsCode: "90278017" }, "equipment", "HS code 90278017"],
    [{ drugCode: "D-101" }, "imp", 'RTSM drug code "D-101"'],
    [{ description: "Prüfpräparat CLW-301" }, "imp", "Prüfpräparat"],
    [{ description: "Laborkits" }, "lab-kit", "Laborkits"],
    [{ description: "Serumproben" }, "samples", "Serumproben"],
    [{ description: "médicament expérimental" }, "imp", "médicament expérimental"],
    [{ description: "kit de laboratorio" }, "lab-kit", "kit de laboratorio"],
    [{ description: "Muestras de sangre" }, "samples", "Muestras"],
    [{ description: "Centrifuge, benchtop" }, "equipment", "Centrifuge"],
  ])("%j -> %s, saying it came from %s", (source, material, from) => {
    const inferred = inferMaterial(source);
    expect(inferred?.material).toBe(material);
    expect(inferred?.from).toContain(from);
  });

  it("lets the tariff number speak before the words", () => {
    expect(inferMaterial({ hsCode: "38221900", description: "placebo kits" })?.material).toBe("lab-kit");
  });

  it.each([[{ hsCode: "3002", description: "vaccine" }], [{ description: "Cartons" }], [{}]])(
    "infers nothing from %j",
    (source) => {
      expect(inferMaterial(source)).toBeUndefined();
    },
  );
});
