/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
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
