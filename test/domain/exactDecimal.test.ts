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

/**
 * The reference: (value + extra) x rate%, from the integers the numbers were made of (cents and
 * thousandths of a percent), worked long-hand on the digits of the exact result and rounded half
 * away from zero by its first dropped digit, then read as a number from its decimal text.
 */
function longHand(valueCents: number, extraCents: number, rateThousandths: number, places: number): number {
  // Cents (scale 2) x thousandths (scale 3) / 100 for the percent: the exact result at scale 7.
  const units = (BigInt(valueCents) + BigInt(extraCents)) * BigInt(rateThousandths);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(8, "0");
  const whole = digits.slice(0, -7);
  const fraction = digits.slice(-7);
  const kept = BigInt(whole + fraction.slice(0, places)) + (fraction[places]! >= "5" ? 1n : 0n);
  const text = kept.toString().padStart(places + 1, "0");
  const decimal = places ? `${text.slice(0, -places)}.${text.slice(-places)}` : text;
  return Number(`${negative ? "-" : ""}${decimal}`) + 0;
}

describe("exact decimal: (value + extra) x rate% agrees with long-hand arithmetic on the digits", () => {
  const cents = fc.integer({ min: -1e15, max: 1e15 });
  // Rates such as 50% or 12.5% put an exact half at the rounding place often, where half away from zero matters.
  const thousandths = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(50_000, 25_000, 12_500, 5_000));
  it("for amounts up to 10^13 with three-decimal rates, rounded to 0 to 4 places", () => {
    fc.assert(
      fc.property(cents, thousandths, cents, fc.integer({ min: 0, max: 4 }), (value, rate, extra, places) => {
        const figure = d(value / 100)
          .plus(d(extra / 100))
          .percent(d(rate / 1000))
          .toNumber(places);
        const expected = longHand(value, extra, rate, places);
        // Up to 2^53 in units of the last place (every money figure) the number is the exact decimal's; past it,
        // more digits than a double holds, it may be the next double over (read out through a rounded integer).
        if (Math.abs(expected) * 10 ** places <= 2 ** 53) expect(figure).toBe(expected);
        else expect(Math.abs(figure - expected)).toBeLessThanOrEqual(Math.abs(expected) * Number.EPSILON);
      }),
      { numRuns: 2000 },
    );
  });

  it("the long-hand reference rounds half away from zero, as money is rounded", () => {
    // 0.05 x 50% = 0.025 -> 0.03; -0.05 x 50% = -0.025 -> -0.03; 12345 x 10% = 1234.5 -> 1235.
    expect([longHand(5, 0, 50_000, 2), longHand(-5, 0, 50_000, 2), longHand(1_234_500, 0, 10_000, 0)]).toEqual([
      0.03, -0.03, 1235,
    ]);
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
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (cents, divisor) => {
          const dividend = d(cents / 100);
          const quotient = dividend.dividedBy(d(divisor), 10);
          const back = quotient.times(d(divisor));
          // |back - dividend| <= divisor x 0.5e-10, well under a cent.
          return Math.abs(back.toNumber(6) - dividend.toNumber(6)) <= 0.00001;
        },
      ),
    );
  });
});
