import { ZipArchive } from "../../src/cli/xlsx/zipArchive";

/** Every part of a zip package, decompressed, by name. */
export async function zipParts(file: string): Promise<Map<string, Buffer>> {
  const zip = await ZipArchive.open(file);
  try {
    const parts = new Map<string, Buffer>();
    for (const entry of zip.order) {
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.streamEntry(entry)) chunks.push(chunk as Buffer);
      parts.set(entry.fileName, Buffer.concat(chunks));
    }
    return parts;
  } finally {
    zip.close();
  }
}
