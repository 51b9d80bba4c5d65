/**
 * One full analysis of a prospective deposit: fee share, fee APR/APY, LVR, the price grid, break-even
 * moves, range probabilities and warnings. The popup, the overlay and the benchmark all call this.
 */
import { type Decimal, ONE, ZERO, LpInputError, namedInputs, nonNegative, positive, toDecimal } from './numbers';
import { type PoolModel, type PoolShapeInput, buildPoolModel } from './pool-models';
import { capitalEfficiencyAt, liquidityForValue, rangeStatus, type RangeStatus } from './amm/concentrated';
import { DAYS_PER_YEAR, aprToApy, lpFeesPerDay, positionFeeApr } from './fees';
import { type BreakEven, type GridOptions, type GridRow, breakEvenMoves, priceGrid } from './projection';
import { type DepegScenario, depegScenarios } from './depeg';
import { type QuoteToken, quoteToken } from './quote';
import { logRangeOf, probabilityOfEntering } from './range-path';
import {
  DRIFT_CONVENTION,
  expectedFractionInRange,
  expectedYearsToLeave,
  modelFigure,
  probabilityInRangeAt,
  probabilityNeverLeaving,
} from './range-probability';
import { lvrPerYearWhileInRange } from './while-in-range';
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
  /**
   * The token held at a constant USD price ('token1' when absent, the historical convention); grid moves
   * and break-even are moves of the other token's price in it. 'token0' for a pool like USDC/WETH.
   */
  quote?: unknown;
}

/** How the fee share was obtained, so the UI can say how far to trust it. */
export type FeeShareBasis = 'pool-share' | 'active-liquidity' | 'full-range-estimate' | 'out-of-range';

/**
 * How the fee share while in range was obtained. A range the price is outside of now earns nothing now;
 * once entered it earns a share worked out with today's in-range liquidity ('active-liquidity-if-entered')
 * or with the pool's TVL spread over the full range ('full-range-estimate-if-entered', an upper bound).
 */
export type WhileInRangeBasis =
  | Exclude<FeeShareBasis, 'out-of-range'>
  | 'active-liquidity-if-entered'
  | 'full-range-estimate-if-entered';

export interface RangeAnalysis {
  status: RangeStatus;
  capitalEfficiency: Decimal;
  probabilityInRangeAtHorizon: Decimal;
  probabilityNeverLeaving: Decimal;
  /** Null when out of range already or with zero volatility. */
  expectedDaysToLeave: Decimal | null;
  /** Expected fraction of the horizon in range (out of range now: after entering it). */
  expectedFractionInRange: Decimal;
  /**
   * Out of range now: probability the price enters the range within the horizon, 2 Q(d / (sigma sqrt T))
   * with d the log distance to the nearer bound. Null while in range.
   */
  probabilityOfReturn: Decimal | null;
}

export interface Analysis {
  kind: PoolModel['kind'];
  depositUsd: Decimal;
  horizonDays: Decimal;
  /** The token held at a constant USD price in every USD figure; grid moves move the other one. */
  quote: QuoteToken;
  /** Share of the pool's LP fees the deposit takes at today's price (0 for a range the price is outside of). */
  feeShare: Decimal;
  feeShareBasis: FeeShareBasis;
  /** Share it takes while the price is in range (for pools without a range, feeShare). */
  feeShareWhileInRange: Decimal;
  feeShareWhileInRangeBasis: WhileInRangeBasis;
  poolFeeApr: Decimal;
  /** Fee APR at today's price (simple): dailyFeesUsd * 365 / deposit; 0 out of range. */
  positionFeeApr: Decimal;
  /** positionFeeApr compounded daily, (1 + APR/365)^365 - 1: the while-in-range APR of a position earning now. */
  positionFeeApy: Decimal;
  /** Fee APR while the price is in range: dailyFeesWhileInRangeUsd * 365 / deposit (positionFeeApr in range). */
  feeAprWhileInRange: Decimal;
  /** Expected fees over the horizon / deposit * 365 / horizon days: the time-in-range-weighted fee APR. */
  expectedFeeApr: Decimal;
  /** Fees per day at today's price, USD. */
  dailyFeesUsd: Decimal;
  /** Fees per day while in range, USD. */
  dailyFeesWhileInRangeUsd: Decimal;
  /** dailyFeesWhileInRangeUsd * horizon days * expected fraction of the horizon in range (1 without a range). */
  expectedFeesUsd: Decimal;
  /** Instantaneous LVR per year at today's price, fraction of the position's value (0 out of range). */
  lvrPerYear: Decimal;
  /** LVR per year while in range, fraction of the deposit (out of range now: at the bound it would enter by). */
  lvrPerYearWhileInRange: Decimal;
  /** lvrPerYearWhileInRange * deposit * horizon years * expected fraction in range, USD. */
  lvrCostUsd: Decimal;
  /** Expected fees minus expected LVR over the horizon. */
  expectedNetOfLvrUsd: Decimal;
  grid: GridRow[];
  /** Share of the deposit's value in token0 now (the rest is token1): how the deposit splits. */
  token0ValueShare: Decimal;
  /** The grid's row for any move of the moving token's price (same fees, time-in-range and quote). */
  scenarioAt(move: unknown): GridRow;
  /**
   * What the grid was sampled from, so a chart can sample the same projection at any price
   * (payoffCurve(model, depositUsd, { ...options, feesUsd })): the fees are those while earning, over the horizon.
   */
  projection: { model: PoolModel; feesUsd: Decimal; options: GridOptions };
  breakEven: BreakEven;
  range: RangeAnalysis | null;
  /** Stableswap only (empty otherwise): each coin at 0.99, 0.95, 0.90 and 0.50 of the other. */
  depegScenarios: DepegScenario[];
  warnings: WarningReport;
  /** The assumptions in English, one sentence each. */
  assumptions: string[];
  /** The same assumptions as message keys and parameters, for a UI that says them in the user's language. */
  assumptionNotes: AssumptionNote[];
}

/** One assumption: a stable key (`assumption.<key>` in the locale files), its values, and core's English. */
export interface AssumptionNote {
  key: string;
  params: Record<string, string>;
  text: string;
}

const MAX_HORIZON_DAYS = 3650;
const MAX_VOLATILITY = 20;

export function analyzePosition(input: AnalysisInput): Analysis {
  namedInputs(input);
  const model = buildPoolModel(input.pool);
  const deposit = positive(input.depositUsd, 'depositUsd');
  const tvl = positive(input.tvlUsd, 'tvlUsd');
  const horizonDays = boundedPositive(input.horizonDays, 'horizonDays', MAX_HORIZON_DAYS);
  const sigma = nonNegative(input.volatility, 'volatility');
  if (sigma.gt(MAX_VOLATILITY)) throw new LpInputError('volatility', 'out-of-range', 'must be at most 2000 % a year');
  const quote = quoteToken(input.quote);
  const poolDailyFees = lpFeesPerDay(input);
  const poolFeeApr = poolDailyFees.mul(DAYS_PER_YEAR).div(tvl);
  const years = horizonDays.div(DAYS_PER_YEAR);

  const shares = feeShareFor(model, input, deposit, tvl);
  const dailyFees = poolDailyFees.mul(shares.now.share);
  const dailyFeesWhileInRange = poolDailyFees.mul(shares.whileInRange.share);
  const positionApr = positionFeeApr(dailyFees, deposit);
  const range = model.range ? analyseRange(model, sigma.toNumber(), years.toNumber()) : null;
  // Fees and LVR both run only while the price is in range: the same expected share of the horizon weighs
  // both, and the grid's rows use the share expected on a path ending at their price (range-path.ts).
  const earningFraction = range ? range.expectedFractionInRange : ONE;
  const feesWhileInRange = dailyFeesWhileInRange.mul(horizonDays);
  const expectedFees = feesWhileInRange.mul(earningFraction);
  const lvrPerYear = model.lvrPerYear(sigma);
  const lvrWhileInRange = lvrPerYearWhileInRange(model, sigma);
  const lvrCost = lvrWhileInRange.mul(deposit).mul(years).mul(earningFraction);

  const gridOptions: GridOptions = {
    quote,
    timeInRange: { sigma: sigma.toNumber(), years: years.toNumber() },
    pool: input.pool,
  };
  const grid = priceGrid(model, deposit, feesWhileInRange, gridOptions);
  const warnings = evaluateWarnings(
    warningContext(model, input, { poolFeeApr, positionApr, lvrPerYear, sigma, tvl, expectedFees }),
  );
  return {
    kind: model.kind,
    depositUsd: deposit,
    horizonDays,
    quote,
    feeShare: shares.now.share,
    feeShareBasis: shares.now.basis,
    feeShareWhileInRange: shares.whileInRange.share,
    feeShareWhileInRangeBasis: shares.whileInRange.basis,
    poolFeeApr,
    positionFeeApr: positionApr,
    positionFeeApy: aprToApy(positionApr),
    feeAprWhileInRange: positionFeeApr(dailyFeesWhileInRange, deposit),
    expectedFeeApr: expectedFees.div(deposit).mul(DAYS_PER_YEAR).div(horizonDays),
    dailyFeesUsd: dailyFees,
    dailyFeesWhileInRangeUsd: dailyFeesWhileInRange,
    expectedFeesUsd: expectedFees,
    lvrPerYear,
    lvrPerYearWhileInRange: lvrWhileInRange,
    lvrCostUsd: lvrCost,
    expectedNetOfLvrUsd: expectedFees.minus(lvrCost),
    grid,
    token0ValueShare: model.token0ValueShare,
    scenarioAt: (move) =>
      priceGrid(model, deposit, feesWhileInRange, { ...gridOptions, moves: [scenarioMove(move)] })[0]!,
    projection: { model, feesUsd: feesWhileInRange, options: gridOptions },
    breakEven: breakEvenMoves(model, deposit, feesWhileInRange, grid, gridOptions),
    range,
    depegScenarios:
      input.pool.kind === 'stableswap' ? depegScenarios(model, deposit, toDecimal(input.pool.price, 'price')) : [],
    warnings,
    ...assumptionsFor(model, quote, shares.whileInRange.basis),
  };
}

/** A scenario's move of the moving token's price: a fraction above -1 (-0.5 = halved), as text for priceGrid. */
function scenarioMove(move: unknown): string {
  const m = toDecimal(move, 'move');
  if (!m.gt(-1)) throw new LpInputError('move', 'out-of-range', 'must be above -100 %');
  return m.toString();
}

function boundedPositive(value: unknown, field: string, max: number): Decimal {
  const d = positive(value, field);
  if (d.gt(max)) throw new LpInputError(field, 'out-of-range', `must be at most ${max}`);
  return d;
}

interface FeeShare<B> {
  share: Decimal;
  basis: B;
}

/** The fee share now and while in range; they differ only for a range the price is outside of now. */
function feeShareFor(
  model: PoolModel,
  input: AnalysisInput,
  deposit: Decimal,
  tvl: Decimal,
): { now: FeeShare<FeeShareBasis>; whileInRange: FeeShare<WhileInRangeBasis> } {
  if (!model.range) {
    const pooled = { share: deposit.div(tvl.plus(deposit)), basis: 'pool-share' as const };
    return { now: pooled, whileInRange: pooled };
  }
  const { price } = model.range;
  const inRange = rangeStatus(model.range, price) === 'in-range';
  // The deposit buys its liquidity at today's price and keeps it; out of range that liquidity earns once
  // the price enters, against whatever liquidity the pool has there then, which we cannot know: today's
  // in-range liquidity stands in for it.
  let whileInRange: FeeShare<WhileInRangeBasis>;
  if (input.activeLiquidity !== undefined && input.activeLiquidity !== '') {
    const active = nonNegative(input.activeLiquidity, 'activeLiquidity');
    const token1Usd = positive(input.token1PriceUsd, 'token1PriceUsd');
    const positionL = liquidityForValue(model.range, price, deposit.div(token1Usd));
    whileInRange = {
      share: positionL.div(active.plus(positionL)),
      basis: inRange ? 'active-liquidity' : 'active-liquidity-if-entered',
    };
  } else {
    // Without the pool's active liquidity, treat its TVL as if spread over the full range: the deposit's
    // liquidity is then its value times its capital efficiency, in the same units as the pool's. Real
    // liquidity near any price is more concentrated than that, so the share is an upper bound.
    const depositL = deposit.mul(capitalEfficiencyOf(model));
    whileInRange = {
      share: depositL.div(tvl.plus(depositL)),
      basis: inRange ? 'full-range-estimate' : 'full-range-estimate-if-entered',
    };
  }
  if (inRange) return { now: whileInRange as FeeShare<FeeShareBasis>, whileInRange };
  return { now: { share: ZERO, basis: 'out-of-range' }, whileInRange };
}

function capitalEfficiencyOf(model: PoolModel): Decimal {
  return capitalEfficiencyAt(model.range!, model.range!.price);
}

function analyseRange(model: PoolModel, sigma: number, years: number): RangeAnalysis {
  const range = model.range!;
  const status = rangeStatus(range, range.price);
  const efficiency = capitalEfficiencyOf(model);
  const logs = logRangeOf(range);
  if (status !== 'in-range') {
    // A price that cannot move (no volatility) never reaches the range.
    const moves = sigma > 0;
    return {
      status,
      capitalEfficiency: efficiency,
      probabilityInRangeAtHorizon: moves ? modelFigure(probabilityInRangeAt(logs, sigma, years)) : ZERO,
      probabilityNeverLeaving: ZERO,
      expectedDaysToLeave: null,
      // expectedFractionInRange takes the negative distance to the range in its stride.
      expectedFractionInRange: moves ? modelFigure(expectedFractionInRange(logs, sigma, years)) : ZERO,
      probabilityOfReturn: modelFigure(probabilityOfEntering(logs, sigma, years)),
    };
  }
  return {
    status,
    capitalEfficiency: efficiency,
    probabilityInRangeAtHorizon: modelFigure(probabilityInRangeAt(logs, sigma, years)),
    probabilityNeverLeaving: modelFigure(probabilityNeverLeaving(logs, sigma, years)),
    expectedDaysToLeave: sigma > 0 ? modelFigure(expectedYearsToLeave(logs, sigma) * DAYS_PER_YEAR) : null,
    expectedFractionInRange: modelFigure(expectedFractionInRange(logs, sigma, years)),
    probabilityOfReturn: null,
  };
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
    const status = rangeStatus(model.range, model.range.price);
    ctx.outOfRange = status !== 'in-range';
    if (status === 'in-range') {
      const { down, up } = logRangeOf(model.range);
      ctx.rangeHalfWidthLog = modelFigure(Math.min(down, up));
    }
  }
  if (model.kind === 'stableswap' && input.pool.kind === 'stableswap')
    ctx.pegPrice = toDecimal(input.pool.price, 'price');
  return ctx;
}

function assumptionsFor(
  model: PoolModel,
  quote: QuoteToken,
  basis: WhileInRangeBasis,
): { assumptions: string[]; assumptionNotes: AssumptionNote[] } {
  const [held, moving] = quote === 'token1' ? ['token1', 'token0'] : ['token0', 'token1'];
  const notes: AssumptionNote[] = [];
  const note = (key: string, text: string, params: Record<string, string> = {}) => notes.push({ key, params, text });
  note('constantMarket', 'Volume, TVL and fee tier stay as entered for the whole horizon.');
  note(
    'usdValuation',
    `USD figures value ${held} at a constant USD price and the price moves are moves of ${moving}'s price in ${held}; IL percentages do not depend on it.`,
    { held: held!, moving: moving! },
  );
  note('noDrift', `Volatility, range probabilities and time in range: ${DRIFT_CONVENTION}`);
  if (basis === 'full-range-estimate') {
    note(
      'feeShareEstimate',
      "Fee share is an estimate: the pool's liquidity near the current price is unknown, so its TVL is treated as spread over the full range.",
    );
  }
  if (basis === 'full-range-estimate-if-entered') {
    note(
      'feeShareUpperBoundIfEntered',
      "The price is outside the range now. Fee share once it enters is an upper bound: the pool's liquidity there is unknown, so its TVL is treated as spread over the full range (real liquidity is more concentrated).",
    );
  }
  if (basis === 'active-liquidity-if-entered') {
    note(
      'feeShareActiveIfEntered',
      "The price is outside the range now. Fee share once it enters takes the pool's liquidity in that range as today's in-range liquidity.",
    );
  }
  if (model.kind === 'concentrated') {
    note(
      'inRangeOnly',
      'Fees and LVR accrue only while the price is in range (expected share of the horizon); each grid row uses the share expected on a path ending at its price.',
    );
  }
  if (basis.endsWith('-if-entered')) {
    note('lvrAtBound', 'LVR while in range is taken at the range bound the price would enter by.');
  }
  return { assumptions: notes.map((n) => n.text), assumptionNotes: notes };
}
