import { OUTPUT_HEADERS } from "../../../src/plan/outputColumns";
import { checkedContentHash, checkedContentHashInSlices } from "../../../src/taskpane/triage/contentHash";

const PLAN = [["Plan"], ["From", "To", "Material"], ["US", "DE", "IMP"]];
const hash = (plan: unknown[][], parties?: unknown[][], rules?: unknown[][]) =>
  checkedContentHash({
    plan: plan as never,
    ...(parties ? { parties: parties as never } : {}),
    ...(rules ? { rules: rules as never } : {}),
  });

describe("the hash of what a check reads", () => {
  it("is 16 hex digits and the same for the same content", () => {
    expect(hash(PLAN)).toMatch(/^[0-9a-f]{16}$/);
    expect(hash(PLAN)).toBe(hash(PLAN.map((row) => [...row])));
  });

  it("ignores Clearway's own output block and the padding a host adds to the used range", () => {
    const withBlock = PLAN.map((row, r) => [
      ...row,
      null,
      ...(r === 1 ? OUTPUT_HEADERS : r === 2 ? OUTPUT_HEADERS.map(() => "x") : []),
    ]);
    expect(hash(withBlock)).toBe(hash(PLAN));
    expect(hash([...PLAN.map((row) => [...row, null, null]), [null]])).toBe(hash(PLAN));
  });

  it("changes with a plan cell, a cell's type, the Parties sheet or the Rules sheet", () => {
    const base = hash(PLAN, [["Name"]], [["Country"]]);
    expect(hash([...PLAN.slice(0, 2), ["US", "FR", "IMP"]], [["Name"]], [["Country"]])).not.toBe(base);
    expect(hash([...PLAN, [1]], [["Name"]], [["Country"]])).not.toBe(hash([...PLAN, ["1"]], [["Name"]], [["Country"]]));
    expect(hash(PLAN, [["Name"], ["Depot"]], [["Country"]])).not.toBe(base);
    expect(hash(PLAN, [["Name"]], [["Country"], ["DE"]])).not.toBe(base);
    // The same cells in the Parties sheet or the Rules sheet are different content.
    expect(hash(PLAN, [["A"]])).not.toBe(hash(PLAN, undefined, [["A"]]));
  });

  it("changes with the Defaults and Depots sheets, and is the same as before for a workbook without them", () => {
    const base = hash(PLAN, [["Name"]], [["Country"]]);
    const withSheets = (defaults?: unknown[][], depots?: unknown[][]) =>
      checkedContentHash({
        plan: PLAN as never,
        parties: [["Name"]],
        rules: [["Country"]],
        ...(defaults ? { defaults: defaults as never } : {}),
        ...(depots ? { depots: depots as never } : {}),
      });
    expect(withSheets()).toBe(base);
    expect(
      withSheets([
        ["Field", "Value"],
        ["Currency", "EUR"],
      ]),
    ).not.toBe(base);
    expect(
      withSheets([
        ["Field", "Value"],
        ["Currency", "EUR"],
      ]),
    ).not.toBe(
      withSheets([
        ["Field", "Value"],
        ["Currency", "USD"],
      ]),
    );
    expect(
      withSheets(undefined, [
        ["Depot", "Country"],
        ["DE01", "DE"],
      ]),
    ).not.toBe(base);
    // The same cells in the Defaults sheet or the Depots sheet are different content.
    expect(withSheets([["A"]])).not.toBe(withSheets(undefined, [["A"]]));
  });

  it("is the same worked out a slice of rows at a time", async () => {
    const plan = [PLAN[1]!, ...Array.from({ length: 25 }, (_, index) => ["US", index % 2 ? "DE" : "FR", "IMP"])];
    await expect(checkedContentHashInSlices({ plan: plan as never, parties: [["Name"], ["Depot"]] }, 7)).resolves.toBe(
      hash(plan, [["Name"], ["Depot"]]),
    );
  });
});
