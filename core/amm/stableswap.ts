/**
 * Two-coin stableswap (Curve) impermanent loss.
 *
 * Invariant (whitepaper): A*n^n*sum(x) + D = A*D*n^n + D^(n+1) / (n^n * prod(x)).
 * `amplification` is A as Curve's contracts and UI report it, where Ann = A * n (the contract stores
 * A*n^(n-1)); for n = 2 the whitepaper's A*n^n is 2A here.
 *
 * The pool is balanced at entry (x = y = D/2, price 1) and arbitraged to marginal price p with D held
 * fixed. IL is scale-free, so D = 1. With k = 4*Ann*x^2*y^2 the marginal price of coin 0 in coin 1 is
 * (k + y) / (k + x); it falls as x grows, so exactly one x in (0, 1/2] gives p >= 1. Coins are
 * symmetric, so IL(p) = IL(1/p).
 */
import { Decimal, ONE, TWO, LpInputError, finiteResult, namedInputs, positive } from '../numbers';
import { type Fraction, asFraction } from '../units';

export const MAX_AMPLIFICATION = new Decimal('1e7');

/**
 * Marginal prices the solver reaches: it brackets the scarce balance x in binary64 above e^-690, where
 * the price is about 1/(4x^2) for a tiny A and far less for a large one. 1e100 either way is far past any
 * broken peg (IL there is -100 % to 40 digits) and well inside that reach.
 */
const MAX_PRICE_FACTOR = new Decimal('1e100');

export function checkedPrice(value: unknown, field: string): Decimal {
  const price = positive(value, field);
  if (price.gt(MAX_PRICE_FACTOR) || price.lt(ONE.div(MAX_PRICE_FACTOR))) {
    throw new LpInputError(field, 'out-of-range', 'must be between 1e-100 and 1e100 for a stableswap pool');
  }
  return price;
}

export function ilStableswap(input: { amplification: unknown; price: unknown }): Fraction {
  namedInputs(input);
  return stableswapIl(checkedAmplification(input.amplification), checkedPrice(input.price, 'price'));
}

/** A (Curve's contract/UI value), from just above 0 to MAX_AMPLIFICATION. */
export function checkedAmplification(value: unknown): Decimal {
  const amplification = positive(value, 'amplification');
  if (amplification.gt(MAX_AMPLIFICATION)) {
    throw new LpInputError('amplification', 'out-of-range', `must be at most ${MAX_AMPLIFICATION.toString()}`);
  }
  return amplification;
}

export function stableswapIl(amplification: Decimal, price: Decimal): Fraction {
  return stableswapIlBetween(amplification, ONE, price);
}

/** Balances (D = 1) of a two-coin pool arbitraged to marginal price p of coin 0 in coin 1. */
export function stableswapBalances(amplification: Decimal, price: Decimal): { x: Decimal; y: Decimal } {
  return balancesAt(checkedAmplification(amplification), checkedPrice(price, 'price'));
}

function balancesAt(amplification: Decimal, price: Decimal): { x: Decimal; y: Decimal } {
  const half = ONE.div(TWO);
  if (price.eq(ONE)) return { x: half, y: half };
  const ann = amplification.mul(TWO);
  // For p < 1 solve the mirrored pool at 1/p and swap the coins back.
  const p = price.gt(ONE) ? price : ONE.div(price);
  const scarce = solveBalanceForPrice(ann, p);
  const plenty = balanceOfOther(ann, scarce);
  return price.gt(ONE) ? { x: scarce, y: plenty } : { x: plenty, y: scarce };
}

/** IL of a deposit made at marginal price `entry` and valued at `exit`, D held fixed. */
export function stableswapIlBetween(amplification: Decimal, entry: Decimal, exit: Decimal): Fraction {
  const a = checkedAmplification(amplification);
  return stableswapIlFrom(a, checkedPrice(entry, 'entry'))(checkedPrice(exit, 'exit'));
}

/** IL as a function of the exit price, with the entry balances solved once. */
export function stableswapIlFrom(amplification: Decimal, entry: Decimal): (exit: Decimal) => Fraction {
  const before = balancesAt(amplification, entry);
  return (exit) => {
    if (exit.eq(entry)) return asFraction(new Decimal(0));
    const after = balancesAt(amplification, checkedPrice(exit, 'exitPrice'));
    const lpValue = after.x.mul(exit).plus(after.y);
    const hodlValue = before.x.mul(exit).plus(before.y);
    return asFraction(finiteResult(lpValue.div(hodlValue).minus(ONE), 'ilStableswap'));
  };
}

/** y from the invariant with D = 1: Ann*y^2 + (Ann*x + 1 - Ann)*y - 1/(4x) = 0, positive root, no cancellation. */
function balanceOfOther(ann: Decimal, x: Decimal): Decimal {
  const b = ann.mul(x).plus(ONE).minus(ann);
  const c = ONE.div(x.mul(4));
  const root = b.mul(b).plus(ann.mul(c).mul(4)).sqrt();
  return b.gte(0) ? c.mul(2).div(b.plus(root)) : root.minus(b).div(ann.mul(2));
}

/**
 * Marginal price m(x) = (k + y) / (k + x) and its slope dm/dx along the invariant, where y' = -m
 * (the marginal price is the exchange rate) and k = 4*Ann*x^2*y^2.
 */
function marginalPriceAndSlope(ann: Decimal, x: Decimal): { m: Decimal; slope: Decimal } {
  const y = balanceOfOther(ann, x);
  const xy = x.mul(y);
  const k = ann.mul(xy).mul(xy).mul(4);
  const kx = k.plus(x);
  const m = k.plus(y).div(kx);
  const dy = m.neg();
  const dk = ann
    .mul(xy)
    .mul(y.plus(x.mul(dy)))
    .mul(8);
  const slope = dk
    .plus(dy)
    .mul(kx)
    .minus(k.plus(y).mul(dk.plus(ONE)))
    .div(kx.mul(kx));
  return { m, slope };
}

/**
 * Root of m(x) = p. A binary64 bisection in log x finds it to ~1e-15; Newton steps in Decimal, with the
 * exact slope above, then double the correct digits each step up to the full 40.
 */
function solveBalanceForPrice(ann: Decimal, p: Decimal): Decimal {
  const annF = ann.toNumber();
  const pF = p.toNumber();
  let lo = -690; // ln x bounds: e^-690 ~ 1e-300 stays inside binary64
  let hi = Math.log(0.5);
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (marginalPriceF(annF, Math.exp(mid)) > pF) lo = mid;
    else hi = mid;
  }
  let x = new Decimal(Math.exp((lo + hi) / 2));
  const tolerance = new Decimal('1e-21');
  for (let i = 0; i < 30; i++) {
    const { m, slope } = marginalPriceAndSlope(ann, x);
    if (slope.isZero()) break;
    const step = m.minus(p).div(slope);
    const next = x.minus(step);
    // Newton may overshoot far from the root; halving keeps x inside (0, 1/2].
    x = next.gt(0) ? Decimal.min(next, ONE.div(TWO)) : x.div(2);
    // Newton's error after a step is about the square of the step: below 1e-21 all 40 digits are reached.
    if (step.abs().lte(x.mul(tolerance))) break;
  }
  return x;
}

function marginalPriceF(ann: number, x: number): number {
  const b = ann * x + 1 - ann;
  const c = 1 / (4 * x);
  const root = Math.sqrt(b * b + 4 * ann * c);
  const y = b >= 0 ? (2 * c) / (b + root) : (root - b) / (2 * ann);
  const k = 4 * ann * x * x * y * y;
  return (k + y) / (k + x);
}

/**
 * Loss-versus-rebalancing per year as a fraction of the pool's value: (sigma^2 P^2 / 2) * |dx/dP| / V
 * (Milionis et al. 2022), with dx/dP = 1 / (dm/dx) from the exact slope of the marginal price.
 */
export function stableswapLvrPerYear(amplification: Decimal, price: Decimal, sigma: Decimal): Decimal {
  const ann = amplification.mul(TWO);
  const { x, y } = balancesAt(amplification, price);
  const { slope } = marginalPriceAndSlope(ann, x);
  const value = x.mul(price).plus(y);
  return finiteResult(sigma.pow(2).mul(price.pow(2)).div(TWO).div(slope.abs()).div(value), 'lvrPerYear');
}
