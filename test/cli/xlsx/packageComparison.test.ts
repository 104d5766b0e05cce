import path from "node:path";
import { lostParts } from "../../../src/cli/xlsx/packageComparison";
import { ZipArchive } from "../../../src/cli/xlsx/zipArchive";
import { tempDir, writeZip } from "../../support/planFiles";

describe("comparing the annotated copy with its input", () => {
  const dir = tempDir();
  const input = path.join(dir, "in.zip");
  const PARTS = {
    "xl/workbook.xml": "<workbook/>",
    "xl/charts/chart1.xml": "<chart/>",
    "xl/pivotTables/pivotTable1.xml": "<pivot/>",
  };

  beforeAll(() => writeZip(input, PARTS));

  async function lost(outputParts: Record<string, string>, changed: string[] = []): Promise<string[]> {
    const output = await writeZip(
      path.join(dir, `out-${Object.keys(outputParts).length}-${changed.length}.zip`),
      outputParts,
    );
    const zip = await ZipArchive.open(input);
    try {
      return await lostParts(zip, output, new Set(changed));
    } finally {
      zip.close();
    }
  }

  it("finds nothing lost when every part is carried over", async () => {
    expect(await lost(PARTS)).toEqual([]);
  });

  it("names a part that is missing or changed, unless Clearway changed it on purpose", async () => {
    expect(await lost({ "xl/workbook.xml": "<workbook/>", "xl/charts/chart1.xml": "<chart changed=''/>" })).toEqual([
      "xl/charts/chart1.xml",
      "xl/pivotTables/pivotTable1.xml",
    ]);
    expect(
      await lost(
        {
          "xl/workbook.xml": "<workbook changed=''/>",
          "xl/charts/chart1.xml": "<chart/>",
          "xl/pivotTables/pivotTable1.xml": "<pivot/>",
        },
        ["xl/workbook.xml"],
      ),
    ).toEqual([]);
  });
});
