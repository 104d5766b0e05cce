import { statusOf } from "../../src/domain/status";

describe("status from issue severities", () => {
  it.each([
    [[], "ok"],
    [["info"], "ok"],
    [["info", "action"], "action"],
    [["action", "blocking", "info"], "blocked"],
    [["blocking", "error"], "error"],
  ] as const)("%j gives %s: the worst severity wins", (severities, status) => {
    expect(statusOf(severities.map((severity) => ({ severity })))).toBe(status);
  });
});
