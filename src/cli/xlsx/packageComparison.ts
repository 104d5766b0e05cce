import { ZipArchive } from "./zipArchive";

/**
 * The parts of the input package that the output does not carry byte for byte (same CRC-32 and
 * size), leaving out the parts Clearway changed on purpose.
 */
export async function lostParts(
  input: ZipArchive,
  outputFile: string,
  changedParts: ReadonlySet<string>,
): Promise<string[]> {
  const output = await ZipArchive.open(outputFile);
  try {
    const lost: string[] = [];
    for (const entry of input.order) {
      if (changedParts.has(entry.fileName.toLowerCase())) continue;
      const copy = output.entry(entry.fileName);
      if (!copy || copy.crc32 !== entry.crc32 || copy.uncompressedSize !== entry.uncompressedSize)
        lost.push(entry.fileName);
    }
    return lost;
  } finally {
    output.close();
  }
}
