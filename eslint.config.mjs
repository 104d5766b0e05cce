// Lint, and the architecture's one rule: the core (domain, rules, engine, plan) stays pure.
import { builtinModules } from "node:module";
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith("_"));

/**
 * The layers, each with the layers it may import: domain <- rules <- engine <- plan <- adapters.
 * An allow-list with direction: anything not listed is refused, so a new dependency of the core
 * is a decision made here, not an accident.
 */
export const CORE_LAYERS = {
  domain: ["domain"],
  rules: ["domain", "rules"],
  engine: ["domain", "rules", "engine"],
  plan: ["domain", "rules", "engine", "plan"],
};
const ALL_LAYERS = ["domain", "rules", "engine", "plan", "excel", "taskpane", "commands", "cli", "playground"];
/** The npm packages the core may use: schemas, country names and string distance (for "did you mean"), nothing that does I/O or draws. */
const CORE_PACKAGES = ["zod", "i18n-iso-countries", "fastest-levenshtein"];

const coreMessage = (layer, allowed) =>
  `src/${layer} may import only ${allowed.map((name) => `src/${name}`).join(", ")} and ${CORE_PACKAGES.join(", ")} (domain <- rules <- engine <- plan <- adapters).`;

/** One layer's rules: Node built-ins, the layers above it or beside it, and packages outside the allow-list are refused. */
function coreLayer(layer, allowed) {
  const forbiddenLayers = ALL_LAYERS.filter((name) => !allowed.includes(name));
  return {
    files: [`src/${layer}/**`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: "The core (domain, rules, engine, plan) does no I/O: Node built-ins belong in src/cli.",
          })),
          patterns: [
            {
              group: ["node:*"],
              message: "The core (domain, rules, engine, plan) does no I/O: Node built-ins belong in src/cli.",
            },
            {
              group: ["react", "react-dom", "react-dom/*", "@fluentui/*", "@microsoft/office-js", "office-js"],
              message: "The core may not depend on React, Fluent UI or Office.js.",
            },
            ...forbiddenLayers
              .filter((name) => ["excel", "taskpane", "commands", "cli"].includes(name))
              .map((name) => ({
                group: [`**/${name}`, `**/${name}/**`],
                message: `The core may not import an adapter (excel, taskpane, commands, cli): ${coreMessage(layer, allowed)}`,
              })),
            ...forbiddenLayers
              .filter((name) => !["excel", "taskpane", "commands", "cli"].includes(name))
              .map((name) => ({
                group: [`**/${name}`, `**/${name}/**`],
                message: `Layer direction: ${coreMessage(layer, allowed)}`,
              })),
            {
              regex: `^(?!\\.|node:|react|@fluentui/|@microsoft/office-js|office-js|${CORE_PACKAGES.map((name) => `${name}(/|$)`).join("|")})`,
              message: `Package outside the core's allow-list: ${coreMessage(layer, allowed)}`,
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Office.js is used only in src/excel, src/taskpane and src/commands." },
        { name: "Excel", message: "Office.js is used only in src/excel, src/taskpane and src/commands." },
        { name: "window", message: "The core runs without a browser." },
        { name: "document", message: "The core runs without a browser." },
        { name: "process", message: "The core runs without Node: pass settings in." },
      ],
    },
  };
}

/** The adapters may use the core, never each other's insides, and the product never imports the playground (a test host). */
const adapterLayer = (layer, mayImport) => ({
  files: [`src/${layer}/**`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: ALL_LAYERS.filter((name) => !mayImport.includes(name)).map((name) => ({
          group: [`**/${name}`, `**/${name}/**`],
          message: `src/${layer} may import only ${mayImport.map((n) => `src/${n}`).join(", ")}.`,
        })),
      },
    ],
  },
});

export const layerBoundaries = [
  ...Object.entries(CORE_LAYERS).map(([layer, allowed]) => coreLayer(layer, allowed)),
  adapterLayer("excel", ["domain", "rules", "engine", "plan", "excel"]),
  adapterLayer("taskpane", ["domain", "rules", "engine", "plan", "excel", "taskpane"]),
  adapterLayer("commands", ["domain", "rules", "engine", "plan", "excel", "commands"]),
  adapterLayer("cli", ["domain", "rules", "engine", "plan", "cli"]),
  adapterLayer("playground", ["domain", "rules", "engine", "plan", "excel", "taskpane", "playground"]),
];

export default tseslint.config(
  {
    ignores: [
      ".bench/**",
      "dist/**",
      "dist-cli/**",
      "node_modules/**",
      "coverage/**",
      "test-artifacts/**",
      "examples/output/**",
      "test/fixtures/lint/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        window: "readonly",
        document: "readonly",
        Office: "readonly",
        Excel: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...layerBoundaries,
  /**
   * Size and branching, as warnings: a nudge to split a function along its seams, never a failed
   * build. 80 lines (blank lines and comments not counted) and a complexity of 20 (ESLint's own
   * default; each `?.` and `??` counts) leave ordinary functions alone, and flag about 25 that hold
   * several concepts at once (reading a whole sheet or table, a whole command, a pane with all its
   * handlers). At 60 and 15 the count nearly doubles with functions that read fine as they are.
   */
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    rules: {
      "max-lines-per-function": ["warn", { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
      complexity: ["warn", 20],
    },
  },
  // A test file's describe() is a list of cases, long by nature: only its functions' branching is watched.
  { files: ["test/**"], rules: { "max-lines-per-function": "off" } },
);
