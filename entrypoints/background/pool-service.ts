/**
 * Detected page or typed address -> live pool figures, each with its source and age. Providers are tried
 * in a fixed order (on-chain reads first for what they know exactly, GeckoTerminal, then DexScreener as the
 * fallback); results are cached per provider, so a failing provider degrades to its last good answer.
 */
import * as v from 'valibot';
import { parseEvmAddress, realisedVolatility, type ChainId, type PoolPageRef } from '../../core/index';
import {
  PoolFiguresSchema,
  PROVIDER_NAMES,
  type FigureName,
  type FigureSource,
  type PoolFigures,
  type PoolSnapshot,
  type ProviderId,
  type ProviderResult,
  type Position,
} from '../../lib/messages/pool-data';
import { ageOf } from '../../lib/present/format';
import type { CachedValue, LoadCache, LoadResult } from './cache';
import { describeProblem, type HttpClient } from './http';
import { geckoOhlcvUrl, geckoPoolUrl, parseGeckoOhlcv, parseGeckoPool } from './providers/geckoterminal';
import { dexScreenerPairUrl, parseDexScreenerPair } from './providers/dexscreener';
import { fetchRpcPool } from './providers/rpc';
import { findPairPool, pairPoolCall } from './providers/factory';
import { readV3Position, supportsV3Positions, type V3Position } from './providers/position';

export interface PoolTarget {
  chain: ChainId;
  /** EVM address (lower case), 32-byte pool id, or Solana address. */
  address: string;
}

/** TTLs: pool stats move by the minute; daily candles and on-chain state less often for our purpose. */
export const TTL_MS = { stats: 5 * 60_000, candles: 6 * 60 * 60_000, chain: 60_000, poolAddress: 24 * 60 * 60_000 } as const;
/** No answer to the UI takes longer than this. */
export const LOOKUP_DEADLINE_MS = 8_000;

export type TargetResolution =
  | { ok: true; target: PoolTarget; position?: Position }
  /** A pair page: the pool can still be found on chain, through the DEX's factory (see `resolvePair`). */
  | { ok: false; reason: string; pair?: Extract<PoolPageRef['pool'], { type: 'pair' }>; site?: PoolPageRef['site']; chain?: ChainId };

/** Which pool to fetch for a detected page, or a plain reason why the URL alone cannot say. */
export function resolveTarget(ref: PoolPageRef): TargetResolution {
  if (ref.chain === null) return { ok: false, reason: 'The URL does not name the chain.' };
  const chain = ref.chain;
  const pool = ref.pool;
  switch (pool.type) {
    case 'address':
      return { ok: true, target: { chain, address: pool.address } };
    case 'pool-id':
      // A Balancer v2 id embeds the pool contract; v4 / Infinity ids are what the APIs index those pools by.
      return { ok: true, target: { chain, address: pool.address ?? pool.id } };
    case 'solana-address':
      return { ok: true, target: { chain, address: pool.address } };
    case 'position':
      return pool.pool
        ? { ok: true, target: { chain, address: pool.pool } }
        : { ok: false, reason: 'A position page names a token id, not its pool: reading the position on chain is not supported yet.' };
    case 'curve-name':
      return { ok: false, reason: `Curve names pools ("${pool.name}"); resolving the name needs Curve's API, which is not connected. Look the pool up by address instead.` };
    case 'pair':
      return { ok: false, pair: pool, site: ref.site, chain, reason: 'This page names a token pair, not a pool.' };
    case 'solana-address-lowercased':
      return { ok: false, reason: 'This link has the Solana address in lower case, which loses its spelling: look the pool up by its exact address.' };
    case 'solana-position':
      return { ok: false, reason: 'A Solana position page is not supported yet: look the pool up by address.' };
  }
  return { ok: false, reason: 'This page does not name a pool the extension can look up.' };
}

export interface PoolServiceDeps {
  http: HttpClient;
  cache: LoadCache;
  now(): number;
  rpcUrlFor(chain: ChainId): Promise<string | null>;
}

export type PoolLookup =
  | { status: 'ok'; snapshot: PoolSnapshot; notes: string[] }
  | { status: 'unavailable'; notes: string[] };

const ProviderFiguresSchema = v.object({ provider: v.string(), fetchedAt: v.number(), figures: PoolFiguresSchema });
type StoredFigures = { provider: ProviderId; fetchedAt: number; figures: PoolFigures };
const validateStored = (value: unknown): StoredFigures | null => {
  const parsed = v.safeParse(ProviderFiguresSchema, value);
  return parsed.success ? (parsed.output as StoredFigures) : null;
};


export class PoolService {
  constructor(private readonly deps: PoolServiceDeps) {}

  /** The pool behind a detected page: from the URL, or for a pair page from the DEX's factory (cached a day). */
  async resolve(ref: PoolPageRef): Promise<TargetResolution> {
    const { pool } = ref;
    if (pool.type === 'position' && ref.site === 'uniswap' && pool.protocolVersion === 'v3' && ref.chain && supportsV3Positions(ref.chain)) {
      return this.resolvePosition(ref.chain, pool.tokenId);
    }
    const resolved = resolveTarget(ref);
    if (resolved.ok || !resolved.pair || !resolved.site || !resolved.chain) return resolved;
    const { pair, site, chain } = resolved;
    const call = pairPoolCall(site, chain, pair);
    if ('reason' in call) return { ok: false, reason: call.reason };
    const rpcUrl = await this.deps.rpcUrlFor(chain);
    if (!rpcUrl) return { ok: false, reason: `No RPC endpoint is set for ${chain}.` };
    const key = `factory:${chain}:${call.to}:${call.data}`;
    const found = await this.deps.cache.get(key, TTL_MS.poolAddress, (v) => (typeof v === 'string' && /^0x[0-9a-f]{40}$/.test(v) ? v : null), async () => {
      const result = await findPairPool(this.deps.http, rpcUrl, call, this.deps.now() + LOOKUP_DEADLINE_MS);
      return result.ok ? { ok: true, value: result.address, fetchedAt: this.deps.now() } : { ok: false, problem: result.reason };
    });
    return found.state === 'unavailable' ? { ok: false, reason: found.problem } : { ok: true, target: { chain, address: found.value } };
  }

  /** A Uniswap v3 position: its pool, range and liquidity from the position manager (cached a minute). */
  private async resolvePosition(chain: ChainId, tokenId: string): Promise<TargetResolution> {
    const rpcUrl = await this.deps.rpcUrlFor(chain);
    if (!rpcUrl) return { ok: false, reason: `No RPC endpoint is set for ${chain}.` };
    const validate = (v: unknown): V3Position | null =>
      v && typeof v === 'object' && 'pool' in v && 'tickLower' in v && 'tickUpper' in v && 'liquidityRaw' in v ? (v as V3Position) : null;
    const found = await this.deps.cache.get(`position:${chain}:${tokenId}`, TTL_MS.chain, validate, async () => {
      const result = await readV3Position(this.deps.http, rpcUrl, chain, tokenId, this.deps.now() + LOOKUP_DEADLINE_MS);
      return result.ok ? { ok: true, value: result.position, fetchedAt: this.deps.now() } : { ok: false, problem: result.reason };
    });
    if (found.state === 'unavailable') return { ok: false, reason: found.problem };
    const { pool, tickLower, tickUpper, liquidityRaw } = found.value;
    return { ok: true, target: { chain, address: pool }, position: { tokenId, tickLower, tickUpper, liquidityRaw } };
  }

  async lookup(target: PoolTarget): Promise<PoolLookup> {
    const deadline = this.deps.now() + LOOKUP_DEADLINE_MS;
    const rpcUrl = parseEvmAddress(target.address) ? await this.deps.rpcUrlFor(target.chain) : null;
    const [gecko, candles, chain] = await Promise.all([
      this.cached('geckoterminal', `gt:pool:${target.chain}:${target.address}`, TTL_MS.stats, () => this.gecko(target, deadline)),
      this.cached('geckoterminal', `gt:ohlcv:${target.chain}:${target.address}`, TTL_MS.candles, () => this.volatility(target, deadline)),
      rpcUrl ? this.cached('rpc', `rpc:${target.chain}:${target.address}`, TTL_MS.chain, () => fetchRpcPool(this.deps.http, { ...target, rpcUrl }, deadline, this.deps.now)) : null,
    ]);
    const fallback =
      gecko.state === 'fresh'
        ? null
        : await this.cached('dexscreener', `ds:pool:${target.chain}:${target.address}`, TTL_MS.stats, () => this.dexScreener(target, deadline));
    // Earlier entries win a figure: exact on-chain reads, fresh API data, then stale API data.
    const ordered = [fresh(chain), fresh(gecko), fresh(fallback), fresh(candles), stale(chain), stale(gecko), stale(fallback), stale(candles)];
    const snapshot = merge(target, ordered.filter((x): x is StoredFigures => x !== null));
    const notes = [gecko, candles, fallback, chain].flatMap((result) => (result ? noteFor(result, this.deps.now()) : []));
    if (Object.keys(snapshot.figures).length === 0) return { status: 'unavailable', notes };
    return { status: 'ok', snapshot, notes };
  }

  private cached(provider: ProviderId, key: string, ttl: number, load: () => Promise<ProviderResult>): Promise<CachedValue<StoredFigures> & { provider: ProviderId }> {
    const asLoad = async (): Promise<LoadResult<StoredFigures>> => {
      const result = await load();
      return result.ok ? { ok: true, value: { provider: result.provider, fetchedAt: result.fetchedAt, figures: result.figures }, fetchedAt: result.fetchedAt } : { ok: false, problem: result.reason };
    };
    return this.deps.cache.get(key, ttl, validateStored, asLoad).then((value) => ({ ...value, provider }));
  }

  private async gecko(target: PoolTarget, deadline: number): Promise<ProviderResult> {
    const url = geckoPoolUrl(target.chain, target.address);
    if (!url) return { ok: false, provider: 'geckoterminal', reason: 'chain not covered by GeckoTerminal' };
    const outcome = await this.deps.http.json(url, { deadline });
    if (!outcome.ok) return { ok: false, provider: 'geckoterminal', reason: describeProblem(outcome.problem) };
    return parseGeckoPool(outcome.json, this.deps.now());
  }

  /** Realised volatility of the pool price from up to 31 daily closes (GeckoTerminal OHLCV). */
  private async volatility(target: PoolTarget, deadline: number): Promise<ProviderResult> {
    const url = geckoOhlcvUrl(target.chain, target.address);
    if (!url) return { ok: false, provider: 'geckoterminal', reason: 'chain not covered by GeckoTerminal' };
    const outcome = await this.deps.http.json(url, { deadline });
    if (!outcome.ok) return { ok: false, provider: 'geckoterminal', reason: `daily candles: ${describeProblem(outcome.problem)}` };
    const candles = parseGeckoOhlcv(outcome.json);
    if (!candles.ok) return { ok: false, provider: 'geckoterminal', reason: candles.reason };
    const sigma = realisedVolatility(candles.closes);
    return {
      ok: true,
      provider: 'geckoterminal',
      fetchedAt: this.deps.now(),
      figures: { volatility: sigma.toSignificantDigits(12).toString(), volatilityDays: candles.closes.length },
    };
  }

  private async dexScreener(target: PoolTarget, deadline: number): Promise<ProviderResult> {
    const url = dexScreenerPairUrl(target.chain, target.address);
    if (!url) return { ok: false, provider: 'dexscreener', reason: 'chain not covered by DexScreener' };
    const outcome = await this.deps.http.json(url, { deadline });
    if (!outcome.ok) return { ok: false, provider: 'dexscreener', reason: describeProblem(outcome.problem) };
    return parseDexScreenerPair(outcome.json, target.address, this.deps.now());
  }
}

type Cached = (CachedValue<StoredFigures> & { provider: ProviderId }) | null;
/** The cache entry's time is the one that counts (it is what expires), so it is what the UI shows. */
const pick = (value: Cached, state: 'fresh' | 'stale'): StoredFigures | null =>
  value && value.state === state ? { ...value.value, fetchedAt: value.fetchedAt } : null;
const fresh = (value: Cached) => pick(value, 'fresh');
const stale = (value: Cached) => pick(value, 'stale');

function merge(target: PoolTarget, results: StoredFigures[]): PoolSnapshot {
  const figures: Record<string, unknown> = {};
  const sources: Partial<Record<FigureName, FigureSource>> = {};
  // Every provider reports in the pool contract's token order (token0 = lower address on EVM), which is
  // what lets figures from different providers sit side by side.
  for (const result of results) {
    for (const [name, value] of Object.entries(result.figures) as [FigureName, unknown][]) {
      if (value === undefined || name in figures) continue;
      figures[name] = value;
      sources[name] = { provider: result.provider, fetchedAt: result.fetchedAt };
    }
  }
  return { chain: target.chain, address: target.address, figures: figures as PoolFigures, sources: sources as PoolSnapshot['sources'] };
}

function noteFor(result: CachedValue<StoredFigures> & { provider: ProviderId }, now: number): string[] {
  const name = PROVIDER_NAMES[result.provider];
  if (result.state === 'stale') return [`${name}: ${result.problem}; showing its data from ${ageOf(now - result.fetchedAt)} ago.`];
  if (result.state === 'unavailable') return [`${name}: ${result.problem}.`];
  return [];
}
