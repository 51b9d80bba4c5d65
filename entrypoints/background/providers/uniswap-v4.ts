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
import type { ChainId } from '../../../core/index';
import type { ProviderResult } from '../../../lib/messages/pool-data';
import type { JsonClient } from '../http';
import type { PoolTarget } from '../pool-target';
import { fetchPoolById, poolIdProvider, withUsdPrice, type PoolIdDeployment, type PoolIdDex } from './pool-id-reader';
import type { PoolDataProvider } from './provider';
import { lt } from '../../../lib/i18n/localized-text';

export { withUsdPrice };

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
  'function poolKeys(bytes25 poolId) view returns (address currency0, address currency1, uint24 fee, int24 tickSpacing, address hooks)',
]);

/** StateView answers getSlot0 / getLiquidity; the PositionManager's poolKeys(bytes25) the key. */
export const UNISWAP_V4: PoolIdDex = {
  provider: PROVIDER,
  dex: 'uniswap_v4',
  deployments: Object.fromEntries(
    Object.entries(V4_DEPLOYMENTS).map(([chain, d]) => [
      chain,
      { slot0At: d.stateView, keyAt: d.positionManager, native: d.native } satisfies PoolIdDeployment,
    ]),
  ),
  // v4-periphery's PositionManager stores keys under the id's first 25 bytes.
  keyCall: (poolId) => encodeFunctionData({ abi: ABI, functionName: 'poolKeys', args: [poolId.slice(0, 52) as Hex] }),
  decodeKey: (answer) => {
    const [currency0, currency1, fee, , hooks] = decodeFunctionResult({
      abi: ABI,
      functionName: 'poolKeys',
      data: answer,
    });
    return { currency0: currency0.toLowerCase(), currency1: currency1.toLowerCase(), fee, hooks: hooks.toLowerCase() };
  },
  noDeployment: lt('worker.reason.v4NoDeployment'),
  noPool: lt('worker.reason.v4NoPool'),
};

export const uniswapV4Pool: PoolDataProvider = poolIdProvider(UNISWAP_V4, {
  name: 'on-chain (Uniswap v4 StateView)',
  // PancakeSwap's pages name Infinity pools by the same kind of id: those are pancake-infinity.ts's.
  covers: (target: PoolTarget, { rpcUrl }) =>
    target.type === 'pool-id' &&
    target.site !== 'pancakeswap' &&
    rpcUrl !== null &&
    V4_DEPLOYMENTS[target.chain] !== undefined,
});

export function fetchV4Pool(
  http: JsonClient,
  chain: ChainId,
  poolId: string,
  rpcUrl: string,
  deadline: number,
  now: () => number,
): Promise<ProviderResult> {
  return fetchPoolById(UNISWAP_V4, http, chain, poolId, rpcUrl, deadline, now);
}
