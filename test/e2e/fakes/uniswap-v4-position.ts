/**
 * A Uniswap v4 position on the fake chain (Ethereum): #424242 in the ETH/USDC 0.05 % pool that fake-api.ts
 * serves by PoolId (FAKE_V4_POOL, at 2,500 USDC per ETH, tick -198080, in-range liquidity 1.5e19).
 *
 * Shapes as v4-periphery answers them: PositionManager `getPoolAndPositionInfo(uint256)` returns the PoolKey
 * (currency0, currency1, fee, tickSpacing, hooks) and the packed PositionInfo (src/libraries/PositionInfoLibrary.sol
 * at 022bbd51b620dbbee1d30bb6a2dc014efc5ff4d1: 200 bits poolId | 24 bits tickUpper | 24 bits tickLower | 8 bits
 * hasSubscriber); `getPositionLiquidity(uint256)` a uint128; StateView `getPositionInfo(bytes32, address, int24,
 * int24, bytes32)` (liquidity, feeGrowthInside0LastX128, feeGrowthInside1LastX128) and `getFeeGrowthInside(bytes32,
 * int24, int24)` (src/lens/StateView.sol at 1dd0240f87e7f51f00a098f5a97b070750d73994). Addresses: the Ethereum
 * ones of docs.uniswap.org/contracts/v4/deployments.
 *
 * Round figures, worked by hand in test/unit/entrypoints/background/v4-position.test.ts.
 */
import { decodeAbiParameters, encodeAbiParameters, toFunctionSelector, type Hex } from 'viem';
import type { FakeChainContract } from './types';

const STATE_VIEW = '0x7ffe42c4a5deea5b0fec41c94c136cf115597227';
export const V4_POSITION_MANAGER = '0xbd216513d74c8cf14cf4747e6aaa6420ff64ee9e';
const USDC = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48';
const NATIVE = '0x0000000000000000000000000000000000000000';
/** The fake pool's id: keccak256(abi.encode(ETH, USDC, 500, 10, no hooks)), as fake-api.ts's FAKE_V4_POOL. */
export const V4_POSITION_POOL = '0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27';

const Q128 = 1n << 128n;

export const V4_POSITION = {
  tokenId: 424242n,
  tickLower: -200_000,
  tickUpper: -196_000,
  /** 1.5e15: a ten-thousandth of the pool's in-range 1.5e19. */
  liquidity: 1_500_000_000_000_000n,
  /**
   * The PoolId's first 25 bytes, then tickUpper -196000 as 24 bits (0x1000000 - 196000 = 0xfd0260), tickLower
   * -200000 (0x1000000 - 200000 = 0xfcf2c0) and hasSubscriber 1.
   */
  info: 0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d849fd0260fcf2c001n,
  feeGrowthInside0LastX128: 3n * Q128,
  // Fee growth "inside" is relative and wraps: this checkpoint stands for -2^-21 per unit of liquidity.
  feeGrowthInside1LastX128: (1n << 256n) - (Q128 >> 21n),
  /** What StateView's getFeeGrowthInside says now: 2 Q128 + 7 and 2^-20 Q128 past the checkpoints. */
  feeGrowthInside0X128: 5n * Q128 + 7n,
  feeGrowthInside1X128: Q128 >> 21n,
};

const selector = (signature: string) => toFunctionSelector(signature);
const firstWord = (data: string) => `0x${data.slice(10, 74)}`;

export const uniswapV4Position: FakeChainContract = (to, data) => {
  const call = data.slice(0, 10);
  const p = V4_POSITION;
  if (to === V4_POSITION_MANAGER) {
    const isOurs = BigInt(firstWord(data)) === p.tokenId;
    if (call === selector('getPoolAndPositionInfo(uint256)')) {
      // An unminted id reads as an empty key and info 0, as PositionManager's mappings do.
      return encodeAbiParameters(
        [
          {
            type: 'tuple',
            components: [
              { type: 'address' },
              { type: 'address' },
              { type: 'uint24' },
              { type: 'int24' },
              { type: 'address' },
            ],
          },
          { type: 'uint256' },
        ],
        isOurs ? [[NATIVE, USDC, 500, 10, NATIVE], p.info] : [[NATIVE, NATIVE, 0, 0, NATIVE], 0n],
      );
    }
    if (call === selector('getPositionLiquidity(uint256)'))
      return encodeAbiParameters([{ type: 'uint128' }], [isOurs ? p.liquidity : 0n]);
    return null;
  }
  if (to !== STATE_VIEW || firstWord(data) !== V4_POSITION_POOL) return null;
  if (call === selector('getPositionInfo(bytes32,address,int24,int24,bytes32)')) {
    const [, owner, lower, upper, salt] = decodeAbiParameters(
      [{ type: 'bytes32' }, { type: 'address' }, { type: 'int24' }, { type: 'int24' }, { type: 'bytes32' }],
      `0x${data.slice(10)}` as Hex,
    );
    // The PositionManager owns every position, salted with the token id (PositionManager._modifyLiquidity).
    const ours =
      owner.toLowerCase() === V4_POSITION_MANAGER &&
      lower === p.tickLower &&
      upper === p.tickUpper &&
      BigInt(salt) === p.tokenId;
    return encodeAbiParameters(
      [{ type: 'uint128' }, { type: 'uint256' }, { type: 'uint256' }],
      ours ? [p.liquidity, p.feeGrowthInside0LastX128, p.feeGrowthInside1LastX128] : [0n, 0n, 0n],
    );
  }
  if (call === selector('getFeeGrowthInside(bytes32,int24,int24)')) {
    return encodeAbiParameters(
      [{ type: 'uint256' }, { type: 'uint256' }],
      [p.feeGrowthInside0X128, p.feeGrowthInside1X128],
    );
  }
  return null;
};
