/**
 * Pure text parsing for the Uniswap reader: the app's price lines. Kept out of core/page-text.ts, which other
 * readers share; everything ends in core's parsers, so what comes out is as validated as any other fact.
 */
import { parsePriceText, parseTokenSymbol } from '../../../core/page-text';

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/**
 * Subscript-zero notation for tiny prices, "0.0₄5" = 0.00005 (the subscript counts the zeros after "0.0"'s
 * first zero, as DEX frontends write it), back to plain digits. Text without a subscript is returned as is.
 */
export function expandSubscriptZeros(text: string): string {
  const match = /^0\.0([₀-₉]{1,2})(\d+)$/.exec(text);
  if (!match) return text;
  let count = 0;
  for (const char of match[1]!) count = count * 10 + SUBSCRIPT_DIGITS.indexOf(char);
  return count > 0 && count <= 40 ? `0.${'0'.repeat(count)}${match[2]}` : text;
}

export interface QuotedPrice {
  /** Canonical decimal: quote units per one base unit. */
  readonly price: string;
  readonly base: string;
  readonly quote: string;
}

/**
 * "2,500 USDC/WETH" (BaseQuoteFiatAmount condensed: price, quote, base) or "2500 USDC = 1 WETH" (the long form and
 * the percentage-mode line under a range input); a trailing fiat value "($2,500.00)" is ignored.
 */
export function parseQuotedPrice(text: string): QuotedPrice | null {
  const cleaned = text.replace(/\s+/g, ' ').trim().slice(0, 120);
  const match =
    /^([\d,.₀-₉]+) (\S+?)\/(\S+?)(?: \(.*\))?$/.exec(cleaned) ??
    /^([\d,.₀-₉]+) (\S+) = 1 (\S+?)(?: \(.*\))?$/.exec(cleaned);
  if (!match) return null;
  const price = parsePriceText(expandSubscriptZeros(match[1]!.replace(/,/g, '')));
  const quote = parseTokenSymbol(match[2]!);
  const base = parseTokenSymbol(match[3]!);
  return price && quote && base ? { price, base, quote } : null;
}
