/**
 * PancakeSwap Infinity CL pools by their 32-byte PoolId, read on chain through the shared PoolId reader
 * (pool-id-reader.ts). Infinity keeps every CL pool in its CLPoolManager, which answers the reads itself
 * (pancakeswap/infinity-core at 7c04695faeab8b06570cf6c277d9a9717136fb26):
 * - src/pool-cl/interfaces/ICLPoolManager.sol: `getSlot0(PoolId) returns (uint160 sqrtPriceX96, int24 tick,
 *   uint24 protocolFee, uint24 lpFee)` and `getLiquidity(PoolId) returns (uint128)`, the same ABI as v4's StateView;
 * - src/interfaces/IPoolManager.sol: `poolIdToPoolKey(PoolId) returns (Currency currency0, Currency currency1,
 *   IHooks hooks, IPoolManager poolManager, uint24 fee, bytes32 parameters)` (CLPoolManager.sol's public
 *   mapping), the whole key by the whole id;
 * - src/types/PoolId.sol: the id is keccak256 over the key's six 32-byte words, which is checked here, so an
 *   answer for another pool (or a Bin pool's key) is never shown as this one;
 * - src/pool-cl/libraries/CLPoolParametersHelper.sol: tick spacing in bits 16-39 of `parameters` (not needed here).
 * An Infinity Bin pool's id looks the same, but Bin pools live in the BinPoolManager: the CLPoolManager reads it
 * as an empty slot, which is said as "no CL pool with this id".
 *
 * Addresses: infinity-core script/config/bsc-mainnet.json and base-mainnet.json (same commit): clPoolManager
 * 0xa0FfB9c1CE1Fe56963B0321B32E7A0302114058b on both (one CREATE3 address); ethereum-mainnet.json lists none.
 */
import { decodeFunctionResult, encodeAbiParameters, encodeFunctionData, keccak256, parseAbi, type Hex } from 'viem';
import type { ChainId } from '../../../core/index';
import type { ProviderResult } from '../../../lib/messages/pool-data';
import type { JsonClient } from '../http';
import { fetchPoolById, poolIdProvider, type PoolIdDeployment, type PoolIdDex } from './pool-id-reader';
import type { PoolDataProvider } from './provider';
import { lt } from '../../../lib/i18n/localized-text';

const PROVIDER = 'pancakeswap-infinity';
export const INFINITY_CL_POOL_MANAGER: Hex = '0xa0ffb9c1ce1fe56963b0321b32e7a0302114058b';

/** From infinity-core script/config/*-mainnet.json (see the file's header). */
export const INFINITY_CL_DEPLOYMENTS: Partial<Record<ChainId, PoolIdDeployment>> = {
  bsc: { slot0At: INFINITY_CL_POOL_MANAGER, keyAt: INFINITY_CL_POOL_MANAGER, native: 'BNB' },
  base: { slot0At: INFINITY_CL_POOL_MANAGER, keyAt: INFINITY_CL_POOL_MANAGER, native: 'ETH' },
};

const ABI = parseAbi([
  'function poolIdToPoolKey(bytes32 id) view returns (address currency0, address currency1, address hooks, address poolManager, uint24 fee, bytes32 parameters)',
]);

/** An Infinity PoolKey as the six 32-byte words PoolId.sol hashes; the position reader hashes keys with it too. */
export const INFINITY_POOL_KEY_WORDS = [
  { type: 'address' },
  { type: 'address' },
  { type: 'address' },
  { type: 'address' },
  { type: 'uint24' },
  { type: 'bytes32' },
] as const;

export const PANCAKE_INFINITY_CL: PoolIdDex = {
  provider: PROVIDER,
  dex: 'pancakeswap_infinity',
  deployments: INFINITY_CL_DEPLOYMENTS,
  keyCall: (poolId) => encodeFunctionData({ abi: ABI, functionName: 'poolIdToPoolKey', args: [poolId] }),
  decodeKey: (answer, poolId, deployment) => {
    const key = decodeFunctionResult({ abi: ABI, functionName: 'poolIdToPoolKey', data: answer });
    const [currency0, currency1, hooks, poolManager, fee] = key;
    // The key must be this CLPoolManager's and hash to the id asked for.
    if (poolManager.toLowerCase() !== deployment.slot0At) return null;
    if (keccak256(encodeAbiParameters(INFINITY_POOL_KEY_WORDS, key)).toLowerCase() !== poolId.toLowerCase())
      return null;
    return { currency0: currency0.toLowerCase(), currency1: currency1.toLowerCase(), fee, hooks: hooks.toLowerCase() };
  },
  noDeployment: lt('worker.reason.infinityNoDeployment'),
  noPool: lt('worker.reason.infinityNoPool'),
};

export function fetchInfinityClPool(
  http: JsonClient,
  chain: ChainId,
  poolId: string,
  rpcUrl: string,
  deadline: number,
  now: () => number,
): Promise<ProviderResult> {
  return fetchPoolById(PANCAKE_INFINITY_CL, http, chain, poolId, rpcUrl, deadline, now);
}

export const pancakeInfinityPool: PoolDataProvider = poolIdProvider(PANCAKE_INFINITY_CL, {
  name: 'on-chain (PancakeSwap Infinity CLPoolManager)',
  // Only ids a PancakeSwap page names: on Base a Uniswap v4 id has the same shape.
  covers: (target, { rpcUrl }) =>
    target.type === 'pool-id' &&
    target.site === 'pancakeswap' &&
    rpcUrl !== null &&
    INFINITY_CL_DEPLOYMENTS[target.chain] !== undefined,
});
