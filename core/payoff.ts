/**
 * The payoff curve: what the deposit is worth across exit prices, as LP, as HODL, and as LP plus the fees
 * expected on the way there. It is the projection grid (projection.ts) sampled densely enough to draw:
 * every point is a priceGrid row at a custom move, so the chart and the table can never disagree.
 *
 * Conventions as priceGrid's: a move is a move of the moving token's price in the quote token, whose USD
 * price is held constant; HODL = hodlValueInQuote, LP = HODL * (1 + IL) (the row's ilUsd added to HODL),
 * LP + fees adds the row's fees (with `timeInRange`, a range position earns only its expected days in range
 * on a path ending at that price).
 */
import {
  Decimal,
  LpInputError,
  ONE,
  ZERO,
  finiteResult,
  integer,
  namedInputs,
  nonNegative,
  toDecimal,
} from './numbers';
import { type PoolModel, checkedModel } from './pool-models';
import { type BreakEven, type GridOptions, breakEvenMoves, priceGrid } from './projection';
import { type QuoteToken, type TokenSide, hodlValueInQuote, movingTokenFor, quoteToken } from './quote';

export interface PayoffOptions {
  /** The token held at a constant USD price; the other one's price moves. Default 'token1'. */
  quote?: QuoteToken;
  /** Fees earned over the horizon while earning (in range), USD; default 0 (then LP + fees = LP). */
  feesUsd?: unknown;
  /** Annualised volatility and horizon in years: a range position's fees then follow its time in range. */
  timeInRange?: { sigma: number; years: number };
  /** Evenly spaced samples across the span, 2 to 200 (default 41); the marks' prices are added to them. */
  points?: unknown;
  /** Moves of the moving token's price at the ends of the chart: down in (-1, 0), up > 0. Default by pool kind. */
  span?: { down: unknown; up: unknown };
}

export interface PayoffPoint {
  /** Move of the moving token's price in the quote token (0.25 for +25 %). */
  move: Decimal;
  /** The same move as r = P_exit / P_now, P the price of token0 in token1. */
  priceRatio: Decimal;
  il: Decimal;
  /** What holding the deposit's tokens is worth, USD. */
  hodlValueUsd: Decimal;
  /** What the position is worth, fees excluded: HODL * (1 + IL). */
  lpValueUsd: Decimal;
  /** Fees expected over the horizon on a path ending at this price. */
  feesUsd: Decimal;
  lpPlusFeesUsd: Decimal;
  /** IL in USD: lpValueUsd - hodlValueUsd (negative is a loss). */
  ilUsd: Decimal;
}

export interface PayoffCurve {
  movingToken: TokenSide;
  /** Ascending in move; includes move 0, the range ends and the break-even moves when inside the reach. */
  points: PayoffPoint[];
  breakEven: BreakEven;
  /** Moves at which the moving token's price reaches the range's ends (low < high); null without a range. */
  rangeMoves: { low: Decimal; high: Decimal } | null;
}

/** Default spans, as moves: volatile pairs -90 % .. +300 %, stable pairs ±10 %. */
const VOLATILE_SPAN = { low: new Decimal('-0.9'), high: new Decimal(3) };
const STABLE_SPAN = { low: new Decimal('-0.1'), high: new Decimal('0.1') };
/** A range or break-even move beyond these widens the chart no further (a full range reaches 1e38). */
const REACH = { low: new Decimal('-0.95'), high: new Decimal(9) };
const DEFAULT_POINTS = 41;

export function payoffCurve(model: PoolModel, depositUsd: unknown, options: PayoffOptions = {}): PayoffCurve {
  checkedModel(model);
  const { quote: quoteInput, feesUsd, timeInRange, points, span } = namedInputs(options ?? {}, 'options');
  const quote = quoteToken(quoteInput);
  const deposit = toDecimal(depositUsd, 'depositUsd');
  if (!deposit.gt(0)) throw new LpInputError('depositUsd', 'not-positive', 'must be greater than zero');
  const fees = feesUsd === undefined ? ZERO : nonNegative(feesUsd, 'feesUsd');
  const count = points === undefined ? DEFAULT_POINTS : integer(points, 'points', 2, 200);
  const gridOptions: GridOptions = { quote, ...(timeInRange == null ? {} : { timeInRange }) };

  const breakEven = breakEvenMoves(model, deposit, fees, undefined, gridOptions);
  const rangeMoves = rangeEndMoves(model, quote);
  // Marks are kept as moves (1 + m rounded back to m could lose a digit of a break-even move).
  const marks = [
    rangeMoves?.low,
    rangeMoves?.high,
    breakEven.down?.isZero() ? null : breakEven.down,
    breakEven.up?.isZero() ? null : breakEven.up,
  ].filter((m): m is Decimal => !!m?.gte(REACH.low) && m.lte(REACH.high));
  const { low, high } = span == null ? defaultSpan(model, rangeMoves, marks) : checkedSpan(span);

  const moves = new Map<string, Decimal>();
  const add = (m: Decimal) => moves.set(m.toString(), m);
  const step = high.minus(low).div(count - 1);
  for (let i = 0; i < count; i++) add(i === count - 1 ? high : low.plus(step.mul(i)));
  for (const m of [ZERO, ...marks]) if (m.gte(low) && m.lte(high)) add(m);
  const sorted = [...moves.values()].sort((a, b) => a.comparedTo(b));

  const rows = priceGrid(model, deposit, fees, { ...gridOptions, moves: sorted.map((m) => m.toString()) });
  return {
    movingToken: movingTokenFor(quote),
    points: rows.map((row) => {
      const hodl = finiteResult(hodlValueInQuote(model, deposit, quote, ONE.plus(row.move)), 'hodlValueUsd');
      // No move, no loss: at today's price LP = HODL exactly (a range model's 40-digit arithmetic leaves a
      // residue near 1e-40 there, which would read as "-$9.00e-36").
      const [il, ilUsd] = row.move.isZero() ? [ZERO, ZERO] : [row.il, row.ilUsd];
      const lp = finiteResult(hodl.plus(ilUsd), 'lpValueUsd');
      return {
        move: row.move,
        priceRatio: row.priceRatio,
        il,
        hodlValueUsd: hodl,
        lpValueUsd: lp,
        feesUsd: row.feesUsd,
        lpPlusFeesUsd: finiteResult(lp.plus(row.feesUsd), 'lpPlusFeesUsd'),
        ilUsd,
      };
    }),
    breakEven,
    rangeMoves,
  };
}

/** The range's ends as moves of the moving token's price: turned round (quote token0), the ends swap. */
function rangeEndMoves(model: PoolModel, quote: QuoteToken): PayoffCurve['rangeMoves'] {
  if (!model.range) return null;
  const { price, priceLower, priceUpper } = model.range;
  const [low, high] =
    quote === 'token1'
      ? [priceLower.div(price), priceUpper.div(price)]
      : [price.div(priceUpper), price.div(priceLower)];
  return { low: finiteResult(low, 'priceLower').minus(ONE), high: finiteResult(high, 'priceUpper').minus(ONE) };
}

/**
 * Stable pairs ±10 %; a range position its range with a range's width either side (at least ±25 %,
 * within -90 %..+300 %); other pools -90 %..+300 %. Then widened to the marks within reach.
 */
function defaultSpan(
  model: PoolModel,
  range: PayoffCurve['rangeMoves'],
  marks: Decimal[],
): { low: Decimal; high: Decimal } {
  let { low, high } = model.kind === 'stableswap' ? STABLE_SPAN : VOLATILE_SPAN;
  if (range) {
    const width = range.high.minus(range.low);
    low = Decimal.max(VOLATILE_SPAN.low, Decimal.min('-0.25', range.low.minus(width)));
    high = Decimal.min(VOLATILE_SPAN.high, Decimal.max('0.25', range.high.plus(width)));
  }
  for (const x of marks) {
    low = Decimal.min(low, x);
    high = Decimal.max(high, x);
  }
  return { low, high };
}

function checkedSpan(span: { down: unknown; up: unknown }): { low: Decimal; high: Decimal } {
  const { down, up } = namedInputs(span, 'span');
  const downMove = toDecimal(down, 'span.down');
  const upMove = toDecimal(up, 'span.up');
  if (!(downMove.gt(-1) && downMove.lt(0))) throw new LpInputError('span.down', 'out-of-range', 'must be in (-1, 0)');
  if (!upMove.gt(0)) throw new LpInputError('span.up', 'not-positive', 'must be greater than zero');
  return { low: downMove, high: upMove };
}
