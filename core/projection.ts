/**
 * What a deposit can expect over a horizon: IL under a grid of price moves, the fees each row earns, the
 * break-even moves, and the net result against simply holding.
 *
 * Moves are moves of one token's price in the other (quote.ts): by default token0's price in token1, with
 * token1 at a constant USD price (the usual case of a stablecoin or the chain's native token as token1);
 * the IL fractions themselves need no such assumption.
 *
 * Fees per row: `feesUsd` is what the deposit earns over the horizon while it earns (in range, for a
 * range position). Given the volatility and the horizon (`timeInRange`), a range position's row earns
 * that times the expected fraction of the horizon spent in range on a path ending at the row's price
 * (range-path.ts), so rows far outside the range earn little; pools without a range earn on every row.
 * Without `timeInRange`, every row earns `feesUsd` (the caller's figure is taken as is).
 */
import {
  Decimal,
  LpInputError,
  ONE,
  ZERO,
  decimalValue,
  finiteResult,
  namedInputs,
  nonNegative,
  nonNegativeNumber,
  positive,
  toDecimal,
} from './numbers';
import { type PoolKind, type PoolModel, type PoolShapeInput, checkedModel } from './pool-models';
import { type Composition, compositionAt } from './composition';
import { type QuoteToken, type TokenSide, hodlValueInQuote, movingTokenFor, priceRatioFor, quoteToken } from './quote';
import { fractionInRangeGivenEnd, logRangeOf } from './range-path';
import { modelFigure } from './range-probability';

/** Price moves for volatile pairs, as fractions: -90 % ... +400 %. */
export const PRICE_MOVES: readonly string[] = [
  '-0.9',
  '-0.75',
  '-0.5',
  '-0.25',
  '-0.1',
  '-0.05',
  '-0.01',
  '0.01',
  '0.05',
  '0.1',
  '0.25',
  '0.5',
  '1',
  '2',
  '4',
];

/** Price moves for a stable pair: a tenth of a percent to ten percent either way (depegs are separate). */
export const STABLE_PRICE_MOVES: readonly string[] = [
  '-0.1',
  '-0.05',
  '-0.02',
  '-0.01',
  '-0.005',
  '-0.001',
  '0.001',
  '0.005',
  '0.01',
  '0.02',
  '0.05',
  '0.1',
];

export function priceMovesFor(kind: PoolKind): readonly string[] {
  return kind === 'stableswap' ? STABLE_PRICE_MOVES : PRICE_MOVES;
}

export interface GridOptions {
  /** The token held at a constant USD price; the other one's price moves. Default 'token1'. */
  quote?: QuoteToken;
  /** The moves to tabulate (decimal strings); default PRICE_MOVES, or STABLE_PRICE_MOVES for stableswap. */
  moves?: readonly string[];
  /** Annualised volatility of the price and the horizon in years: range positions then earn per row. */
  timeInRange?: { sigma: number; years: number };
  /** The pool's shape: a stableswap row's composition needs its amplification and price. */
  pool?: PoolShapeInput;
}

export interface GridRow {
  /** The move of movingToken's price in the other (quote) token, e.g. 1 for +100 %. */
  move: Decimal;
  /** Whose price moves: token0 with quote token1 (the default), token1 with quote token0. */
  movingToken: TokenSide;
  /** The same move as r = P_exit / P_now, P the price of token0 in token1. */
  priceRatio: Decimal;
  il: Decimal;
  /** IL in USD: il * the HODL value after the move, the quote at a constant USD price (negative is a loss). */
  /** What holding the deposit's tokens would be worth after the move, USD (the quote at its USD price). */
  hodlValueUsd: Decimal;
  ilUsd: Decimal;
  /** Expected fraction of the horizon in range on a path ending at this price (1 for pools without a range). */
  fractionInRange: Decimal;
  /** Fees this row earns over the horizon, USD: the fees while earning times fractionInRange. */
  feesUsd: Decimal;
  /** feesUsd plus ilUsd: the result against holding. */
  netVsHoldUsd: Decimal;
  /** What the position holds at this price; null for stableswap when the grid was not given the pool. */
  composition: Composition | null;
}

/** HODL value after a move r of token0 in token1, token1 at a constant USD price. */
export function hodlValueUsd(model: PoolModel, depositUsd: Decimal, r: Decimal): Decimal {
  return hodlValueInQuote(model, depositUsd, 'token1', r);
}

/** Fees earned on a path ending at r, with the fraction of the horizon in range they assume. */
function feesAlongPath(
  model: PoolModel,
  feesUsd: Decimal,
  options: GridOptions,
): (r: Decimal) => { fraction: Decimal; fees: Decimal } {
  const { timeInRange } = options;
  if (!model.range || !timeInRange) return () => ({ fraction: ONE, fees: feesUsd });
  const logs = logRangeOf(model.range);
  return (r) => {
    const fraction = modelFigure(
      fractionInRangeGivenEnd(logs, timeInRange.sigma, timeInRange.years, Math.log(r.toNumber())),
    );
    return { fraction, fees: feesUsd.mul(fraction) };
  };
}

/**
 * The grid's options, validated. Null counts as absent, as it always did (for the options and each field);
 * the quote is 'token0' or 'token1', the moves a list (each move is checked where it is used), the time in
 * range two non-negative numbers. The pool shape is compositionAt's to check.
 */
function checkedOptions(options: GridOptions | null): GridOptions {
  if (options === undefined || options === null) return {};
  const { quote, moves, timeInRange, pool } = namedInputs(options, 'options');
  if (moves != null && !Array.isArray(moves)) throw new LpInputError('moves', 'missing', 'needs a list of moves');
  if (timeInRange != null) {
    namedInputs(timeInRange, 'timeInRange');
    nonNegativeNumber(timeInRange.sigma, 'sigma');
    nonNegativeNumber(timeInRange.years, 'years');
  }
  return {
    quote: quoteToken(quote ?? undefined),
    ...(moves == null ? {} : { moves }),
    ...(timeInRange == null ? {} : { timeInRange }),
    ...(pool == null ? {} : { pool }),
  };
}

/** Grid rows handed back to breakEvenMoves: a list of rows whose move and result are Decimals. */
function checkedGrid(grid: GridRow[]): GridRow[] {
  if (!Array.isArray(grid)) throw new LpInputError('grid', 'missing', 'needs the rows of priceGrid');
  grid.forEach((row, i) => {
    namedInputs(row, `grid[${i}]`);
    decimalValue(row.move, `grid[${i}].move`);
    decimalValue(row.netVsHoldUsd, `grid[${i}].netVsHoldUsd`);
  });
  return grid;
}

/** Validated deposit (positive) and fees (non-negative): a NaN here would otherwise turn into figures. */
function checkedMoney(depositUsd: unknown, feesUsd: unknown): { deposit: Decimal; fees: Decimal } {
  return { deposit: positive(depositUsd, 'depositUsd'), fees: nonNegative(feesUsd, 'feesUsd') };
}

export function priceGrid(
  model: PoolModel,
  depositUsd: Decimal,
  feesUsd: Decimal,
  gridOptions: GridOptions = {},
): GridRow[] {
  checkedModel(model);
  const { deposit, fees } = checkedMoney(depositUsd, feesUsd);
  const options = checkedOptions(gridOptions);
  const quote = options.quote ?? 'token1';
  const earned = feesAlongPath(model, fees, options);
  return (options.moves ?? priceMovesFor(model.kind)).map((text) => {
    // A move is above -100 %: the price factor 1 + move stays positive.
    const move = positive(ONE.plus(toDecimal(text, 'move')), 'move').minus(ONE);
    const factor = ONE.plus(move);
    const r = priceRatioFor(quote, factor);
    const il = model.ilForMove(r);
    // A huge deposit times a large move can pass Decimal's exponent limit.
    const hodlValue = finiteResult(hodlValueInQuote(model, deposit, quote, factor), 'hodlValueUsd');
    const ilUsd = finiteResult(il.mul(hodlValue), 'ilUsd');
    const { fraction, fees: rowFees } = earned(r);
    return {
      move,
      movingToken: movingTokenFor(quote),
      priceRatio: r,
      il,
      hodlValueUsd: hodlValue,
      ilUsd,
      fractionInRange: fraction,
      feesUsd: rowFees,
      netVsHoldUsd: finiteResult(rowFees.plus(ilUsd), 'netVsHoldUsd'),
      composition: compositionAt(model, r, options.pool),
    };
  });
}

export interface BreakEven {
  /** Smallest rise (fraction) at which IL eats the fees; null if none up to +9 900 %. */
  up: Decimal | null;
  /** Smallest fall (negative fraction) at which IL eats the fees; null if none down to -99 %. */
  down: Decimal | null;
  /** Whose price the moves are moves of, in the other token (see GridRow.movingToken). */
  movingToken: TokenSide;
}

const SEARCH_UP = new Decimal(100);
const SEARCH_DOWN = new Decimal('0.01');

/**
 * The price moves, up and down, at which the loss against holding equals the fees earned on the way
 * there: loss(m) = fees(m), with fees(m) per row as in priceGrid (so with `timeInRange` a range position's
 * fees shrink as the move takes the price out of its range). The grid's rows bracket the root, so the
 * search starts from a tight bracket; pass the same options as to priceGrid.
 */
export function breakEvenMoves(
  model: PoolModel,
  depositUsd: Decimal,
  feesUsd: Decimal,
  grid?: GridRow[],
  gridOptions: GridOptions = {},
): BreakEven {
  checkedModel(model);
  const { deposit, fees } = checkedMoney(depositUsd, feesUsd);
  const options = checkedOptions(gridOptions);
  if (grid !== undefined) checkedGrid(grid);
  const quote = options.quote ?? 'token1';
  const movingToken = movingTokenFor(quote);
  const earned = feesAlongPath(model, fees, options);
  const feesUnmoved = earned(ONE).fees;
  if (feesUnmoved.lte(0)) return { up: ZERO, down: ZERO, movingToken };
  const rows = grid ?? priceGrid(model, deposit, fees, options);
  // The search runs on the moving token's price factor x = 1 + move; loss and fees are smooth in x (and the
  // loss linear once a range position is out of range), so secant steps converge in a few evaluations.
  const gap = (x: Decimal) => {
    const r = priceRatioFor(quote, x);
    const loss = model
      .ilForMove(r)
      .neg()
      .mul(hodlValueInQuote(model, deposit, quote, x));
    return loss.minus(earned(r).fees);
  };
  // The loss matching the fees to 1e-10 of them pins the move far past the two decimals it is shown with.
  const tolerance = fees.mul('1e-10');
  const solve = (side: GridRow[], far: Decimal) => {
    // No move, no loss: the search starts at x = 1 with the gap -fees, and the grid rows are known points.
    let near = { x: ONE, gap: feesUnmoved.neg() };
    for (const row of side) {
      const point = { x: ONE.plus(row.move), gap: row.netVsHoldUsd.neg() };
      if (point.gap.gte(0)) return safeguardedSecant(gap, near, point, tolerance).minus(ONE);
      near = point;
    }
    const end = { x: far, gap: gap(far) };
    return end.gap.lt(0) ? null : safeguardedSecant(gap, near, end, tolerance).minus(ONE);
  };
  const rises = rows.filter((row) => row.move.gt(0));
  const falls = rows.filter((row) => row.move.lt(0)).reverse();
  return { up: solve(rises, SEARCH_UP), down: solve(falls, SEARCH_DOWN), movingToken };
}

/**
 * Root of f inside a bracket (f < 0 at one end, f >= 0 at the other), given f at both ends: secant steps
 * from the two latest points, and a bisection whenever a step would leave the shrinking bracket.
 */
function safeguardedSecant(
  f: (x: Decimal) => Decimal,
  first: { x: Decimal; gap: Decimal },
  second: { x: Decimal; gap: Decimal },
  fTolerance: Decimal,
): Decimal {
  if (second.gap.abs().lte(fTolerance)) return second.x;
  let [negative, positive] = [first.x, second.x];
  let [previous, latest] = [first, second];
  const width = new Decimal('1e-14');
  for (let i = 0; i < 100; i++) {
    const slope = latest.gap.minus(previous.gap);
    let x = slope.isZero() ? latest.x : latest.x.minus(latest.gap.mul(latest.x.minus(previous.x)).div(slope));
    const [lo, hi] = negative.lt(positive) ? [negative, positive] : [positive, negative];
    if (!(x.gt(lo) && x.lt(hi))) x = lo.plus(hi).div(2);
    const gap = f(x);
    if (gap.abs().lte(fTolerance) || hi.minus(lo).lte(x.abs().mul(width))) return x;
    if (gap.lt(0)) negative = x;
    else positive = x;
    [previous, latest] = [latest, { x, gap }];
  }
  return latest.x;
}
