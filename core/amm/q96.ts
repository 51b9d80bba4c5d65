/**
 * Exact Q64.96 fixed-point math on raw integers, bit for bit as Uniswap v3-core and v3-sdk do it.
 * These work in raw token units (bigint); human prices come from the named conversions in units.ts.
 */
import { Decimal, LpInputError, integer, namedInputs, positive } from '../numbers';
import { type PriceT0inT1, rawPriceToHuman, tokenDecimals } from '../units';

export const Q96 = 2n ** 96n;
const Q192 = Q96 * Q96;
export const MIN_TICK = -887272;
export const MAX_TICK = 887272;
export const MIN_SQRT_RATIO = 4295128739n;
export const MAX_SQRT_RATIO = 1461446703485210103287273052203988822378723970342n;

/** A raw on-chain integer: a bigint, a safe whole number or a string of digits, never negative. */
function toBigInt(value: unknown, field: string): bigint {
  let n: bigint | undefined;
  if (typeof value === 'bigint') n = value;
  else if (typeof value === 'number' && Number.isSafeInteger(value)) n = BigInt(value);
  else if (typeof value === 'string' && /^\d+$/.test(value.trim())) n = BigInt(value.trim());
  if (n === undefined) throw new LpInputError(field, 'not-a-number', 'must be a non-negative whole number');
  if (n < 0n) throw new LpInputError(field, 'negative', 'must not be negative');
  return n;
}

function positiveBigInt(value: unknown, field: string): bigint {
  const n = toBigInt(value, field);
  if (n <= 0n) throw new LpInputError(field, 'not-positive', 'must be greater than zero');
  return n;
}

/** Integer square root (floor): Newton's method from a power of two above the root, which only descends. */
export function sqrtBigInt(input: bigint): bigint {
  const value = toBigInt(input, 'value');
  if (value < 2n) return value;
  let x = 1n << BigInt(Math.ceil(value.toString(2).length / 2));
  for (;;) {
    const next = (x + value / x) >> 1n;
    if (next >= x) return x;
    x = next;
  }
}

/** v3-sdk encodeSqrtRatioX96(amount1, amount0) = floor(sqrt(amount1 * 2^192 / amount0)). */
export function encodeSqrtRatioX96(amount1: unknown, amount0: unknown): bigint {
  const numerator = positiveBigInt(amount1, 'amount1') << 192n;
  return sqrtBigInt(numerator / positiveBigInt(amount0, 'amount0'));
}

function orderRatios(a: bigint, b: bigint): [bigint, bigint] {
  return a > b ? [b, a] : [a, b];
}

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

/** v3-core SqrtPriceMath.getAmount0Delta: L * (sqrtB - sqrtA) * 2^96 / sqrtB / sqrtA. */
export function getAmount0Delta(
  sqrtRatioAX96: unknown,
  sqrtRatioBX96: unknown,
  liquidity: unknown,
  roundUp: boolean,
): bigint {
  const [a, b] = orderRatios(
    positiveBigInt(sqrtRatioAX96, 'sqrtRatioAX96'),
    positiveBigInt(sqrtRatioBX96, 'sqrtRatioBX96'),
  );
  const numerator = toBigInt(liquidity, 'liquidity') << 96n;
  const diff = b - a;
  return roundUp ? ceilDiv(ceilDiv(numerator * diff, b), a) : (numerator * diff) / b / a;
}

/** v3-core SqrtPriceMath.getAmount1Delta: L * (sqrtB - sqrtA) / 2^96. */
export function getAmount1Delta(
  sqrtRatioAX96: unknown,
  sqrtRatioBX96: unknown,
  liquidity: unknown,
  roundUp: boolean,
): bigint {
  const [a, b] = orderRatios(
    positiveBigInt(sqrtRatioAX96, 'sqrtRatioAX96'),
    positiveBigInt(sqrtRatioBX96, 'sqrtRatioBX96'),
  );
  const product = toBigInt(liquidity, 'liquidity') * (b - a);
  return roundUp ? ceilDiv(product, Q96) : product / Q96;
}

/** v3-sdk maxLiquidityForAmounts with useFullPrecision = true, on raw amounts and Q96 sqrt prices. */
export function maxLiquidityForAmounts(input: {
  sqrtRatioCurrentX96: unknown;
  sqrtRatioAX96: unknown;
  sqrtRatioBX96: unknown;
  amount0: unknown;
  amount1: unknown;
}): bigint {
  namedInputs(input);
  const current = positiveBigInt(input.sqrtRatioCurrentX96, 'sqrtRatioCurrentX96');
  const [a, b] = orderRatios(
    positiveBigInt(input.sqrtRatioAX96, 'sqrtRatioAX96'),
    positiveBigInt(input.sqrtRatioBX96, 'sqrtRatioBX96'),
  );
  if (a === b) throw new LpInputError('sqrtRatioBX96', 'order', 'must differ from sqrtRatioAX96');
  const amount0 = toBigInt(input.amount0, 'amount0');
  const amount1 = toBigInt(input.amount1, 'amount1');
  // Full precision: one division at the end, not (lower * upper / Q96) first as the imprecise variant does.
  const forAmount0 = (lower: bigint, upper: bigint) => (amount0 * lower * upper) / (Q96 * (upper - lower));
  const forAmount1 = (lower: bigint, upper: bigint) => (amount1 * Q96) / (upper - lower);
  if (current <= a) return forAmount0(a, b);
  if (current < b) {
    const l0 = forAmount0(current, b);
    const l1 = forAmount1(a, current);
    // biome-ignore lint/complexity/useMathMinMax: bigints; Math.min would throw.
    return l0 < l1 ? l0 : l1;
  }
  return forAmount1(a, b);
}

/** Decodes a pool's slot0 sqrtPriceX96 into the human price of token0 in token1. */
export function priceFromSqrtPriceX96(sqrtPriceX96: unknown, decimals0: number, decimals1: number): PriceT0inT1 {
  const sqrtRatio = positiveBigInt(sqrtPriceX96, 'sqrtPriceX96');
  if (sqrtRatio < MIN_SQRT_RATIO || sqrtRatio >= MAX_SQRT_RATIO) {
    throw new LpInputError('sqrtPriceX96', 'out-of-range', 'is outside Uniswap v3 bounds');
  }
  // Exact: sqrtPriceX96^2 / 2^192 has at most ~97 digits, so divide as integers scaled to our precision.
  const rawPrice = exactRatio(sqrtRatio * sqrtRatio, Q192);
  return rawPriceToHuman(rawPrice, decimals0, decimals1);
}

/** The inverse: sqrtPriceX96 (floor) for a human price. */
export function sqrtPriceX96FromPrice(price: unknown, decimals0: number, decimals1: number): bigint {
  const rawPrice = rawPriceOf(price, decimals0, decimals1);
  const HighPrecision = Decimal.clone({ precision: 80 });
  const root = new HighPrecision(rawPrice.toString()).sqrt().mul(new HighPrecision(Q96.toString())).floor();
  // The same bounds priceFromSqrtPriceX96 accepts; checked before toFixed spells out a huge number.
  if (root.lt(MIN_SQRT_RATIO.toString()) || root.gte(MAX_SQRT_RATIO.toString())) {
    throw new LpInputError('price', 'out-of-range', 'is outside the prices Uniswap v3 can express');
  }
  return BigInt(root.toFixed(0));
}

/** Human price -> raw price (token1 base units per token0 base unit), with validated decimals. */
function rawPriceOf(price: unknown, decimals0: number, decimals1: number): Decimal {
  const p = positive(price, 'price');
  const gap = tokenDecimals(decimals0, 'decimals0') - tokenDecimals(decimals1, 'decimals1');
  return p.div(new Decimal(10).pow(gap));
}

function exactRatio(numerator: bigint, denominator: bigint): Decimal {
  const HighPrecision = Decimal.clone({ precision: 120 });
  const ratio = new HighPrecision(numerator.toString()).div(new HighPrecision(denominator.toString()));
  return new Decimal(ratio.toString());
}

/** Tick -> human price: 1.0001^tick * 10^(decimals0 - decimals1). */
export function priceFromTick(tick: unknown, decimals0: number, decimals1: number): PriceT0inT1 {
  const t = integer(tick, 'tick', MIN_TICK, MAX_TICK);
  return rawPriceToHuman(new Decimal('1.0001').pow(t), decimals0, decimals1);
}

/**
 * Human price -> the tick at or below it (floor), as v3-sdk priceToClosestTick: the largest tick whose
 * price does not exceed the given one. Checked against 1.0001^tick exactly, so a price that sits on a
 * tick maps to that tick despite rounding in the logarithm.
 */
export function tickFromPrice(price: unknown, decimals0: number, decimals1: number): number {
  const raw = rawPriceOf(price, decimals0, decimals1);
  const base = new Decimal('1.0001');
  const outside = () => new LpInputError('price', 'out-of-range', 'is outside the prices Uniswap v3 ticks can express');
  let tick = Math.floor(raw.ln().div(base.ln()).toNumber());
  // Refused before the search: far out, 1.0001^tick overflows and tick -= 1 no longer changes a huge tick.
  if (!(tick >= MIN_TICK - 2 && tick <= MAX_TICK + 2)) throw outside();
  while (base.pow(tick + 1).lte(raw)) tick += 1;
  while (base.pow(tick).gt(raw)) tick -= 1;
  if (tick < MIN_TICK || tick > MAX_TICK) throw outside();
  return tick;
}
