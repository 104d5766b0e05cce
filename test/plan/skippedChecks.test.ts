import { detectHeader } from "../../src/plan/headerDetection";
import { FIELD_HEADERS, PLAN_FIELDS, REQUIRED_FIELDS, type PlanField } from "../../src/plan/planFields";
import { CHECKS_BY_FIELDS, skippedCheckText, skippedChecks } from "../../src/plan/skippedChecks";

const ALL_FIELDS = PLAN_FIELDS.filter((field) => field !== "shipmentId");
const headerWithout = (...absent: PlanField[]) =>
  ALL_FIELDS.filter((field) => !absent.includes(field)).map((field) => FIELD_HEADERS[field].label);
const skippedFor = (...absent: PlanField[]) => skippedChecks(detectHeader([headerWithout(...absent)]));

describe("checks an absent optional column leaves out are named, never silently weaker", () => {
  it("names none when every column is there", () => {
    expect(detectHeader([headerWithout()]).missing).toEqual([]);
    expect(skippedFor()).toEqual([]);
  });

  it.each([
    [["shipDate"], "lead time against the ship date", "Ship date"],
    [["needByDate"], "lead time against the need-by date", "Need-by date"],
    [["shipDate", "needByDate"], "lead time", "Ship date / Need-by date"],
    [["dangerousGoods"], "dangerous goods by UN number", "Dangerous goods / UN number"],
    [["temperature"], "dry ice and liquid nitrogen from the temperature", "Temperature"],
    [["dangerousGoods", "temperature"], "dangerous goods", "Dangerous goods / UN number / Temperature"],
    [["hsCode"], "duty by HS code", "HS code"],
    [["freight", "insurance"], "CIF value from freight and insurance", "Freight / Insurance"],
    [["returnable"], "temporary admission and returned goods", "Returnable"],
    [["controlledSubstance"], "controlled-substance permits", "Controlled substance"],
    [["noCommercialValue"], "no-commercial-value shipments", "No commercial value"],
    [["importerOfRecord"], "importer of record named in the plan", "Importer of record"],
    [["exporterOfRecord"], "exporter of record named in the plan", "Exporter of record"],
    [["sponsor"], "sponsor acting as importer or exporter of record", "Sponsor"],
  ] as Array<[PlanField[], string, string]>)(
    "without %j: %s is skipped, naming %s, and nothing else",
    (absent, check, missingField) => {
      const skipped = skippedFor(...absent);
      expect(skipped.map((entry) => [entry.check, entry.missingField])).toEqual([[check, missingField]]);
    },
  );

  it("does not name a check that still has one of its columns: freight without insurance still gives a CIF value from the row", () => {
    expect(skippedFor("insurance")).toEqual([]);
  });

  it("says what the rows get instead where that is not simply nothing", () => {
    expect(skippedCheckText(skippedFor("hsCode")[0]!)).toBe(
      "duty by HS code (no HS code column; the usual heading for each material is assumed)",
    );
    expect(skippedCheckText(skippedFor("shipDate", "needByDate")[0]!)).toBe(
      "lead time (no Ship date / Need-by date columns; held licences are checked as of the date of the check)",
    );
  });

  it("maps only optional fields, each in at least one check", () => {
    const mapped = new Set(CHECKS_BY_FIELDS.flatMap((entry) => entry.fields));
    for (const field of REQUIRED_FIELDS) expect(mapped.has(field)).toBe(false);
    for (const field of [
      "shipDate",
      "needByDate",
      "temperature",
      "dangerousGoods",
      "hsCode",
      "returnable",
      "freight",
      "insurance",
      "importerOfRecord",
      "exporterOfRecord",
      "controlledSubstance",
    ] as const)
      expect(mapped.has(field)).toBe(true);
  });
});
