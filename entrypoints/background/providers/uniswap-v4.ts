/**
 * Uniswap v4 pools by their 32-byte PoolId, read on chain. v4 keeps every pool in one PoolManager; its
 * StateView lens reads a pool's `getSlot0(poolId)` (price, lp fee) and `getLiquidity(poolId)` by the id the
 * URL carries, and the PositionManager's `poolKeys(bytes25)` gives back the PoolKey (tokens, fee, tick
 * spacing, hooks) from the id's first 25 bytes (v4-periphery PositionManager stores keys under that prefix).
 *
 * Addresses: the official deployment page, docs.uniswap.org/contracts/v4/deployments (Uniswap/docs
 * content/protocols/v4/deployments.mdx at 09d4f55d1e6f73f3811292deaa1bf955776ea8ab). They differ per chain.
 */
import { decodeFunctionResult, encodeFunctionData, parseAbi, type Hex } from 'viem';
import { Decimal, parseTokenSymbol, priceFromSqrtPriceX96, type ChainId } from '../../../core/index';
import type { PoolFigures, ProviderResult } from '../../../lib/messages/pool-data';
import { DEFAULT_RPC_HOSTS } from '../../../lib/settings/rpc-hosts';
import type { JsonClient } from '../http';
import type { PoolTarget } from '../pool-target';
import { ethCalls } from './json-rpc';
import type { PoolDataProvider } from './provider';
import { lt, type Said } from '../../../lib/i18n/localized-text';

const PROVIDER = 'uniswap-v4';

interface V4Deployment {
  stateView: Hex;
  positionManager: Hex;
  /** The chain's native coin, which v4 pools hold as currency address 0. */
  native: string;
}

/** From docs.uniswap.org/contracts/v4/deployments (see the file's header). */
export const V4_DEPLOYMENTS: Partial<Record<ChainId, V4Deployment>> = {
  ethereum: {
    stateView: '0x7ffe42c4a5deea5b0fec41c94c136cf115597227',
    positionManager: '0xbd216513d74c8cf14cf4747e6aaa6420ff64ee9e',
    native: 'ETH',
  },
  unichain: {
    stateView: '0x86e8631a016f9068c3f085faf484ee3f5fdee8f2',
    positionManager: '0x4529a01c7a0410167c5740c487a8de60232617bf',
    native: 'ETH',
  },
  optimism: {
    stateView: '0xc18a3169788f4f75a170290584eca6395c75ecdb',
    positionManager: '0x3c3ea4b57a46241e54610e5f022e5c45859a1017',
    native: 'ETH',
  },
  base: {
    stateView: '0xa3c0c9b65bad0b08107aa264b0f3db444b867a71',
    positionManager: '0x7c5f5a4bbd8fd63184577525326123b519429bdc',
    native: 'ETH',
  },
  arbitrum: {
    stateView: '0x76fd297e2d437cd7f76d50f01afe6160f86e9990',
    positionManager: '0xd88f38f930b7952f2db2432cb002e7abbf3dd869',
    native: 'ETH',
  },
  polygon: {
    stateView: '0x5ea1bd7974c8a611cbab0bdcafcb1d9cc9b3ba5a',
    positionManager: '0x1ec2ebf4f37e7363fdfe3551602425af0b3ceef9',
    native: 'POL',
  },
};

const ABI = parseAbi([
  'function getSlot0(bytes32 poolId) view returns (uint160 sqrtPriceX96, int24 tick, uint24 protocolFee, uint24 lpFee)',
  'function getLiquidity(bytes32 poolId) view returns (uint128 liquidity)',
  'function poolKeys(bytes25 poolId) view returns (address currency0, address currency1, uint24 fee, int24 tickSpacing, address hooks)',
  'function decimals() view returns (uint8)',
  'function symbol() view returns (string)',
]);

/** A PoolKey fee with this flag set means the hooks set the fee per swap (LPFeeLibrary.DYNAMIC_FEE_FLAG). */
const DYNAMIC_FEE_FLAG = 0x800000;
const NATIVE = '0x0000000000000000000000000000000000000000';

export const uniswapV4Pool: PoolDataProvider = {
  id: PROVIDER,
  name: 'on-chain (Uniswap v4 StateView)',
  hosts: DEFAULT_RPC_HOSTS,
  limit: { burst: 20, perMinute: 600, publishedPerMinute: null },
  ttlMs: 60_000,
  covers: (target: PoolTarget, { rpcUrl }) =>
    target.type === 'pool-id' && rpcUrl !== null && V4_DEPLOYMENTS[target.chain] !== undefined,
  load: async (target, { http, deadline, now, rpcUrl, peer }) => {
    const result = await fetchV4Pool(http, target.chain, target.address, rpcUrl!, deadline, now);
    return result.ok ? withUsdPrice(result, await peer('geckoterminal')) : result;
  },
};

/**
 * The USD price of token1, from the API's figures for the same pool, checked against the chain's price. The
 * API orders a pool's tokens by address; a v4 pool holding the native coin (address 0) may be listed under
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

function decoded<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null; // a revert, an empty answer or a malformed one: this figure is not known
  }
}

export async function fetchV4Pool(
  http: JsonClient,
  chain: ChainId,
  poolId: string,
  rpcUrl: string,
  deadline: number,
  now: () => number,
): Promise<ProviderResult> {
  const deployment = V4_DEPLOYMENTS[chain];
  if (!deployment) return { ok: false, provider: PROVIDER, reason: lt('worker.reason.v4NoDeployment') };
  const id = poolId as Hex;
  const first = await ethCalls(
    http,
    rpcUrl,
    [
      { to: deployment.stateView, data: encodeFunctionData({ abi: ABI, functionName: 'getSlot0', args: [id] }) },
      { to: deployment.stateView, data: encodeFunctionData({ abi: ABI, functionName: 'getLiquidity', args: [id] }) },
      {
        to: deployment.positionManager,
        data: encodeFunctionData({ abi: ABI, functionName: 'poolKeys', args: [id.slice(0, 52) as Hex] }),
      },
    ],
    deadline,
  );
  if (!first.ok) return { ok: false, provider: PROVIDER, reason: first.reason };
  const [slot0Hex, liquidityHex, keyHex] = first.results;
  const slot0 = slot0Hex
    ? decoded(() => decodeFunctionResult({ abi: ABI, functionName: 'getSlot0', data: slot0Hex }))
    : null;
  const key = keyHex ? decoded(() => decodeFunctionResult({ abi: ABI, functionName: 'poolKeys', data: keyHex })) : null;
  // An unknown id reads as an empty slot (price 0) and an empty key (both currencies 0).
  if (!slot0 || slot0[0] === 0n || !key || (key[0].toLowerCase() === NATIVE && key[1].toLowerCase() === NATIVE)) {
    return { ok: false, provider: PROVIDER, reason: lt('worker.reason.v4NoPool') };
  }
  const [currency0, currency1, keyFee] = key;
  const currencies = [currency0.toLowerCase(), currency1.toLowerCase()];
  const tokens = await tokenFacts(http, rpcUrl, currencies, deployment.native, deadline);
  if ('reason' in tokens) return { ok: false, provider: PROVIDER, reason: tokens.reason };
  const [first0, first1] = tokens.tokens as [TokenFacts, TokenFacts];
  const figures: PoolFigures = { decimals0: first0.decimals, decimals1: first1.decimals, dex: 'uniswap_v4' };
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
  figures.dynamicFee = (keyFee & DYNAMIC_FEE_FLAG) !== 0;
  const hooks = key[4].toLowerCase();
  if (hooks !== NATIVE) figures.hooks = hooks;
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
