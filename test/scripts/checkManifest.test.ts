import { readFileSync } from "node:fs";
import path from "node:path";
import { checkManifest } from "../../scripts/manifest/checkManifest";

const manifest = readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
const allFilesExist = { resolvesLocally: () => true };

describe("offline manifest check", () => {
  it("passes the project's manifest", () => {
    expect(checkManifest(manifest, allFilesExist)).toEqual([]);
  });

  it.each([
    [
      "an Id that is not a GUID",
      (xml: string) => xml.replace(/<Id>[^<]+<\/Id>/, "<Id>clearway</Id>"),
      'Id "clearway" is not a GUID',
    ],
    [
      "a three-part version",
      (xml: string) => xml.replace("<Version>0.1.0.0</Version>", "<Version>0.1.x</Version>"),
      "must be n.n.n.n",
    ],
    [
      "Requirements after DefaultSettings",
      (xml: string) => {
        const requirements = /\s*<Requirements>[\s\S]*?<\/Requirements>/.exec(xml)![0];
        return xml.replace(requirements, "").replace("</DefaultSettings>", `</DefaultSettings>${requirements}`);
      },
      "<Requirements> must come before <DefaultSettings>",
    ],
    [
      "broader permissions than allowed values",
      (xml: string) => xml.replace("ReadWriteDocument</Permissions>", "Everything</Permissions>"),
      'Permissions "Everything"',
    ],
    [
      "a resid with no resource",
      (xml: string) => xml.replace('resid="Taskpane.Url"', 'resid="Taskpane.Missing"'),
      'resid "Taskpane.Missing" has no matching resource',
    ],
    [
      "an http URL",
      (xml: string) =>
        xml.replace("https://localhost:3000/assets/icon-16.png", "http://localhost:3000/assets/icon-16.png"),
      "is not https",
    ],
    [
      "a missing Workbook host",
      (xml: string) =>
        xml
          .replace('<Host Name="Workbook"/>', '<Host Name="Document"/>')
          .replace('xsi:type="Workbook"', 'xsi:type="Document"'),
      "must target Excel",
    ],
    [
      "no ExcelApi requirement",
      (xml: string) => xml.replace('<Set Name="ExcelApi" MinVersion="1.7"/>', ""),
      "ExcelApi",
    ],
    ["broken XML", (xml: string) => xml.replace("</OfficeApp>", ""), "not well-formed"],
  ])("reports %s", (_label, mutate, expected) => {
    const problems = checkManifest(mutate(manifest), allFilesExist);
    expect(problems.join("\n")).toContain(expected);
  });

  it("reports a dev-server URL whose file the build does not produce", () => {
    const problems = checkManifest(manifest, { resolvesLocally: (p) => p !== "assets/icon-80.png" });
    expect(problems).toEqual([
      "URL https://localhost:3000/assets/icon-80.png names assets/icon-80.png, which the build does not produce",
    ]);
  });

  it("holds the manifest's Version to package.json's version, the one `clearway --version` prints", () => {
    const { version } = JSON.parse(readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as {
      version: string;
    };
    expect(checkManifest(manifest, { ...allFilesExist, packageVersion: version })).toEqual([]);
    const manifestVersion = /<Version>([^<]+)<\/Version>/.exec(manifest)![1];
    expect(checkManifest(manifest, { ...allFilesExist, packageVersion: "9.8.7" })).toEqual([
      `Version "${manifestVersion}" does not match package.json's version 9.8.7: it must be 9.8.7.0`,
    ]);
  });
});
