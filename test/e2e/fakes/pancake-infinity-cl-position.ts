/**
 * A PancakeSwap Infinity CL position on the fake chain (BSC): #555001 in the BNB/USDT pool that
 * pancake-infinity-cl.ts serves (625 USDT per BNB, tick 64380, in-range liquidity 1e24).
 *
 * Shapes as pancakeswap/infinity-periphery (39976acec90d43f73f2bcc0e008cf23ec55bbc80) and infinity-core
 * (7c04695faeab8b06570cf6c277d9a9717136fb26) declare them: CLPositionManager getPoolAndPositionInfo(uint256) ->
 * (PoolKey six fields, uint256 CLPositionInfo packed as v4's PositionInfo), getPositionLiquidity(uint256) ->
 * uint128; CLPoolManager getFeeGrowthGlobals(bytes32) -> (uint256, uint256), getPoolTickInfo(bytes32, int24) ->
 * Tick.Info (uint128, int128, uint256, uint256), getPosition(bytes32, address, int24, int24, bytes32) ->
 * CLPosition.Info (uint128, uint256, uint256). Addresses: the BSC ones of script/config/bsc-mainnet.json.
 *
 * Round figures, worked by hand in test/unit/entrypoints/background/infinity-cl-position.test.ts.
 */
import { decodeAbiParameters, encodeAbiParameters, toFunctionSelector, type Hex } from 'viem';
import { INFINITY_CL_POOL, INFINITY_HOOKS } from './pancake-infinity-cl';
import type { FakeChainContract } from './types';

export const INFINITY_CL_POSITION_MANAGER = '0x55f4c8aba71a1e923edc303eb4feff14608cc226';
const CL_POOL_MANAGER = '0xa0ffb9c1ce1fe56963b0321b32e7a0302114058b';
const USDT = '0x55d398326f99059ff775485246999027b3197955';
const NATIVE = '0x0000000000000000000000000000000000000000';
const Q128 = 1n << 128n;

export const INFINITY_POSITION = {
  tokenId: 555001n,
  tickLower: 60_000,
  tickUpper: 70_000,
  /** 2e20: two ten-thousandths of the pool's in-range 1e24. */
  liquidity: 200_000_000_000_000_000_000n,
  /**
   * The pool id's first 25 bytes, then tickUpper 70000 = 0x011170 and tickLower 60000 = 0x00ea60 as 24 bits,
   * and hasSubscriber 0.
   */
  info: ((BigInt(INFINITY_CL_POOL) >> 56n) << 56n) | (0x011170n << 32n) | (0x00ea60n << 8n),
  feeGrowthGlobal0X128: 2n * Q128 + (Q128 >> 10n),
  feeGrowthGlobal1X128: Q128 >> 8n,
  lower: { feeGrowthOutside0X128: Q128, feeGrowthOutside1X128: 0n },
  upper: { feeGrowthOutside0X128: Q128, feeGrowthOutside1X128: 0n },
  feeGrowthInside0LastX128: 0n,
  // Relative and wrapping: -2^-8 per unit of liquidity.
  feeGrowthInside1LastX128: (1n << 256n) - (Q128 >> 8n),
};

const selector = (signature: string) => toFunctionSelector(signature);
const words = (data: string) => `0x${data.slice(10)}` as Hex;

export const pancakeInfinityClPosition: FakeChainContract = (to, data) => {
  const call = data.slice(0, 10);
  const p = INFINITY_POSITION;
  if (to === INFINITY_CL_POSITION_MANAGER) {
    const [tokenId] = decodeAbiParameters([{ type: 'uint256' }], words(data));
    // Another id: a revert here (the real manager answers an empty key for it); both read as no position.
    if (tokenId !== p.tokenId) return null;
    if (call === selector('getPoolAndPositionInfo(uint256)'))
      return encodeAbiParameters(
        [
          {
            type: 'tuple',
            components: [
              { type: 'address' },
              { type: 'address' },
              { type: 'address' },
              { type: 'address' },
              { type: 'uint24' },
              { type: 'bytes32' },
            ],
          },
          { type: 'uint256' },
        ],
        [[NATIVE, USDT, INFINITY_HOOKS, CL_POOL_MANAGER, 0x800000, `0x${'0'.repeat(58)}0a0000`], p.info],
      );
    if (call === selector('getPositionLiquidity(uint256)'))
      return encodeAbiParameters([{ type: 'uint128' }], [p.liquidity]);
    return null;
  }
  if (to !== CL_POOL_MANAGER || data.slice(10, 74) !== INFINITY_CL_POOL.slice(2)) return null;
  switch (call) {
    case selector('getFeeGrowthGlobals(bytes32)'):
      return encodeAbiParameters(
        [{ type: 'uint256' }, { type: 'uint256' }],
        [p.feeGrowthGlobal0X128, p.feeGrowthGlobal1X128],
      );
    case selector('getPoolTickInfo(bytes32,int24)'): {
      const [, tick] = decodeAbiParameters([{ type: 'bytes32' }, { type: 'int24' }], words(data));
      const outside = tick === p.tickLower ? p.lower : tick === p.tickUpper ? p.upper : null;
      if (!outside) return null;
      return encodeAbiParameters(
        [{ type: 'uint128' }, { type: 'int128' }, { type: 'uint256' }, { type: 'uint256' }],
        [p.liquidity, 0n, outside.feeGrowthOutside0X128, outside.feeGrowthOutside1X128],
      );
    }
    case selector('getPosition(bytes32,address,int24,int24,bytes32)'): {
      const [, owner, lower, upper, salt] = decodeAbiParameters(
        [{ type: 'bytes32' }, { type: 'address' }, { type: 'int24' }, { type: 'int24' }, { type: 'bytes32' }],
        words(data),
      );
      // The CLPositionManager owns every position, salted with the token id.
      const ours =
        owner.toLowerCase() === INFINITY_CL_POSITION_MANAGER &&
        lower === p.tickLower &&
        upper === p.tickUpper &&
        BigInt(salt) === p.tokenId;
      return encodeAbiParameters(
        [{ type: 'uint128' }, { type: 'uint256' }, { type: 'uint256' }],
        ours ? [p.liquidity, p.feeGrowthInside0LastX128, p.feeGrowthInside1LastX128] : [0n, 0n, 0n],
      );
    }
    default:
      return null;
  }
};
