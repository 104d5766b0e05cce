// Lint, and the architecture's one rule: the core (domain, rules, engine, plan) stays pure.
import { builtinModules } from "node:module";
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith("_"));

/** Imports the pure core may not make: adapters, Office, React, Node built-ins. */
export const coreBoundary = {
  files: ["src/domain/**", "src/rules/**", "src/engine/**", "src/plan/**"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: nodeBuiltins.map((name) => ({ name, message: "The core (domain, rules, engine, plan) does no I/O: Node built-ins belong in src/cli." })),
        patterns: [
          { group: ["node:*"], message: "The core (domain, rules, engine, plan) does no I/O: Node built-ins belong in src/cli." },
          { group: ["**/excel", "**/excel/**", "**/taskpane", "**/taskpane/**", "**/commands", "**/commands/**", "**/cli", "**/cli/**"], message: "The core may not import an adapter (excel, taskpane, commands, cli)." },
          { group: ["react", "react-dom", "react-dom/*", "@fluentui/*", "@microsoft/office-js", "office-js"], message: "The core may not depend on React, Fluent UI or Office.js." },
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

export default tseslint.config(
  { ignores: [".bench/**", "dist/**", "dist-cli/**", "node_modules/**", "coverage/**", "test-artifacts/**", "examples/output/**", "test/fixtures/lint/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: "readonly", process: "readonly", window: "readonly", document: "readonly", Office: "readonly", Excel: "readonly", require: "readonly", module: "writable", __dirname: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  coreBoundary,
);
