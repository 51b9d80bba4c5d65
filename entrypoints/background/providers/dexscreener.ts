/**
 * DexScreener's key-less API (https://api.dexscreener.com/latest/dex/pairs/{chainId}/{pairAddress}): URL and a
 * pure parser, no fetch. Same rules as the GeckoTerminal parser (shared helpers): untrusted body, each figure
 * read on its own, left out when missing or absurd, contract token order. DexScreener gives no fee tier.
 */
import * as v from 'valibot';
import type { ChainId } from '../../../core/index';
import { parseTokenSymbol } from '../../../core/index';
import type { PoolFigures, ProviderResult } from '../../../lib/messages/pool-data';
import type { PoolTarget } from '../pool-target';
import { httpJsonProvider } from './provider';
import {
  MALFORMED,
  apiDecimal,
  capText,
  decimalString,
  failure,
  inContractOrder,
  isSanePrice,
  plausibleTime,
  price,
  readJson,
  success,
  usdAmount,
  type PairSide,
} from './geckoterminal';
import { lt } from '../../../lib/i18n/localized-text';

const PROVIDER = 'dexscreener';
const API = 'https://api.dexscreener.com/latest/dex/pairs';
const UNKNOWN_POOL = lt('worker.reason.apiUnknownPool', { provider: 'DexScreener' });

/** DexScreener's chain ids (the same spellings the DexScreener site detector reads from page URLs). */
export const DEXSCREENER_CHAINS: Partial<Record<ChainId, string>> = {
  ethereum: 'ethereum',
  bsc: 'bsc',
  arbitrum: 'arbitrum',
  'arbitrum-nova': 'arbitrumnova',
  base: 'base',
  polygon: 'polygon',
  'polygon-zkevm': 'polygonzkevm',
  solana: 'solana',
  optimism: 'optimism',
  avalanche: 'avalanche',
  fantom: 'fantom',
  cronos: 'cronos',
  gnosis: 'gnosischain',
  zksync: 'zksync',
  linea: 'linea',
  blast: 'blast',
  scroll: 'scroll',
  mantle: 'mantle',
  sonic: 'sonic',
  unichain: 'unichain',
  celo: 'celo',
  zora: 'zora',
  berachain: 'berachain',
  abstract: 'abstract',
  metis: 'metis',
  moonbeam: 'moonbeam',
  aurora: 'aurora',
  kava: 'kava',
  opbnb: 'opbnb',
  mode: 'mode',
  ink: 'ink',
  soneium: 'soneium',
  worldchain: 'worldchain',
  hyperevm: 'hyperevm',
};

/** The pair endpoint. Null if DexScreener has no id for the chain. */
export function dexScreenerPairUrl({ chain, address }: PoolTarget): string | null {
  const chainId = Object.hasOwn(DEXSCREENER_CHAINS, chain) ? DEXSCREENER_CHAINS[chain] : undefined;
  return chainId ? `${API}/${chainId}/${encodeURIComponent(address)}` : null;
}

/** The fallback when GeckoTerminal has no fresh answer; DexScreener publishes 300 pair requests a minute. */
export const dexScreenerPair = httpJsonProvider({
  id: PROVIDER,
  name: 'DexScreener API',
  hosts: ['api.dexscreener.com'],
  limit: { burst: 10, perMinute: 250, publishedPerMinute: 300 },
  ttlMs: 5 * 60_000,
  fallbackFor: 'geckoterminal',
  request: dexScreenerPairUrl,
  parse: (json, target, now) => parseDexScreenerPair(json, target.address, now),
  unsupported: lt('worker.reason.chainNotCovered', { provider: 'DexScreener' }),
});

const leaf = v.optional(v.unknown());
const token = v.fallback(v.optional(v.looseObject({ address: leaf, symbol: leaf })), undefined);

const DexScreenerPairSchema = v.looseObject({
  pairAddress: v.string(),
  dexId: leaf,
  labels: leaf,
  baseToken: token,
  quoteToken: token,
  priceNative: leaf,
  priceUsd: leaf,
  volume: v.fallback(v.optional(v.looseObject({ h24: leaf })), undefined),
  liquidity: v.fallback(v.optional(v.looseObject({ usd: leaf })), undefined),
  pairCreatedAt: leaf,
});
type DexScreenerPair = v.InferOutput<typeof DexScreenerPairSchema>;

/** `pairs` is the list (null when unknown); the older single `pair` is read too when there is no list. */
const DexScreenerBodySchema = v.looseObject({
  pairs: v.fallback(v.optional(v.nullable(v.array(v.unknown()))), undefined),
  pair: leaf,
});

const HEX = /^0x[0-9a-fA-F]+$/;

/**
 * EVM addresses and pool ids compare without case. Base58 (Solana) is case-sensitive, except that a query with no
 * capitals at all is one that lost its case (DexScreener lower-cases Solana addresses in its own links).
 */
function sameAddress(pairAddress: string, address: string): boolean {
  if (pairAddress === address) return true;
  if (HEX.test(pairAddress) && HEX.test(address)) return pairAddress.toLowerCase() === address.toLowerCase();
  return address === address.toLowerCase() && pairAddress.toLowerCase() === address;
}

/** Pair response -> figures in contract order for the pair whose address is `address`. Never throws. */
export function parseDexScreenerPair(json: unknown, address: string, now: number): ProviderResult {
  try {
    const body = readJson(json);
    if (body === MALFORMED) return failure(PROVIDER, lt('worker.reason.apiMalformed', { provider: 'DexScreener' }));
    const parsed = v.safeParse(DexScreenerBodySchema, body);
    if (!parsed.success || Array.isArray(body))
      return failure(PROVIDER, lt('worker.reason.apiNoPairData', { provider: 'DexScreener' }));
    const candidates = parsed.output.pairs ?? (parsed.output.pair === undefined ? [] : [parsed.output.pair]);
    let pair: DexScreenerPair | null = null;
    for (const candidate of candidates) {
      const result = v.safeParse(DexScreenerPairSchema, candidate);
      if (result.success && typeof address === 'string' && sameAddress(result.output.pairAddress, address)) {
        pair = result.output;
        break;
      }
    }
    if (!pair) return failure(PROVIDER, UNKNOWN_POOL);
    return success(
      PROVIDER,
      now,
      pairFigures(pair, now),
      lt('worker.reason.apiNoUsableFigures', { provider: 'DexScreener' }),
    );
  } catch {
    // Unreachable by design; kept so a parser bug can never take the worker down.
    return failure(PROVIDER, lt('worker.reason.apiUnreadable', { provider: 'DexScreener' }));
  }
}

function pairFigures(pair: DexScreenerPair, now: number): PoolFigures {
  const figures: PoolFigures = {};
  const tvl = usdAmount(pair.liquidity?.usd);
  if (tvl) figures.tvlUsd = decimalString(tvl);
  const volume = usdAmount(pair.volume?.h24);
  if (volume) figures.volume24hUsd = decimalString(volume);

  const created = apiDecimal(pair.pairCreatedAt);
  if (created?.isInteger() && created.abs().lt(Number.MAX_SAFE_INTEGER)) {
    const createdAt = plausibleTime(created.toNumber(), now);
    if (createdAt !== null) figures.createdAt = createdAt;
  }

  // "uniswap" + labels ["v3"] -> "uniswap v3".
  if (typeof pair.dexId === 'string' && pair.dexId.length <= 100) {
    const label =
      Array.isArray(pair.labels) && typeof pair.labels[0] === 'string' && pair.labels[0].length <= 100
        ? pair.labels[0]
        : '';
    const dex = capText(`${pair.dexId} ${label}`, 40);
    if (dex) figures.dex = dex;
  }

  // priceNative = base in quote; priceUsd = base in USD, so the quote's USD price is priceUsd / priceNative.
  const baseInQuote = price(pair.priceNative);
  const baseUsd = price(pair.priceUsd);
  const quoteUsd = baseUsd && baseInQuote ? baseUsd.div(baseInQuote) : null;
  const base: PairSide = {
    address: tokenAddress(pair.baseToken?.address),
    symbol: tokenSymbol(pair.baseToken?.symbol),
    priceUsd: baseUsd,
  };
  const quote: PairSide = {
    address: tokenAddress(pair.quoteToken?.address),
    symbol: tokenSymbol(pair.quoteToken?.symbol),
    priceUsd: quoteUsd && isSanePrice(quoteUsd) ? quoteUsd : null,
  };
  Object.assign(figures, inContractOrder(base, quote, baseInQuote));
  return figures;
}

function tokenAddress(value: unknown): string | null {
  return typeof value === 'string' && value.length <= 100 ? value : null;
}

/** Cleaned and checked by core's parseTokenSymbol, exactly as a symbol read from a page. */
function tokenSymbol(value: unknown): string | null {
  return typeof value === 'string' && value.length <= 200 ? parseTokenSymbol(value) : null;
}
