/**
 * Exact decimal arithmetic on scaled integers, for money: no binary rounding error is ever
 * introduced, and rounding happens once, when a figure is read out. (decimal.js does the same in
 * general but is several times slower on the engine's hot path of a few + and x per row.)
 *
 * The scaled integer is a plain number while it is a safe integer (every money figure of a
 * plan row is) and a bigint beyond that: integer + and x on doubles are exact below 2^53, and a
 * result that is not a safe integer moves the operation to bigint.
 */
type Units = number | bigint;

const big = (units: Units): bigint => (typeof units === "bigint" ? units : BigInt(units));
const POWERS = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** units x 10^k, exactly. */
function shifted(units: Units, k: number): Units {
  if (typeof units === "number" && k < POWERS.length) {
    const product = units * POWERS[k]!;
    if (Number.isSafeInteger(product)) return product;
  }
  return big(units) * 10n ** BigInt(k);
}

export class ExactDecimal {
  private constructor(
    /** The value is units / 10^scale. */
    readonly units: Units,
    readonly scale: number,
  ) {}

  static readonly ZERO = new ExactDecimal(0, 0);

  /** The decimal a JavaScript number prints as (its shortest round-trip form: 0.1 is exactly 0.1). */
  static of(value: number): ExactDecimal {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    // Fast path for whole numbers and cents: n / 10^k is the only k-place decimal with this double.
    if (Number.isSafeInteger(value)) return new ExactDecimal(value === 0 ? 0 : value, 0);
    const cents = value * 100;
    if (Number.isSafeInteger(cents) && cents / 100 === value) return new ExactDecimal(cents, 2);
    const text = value.toString();
    if (text.includes("e")) return ExactDecimal.ofExponential(text);
    const negative = text.startsWith("-");
    const [whole = "0", fraction = ""] = (negative ? text.slice(1) : text).split(".");
    const units = BigInt(whole + fraction);
    return ExactDecimal.normalised(negative ? -units : units, fraction.length);
  }

  private static ofExponential(text: string): ExactDecimal {
    const [mantissa = "0", exponentText = "0"] = text.split("e");
    const base = ExactDecimal.of(Number(mantissa));
    const exponent = Number(exponentText);
    return exponent >= 0
      ? ExactDecimal.normalised(big(base.units) * 10n ** BigInt(exponent), base.scale)
      : new ExactDecimal(base.units, base.scale - exponent);
  }

  /** A bigint result back to a number when it is a safe integer, so later steps take the fast path. */
  private static normalised(units: bigint, scale: number): ExactDecimal {
    const asNumber = Number(units);
    return new ExactDecimal(Number.isSafeInteger(asNumber) ? asNumber : units, scale);
  }

  private aligned(other: ExactDecimal): [Units, Units, number] {
    if (this.scale === other.scale) return [this.units, other.units, this.scale];
    if (this.scale > other.scale) return [this.units, shifted(other.units, this.scale - other.scale), this.scale];
    return [shifted(this.units, other.scale - this.scale), other.units, other.scale];
  }

  plus(other: ExactDecimal): ExactDecimal {
    const [a, b, scale] = this.aligned(other);
    if (typeof a === "number" && typeof b === "number") {
      const sum = a + b;
      if (Number.isSafeInteger(sum)) return new ExactDecimal(sum, scale);
    }
    return new ExactDecimal(big(a) + big(b), scale);
  }

  times(other: ExactDecimal): ExactDecimal {
    return new ExactDecimal(ExactDecimal.product(this.units, other.units), this.scale + other.scale);
  }

  /** This percent of the value: value x rate / 100, exactly. */
  percent(rate: ExactDecimal): ExactDecimal {
    return new ExactDecimal(ExactDecimal.product(this.units, rate.units), this.scale + rate.scale + 2);
  }

  /**
   * This value divided by another, rounded half away from zero to `places` decimals: the one
   * operation that cannot be exact (e.g. a tax that is part of its own base, x / (1 - rate)).
   */
  dividedBy(divisor: ExactDecimal, places: number): ExactDecimal {
    const denominator = big(divisor.units) * 10n ** BigInt(this.scale);
    if (denominator === 0n) throw new RangeError("division by zero");
    const numerator = big(this.units) * 10n ** BigInt(divisor.scale + places);
    const negative = numerator < 0n !== denominator < 0n;
    const n = numerator < 0n ? -numerator : numerator;
    const d = denominator < 0n ? -denominator : denominator;
    const rounded = (2n * n + d) / (2n * d);
    return ExactDecimal.normalised(negative ? -rounded : rounded, places);
  }

  private static product(a: Units, b: Units): Units {
    if (typeof a === "number" && typeof b === "number") {
      // A double product is exact whenever the exact product is a safe integer; otherwise it lands outside that range.
      const product = a * b;
      if (Number.isSafeInteger(product)) return product;
    }
    return big(a) * big(b);
  }

  compare(other: ExactDecimal): number {
    const [a, b] = this.aligned(other);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** Rounded to `places` decimals, half away from zero, as a number. */
  toNumber(places: number): number {
    const units = this.units;
    // `+ 0` turns a negative zero (e.g. -0.01 x 0%) into the 0 the bigint path gives.
    if (this.scale <= places) return Number(units) / 10 ** this.scale + 0;
    const k = this.scale - places;
    if (typeof units === "number" && k < POWERS.length) {
      const divisor = POWERS[k]!;
      const magnitude = Math.abs(units) + Math.floor(divisor / 2);
      if (Number.isSafeInteger(magnitude)) {
        // Integer division without a rounded quotient: take the remainder off first.
        const rounded = (magnitude - (magnitude % divisor)) / divisor;
        return (units < 0 ? -rounded : rounded) / 10 ** places + 0;
      }
    }
    const divisor = 10n ** BigInt(k);
    const whole = big(units);
    const magnitude = whole < 0n ? -whole : whole;
    const rounded = (magnitude + divisor / 2n) / divisor;
    return Number(whole < 0n ? -rounded : rounded) / 10 ** places + 0;
  }
}
