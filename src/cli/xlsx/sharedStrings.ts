import { SaxesParser } from "saxes";

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** The shared strings table, rich text as its plain text (phonetic runs left out). */
export async function readSharedStrings(chunks: AsyncIterable<string>): Promise<string[]> {
  const strings: string[] = [];
  const parser = new SaxesParser();
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    if (name === "si") current = [];
    else if (name === "rPh") phonetic++;
    else if (name === "t" && !phonetic) inText = !tag.isSelfClosing;
  });
  parser.on("closetag", (tag) => {
    const name = localName(tag.name);
    if (name === "si") {
      strings.push(current ? current.join("") : "");
      current = null;
    } else if (name === "rPh") phonetic--;
    else if (name === "t") inText = false;
  });
  parser.on("text", (text) => {
    if (inText && current) current.push(text);
  });
  parser.on("cdata", (text) => {
    if (inText && current) current.push(text);
  });
  for await (const chunk of chunks) parser.write(chunk);
  parser.close();
  return strings;
}
