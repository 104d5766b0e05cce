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
