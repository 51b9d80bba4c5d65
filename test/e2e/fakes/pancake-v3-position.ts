/**
 * PancakeSwap v3 on the fake chain (BSC): position #777001 in the USDT/WBNB 0.01 % pool, read through the
 * NonfungiblePositionManager and PancakeV3Factory at their BSC addresses (pancakeswap/pancake-v3-contracts
 * deployments/bscMainnet.json at ffa4fb2cef38cf4769ff88e1cc5551c4af4f6c57). Layouts as PancakeSwap's contracts
 * answer them (same repo and commit): positions() as Uniswap v3's NonfungiblePositionManager; the pool's slot0
 * with a uint32 feeProtocol (projects/v3-core/contracts/PancakeV3Pool.sol); ticks() as v3-core's Tick.Info
 * (projects/v3-core/contracts/libraries/Tick.sol): liquidityGross, liquidityNet, feeGrowthOutside0X128,
 * feeGrowthOutside1X128, tickCumulativeOutside, secondsPerLiquidityOutsideX128, secondsOutside, initialized.
 *
 * The figures are round so the uncollected fees can be worked by hand (see test/unit/entrypoints/background/
 * position.test.ts): USDT (token0, 18 decimals) and WBNB (token1, 18 decimals) at 625 USDT per WBNB.
 */
import { encodeAbiParameters, toFunctionSelector } from 'viem';
import type { FakeChainContract } from './types';

export const PANCAKE_MANAGER = '0x46a15b0b27311cedf172ab29e4f4766fbe7f4364';
export const PANCAKE_FACTORY = '0x0bfbcf9fa4f9c56b0f40a671ad40e0805a091865';
/** USDT/WBNB 0.01 % on BSC (the pool pancakeswap.finance/liquidity/pool/bsc/… links to). */
export const PANCAKE_POOL = '0x172fcd41e0913e95784454622d1c3724f546f849';
export const USDT_BSC = '0x55d398326f99059ff775485246999027b3197955';
export const WBNB = '0xbb4cdb9cbd36b01bd1cbea8b45eb96d4d6b7e6ca';

const Q128 = 1n << 128n;
const Q124 = 1n << 124n;

export const PANCAKE_POSITION = {
  tokenId: 777001n,
  fee: 100,
  tickLower: -70_000,
  tickUpper: -60_000,
  liquidity: 2n * 10n ** 18n,
  feeGrowthInside0LastX128: 4n * Q128,
  // Fee growth "inside" is relative and can wrap: this checkpoint stands for -1/8 per unit of liquidity.
  feeGrowthInside1LastX128: (1n << 256n) - 2n * Q124,
  tokensOwed0: 5n * 10n ** 17n,
  tokensOwed1: 0n,
};

export const PANCAKE_POOL_STATE = {
  /** sqrt(0.0016) x 2^96 = 2^96 / 25: 0.0016 WBNB per USDT, 625 USDT per WBNB (both tokens have 18 decimals). */
  sqrtPriceX96: 2n ** 96n / 25n,
  /** floor(log_1.0001(0.0016)) = floor(-64380.74). */
  tick: -64_381,
  // 1e6 in human units (both tokens 18 decimals): the depth of a pool with tens of millions in range.
  liquidity: 10n ** 24n,
  // 10 + 0.25 per unit of liquidity in token0, one wei more, so the floor of mulDiv shows.
  feeGrowthGlobal0X128: 10n * Q128 + Q128 / 4n + 1n,
  feeGrowthGlobal1X128: 3n * Q124,
  lower: { feeGrowthOutside0X128: Q128, feeGrowthOutside1X128: Q124 },
  upper: { feeGrowthOutside0X128: 2n * Q128, feeGrowthOutside1X128: 0n },
};

const selector = (signature: string) => toFunctionSelector(signature);
const uint = (n: bigint | number) => encodeAbiParameters([{ type: 'uint256' }], [BigInt(n)]);
const int24Argument = (data: string) => Number(BigInt.asIntN(24, BigInt(`0x${data.slice(10)}`)));

function tick(outside: { feeGrowthOutside0X128: bigint; feeGrowthOutside1X128: bigint }): string {
  return encodeAbiParameters(
    [
      { type: 'uint128' },
      { type: 'int128' },
      { type: 'uint256' },
      { type: 'uint256' },
      { type: 'int56' },
      { type: 'uint160' },
      { type: 'uint32' },
      { type: 'bool' },
    ],
    [1n, 1n, outside.feeGrowthOutside0X128, outside.feeGrowthOutside1X128, 0n, 0n, 0, true],
  );
}

export const pancakeV3Position: FakeChainContract = (to, data) => {
  const call = data.slice(0, 10);
  if (to === PANCAKE_MANAGER && call === selector('positions(uint256)')) {
    if (BigInt(`0x${data.slice(10)}`) !== PANCAKE_POSITION.tokenId) return null;
    const p = PANCAKE_POSITION;
    return encodeAbiParameters(
      [
        { type: 'uint96' },
        { type: 'address' },
        { type: 'address' },
        { type: 'address' },
        { type: 'uint24' },
        { type: 'int24' },
        { type: 'int24' },
        { type: 'uint128' },
        { type: 'uint256' },
        { type: 'uint256' },
        { type: 'uint128' },
        { type: 'uint128' },
      ],
      [
        0n,
        '0x0000000000000000000000000000000000000000',
        USDT_BSC,
        WBNB,
        p.fee,
        p.tickLower,
        p.tickUpper,
        p.liquidity,
        p.feeGrowthInside0LastX128,
        p.feeGrowthInside1LastX128,
        p.tokensOwed0,
        p.tokensOwed1,
      ],
    );
  }
  if (to === PANCAKE_FACTORY && call === selector('getPool(address,address,uint24)')) {
    return encodeAbiParameters([{ type: 'address' }], [PANCAKE_POOL]);
  }
  if (to === PANCAKE_POOL) {
    const s = PANCAKE_POOL_STATE;
    switch (call) {
      case selector('slot0()'):
        return encodeAbiParameters(
          [
            { type: 'uint160' },
            { type: 'int24' },
            { type: 'uint16' },
            { type: 'uint16' },
            { type: 'uint16' },
            { type: 'uint32' },
            { type: 'bool' },
          ],
          [s.sqrtPriceX96, s.tick, 0, 1, 1, 0, true],
        );
      case selector('liquidity()'):
        return uint(s.liquidity);
      case selector('fee()'):
        return uint(PANCAKE_POSITION.fee);
      case selector('token0()'):
        return encodeAbiParameters([{ type: 'address' }], [USDT_BSC]);
      case selector('token1()'):
        return encodeAbiParameters([{ type: 'address' }], [WBNB]);
      case selector('feeGrowthGlobal0X128()'):
        return uint(s.feeGrowthGlobal0X128);
      case selector('feeGrowthGlobal1X128()'):
        return uint(s.feeGrowthGlobal1X128);
      case selector('ticks(int24)'): {
        const at = int24Argument(data);
        if (at === PANCAKE_POSITION.tickLower) return tick(s.lower);
        if (at === PANCAKE_POSITION.tickUpper) return tick(s.upper);
        return tick({ feeGrowthOutside0X128: 0n, feeGrowthOutside1X128: 0n });
      }
      default:
        return null;
    }
  }
  if (to === USDT_BSC || to === WBNB) {
    if (call === selector('decimals()')) return uint(18);
    if (call === selector('symbol()'))
      return encodeAbiParameters([{ type: 'string' }], [to === USDT_BSC ? 'USDT' : 'WBNB']);
  }
  return null;
};
