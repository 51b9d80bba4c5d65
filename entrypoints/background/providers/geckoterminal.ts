/**
 * GeckoTerminal's key-less API (https://api.geckoterminal.com/api/v2): URLs and pure parsers, no fetch.
 *
 * The API body is untrusted input. Every figure is read on its own: one that is missing, null, not a number,
 * negative or absurd is left out, never guessed, and the rest still count. Numbers leave as decimal strings in
 * the pool contract's token order (token0 = the lower address on EVM), the convention every provider shares.
 * The small helpers exported at the end are shared with the DexScreener parser.
 */
import * as v from 'valibot';
import {
  Decimal,
  cleanPageText,
  parseFeeTierText,
  parsePairLabel,
  parseTokenSymbol,
  volatilityFromCloses,
  type ChainId,
} from '../../../core/index';
import {
  PoolFiguresSchema,
  type FigureName,
  type PoolFigures,
  type ProviderId,
  type ProviderResult,
} from '../../../lib/messages/pool-data';
import type { PoolTarget } from '../pool-target';
import { httpJsonProvider } from './provider';
import { volumeOverDays } from './daily-volume';
import { lt, type Said } from '../../../lib/i18n/localized-text';

const PROVIDER = 'geckoterminal';
const API = 'https://api.geckoterminal.com/api/v2';

/** GeckoTerminal's network ids (the same spellings the GeckoTerminal site detector reads from page URLs). */
export const GECKO_NETWORKS: Partial<Record<ChainId, string>> = {
  ethereum: 'eth',
  bsc: 'bsc',
  base: 'base',
  arbitrum: 'arbitrum',
  'arbitrum-nova': 'arbitrum_nova',
  polygon: 'polygon_pos',
  'polygon-zkevm': 'polygon-zkevm',
  optimism: 'optimism',
  avalanche: 'avax',
  solana: 'solana',
  fantom: 'ftm',
  gnosis: 'xdai',
  cronos: 'cro',
  moonbeam: 'glmr',
  zora: 'zora-network',
  zksync: 'zksync',
  linea: 'linea',
  blast: 'blast',
  scroll: 'scroll',
  mantle: 'mantle',
  sonic: 'sonic',
  unichain: 'unichain',
  celo: 'celo',
  opbnb: 'opbnb',
  metis: 'metis',
  kava: 'kava',
  aurora: 'aurora',
  berachain: 'berachain',
  abstract: 'abstract',
  fraxtal: 'fraxtal',
  mode: 'mode',
};

function poolBase({ chain, address }: PoolTarget): string | null {
  const network = Object.hasOwn(GECKO_NETWORKS, chain) ? GECKO_NETWORKS[chain] : undefined;
  return network ? `${API}/networks/${network}/pools/${encodeURIComponent(address)}` : null;
}

/** Pool stats with its two tokens included. Null if GeckoTerminal has no id for the chain. */
export function geckoPoolUrl(target: PoolTarget): string | null {
  const base = poolBase(target);
  return base && `${base}?include=base_token,quote_token`;
}

/** Daily closes asked for: a month, plus today's partial candle. */
export const CANDLE_DAYS = 31;

/**
 * Daily candles priced in the quote token (`currency=token`), i.e. the pool's own price ratio, whose volatility
 * is what an LP is exposed to. The ratio's orientation does not matter for volatility (log returns just flip sign).
 */
export function geckoOhlcvUrl(target: PoolTarget, days = CANDLE_DAYS): string | null {
  const base = poolBase(target);
  const limit = Number.isSafeInteger(days) ? Math.min(Math.max(days, 1), 1000) : CANDLE_DAYS;
  return base && `${base}/ohlcv/day?aggregate=1&limit=${limit}&currency=token`;
}

/** GeckoTerminal's free API allows 30 calls a minute (its docs); pool stats and candles share the budget. */
const GECKO_LIMIT = { burst: 5, perMinute: 25, publishedPerMinute: 30 };
const GECKO = {
  name: 'GeckoTerminal API',
  hosts: ['api.geckoterminal.com'],
  limit: GECKO_LIMIT,
  unsupported: lt('worker.reason.chainNotCovered', { provider: 'GeckoTerminal' }),
};

export const geckoTerminalPool = httpJsonProvider({
  ...GECKO,
  id: PROVIDER,
  ttlMs: 5 * 60_000,
  request: geckoPoolUrl,
  parse: (json, _target, now) => parseGeckoPool(json, now),
});

/** Realised volatility of the pool price from its daily closes; candles change once a day, so kept 6 h. */
export const geckoTerminalCandles = httpJsonProvider({
  ...GECKO,
  id: 'geckoterminal-candles',
  ttlMs: 6 * 60 * 60_000,
  request: (target) => geckoOhlcvUrl(target),
  parse: (json, _target, now) => volatilityFigures(json, now),
  problemKey: 'worker.problem.candles',
});

function volatilityFigures(json: unknown, now: number): ProviderResult {
  const candles = parseGeckoOhlcv(json);
  if (!candles.ok) return failure('geckoterminal-candles', candles.reason);
  // The candles' own times: a day without trades has no candle, and that gap must not count as one day.
  const estimate = volatilityFromCloses(candles.candles.map(({ time, close }) => ({ time, close })));
  const figures: PoolFigures = {
    volatility: estimate.volatility.toSignificantDigits(12).toString(),
    volatilityDays: estimate.closes,
    volatilityWindow: estimate.window,
  };
  const week = volumeOverDays(candles.candles, 7, now);
  if (week) Object.assign(figures, { volume7dUsd: decimalString(week.totalUsd), volume7dDays: week.daysWithData });
  const month = volumeOverDays(candles.candles, 30, now);
  if (month) Object.assign(figures, { volume30dUsd: decimalString(month.totalUsd), volume30dDays: month.daysWithData });
  return success('geckoterminal-candles', now, figures, lt('worker.reason.noCandleVolatility'));
}

// ---- Body shapes. Leaves are `unknown` and read one by one below; a nested object of the wrong type reads as
// absent rather than failing the whole body. Only a body without `data.attributes` is rejected outright.

const leaf = v.optional(v.unknown());
const relation = v.fallback(
  v.optional(v.looseObject({ data: v.fallback(v.optional(v.looseObject({ id: leaf })), undefined) })),
  undefined,
);

const GeckoPoolBodySchema = v.looseObject({
  data: v.looseObject({
    attributes: v.looseObject({
      name: leaf,
      pool_fee_percentage: leaf,
      reserve_in_usd: leaf,
      volume_usd: v.fallback(v.optional(v.looseObject({ h24: leaf })), undefined),
      pool_created_at: leaf,
      base_token_price_quote_token: leaf,
      base_token_price_usd: leaf,
      quote_token_price_usd: leaf,
    }),
    relationships: v.fallback(
      v.optional(v.looseObject({ base_token: relation, quote_token: relation, dex: relation })),
      undefined,
    ),
  }),
  included: v.fallback(v.optional(v.array(v.unknown())), undefined),
});

const GeckoIncludedTokenSchema = v.looseObject({
  id: v.string(),
  attributes: v.fallback(v.optional(v.looseObject({ address: leaf, symbol: leaf, decimals: leaf })), undefined),
});

const GeckoErrorBodySchema = v.looseObject({ errors: v.array(v.looseObject({ status: leaf })) });

const GeckoOhlcvBodySchema = v.looseObject({
  data: v.looseObject({ attributes: v.looseObject({ ohlcv_list: v.array(v.unknown()) }) }),
});

/** `eth_0xabc…`, `polygon_pos_0xabc…`: the address follows the last underscore (addresses never contain one). */
function addressFromTokenId(id: unknown): string | null {
  if (typeof id !== 'string' || id.length > 200) return null;
  const address = id.slice(id.lastIndexOf('_') + 1);
  return address.length > 0 ? address : null;
}

/**
 * Pool stats -> figures in contract order. `now` (ms) stamps the result. Never throws; a body that is not a
 * GeckoTerminal pool at all gives `ok: false` with a short reason.
 */
export function parseGeckoPool(json: unknown, now: number): ProviderResult {
  try {
    const body = readJson(json);
    if (body === MALFORMED) return failure(PROVIDER, lt('worker.reason.apiMalformed', { provider: 'GeckoTerminal' }));
    const parsed = v.safeParse(GeckoPoolBodySchema, body);
    if (!parsed.success) {
      const errors = v.safeParse(GeckoErrorBodySchema, body);
      const notFound = errors.success && errors.output.errors.some((e) => String(e.status) === '404');
      return failure(
        PROVIDER,
        lt(notFound ? 'worker.reason.apiUnknownPool' : 'worker.reason.apiNoPoolData', { provider: 'GeckoTerminal' }),
      );
    }
    const { attributes, relationships } = parsed.output.data;
    const figures: PoolFigures = {};

    const rawName = typeof attributes.name === 'string' ? attributes.name : null;
    const name = rawName === null ? null : capText(rawName, 80);
    if (name) figures.name = name;

    const tvl = usdAmount(attributes.reserve_in_usd);
    if (tvl) figures.tvlUsd = decimalString(tvl);
    const volume = usdAmount(attributes.volume_usd?.h24);
    if (volume) figures.volume24hUsd = decimalString(volume);

    // "0.05" means 0.05 %. Zero is read as "not given" (GeckoTerminal has no fee for some pool types), so the
    // name's suffix ("WETH / USDC 0.05%") gets its chance instead. A negative or over-10 % field is broken data:
    // the fee is then left out, not taken from the name.
    const feePercent = apiDecimal(attributes.pool_fee_percentage);
    const feeFromField = feePercent && !feePercent.isZero() ? feePercent.div(100) : null;
    const feeTier = feeFromField ?? (rawName === null ? null : feeFromName(rawName));
    if (feeTier?.gt(0) && feeTier.lte(MAX_FEE_TIER)) figures.feeTier = decimalString(feeTier);

    const createdAt = isoTime(attributes.pool_created_at, now);
    if (createdAt !== null) figures.createdAt = createdAt;

    const dexId = relationships?.dex?.data?.id;
    if (typeof dexId === 'string' && dexId.length <= 200) {
      const dex = capText(dexId, 40);
      if (dex) figures.dex = dex;
    }

    // The two tokens: addresses from the included token records (else from the relationship ids), symbols from
    // the included records, else (only when a record is missing, never to replace a rejected symbol) from the name:
    // "BASE / QUOTE 0.05%", GeckoTerminal names pools base first.
    const baseId = relationships?.base_token?.data?.id;
    const quoteId = relationships?.quote_token?.data?.id;
    const base = includedToken(parsed.output.included, baseId);
    const quote = includedToken(parsed.output.included, quoteId);
    const label = rawName === null ? null : parsePairLabel(rawName.slice(0, 200));
    const baseSide: PairSide = {
      address: base.address ?? addressFromTokenId(baseId),
      symbol: base.found ? base.symbol : (label?.symbol0 ?? null),
      priceUsd: price(attributes.base_token_price_usd),
      decimals: base.decimals,
    };
    const quoteSide: PairSide = {
      address: quote.address ?? addressFromTokenId(quoteId),
      symbol: quote.found ? quote.symbol : (label?.symbol1 ?? null),
      priceUsd: price(attributes.quote_token_price_usd),
      decimals: quote.decimals,
    };
    Object.assign(figures, inContractOrder(baseSide, quoteSide, price(attributes.base_token_price_quote_token)));

    return success(PROVIDER, now, figures, lt('worker.reason.apiNoUsableFigures', { provider: 'GeckoTerminal' }));
  } catch {
    // Unreachable by design (every read above is checked); kept so a parser bug can never take the worker down.
    return failure(PROVIDER, lt('worker.reason.apiUnreadable', { provider: 'GeckoTerminal' }));
  }
}

interface IncludedToken {
  /** Whether the body carried a record for this token (its symbol may still have been rejected). */
  found: boolean;
  address: string | null;
  symbol: string | null;
  decimals: number | null;
}

function includedToken(included: unknown[] | undefined, id: unknown): IncludedToken {
  const none = { found: false, address: null, symbol: null, decimals: null };
  if (typeof id !== 'string' || !included) return none;
  for (const item of included) {
    const token = v.safeParse(GeckoIncludedTokenSchema, item);
    if (!token.success || token.output.id !== id) continue;
    const { address, symbol, decimals } = token.output.attributes ?? {};
    return {
      found: true,
      address: typeof address === 'string' && address.length <= 100 ? address : null,
      symbol: typeof symbol === 'string' && symbol.length <= 200 ? parseTokenSymbol(symbol) : null,
      decimals:
        Number.isInteger(decimals) && (decimals as number) >= 0 && (decimals as number) <= 36
          ? (decimals as number)
          : null,
    };
  }
  return none;
}

/** "WETH / USDC 0.05%" -> 0.0005; null when the name ends in no fee tier. */
function feeFromName(name: string): Decimal | null {
  const cleaned = cleanPageText(name.slice(-200), 200);
  const match = /(?:^|\s)(\d{1,2}(?:\.\d{1,4})?\s*%)$/.exec(cleaned);
  const fraction = match ? parseFeeTierText(match[1]!) : null;
  return fraction === null ? null : new Decimal(fraction);
}

/** ISO 8601 with a time and a zone ("2021-05-05T21:42:11Z") -> ms, if not in the future. */
function isoTime(value: unknown, now: number): number | null {
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)
  )
    return null;
  return plausibleTime(Date.parse(value), now);
}

/**
 * Daily candles -> closes, oldest first. Rows are `[unix_s, open, high, low, close, volume]` with numbers or
 * numeric strings, newest first in the API; rows are sorted by their time here (one close per day), and a row
 * with a bad time or a close that is not a positive, finite, sane price is dropped.
 */
export interface DailyCandle {
  /** Start of the day, unix seconds. */
  time: number;
  close: string;
  /** USD traded that day; absent when the row's volume is missing or not a sane amount. */
  volumeUsd?: string;
}

export function parseGeckoOhlcv(
  json: unknown,
): { ok: true; closes: string[]; candles: DailyCandle[] } | { ok: false; reason: Said } {
  try {
    const body = readJson(json);
    if (body === MALFORMED) return { ok: false, reason: lt('worker.reason.candlesMalformed') };
    const parsed = v.safeParse(GeckoOhlcvBodySchema, body);
    if (!parsed.success) return { ok: false, reason: lt('worker.reason.noCandles') };
    const byDay = new Map<number, DailyCandle>();
    // The API lists the newest first; rows past what was asked for are never read (a hostile answer of
    // 20,000 rows would cost the worker a second and claim 20,000 days).
    for (const row of parsed.output.data.attributes.ohlcv_list.slice(0, CANDLE_DAYS)) {
      if (!Array.isArray(row) || row.length < 5) continue;
      const time = apiDecimal(row[0]);
      const close = price(row[4]);
      if (!time?.isInteger() || time.lt(0) || time.gt(MAX_UNIX_SECONDS) || !close) continue;
      const seconds = time.toNumber();
      if (byDay.has(seconds)) continue;
      const volume = row.length > 5 ? usdAmount(row[5]) : null;
      byDay.set(seconds, {
        time: seconds,
        close: decimalString(close),
        ...(volume ? { volumeUsd: decimalString(volume) } : {}),
      });
    }
    const candles = [...byDay.values()].sort((a, b) => a.time - b.time);
    if (candles.length < 3) {
      return {
        ok: false,
        reason: lt('worker.reason.tooFewCandles', { count: candles.length }),
      };
    }
    return { ok: true, closes: candles.map((c) => c.close), candles };
  } catch {
    return { ok: false, reason: lt('worker.reason.unreadableCandles') };
  }
}

// ---- Shared with the DexScreener parser ---------------------------------------------------------------------

/** TVL and volume above this are not real (the largest pools hold a few billion USD). */
export const MAX_USD = new Decimal('1e12');
/** Prices outside [1e-30, 1e30] are broken data, not markets. */
export const MIN_PRICE = new Decimal('1e-30');
export const MAX_PRICE = new Decimal('1e30');
/** No pool charges more than 10 %. */
export const MAX_FEE_TIER = new Decimal('0.1');
/** Year 3000 in unix seconds: later candle times are garbage. */
const MAX_UNIX_SECONDS = new Decimal('32503680000');
/** Pools launched before Ethereum went live are not pools (2015-07-30). */
const EARLIEST_POOL_MS = Date.UTC(2015, 6, 30);
/** Clock skew tolerated between the API's server and this machine. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,4})?$/;
const MAX_NUMBER_TEXT = 64;

/**
 * A number from an API: a finite JSON number (via `String(n)`, the shortest round-trip text) or a plain decimal
 * string. Null for anything else: null, booleans, hex ("0x10", which decimal.js would accept), "NaN",
 * "Infinity", over-long text.
 */
export function apiDecimal(value: unknown): Decimal | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return null;
  }
  if (text.length === 0 || text.length > MAX_NUMBER_TEXT || !NUMBER_TEXT.test(text)) return null;
  const decimal = new Decimal(text);
  return decimal.isFinite() ? decimal : null;
}

/** A USD amount (TVL, volume): 0..1e12, or null. */
export function usdAmount(value: unknown): Decimal | null {
  const amount = apiDecimal(value);
  if (!amount) return null;
  if (amount.isZero()) return new Decimal(0); // also "-0"
  return amount.gt(0) && amount.lte(MAX_USD) ? amount : null;
}

/** A price: within [1e-30, 1e30], or null. */
export function price(value: unknown): Decimal | null {
  const decimal = apiDecimal(value);
  return decimal && isSanePrice(decimal) ? decimal : null;
}

export function isSanePrice(value: Decimal): boolean {
  return value.isFinite() && value.gte(MIN_PRICE) && value.lte(MAX_PRICE);
}

/** A Decimal as plain decimal text (no exponent), at most 40 significant digits. */
export function decimalString(value: Decimal): string {
  return value.toSignificantDigits(40).toFixed();
}

/** A creation time in ms: after Ethereum's launch and not in the future, else null. */
export function plausibleTime(ms: number, now: number): number | null {
  if (!Number.isSafeInteger(ms) || ms < EARLIEST_POOL_MS) return null;
  if (Number.isFinite(now) && ms > now + CLOCK_SKEW_MS) return null;
  return ms;
}

/**
 * Untrusted API text for display, cleaned like page text (controls, invisible and format characters removed,
 * white space folded) and capped at `max` UTF-16 units, the unit the schema's maxLength counts. Null when empty.
 */
export function capText(text: string, max: number): string | null {
  const cleaned = cleanPageText(text, max);
  return cleaned.length > 0 ? cleaned : null;
}

export interface PairSide {
  /** Token address as the API gives it. */
  address: string | null;
  /** Already passed through parseTokenSymbol. */
  symbol: string | null;
  /** USD price of this token. */
  priceUsd: Decimal | null;
  /** The token's decimals, where the API gives them (GeckoTerminal does; they let the chain read skip a round). */
  decimals?: number | null;
}

const EVM_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const SOLANA_ADDRESS = /^[1-9A-HJ-NP-Za-km-z]{32,44}$/;

/**
 * Which of the API's base/quote tokens is the contract's token0, or null when that cannot be known.
 * EVM (Uniswap-style): token0 is the lower address. Solana: programs order their mints in ways the API does not
 * tell us, so the API's base is taken as token0, as the brief for these providers asks (the figures are then
 * consistent with each other, but another source may order the same pool the other way).
 */
export function baseIsToken0(baseAddress: string | null, quoteAddress: string | null): boolean | null {
  if (!baseAddress || !quoteAddress) return null;
  if (EVM_ADDRESS.test(baseAddress) && EVM_ADDRESS.test(quoteAddress)) {
    const base = baseAddress.toLowerCase();
    const quote = quoteAddress.toLowerCase();
    return base === quote ? null : base < quote;
  }
  if (SOLANA_ADDRESS.test(baseAddress) && SOLANA_ADDRESS.test(quoteAddress) && baseAddress !== quoteAddress)
    return true;
  return null;
}

/**
 * The order-dependent figures (symbols, price of token0 in token1, token1's USD price) from base/quote data.
 * If the order cannot be known, none of them: a price the wrong way round is worse than no price.
 */
export function inContractOrder(base: PairSide, quote: PairSide, baseInQuote: Decimal | null): PoolFigures {
  const order = baseIsToken0(base.address, quote.address);
  if (order === null) return {};
  const [token0, token1] = order ? [base, quote] : [quote, base];
  const figures: PoolFigures = {};
  if (token0.symbol) figures.symbol0 = token0.symbol;
  if (token1.symbol) figures.symbol1 = token1.symbol;
  if (baseInQuote && isSanePrice(baseInQuote)) {
    const token0InToken1 = order ? baseInQuote : new Decimal(1).div(baseInQuote);
    if (isSanePrice(token0InToken1)) figures.price = decimalString(token0InToken1);
  }
  if (token1.priceUsd && isSanePrice(token1.priceUsd)) figures.token1PriceUsd = decimalString(token1.priceUsd);
  if (typeof token0.decimals === 'number' && typeof token1.decimals === 'number')
    Object.assign(figures, { decimals0: token0.decimals, decimals1: token1.decimals });
  return figures;
}

export const MALFORMED: unique symbol = Symbol('malformed JSON');

/** The body as parsed JSON: a string is parsed (a raw response text), anything else is taken as already parsed. */
export function readJson(json: unknown): unknown {
  if (typeof json !== 'string') return json;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return MALFORMED;
  }
}

export function failure(provider: ProviderId, reason: Said): ProviderResult {
  return { ok: false, provider, reason };
}

/**
 * Last line of defence: every figure is checked against its own PoolFiguresSchema entry and dropped if it fails,
 * so the result always validates. No figure at all is a failure with `emptyReason`.
 */
export function success(provider: ProviderId, now: number, figures: PoolFigures, emptyReason: Said): ProviderResult {
  const checked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(figures) as [FigureName, unknown][]) {
    if (value === undefined || !Object.hasOwn(PoolFiguresSchema.entries, key)) continue;
    if (v.is(PoolFiguresSchema.entries[key], value)) checked[key] = value;
  }
  if (Object.keys(checked).length === 0) return failure(provider, emptyReason);
  const fetchedAt = Number.isFinite(now) ? Math.max(0, Math.trunc(now)) : 0;
  return { ok: true, provider, fetchedAt, figures: checked as PoolFigures };
}
