import { once } from "node:events";
import type { WriteStream } from "node:fs";
import type { Readable } from "node:stream";
import { crc32, createDeflateRaw } from "node:zlib";
import type { ZipEntry } from "./zipArchive";

const UTF8_NAMES = 0x0800;
const DATA_DESCRIPTOR = 0x0008;
const DEFLATE = 8;
// 1980-01-01 00:00: parts Clearway writes carry a fixed time, so the same check gives the same bytes.
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

interface CentralRecord {
  name: Buffer;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
  externalAttributes: number;
}

/**
 * Writes a zip archive as a stream: parts of the input are copied as stored (their compressed bytes,
 * untouched) and Clearway's own parts are deflated as they are produced. No zip64: the input limits
 * keep every size well under 4 GB.
 */
export class ZipWriter {
  private offset = 0;
  private readonly central: CentralRecord[] = [];

  constructor(private readonly out: WriteStream) {}

  private async write(bytes: Buffer): Promise<void> {
    this.offset += bytes.length;
    if (!this.out.write(bytes)) await once(this.out, "drain");
  }

  private localHeader(record: CentralRecord): Buffer {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(record.flags, 6);
    header.writeUInt16LE(record.method, 8);
    header.writeUInt16LE(record.time, 10);
    header.writeUInt16LE(record.date, 12);
    header.writeUInt32LE(record.crc, 14);
    header.writeUInt32LE(record.compressedSize, 18);
    header.writeUInt32LE(record.size, 22);
    header.writeUInt16LE(record.name.length, 26);
    header.writeUInt16LE(0, 28);
    return Buffer.concat([header, record.name]);
  }

  /** Copies a part of the input archive as stored: the same compressed bytes, the same CRC. */
  async copy(entry: ZipEntry, stored: Readable): Promise<void> {
    if (entry.compressedSize >= 0xffffffff || entry.uncompressedSize >= 0xffffffff)
      throw new Error(`${entry.fileName} is too large to copy`);
    const record: CentralRecord = {
      name: Buffer.from(entry.fileName, "utf8"),
      flags: (entry.generalPurposeBitFlag & 0x0006) | UTF8_NAMES,
      method: entry.compressionMethod,
      time: entry.lastModFileTime,
      date: entry.lastModFileDate,
      crc: entry.crc32,
      compressedSize: entry.compressedSize,
      size: entry.uncompressedSize,
      offset: this.offset,
      externalAttributes: entry.externalFileAttributes,
    };
    await this.write(this.localHeader(record));
    for await (const chunk of stored) await this.write(chunk as Buffer);
    this.central.push(record);
  }

  /** Adds a part of Clearway's, deflated while it is produced. */
  async add(name: string, content: AsyncIterable<string | Buffer> | Iterable<string | Buffer>): Promise<void> {
    const record: CentralRecord = {
      name: Buffer.from(name, "utf8"),
      flags: UTF8_NAMES | DATA_DESCRIPTOR,
      method: DEFLATE,
      time: DOS_TIME,
      date: DOS_DATE,
      crc: 0,
      compressedSize: 0,
      size: 0,
      offset: this.offset,
      externalAttributes: 0,
    };
    await this.write(this.localHeader(record));
    // Level 1: the plan sheet repeats long texts row after row, which the fastest level still packs well, at a third of the time.
    const deflate = createDeflateRaw({ level: 1 });
    const compressed: Promise<void> = (async () => {
      for await (const chunk of deflate) {
        record.compressedSize += (chunk as Buffer).length;
        await this.write(chunk as Buffer);
      }
    })();
    let crc = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      const bytes = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
      pending = [];
      pendingBytes = 0;
      crc = crc32(bytes, crc);
      record.size += bytes.length;
      if (!deflate.write(bytes)) await once(deflate, "drain");
    };
    for await (const chunk of content) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= 1 << 16) await flush();
    }
    if (pendingBytes) await flush();
    deflate.end();
    await compressed;
    record.crc = crc >>> 0;
    if (record.size >= 0xffffffff || record.compressedSize >= 0xffffffff)
      throw new Error(`${name} is too large to write`);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(record.crc, 4);
    descriptor.writeUInt32LE(record.compressedSize, 8);
    descriptor.writeUInt32LE(record.size, 12);
    await this.write(descriptor);
    this.central.push(record);
  }

  /** Closes the output without finishing it (the caller removes the file). */
  async abort(): Promise<void> {
    if (this.out.closed) return;
    const closed = once(this.out, "close");
    this.out.destroy();
    await closed;
  }

  /** Writes the central directory and ends the stream. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const record of this.central) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(record.flags, 8);
      header.writeUInt16LE(record.method, 10);
      header.writeUInt16LE(record.time, 12);
      header.writeUInt16LE(record.date, 14);
      header.writeUInt32LE(record.crc, 16);
      header.writeUInt32LE(record.compressedSize, 20);
      header.writeUInt32LE(record.size, 24);
      header.writeUInt16LE(record.name.length, 28);
      header.writeUInt32LE(record.externalAttributes >>> 0, 38);
      header.writeUInt32LE(record.offset, 42);
      await this.write(Buffer.concat([header, record.name]));
    }
    if (this.central.length > 0xffff || this.offset > 0xffffffff) throw new Error("the workbook is too large to write");
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.central.length, 8);
    end.writeUInt16LE(this.central.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    this.out.end();
    await once(this.out, "finish");
  }
}
