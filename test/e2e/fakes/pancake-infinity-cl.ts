/**
 * A PancakeSwap Infinity CL pool on the fake chain (BSC), by PoolId: BNB / USDT with a hooks contract and a
 * dynamic fee (the key's fee is DYNAMIC_FEE_FLAG 0x800000; slot0's lpFee 2500 = 0.25 % is what swaps pay now),
 * tick spacing 10, at 625 USDT per BNB with 1e24 of in-range liquidity.
 *
 * Shapes as pancakeswap/infinity-core (7c04695faeab8b06570cf6c277d9a9717136fb26) declares them: CLPoolManager
 * getSlot0(PoolId) -> (uint160 sqrtPriceX96, int24 tick, uint24 protocolFee, uint24 lpFee), getLiquidity(PoolId)
 * -> uint128, poolIdToPoolKey(PoolId) -> (currency0, currency1, hooks, poolManager, uint24 fee, bytes32
 * parameters); the id is keccak256 over those six words (src/types/PoolId.sol). CLPoolManager's BSC address is
 * script/config/bsc-mainnet.json's.
 */
import { encodeAbiParameters, toFunctionSelector } from 'viem';
import type { FakeChainContract } from './types';

const CL_POOL_MANAGER = '0xa0ffb9c1ce1fe56963b0321b32e7a0302114058b';
const USDT = '0x55d398326f99059ff775485246999027b3197955';
const NATIVE = '0x0000000000000000000000000000000000000000';
export const INFINITY_HOOKS = '0x2222222222222222222222222222222222222222';
/** keccak256(abi.encode(BNB, USDT, hooks 0x2222…2222, CLPoolManager, 0x800000, 10 << 16)). */
export const INFINITY_CL_POOL = '0x5e217e8f96eb6e1704faa35122d0c0aca6924f2a302e4779bd0e245550449eff';

export const pancakeInfinityCl: FakeChainContract = (to, data) => {
  if (to !== CL_POOL_MANAGER || data.slice(10) !== INFINITY_CL_POOL.slice(2)) return null;
  switch (data.slice(0, 10)) {
    case toFunctionSelector('getSlot0(bytes32)'):
      // sqrt(625) x 2^96 = 25 x 2^96: 625 USDT per BNB, both 18 decimals; tick floor(log_1.0001(625)) = floor(64380.7) = 64380.
      return encodeAbiParameters(
        [{ type: 'uint160' }, { type: 'int24' }, { type: 'uint24' }, { type: 'uint24' }],
        [25n * 2n ** 96n, 64_380, 0, 2500],
      );
    case toFunctionSelector('getLiquidity(bytes32)'):
      return encodeAbiParameters([{ type: 'uint128' }], [10n ** 24n]);
    case toFunctionSelector('poolIdToPoolKey(bytes32)'):
      return encodeAbiParameters(
        [
          { type: 'address' },
          { type: 'address' },
          { type: 'address' },
          { type: 'address' },
          { type: 'uint24' },
          { type: 'bytes32' },
        ],
        [NATIVE, USDT, INFINITY_HOOKS, CL_POOL_MANAGER, 0x800000, `0x${'0'.repeat(58)}0a0000`],
      );
    default:
      return null;
  }
};
