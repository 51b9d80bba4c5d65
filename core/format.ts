/**
 * The one number formatter: every figure a person reads (in the UI, and in the warning sentences core
 * writes) goes through here, so "$1,234.50" reads the same everywhere and no figure can be longer than
 * its MAX_LENGTH, whatever the data: extremes switch to scientific notation ("1.23e+12 %").
 */
import { Decimal } from './numbers';

/** The longest text each formatter returns (sign, digits, grouping, unit). */
export const MAX_LENGTH = { percent: 14, usd: 20, multiple: 12, days: 16, move: 12 } as const;

/** Beyond these magnitudes a fixed form would be too long to read; below the tiny ones it would be all zeros. */
const LARGE = new Decimal('1e6');
const TINY_PERCENT = new Decimal('1e-6');
const LARGE_USD = new Decimal('1e12');

const usdGrouping = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: true,
});

function signOf(value: Decimal, shown: Decimal, signed: boolean): string {
  if (shown.isZero()) return '';
  return value.isNegative() ? '-' : signed ? '+' : '';
}

/** 1.23e+12: three significant digits, for figures outside any useful fixed range. */
const scientific = (abs: Decimal) => abs.toExponential(2);

/**
 * A fraction as a percentage: `digits` decimals (2 by default), three significant digits for tiny
 * non-zero values (0.0000667 %), scientific beyond a million percent or below a millionth of one.
 */
export function percent(fraction: Decimal, { signed = false, digits = 2 } = {}): string {
  const value = fraction.mul(100);
  const abs = value.abs();
  let text: string;
  if (abs.isZero()) text = (0).toFixed(digits);
  else if (abs.gte(LARGE) || abs.lt(TINY_PERCENT)) text = scientific(abs);
  else if (abs.lt('0.1')) text = abs.toSignificantDigits(3).toFixed();
  else text = abs.toFixed(digits);
  return `${signOf(value, new Decimal(text), signed)}${text} %`;
}

/** US dollars with grouping and cents: "$1,234.50"; scientific from a trillion dollars. */
export function usd(amount: Decimal, { signed = false } = {}): string {
  const abs = amount.abs();
  const rounded = abs.toDecimalPlaces(2);
  const text = abs.gte(LARGE_USD) ? scientific(abs) : usdGrouping.format(rounded.toNumber());
  return `${signOf(amount, rounded, signed)}$${text}`;
}

/** A multiple: "1.43x". */
export function multiple(value: Decimal): string {
  const abs = value.abs();
  const text = abs.gte(LARGE) ? scientific(abs) : abs.toFixed(2);
  return `${signOf(value, new Decimal(text), false)}${text}x`;
}

/** A duration in days: "12.5 days". */
export function days(value: Decimal): string {
  const abs = value.abs();
  const text = abs.gte(LARGE) ? scientific(abs) : abs.toFixed(1);
  return `${signOf(value, new Decimal(text), false)}${text} days`;
}

/** A price move as a signed percentage of the current price: "+100 %", "-50 %". */
export function move(fraction: Decimal): string {
  const value = fraction.mul(100);
  const abs = value.abs();
  const text = abs.gte(LARGE) ? scientific(abs) : abs.toDecimalPlaces(2).toString();
  return `${value.isNegative() && !abs.isZero() ? '-' : '+'}${text} %`;
}
