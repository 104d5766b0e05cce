/** Text escaping and attribute reading for the package parts Clearway edits as text. */

// Characters XML 1.0 cannot carry at all; a cell holding one would make the part unreadable.
// eslint-disable-next-line no-control-regex -- these control characters are exactly what must go
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === "#")
      return String.fromCodePoint(entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity]!;
  });
}

/** The attributes of one start tag, by name as written (prefix included), values unescaped. */
export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    attributes.set(match[1]!, unescapeXml(match[2] ?? match[3] ?? ""));
  return attributes;
}

/** An attribute whose local name is `local`, whatever its prefix (r:id, x:id...). */
export function attributeByLocalName(attributes: Map<string, string>, local: string): string | undefined {
  for (const [name, value] of attributes) if (name === local || name.endsWith(`:${local}`)) return value;
  return undefined;
}

/** The namespace prefix of a part's root element ("" or "x:"), so that inserted elements use the same one. */
export function rootPrefix(xml: string, localName: string): string {
  const match = new RegExp(`<([A-Za-z_][\\w.-]*:)?${localName}[\\s>]`).exec(xml);
  return match?.[1] ?? "";
}

/** Every start (or empty) tag of an element, by local name, with its position. */
export function* tagsOf(xml: string, prefix: string, localName: string): Generator<{ tag: string; index: number }> {
  const pattern = new RegExp(`<${prefix}${localName}(?=[\\s/>])[^>]*>`, "g");
  for (const match of xml.matchAll(pattern)) yield { tag: match[0], index: match.index };
}
