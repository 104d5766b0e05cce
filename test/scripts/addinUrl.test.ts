import { readFileSync } from "node:fs";
import path from "node:path";
import { AddinUrlError, DEV_URL, addinBaseUrl, rewriteManifest } from "../../scripts/build/addinUrl";
import { checkManifest } from "../../scripts/manifest/checkManifest";

const manifest = readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");

describe("the address a deployable build writes into the manifest", () => {
  it("refuses to build for deployment without CLEARWAY_ADDIN_URL, naming the variable and the local build", () => {
    expect(() => addinBaseUrl("deploy", undefined)).toThrow(AddinUrlError);
    expect(() => addinBaseUrl("deploy", "")).toThrow(/CLEARWAY_ADDIN_URL is not set.*npm run build:local/s);
  });

  it.each([
    ["http://addins.example.org/clearway/", /is not https/],
    ["addins.example.org/clearway", /is not a URL/],
    ["https://addins.example.org/clearway/?v=2", /query or fragment/],
  ])("refuses %s", (value, message) => {
    expect(() => addinBaseUrl("deploy", value)).toThrow(message);
  });

  it("takes an https folder, with or without its closing slash", () => {
    expect(addinBaseUrl("deploy", "https://addins.example.org/clearway")).toBe("https://addins.example.org/clearway/");
    expect(addinBaseUrl("deploy", "https://addins.example.org/")).toBe("https://addins.example.org/");
  });

  it("keeps the dev server's address for a local build, whatever the variable says", () => {
    expect(addinBaseUrl("local", undefined)).toBe(DEV_URL);
    expect(addinBaseUrl("local", "https://addins.example.org/")).toBe(DEV_URL);
  });
});

describe("the manifest rewritten for a host", () => {
  const rewritten = rewriteManifest(manifest, "https://addins.example.org/clearway/");

  it("leaves no URL or domain of the dev server", () => {
    expect(rewritten).not.toContain("localhost");
  });

  it("points the task pane, the commands, the help page and every icon at the host's folder", () => {
    const urls = [...rewritten.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((match) => match[1]!);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith("https://addins.example.org/clearway/")).toBe(true);
    expect(rewritten).toContain('<SourceLocation DefaultValue="https://addins.example.org/clearway/taskpane.html"/>');
    expect(rewritten).toContain("<AppDomain>https://addins.example.org</AppDomain>");
  });

  it("still passes the offline manifest check, with the files it names on the new host", () => {
    expect(
      checkManifest(rewritten, { resolvesLocally: () => true, devUrl: "https://addins.example.org/clearway/" }),
    ).toEqual([]);
  });

  it("is the manifest itself for a local build", () => {
    expect(rewriteManifest(manifest, DEV_URL)).toBe(manifest);
  });
});
