import fc from "fast-check";
import { MATERIAL_TYPES } from "../../src/domain/materialType";
import { chargesKey, laneKey, sideKey } from "../../src/engine/contextMemo";
import { memoKey, textMemoKey, type MemoKind } from "../../src/engine/memoKeys";

const KINDS = [
  "recordPartyBasis",
  "sanctions",
  "recordParty",
  "permits",
  "border",
  "dangerousGoods",
  "charges",
  "lane",
] as const;
const country = fc.stringMatching(/^[A-Z]{2}$/);
const goods = fc.record({
  origin: country,
  destination: country,
  material: fc.constantFrom(...MATERIAL_TYPES),
  controlledSubstance: fc.boolean(),
});
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

describe("memo keys never collide", () => {
  it("two findings share a numeric key only when they are the same kind and id", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.nat({ max: 2 ** 40 }),
        fc.constantFrom(...KINDS),
        fc.nat({ max: 2 ** 40 }),
        (kindA, idA, kindB, idB) => {
          expect(memoKey(kindA, idA) === memoKey(kindB, idB)).toBe(kindA === kindB && idA === idB);
          expect(Number.isSafeInteger(memoKey(kindA, idA))).toBe(true);
        },
      ),
    );
  });

  it("two text keys are equal only when kind and parts are", () => {
    const kind = fc.constantFrom<MemoKind>(...KINDS, "unionPermits");
    const parts = fc.array(
      fc.oneof(
        fc.string().filter((s) => !s.includes("\u0000")),
        fc.integer(),
        fc.constant(undefined),
      ),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(kind, parts, kind, parts, (kindA, partsA, kindB, partsB) => {
        const normal = (list: typeof partsA) => list.map((part) => (part === undefined ? "" : String(part)));
        expect(textMemoKey(kindA, ...partsA) === textMemoKey(kindB, ...partsB)).toBe(
          kindA === kindB && same(normal(partsA), normal(partsB)),
        );
      }),
    );
  });

  it("a lane and its goods, and one side of it, each map to one number", () => {
    fc.assert(
      fc.property(goods, goods, (a, b) => {
        expect(laneKey(a) === laneKey(b)).toBe(same(a, b));
        expect(sideKey(a.origin, "export", a) === sideKey(b.origin, "import", b)).toBe(false);
        expect(sideKey(a.origin, "export", a) === sideKey(b.origin, "export", b)).toBe(
          a.origin === b.origin && a.material === b.material && a.controlledSubstance === b.controlledSubstance,
        );
      }),
      { numRuns: 500 },
    );
  });

  it("the inputs of a charges plan map to one number, or to none past 256 currencies", () => {
    const inputs = fc.record({
      country,
      material: fc.constantFrom(...MATERIAL_TYPES),
      withFreight: fc.boolean(),
      currency: fc.stringMatching(/^[A-Z]{3}$/),
    });
    fc.assert(
      fc.property(inputs, inputs, (a, b) => {
        const keyA = chargesKey(a.country, a.material, a.withFreight, a.currency);
        const keyB = chargesKey(b.country, b.material, b.withFreight, b.currency);
        if (keyA !== null && keyB !== null) expect(keyA === keyB).toBe(same(a, b));
      }),
      { numRuns: 2000 },
    );
  });
});
