/**
 * What a deposit can expect over a horizon: IL under a grid of price moves, the break-even move, and the
 * net result against simply holding. USD figures value token1 at a constant USD price (the usual case of
 * a stablecoin or the chain's native token as quote); the IL fractions themselves need no such assumption.
 */
import { Decimal, ONE, ZERO } from './numbers';
import type { PoolModel } from './pool-models';

/** Price moves of token0 in token1, as fractions: -90 % ... +400 %. */
export const PRICE_MOVES: readonly string[] = [
  '-0.9', '-0.75', '-0.5', '-0.25', '-0.1', '-0.05', '-0.01', '0.01', '0.05', '0.1', '0.25', '0.5', '1', '2', '4',
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
  return model.ilForMove(r).neg().mul(hodlValueUsd(model, depositUsd, r));
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
  const gap = (r: Decimal) => lossUsd(model, depositUsd, r).minus(feesUsd);
  const tolerance = feesUsd.mul('1e-12');
  const solve = (side: GridRow[], far: Decimal) => {
    let near = ONE;
    for (const row of side) {
      const r = ONE.plus(row.move);
      if (row.ilUsd.neg().gte(feesUsd)) return regulaFalsi(gap, near, r, tolerance)!.minus(ONE);
      near = r;
    }
    const r = regulaFalsi(gap, near, far, tolerance);
    return r === null ? null : r.minus(ONE);
  };
  const rises = rows.filter((row) => row.move.gt(0));
  const falls = rows.filter((row) => row.move.lt(0)).reverse();
  return { up: solve(rises, SEARCH_UP), down: solve(falls, SEARCH_DOWN) };
}

/**
 * Root of f between a (f < 0) and b, by regula falsi with the Illinois fix: superlinear, and it never
 * leaves the bracket. Returns null when f(b) < 0 (no root in the bracket).
 */
function regulaFalsi(f: (x: Decimal) => Decimal, a: Decimal, b: Decimal, fTolerance: Decimal): Decimal | null {
  let fa = f(a);
  let fb = f(b);
  if (fb.lt(0)) return null;
  let side = 0;
  // Break-even moves are shown to a few digits; 1e-10 relative is far past that and saves evaluations.
  const tolerance = new Decimal('1e-10');
  let c = b;
  for (let i = 0; i < 100; i++) {
    c = b.minus(fb.mul(b.minus(a)).div(fb.minus(fa)));
    const fc = f(c);
    if (fc.abs().lte(fTolerance) || b.minus(a).abs().lte(c.abs().mul(tolerance))) break;
    if (fc.gt(0) === fb.gt(0)) {
      b = c;
      fb = fc;
      if (side === -1) fa = fa.div(2);
      side = -1;
    } else {
      a = c;
      fa = fc;
      if (side === 1) fb = fb.div(2);
      side = 1;
    }
  }
  return c;
}
