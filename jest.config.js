/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // The task pane's React tests render Fluent UI in jsdom: seconds each on a busy two-core machine. No test asserts on time.
  testTimeout: 20000,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      // Type checking is `npm run typecheck`; jest only transpiles.
      { tsconfig: "tsconfig.jest.json" },
    ],
  },
};
