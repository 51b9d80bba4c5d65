/**
 * What a deposit can expect over a horizon: IL under a grid of price moves, the break-even move, and the
 * net result against simply holding. USD figures value token1 at a constant USD price (the usual case of
 * a stablecoin or the chain's native token as quote); the IL fractions themselves need no such assumption.
 */
import { Decimal, ONE, ZERO } from './numbers';
import type { PoolModel } from './pool-models';

/** Price moves of token0 in token1, as fractions: -90 % ... +400 %. */
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

export interface GridRow {
  /** The move of token0's price in token1, e.g. 1 for +100 %. */
  move: Decimal;
  il: Decimal;
  /** IL in USD: il * the HODL value after the move (negative is a loss). */
  ilUsd: Decimal;
  /** Expected fees over the horizon plus ilUsd: the result against holding. */
  netVsHoldUsd: Decimal;
}

export function hodlValueUsd(model: PoolModel, depositUsd: Decimal, r: Decimal): Decimal {
  const w0 = model.token0ValueShare;
  return depositUsd.mul(w0.mul(r).plus(ONE).minus(w0));
}

function lossUsd(model: PoolModel, depositUsd: Decimal, r: Decimal): Decimal {
  return model
    .ilForMove(r)
    .neg()
    .mul(hodlValueUsd(model, depositUsd, r));
}

export function priceGrid(model: PoolModel, depositUsd: Decimal, feesUsd: Decimal): GridRow[] {
  return PRICE_MOVES.map((text) => {
    const move = new Decimal(text);
    const r = ONE.plus(move);
    const il = model.ilForMove(r);
    const ilUsd = il.mul(hodlValueUsd(model, depositUsd, r));
    return { move, il, ilUsd, netVsHoldUsd: feesUsd.plus(ilUsd) };
  });
}

export interface BreakEven {
  /** Smallest rise (fraction) at which IL eats the expected fees; null if none up to +9 900 %. */
  up: Decimal | null;
  /** Smallest fall (negative fraction) at which IL eats the expected fees; null if none down to -99 %. */
  down: Decimal | null;
}

const SEARCH_UP = new Decimal(100);
const SEARCH_DOWN = new Decimal('0.01');

/**
 * The price moves, up and down, at which the loss against holding equals the expected fees. The grid's
 * rows bracket the root (loss grows with the size of the move), so the search starts from a tight bracket.
 */
export function breakEvenMoves(model: PoolModel, depositUsd: Decimal, feesUsd: Decimal, grid?: GridRow[]): BreakEven {
  if (feesUsd.lte(0)) return { up: ZERO, down: ZERO };
  const rows = grid ?? priceGrid(model, depositUsd, feesUsd);
  // The loss is smooth in r (and linear once a range position is out of range), so secant steps from the
  // bracketing grid rows converge in a few evaluations.
  const gap = (r: Decimal) => lossUsd(model, depositUsd, r).minus(feesUsd);
  // The loss matching the fees to 1e-10 pins the move far past the two decimals of a percent it is shown with.
  const tolerance = feesUsd.mul('1e-10');
  const solve = (side: GridRow[], far: Decimal) => {
    // No move, no loss: the search starts at r = 1 with the gap -fees, and the grid rows are known points.
    let near = { x: ONE, gap: feesUsd.neg() };
    for (const row of side) {
      const point = { x: ONE.plus(row.move), gap: row.ilUsd.neg().minus(feesUsd) };
      if (point.gap.gte(0)) return safeguardedSecant(gap, near, point, tolerance).minus(ONE);
      near = point;
    }
    const end = { x: far, gap: gap(far) };
    return end.gap.lt(0) ? null : safeguardedSecant(gap, near, end, tolerance).minus(ONE);
  };
  const rises = rows.filter((row) => row.move.gt(0));
  const falls = rows.filter((row) => row.move.lt(0)).reverse();
  return { up: solve(rises, SEARCH_UP), down: solve(falls, SEARCH_DOWN) };
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
