/**
 * Stableswap (Curve) impermanent loss for n coins (2..8) when ONE coin leaves the peg and the others stay.
 *
 * Invariant (whitepaper), Ann = A * n with A as Curve's contracts and UI report it (the contract stores
 * A * A_PRECISION and uses Ann = A * N_COINS, curvefi/curve-contract
 * contracts/pool-templates/base/SwapTemplateBase.vy, _get_D, commit 06b0e6e188c745110f006c14c250fd1400561246):
 *
 *   Ann * sum(x) + D = Ann * D + D^(n+1) / (n^n * prod(x))
 *
 * The same convention as the 2-coin model in stableswap.ts, which this reproduces for n = 2.
 *
 * Model: equal rates, the pool starts balanced (every balance D/n, all prices 1). Coin 0's market price
 * moves to p (in units of any other coin, all of which stay at 1). Arbitrage moves the pool, D held fixed
 * (fees excluded), to the balances whose marginal price of coin 0 in each other coin is p. The problem is
 * symmetric in the other n - 1 coins and the arbitrage point (the cheapest point of the convex invariant
 * surface at these prices) is unique, so they share one balance y and the depegged coin has x:
 *
 *   f1 = Ann*(x + m*y) + 1 - Ann - K = 0,   K = 1 / (n^n * x * y^m),  m = n - 1,  D = 1
 *   f2 = (Ann + K/x) - p*(Ann + K/y) = 0    (marginal price dF/dx_0 / dF/dx_j = p)
 *
 * IL = V_lp / V_hodl - 1 at the exit prices (p, 1, ..., 1) = n*(p*x + m*y) / (p + m) - 1.
 *
 * Solver: a binary64 bisection in log space (overflow-safe) gives x and y to ~1e-14; Newton's method on
 * (f1, f2) in Decimal with the exact Jacobian then doubles the correct digits each step up to the full 40.
 */
import { Decimal, ONE, ZERO, LpInputError, finiteResult, integer, namedInputs } from '../numbers';
import { type Fraction, asFraction } from '../units';
import { checkedAmplification, checkedPrice } from './stableswap';

/** Curve pools hold 2 to 8 coins (the factory's MAX_COINS is 8). */
export const MIN_STABLESWAP_COINS = 2;
export const MAX_STABLESWAP_COINS = 8;

export interface StableswapInputN {
  /** A as Curve's contract/UI reports it (Ann = A * n), above 0 and at most 1e7. */
  amplification: unknown;
  /** Number of coins in the pool, 2 to 8. */
  coins: unknown;
  /** Market price of the depegged coin (coin 0) in units of each other coin, 1e-100 to 1e100. */
  depeggedPrice: unknown;
}

/** Balances with D = 1 (each balance is 1/n at the peg). Coin 0 is the depegged coin. */
export interface StableswapBalancesN {
  /** Balance of the depegged coin. */
  depegged: Decimal;
  /** Balance of each of the other n - 1 coins (they stay equal). */
  other: Decimal;
  /** All n balances, coin 0 first. */
  balances: Decimal[];
}

export function stableswapBalancesN(input: StableswapInputN): StableswapBalancesN {
  const { amplification, coins, price } = checkedInput(input);
  const { x, y } = balancesAt(amplification, coins, price);
  return { depegged: x, other: y, balances: [x, ...Array.from({ length: coins - 1 }, () => y)] };
}

export function ilStableswapN(input: StableswapInputN): Fraction {
  const { amplification, coins, price } = checkedInput(input);
  if (price.eq(ONE)) return asFraction(ZERO);
  const { x, y } = balancesAt(amplification, coins, price);
  const m = coins - 1;
  const lp = price.mul(x).plus(y.mul(m)).mul(coins);
  const hodl = price.plus(m);
  return asFraction(finiteResult(lp.div(hodl).minus(ONE), 'ilStableswapN'));
}

function checkedInput(input: StableswapInputN): { amplification: Decimal; coins: number; price: Decimal } {
  namedInputs(input);
  return {
    amplification: checkedAmplification(input.amplification),
    coins: integer(input.coins, 'coins', MIN_STABLESWAP_COINS, MAX_STABLESWAP_COINS),
    price: checkedPrice(input.depeggedPrice, 'depeggedPrice'),
  };
}

function balancesAt(amplification: Decimal, n: number, p: Decimal): { x: Decimal; y: Decimal } {
  const even = ONE.div(n);
  if (p.eq(ONE)) return { x: even, y: even };
  const ann = amplification.mul(n);
  const guess = solveF(ann.toNumber(), n, p.toNumber());
  return newton(ann, n, p, new Decimal(guess.x), new Decimal(guess.y));
}

/**
 * Newton on (f1, f2) in (x, y). With dK/dx = -K/x and dK/dy = -m*K/y the Jacobian is
 *   df1/dx = Ann + K/x               df1/dy = m*(Ann + K/y)
 *   df2/dx = -2K/x^2 + p*K/(x*y)     df2/dy = -m*K/(x*y) + p*(m+1)*K/y^2
 */
function newton(ann: Decimal, n: number, p: Decimal, x0: Decimal, y0: Decimal): { x: Decimal; y: Decimal } {
  const m = n - 1;
  const c = ONE.div(new Decimal(n).pow(n));
  const tolerance = new Decimal('1e-21');
  let x = x0;
  let y = y0;
  for (let i = 0; i < 40; i++) {
    const k = c.div(x.mul(y.pow(m)));
    const kx = k.div(x);
    const ky = k.div(y);
    const kxy = kx.div(y);
    const f1 = ann
      .mul(x.plus(y.mul(m)))
      .plus(ONE)
      .minus(ann)
      .minus(k);
    const f2 = ann.plus(kx).minus(p.mul(ann.plus(ky)));
    const j11 = ann.plus(kx);
    const j12 = ann.plus(ky).mul(m);
    const j21 = p.mul(kxy).minus(kx.div(x).mul(2));
    const j22 = p
      .mul(m + 1)
      .mul(ky.div(y))
      .minus(kxy.mul(m));
    const det = j11.mul(j22).minus(j12.mul(j21));
    if (det.isZero() || !det.isFinite()) break;
    const dx = f1.mul(j22).minus(f2.mul(j12)).div(det);
    const dy = j11.mul(f2).minus(j21.mul(f1)).div(det);
    const nextX = x.minus(dx);
    const nextY = y.minus(dy);
    // From the binary64 start Newton stays close; halving is a guard that keeps both balances positive.
    x = nextX.gt(0) ? nextX : x.div(2);
    y = nextY.gt(0) ? nextY : y.div(2);
    // Newton's error after a step is about the square of the step: below 1e-21 all 40 digits are reached.
    if (dx.abs().lte(x.mul(tolerance)) && dy.abs().lte(y.mul(tolerance))) break;
  }
  return { x: finiteResult(x, 'balance'), y: finiteResult(y, 'balance') };
}

// ---------------------------------------------------------------------------------------------------
// binary64 start, in logs: u = ln x, v = ln y. Every quantity stays finite for u in [-460, 460]
// (balances 1e-200 .. 1e200), which holds the arbitrage point of any price in [1e-100, 1e100].

const U_BOUND = 460;
const V_BOUND = 800;

/** ln(e^a + e^b) without overflow; -Infinity for an absent term. */
function logAddExp(a: number, b: number): number {
  const hi = Math.max(a, b);
  if (hi === Number.NEGATIVE_INFINITY) return hi;
  return hi + Math.log1p(Math.exp(Math.min(a, b) - hi));
}

/** ln y on the invariant for ln x = u: ln(Ann*(x + m*y) + 1 - Ann) = ln K, increasing in v, by bisection. */
function otherLog(ann: number, n: number, u: number): number {
  const m = n - 1;
  const lnC = -n * Math.log(n);
  const x = Math.exp(u);
  let lo = -V_BOUND;
  let hi = V_BOUND;
  for (let i = 0; i < 200; i++) {
    const v = (lo + hi) / 2;
    if (v === lo || v === hi) break;
    const left = ann * (x + m * Math.exp(v)) + 1 - ann;
    const lnK = lnC - u - m * v;
    if (left <= 0 || Math.log(left) < lnK) lo = v;
    else hi = v;
  }
  return (lo + hi) / 2;
}

/** ln of the marginal price of coin 0 in another coin at ln x = u; falls as u grows. */
function lnMarginalPrice(ann: number, n: number, u: number): { lnPrice: number; v: number } {
  const v = otherLog(ann, n, u);
  const lnK = -n * Math.log(n) - u - (n - 1) * v;
  const lnAnn = Math.log(ann);
  return { lnPrice: logAddExp(lnAnn, lnK - u) - logAddExp(lnAnn, lnK - v), v };
}

function solveF(ann: number, n: number, p: number): { x: number; y: number } {
  const target = Math.log(p);
  let lo = -U_BOUND;
  let hi = U_BOUND;
  for (let i = 0; i < 200; i++) {
    const u = (lo + hi) / 2;
    if (u === lo || u === hi) break;
    if (lnMarginalPrice(ann, n, u).lnPrice > target) lo = u;
    else hi = u;
  }
  const u = (lo + hi) / 2;
  const { v } = lnMarginalPrice(ann, n, u);
  if (!Number.isFinite(u) || !Number.isFinite(v)) {
    throw new LpInputError('depeggedPrice', 'overflow', 'the arbitraged balances are out of reach');
  }
  return { x: Math.exp(u), y: Math.exp(v) };
}
