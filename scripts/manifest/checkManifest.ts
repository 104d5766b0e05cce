/**
 * Offline manifest check: what Office requires of an XML add-in-only manifest, checked without
 * the remote validation service (which `office-addin-manifest validate` calls).
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** Base elements of a task-pane manifest, in the order Office requires (manifest-element-ordering). */
export const BASE_ELEMENT_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];

const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

export interface ManifestCheckOptions {
  /** Says whether a URL of the dev server (https://localhost:3000/...) names a file the build produces. */
  resolvesLocally: (path: string) => boolean;
  devUrl?: string;
  /** package.json's version (what `clearway --version` prints): the manifest's Version must be it plus ".0". */
  packageVersion?: string;
}

function tagOf(node: OrderedNode): string | undefined {
  return Object.keys(node).find((key) => key !== ":@" && key !== "#text");
}

function walk(
  nodes: OrderedNode[],
  visit: (tag: string, attrs: Record<string, string>, node: OrderedNode) => void,
): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (!tag) continue;
    visit(tag, node[":@"] ?? {}, node);
    const children = node[tag];
    if (Array.isArray(children)) walk(children as OrderedNode[], visit);
  }
}

function textOf(node: OrderedNode, tag: string): string {
  const children = node[tag] as OrderedNode[] | undefined;
  return (children ?? [])
    .map((child) => String(child["#text"] ?? ""))
    .join("")
    .trim();
}

/** Returns the problems found; an empty list means the manifest passes. */
export function checkManifest(xml: string, options: ManifestCheckOptions): string[] {
  const devUrl = options.devUrl ?? "https://localhost:3000/";
  const problems: string[] = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true)
    return [`manifest is not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];

  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
  });
  const doc = parser.parse(xml) as OrderedNode[];
  const root = doc.find((node) => tagOf(node) === "OfficeApp");
  if (!root) return ["root element OfficeApp is missing"];
  const rootAttrs = root[":@"] ?? {};
  if (rootAttrs["xsi:type"] !== "TaskPaneApp")
    problems.push(`OfficeApp xsi:type is "${rootAttrs["xsi:type"]}", expected "TaskPaneApp"`);
  if (rootAttrs["xmlns"] !== "http://schemas.microsoft.com/office/appforoffice/1.1")
    problems.push("OfficeApp xmlns must be http://schemas.microsoft.com/office/appforoffice/1.1");

  const base = (root["OfficeApp"] as OrderedNode[]).filter((node) => tagOf(node));
  const baseTags = base.map((node) => tagOf(node)!);
  for (const tag of baseTags) if (!BASE_ELEMENT_ORDER.includes(tag)) problems.push(`unknown base element <${tag}>`);
  const positions = baseTags.map((tag) => BASE_ELEMENT_ORDER.indexOf(tag)).filter((i) => i >= 0);
  for (let i = 1; i < positions.length; i++) {
    if (positions[i]! < positions[i - 1]!)
      problems.push(
        `<${BASE_ELEMENT_ORDER[positions[i]!]}> must come before <${BASE_ELEMENT_ORDER[positions[i - 1]!]}>`,
      );
  }
  for (const required of [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "Hosts",
    "DefaultSettings",
    "Permissions",
  ]) {
    if (!baseTags.includes(required)) problems.push(`required element <${required}> is missing`);
  }
  const byTag = (tag: string) => base.find((node) => tagOf(node) === tag);
  const id = byTag("Id");
  if (id && !GUID.test(textOf(id, "Id"))) problems.push(`Id "${textOf(id, "Id")}" is not a GUID`);
  const version = byTag("Version");
  if (version && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(textOf(version, "Version")))
    problems.push(`Version "${textOf(version, "Version")}" must be n.n.n.n`);
  // One version number for a whole release: the deployed manifest, the hosted files and the command line agree.
  if (version && options.packageVersion && textOf(version, "Version") !== `${options.packageVersion}.0`) {
    problems.push(
      `Version "${textOf(version, "Version")}" does not match package.json's version ${options.packageVersion}: it must be ${options.packageVersion}.0`,
    );
  }
  const permissions = byTag("Permissions");
  if (permissions && !PERMISSIONS.includes(textOf(permissions, "Permissions")))
    problems.push(`Permissions "${textOf(permissions, "Permissions")}" is not one of ${PERMISSIONS.join(", ")}`);

  let workbookHost = false;
  let excelApi = false;
  const resourceIds = new Set<string>();
  const resids: string[] = [];
  const urls: string[] = [];
  const controlIds: string[] = [];
  walk([root], (tag, attrs) => {
    if (tag === "Host" && (attrs["Name"] === "Workbook" || attrs["xsi:type"] === "Workbook")) workbookHost = true;
    if (tag === "Set" && attrs["Name"] === "ExcelApi") {
      excelApi = true;
      if (!/^1\.\d+$/.test(attrs["MinVersion"] ?? ""))
        problems.push(`ExcelApi MinVersion "${attrs["MinVersion"]}" must look like 1.7`);
    }
    if ((tag === "bt:Image" || tag === "bt:Url" || tag === "bt:String") && attrs["id"]) resourceIds.add(attrs["id"]);
    if (attrs["resid"]) resids.push(attrs["resid"]);
    if ((tag === "Control" || tag === "Group") && attrs["id"]) controlIds.push(attrs["id"]);
    if (attrs["DefaultValue"] && /^[a-z]+:\/\//i.test(attrs["DefaultValue"])) urls.push(attrs["DefaultValue"]);
  });
  walk([root], (tag, _attrs, node) => {
    if (tag === "AppDomain") urls.push(textOf(node, tag));
  });
  if (!workbookHost) problems.push('no <Host Name="Workbook"/>: the add-in must target Excel');
  if (!excelApi) problems.push('no <Set Name="ExcelApi" MinVersion="..."/> in <Requirements>');
  for (const resid of resids) if (!resourceIds.has(resid)) problems.push(`resid "${resid}" has no matching resource`);
  for (const controlId of controlIds)
    if (controlId.length > 125) problems.push(`id "${controlId.slice(0, 30)}…" is over 125 characters`);
  for (const url of urls) {
    if (!url.startsWith("https://")) problems.push(`URL ${url} is not https`);
    else if (url.startsWith(devUrl)) {
      const path = url.slice(devUrl.length).split(/[?#]/)[0] ?? "";
      if (path && !options.resolvesLocally(path))
        problems.push(`URL ${url} names ${path}, which the build does not produce`);
    }
  }
  return problems;
}
