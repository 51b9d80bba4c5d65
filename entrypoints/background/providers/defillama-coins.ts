/**
 * DefiLlama coins: the reward tokens' daily price history (how volatile, how far they have fallen) and the
 * chain's native coin price for gas in USD. Two key-less GETs (DefiLlama/api-docs llms-free.txt, "Coins &
 * Prices"):
 * - `https://coins.llama.fi/prices/current/{coins}`: `{ coins: { "ethereum:0x…": { price, symbol, timestamp,
 *   confidence, decimals? } } }`, coins as comma-separated `{chain}:{address}` or `coingecko:{id}`;
 * - `https://coins.llama.fi/chart/{coins}?span=31&period=1d`: `span` data points `period` apart, ending now:
 *   `{ coins: { "ethereum:0x…": { symbol, confidence, decimals, prices: [{ timestamp, price }] } } }`.
 * The reward tokens are the ones the reward providers named for this pool (Merkl, gauges, Curve, farms, DefiLlama
 * yields), awaited as peers; a token none of them names is not asked about.
 */
import { lt } from '../../../lib/i18n/localized-text';
import { Decimal, volatilityFromCloses, type ChainId } from '../../../core/index';
import type { PoolFigures, ProviderResult } from '../../../lib/messages/pool-data';
import type { RewardStream, TokenPriceRisk } from '../../../lib/messages/pool-extras';
import { describeProblem } from '../http';
import type { PoolTarget } from '../pool-target';
import { llamaChain } from './defillama-chains';
import { apiDecimal, decimalString, failure, isSanePrice, price, success } from './geckoterminal';
import { symbolOf } from './merkl';
import type { PoolDataProvider, ProviderContext } from './provider';
import { LLAMA_COINS_LIMIT } from './llama-price';

const PROVIDER = 'defillama-coins';
const API = 'https://coins.llama.fi';
/** Daily prices asked for: a month, one point a day. */
export const HISTORY_DAYS = 31;
const MAX_TOKENS = 12;
const EVM_ADDRESS = /^0x[0-9a-f]{40}$/;

/** The reward figures and who gives them: every stream's token is priced. */
const REWARD_PEERS: readonly [
  string,
  'merklRewards' | 'gaugeRewards' | 'curveRewards' | 'farmRewards' | 'llamaRewards',
][] = [
  ['merkl', 'merklRewards'],
  ['solidly-gauge', 'gaugeRewards'],
  ['curve-api', 'curveRewards'],
  ['pancake-farm', 'farmRewards'],
  ['defillama-yields', 'llamaRewards'],
];

export interface RewardToken {
  token: string;
  /** The reward source's symbol, used when DefiLlama gives none. */
  symbol: string;
}

/** The reward tokens named by the peers' figures, each once, in the peers' order. */
export function rewardTokensOf(answers: readonly (PoolFigures | null)[]): RewardToken[] {
  const seen = new Map<string, RewardToken>();
  answers.forEach((figures, i) => {
    const streams: RewardStream[] = (figures?.[REWARD_PEERS[i]![1]] as RewardStream[] | undefined) ?? [];
    for (const stream of streams) {
      if (stream.token && EVM_ADDRESS.test(stream.token) && !seen.has(stream.token))
        seen.set(stream.token, { token: stream.token, symbol: stream.symbol });
    }
  });
  return [...seen.values()].slice(0, MAX_TOKENS);
}

export function currentPricesUrl(coins: readonly string[]): string {
  return `${API}/prices/current/${coins.join(',')}`;
}

export function chartUrl(coins: readonly string[]): string {
  return `${API}/chart/${coins.join(',')}?span=${HISTORY_DAYS}&period=1d`;
}

/** The coins map of a body, with keys lower-cased (DefiLlama may echo an address in another case). */
function coinsOf(json: unknown): Map<string, Record<string, unknown>> | null {
  if (!json || typeof json !== 'object') return null;
  const coins = (json as { coins?: unknown }).coins;
  if (!coins || typeof coins !== 'object' || Array.isArray(coins)) return null;
  const out = new Map<string, Record<string, unknown>>();
  for (const [key, value] of Object.entries(coins).slice(0, 100)) {
    if (value && typeof value === 'object' && !Array.isArray(value))
      out.set(key.toLowerCase(), value as Record<string, unknown>);
  }
  return out;
}

/** Daily prices, oldest first, one per timestamp, each a sane positive price; at most the days asked for (+1). */
export function dailyPrices(entry: Record<string, unknown> | undefined): { time: number; price: Decimal }[] {
  const rows = Array.isArray(entry?.prices) ? entry.prices.slice(0, HISTORY_DAYS + 1) : [];
  const byTime = new Map<number, Decimal>();
  for (const row of rows) {
    if (!row || typeof row !== 'object') continue;
    const time = apiDecimal((row as { timestamp?: unknown }).timestamp);
    const value = price((row as { price?: unknown }).price);
    if (!time?.isInteger() || time.lt(0) || time.gt('32503680000') || !value) continue;
    if (!byTime.has(time.toNumber())) byTime.set(time.toNumber(), value);
  }
  return [...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([time, value]) => ({ time, price: value }));
}

/** The worst fall from a running peak, as a fraction (0.75 = fell 75 %); 0 for prices that never fell. */
export function maxDrawdown(prices: readonly Decimal[]): Decimal {
  // TODO(core): replace with core's priceHistoryRisk once the core engineer adds it (issue 11).
  let peak: Decimal | null = null;
  let worst = new Decimal(0);
  for (const p of prices) {
    if (peak === null || p.gt(peak)) peak = p;
    const fall = new Decimal(1).minus(p.div(peak));
    if (fall.gt(worst)) worst = fall;
  }
  return worst;
}

/** One token's figures: today's price, and volatility and drawdown over the daily history when there is one. */
export function tokenRisk(
  reward: RewardToken,
  current: Record<string, unknown> | undefined,
  history: Record<string, unknown> | undefined,
): TokenPriceRisk | null {
  const now = price(current?.price);
  if (!now) return null;
  const points = dailyPrices(history);
  let volatility: string | null = null;
  if (points.length >= 3) {
    try {
      // TODO(core): priceHistoryRisk (issue 11) will give volatility and drawdown together.
      const estimate = volatilityFromCloses(points.map((p) => ({ time: p.time, close: p.price.toString() })));
      volatility = decimalString(estimate.volatility.toSignificantDigits(12));
    } catch {
      volatility = null; // the closes did not make an estimate (core said why); unknown, not zero
    }
  }
  const drawdown = points.length >= 2 ? maxDrawdown(points.map((p) => p.price)) : null;
  return {
    symbol: symbolOf(current?.symbol) ?? symbolOf(history?.symbol) ?? reward.symbol,
    token: reward.token,
    priceUsd: decimalString(now),
    volatility,
    maxDrawdown: drawdown === null ? null : decimalString(drawdown.toSignificantDigits(12)),
    days: points.length,
  };
}

/** Both answers -> figures. Never throws. `history` null: the chart failed, so no token has a history. */
export function coinsFigures(
  chain: ChainId,
  rewards: readonly RewardToken[],
  currentJson: unknown,
  historyJson: unknown | null,
  now: number,
): ProviderResult {
  try {
    const llama = llamaChain(chain);
    if (!llama) return failure(PROVIDER, 'chain not covered by DefiLlama');
    const current = coinsOf(currentJson);
    if (!current) return failure(PROVIDER, 'DefiLlama returned no prices');
    const history = historyJson === null ? null : coinsOf(historyJson);
    const figures: PoolFigures = {};
    const native = price(current.get(llama.native.coin)?.price);
    if (native && isSanePrice(native)) {
      figures.nativePriceUsd = decimalString(native);
      figures.nativeSymbol = llama.native.symbol;
    }
    const risks = rewards.flatMap((reward) => {
      const key = `${llama.coins}:${reward.token}`;
      return tokenRisk(reward, current.get(key), history?.get(key)) ?? [];
    });
    if (risks.length > 0) figures.rewardTokenRisk = risks;
    return success(PROVIDER, now, figures, 'DefiLlama has no price for these tokens');
  } catch {
    return failure(PROVIDER, 'DefiLlama returned prices that could not be read');
  }
}

/** Time kept for the price requests themselves: reward providers still busy by then are not waited for. */
const PRICE_REQUEST_RESERVE_MS = 2_500;

/**
 * The peers' figures, each as soon as it answers; one still busy after `waitMs` counts as having none, so a
 * slow reward source costs its tokens' risk figures, not the native price and every other token's.
 */
async function peersUntil(
  ids: readonly string[],
  peer: ProviderContext['peer'],
  waitMs: number,
): Promise<(PoolFigures | null)[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), Math.max(0, waitMs));
  });
  try {
    return await Promise.all(ids.map((id) => Promise.race([peer(id), late])));
  } finally {
    clearTimeout(timer);
  }
}

export const defiLlamaCoins: PoolDataProvider = {
  id: PROVIDER,
  name: 'DefiLlama coins',
  hosts: ['coins.llama.fi'],
  // DefiLlama publishes no limit for its key-less API (DefiLlama/api-docs llms-free.txt): a polite budget.
  limit: LLAMA_COINS_LIMIT,
  ttlMs: 15 * 60_000,
  covers: (target) => target.type !== 'solana-address' && llamaChain(target.chain) !== null,
  async load(target: PoolTarget, { http, deadline, now, peer }: ProviderContext): Promise<ProviderResult> {
    const llama = llamaChain(target.chain);
    if (!llama) return failure(PROVIDER, 'chain not covered by DefiLlama');
    const answers = await peersUntil(
      REWARD_PEERS.map(([id]) => id),
      peer,
      deadline - PRICE_REQUEST_RESERVE_MS - now(),
    );
    const rewards = rewardTokensOf(answers);
    const tokenCoins = rewards.map((reward) => `${llama.coins}:${reward.token}`);
    const [current, history] = await Promise.all([
      http.json(currentPricesUrl([llama.native.coin, ...tokenCoins]), { deadline }),
      tokenCoins.length > 0 ? http.json(chartUrl(tokenCoins), { deadline }) : Promise.resolve(null),
    ]);
    if (!current.ok)
      return failure(
        PROVIDER,
        lt('worker.problem.prefixed', { prefix: 'current prices: ', problem: describeProblem(current.problem) }),
      );
    return coinsFigures(target.chain, rewards, current.json, history?.ok ? history.json : null, now());
  },
};
