import path from "node:path";

type Config = { entry: Record<string, string>; plugins: Array<{ userOptions?: { filename?: string } }> };
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack's own config is CommonJS
const makeConfig = require(path.resolve(__dirname, "../../webpack.config.js")) as (
  env: Record<string, unknown>,
  options: { mode: string },
) => Promise<Config>;

const pages = (config: Config) => config.plugins.map((plugin) => plugin.userOptions?.filename).filter(Boolean);

describe("what a build puts in dist/", () => {
  const saved = process.env.CLEARWAY_ADDIN_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.CLEARWAY_ADDIN_URL;
    else process.env.CLEARWAY_ADDIN_URL = saved;
  });

  it("leaves the playground and its test hook out of the deployable build", async () => {
    process.env.CLEARWAY_ADDIN_URL = "https://addin.example.org/clearway/";
    const config = await makeConfig({}, { mode: "production" });
    expect(Object.keys(config.entry).sort()).toEqual(["commands", "taskpane"]);
    expect(pages(config)).not.toContain("playground.html");
    expect(pages(config)).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "help.html"]));
  });

  it("builds the playground for the local build the tests and the playground use", async () => {
    const config = await makeConfig({ local: true }, { mode: "production" });
    expect(Object.keys(config.entry).sort()).toEqual(["commands", "playground", "taskpane"]);
    expect(pages(config)).toContain("playground.html");
  });
});
