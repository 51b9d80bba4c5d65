/**
 * The one number formatter: every figure a person reads (in the UI, and in the warning sentences core
 * writes) goes through here, so "$1,234.50" reads the same everywhere and no figure can be longer than
 * its MAX_LENGTH, whatever the data.
 *
 * The same rules in every formatter:
 * - Rounding for display is half away from zero (0.365 % shows "0.37 %"); core math keeps its own rounding.
 * - A non-zero value never shows as zero: small values keep three significant digits ("0.00423 %",
 *   "0.0031×"), and below TINY they turn scientific ("3.00e-9×"). "0 %", "0×", "$0.00" mean exactly zero.
 * - At most six significant digits in fixed notation, with thousands separators ("12,345.7×").
 * - Extremes switch to scientific notation ("1.16e+79 %") instead of growing.
 * - A NaN or infinite input is a bug upstream, never a figure: it throws LpInputError.
 * - Separators follow the display locale set once at each entry point (setNumberLocale(uiLocale())):
 *   "1,234.56" in en-US (the default), "1.234,56" in de-DE. Only the two separator characters change:
 *   digits stay Latin, grouping stays by thousands, and units stay where they are, so the length limits
 *   and the shapes tests rely on hold in every locale.
 * - A figure whose scientific form is still longer than MAX_LENGTH (magnitudes past about 1e10000 or
 *   below 1e-10000; Decimal reaches 1e9000000000000000) cannot be shown: it throws LpInputError with
 *   reason 'overflow'.
 */
import { Decimal, LpInputError, finiteNumber, finiteResult } from './numbers';

/** The longest text each formatter returns (sign, digits, grouping, unit), whatever the input. */
export const MAX_LENGTH = { percent: 14, usd: 20, multiple: 12, days: 16, move: 12, price: 16 } as const;

/** Display rounding: half away from zero, as people round by hand (decimal.js calls it ROUND_HALF_UP). */
const HALF_UP = Decimal.ROUND_HALF_UP;
/** Fixed notation shows at most this many significant digits. */
const MAX_SIGNIFICANT = 6;
/** Values below SMALL (in the unit shown) keep this many significant digits instead of fixed decimals. */
const SMALL_SIGNIFICANT = 3;
const SMALL = new Decimal('0.1');
/** Below TINY (in the unit shown) a fixed form would be mostly zeros; from LARGE on it would be too long. */
const TINY = new Decimal('1e-6');
const LARGE = new Decimal('1e6');
/** Requested decimals are clamped to this, so options cannot break MAX_LENGTH. */
const MAX_DIGITS = 6;

function checked(value: Decimal, formatter: string): Decimal {
  if (!Decimal.isDecimal(value)) throw new LpInputError(formatter, 'not-a-number', 'is not a number');
  if (value.isNaN()) throw new LpInputError(formatter, 'not-a-number', 'is not a number');
  if (!value.isFinite()) throw new LpInputError(formatter, 'not-finite', 'must be finite');
  return value;
}

const clampDigits = (digits: number) => Math.max(0, Math.min(MAX_DIGITS, Math.floor(digits)));

interface FormatOptions {
  signed?: boolean;
  digits?: number;
}

/**
 * The options, validated: null counts as none, `signed` must be a boolean (a string "false" would be
 * truthy) and `digits` a finite number (clamped later; NaN would reach decimal.js as a DecimalError).
 */
function checkedOptions(options: FormatOptions | null, defaultDigits: number): { signed: boolean; digits: number } {
  const { signed = false, digits = defaultDigits } = options ?? {};
  if (typeof signed !== 'boolean') throw new LpInputError('signed', 'out-of-range', 'must be true or false');
  return { signed, digits: finiteNumber(digits, 'digits') };
}

/** The separators figures are shown with; en-US until an entry point sets the user's locale. */
let separators = { group: ',', decimal: '.' };
/** The locale calendar dates are written in (the same tag, when Intl knows it). */
let dateLocale = 'en-US';

/**
 * Sets the locale every formatter writes its separators in (a BCP 47 tag: "de-DE", "zh-CN"), and the language
 * of the UI's words, which calendar dates with month names follow (default: the same). Core stays free
 * of browser APIs: the entry points read the browser's UI language and pass it here, once. A tag Intl does
 * not know, or one whose separators are not single distinct characters, falls back to en-US.
 */
export function setNumberLocale(locale: string, wordsLocale: string = locale): void {
  if (typeof locale !== 'string' || locale.length > 35 || typeof wordsLocale !== 'string' || wordsLocale.length > 35)
    throw new LpInputError('locale', 'out-of-range', 'must be a language tag like "en-US"');
  separators = { group: ',', decimal: '.' };
  dateLocale = 'en-US';
  let parts: Intl.NumberFormatPart[];
  try {
    // Month names are words: they follow the language the UI's text is in, which may differ from the locale.
    if (Intl.DateTimeFormat.supportedLocalesOf([wordsLocale]).length > 0) dateLocale = wordsLocale;
    if (Intl.NumberFormat.supportedLocalesOf([locale]).length === 0) return;
    parts = new Intl.NumberFormat(locale, { numberingSystem: 'latn', useGrouping: true }).formatToParts(1234567.5);
  } catch {
    return; // not a well-formed tag: en-US
  }
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  if (group.length === 1 && decimal.length === 1 && group !== decimal) separators = { group, decimal };
}

/**
 * A calendar day (UTC, as the chains and APIs count time) in the display locale: "Dec 16, 2026" (en-US),
 * "2026年12月16日" (zh-CN), "16. Dez. 2026" (de-DE). `ms` is milliseconds since the epoch.
 */
export function calendarDate(ms: unknown): string {
  const when = finiteNumber(ms, 'date');
  // Date's own range: ±8.64e15 ms around 1970.
  if (Math.abs(when) > 8.64e15) throw new LpInputError('date', 'out-of-range', 'must be within Date range');
  return new Intl.DateTimeFormat(dateLocale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(when);
}

/** A figure written with en-US separators, in the display locale's: "1,234.5" -> "1.234,5" (de-DE). */
function localized(text: string): string {
  if (separators.group === ',' && separators.decimal === '.') return text;
  return text.replace(/[.,]/g, (mark) => (mark === ',' ? separators.group : separators.decimal));
}

/**
 * The shown text, if it fits the formatter's MAX_LENGTH. Only exponents far past anything real (Decimal
 * reaches 1e9000000000000000) make even the scientific form too long: that is an input out of reach.
 */
function fitted(text: string, formatter: keyof typeof MAX_LENGTH): string {
  if (text.length > MAX_LENGTH[formatter]) {
    throw new LpInputError(
      formatter,
      'overflow',
      `is too large or too small to show in ${MAX_LENGTH[formatter]} characters`,
    );
  }
  return localized(text);
}

/** "-" for negative non-zero values, "+" for positive ones when asked; nothing for zero (not even -0). */
function signOf(value: Decimal, signed: boolean): string {
  if (value.isZero()) return '';
  return value.isNegative() ? '-' : signed ? '+' : '';
}

/** Thousands separators in a plain non-negative decimal text: "1234567.5" -> "1,234,567.5". */
function group(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** 1.23e+12: three significant digits, for figures outside any useful fixed range. */
const scientific = (abs: Decimal) => abs.toExponential(2, HALF_UP);

/** Digits before the decimal point of a positive value (1 for values under 10). */
const integerDigits = (abs: Decimal) => (abs.lt(1) ? 1 : abs.e + 1);

/** Three significant digits for a small non-zero value: "0.00423". */
const small = (abs: Decimal) => abs.toSignificantDigits(SMALL_SIGNIFICANT, HALF_UP).toFixed();

/**
 * A positive value in fixed notation with `digits` decimals, fewer when the value has many integer
 * digits (at most MAX_SIGNIFICANT significant digits in all), grouped. Null when rounding reaches `large`.
 */
function fixed(abs: Decimal, digits: number, large: Decimal = LARGE): string | null {
  const decimals = Math.min(digits, Math.max(0, MAX_SIGNIFICANT - integerDigits(abs)));
  const rounded = abs.toDecimalPlaces(decimals, HALF_UP);
  if (rounded.gte(large)) return null;
  // Rounding can add an integer digit (99,999.95 -> 100,000.0): round again at the new width.
  const again = Math.min(decimals, Math.max(0, MAX_SIGNIFICANT - integerDigits(rounded)));
  return group(abs.toFixed(again, HALF_UP));
}

/**
 * The magnitude of a non-negative value in the formatters' shared shape: "0" for exactly zero, scientific
 * below `tiny` and from LARGE on, three significant digits below SMALL, else `digits` decimals.
 */
function magnitude(abs: Decimal, digits: number, tiny: Decimal = TINY): string {
  if (abs.isZero()) return '0';
  if (abs.lt(tiny)) return scientific(abs);
  if (abs.lt(SMALL)) return small(abs);
  const text = fixed(abs, clampDigits(digits));
  if (text === null) return scientific(abs);
  // `digits` = 0 on a value under 0.5 would round to "0": show it with significant digits instead.
  return /[1-9]/.test(text) ? text : small(abs);
}

/**
 * A fraction as a percentage: `digits` decimals (2 by default), three significant digits for small
 * non-zero values ("0.0000667 %"), scientific beyond a million percent or below a millionth of one.
 */
export function percent(fraction: Decimal, options: FormatOptions = {}): string {
  const { signed, digits } = checkedOptions(options, 2);
  // Near Decimal's exponent limit the percentage itself overflows to Infinity.
  const value = finiteResult(checked(fraction, 'percent').mul(100), 'percent');
  return fitted(`${signOf(value, signed)}${magnitude(value.abs(), digits)} %`, 'percent');
}

/** Compact suffixes for large dollar amounts, as DEX frontends show TVL: "$123.46M". */
const USD_SUFFIXES: readonly [Decimal, string][] = [
  [new Decimal('1e12'), 'T'],
  [new Decimal('1e9'), 'B'],
  [new Decimal('1e6'), 'M'],
];
const HUGE_USD = new Decimal('1e15');
const CENTS_BELOW = new Decimal('1e4');

/**
 * US dollars: cents under $10,000 ("$1,234.50"), whole dollars up to a million ("$12,346"), then
 * "$123.46M" / "B" / "T", scientific from a quadrillion; under a cent, three significant digits ("$0.00423").
 * Exactly zero is "$0.00".
 */
export function usd(amount: Decimal, options: FormatOptions = {}): string {
  const { signed, digits } = checkedOptions(options, 2);
  const value = checked(amount, 'usd');
  const abs = value.abs();
  return fitted(`${signOf(value, signed)}$${dollars(abs, clampDigits(digits))}`, 'usd');
}

function dollars(abs: Decimal, digits: number): string {
  if (abs.isZero()) return (0).toFixed(digits);
  if (abs.lt(TINY)) return scientific(abs);
  if (abs.lt('0.01')) return small(abs);
  if (abs.lt(LARGE)) {
    const cents = abs.toDecimalPlaces(digits, HALF_UP).lt(CENTS_BELOW);
    const text = fixed(abs, cents ? digits : 0);
    if (text !== null) return /[1-9]/.test(text) ? text : small(abs);
  }
  if (abs.gte(HUGE_USD)) return scientific(abs);
  // The largest suffix whose scaled value, rounded to cents, stays under 1,000 of it ($999.995M -> $1.00B).
  for (const [scale, suffix] of USD_SUFFIXES) {
    const scaled = abs.div(scale).toDecimalPlaces(2, HALF_UP);
    if (scaled.gte(1) || suffix === 'M') {
      if (scaled.gte(1000)) return scientific(abs);
      return `${scaled.toFixed(2)}${suffix}`;
    }
  }
  return scientific(abs);
}

/** A multiple: "1.43×" (the multiplication sign, not the letter x). */
export function multiple(value: Decimal, options: { digits?: number } = {}): string {
  const { digits } = checkedOptions(options, 2);
  const checkedValue = checked(value, 'multiple');
  return fitted(`${signOf(checkedValue, false)}${magnitude(checkedValue.abs(), digits)}×`, 'multiple');
}

/** A duration in days: "12.5 days", "1 day", "0.0417 days". */
export function days(value: Decimal, options: { digits?: number } = {}): string {
  const { digits } = checkedOptions(options, 1);
  const checkedValue = checked(value, 'days');
  const text = magnitude(checkedValue.abs(), digits);
  return fitted(`${signOf(checkedValue, false)}${text} ${text === '1' ? 'day' : 'days'}`, 'days');
}

/** Below this many percent a move turns scientific, so that "+0.0000999 %" stays within MAX_LENGTH.move. */
const TINY_MOVE = new Decimal('1e-4');

/** A price move as a signed percentage of the current price: "+100 %", "-50 %", "+12.5 %"; no move is "0 %". */
export function move(fraction: Decimal): string {
  // Near Decimal's exponent limit the percentage itself overflows to Infinity.
  const value = finiteResult(checked(fraction, 'move').mul(100), 'move');
  if (value.isZero()) return '0 %';
  const text = magnitude(value.abs(), 2, TINY_MOVE);
  // Trailing zeros dropped from fixed figures ("+12.5 %", "+100 %"), as a move reads like a label.
  const trimmed = /e/.test(text) ? text : text.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  return fitted(`${value.isNegative() ? '-' : '+'}${trimmed} %`, 'move');
}

/** Prices from 1e12 on are scientific: a fixed form of six significant digits would be mostly padded zeros. */
const LARGE_PRICE = new Decimal('1e12');

/**
 * A price, without its unit (the caller appends "USDC per WETH"): up to six significant digits with
 * grouping and no trailing zeros ("1,866.91", "3,401.57", "0.000293981"), scientific below a millionth
 * and from a trillion ("2.94e-9").
 *
 * Tiny prices could use the subscript-zero form some DEX frontends show ("0.0₈294"). Scientific is used
 * instead: at the overlay's 10-12 px a subscript 8 is easily misread as an ordinary digit (0.08294, a
 * price off by a factor of 28 million), screen readers and copy-paste lose the subscript, and the other
 * formatters already switch to the same "e" form at their extremes.
 */
export function price(value: Decimal): string {
  const checkedValue = checked(value, 'price');
  const abs = checkedValue.abs();
  let text: string;
  if (abs.isZero()) text = '0';
  else {
    const rounded = abs.toSignificantDigits(MAX_SIGNIFICANT, HALF_UP);
    text =
      rounded.lt(TINY) || rounded.gte(LARGE_PRICE)
        ? abs.toSignificantDigits(SMALL_SIGNIFICANT, HALF_UP).toExponential()
        : group(rounded.toFixed());
  }
  return fitted(`${signOf(checkedValue, false)}${text}`, 'price');
}
