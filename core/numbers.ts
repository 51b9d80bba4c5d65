/**
 * One Decimal configuration for the whole core, and the only place where outside numbers enter it.
 *
 * 40 significant digits: prices like 1e-12 (18 vs 6 decimals) and Q96 fixed point (up to ~49 digits)
 * stay exact, and results agree with independent references far past the 1e-12 we promise.
 */
import DecimalJs from 'decimal.js';
import { LpInputError } from './input-error';

export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

/** What callers may pass for a number: a decimal string, a finite number, or a Decimal. */
export type Numeric = string | number | Decimal;

export { type InputErrorReason, LpInputError, checkedText, namedInputs } from './input-error';

const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Parses one input into a finite Decimal, or throws an LpInputError naming the field. */
export function toDecimal(value: unknown, field: string): Decimal {
  if (value === undefined || value === null || value === '') {
    throw new LpInputError(field, 'missing', 'a number is required');
  }
  if (Decimal.isDecimal(value)) return checkFinite(value as Decimal, field);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw new LpInputError(field, 'not-a-number', 'is not a number');
    if (!Number.isFinite(value)) throw new LpInputError(field, 'not-finite', 'must be finite');
    // String(number) is the shortest round-trip text, so 0.1 stays 0.1 instead of 0.1000000000000000055…
    return new Decimal(String(value));
  }
  if (typeof value === 'bigint') return new Decimal(value.toString());
  if (typeof value === 'string') {
    const text = value.trim().replace(/_/g, '');
    if (/^[+-]?infinity$/i.test(text)) throw new LpInputError(field, 'not-finite', 'must be finite');
    if (!NUMERIC_TEXT.test(text))
      throw new LpInputError(field, 'not-a-number', `"${value.slice(0, 40)}" is not a number`);
    return checkFinite(new Decimal(text), field);
  }
  throw new LpInputError(field, 'not-a-number', 'is not a number');
}

/**
 * A value that must already be a Decimal: a warning context's figure, or a field of a core result handed
 * back in. A string or number there is the caller's mistake, which would otherwise fail as a TypeError at
 * its first method call; it is not parsed.
 */
export function decimalValue(value: unknown, field: string): Decimal {
  if (!Decimal.isDecimal(value)) throw new LpInputError(field, 'not-a-number', 'must be a Decimal');
  return checkFinite(value as Decimal, field);
}

function checkFinite(value: Decimal, field: string): Decimal {
  if (value.isNaN()) throw new LpInputError(field, 'not-a-number', 'is not a number');
  if (!value.isFinite()) throw new LpInputError(field, 'not-finite', 'must be finite');
  return value;
}

export function positive(value: unknown, field: string): Decimal {
  const d = toDecimal(value, field);
  if (!d.gt(0)) throw new LpInputError(field, 'not-positive', 'must be greater than zero');
  return d;
}

export function nonNegative(value: unknown, field: string): Decimal {
  const d = toDecimal(value, field);
  if (d.lt(0)) throw new LpInputError(field, 'negative', 'must not be negative');
  return d;
}

/** A fraction in [0, 1], e.g. a protocol fee cut or a weight. */
export function fraction(
  value: unknown,
  field: string,
  options?: { allowZero?: boolean; allowOne?: boolean } | null,
): Decimal {
  const { allowZero = true, allowOne = true } = options ?? {};
  const d = toDecimal(value, field);
  const tooLow = allowZero ? d.lt(0) : d.lte(0);
  const tooHigh = allowOne ? d.gt(1) : d.gte(1);
  if (tooLow || tooHigh) {
    throw new LpInputError(field, 'out-of-range', `must be between 0 and 1 (got ${d.toString()})`);
  }
  return d;
}

export function integer(value: unknown, field: string, min: number, max: number): number {
  const d = toDecimal(value, field);
  if (!d.isInteger() || d.lt(min) || d.gt(max)) {
    throw new LpInputError(field, 'out-of-range', `must be a whole number from ${min} to ${max}`);
  }
  return d.toNumber();
}

/**
 * Guards every result the core hands out. Inputs are finite, but Decimal's exponent stops near 9e15, so
 * products of extreme inputs can still overflow (or underflow into a division by zero): that is the
 * caller's input being out of reach, reported like any other bad input, never a figure to show.
 */
export function finiteResult(value: Decimal, field: string): Decimal {
  if (!value.isFinite()) {
    throw new LpInputError(field, 'overflow', 'the inputs are too large or too small to give a finite result');
  }
  return value;
}

/**
 * A binary64 input of the model-based functions (range probabilities): a finite number, nothing else.
 * Strings and Decimals are refused rather than coerced, because these functions promise binary64 math.
 */
export function finiteNumber(value: unknown, field: string): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new LpInputError(field, 'not-a-number', 'must be a number');
  }
  if (!Number.isFinite(value)) throw new LpInputError(field, 'not-finite', 'must be finite');
  return value;
}

export function nonNegativeNumber(value: unknown, field: string): number {
  const x = finiteNumber(value, field);
  if (x < 0) throw new LpInputError(field, 'negative', 'must not be negative');
  // -0 and 0 are the same quantity; hand out +0 so no caller sees 1 / x = -Infinity.
  return x === 0 ? 0 : x;
}

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const TWO = new Decimal(2);
