/**
 * One full analysis of a prospective deposit: fee share, fee APR/APY, LVR, the price grid, break-even
 * moves, range probabilities and warnings. The popup, the overlay and the benchmark all call this.
 */
import { type Decimal, ONE, ZERO, LpInputError, nonNegative, positive, toDecimal } from './numbers';
import { type PoolModel, type PoolShapeInput, buildPoolModel } from './pool-models';
import { capitalEfficiencyAt, liquidityForValue, rangeStatus, type RangeStatus } from './amm/concentrated';
import { DAYS_PER_YEAR, aprToApy, lpFeesPerDay, positionFeeApr } from './fees';
import { type BreakEven, type GridRow, breakEvenMoves, priceGrid } from './projection';
import {
  type LogRange,
  expectedFractionInRange,
  expectedYearsToLeave,
  modelFigure,
  probabilityInRangeAt,
  probabilityNeverLeaving,
} from './range-probability';
import { type WarningContext, type WarningReport, evaluateWarnings } from './warnings';

export interface AnalysisInput {
  pool: PoolShapeInput;
  /** Fee tier as a fraction: 0.003 for 0.30 %. */
  feeTier: unknown;
  /** Share of swap fees the protocol keeps, 0..1. */
  protocolFeeFraction?: unknown;
  tvlUsd: unknown;
  volume24hUsd: unknown;
  depositUsd: unknown;
  horizonDays: unknown;
  /** Annualised volatility of the price of token0 in token1, as a fraction (0.8 for 80 %). */
  volatility: unknown;
  /** Concentrated pools: the pool's in-range liquidity in human units (liquidity() / 10^((d0+d1)/2)). */
  activeLiquidity?: unknown;
  /** Needed with activeLiquidity, to turn the USD deposit into token1. */
  token1PriceUsd?: unknown;
  rewardApr?: unknown;
  poolAgeDays?: unknown;
  gasCostUsd?: unknown;
}

/** How the fee share was obtained, so the UI can say how far to trust it. */
export type FeeShareBasis = 'pool-share' | 'active-liquidity' | 'full-range-estimate' | 'out-of-range';

export interface RangeAnalysis {
  status: RangeStatus;
  capitalEfficiency: Decimal;
  probabilityInRangeAtHorizon: Decimal;
  probabilityNeverLeaving: Decimal;
  /** Null when out of range already or with zero volatility. */
  expectedDaysToLeave: Decimal | null;
  expectedFractionInRange: Decimal;
}

export interface Analysis {
  kind: PoolModel['kind'];
  depositUsd: Decimal;
  horizonDays: Decimal;
  feeShare: Decimal;
  feeShareBasis: FeeShareBasis;
  poolFeeApr: Decimal;
  positionFeeApr: Decimal;
  positionFeeApy: Decimal;
  dailyFeesUsd: Decimal;
  expectedFeesUsd: Decimal;
  lvrPerYear: Decimal;
  lvrCostUsd: Decimal;
  /** Expected fees minus expected LVR over the horizon. */
  expectedNetOfLvrUsd: Decimal;
  grid: GridRow[];
  breakEven: BreakEven;
  range: RangeAnalysis | null;
  warnings: WarningReport;
  assumptions: string[];
}

const MAX_HORIZON_DAYS = 3650;
const MAX_VOLATILITY = 20;

export function analyzePosition(input: AnalysisInput): Analysis {
  const model = buildPoolModel(input.pool);
  const deposit = positive(input.depositUsd, 'depositUsd');
  const tvl = positive(input.tvlUsd, 'tvlUsd');
  const horizonDays = boundedPositive(input.horizonDays, 'horizonDays', MAX_HORIZON_DAYS);
  const sigma = nonNegative(input.volatility, 'volatility');
  if (sigma.gt(MAX_VOLATILITY)) throw new LpInputError('volatility', 'out-of-range', 'must be at most 2000 % a year');
  const poolDailyFees = lpFeesPerDay(input);
  const poolFeeApr = poolDailyFees.mul(DAYS_PER_YEAR).div(tvl);
  const years = horizonDays.div(DAYS_PER_YEAR);

  const { share, basis } = feeShareFor(model, input, deposit, tvl);
  const dailyFees = poolDailyFees.mul(share);
  const positionApr = positionFeeApr(dailyFees, deposit);
  const range = model.range ? analyseRange(model, sigma.toNumber(), years.toNumber()) : null;
  const earningFraction = range ? range.expectedFractionInRange : ONE;
  const expectedFees = dailyFees.mul(horizonDays).mul(earningFraction);
  const lvrPerYear = model.lvrPerYear(sigma);
  const lvrCost = lvrPerYear.mul(deposit).mul(years).mul(earningFraction);

  const grid = priceGrid(model, deposit, expectedFees);
  const warnings = evaluateWarnings(
    warningContext(model, input, { poolFeeApr, positionApr, lvrPerYear, sigma, tvl, expectedFees }),
  );
  return {
    kind: model.kind,
    depositUsd: deposit,
    horizonDays,
    feeShare: share,
    feeShareBasis: basis,
    poolFeeApr,
    positionFeeApr: positionApr,
    positionFeeApy: aprToApy(positionApr),
    dailyFeesUsd: dailyFees,
    expectedFeesUsd: expectedFees,
    lvrPerYear,
    lvrCostUsd: lvrCost,
    expectedNetOfLvrUsd: expectedFees.minus(lvrCost),
    grid,
    breakEven: breakEvenMoves(model, deposit, expectedFees, grid),
    range,
    warnings,
    assumptions: assumptionsFor(model, basis),
  };
}

function boundedPositive(value: unknown, field: string, max: number): Decimal {
  const d = positive(value, field);
  if (d.gt(max)) throw new LpInputError(field, 'out-of-range', `must be at most ${max}`);
  return d;
}

function feeShareFor(
  model: PoolModel,
  input: AnalysisInput,
  deposit: Decimal,
  tvl: Decimal,
): { share: Decimal; basis: FeeShareBasis } {
  if (!model.range) return { share: deposit.div(tvl.plus(deposit)), basis: 'pool-share' };
  const { price } = model.range;
  if (rangeStatus(model.range, price) !== 'in-range') return { share: ZERO, basis: 'out-of-range' };
  if (input.activeLiquidity !== undefined && input.activeLiquidity !== '') {
    const active = nonNegative(input.activeLiquidity, 'activeLiquidity');
    const token1Usd = positive(input.token1PriceUsd, 'token1PriceUsd');
    const positionL = liquidityForValue(model.range, price, deposit.div(token1Usd));
    return { share: positionL.div(active.plus(positionL)), basis: 'active-liquidity' };
  }
  // Without the pool's active liquidity, treat its TVL as if spread over the full range: the deposit's
  // liquidity is then its value times its capital efficiency, in the same units as the pool's.
  const depositL = deposit.mul(capitalEfficiencyOf(model));
  return { share: depositL.div(tvl.plus(depositL)), basis: 'full-range-estimate' };
}

function capitalEfficiencyOf(model: PoolModel): Decimal {
  return capitalEfficiencyAt(model.range!, model.range!.price);
}

function analyseRange(model: PoolModel, sigma: number, years: number): RangeAnalysis {
  const { price, priceLower, priceUpper } = model.range!;
  const status = rangeStatus(model.range!, price);
  const efficiency = capitalEfficiencyOf(model);
  if (status !== 'in-range') {
    return {
      status,
      capitalEfficiency: efficiency,
      probabilityInRangeAtHorizon: modelFigure(
        probabilityInRangeAt(logRange(price, priceLower, priceUpper), sigma, years),
      ),
      probabilityNeverLeaving: ZERO,
      expectedDaysToLeave: null,
      expectedFractionInRange: ZERO,
    };
  }
  const logs = logRange(price, priceLower, priceUpper);
  return {
    status,
    capitalEfficiency: efficiency,
    probabilityInRangeAtHorizon: modelFigure(probabilityInRangeAt(logs, sigma, years)),
    probabilityNeverLeaving: modelFigure(probabilityNeverLeaving(logs, sigma, years)),
    expectedDaysToLeave: sigma > 0 ? modelFigure(expectedYearsToLeave(logs, sigma) * DAYS_PER_YEAR) : null,
    expectedFractionInRange: modelFigure(expectedFractionInRange(logs, sigma, years)),
  };
}

/** Log distances to the bounds; out of range one of them is negative, which the in-range formula handles. */
function logRange(price: Decimal, lower: Decimal, upper: Decimal): LogRange {
  return { down: Math.log(price.div(lower).toNumber()), up: Math.log(upper.div(price).toNumber()) };
}

function warningContext(
  model: PoolModel,
  input: AnalysisInput,
  figures: {
    poolFeeApr: Decimal;
    positionApr: Decimal;
    lvrPerYear: Decimal;
    sigma: Decimal;
    tvl: Decimal;
    expectedFees: Decimal;
  },
): WarningContext {
  const optional = (value: unknown, field: string) =>
    value === undefined || value === '' ? undefined : nonNegative(value, field);
  const ctx: WarningContext = {
    kind: model.kind,
    positionFeeApr: figures.positionApr,
    poolFeeApr: figures.poolFeeApr,
    lvrPerYear: figures.lvrPerYear,
    volatility: figures.sigma,
    tvlUsd: figures.tvl,
    volume24hUsd: nonNegative(input.volume24hUsd, 'volume24hUsd'),
    expectedFeesUsd: figures.expectedFees,
    rewardApr: optional(input.rewardApr, 'rewardApr'),
    poolAgeDays: optional(input.poolAgeDays, 'poolAgeDays'),
    gasCostUsd: optional(input.gasCostUsd, 'gasCostUsd'),
  };
  if (model.range) {
    const { price, priceLower, priceUpper } = model.range;
    const status = rangeStatus(model.range, price);
    ctx.outOfRange = status !== 'in-range';
    if (status === 'in-range') {
      const { down, up } = logRange(price, priceLower, priceUpper);
      ctx.rangeHalfWidthLog = modelFigure(Math.min(down, up));
    }
  }
  if (model.kind === 'stableswap' && input.pool.kind === 'stableswap')
    ctx.pegPrice = toDecimal(input.pool.price, 'price');
  return ctx;
}

function assumptionsFor(model: PoolModel, basis: FeeShareBasis): string[] {
  const notes = [
    'Volume, TVL and fee tier stay as entered for the whole horizon.',
    'USD figures value token1 at a constant USD price; IL percentages do not depend on it.',
    'Volatility and range probabilities assume geometric Brownian motion with zero drift in log price.',
  ];
  if (basis === 'full-range-estimate') {
    notes.push(
      "Fee share is an estimate: the pool's liquidity near the current price is unknown, so its TVL is treated as spread over the full range.",
    );
  }
  if (model.kind === 'concentrated')
    notes.push('Fees accrue only while the price is in range (expected share of the horizon).');
  return notes;
}
