/**
 * Token symbols for display. Anyone can deploy a token called "WΕTH" (Greek Epsilon), "ＷＥＴＨ" (full-width) or
 * "𝐖𝐄𝐓𝐇" (mathematical bold): each reads as WETH. The symbol is kept as it is (folding it to ASCII would hide
 * the imitation), and its display text says so: "WΕTH (look-alike letters)". A plain-words note was chosen
 * over escapes like "WU+0395TH": a liquidity provider reads the note at a glance, while a code point means
 * nothing to most of them. The token's address, not its symbol, is what identifies it.
 */
import { checkedText } from './input-error';
import { MAX_SYMBOL_LENGTH, cleanPageText } from './page-text';

export const LOOK_ALIKE_NOTE = ' (look-alike letters)';

/**
 * Anything but printable ASCII and emoji. Conservative on purpose: every non-ASCII letter, digit or mark
 * (Cyrillic, Greek, full-width, mathematical, small capitals, combining marks, and scripts with nothing to
 * imitate too), invisible characters, and the enclosed letters U+1F100..U+1F1FF (🅰, 🅆, regional indicators,
 * which some systems draw as plain boxed letters) even where they count as emoji.
 */
const NOT_PLAIN = /[^\x20-\x7E\p{Extended_Pictographic}\p{Emoji_Modifier}]|[\u{1F100}-\u{1F1FF}]/u;

/**
 * Whether a symbol holds characters that could imitate ASCII letters. NFKC catches the emoji-like letters
 * the class above lets through (ℹ, Ⓜ, ™): if compatibility folding changes a symbol, it had look-alikes.
 */
export function hasLookAlikeCharacters(symbol: string): boolean {
  checkedText(symbol, 'symbol');
  return NOT_PLAIN.test(symbol) || symbol.normalize('NFKC') !== symbol;
}

/**
 * A symbol as display text: cleaned again (a cached symbol may predate today's cleaner) and, when it has
 * look-alike characters, followed by LOOK_ALIKE_NOTE. The flag is decided on the symbol as received, so a
 * hidden character that the cleaning drops is still reported.
 */
export function symbolForDisplay(symbol: string): string {
  checkedText(symbol, 'symbol');
  const shown = cleanPageText(symbol, MAX_SYMBOL_LENGTH) || '?';
  return hasLookAlikeCharacters(symbol) ? `${shown}${LOOK_ALIKE_NOTE}` : shown;
}

/** Longest pairForDisplay text, in UTF-16 units: two flagged symbols of the maximum length and " / ". */
export const MAX_PAIR_DISPLAY_LENGTH = 2 * (MAX_SYMBOL_LENGTH + LOOK_ALIKE_NOTE.length) + ' / '.length;

/** "USDC / WΕTH (look-alike letters)"; null unless both symbols are known. */
export function pairForDisplay(symbol0: string | undefined, symbol1: string | undefined): string | null {
  // An unknown symbol is undefined (or empty); anything else that is not text is an input error.
  if (symbol0 !== undefined) checkedText(symbol0, 'symbol0');
  if (symbol1 !== undefined) checkedText(symbol1, 'symbol1');
  return symbol0 && symbol1 ? `${symbolForDisplay(symbol0)} / ${symbolForDisplay(symbol1)}` : null;
}
