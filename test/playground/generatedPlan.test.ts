import { generatedPlan } from "../../src/playground/generatedPlan";

describe("the generated plan for load tests", () => {
  const example = [["Title"], [], ["Shipment ID", "From", "To"], ["S-1", "US", "DE"], ["S-2", "US", "IN"], []];

  it("keeps the rows above the header and repeats the rows below it to the count asked", () => {
    const grid = generatedPlan(example, 2, 5);
    expect(grid.slice(0, 3)).toEqual(example.slice(0, 3));
    expect(grid.slice(3).map((row) => row.slice(1))).toEqual([
      ["US", "DE"],
      ["US", "IN"],
      ["US", "DE"],
      ["US", "IN"],
      ["US", "DE"],
    ]);
  });

  it("gives every copy its own shipment id", () => {
    const ids = generatedPlan(example, 2, 2000)
      .slice(3)
      .map((row) => row[0]);
    expect(ids).toHaveLength(2000);
    expect(new Set(ids).size).toBe(2000);
  });
});
