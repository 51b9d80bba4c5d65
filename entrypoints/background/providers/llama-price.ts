/**
 * One reward token's USD price from DefiLlama's key-less coins API, for the gauge and farm providers:
 * `GET https://coins.llama.fi/prices/current/{chain}:{address}` answers
 * `{ coins: { "{chain}:{address}": { price, symbol, timestamp, confidence, decimals? } } }` (DefiLlama/api-docs,
 * the /prices/current schema; `decimals` is optional there). Not a provider: the defillama-coins provider owns
 * the host's budget, which this shares (see LLAMA_COINS_LIMIT).
 */
import { lt, type Said } from '../../../lib/i18n/localized-text';
import * as v from 'valibot';
import { Decimal, parseTokenSymbol, type ChainId } from '../../../core/index';
import { describeProblem, type JsonClient } from '../http';
import { isSanePrice } from './geckoterminal';
import type { ProviderLimit } from './provider';

export const LLAMA_COINS_HOST = 'coins.llama.fi';

/**
 * DefiLlama publishes no per-minute limit for its free API (defillama.com/docs/api); the budget is a polite
 * one. Every provider naming coins.llama.fi must use this same object (providers sharing a host share a budget).
 */
export const LLAMA_COINS_LIMIT: ProviderLimit = { burst: 5, perMinute: 60, publishedPerMinute: null };

/** DefiLlama's chain prefixes. */
export const LLAMA_CHAINS: Partial<Record<ChainId, string>> = {
  ethereum: 'ethereum',
  base: 'base',
  optimism: 'optimism',
  arbitrum: 'arbitrum',
  polygon: 'polygon',
  bsc: 'bsc',
};

/** A price older than this is not "now": DefiLlama keeps the last one it saw. */
const MAX_PRICE_AGE_S = 24 * 60 * 60;

const CoinSchema = v.looseObject({ price: v.unknown(), symbol: v.optional(v.unknown()), timestamp: v.unknown() });
const BodySchema = v.looseObject({ coins: v.record(v.string(), v.unknown()) });

export type LlamaPrice = { ok: true; priceUsd: Decimal; symbol: string | null } | { ok: false; reason: Said };

export function llamaPriceUrl(chain: ChainId, token: string): string | null {
  const prefix = Object.hasOwn(LLAMA_CHAINS, chain) ? LLAMA_CHAINS[chain] : undefined;
  return prefix && /^0x[0-9a-f]{40}$/.test(token)
    ? `https://${LLAMA_COINS_HOST}/prices/current/${prefix}:${token}`
    : null;
}

/** The body -> the token's price (and DefiLlama's symbol for it), or why there is none. Never throws. */
export function parseLlamaPrice(json: unknown, chain: ChainId, token: string, nowMs: number): LlamaPrice {
  try {
    return readLlamaPrice(json, chain, token, nowMs);
  } catch {
    return { ok: false, reason: 'DefiLlama returned a price that could not be read' };
  }
}

function readLlamaPrice(json: unknown, chain: ChainId, token: string, nowMs: number): LlamaPrice {
  const parsed = v.safeParse(BodySchema, json);
  if (!parsed.success) return { ok: false, reason: 'DefiLlama returned no prices' };
  const key = `${LLAMA_CHAINS[chain]}:${token}`;
  const entry = Object.entries(parsed.output.coins).find(([name]) => name.toLowerCase() === key)?.[1];
  const coin = entry === undefined ? null : v.safeParse(CoinSchema, entry);
  if (!coin?.success) return { ok: false, reason: 'DefiLlama has no price for the reward token' };
  const { price, symbol, timestamp } = coin.output;
  const priceUsd = typeof price === 'number' && Number.isFinite(price) ? new Decimal(price) : null;
  if (!priceUsd || !isSanePrice(priceUsd)) return { ok: false, reason: "DefiLlama's reward-token price is not usable" };
  if (typeof timestamp !== 'number' || !Number.isFinite(timestamp) || nowMs / 1000 - timestamp > MAX_PRICE_AGE_S)
    return { ok: false, reason: "DefiLlama's reward-token price is more than a day old" };
  return {
    ok: true,
    priceUsd,
    symbol: typeof symbol === 'string' && symbol.length <= 200 ? parseTokenSymbol(symbol) : null,
  };
}

export async function fetchLlamaPrice(
  http: JsonClient,
  chain: ChainId,
  token: string,
  deadline: number,
  nowMs: number,
): Promise<LlamaPrice> {
  const url = llamaPriceUrl(chain, token);
  if (!url) return { ok: false, reason: 'DefiLlama has no prices for this chain' };
  const outcome = await http.json(url, { deadline });
  if (!outcome.ok)
    return {
      ok: false,
      reason: lt('worker.problem.prefixed', {
        prefix: 'reward-token price: ',
        problem: describeProblem(outcome.problem),
      }),
    };
  return parseLlamaPrice(outcome.json, chain, token, nowMs);
}
