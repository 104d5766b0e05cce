import { Document, isMap, isPair, isScalar, isSeq, parse, Scalar, visit } from "yaml";

/**
 * Writes one rule file as YAML a reviewer can read and diff: prose in folded block scalars with one
 * sentence per line (a folded scalar joins its lines with a space, so the text is unchanged, and a
 * changed word changes one line), each fact's source ids on one line, comments kept.
 */

/** Strings longer than this are written as folded prose. */
const PROSE_MIN_LENGTH = 80;
/** Where a sentence ends and the next begins: the space becomes a line break inside a folded scalar. */
const SENTENCE_BREAK = /(?<=[a-z0-9)\]%”"'’][.;!?]) (?=[A-Z(“"])/g;

export interface RuleFileYamlOptions {
  /** Path of the JSON Schema relative to the YAML file, for the yaml-language-server header. */
  schemaPath: string;
  /** Comment lines for the top of the file (without "# "). */
  header: string[];
  /** Comments to write above a source's entry in the sources table, by source id. */
  sourceComments?: Record<string, string>;
}

export function ruleFileYaml(data: Record<string, unknown>, options: RuleFileYamlOptions): string {
  const doc = new Document(data);
  visit(doc, {
    Pair(_key, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      // Source ids, materials and headings: one line each.
      if (isSeq(pair.value) && pair.value.items.every((item) => isScalar(item) && String(item.value).length < 40) && JSON.stringify(pair.value.toJSON()).length < 100) pair.value.flow = true;
      if (key === "url") return visit.SKIP;
      return undefined;
    },
    Scalar(_key, node) {
      if (typeof node.value === "string" && node.value.length > PROSE_MIN_LENGTH && !node.value.includes("\n") && !/^\s|\s$|\s\s/.test(node.value)) node.type = Scalar.BLOCK_FOLDED;
    },
  });
  const table = doc.get("sources");
  if (isMap(table) && options.sourceComments) {
    for (const item of table.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const comment = options.sourceComments[String(item.key.value)];
      if (comment) item.key.commentBefore = comment.split("\n").map((line) => (line ? ` ${line}` : "")).join("\n");
    }
  }
  const body = doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
  const lines: string[] = [];
  let proseIndent: string | undefined;
  for (const line of body.split("\n")) {
    if (proseIndent === undefined && /(?:^|:|-) >-?$/.test(line)) {
      lines.push(line);
      proseIndent = "";
      continue;
    }
    if (proseIndent === "") {
      proseIndent = /^\s*/.exec(line)![0];
      lines.push(...line.slice(proseIndent.length).split(SENTENCE_BREAK).map((sentence) => proseIndent + sentence));
      proseIndent = undefined;
      continue;
    }
    lines.push(line);
  }
  const header = [`# yaml-language-server: $schema=${options.schemaPath}`, ...options.header.map((line) => (line ? `# ${line}` : "#"))];
  const text = `${header.join("\n")}\n${lines.join("\n")}`;
  // The YAML must read back as exactly the data written.
  if (JSON.stringify(parse(text)) !== JSON.stringify(data)) throw new Error("the YAML does not read back as the data it was written from");
  return text;
}
