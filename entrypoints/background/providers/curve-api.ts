/**
 * Curve's public API (api.curve.finance): a Curve page's pool name ("3pool", "factory-stable-ng-42") resolved
 * to its address, and the pool's figures as Curve itself shows them: TVL, coins, balances, A and the gauge's
 * rewards. URL and pure parsers here; the name lookup's cache lives in the pool service.
 *
 * Endpoint and shape, read from the sources (not guessed):
 * - `GET /v1/getPools/{blockchainId}/{registryId}` -> `{ success, data: { poolData: [...] } }`: curvefi/curve-api
 *   routes/_setup.js (files under routes/v1 are served under /v1) and routes/v1/getPools/[blockchainId]/[registryId].js
 *   (commit 02332a1; pages/api/getPools/index.js, commit 04383c2, before the move): pool `id` is `factory-v2-N`,
 *   `factory-stable-ng-N`, `factory-crypto-N`... for factory registries and the registry index for `main` /
 *   `crypto`, whose pools keep their legacy names ("3pool") only in `poolUrls`
 *   (`getHardcodedPoolId`, constants/PoolAddressInternalIdMap.js, commit 07e4177: 3pool is
 *   0xbebc44782c7db0a1a60cb6fe97d0b483032ff1c7). `coins[]` has `address`, `symbol`, `decimals` (text),
 *   `poolBalance` (raw integer text) and `usdPrice`; `usdTotal` is USD; `amplificationCoefficient` is A;
 *   `gaugeCrvApy` is [unboosted, max boosted] CRV APY in percent; `gaugeRewards[]` has `tokenAddress`, `symbol`
 *   and `apy` (percent, 0 once the reward stopped).
 * - The same field names are typed in curvefi/curve-frontend's pools query (PoolFromApi, PoolCoin,
 *   PoolGaugeReward), which reads the same API.
 * Curve publishes no rate limit for this API: the budget is a polite one. It gives no volume in this answer
 * (its volumes are another endpoint), so no volume figure comes from here.
 */
import { lt, type Said } from '../../../lib/i18n/localized-text';
import * as v from 'valibot';
import { Decimal, parseTokenSymbol, type ChainId } from '../../../core/index';
import type { PoolFigures, ProviderResult } from '../../../lib/messages/pool-data';
import type { RewardStream } from '../../../lib/messages/pool-extras';
import { describeProblem, type JsonClient } from '../http';
import type { PoolTarget } from '../pool-target';
import { MALFORMED, apiDecimal, capText, decimalString, failure, readJson, success, usdAmount } from './geckoterminal';
import type { PoolDataProvider } from './provider';

const PROVIDER = 'curve-api';
export const CURVE_API_HOST = 'api.curve.finance';
const API = `https://${CURVE_API_HOST}/v1/getPools`;
/** A registry's list on Ethereum runs to a few MB (every pool with its coins); the cap keeps it bounded. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** Curve's blockchainIds (curve-api constants/configs) for our chain ids; the site detector reads the same slugs. */
export const CURVE_CHAINS: Partial<Record<ChainId, string>> = {
  ethereum: 'ethereum',
  arbitrum: 'arbitrum',
  optimism: 'optimism',
  polygon: 'polygon',
  base: 'base',
  fantom: 'fantom',
  avalanche: 'avalanche',
  gnosis: 'xdai',
  celo: 'celo',
  kava: 'kava',
  moonbeam: 'moonbeam',
  aurora: 'aurora',
  zksync: 'zksync',
  fraxtal: 'fraxtal',
  bsc: 'bsc',
  mantle: 'mantle',
  'x-layer': 'x-layer',
  sonic: 'sonic',
  taiko: 'taiko',
  hyperevm: 'hyperliquid',
};

/** Registries whose pools are stableswap (A is the stableswap amplification); the others are cryptoswap. */
const STABLESWAP_REGISTRIES = ['main', 'factory', 'factory-stable-ng', 'factory-crvusd'] as const;
const CRYPTOSWAP_REGISTRIES = ['crypto', 'factory-crypto', 'factory-twocrypto', 'factory-tricrypto'] as const;
export type CurveRegistryId =
  | (typeof STABLESWAP_REGISTRIES)[number]
  | (typeof CRYPTOSWAP_REGISTRIES)[number]
  | 'factory-eywa';
export const CURVE_REGISTRIES: readonly CurveRegistryId[] = [
  ...STABLESWAP_REGISTRIES,
  ...CRYPTOSWAP_REGISTRIES,
  'factory-eywa',
];

/** Pool id prefixes of the factory registries (curve-api getIdForPool); `factory-v2-N` is the `factory` registry. */
const ID_PREFIXES: readonly [string, CurveRegistryId][] = [
  ['factory-v2-', 'factory'],
  ['factory-stable-ng-', 'factory-stable-ng'],
  ['factory-crypto-', 'factory-crypto'],
  ['factory-crvusd-', 'factory-crvusd'],
  ['factory-twocrypto-', 'factory-twocrypto'],
  ['factory-tricrypto-', 'factory-tricrypto'],
  ['factory-eywa-', 'factory-eywa'],
];

/**
 * Which registries can hold a pool of this name, in the order to ask: a factory id names its registry; a
 * legacy name ("3pool", "tricrypto2") belongs to `main` or `crypto`, the registries with hardcoded ids.
 */
export function registriesForName(name: string): readonly CurveRegistryId[] {
  const lower = name.toLowerCase();
  for (const [prefix, registry] of ID_PREFIXES) if (new RegExp(`^${prefix}\\d+$`).test(lower)) return [registry];
  if (/^crypto-\d+$/.test(lower)) return ['crypto'];
  return ['main', 'crypto'];
}

export function curvePoolsUrl(chain: ChainId, registry: CurveRegistryId): string | null {
  const slug = Object.hasOwn(CURVE_CHAINS, chain) ? CURVE_CHAINS[chain] : undefined;
  return slug ? `${API}/${slug}/${registry}` : null;
}

const leaf = v.optional(v.unknown());
const BodySchema = v.looseObject({
  data: v.looseObject({ poolData: v.array(v.unknown()) }),
});
const PoolSchema = v.looseObject({
  id: leaf,
  address: v.pipe(v.string(), v.regex(/^0x[0-9a-fA-F]{40}$/)),
  name: leaf,
  coins: leaf,
  usdTotal: leaf,
  amplificationCoefficient: leaf,
  poolUrls: leaf,
  gaugeCrvApy: leaf,
  gaugeRewards: leaf,
});
type CurvePool = v.InferOutput<typeof PoolSchema>;
const CoinSchema = v.looseObject({ address: leaf, symbol: leaf, decimals: leaf, poolBalance: leaf });
const RewardSchema = v.looseObject({ tokenAddress: leaf, symbol: leaf, apy: leaf });

/** The registry's pools that parse; null when the body is not a pool list at all. */
function poolsOf(json: unknown): CurvePool[] | null {
  const body = readJson(json);
  if (body === MALFORMED) return null;
  const parsed = v.safeParse(BodySchema, body);
  if (!parsed.success) return null;
  return parsed.output.data.poolData.flatMap((pool) => {
    const result = v.safeParse(PoolSchema, pool);
    return result.success ? [result.output] : [];
  });
}

/** A Curve pool name: the text of a URL path segment, as the detector accepts it. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The names a pool answers to: its `id`, and its slug in its own page URLs (`.../pools/3pool/deposit`). */
function namesOf(pool: CurvePool): string[] {
  const names = new Set<string>();
  if (typeof pool.id === 'string' && NAME.test(pool.id)) names.add(pool.id.toLowerCase());
  const urls = pool.poolUrls;
  if (urls && typeof urls === 'object') {
    for (const list of Object.values(urls as Record<string, unknown>)) {
      if (!Array.isArray(list)) continue;
      for (const url of list.slice(0, 4)) {
        if (typeof url !== 'string' || url.length > 300) continue;
        const slug = /\/pools\/([^/?#]+)/.exec(url)?.[1];
        if (slug && NAME.test(slug)) names.add(slug.toLowerCase());
      }
    }
  }
  return [...names];
}

/** Pool name (lower case) -> address (lower case): the compact index kept for a day. */
export type CurvePoolIndex = Record<string, string>;
const MAX_INDEX_ENTRIES = 4_000;

/** A registry's answer -> its name index; null when the answer is not a pool list. */
export function parseCurvePoolIndex(json: unknown): CurvePoolIndex | null {
  const pools = poolsOf(json);
  if (!pools) return null;
  const index: CurvePoolIndex = Object.create(null);
  let entries = 0;
  for (const pool of pools) {
    const address = pool.address.toLowerCase();
    for (const name of namesOf(pool)) {
      if (entries >= MAX_INDEX_ENTRIES) return index;
      // The first pool to claim a name keeps it: a later one cannot take over a known name.
      if (!Object.hasOwn(index, name)) {
        index[name] = address;
        entries += 1;
      }
    }
  }
  return index;
}

/** The index as stored, re-checked when read back. */
export function validCurvePoolIndex(value: unknown): CurvePoolIndex | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_INDEX_ENTRIES) return null;
  for (const [name, address] of entries)
    if (!NAME.test(name) || typeof address !== 'string' || !/^0x[0-9a-f]{40}$/.test(address)) return null;
  return Object.assign(Object.create(null), value) as CurvePoolIndex;
}

export function addressInIndex(index: CurvePoolIndex, name: string): `0x${string}` | null {
  const key = name.toLowerCase();
  return Object.hasOwn(index, key) ? (index[key] as `0x${string}`) : null;
}

/** One registry's index from the API, or why not. */
export async function fetchCurvePoolIndex(
  http: JsonClient,
  chain: ChainId,
  registry: CurveRegistryId,
  deadline: number,
): Promise<{ ok: true; index: CurvePoolIndex } | { ok: false; reason: Said }> {
  const url = curvePoolsUrl(chain, registry);
  if (!url) return { ok: false, reason: `Curve's API does not cover ${chain}` };
  const outcome = await http.json(url, { deadline, maxBodyBytes: MAX_BODY_BYTES });
  if (!outcome.ok)
    return {
      ok: false,
      reason: lt('worker.problem.prefixed', { prefix: "Curve's API: ", problem: describeProblem(outcome.problem) }),
    };
  const index = parseCurvePoolIndex(outcome.json);
  return index ? { ok: true, index } : { ok: false, reason: "Curve's API answered without a pool list" };
}

/** Curve DAO Token on Ethereum, the gauges' CRV (the CRV constant Convex's and Yearn's strategy contracts hard-code). */
const CRV_ETHEREUM = '0xd533a949740bb3306d119cc777fa900ba034cd52';
const MAX_APY_PERCENT = new Decimal(100_000);

/** A percent as Curve gives it -> a checked fraction, or null (negative, absurd, not a number). */
function percentToFraction(value: unknown): Decimal | null {
  const percent = apiDecimal(value);
  if (!percent || percent.lt(0) || percent.gt(MAX_APY_PERCENT)) return null;
  return percent.div(100);
}

/** "1.2", "3.0", "0.46": one decimal from 1 % up, two below. */
function percentText(fraction: Decimal): string {
  const percent = fraction.mul(100);
  return percent.lt(1) ? percent.toFixed(2) : percent.toFixed(1);
}

const lowerAddress = (value: unknown) =>
  typeof value === 'string' && /^0x[0-9a-fA-F]{40}$/.test(value) ? value.toLowerCase() : undefined;

/**
 * The gauge's rewards: CRV at its unboosted APY (the boost up to 2.5x needs veCRV, so the lower end is what
 * an LP earns by staking alone; the label says the range), then each extra reward token still paying.
 */
function gaugeRewardsOf(pool: CurvePool, chain: ChainId): RewardStream[] {
  const rewards: RewardStream[] = [];
  const crv = Array.isArray(pool.gaugeCrvApy) ? pool.gaugeCrvApy : null;
  const low = crv ? percentToFraction(crv[0]) : null;
  const high = crv ? percentToFraction(crv[1]) : null;
  if (low && high?.gte(low) && high.gt(0)) {
    rewards.push({
      symbol: 'CRV',
      ...(chain === 'ethereum' ? { token: CRV_ETHEREUM } : {}),
      apr: decimalString(low),
      endsAt: null,
      needsStaking: true,
      label: `CRV ${percentText(low)} %–${percentText(high)} % (boost)`,
    });
  }
  const extra = Array.isArray(pool.gaugeRewards) ? pool.gaugeRewards.slice(0, 11) : [];
  for (const item of extra) {
    const parsed = v.safeParse(RewardSchema, item);
    if (!parsed.success) continue;
    const apr = percentToFraction(parsed.output.apy);
    const symbol =
      typeof parsed.output.symbol === 'string' && parsed.output.symbol.length <= 200
        ? parseTokenSymbol(parsed.output.symbol)
        : null;
    // A reward at 0 % has stopped paying (curve-api sets 0 once isRewardStillActive is false).
    if (!apr || apr.isZero() || !symbol) continue;
    const token = lowerAddress(parsed.output.tokenAddress);
    rewards.push({
      symbol,
      ...(token ? { token } : {}),
      apr: decimalString(apr),
      endsAt: null,
      needsStaking: true,
      label: capText(`Curve gauge reward, ${symbol}`, 80) ?? 'Curve gauge reward',
    });
  }
  return rewards;
}

/** Coin symbols and human balances in the pool's coin order; either is left out whole if one coin fails. */
function coinFigures(pool: CurvePool): PoolFigures {
  const coins = Array.isArray(pool.coins) ? pool.coins : [];
  if (coins.length < 2 || coins.length > 8) return {};
  const figures: PoolFigures = { coinCount: coins.length };
  const symbols: string[] = [];
  const balances: string[] = [];
  for (const item of coins) {
    const parsed = v.safeParse(CoinSchema, item);
    const coin = parsed.success ? parsed.output : {};
    const symbol = typeof coin.symbol === 'string' && coin.symbol.length <= 200 ? parseTokenSymbol(coin.symbol) : null;
    if (symbol) symbols.push(symbol);
    const decimals = apiDecimal(coin.decimals);
    const raw = typeof coin.poolBalance === 'string' && /^\d{1,60}$/.test(coin.poolBalance) ? coin.poolBalance : null;
    if (decimals?.isInteger() && decimals.gte(0) && decimals.lte(36) && raw !== null)
      balances.push(decimalString(new Decimal(raw).div(new Decimal(10).pow(decimals))));
  }
  if (symbols.length === coins.length) figures.coinSymbols = symbols;
  if (balances.length === coins.length) figures.balances = balances;
  return figures;
}

/** A registry's answer -> the figures of the pool at `address`. Never throws. */
export function parseCurvePool(
  json: unknown,
  target: { chain: ChainId; address: string },
  registry: CurveRegistryId,
  now: number,
): ProviderResult {
  try {
    const pools = poolsOf(json);
    if (!pools) return failure(PROVIDER, "Curve's API answered without a pool list");
    const address = target.address.toLowerCase();
    const pool = pools.find((candidate) => candidate.address.toLowerCase() === address);
    if (!pool) return failure(PROVIDER, `Curve's API does not list this pool in its ${registry} registry`);
    const figures: PoolFigures = coinFigures(pool);
    const tvl = usdAmount(pool.usdTotal);
    if (tvl) figures.tvlUsd = decimalString(tvl);
    if (typeof pool.name === 'string') {
      const name = capText(pool.name, 80);
      if (name) figures.name = name;
    }
    // A is the stableswap amplification only in stableswap registries; a cryptoswap pool's A is another parameter.
    const a = apiDecimal(pool.amplificationCoefficient);
    if ((STABLESWAP_REGISTRIES as readonly string[]).includes(registry) && a?.isInteger() && a.gt(0))
      figures.amplification = a.toFixed(0);
    const rewards = gaugeRewardsOf(pool, target.chain);
    if (rewards.length > 0) figures.curveRewards = rewards;
    return success(PROVIDER, now, figures, "Curve's API gave no usable figures for this pool");
  } catch {
    // Unreachable by design; kept so a parser bug can never take the worker down.
    return failure(PROVIDER, "Curve's API returned data that could not be read");
  }
}

/** The registry a page's pool was found in travels with its target; pools reached otherwise are not asked about. */
const registryOf = (target: PoolTarget): CurveRegistryId | null =>
  target.type === 'address' && target.curveRegistry ? target.curveRegistry : null;

export const curveApiPool: PoolDataProvider = {
  id: PROVIDER,
  name: 'Curve API',
  hosts: [CURVE_API_HOST],
  limit: { burst: 4, perMinute: 30, publishedPerMinute: null },
  ttlMs: 5 * 60_000,
  covers: (target) => registryOf(target) !== null && curvePoolsUrl(target.chain, 'main') !== null,
  async load(target, { http, deadline, now }) {
    const registry = registryOf(target);
    const url = registry ? curvePoolsUrl(target.chain, registry) : null;
    if (!registry || !url) return failure(PROVIDER, "not a pool found through Curve's API");
    const outcome = await http.json(url, { deadline, maxBodyBytes: MAX_BODY_BYTES });
    if (!outcome.ok) return failure(PROVIDER, describeProblem(outcome.problem));
    return parseCurvePool(outcome.json, target, registry, now());
  },
};
