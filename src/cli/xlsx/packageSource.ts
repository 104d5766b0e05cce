import type { ZipArchive } from "./zipArchive";
import type { ZipWriter } from "./zipWriter";

/** The parts of a workbook package, wherever they come from: an .xlsx file, or one made for a CSV plan. */
export interface PackageSource {
  /** Part names in package order. */
  readonly partNames: readonly string[];
  has(name: string): boolean;
  text(name: string): Promise<string>;
  textChunks(name: string): AsyncIterable<string>;
  /** Writes the part unchanged into the output package. */
  copyTo(name: string, writer: ZipWriter): Promise<void>;
}

export function zipSource(zip: ZipArchive): PackageSource {
  return {
    partNames: zip.order.map((entry) => entry.fileName),
    has: (name) => zip.has(name),
    text: (name) => zip.text(name),
    textChunks: (name) => zip.textChunks(name),
    copyTo: async (name, writer) => {
      const entry = zip.entry(name)!;
      await writer.copy(entry, await zip.streamEntry(entry, false));
    },
  };
}

/** A package made in memory; each part is text, or a function that produces its text in pieces. */
export function madeSource(parts: ReadonlyMap<string, string | (() => Iterable<string>)>): PackageSource {
  const chunks = (name: string): Iterable<string> => {
    const part = parts.get(name);
    if (part === undefined) throw new Error(`no part ${name}`);
    return typeof part === "string" ? [part] : part();
  };
  return {
    partNames: [...parts.keys()],
    has: (name) => parts.has(name),
    text: async (name) => [...chunks(name)].join(""),
    textChunks: async function* (name) {
      yield* chunks(name);
    },
    copyTo: (name, writer) => writer.add(name, chunks(name)),
  };
}
