/**
 * DefiLlama Yields as the reward fallback: `GET https://yields.llama.fi/pools` (no key; DefiLlama/api-docs
 * llms-free.txt, "Yields & APY", GET /pools) lists every pool DefiLlama tracks as `{ status, data: [{ chain,
 * project, symbol, tvlUsd, apyBase, apyReward, apy, rewardTokens, pool, poolMeta, underlyingTokens, … }] }`, where
 * `pool` is DefiLlama's own id (a uuid, not the contract), `poolMeta` carries the fee tier of concentrated pools
 * ("0.05%"), APYs are percent and `rewardTokens` / `underlyingTokens` are token addresses.
 *
 * The list is tens of MB, so it is never fetched per page view: at most every few hours, into a compact index of
 * the pools that pay rewards (apyReward > 0) on the chains and DEXes we map, keyed by chain and sorted token
 * addresses, kept in the extension's cache (the index, never the raw list). A pool is matched by chain, project
 * (our DEX id -> DefiLlama's project slug), tokens and fee tier; two candidates that cannot be told apart give
 * nothing. DefiLlama names reward tokens by address only: the label text is the shortened address.
 */
import { lt, type Said } from '../../../lib/i18n/localized-text';
import * as v from 'valibot';
import { Decimal, type ChainId } from '../../../core/index';
import type { PoolFigures, ProviderResult } from '../../../lib/messages/pool-data';
import type { RewardStream } from '../../../lib/messages/pool-extras';
import { describeProblem } from '../http';
import type { PoolTarget } from '../pool-target';
import { chainFromYieldsName, llamaChain } from './defillama-chains';
import { apiDecimal, decimalString, failure, success } from './geckoterminal';
import type { PoolDataProvider, ProviderContext } from './provider';
import { shortAddress } from './short-address';

const PROVIDER = 'defillama-yields';
export const YIELDS_POOLS_URL = 'https://yields.llama.fi/pools';
/** DefiLlama refreshes yields about hourly; a few hours old is fine for a fallback reward rate. */
export const INDEX_TTL_MS = 4 * 60 * 60_000;
/** The cache key of the index; the version changes when the index's shape does. */
export const INDEX_KEY = 'defillama-yields:index:v1';
/** The list runs to tens of MB; the client's usual 2 MB cap is raised for this one request only. */
const POOLS_MAX_BODY_BYTES = 64 * 1024 * 1024;
/** A download that big gets its own time (the cache's backstop is 30 s), not the page lookup's 8 s. */
const INDEX_DOWNLOAD_MS = 28_000;
const EVM_ADDRESS = /^0x[0-9a-f]{40}$/;
const MIN_INDEX_WAIT_MS = 250;

/** DefiLlama's project slugs for the DEX ids other providers report (GeckoTerminal's, or "uniswap_v4"). */
const PROJECTS: readonly [RegExp, string][] = [
  [/^uniswap[-_]v4/, 'uniswap-v4'],
  [/^uniswap[-_]v3/, 'uniswap-v3'],
  [/^uniswap[-_]v2/, 'uniswap-v2'],
  [/^pancakeswap[-_](v3|infinity)/, 'pancakeswap-amm-v3'],
  [/^pancakeswap/, 'pancakeswap-amm'],
  [/^sushiswap[-_]v3/, 'sushiswap-v3'],
  [/^sushiswap/, 'sushiswap'],
  [/^aerodrome[-_]slipstream/, 'aerodrome-slipstream'],
  [/^aerodrome/, 'aerodrome-v1'],
  [/^velodrome[-_](finance[-_])?slipstream/, 'velodrome-slipstream'],
  [/^velodrome/, 'velodrome-v2'],
  [/^curve/, 'curve-dex'],
  [/^balancer[-_]v3/, 'balancer-v3'],
  [/^balancer/, 'balancer-v2'],
  [/^camelot[-_]v3/, 'camelot-v3'],
];
const KNOWN_PROJECTS = new Set(PROJECTS.map(([, project]) => project));

export function llamaProjectFor(dex: string): string | null {
  const id = dex.toLowerCase();
  return PROJECTS.find(([pattern]) => pattern.test(id))?.[1] ?? null;
}

/** One rewarded pool, as much of it as matching and the figure need. Numbers stay decimal text. */
export interface IndexedPool {
  project: string;
  symbol: string;
  /** The fee tier read from poolMeta, as a fraction ("0.0005"), or null when poolMeta names none. */
  feeTier: string | null;
  poolMeta: string | null;
  /** Percent, as DefiLlama gives it. */
  apyRewardPercent: string;
  rewardTokens: string[];
  tvlUsd: string | null;
  /** DefiLlama's pool id. */
  pool: string;
}

/** `${chain}:${sorted lower-case token addresses joined by ","}` -> the rewarded pools on those tokens. */
export type YieldsIndex = Record<string, IndexedPool[]>;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const IndexedPoolSchema = v.object({
  project: text(60),
  symbol: text(80),
  feeTier: v.nullable(text(40)),
  poolMeta: v.nullable(text(80)),
  apyRewardPercent: text(40),
  rewardTokens: v.pipe(v.array(v.pipe(v.string(), v.regex(EVM_ADDRESS))), v.maxLength(8)),
  tvlUsd: v.nullable(text(40)),
  pool: text(80),
});
const YieldsIndexSchema = v.record(v.string(), v.array(IndexedPoolSchema));

export function indexKey(chain: ChainId, tokens: readonly string[]): string {
  return `${chain}:${[...tokens]
    .map((t) => t.toLowerCase())
    .sort()
    .join(',')}`;
}

/** "0.05%" -> "0.0005"; null when poolMeta names no fee ("Supply", "Junior Tranche", null). */
export function feeTierFromMeta(poolMeta: unknown): string | null {
  if (typeof poolMeta !== 'string' || poolMeta.length > 80) return null;
  const match = /(?:^|[^\d.])(\d{1,2}(?:\.\d{1,4})?)\s*%/.exec(poolMeta);
  if (!match) return null;
  const fraction = new Decimal(match[1]!).div(100);
  return fraction.gt(0) && fraction.lte('0.1') ? fraction.toString() : null;
}

const lowerAddresses = (value: unknown): string[] | null => {
  if (!Array.isArray(value) || value.length > 8) return null;
  const out: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') return null;
    const lower = item.toLowerCase();
    if (!EVM_ADDRESS.test(lower)) return null;
    out.push(lower);
  }
  return out;
};

/**
 * The yields list -> the compact index. Never throws; rows of the wrong shape are skipped one by one. Kept: pools
 * paying rewards (apyReward > 0) on a chain and project we map, whose underlying tokens are 2 to 8 EVM addresses.
 */
export function buildYieldsIndex(
  json: unknown,
): { ok: true; index: YieldsIndex; pools: number } | { ok: false; reason: string } {
  try {
    const data = json && typeof json === 'object' ? (json as { data?: unknown }).data : undefined;
    if (!Array.isArray(data)) return { ok: false, reason: 'DefiLlama returned no yields list' };
    const index: YieldsIndex = {};
    let pools = 0;
    for (const row of data) {
      if (!row || typeof row !== 'object') continue;
      const item = row as Record<string, unknown>;
      if (typeof item.project !== 'string' || !KNOWN_PROJECTS.has(item.project)) continue;
      if (typeof item.chain !== 'string' || item.chain.length > 40) continue;
      const chain = chainFromYieldsName(item.chain);
      if (!chain) continue;
      const reward = apiDecimal(item.apyReward);
      if (!reward?.gt(0) || reward.gt(1e5)) continue;
      const tokens = lowerAddresses(item.underlyingTokens);
      if (!tokens || tokens.length < 2 || new Set(tokens).size !== tokens.length) continue;
      if (typeof item.pool !== 'string' || item.pool.length === 0 || item.pool.length > 80) continue;
      const rewardTokens = [...new Set((lowerAddresses(item.rewardTokens ?? []) ?? []).slice(0, 8))];
      const tvl = apiDecimal(item.tvlUsd);
      const poolMeta = typeof item.poolMeta === 'string' && item.poolMeta.length <= 80 ? item.poolMeta : null;
      const entry: IndexedPool = {
        project: item.project,
        symbol: typeof item.symbol === 'string' ? item.symbol.slice(0, 80) : '',
        feeTier: feeTierFromMeta(poolMeta),
        poolMeta,
        apyRewardPercent: decimalString(reward),
        rewardTokens,
        tvlUsd: tvl && !tvl.isNegative() ? decimalString(tvl) : null,
        pool: item.pool,
      };
      const key = indexKey(chain, tokens);
      const listed = index[key];
      if (listed) listed.push(entry);
      else index[key] = [entry];
      pools += 1;
    }
    return { ok: true, index, pools };
  } catch {
    return { ok: false, reason: 'DefiLlama returned a yields list that could not be read' };
  }
}

export interface PoolQuery {
  chain: ChainId;
  tokens: readonly string[];
  project: string;
  /** Our pool's fee tier as a fraction, or null when no provider knows it. */
  feeTier: string | null;
}

/** The one indexed pool that is ours, or why none is (not listed, or several that cannot be told apart). */
export function matchYieldsPool(
  index: YieldsIndex,
  query: PoolQuery,
): { ok: true; pool: IndexedPool } | { ok: false; reason: string } {
  const listed = Object.hasOwn(index, indexKey(query.chain, query.tokens))
    ? index[indexKey(query.chain, query.tokens)]!
    : [];
  const candidates = listed.filter((pool) => pool.project === query.project);
  if (candidates.length === 0) return { ok: false, reason: 'DefiLlama lists no reward APR for this pool' };
  const sameFee = (pool: IndexedPool) =>
    query.feeTier !== null && pool.feeTier !== null && new Decimal(pool.feeTier).eq(query.feeTier);
  const byFee = candidates.filter(sameFee);
  if (byFee.length === 1) return { ok: true, pool: byFee[0]! };
  if (byFee.length > 1)
    return { ok: false, reason: 'DefiLlama lists several such pools on this fee tier; none is taken' };
  // No fee-tier match: one candidate that names no fee tier at all is still this pool (v2-style pools have one per pair).
  if (candidates.length === 1 && candidates[0]!.feeTier === null) return { ok: true, pool: candidates[0]! };
  if (query.feeTier === null)
    return { ok: false, reason: 'the fee tier is unknown, so DefiLlama’s pools on this pair cannot be told apart' };
  return { ok: false, reason: 'DefiLlama lists this pair’s rewards on other fee tiers only' };
}

/** The matched pool as a reward stream: DefiLlama's apyReward, its reward tokens by address, no end date. */
export function streamFrom(pool: IndexedPool): RewardStream {
  const tokens = pool.rewardTokens;
  const joined = tokens.map(shortAddress).join('+');
  const symbol = tokens.length === 0 ? 'unnamed' : joined.length <= 24 ? joined : `${tokens.length} tokens`;
  const meta = pool.poolMeta ? ` ${pool.poolMeta}` : '';
  return {
    symbol,
    ...(tokens.length === 1 ? { token: tokens[0]! } : {}),
    apr: decimalString(new Decimal(pool.apyRewardPercent).div(100)),
    endsAt: null,
    needsStaking: null,
    label: `DefiLlama yields: ${pool.project}${meta}`.slice(0, 80),
  };
}

/** The first of these peers' answers that has the figure. */
async function fromPeers<T>(
  peer: ProviderContext['peer'],
  ids: readonly string[],
  pick: (figures: PoolFigures) => T | undefined,
): Promise<T | null> {
  for (const id of ids) {
    const figures = await peer(id);
    const value = figures ? pick(figures) : undefined;
    if (value !== undefined) return value;
  }
  return null;
}

const NEVER_ABORTED = new AbortController().signal;

/** The index from the cache, or downloaded and built (shared by every lookup that asks while it loads). */
async function loadIndex(
  context: ProviderContext,
): Promise<{ ok: true; index: YieldsIndex; fetchedAt: number } | { ok: false; reason: Said }> {
  const download = async () => {
    // Not tied to the page that asked: a download most of the way through is worth finishing for the next page.
    const outcome = await context.http.json(YIELDS_POOLS_URL, {
      deadline: context.now() + INDEX_DOWNLOAD_MS,
      attemptTimeoutMs: INDEX_DOWNLOAD_MS,
      maxAttempts: 1,
      maxBodyBytes: POOLS_MAX_BODY_BYTES,
      priority: 'background',
      signal: NEVER_ABORTED,
    });
    if (!outcome.ok)
      return {
        ok: false as const,
        problem: lt('worker.problem.prefixed', { prefix: 'yields list: ', problem: describeProblem(outcome.problem) }),
      };
    const built = buildYieldsIndex(outcome.json);
    return built.ok
      ? { ok: true as const, value: built.index, fetchedAt: context.now() }
      : { ok: false as const, problem: built.reason };
  };
  const validate = (value: unknown) => {
    const parsed = v.safeParse(YieldsIndexSchema, value);
    return parsed.success ? parsed.output : null;
  };
  const running = context.cache
    ? context.cache
        .get(INDEX_KEY, INDEX_TTL_MS, validate, download)
        .then((answer) =>
          answer.state === 'unavailable'
            ? { ok: false as const, reason: answer.problem }
            : { ok: true as const, index: answer.value, fetchedAt: answer.fetchedAt },
        )
    : download().then((r) =>
        r.ok
          ? { ok: true as const, index: r.value, fetchedAt: r.fetchedAt }
          : { ok: false as const, reason: r.problem },
      );
  // The page's lookup does not wait for a download past its own deadline; the download goes on for the next one.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<{ ok: false; reason: Said }>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, reason: 'DefiLlama’s yields list is still loading; it is used from the next lookup' }),
      // At least a moment, so an index already in the cache is read even when the peers took the whole time.
      Math.max(MIN_INDEX_WAIT_MS, context.deadline - context.now()),
    );
  });
  return Promise.race([running, late]).finally(() => clearTimeout(timer));
}

export const defiLlamaYields: PoolDataProvider = {
  id: PROVIDER,
  name: 'DefiLlama Yields',
  hosts: ['yields.llama.fi'],
  // DefiLlama publishes no limit for its key-less API (DefiLlama/api-docs llms-free.txt: "no authentication
  // required", no rate stated). One download every few hours is all this host ever gets from us.
  limit: { burst: 1, perMinute: 1, publishedPerMinute: null },
  ttlMs: 60 * 60_000,
  covers: (target) => target.type !== 'solana-address' && llamaChain(target.chain) !== null,
  async load(target: PoolTarget, context: ProviderContext): Promise<ProviderResult> {
    const { peer } = context;
    const pick0 = (f: PoolFigures) =>
      f.token0Address && f.token1Address ? [f.token0Address, f.token1Address] : undefined;
    const [tokens, dex, feeTier] = await Promise.all([
      fromPeers(peer, ['rpc', 'uniswap-v4', 'geckoterminal', 'dexscreener'], pick0),
      fromPeers(peer, ['uniswap-v4', 'geckoterminal', 'dexscreener'], (f) => f.dex),
      fromPeers(peer, ['rpc', 'uniswap-v4', 'geckoterminal', 'dexscreener'], (f) => f.feeTier),
    ]);
    if (!tokens) return failure(PROVIDER, 'the pool’s token addresses are unknown, so DefiLlama cannot be matched');
    if (!dex) return failure(PROVIDER, 'the pool’s DEX is unknown, so DefiLlama cannot be matched');
    const project = llamaProjectFor(dex);
    if (!project) return failure(PROVIDER, 'this DEX is not matched against DefiLlama');
    const loaded = await loadIndex(context);
    if (!loaded.ok) return failure(PROVIDER, loaded.reason);
    const match = matchYieldsPool(loaded.index, { chain: target.chain, tokens, project, feeTier });
    if (!match.ok) return failure(PROVIDER, match.reason);
    // The figure is as old as the index it came from.
    return success(
      PROVIDER,
      loaded.fetchedAt,
      { llamaRewards: [streamFrom(match.pool)] },
      'DefiLlama’s reward figure failed its checks',
    );
  },
};
