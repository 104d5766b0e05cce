import { detectHeader, findOutputBlock } from "../../src/plan/headerDetection";
import { EARLIER_OUTPUT_HEADERS, OUTPUT_COLUMNS, OUTPUT_HEADERS } from "../../src/plan/outputColumns";

describe("finding the plan's header", () => {
  it("skips titles, notes and blank rows above the header", () => {
    const grid = [
      ["Study CLW-301 shipment plan"],
      ["Draft"],
      [],
      ["Shipment ID", "From", "To", "Material", "Value (EUR)"],
      ["S-1", "US", "DE", "IMP", 100],
    ];
    const detection = detectHeader(grid);
    expect(detection.headerRow).toBe(3);
    expect(detection.columns).toEqual({ shipmentId: 0, origin: 1, destination: 2, material: 3, value: 4 });
    expect(detection.headerCurrency).toEqual({ value: "EUR" });
    expect(detection.missing).toEqual([]);
  });

  it.each([
    [["Herkunftsland", "Zielland", "Materialart", "Warenwert", "Währung"], "German"],
    [["Pays d'origine", "Pays de destination", "Type de matériel", "Valeur", "Devise"], "French"],
    [["País de origen", "País de destino", "Tipo de material", "Valor", "Moneda"], "Spanish"],
    [["ORIGIN COUNTRY", "Dest. country", "material-type", "Declared value", "Ccy"], "English variants"],
    [["Ship from", "Ship to country", "Type", "Customs value", "Currency"], "shipping words"],
  ])("understands %j (%s)", (headers) => {
    const detection = detectHeader([headers]);
    expect(detection.missing).toEqual([]);
    expect(detection.columns.currency).toBe(4);
  });

  it("lists missing and unknown columns by address", () => {
    const detection = detectHeader([["From", "To", "Colour", "Value"]]);
    expect(detection.missing).toEqual(["material"]);
    expect(detection.unrecognised).toEqual([{ address: "C1", text: "Colour" }]);
  });

  it("refuses to guess between two columns with the same meaning", () => {
    const detection = detectHeader([["From", "Destination", "To", "Material", "Value"]]);
    expect(detection.duplicates).toEqual([{ field: "destination", addresses: ["B1", "C1"] }]);
    expect(detection.missing).toContain("destination");
  });

  it("lets an explicit mapping win over detection", () => {
    const detection = detectHeader([["From", "Destination", "To", "Material", "Value"]], { destination: "C" });
    expect(detection.columns.destination).toBe(2);
    expect(detection.missing).toEqual([]);
  });

  it("finds a previous output block and keeps it out of the input columns", () => {
    const header = ["From", "To", "Material", "Value", "Currency", ...OUTPUT_HEADERS];
    expect(findOutputBlock(header)).toEqual({ start: 5, width: OUTPUT_COLUMNS.length });
    const detection = detectHeader([header]);
    expect(detection.existingOutputBlock).toEqual({ start: 5, width: OUTPUT_COLUMNS.length });
    expect(detection.inputColumns).toEqual([0, 1, 2, 3, 4]);
    expect(detection.columns.importerOfRecord).toBeUndefined();
  });

  it("finds an earlier version's narrower output block, so that a new check replaces it", () => {
    const header = ["From", "To", "Material", "Value", "Currency", ...EARLIER_OUTPUT_HEADERS[0]!];
    expect(findOutputBlock(header)).toEqual({ start: 5, width: 11 });
    expect(detectHeader([header]).inputColumns).toEqual([0, 1, 2, 3, 4]);
  });

  it("finds no header in a sheet of notes", () => {
    expect(detectHeader([["Notes"], ["Depots: US, EU"]]).headerRow).toBe(-1);
  });
});
