import fc from "fast-check";
import { ExactDecimal } from "../../src/domain/exactDecimal";

const d = ExactDecimal.of;

describe("exact decimal money arithmetic", () => {
  it("adds without binary error: 0.1 + 0.2 is 0.3", () => {
    expect(d(0.1).plus(d(0.2)).toNumber(10)).toBe(0.3);
  });

  it.each([
    [1050, 2.5, 2, 26.25],
    [1076.25, 20, 2, 215.25],
    [12345, 10, 0, 1235], // 1234.5 rounds half away from zero
    [0.05, 50, 2, 0.03], // 0.025 -> 0.03, where binary floating point gives 0.02
    [1.005, 100, 2, 1.01], // 1.005 x 100% is exactly 1.005 -> 1.01
    [999999.99, 7.7, 2, 77000], // 76999.99923 -> 77000.00
  ])("%d x %d%% rounded to %d places is %d", (value, rate, places, expected) => {
    expect(d(value).percent(d(rate)).toNumber(places)).toBe(expected);
  });

  it("rounds negative values half away from zero", () => {
    expect(d(-2.5).toNumber(0)).toBe(-3);
  });

  it("reads numbers printed in exponent form", () => {
    expect(d(1e21).toNumber(0)).toBe(1e21);
    expect(d(1.5e-7).times(d(1e7)).toNumber(2)).toBe(1.5);
  });

  it("compares across scales", () => {
    expect(d(100).compare(d(100.0001))).toBe(-1);
    expect(d(100.5).compare(d(100.5))).toBe(0);
  });

  it("refuses NaN and infinity", () => {
    expect(() => d(Number.NaN)).toThrow(RangeError);
  });
});

describe("exact decimal: reading numbers", () => {
  it.each([0.29, 0.1, 123.45, 1e-7, 1234567.891, 5e15 + 2, 0.07])("reads %d as the decimal it prints as", (value) => {
    expect(ExactDecimal.of(value).toNumber(12)).toBe(Number(value.toFixed(12)));
  });
});

/** The same arithmetic done on bigints throughout, from the numbers' printed decimals: the reference the fast path must match. */
function reference(value: number, rate: number, extra: number, places: number): number {
  const parse = (n: number): [bigint, number] => {
    const [whole = "0", fraction = ""] = String(Math.abs(n)).split(".");
    const units = BigInt(whole + fraction);
    return [n < 0 ? -units : units, fraction.length];
  };
  const [v, vs] = parse(value);
  const [r, rs] = parse(rate);
  const [e, es] = parse(extra);
  // (value + extra) x rate / 100, at scale s.
  const s = Math.max(vs, es);
  const sum = v * 10n ** BigInt(s - vs) + e * 10n ** BigInt(s - es);
  const units = sum * r;
  const scale = s + rs + 2;
  if (scale <= places) return Number(units) / 10 ** scale + 0;
  const divisor = 10n ** BigInt(scale - places);
  const magnitude = units < 0n ? -units : units;
  const rounded = (magnitude + divisor / 2n) / divisor;
  return Number(units < 0n ? -rounded : rounded) / 10 ** places + 0;
}

describe("exact decimal: the number fast path agrees with bigint arithmetic", () => {
  const cents = fc.integer({ min: -1e15, max: 1e15 }).map((n) => n / 100);
  const rate = fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000);
  it("(value + extra) x rate% rounded, across the safe-integer edge", () => {
    fc.assert(
      fc.property(cents, rate, cents, fc.integer({ min: 0, max: 4 }), (value, r, extra, places) => {
        expect(d(value).plus(d(extra)).percent(d(r)).toNumber(places)).toBe(reference(value, r, extra, places));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps exact results past 2^53", () => {
    // 2^53 - 1 = 9007199254740991: x 10 + 9 is ...919, one less than (2^53) x 10 = ...920.
    const past = d(9_007_199_254_740_991).times(d(10)).plus(d(9));
    expect(past.compare(d(9_007_199_254_740_992).times(d(10)))).toBe(-1);
    expect(past.plus(d(1)).compare(d(9_007_199_254_740_992).times(d(10)))).toBe(0);
    // 9007199254740.99 x 100% = 9007199254740.99 exactly: rounding to 1 place goes half away from zero.
    expect(d(9_007_199_254_740.99).percent(d(100)).toNumber(1)).toBe(9_007_199_254_741);
  });

  it("gives 0, not -0, for a negative amount at 0%", () => {
    expect(Object.is(d(-0.01).percent(d(0)).toNumber(2), 0)).toBe(true);
  });
});

describe("exact decimal: division, the one rounded operation", () => {
  it.each([
    [22831.2, 82, 12, 278.429268292683], // a tax "por dentro": 1268.4 x 18 / 82
    [1, 3, 4, 0.3333],
    [2, 3, 4, 0.6667], // rounds half away from zero
    [-2, 3, 4, -0.6667],
    [10, 4, 0, 3], // 2.5 -> 3
  ])("%d / %d to %d places is %d", (dividend, divisor, places, expected) => {
    expect(d(dividend).dividedBy(d(divisor), places).toNumber(places)).toBe(expected);
  });

  it("refuses to divide by zero", () => {
    expect(() => d(1).dividedBy(d(0), 2)).toThrow(RangeError);
  });

  it("gives back the dividend when multiplied by the divisor again, to the places kept", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 1, max: 100_000 }), (cents, divisor) => {
        const dividend = d(cents / 100);
        const quotient = dividend.dividedBy(d(divisor), 10);
        const back = quotient.times(d(divisor));
        // |back - dividend| <= divisor x 0.5e-10, well under a cent.
        return Math.abs(back.toNumber(6) - dividend.toNumber(6)) <= 0.00001;
      }),
    );
  });
});
