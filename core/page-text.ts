/**
 * Text read from a DEX page is untrusted: a token symbol is whatever its deployer typed. These parsers
 * take raw page text and return small, validated facts, or null. They never return markup; views render
 * the results as text.
 *
 * They run in the content script on the DEX's own page, so they stay free of decimal.js: numbers come out
 * as canonical decimal strings, which the service worker turns into Decimals.
 *
 * Anything but a string for the text is an LpInputError with reason 'not-text' (a number or null would
 * otherwise be coerced or crash with a TypeError deep inside a regular expression).
 */
import { LpInputError, checkedText } from './input-error';

// ---- Length: one unit everywhere ------------------------------------------------------------------------
//
// Lengths are UTF-16 code units (`String.prototype.length`): what valibot's `v.maxLength` checks in the message
// schemas, what JSON and extension storage carry, and a hard bound on size. Graphemes would match what the eye
// counts, but a grapheme has no size limit (one letter can carry hundreds of combining marks), so a grapheme
// cap bounds nothing; code points match neither the schemas nor the eye. An emoji outside the BMP counts 2.

/** The length of `text` in the one unit parsers and schemas share: UTF-16 code units. */
export function textLength(text: string): number {
  return checkedText(text, 'text').length;
}

/** Longest token symbol, in UTF-16 units (12 emoji, 24 ASCII letters). The message schemas use this constant. */
export const MAX_SYMBOL_LENGTH = 24;

// ---- Cleaning -----------------------------------------------------------------------------------------------

/** Controls (Cc: NUL, tab, newline, C1...) stand between words where they occur, so each becomes a space. */
const CONTROLS = /\p{Cc}/gu;

/**
 * Code points that draw nothing, or change how their neighbours draw, and so can hide inside a word:
 * - Default_Ignorable_Code_Point: zero-width space and joiners, word joiner U+2060, soft hyphen U+00AD,
 *   variation selectors (VS16 U+FE0F), tag characters U+E0000..U+E0FFF, Hangul fillers (U+3164, U+FFA0,
 *   U+115F, U+1160), combining grapheme joiner U+034F, invisible operators (U+2064), Mongolian vowel
 *   separator U+180E;
 * - Cf (format): bidi controls and marks (U+061C, U+200E/F, U+202A..E, U+2066..9) that reorder what is read,
 *   and any format character not listed as default-ignorable;
 * - Co (private use): drawn by whatever icon font a page loaded, a glyph the user cannot identify;
 * - Cs: a lone surrogate, half of an emoji cut elsewhere, is not text at all.
 * Stripping them costs nothing visible: emoji lose only VS16 and zero-width joiners (a ZWJ family shows its
 * members side by side).
 */
const HIDDEN_CLASS = '[\\p{Default_Ignorable_Code_Point}\\p{Cf}\\p{Co}\\p{Cs}]';
const HIDDEN = new RegExp(HIDDEN_CLASS, 'gu');

/** Every kind of space (NBSP, ideographic and other Zs, line/paragraph separators) and the braille blank U+2800, which draws as one. */
const SPACES = /[\s\p{Zs}\p{Zl}\p{Zp}\u2800]+/gu;

/**
 * Untrusted text as it should be read: controls become spaces, invisible and format characters go, spaces
 * fold into one, then canonical composition (NFC: "E" + U+0301 becomes "É", which draws the same).
 *
 * Not NFKC: it would turn full-width "ＷＥＴＨ", mathematical "𝐖𝐄𝐓𝐇" or circled "ⓌETH" into plain "WETH", which
 * is exactly the imitation such a symbol is after; the user would see WETH with no hint. Compatibility
 * characters are kept as they are, and core/symbol-text.ts flags them on display (it uses NFKC only to detect
 * them).
 */
function cleanText(text: string): string {
  return text.replace(CONTROLS, ' ').replace(HIDDEN, '').replace(SPACES, ' ').trim().normalize('NFC');
}

/**
 * Cuts `text` to at most `max` UTF-16 units, ending in "…" when cut. It steps over whole code points, so an
 * emoji is never split into a lone surrogate (invalid text).
 */
function capLength(text: string, max: number): string {
  if (textLength(text) <= max) return text;
  if (max < 1) return '';
  let kept = '';
  for (const char of text) {
    if (textLength(kept) + textLength(char) > max - 1) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}

/** Strips control, invisible and format characters, folds white space and caps the length (UTF-16 units) with an ellipsis. */
export function cleanPageText(text: string, maxLength = 80): string {
  return capLength(cleanText(checkedText(text, 'text')), checkedMaxLength(maxLength));
}

/** A length cap is a whole number of UTF-16 units, 0 or more; a NaN cap would silently cap nothing. */
function checkedMaxLength(value: unknown): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new LpInputError('maxLength', 'not-a-number', 'must be a number');
  }
  if (!Number.isFinite(value)) throw new LpInputError('maxLength', 'not-finite', 'must be finite');
  if (!Number.isInteger(value) || value < 0) {
    throw new LpInputError('maxLength', 'out-of-range', 'must be a whole number of 0 or more');
  }
  return value;
}

/**
 * An invisible character between two ASCII letters or digits ("WE\u2060TH") is there to make one symbol pass
 * for another: stripping it would show exactly the imitation ("WETH"), so such text is rejected instead. At
 * the edges, or next to emoji (VS16, joiners), it hides nothing and is just stripped.
 */
const HIDDEN_INSIDE_WORD = new RegExp(`[A-Za-z0-9]${HIDDEN_CLASS}+(?=[A-Za-z0-9])`, 'u');

/**
 * A token symbol as shown on the page or given by an API or a contract: cleaned, 1..MAX_SYMBOL_LENGTH UTF-16
 * units (never truncated: a cut symbol is another symbol), no separators that break a pair label.
 */
export function parseTokenSymbol(text: string): string | null {
  if (HIDDEN_INSIDE_WORD.test(checkedText(text, 'text'))) return null;
  const cleaned = cleanText(text);
  if (cleaned.length === 0 || textLength(cleaned) > MAX_SYMBOL_LENGTH || /[/\s]/.test(cleaned)) return null;
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
  const match = /^\s*(\d{1,2})(?:\.(\d{1,4}))?\s*%\s*$/.exec(cleanPageText(checkedText(text, 'text'), 20));
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
  if (HIDDEN_INSIDE_WORD.test(checkedText(text, 'text'))) return null; // before cleaning strips the evidence
  const cleaned = cleanPageText(text, 120);
  // Symbol lengths are parseTokenSymbol's to check, in the shared unit.
  const match = /^(\S+?)\s*[/-]\s*(\S+?)(?:\s+(\d{1,2}(?:\.\d{1,4})?\s*%))?$/.exec(cleaned);
  if (!match) return null;
  const symbol0 = parseTokenSymbol(match[1]!);
  const symbol1 = parseTokenSymbol(match[2]!);
  if (!symbol0 || !symbol1) return null;
  return { symbol0, symbol1, feeTier: match[3] ? parseFeeTierText(match[3]) : null };
}

/** A price typed or shown on the page: "1,234.56" -> "1234.56"; thousands separators allowed. Null unless positive. */
export function parsePriceText(text: string): string | null {
  const match = /^(\d{1,30})(?:\.(\d{1,30}))?$/.exec(cleanPageText(checkedText(text, 'text'), 70).replace(/,/g, ''));
  if (!match) return null;
  const canonical = canonicalDecimal(match[1]!, match[2] ?? '');
  return /[1-9]/.test(canonical) ? canonical : null;
}
