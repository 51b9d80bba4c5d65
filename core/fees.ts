/**
 * Fee share of a prospective deposit and the fee income it implies.
 * Fee tiers and protocol cuts are fractions (0.003 for 0.30 %); money is USD.
 */
import { type Decimal, ONE, ZERO, finiteResult, fraction, namedInputs, nonNegative, positive } from './numbers';
import { type Fraction, type Usd, asFraction, asUsd } from './units';

const DAYS_PER_YEAR = 365;

/** Constant product: the deposit dilutes the pool, so its share is D / (TVL + D). */
export function feeShareConstantProduct(input: { depositUsd: unknown; tvlUsd: unknown }): Fraction {
  namedInputs(input);
  const deposit = positive(input.depositUsd, 'depositUsd');
  const tvl = nonNegative(input.tvlUsd, 'tvlUsd');
  return asFraction(deposit.div(tvl.plus(deposit)));
}

/**
 * Concentrated: while in range the position earns dL / (L_active + dL), where L_active is the pool's
 * in-range liquidity in the same units as dL. Out of range it earns nothing.
 */
export function feeShareConcentrated(input: {
  positionLiquidity: unknown;
  activeLiquidity: unknown;
  inRange: boolean;
}): Fraction {
  namedInputs(input);
  const dL = positive(input.positionLiquidity, 'positionLiquidity');
  const active = nonNegative(input.activeLiquidity, 'activeLiquidity');
  if (!input.inRange) return asFraction(ZERO);
  return asFraction(dL.div(active.plus(dL)));
}

/** Fees paid to all LPs per day: volume * fee tier * (1 - protocol cut). */
export function lpFeesPerDay(input: { volume24hUsd: unknown; feeTier: unknown; protocolFeeFraction?: unknown }): Usd {
  namedInputs(input);
  const volume = nonNegative(input.volume24hUsd, 'volume24hUsd');
  const feeTier = fraction(input.feeTier, 'feeTier', { allowOne: false });
  const protocolCut = fraction(input.protocolFeeFraction ?? 0, 'protocolFeeFraction');
  return asUsd(finiteResult(volume.mul(feeTier).mul(ONE.minus(protocolCut)), 'lpFeesPerDay'));
}

/** Pool-wide fee APR = LP fees per day * 365 / TVL (simple, not compounded). */
export function poolFeeApr(input: {
  volume24hUsd: unknown;
  feeTier: unknown;
  protocolFeeFraction?: unknown;
  tvlUsd: unknown;
}): Fraction {
  namedInputs(input);
  const tvl = positive(input.tvlUsd, 'tvlUsd');
  // A volume near Decimal's largest exponent over a TVL near its smallest overflows: 'overflow', not Infinity.
  return asFraction(finiteResult(lpFeesPerDay(input).mul(DAYS_PER_YEAR).div(tvl), 'poolFeeApr'));
}

/** APR of a position that earns `dailyFeesUsd` a day on a deposit of `depositUsd`: fees * 365 / deposit. */
export function positionFeeApr(dailyFeesUsd: Decimal, depositUsd: Decimal): Fraction {
  const fees = nonNegative(dailyFeesUsd, 'dailyFeesUsd');
  const deposit = positive(depositUsd, 'depositUsd');
  return asFraction(finiteResult(fees.mul(DAYS_PER_YEAR).div(deposit), 'positionFeeApr'));
}

/** APY from APR with fees reinvested daily: (1 + APR/365)^365 - 1. */
export function aprToApy(apr: unknown): Fraction {
  const a = toApr(apr);
  return asFraction(finiteResult(ONE.plus(a.div(DAYS_PER_YEAR)).pow(DAYS_PER_YEAR).minus(ONE), 'apr'));
}

function toApr(apr: unknown): Decimal {
  return nonNegative(apr, 'apr');
}

export { DAYS_PER_YEAR };
