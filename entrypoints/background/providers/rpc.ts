/**
 * On-chain reads over JSON-RPC for EVM pools: Uniswap v3-style `slot0`/`liquidity`/`fee`/tokens and their
 * decimals (the exact price and active liquidity behind the concentrated fee share), with v2 `getReserves`
 * as the fallback. ABI coding is viem's; transport is our HttpClient (rate limits, deadline, retries) as
 * one JSON-RPC batch per round.
 */
import { decodeAbiParameters, hexToString, type Hex } from 'viem';
import { Decimal, parseTokenSymbol, priceFromSqrtPriceX96, rawToHuman, type ChainId } from '../../../core/index';
import type { ProviderResult, PoolFigures } from '../../../lib/messages/pool-data';
import type { HttpClient } from '../http';
import { ethCalls } from './json-rpc';
import { DEFAULT_RPC_HOSTS } from '../../../lib/settings/rpc-hosts';
import type { PoolTarget } from '../pool-target';
import type { PoolDataProvider } from './provider';

const SELECTORS = {
  slot0: '0x3850c7bd',
  liquidity: '0x1a686502',
  fee: '0xddca3f43',
  token0: '0x0dfe1681',
  token1: '0xd21220a7',
  getReserves: '0x0902f1ac',
  decimals: '0x313ce567',
  symbol: '0x95d89b41',
  /** Curve: `A()`, and `coins(i)` in its newer (uint256) and older (int128) forms. */
  curveA: '0xf446c1d0',
  coinsUint: '0xc6610657',
  coinsInt: '0x23746eb8',
} as const;

const withIndex = (selector: string, index: number) => `${selector}${index.toString(16).padStart(64, '0')}`;

const word = (hex: Hex | null, index: number): Hex | null =>
  hex && hex.length >= 2 + 64 * (index + 1) ? (`0x${hex.slice(2 + 64 * index, 2 + 64 * (index + 1))}` as Hex) : null;

function decodeUint(hex: Hex | null): bigint | null {
  const first = word(hex, 0);
  return first ? BigInt(first) : null;
}

function decodeAddress(hex: Hex | null): string | null {
  const first = word(hex, 0);
  return first ? `0x${first.slice(-40)}`.toLowerCase() : null;
}

/** ERC-20 symbol: an ABI string, or bytes32 for old tokens (MKR). Hostile text: core's parser decides. */
function decodeSymbol(hex: Hex | null): string | undefined {
  if (!hex || hex.length < 66) return undefined;
  try {
    const text = hex.length === 66 ? hexToString(hex, { size: 32 }).replace(/\0+$/, '') : decodeAbiParameters([{ type: 'string' }], hex)[0];
    return parseTokenSymbol(text) ?? undefined;
  } catch {
    return undefined;
  }
}

export interface RpcTarget {
  chain: ChainId;
  address: string;
  rpcUrl: string;
}

/**
 * Exact figures from the pool contract. PublicNode publishes no per-minute limit for its free endpoints;
 * the budget is a polite one, and it also covers user-chosen RPC hosts (see providers/index.ts).
 */
export const onChainPool: PoolDataProvider = {
  id: 'rpc',
  name: 'on-chain (JSON-RPC)',
  hosts: DEFAULT_RPC_HOSTS,
  limit: { burst: 20, perMinute: 600, publishedPerMinute: null },
  ttlMs: 60_000,
  // Only pool contracts on EVM chains, and only with an endpoint: otherwise there is nothing to say.
  covers: (target: PoolTarget, { rpcUrl }) => target.type === 'address' && rpcUrl !== null,
  load: (target, { http, deadline, now, rpcUrl }) => fetchRpcPool(http, { chain: target.chain, address: target.address, rpcUrl: rpcUrl! }, deadline, now),
};

export async function fetchRpcPool(http: HttpClient, target: RpcTarget, deadline: number, now: () => number): Promise<ProviderResult> {
  const { address, rpcUrl } = target;
  const calls = [
    SELECTORS.slot0, SELECTORS.liquidity, SELECTORS.fee, SELECTORS.token0, SELECTORS.token1, SELECTORS.getReserves,
    SELECTORS.curveA, withIndex(SELECTORS.coinsUint, 1), withIndex(SELECTORS.coinsUint, 2), withIndex(SELECTORS.coinsInt, 1), withIndex(SELECTORS.coinsInt, 2),
  ];
  const first = await ethCalls(http, rpcUrl, calls.map((data) => ({ to: address, data })), deadline);
  if (!first.ok) return { ok: false, provider: 'rpc', reason: first.reason };
  const [slot0, liquidity, fee, token0Hex, token1Hex, reserves, curveA, coin1, coin2, oldCoin1, oldCoin2] = first.results;
  const token0 = decodeAddress(token0Hex ?? null);
  const token1 = decodeAddress(token1Hex ?? null);
  if (!token0 || !token1) {
    const curve = curveFigures(curveA ?? null, coin1 ?? oldCoin1 ?? null, coin2 ?? oldCoin2 ?? null);
    return curve ? { ok: true, provider: 'rpc', fetchedAt: now(), figures: curve } : { ok: false, provider: 'rpc', reason: 'the address is not a pool the extension can read on chain' };
  }

  const second = await ethCalls(http, rpcUrl, [
    { to: token0, data: SELECTORS.decimals },
    { to: token1, data: SELECTORS.decimals },
    { to: token0, data: SELECTORS.symbol },
    { to: token1, data: SELECTORS.symbol },
  ], deadline);
  if (!second.ok) return { ok: false, provider: 'rpc', reason: second.reason };
  const decimals0 = Number(decodeUint(second.results[0] ?? null) ?? -1);
  const decimals1 = Number(decodeUint(second.results[1] ?? null) ?? -1);
  if (!(decimals0 >= 0 && decimals0 <= 36 && decimals1 >= 0 && decimals1 <= 36)) {
    return { ok: false, provider: 'rpc', reason: 'token decimals could not be read' };
  }
  const figures: PoolFigures = { decimals0, decimals1 };
  const symbol0 = decodeSymbol(second.results[2] ?? null);
  const symbol1 = decodeSymbol(second.results[3] ?? null);
  if (symbol0) figures.symbol0 = symbol0;
  if (symbol1) figures.symbol1 = symbol1;

  const sqrtPriceX96 = decodeUint(slot0 ?? null);
  if (sqrtPriceX96 !== null && sqrtPriceX96 > 0n) {
    // Pancake v3 and Slipstream lay slot0 out differently after the first two words: only word 0 is read.
    try {
      figures.price = priceFromSqrtPriceX96(sqrtPriceX96, decimals0, decimals1).toString();
    } catch {
      return { ok: false, provider: 'rpc', reason: 'slot0 price is outside the v3 bounds' };
    }
    const active = decodeUint(liquidity ?? null);
    if (active !== null) figures.activeLiquidityRaw = active.toString();
    const feePips = decodeUint(fee ?? null);
    // v3 fee is in hundredths of a basis point (500 = 0.05 %); beyond 10 % it is not a fee tier.
    if (feePips !== null && feePips > 0n && feePips <= 100_000n) figures.feeTier = new Decimal(feePips.toString()).div(1_000_000).toString();
  } else {
    const reserve0 = decodeUint(word(reserves ?? null, 0));
    const reserve1 = decodeUint(word(reserves ?? null, 1));
    if (reserve0 === null || reserve1 === null || reserve0 === 0n || reserve1 === 0n) {
      return { ok: false, provider: 'rpc', reason: 'the pool has no price (empty reserves)' };
    }
    const human0 = rawToHuman(reserve0, decimals0);
    const human1 = rawToHuman(reserve1, decimals1);
    figures.price = human1.div(human0).toString();
  }
  return { ok: true, provider: 'rpc', fetchedAt: now(), figures };
}

/**
 * A Curve stableswap pool: `A()` as the contract reports it (the UI convention, Ann = A * n) and how many
 * coins it holds (a second coin must exist; a third is probed). Null when this is not such a pool.
 */
function curveFigures(aHex: Hex | null, secondCoin: Hex | null, thirdCoin: Hex | null): PoolFigures | null {
  const amplification = decodeUint(aHex);
  if (amplification === null || amplification <= 0n || amplification > 10_000_000n || !decodeAddress(secondCoin)) return null;
  return { amplification: amplification.toString(), coinCount: decodeAddress(thirdCoin) ? 3 : 2 };
}
