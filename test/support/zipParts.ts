import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { crc32 } from "node:zlib";
import { ZipArchive, type ZipEntry } from "../../src/cli/xlsx/zipArchive";
import { ZipWriter } from "../../src/cli/xlsx/zipWriter";

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

/** Writes a zip archive whose parts are stored, not compressed (as some tools write them). */
export async function writeStoredZip(file: string, parts: Map<string, Buffer>): Promise<string> {
  const writer = new ZipWriter(createWriteStream(file));
  for (const [name, bytes] of parts) {
    const entry = {
      fileName: name,
      compressionMethod: 0,
      generalPurposeBitFlag: 0,
      crc32: crc32(bytes),
      compressedSize: bytes.length,
      uncompressedSize: bytes.length,
      lastModFileTime: 0,
      lastModFileDate: 33,
      externalFileAttributes: 0,
    } as ZipEntry;
    await writer.copy(entry, Readable.from([bytes]));
  }
  await writer.finish();
  return file;
}
