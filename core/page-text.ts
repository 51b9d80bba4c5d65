/**
 * Text read from a DEX page is untrusted: a token symbol is whatever its deployer typed. These parsers
 * take raw page text and return small, validated facts, or null. They never return markup; views render
 * the results as text.
 *
 * They run in the content script on the DEX's own page, so they stay free of decimal.js: numbers come out
 * as canonical decimal strings, which the service worker turns into Decimals.
 */

/** Bidi controls (U+202A..U+202E, U+2066..U+2069, U+200E/U+200F) can reorder what a user reads. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001F\u007F-\u009F\u200B-\u200D\uFEFF]/g;

/** Strips control and bidi characters, folds white space and caps the length with an ellipsis. */
export function cleanPageText(text: string, maxLength = 80): string {
  const cleaned = text.replace(BIDI_CONTROLS, '').replace(CONTROL_CHARS, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...cleaned];
  return chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('')}…` : cleaned;
}

export const MAX_SYMBOL_LENGTH = 24;

/** A token symbol as shown on the page: cleaned, 1..24 characters, no separators that break a pair label. */
export function parseTokenSymbol(text: string): string | null {
  const cleaned = cleanPageText(text, MAX_SYMBOL_LENGTH + 1);
  if (cleaned.length === 0 || [...cleaned].length > MAX_SYMBOL_LENGTH || /[/\s]/.test(cleaned)) return null;
  return cleaned;
}

/** Strips leading zeros of the integer part and trailing zeros of the fraction: "002.50" -> "2.5". */
function canonicalDecimal(integer: string, fraction: string): string {
  const int = integer.replace(/^0+(?=\d)/, '') || '0';
  const frac = fraction.replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

/** "0.05" (percent) -> "0.0005" (fraction), by moving the decimal point: exact, no arithmetic. */
function percentToFraction(integer: string, fraction: string): string {
  const digits = `${integer}${fraction}`;
  const scale = fraction.length + 2;
  const padded = digits.padStart(scale + 1, '0');
  return canonicalDecimal(padded.slice(0, -scale), padded.slice(-scale));
}

/** "0.05%", "0.3 %", "1%": a fee tier as a fraction string ("0.0005"), above 0 and at most 10 %. */
export function parseFeeTierText(text: string): string | null {
  const match = /^\s*(\d{1,2})(?:\.(\d{1,4}))?\s*%\s*$/.exec(cleanPageText(text, 20));
  if (!match) return null;
  const fraction = percentToFraction(match[1]!, match[2] ?? '');
  const value = Number(fraction); // only for the range check; the string stays exact
  return value > 0 && value <= 0.1 ? fraction : null;
}

export interface PairLabel {
  symbol0: string;
  symbol1: string;
  /** Fraction as text, e.g. "0.0005" for 0.05 %, when the label carries one. */
  feeTier: string | null;
}

/**
 * "WETH/USDC 0.05%", "WETH / USDC", "USDC-WETH 0.3%": the pair and optional fee tier a pool page shows in
 * its heading or title. Anything else (a sentence, a price, markup) is null.
 */
export function parsePairLabel(text: string): PairLabel | null {
  const cleaned = cleanPageText(text, 120);
  const match = /^(\S{1,24}?)\s*[/-]\s*(\S{1,24}?)(?:\s+(\d{1,2}(?:\.\d{1,4})?\s*%))?$/.exec(cleaned);
  if (!match) return null;
  const symbol0 = parseTokenSymbol(match[1]!);
  const symbol1 = parseTokenSymbol(match[2]!);
  if (!symbol0 || !symbol1) return null;
  return { symbol0, symbol1, feeTier: match[3] ? parseFeeTierText(match[3]) : null };
}

/** A price typed or shown on the page: "1,234.56" -> "1234.56"; thousands separators allowed. Null unless positive. */
export function parsePriceText(text: string): string | null {
  const match = /^(\d{1,30})(?:\.(\d{1,30}))?$/.exec(cleanPageText(text, 70).replace(/,/g, ''));
  if (!match) return null;
  const canonical = canonicalDecimal(match[1]!, match[2] ?? '');
  return /[1-9]/.test(canonical) ? canonical : null;
}
