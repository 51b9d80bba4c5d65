/**
 * Pools that live inside one singleton contract and are named by a 32-byte PoolId: Uniswap v4 (uniswap-v4.ts)
 * and PancakeSwap Infinity CL (pancake-infinity.ts). Both read `getSlot0(poolId)` -> (sqrtPriceX96, tick,
 * protocolFee, lpFee) and `getLiquidity(poolId)` with the same ABI, and give back the pool's key (tokens, fee,
 * hooks) from some contract; what differs per DEX (where each read goes, the key's layout) is a PoolIdDex.
 */
import { decodeFunctionResult, encodeFunctionData, parseAbi, type Hex } from 'viem';
import { Decimal, parseTokenSymbol, priceFromSqrtPriceX96, type ChainId } from '../../../core/index';
import type { PoolFigures, ProviderResult } from '../../../lib/messages/pool-data';
import { DEFAULT_RPC_HOSTS } from '../../../lib/settings/rpc-hosts';
import type { JsonClient } from '../http';
import type { PoolTarget } from '../pool-target';
import { ethCalls } from './json-rpc';
import type { PoolDataProvider, ProviderContext } from './provider';
import { lt, type Said } from '../../../lib/i18n/localized-text';

/** The part of a pool key the figures need, read and checked by the DEX's own decoder. */
export interface PoolIdKey {
  currency0: string;
  currency1: string;
  /** The key's fee: a fixed lp fee, or with DYNAMIC_FEE_FLAG set, "the hooks set it". */
  fee: number;
  hooks: string;
}

export interface PoolIdDeployment {
  /** Where getSlot0(bytes32) and getLiquidity(bytes32) are asked. */
  slot0At: Hex;
  /** Where the key lookup (keyCall) is sent. */
  keyAt: Hex;
  /** The chain's native coin, which these pools hold as currency address 0. */
  native: string;
}

export interface PoolIdDex {
  provider: string;
  /** figures.dex, as the aggregators' ids spell it. */
  dex: string;
  deployments: Partial<Record<ChainId, PoolIdDeployment>>;
  keyCall(poolId: Hex): Hex;
  /** The key from the lookup's answer, or null when it names no pool (or not this one). */
  decodeKey(answer: Hex, poolId: Hex, deployment: PoolIdDeployment): PoolIdKey | null;
  noDeployment: Said;
  noPool: Said;
}

const ABI = parseAbi([
  'function getSlot0(bytes32 poolId) view returns (uint160 sqrtPriceX96, int24 tick, uint24 protocolFee, uint24 lpFee)',
  'function getLiquidity(bytes32 poolId) view returns (uint128 liquidity)',
  'function decimals() view returns (uint8)',
  'function symbol() view returns (string)',
]);

/**
 * A key fee with this flag set means the hooks set the fee per swap: LPFeeLibrary.DYNAMIC_FEE_FLAG = 0x800000 in
 * both Uniswap/v4-core and pancakeswap/infinity-core (src/libraries/LPFeeLibrary.sol).
 */
const DYNAMIC_FEE_FLAG = 0x800000;
export const NATIVE = '0x0000000000000000000000000000000000000000';

export function decoded<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null; // a revert, an empty answer or a malformed one: this figure is not known
  }
}

/**
 * The USD price of token1, from the API's figures for the same pool, checked against the chain's price. The
 * API orders a pool's tokens by address; a pool holding the native coin (address 0) may be listed under
 * another address for it, so the API's token1 can be our token0. Its price tells: the same price means the
 * same order, the inverse price the other order (then our token1 is its token0). Anything else: no USD price.
 */
export function withUsdPrice(result: ProviderResult & { ok: true }, api: PoolFigures | null): ProviderResult {
  const ours = result.figures.price;
  if (!api?.price || !api.token1PriceUsd || !ours) return result;
  const ratio = new Decimal(api.price).div(ours);
  const close = (x: Decimal) => x.gt('0.98') && x.lt('1.02');
  const derivedFrom = { token1PriceUsd: 'GeckoTerminal API' };
  if (close(ratio))
    return { ...result, figures: { ...result.figures, token1PriceUsd: api.token1PriceUsd }, derivedFrom };
  if (close(new Decimal(api.price).mul(ours))) {
    // Inverted: our token1 is the API's token0, worth its price in the API's token1 times that token's USD price.
    const usd = new Decimal(api.price).mul(api.token1PriceUsd).toSignificantDigits(20).toString();
    return { ...result, figures: { ...result.figures, token1PriceUsd: usd }, derivedFrom };
  }
  return result;
}

/**
 * The provider of a PoolId DEX (uniswap-v4.ts, pancake-infinity.ts): its pool read on chain through the RPC
 * hosts, then token1's USD price from GeckoTerminal's figures for the same pool (withUsdPrice). `covers` says
 * which pages' ids are this DEX's.
 */
export function poolIdProvider(
  dex: PoolIdDex,
  spec: { name: string; covers: (target: PoolTarget, context: ProviderContext) => boolean },
): PoolDataProvider {
  return {
    id: dex.provider,
    name: spec.name,
    hosts: DEFAULT_RPC_HOSTS,
    limit: { burst: 20, perMinute: 600, publishedPerMinute: null },
    ttlMs: 60_000,
    covers: spec.covers,
    load: async (target, { http, deadline, now, rpcUrl, peer }) => {
      const result = await fetchPoolById(dex, http, target.chain, target.address, rpcUrl!, deadline, now);
      return result.ok ? withUsdPrice(result, await peer('geckoterminal')) : result;
    },
  };
}

export async function fetchPoolById(
  dex: PoolIdDex,
  http: JsonClient,
  chain: ChainId,
  poolId: string,
  rpcUrl: string,
  deadline: number,
  now: () => number,
): Promise<ProviderResult> {
  const PROVIDER = dex.provider;
  const deployment = dex.deployments[chain];
  if (!deployment) return { ok: false, provider: PROVIDER, reason: dex.noDeployment };
  const id = poolId.toLowerCase() as Hex;
  const first = await ethCalls(
    http,
    rpcUrl,
    [
      { to: deployment.slot0At, data: encodeFunctionData({ abi: ABI, functionName: 'getSlot0', args: [id] }) },
      { to: deployment.slot0At, data: encodeFunctionData({ abi: ABI, functionName: 'getLiquidity', args: [id] }) },
      { to: deployment.keyAt, data: dex.keyCall(id) },
    ],
    deadline,
  );
  if (!first.ok) return { ok: false, provider: PROVIDER, reason: first.reason };
  const [slot0Hex, liquidityHex, keyHex] = first.results;
  const slot0 = slot0Hex
    ? decoded(() => decodeFunctionResult({ abi: ABI, functionName: 'getSlot0', data: slot0Hex }))
    : null;
  const key = keyHex ? decoded(() => dex.decodeKey(keyHex, id, deployment)) : null;
  // An unknown id reads as an empty slot (price 0) and an empty key (both currencies 0).
  if (!slot0 || slot0[0] === 0n || !key || (key.currency0 === NATIVE && key.currency1 === NATIVE)) {
    return { ok: false, provider: PROVIDER, reason: dex.noPool };
  }
  const tokens = await tokenFacts(http, rpcUrl, [key.currency0, key.currency1], deployment.native, deadline);
  if ('reason' in tokens) return { ok: false, provider: PROVIDER, reason: tokens.reason };
  const [first0, first1] = tokens.tokens as [TokenFacts, TokenFacts];
  const figures: PoolFigures = { decimals0: first0.decimals, decimals1: first1.decimals, dex: dex.dex };
  if (first0.symbol) figures.symbol0 = first0.symbol;
  if (first1.symbol) figures.symbol1 = first1.symbol;
  try {
    figures.price = priceFromSqrtPriceX96(slot0[0], first0.decimals, first1.decimals).toString();
  } catch {
    return { ok: false, provider: PROVIDER, reason: lt('worker.reason.v4OutOfBounds') };
  }
  const liquidity = liquidityHex
    ? decoded(() => decodeFunctionResult({ abi: ABI, functionName: 'getLiquidity', data: liquidityHex }))
    : null;
  if (liquidity !== null) figures.activeLiquidityRaw = liquidity.toString();
  // slot0's lpFee is the fee swaps pay now (a dynamic-fee pool's hooks may change it at any swap).
  const lpFee = slot0[3];
  if (lpFee > 0 && lpFee <= 100_000) figures.feeTier = new Decimal(lpFee).div(1_000_000).toString();
  figures.dynamicFee = (key.fee & DYNAMIC_FEE_FLAG) !== 0;
  if (key.hooks !== NATIVE) figures.hooks = key.hooks;
  return { ok: true, provider: PROVIDER, fetchedAt: now(), figures };
}

interface TokenFacts {
  decimals: number;
  symbol?: string;
}

/** Decimals and symbols of the two currencies; address 0 is the chain's native coin (18 decimals). */
async function tokenFacts(
  http: JsonClient,
  rpcUrl: string,
  currencies: readonly string[],
  native: string,
  deadline: number,
): Promise<{ tokens: TokenFacts[] } | { reason: Said }> {
  const erc20 = currencies.filter((currency) => currency !== NATIVE);
  const answer = erc20.length
    ? await ethCalls(
        http,
        rpcUrl,
        erc20.flatMap((to) => [
          { to, data: encodeFunctionData({ abi: ABI, functionName: 'decimals' }) },
          { to, data: encodeFunctionData({ abi: ABI, functionName: 'symbol' }) },
        ]),
        deadline,
      )
    : { ok: true as const, results: [] };
  if (!answer.ok) return { reason: answer.reason };
  const tokens = currencies.map((currency) => {
    if (currency === NATIVE) return { decimals: 18, symbol: native };
    const at = erc20.indexOf(currency) * 2;
    const decimalsHex = answer.results[at] ?? null;
    const symbolHex = answer.results[at + 1] ?? null;
    const decimals = decimalsHex
      ? decoded(() => decodeFunctionResult({ abi: ABI, functionName: 'decimals', data: decimalsHex }))
      : null;
    const symbolText = symbolHex
      ? decoded(() => decodeFunctionResult({ abi: ABI, functionName: 'symbol', data: symbolHex }))
      : null;
    const symbol = symbolText === null ? undefined : (parseTokenSymbol(symbolText) ?? undefined);
    return { decimals: decimals ?? -1, ...(symbol ? { symbol } : {}) };
  });
  if (tokens.some((token) => !(token.decimals >= 0 && token.decimals <= 36)))
    return { reason: lt('worker.reason.noDecimals') };
  return { tokens };
}
