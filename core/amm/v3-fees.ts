/**
 * Uncollected fees of a Uniswap v3 position from its on-chain state, bit for bit as v3-core computes them.
 *
 * Sources: Uniswap/v3-core at d8b1c635c275d2a9450bd6a78f3fa2484fef73eb (the same arithmetic as the deployed
 * v1.0.0, ef64f51d0f0dca5346c903484f3e6a771dd69d59; later commits changed only pragmas and formatting):
 * - contracts/libraries/Tick.sol getFeeGrowthInside (last changed in fc2107bd5709cdee6742d5164c1eb998566bcb75):
 *     below = tickCurrent >= tickLower ? lower.outside : global - lower.outside
 *     above = tickCurrent <  tickUpper ? upper.outside : global - upper.outside
 *     inside = global - below - above
 *   all uint256 under Solidity < 0.8, so every subtraction wraps mod 2^256. The outside values are only
 *   relative (set when a tick is initialised, flipped to global - outside when it is crossed), so they can
 *   exceed the global value and an "inside" can wrap; differences of two insides are still right mod 2^256.
 * - contracts/libraries/Position.sol update (last changed in c5ccf4d28a73fde90f0bb9ea3fd299d7d2bcdf83):
 *     tokensOwed += uint128(FullMath.mulDiv(inside - insideLast, liquidity, FixedPoint128.Q128))
 *   the difference wrapping mod 2^256, the quotient cut to its low 128 bits by the uint128 cast, and the sum
 *   wrapping mod 2^128 ("overflow is acceptable, have to withdraw before you hit type(uint128).max fees").
 * - contracts/libraries/FullMath.sol mulDiv (last changed in fc2107bd5709cdee6742d5164c1eb998566bcb75):
 *   floor(a * b / denominator) with a 512-bit intermediate, reverting only if the quotient exceeds 2^256 - 1,
 *   which cannot happen here (liquidity < 2^128 = denominator). BigInt has the full product, so mulDiv is a
 *   plain floor division.
 *
 * This is what the pool would credit on a poke (burn of 0 liquidity), i.e. what collect() would pay out now.
 * Amounts are raw integers (token base units); rawToHuman in units.ts applies decimals.
 */
import { LpInputError, integer, namedInputs } from '../numbers';
import type { RawAmount } from '../units';
import { MAX_TICK, MIN_TICK } from './q96';

const Q128 = 1n << 128n;

export interface TickFeeGrowthOutside {
  feeGrowthOutside0X128: unknown;
  feeGrowthOutside1X128: unknown;
}

export interface FeeGrowthInsideInput {
  feeGrowthGlobal0X128: unknown;
  feeGrowthGlobal1X128: unknown;
  tickLower: unknown;
  tickUpper: unknown;
  /** The pool's slot0.tick. */
  tickCurrent: unknown;
  /** ticks(tickLower) of the pool. */
  lower: TickFeeGrowthOutside;
  /** ticks(tickUpper) of the pool. */
  upper: TickFeeGrowthOutside;
}

export interface UncollectedFeesInput extends FeeGrowthInsideInput {
  /** The position's liquidity (uint128). */
  liquidity: unknown;
  feeGrowthInside0LastX128: unknown;
  feeGrowthInside1LastX128: unknown;
  tokensOwed0: unknown;
  tokensOwed1: unknown;
}

export interface FeeGrowthInside {
  feeGrowthInside0X128: bigint;
  feeGrowthInside1X128: bigint;
}

export interface UncollectedFees {
  /** Raw token0 the position could collect now (tokensOwed0 plus the fees since its last update). */
  amount0: RawAmount;
  amount1: RawAmount;
}

/**
 * An unsigned on-chain integer of `bits` bits: a bigint, a safe whole number, or a string of decimal digits.
 * Anything else is refused, never coerced: a float or a Decimal is not a raw integer.
 */
function uintInput(value: unknown, field: string, bits: 128 | 256): bigint {
  let n: bigint | undefined;
  if (typeof value === 'bigint') n = value;
  else if (typeof value === 'number' && Number.isSafeInteger(value)) n = BigInt(value);
  else if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) n = BigInt(value.trim());
  if (n === undefined) throw new LpInputError(field, 'not-a-number', `must be a whole number (uint${bits})`);
  if (n < 0n) throw new LpInputError(field, 'negative', 'must not be negative');
  if (n >> BigInt(bits) !== 0n) throw new LpInputError(field, 'out-of-range', `must fit in a uint${bits}`);
  return n;
}

/** Ticks as the pool accepts them (checkTicks in UniswapV3Pool.sol): MIN_TICK..MAX_TICK, lower < upper. */
function checkedTicks(input: FeeGrowthInsideInput): { lower: number; upper: number; current: number } {
  const lower = integer(input.tickLower, 'tickLower', MIN_TICK, MAX_TICK);
  const upper = integer(input.tickUpper, 'tickUpper', MIN_TICK, MAX_TICK);
  if (lower >= upper) throw new LpInputError('tickUpper', 'order', 'must be above tickLower');
  const current = integer(input.tickCurrent, 'tickCurrent', MIN_TICK, MAX_TICK);
  return { lower, upper, current };
}

const sub256 = (a: bigint, b: bigint) => BigInt.asUintN(256, a - b);

function insideOf(
  global: bigint,
  outsideLower: bigint,
  outsideUpper: bigint,
  ticks: { lower: number; upper: number; current: number },
): bigint {
  const below = ticks.current >= ticks.lower ? outsideLower : sub256(global, outsideLower);
  const above = ticks.current < ticks.upper ? outsideUpper : sub256(global, outsideUpper);
  return sub256(sub256(global, below), above);
}

function tickOutside(value: unknown, field: 'lower' | 'upper'): { out0: bigint; out1: bigint } {
  const tick = namedInputs(value as TickFeeGrowthOutside, field);
  return {
    out0: uintInput(tick.feeGrowthOutside0X128, `${field}.feeGrowthOutside0X128`, 256),
    out1: uintInput(tick.feeGrowthOutside1X128, `${field}.feeGrowthOutside1X128`, 256),
  };
}

function feeGrowthInsideChecked(input: FeeGrowthInsideInput): FeeGrowthInside {
  const ticks = checkedTicks(input);
  const global0 = uintInput(input.feeGrowthGlobal0X128, 'feeGrowthGlobal0X128', 256);
  const global1 = uintInput(input.feeGrowthGlobal1X128, 'feeGrowthGlobal1X128', 256);
  const lower = tickOutside(input.lower, 'lower');
  const upper = tickOutside(input.upper, 'upper');
  return {
    feeGrowthInside0X128: insideOf(global0, lower.out0, upper.out0, ticks),
    feeGrowthInside1X128: insideOf(global1, lower.out1, upper.out1, ticks),
  };
}

/** Tick.getFeeGrowthInside: all-time fee growth per unit of liquidity inside [tickLower, tickUpper), X128. */
export function feeGrowthInsideV3(input: FeeGrowthInsideInput): FeeGrowthInside {
  namedInputs(input);
  return feeGrowthInsideChecked(input);
}

/**
 * Fees earned by `liquidity` since a checkpoint, raw: FullMath.mulDiv(inside - insideLast, liquidity, Q128), the
 * difference wrapping mod 2^256, as v3-core's and v4-core's Position.update both compute it.
 */
const growthFees = (now: bigint, last: bigint, liquidity: bigint): bigint => (sub256(now, last) * liquidity) / Q128;

/** Position.update's fee accrual on top of the tokensOwed already stored: raw amounts, exactly as v3-core. */
export function uncollectedFeesV3(input: UncollectedFeesInput): UncollectedFees {
  namedInputs(input);
  const liquidity = uintInput(input.liquidity, 'liquidity', 128);
  const last0 = uintInput(input.feeGrowthInside0LastX128, 'feeGrowthInside0LastX128', 256);
  const last1 = uintInput(input.feeGrowthInside1LastX128, 'feeGrowthInside1LastX128', 256);
  const owed0 = uintInput(input.tokensOwed0, 'tokensOwed0', 128);
  const owed1 = uintInput(input.tokensOwed1, 'tokensOwed1', 128);
  const inside = feeGrowthInsideChecked(input);
  // v3-core keeps the accrual and tokensOwed in uint128, both wrapping.
  const accrued = (now: bigint, last: bigint, owed: bigint) =>
    BigInt.asUintN(128, owed + BigInt.asUintN(128, growthFees(now, last, liquidity))) as RawAmount;
  return {
    amount0: accrued(inside.feeGrowthInside0X128, last0, owed0),
    amount1: accrued(inside.feeGrowthInside1X128, last1, owed1),
  };
}

export interface UncollectedFeesV4Input {
  /** The position's liquidity (StateView getPositionInfo, uint128). */
  liquidity: unknown;
  /** StateView getFeeGrowthInside(poolId, tickLower, tickUpper): the pool's fee growth inside the range now. */
  feeGrowthInside0X128: unknown;
  feeGrowthInside1X128: unknown;
  /** StateView getPositionInfo: the checkpoint at the position's last change. */
  feeGrowthInside0LastX128: unknown;
  feeGrowthInside1LastX128: unknown;
}

/**
 * Uniswap v4 (and PancakeSwap Infinity CL) fee accrual, exactly as v4-core's Position.update computes it
 * (Uniswap/v4-core src/libraries/Position.sol at 035b4ab3d606392929c45a46b03fc063bc009f3b):
 *     unchecked { feesOwed = FullMath.mulDiv(inside - insideLast, liquidity, FixedPoint128.Q128) }
 * the difference wrapping mod 2^256, the result a uint256 (v4 keeps no tokensOwed: fees are paid out at each
 * liquidity change, so what is owed now is only the growth since the last one). Raw token units.
 */
export function uncollectedFeesV4(input: UncollectedFeesV4Input): UncollectedFees {
  namedInputs(input);
  const liquidity = uintInput(input.liquidity, 'liquidity', 128);
  const now0 = uintInput(input.feeGrowthInside0X128, 'feeGrowthInside0X128', 256);
  const now1 = uintInput(input.feeGrowthInside1X128, 'feeGrowthInside1X128', 256);
  const last0 = uintInput(input.feeGrowthInside0LastX128, 'feeGrowthInside0LastX128', 256);
  const last1 = uintInput(input.feeGrowthInside1LastX128, 'feeGrowthInside1LastX128', 256);
  return {
    amount0: growthFees(now0, last0, liquidity) as RawAmount,
    amount1: growthFees(now1, last1, liquidity) as RawAmount,
  };
}
