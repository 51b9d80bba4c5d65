/**
 * Which way round a pool's price reads. Core works in token0 per token1's units (the contract's order);
 * people read "3,401.6 USDC per WETH", the way the DEX shows it. Every price, range and price move the UI
 * prints goes through one PriceOrientation, so the overlay, the popup and the tables always agree and name
 * their unit.
 *
 * The default follows the Uniswap interface's own rule (getPriceOrderingFromPositionForUI in
 * Uniswap/interface src/components/PositionListItem/index.tsx): a dollar stablecoin is the quote, a wrapped
 * native coin or BTC is the base, and otherwise the price is shown the way round that is at least 1. We rank
 * stablecoins above the native coin above BTC, so WBTC/WETH reads "WETH per WBTC" whichever the contract's
 * order. Where the page shows its own orientation, that one wins: the overlay must read like the page under it.
 */
import { Decimal, price, symbolForDisplay } from '../../core/index';
import { t } from '../i18n/index';

export type TokenSide = 'token0' | 'token1';

export const otherSide = (side: TokenSide): TokenSide => (side === 'token0' ? 'token1' : 'token0');

/** Why a quote token was chosen, so the UI can say it when asked. */
export type QuoteReason = 'page' | 'money-like' | 'at-least-one' | 'contract-order' | 'chosen';

export interface PriceOrientation {
  /** The token prices are counted in. */
  quote: TokenSide;
  /** The token whose price is shown and moves in the tables. */
  base: TokenSide;
  quoteSymbol: string;
  baseSymbol: string;
  /** "USDC per WETH". */
  unit: string;
  reason: QuoteReason;
}

/** Dollar stablecoins as DEX frontends list them (Uniswap's DAI, USDC, USDT and the common newer ones). */
const STABLECOINS = new Set([
  'USDC',
  'USDT',
  'DAI',
  'USDC.E',
  'USDBC',
  'USDT0',
  'USDE',
  'USDS',
  'FRAX',
  'LUSD',
  'PYUSD',
  'CRVUSD',
  'GHO',
  'FDUSD',
  'BUSD',
  'TUSD',
  'USD+',
  'USDB',
]);
/** Wrapped native coins and ETH variants: quoted in stablecoins, but the quote against anything else. */
const NATIVE_COINS = new Set(['ETH', 'WETH', 'BNB', 'WBNB', 'POL', 'WPOL', 'MATIC', 'WMATIC', 'AVAX', 'WAVAX']);
const NATIVE_COINS_MORE = new Set(['SOL', 'WSOL', 'S', 'WS', 'XDAI', 'WXDAI', 'CELO', 'MNT', 'WMNT']);
const BITCOINS = new Set(['WBTC', 'CBBTC', 'BTCB', 'TBTC', 'BTC']);

/**
 * How money-like a symbol is: higher ranks are the quote. Symbols are page or API text and may imitate a
 * stablecoin; a wrong rank only turns the price round, and the unit printed next to it always says which way.
 */
function moneyRank(symbol: string | undefined): number {
  if (!symbol) return 0;
  const plain = symbol.trim().toUpperCase();
  if (STABLECOINS.has(plain)) return 3;
  if (NATIVE_COINS.has(plain) || NATIVE_COINS_MORE.has(plain)) return 2;
  if (BITCOINS.has(plain)) return 1;
  return 0;
}

export interface QuoteInput {
  symbol0?: string;
  symbol1?: string;
  /** Price of token0 in token1, when known: breaks ties the way round that reads at least 1. */
  price?: Decimal | string;
  /** The page's own orientation, when it shows one (see quoteShownByPage). */
  pageQuote?: TokenSide | null;
}

export function chooseQuote({ symbol0, symbol1, price, pageQuote }: QuoteInput): {
  quote: TokenSide;
  reason: QuoteReason;
} {
  if (pageQuote) return { quote: pageQuote, reason: 'page' };
  const rank0 = moneyRank(symbol0);
  const rank1 = moneyRank(symbol1);
  if (rank0 !== rank1) return { quote: rank0 > rank1 ? 'token0' : 'token1', reason: 'money-like' };
  if (price !== undefined) {
    const p = new Decimal(price);
    if (p.gt(0)) return { quote: p.lt(1) ? 'token0' : 'token1', reason: 'at-least-one' };
  }
  return { quote: 'token1', reason: 'contract-order' };
}

/** Two prices of one pool agree within a factor of 2 (sources differ by seconds, a wrong way round by far more). */
export const withinFactorOfTwo = (a: Decimal, b: Decimal) => a.div(b).gt('0.5') && a.div(b).lt(2);

/**
 * Which token a page quotes in, from the price it shows and the pool's token0-in-token1 price: the page's
 * figure matches one of the two ways round within a factor of 2, or the page says nothing we can use.
 */
export function quoteShownByPage(pagePrice: string | undefined, priceT0inT1: string | undefined): TokenSide | null {
  if (!pagePrice || !priceT0inT1) return null;
  const page = new Decimal(pagePrice);
  const pool = new Decimal(priceT0inT1);
  if (page.lte(0) || pool.lte(0)) return null;
  const asIs = withinFactorOfTwo(page, pool);
  const inverted = withinFactorOfTwo(new Decimal(1).div(page), pool);
  // A price near 1 (a stable pair) matches both ways round: it says nothing about the page's orientation.
  if (asIs === inverted) return null;
  return asIs ? 'token1' : 'token0';
}

export function priceOrientation(
  symbols: { symbol0?: string; symbol1?: string },
  quote: TokenSide,
  reason: QuoteReason = 'chosen',
): PriceOrientation {
  const name = (side: TokenSide) => {
    const symbol = side === 'token0' ? symbols.symbol0 : symbols.symbol1;
    return symbol ? symbolForDisplay(symbol) : side;
  };
  const base = otherSide(quote);
  return {
    quote,
    base,
    quoteSymbol: name(quote),
    baseSymbol: name(base),
    unit: t('orientation.unit', { quote: name(quote), base: name(base) }),
    reason,
  };
}

/** A token0-in-token1 price as the orientation reads it. */
export function quotedPrice(o: PriceOrientation, priceT0inT1: Decimal): Decimal {
  return o.quote === 'token1' ? priceT0inT1 : new Decimal(1).div(priceT0inT1);
}

/** A token0-in-token1 range as the orientation reads it: turned round, the bounds swap. */
export function quotedRange(
  o: PriceOrientation,
  range: { priceLower: Decimal; priceUpper: Decimal },
): { low: Decimal; high: Decimal } {
  return o.quote === 'token1'
    ? { low: range.priceLower, high: range.priceUpper }
    : { low: new Decimal(1).div(range.priceUpper), high: new Decimal(1).div(range.priceLower) };
}

/** A range typed in the orientation's units, back in token0-in-token1 terms for core. */
export function rangeToPool(
  o: PriceOrientation,
  typed: { low: Decimal; high: Decimal },
): { priceLower: Decimal; priceUpper: Decimal } {
  return o.quote === 'token1'
    ? { priceLower: typed.low, priceUpper: typed.high }
    : { priceLower: new Decimal(1).div(typed.high), priceUpper: new Decimal(1).div(typed.low) };
}

/** "3,401.6 USDC per WETH" from a token0-in-token1 price. */
export function priceText(o: PriceOrientation, priceT0inT1: Decimal): string {
  return `${price(quotedPrice(o, priceT0inT1))} ${o.unit}`;
}

/** "1,866.9 – 3,401.6 USDC per WETH" from a token0-in-token1 range. */
export function rangeText(o: PriceOrientation, range: { priceLower: Decimal; priceUpper: Decimal }): string {
  const { low, high } = quotedRange(o, range);
  return `${price(low)} – ${price(high)} ${o.unit}`;
}
