/** Browser tests against the built playground: `npm run test:e2e` (after `npm run build`). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS config file
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
};
