/**
 * PancakeSwap's own number and label formats, as pure text functions (no DOM).
 *
 * Source: pancakeswap/pancake-frontend (fork chef-ryan/pancake-frontend, commit 6b74beee, 2025-10-01):
 * packages/utils/formatNumber.ts writes tiny numbers with a subscript count of zeros ("0.0₄5" is 0.000005:
 * `decimalTrailingZeroesToExponent` turns ".00000" into ".0₅"), a floor/ceiling as "<0.00001" / ">999,999";
 * the unit under a price is "%assetA% = 1 %assetB%" ("USDC = 1 WETH").
 */
import { parsePriceText, parseTokenSymbol } from '../../../core/page-text';

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';
/** "0.0₄5": a zero, then the subscript count of zeros it stands for. */
const SUBSCRIPT_ZEROS = /^(\d+)\.0([₀-₉]{1,2})(\d+)$/u;

/**
 * A price as PancakeSwap displays it: "2,500", "0.000123", "0.0₄5". Bounds shown with "<" or ">" are not the
 * price, nor is "-" (no price yet), "∞" or a percentage; all give null.
 */
export function parseDisplayedPrice(text: string): string | null {
  const trimmed = text.trim();
  const subscript = SUBSCRIPT_ZEROS.exec(trimmed.replace(/,/g, ''));
  if (subscript) {
    const zeros = [...subscript[2]!].reduce((count, digit) => count * 10 + SUBSCRIPT_DIGITS.indexOf(digit), 0);
    if (zeros > 30) return null;
    return parsePriceText(`${subscript[1]}.${'0'.repeat(zeros)}${subscript[3]}`);
  }
  return parsePriceText(trimmed);
}

/** "USDC = 1 WETH": the price reads in `quote` per one `base`. */
export function parseUnitLabel(text: string): { quote: string; base: string } | null {
  const match = /^\s*(\S+)\s*=\s*1\s+(\S+)\s*$/u.exec(text);
  if (!match) return null;
  const quote = parseTokenSymbol(match[1]!);
  const base = parseTokenSymbol(match[2]!);
  return quote && base ? { quote, base } : null;
}

/**
 * A symbol as a deposit panel shows it: symbols longer than 8 characters are cut to "ABCDE...WXYZ"
 * (CurrencyInputPanelSimplify `shortedSymbol`), and a cut symbol is another symbol: null.
 */
export function parsePanelSymbol(text: string): string | null {
  return text.includes('...') || text.includes('…') ? null : parseTokenSymbol(text);
}

/** "0.05% fee tier" (FeeSelector heading) or "0.05%" (FeeTier pill, "↕️" first when dynamic): the percent text. */
export function feeTierPercentText(text: string): string | null {
  const match = /^\s*(?:↕️?\s*)?(\d{1,2}(?:\.\d{1,4})?\s*%)(?:\s+fee tier)?\s*$/iu.exec(text);
  return match ? match[1]! : null;
}
