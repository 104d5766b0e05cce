import type { Readable } from "node:stream";
import yauzl from "yauzl";

/** One part of a zip package, as listed in its central directory. */
export type ZipEntry = yauzl.Entry;

/**
 * A zip archive opened for reading: entries are listed once and each one can be streamed,
 * decompressed or as stored, as often as needed (the file stays open until `close`).
 */
export class ZipArchive {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    /** Entries by part name, lower-cased (OPC part names are case-insensitive). */
    private readonly entries: Map<string, ZipEntry>,
    readonly order: ZipEntry[],
  ) {}

  static open(file: string): Promise<ZipArchive> {
    return new Promise((resolve, reject) => {
      yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: false }, (error, zip) => {
        if (error || !zip) return reject(error ?? new Error("not a zip archive"));
        const entries = new Map<string, ZipEntry>();
        const order: ZipEntry[] = [];
        zip.on("entry", (entry: ZipEntry) => {
          if (!entry.fileName.endsWith("/")) {
            entries.set(entry.fileName.toLowerCase(), entry);
            order.push(entry);
          }
          zip.readEntry();
        });
        zip.on("end", () => resolve(new ZipArchive(zip, entries, order)));
        zip.on("error", (err: Error) => {
          zip.close();
          reject(err);
        });
        zip.readEntry();
      });
    });
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name.replace(/^\//, "").toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** The entry's bytes, decompressed, as a stream. */
  stream(name: string, decompress = true): Promise<Readable> {
    const entry = this.entry(name);
    if (!entry) return Promise.reject(new Error(`no part ${name}`));
    return this.streamEntry(entry, decompress);
  }

  streamEntry(entry: ZipEntry, decompress = true): Promise<Readable> {
    return new Promise((resolve, reject) => {
      // Decoded is the default; yauzl 3.4 treats an explicit `decodeFileData: true` as raw, so only `false` is passed.
      this.zip.openReadStream(entry, decompress ? {} : { decodeFileData: false }, (error, stream) =>
        error || !stream ? reject(error ?? new Error("unreadable part")) : resolve(stream),
      );
    });
  }

  /** The entry as UTF-8 text (for the small parts: workbook, relationships, styles). */
  async text(name: string): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.stream(name)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks)
      .toString("utf8")
      .replace(/^\uFEFF/, "");
  }

  /** The entry as UTF-8 text chunks, never the whole part at once. */
  async *textChunks(name: string): AsyncGenerator<string> {
    const stream = await this.stream(name);
    stream.setEncoding("utf8");
    let first = true;
    for await (const chunk of stream) {
      yield first ? (chunk as string).replace(/^\uFEFF/, "") : (chunk as string);
      first = false;
    }
  }

  close(): void {
    this.zip.close();
  }
}
