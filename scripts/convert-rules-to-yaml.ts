/**
 * One-off conversion of the TypeScript rule data (src/rules/countries, unions, crossCutting) to one
 * YAML file each under src/rules/data/: `npx tsx scripts/convert-rules-to-yaml.ts`.
 * Sources become a keyed table per file (the TypeScript constant's name is the id); each source gets
 * its kind from the reviewed host table and the date its title states (see scripts/rules/sourceFromTitle.ts);
 * the file's comments are kept. Prints the hosts outside the reviewed table with their titles.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { sourceKindOfHost } from "../src/rules/sourceHostKinds";
import { ruleFileYaml } from "./rules/ruleFileYaml";
import { sourceDateFromTitle, sourceKindFromUrlAndTitle } from "./rules/sourceFromTitle";

const rulesDir = path.resolve(__dirname, "../src/rules");
const dataDir = path.join(rulesDir, "data");

interface OldSource {
  title: string;
  url: string;
  reviewed: string;
}

const isSource = (value: unknown): value is OldSource => typeof value === "object" && value !== null && "url" in value && "title" in value && "reviewed" in value;

function commentText(text: string): string {
  return text
    .replace(/^\/\*\*?|\*\/$/g, "")
    .split("\n")
    .map((line) => line.replace(/^\s*\*\s?/, "").replace(/^\s*\/\/\s?/, "").trimEnd())
    .join("\n")
    .trim();
}

/** Top-level constants of a module, and the comments above them. */
function topLevel(file: string) {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const consts: Array<{ name: string; comment: string }> = [];
  const header: string[] = [];
  for (const statement of source.statements) {
    const comments = (ts.getLeadingCommentRanges(text, statement.pos) ?? []).map((range) => commentText(text.slice(range.pos, range.end)));
    if (ts.isVariableStatement(statement)) {
      const names = statement.declarationList.declarations.flatMap((declaration) => (ts.isIdentifier(declaration.name) ? [declaration.name.text] : []));
      const isData = statement.declarationList.declarations.some((declaration) => declaration.initializer && (ts.isObjectLiteralExpression(declaration.initializer) || ts.isCallExpression(declaration.initializer)));
      const dataConst = names.some((name) => ["rules", "eu", "sanctions", "dangerousGoods", "controlledSubstances", "defaultHeadings"].includes(name));
      if (isData && !dataConst) {
        for (const name of names) consts.push({ name, comment: comments.join("\n") });
        continue;
      }
    }
    header.push(...comments);
  }
  return { text, consts, header: header.join("\n\n").split("\n") };
}

async function loadWithConstants(file: string): Promise<{ data: unknown; constants: Record<string, unknown>; consts: Array<{ name: string; comment: string }>; header: string[] }> {
  const { text, consts, header } = topLevel(file);
  const temporary = file.replace(/\.ts$/, ".convert-tmp.ts");
  writeFileSync(temporary, `${text}\nexport const __constants: Record<string, unknown> = { ${consts.map((c) => c.name).join(", ")} };\n`);
  try {
    const module = (await import(pathToFileURL(temporary).href)) as { default: unknown; __constants: Record<string, unknown> };
    return { data: module.default, constants: module.__constants, consts, header };
  } finally {
    rmSync(temporary);
  }
}

function hostId(url: string): string {
  const words = new URL(url).hostname.replace(/^www\d?\./, "").split(/[.-]/).filter(Boolean);
  return words.map((word, index) => (index ? word[0]!.toUpperCase() + word.slice(1) : word)).join("").replace(/[^A-Za-z0-9]/g, "").replace(/^(\d)/, "s$1");
}

const unclassified = new Map<string, Set<string>>();

async function convert(file: string, target: string, schemaFile: string): Promise<void> {
  const { data, constants, consts, header } = await loadWithConstants(file);
  const idOf = new Map<unknown, string>();
  for (const { name } of consts) if (isSource(constants[name]) && !idOf.has(constants[name])) idOf.set(constants[name], name);
  const table: Record<string, unknown> = {};
  const byContent = new Map<string, string>();
  const used = new Set(idOf.values());
  const idFor = (source: OldSource): string => {
    let id = idOf.get(source);
    if (!id) {
      const content = JSON.stringify([source.title, source.url, source.reviewed]);
      id = byContent.get(content);
      if (!id) {
        const base = hostId(source.url);
        id = base;
        for (let n = 2; used.has(id); n++) id = `${base}${n}`;
        used.add(id);
        byContent.set(content, id);
      }
    }
    if (!(id in table)) {
      const kind = sourceKindFromUrlAndTitle(source.url, source.title);
      if (!sourceKindOfHost(new URL(source.url).hostname)) {
        const host = new URL(source.url).hostname;
        if (!unclassified.has(host)) unclassified.set(host, new Set());
        unclassified.get(host)!.add(`${kind}: ${source.title}`);
      }
      table[id] = { title: source.title, url: source.url, kind, date: sourceDateFromTitle(source.title), reviewed: source.reviewed };
    }
    return id;
  };
  const replace = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(replace);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, key === "sources" && Array.isArray(inner) && inner.every(isSource) ? inner.map(idFor) : replace(inner)]));
  };
  const setName = path.basename(file, ".ts");
  const facts = replace(Array.isArray(data) ? { [setName]: data } : data) as Record<string, unknown>;
  const comments = Object.fromEntries(consts.filter((c) => c.comment && c.name in table).map((c) => [c.name, c.comment]));
  const yaml = ruleFileYaml({ ...facts, sources: table }, { schemaPath: path.relative(path.dirname(target), path.resolve(__dirname, "../schema", schemaFile)), header: header.filter((line, index, all) => line || all[index - 1]).map((line) => line.replace(/\b(countries|unions|crossCutting)\/(\w+)\.ts\b/g, "$1/$2.yaml")), sourceComments: comments });
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, yaml);
  console.log(`written: ${path.relative(process.cwd(), target)} (${Object.keys(table).length} sources)`);
}

async function main(): Promise<void> {
  for (const name of readdirSync(path.join(rulesDir, "countries")).filter((f) => f.endsWith(".ts")).sort()) {
    await convert(path.join(rulesDir, "countries", name), path.join(dataDir, "countries", name.replace(/\.ts$/, ".yaml")), "country-rules.schema.json");
  }
  await convert(path.join(rulesDir, "unions", "eu.ts"), path.join(dataDir, "unions", "eu.yaml"), "union-rules.schema.json");
  for (const name of ["sanctions", "dangerousGoods", "controlledSubstances", "defaultHeadings"]) {
    await convert(path.join(rulesDir, "crossCutting", `${name}.ts`), path.join(dataDir, "crossCutting", `${name}.yaml`), "cross-cutting-rules.schema.json");
  }
  console.log(`\nHosts outside the reviewed table (${unclassified.size}), with the kind their titles gave:`);
  for (const [host, titles] of [...unclassified].sort()) for (const title of titles) console.log(`${host}\t${title}`);
}

void main();
