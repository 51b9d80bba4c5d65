/**
 * Where each concentrated-liquidity DEX keeps its position NFTs: the NonfungiblePositionManager and the factory
 * that maps (token0, token1, fee or tick spacing) to the pool, per chain. All four share Uniswap v3's
 * position-manager shape; what differs is written here, each read from the protocol's own sources:
 *
 * - Uniswap v3: docs.uniswap.org/contracts/v3/reference/deployments (Ethereum, Arbitrum, Optimism, Polygon share
 *   one address; Base has its own).
 * - PancakeSwap v3: pancakeswap/pancake-developer docs/pages/contracts/v3/addresses.md at commit
 *   e4778927f6e69ae6c1d90de08265c1d405f93703 ("BSC, ETH, ARB, Linea, Base, opBNB": factory 0x0BFbCF9f…1865,
 *   manager 0x46A15B0b…4364; zkSync has its own pair), the same as pancakeswap/pancake-v3-contracts
 *   deployments/bscMainnet.json and projects/v3-periphery/deployments/eth.json at ffa4fb2cef38cf4769ff88e1cc5551c4af4f6c57.
 *   Its pools are created by a separate PoolDeployer, but the factory's getPool answers for them.
 * - SushiSwap v3: sushi-labs/sushi src/evm/config/features/sushiswap-v3.ts at commit
 *   d73cab24b55b1975c29f75bc875d2a3476efebf0 (SUSHISWAP_V3_FACTORY_ADDRESS, SUSHISWAP_V3_POSITION_MANAGER).
 * - Aerodrome Slipstream (Base): aerodrome-finance/slipstream README.md "Deployment" at commit
 *   7844368af8f83459b5056ff5f3334ff041232382. Its ABI differs (same repo, same commit):
 *   contracts/periphery/interfaces/INonfungiblePositionManager.sol `positions()` returns `int24 tickSpacing`
 *   where v3 has `uint24 fee`; contracts/core/interfaces/ICLFactory.sol `getPool(address, address, int24
 *   tickSpacing)`; contracts/core/libraries/Tick.sol Info has `int128 stakedLiquidityNet` after liquidityNet, so
 *   `ticks()` puts feeGrowthOutside0X128 / 1X128 in words 3 and 4 (v3: 2 and 3). slot0 keeps sqrtPriceX96 and
 *   tick in words 0 and 1, as in every v3 fork here (PancakeSwap's feeProtocol is uint32, after the tick).
 *   PancakeSwap v3's Tick.Info (pancake-v3-contracts projects/v3-core/contracts/libraries/Tick.sol at ffa4fb2c)
 *   is Uniswap's.
 */
import type { ChainId } from '../../../core/index';
import type { PositionProtocol } from '../../../lib/messages/pool-data';

export type { PositionProtocol };

export interface PositionDeployment {
  manager: string;
  factory: string;
}

export interface PositionProtocolShape {
  /** The position's fifth field and getPool's third argument: a fee tier (uint24) or a tick spacing (int24). */
  poolKey: 'fee' | 'tickSpacing';
  /** Which 32-byte words of the pool's `ticks(tick)` answer hold feeGrowthOutside0X128 and 1X128. */
  feeGrowthOutsideWords: readonly [number, number];
  deployments: Partial<Record<ChainId, PositionDeployment>>;
}

const UNISWAP_MANAGER = '0xc36442b4a4522e871399cd717abdd847ab11fe88';
const UNISWAP_FACTORY = '0x1f98431c8ad98523631ae4a59f267346ea31f984';
const PANCAKE = {
  manager: '0x46a15b0b27311cedf172ab29e4f4766fbe7f4364',
  factory: '0x0bfbcf9fa4f9c56b0f40a671ad40e0805a091865',
};

/**
 * The v3-style position managers; Uniswap v4's PositionManager and PancakeSwap Infinity's CLPositionManager have
 * another shape (v4-position.ts, infinity-cl-position.ts).
 */
export type V3PositionProtocol = Exclude<PositionProtocol, 'uniswap-v4' | 'pancakeswap-infinity-cl'>;

export const POSITION_PROTOCOL_SHAPES: Record<V3PositionProtocol, PositionProtocolShape> = {
  'uniswap-v3': {
    poolKey: 'fee',
    feeGrowthOutsideWords: [2, 3],
    deployments: {
      ethereum: { manager: UNISWAP_MANAGER, factory: UNISWAP_FACTORY },
      arbitrum: { manager: UNISWAP_MANAGER, factory: UNISWAP_FACTORY },
      optimism: { manager: UNISWAP_MANAGER, factory: UNISWAP_FACTORY },
      polygon: { manager: UNISWAP_MANAGER, factory: UNISWAP_FACTORY },
      base: {
        manager: '0x03a520b32c04bf3beef7beb72e919cf822ed34f1',
        factory: '0x33128a8fc17869897dce68ed026d694621f6fdfd',
      },
    },
  },
  'pancakeswap-v3': {
    poolKey: 'fee',
    feeGrowthOutsideWords: [2, 3],
    deployments: {
      bsc: PANCAKE,
      ethereum: PANCAKE,
      arbitrum: PANCAKE,
      linea: PANCAKE,
      base: PANCAKE,
      opbnb: PANCAKE,
      zksync: {
        manager: '0xa815e2ed7f7d5b0c49fda367f249232a1b9d2883',
        factory: '0x1bb72e0cbbea93c08f535fc7856e0338d7f7a8ab',
      },
    },
  },
  'sushiswap-v3': {
    poolKey: 'fee',
    feeGrowthOutsideWords: [2, 3],
    deployments: {
      ethereum: {
        manager: '0x2214a42d8e2a1d20635c2cb0664422c528b6a432',
        factory: '0xbaceb8ec6b9355dfc0269c18bac9d6e2bdc29c4f',
      },
      arbitrum: {
        manager: '0xf0cbce1942a68beb3d1b73f0dd86c8dcc363ef49',
        factory: '0x1af415a1eba07a4986a52b6f2e7de7003d82231e',
      },
      base: {
        manager: '0x80c7dd17b01855a6d2347444a0fcc36136a314de',
        factory: '0xc35dadb65012ec5796536bd9864ed8773abc74c4',
      },
      bsc: {
        manager: '0xf70c086618dcf2b1a461311275e00d6b722ef914',
        factory: '0x126555dd55a39328f69400d6ae4f782bd4c34abb',
      },
      optimism: {
        manager: '0x1af415a1eba07a4986a52b6f2e7de7003d82231e',
        factory: '0x9c6522117e2ed1fe5bdb72bb0ed5e3f2bde7dbe0',
      },
      polygon: {
        manager: '0xb7402ee99f0a008e461098ac3a27f4957df89a40',
        factory: '0x917933899c6a5f8e37f31e19f92cdbff7e8ff0e2',
      },
      avalanche: {
        manager: '0x18350b048ab366ed601ffdbc669110ecb36016f3',
        factory: '0x3e603c14af37ebdad31709c4f848fc6ad5bec715',
      },
      linea: {
        manager: '0x80c7dd17b01855a6d2347444a0fcc36136a314de',
        factory: '0xc35dadb65012ec5796536bd9864ed8773abc74c4',
      },
      scroll: {
        manager: '0x0389879e0156033202c44bf784ac18fc02edee4f',
        factory: '0x46b3fdf7b5cde91ac049936bf0bdb12c5d22202e',
      },
    },
  },
  'aerodrome-slipstream': {
    poolKey: 'tickSpacing',
    feeGrowthOutsideWords: [3, 4],
    deployments: {
      base: {
        manager: '0x827922686190790b37229fd06084350e74485b72',
        factory: '0x5e7bb104d84c7cb9b682aac2f3d509f5f406809a',
      },
    },
  },
};

/** Which protocol's position manager a detected position page names, or null when none is read. */
export function positionProtocolFor(site: string, protocolVersion: string | undefined): PositionProtocol | null {
  if (site === 'uniswap' && protocolVersion === 'v4') return 'uniswap-v4';
  if (site === 'pancakeswap' && protocolVersion === 'infinityCl') return 'pancakeswap-infinity-cl';
  if (protocolVersion !== 'v3' && protocolVersion !== 'slipstream') return null;
  if (site === 'uniswap' && protocolVersion === 'v3') return 'uniswap-v3';
  if (site === 'pancakeswap' && protocolVersion === 'v3') return 'pancakeswap-v3';
  if (site === 'sushiswap' && protocolVersion === 'v3') return 'sushiswap-v3';
  if (site === 'aerodrome' && protocolVersion === 'slipstream') return 'aerodrome-slipstream';
  return null;
}
