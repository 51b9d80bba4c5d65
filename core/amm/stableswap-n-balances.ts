/**
 * Stableswap (Curve) impermanent loss for n coins (2..8) from the pool's own balances, when ONE coin's price
 * moves and the others keep theirs. stableswap-n.ts starts from a balanced pool; this starts where the pool is.
 *
 * Same invariant and A convention as stableswap-n.ts (Ann = A * n, curvefi/curve-contract SwapTemplateBase.vy
 * _get_D): F(x) = Ann * sum(x) + D - Ann * D - D^(n+1) / (n^n * prod(x)) = 0, equal rates (balances in coin
 * units). D is found from the balances with the contract's own Newton step for _get_D; below D = 1.
 *
 * Prices now: arbitrage keeps the pool at the market, so each coin's price is proportional to its marginal
 * value dF/dx_i = Ann + K/x_i (K = D^(n+1) / (n^n prod x)). The depegged coin's price is then multiplied by
 * the factor, the others stay. Arbitrage moves the pool, D held fixed (fees excluded), to the cheapest point
 * of the invariant at the new prices p: there dF/dx_i = lambda * p_i, i.e. x_i = K / (lambda * p_i - Ann).
 * With t = Ann / lambda and s = K / lambda: x_i = s / (p_i - t), and prod(x) = 1 / (n^n K) gives
 *   s = (t * prod(p_i - t) / (Ann * n^n))^(1/(n+1)),
 * leaving one equation in t on (0, min p): g(t) = Ann * sum(x_i) + 1 - Ann - Ann * s / t = 0. g runs from
 * minus infinity (t -> 0) to plus infinity (t -> min p), and the point is unique (the invariant's level set
 * is convex), so bisection finds it; 200 halvings reach Decimal's 40 digits.
 *
 * IL = V_lp / V_hodl - 1 at the new prices = sum(p_i x'_i) / sum(p_i x_i) - 1.
 * For a balanced pool this is exactly stableswap-n.ts's ilStableswapN (checked in the tests).
 */
import { Decimal, ONE, ZERO, LpInputError, finiteResult, integer, namedInputs, positive } from '../numbers';
import { type Fraction, asFraction } from '../units';
import { checkedAmplification, checkedPrice } from './stableswap';
import { MAX_STABLESWAP_COINS, MIN_STABLESWAP_COINS } from './stableswap-n';

export interface StableswapFromBalancesInput {
  /** A as Curve's contract/UI reports it (Ann = A * n), above 0 and at most 1e7. */
  amplification: unknown;
  /** The pool's balances in coin units (human units, equal rates), coin order: 2 to 8 of them, above 0. */
  balances: unknown;
  /** Index of the coin whose price moves. */
  depegged: unknown;
  /** Its new price over its price now ("0.95": down 5 %), 1e-100 to 1e100. */
  priceFactor: unknown;
}

/** One balance may be at most this many times another: beyond, the pool is drained and the model is not one. */
const MAX_IMBALANCE = new Decimal('1e12');

export function ilStableswapFromBalances(input: StableswapFromBalancesInput): Fraction {
  namedInputs(input);
  const amplification = checkedAmplification(input.amplification);
  const balances = checkedBalances(input.balances);
  const n = balances.length;
  const depegged = integer(input.depegged, 'depegged', 0, n - 1);
  const factor = checkedPrice(input.priceFactor, 'priceFactor');
  const ann = amplification.mul(n);
  const d = invariantD(ann, balances);
  const x = balances.map((b) => b.div(d));
  const k = ONE.div(new Decimal(n).pow(n).mul(product(x)));
  const prices = x.map((xi, i) => {
    const marginal = ann.plus(k.div(xi));
    return i === depegged ? marginal.mul(factor) : marginal;
  });
  if (factor.eq(ONE)) return asFraction(ZERO);
  const after = arbitraged(ann, prices);
  const lp = sum(after.map((xi, i) => xi.mul(prices[i]!)));
  const hodl = sum(x.map((xi, i) => xi.mul(prices[i]!)));
  return asFraction(finiteResult(lp.div(hodl).minus(ONE), 'ilStableswapFromBalances'));
}

function checkedBalances(value: unknown): Decimal[] {
  if (!Array.isArray(value) || value.length < MIN_STABLESWAP_COINS || value.length > MAX_STABLESWAP_COINS) {
    throw new LpInputError(
      'balances',
      'out-of-range',
      `must be a list of ${MIN_STABLESWAP_COINS} to ${MAX_STABLESWAP_COINS} balances`,
    );
  }
  const balances = value.map((b) => positive(b, 'balances'));
  const max = Decimal.max(...balances);
  const min = Decimal.min(...balances);
  if (max.div(min).gt(MAX_IMBALANCE)) {
    throw new LpInputError('balances', 'out-of-range', 'one balance is more than 1e12 times another');
  }
  return balances;
}

const sum = (values: Decimal[]) => values.reduce((total, v) => total.plus(v), ZERO);
const product = (values: Decimal[]) => values.reduce((total, v) => total.mul(v), ONE);

/**
 * D from the balances: the contract's Newton step (_get_D), D' = (Ann S + n D_P) D / ((Ann - 1) D + (n+1) D_P)
 * with D_P = D^(n+1) / (n^n prod x), from D = S.
 */
function invariantD(ann: Decimal, balances: Decimal[]): Decimal {
  return finiteResult(stableswapInvariantD(ann, balances, '1e-38').d, 'balances');
}

/**
 * Curve's invariant D for balances at equal rates (Ann = A * n), the contracts' get_D / _get_D Newton step from
 * D = S; shared with exit-cost.ts. Stops when a step moves D by at most `relativeTolerance` of D (each caller
 * keeps its own), or after 255 steps as the contracts do; `converged` says which.
 */
export function stableswapInvariantD(
  ann: Decimal,
  balances: Decimal[],
  relativeTolerance: string,
): { d: Decimal; converged: boolean } {
  const n = balances.length;
  const s = sum(balances);
  let d = s;
  for (let i = 0; i < 255; i++) {
    let dp = d;
    for (const b of balances) dp = dp.mul(d).div(b.mul(n));
    const previous = d;
    d = ann
      .mul(s)
      .plus(dp.mul(n))
      .mul(d)
      .div(
        ann
          .minus(1)
          .mul(d)
          .plus(dp.mul(n + 1)),
      );
    if (d.minus(previous).abs().lte(d.mul(relativeTolerance))) return { d, converged: true };
  }
  return { d, converged: false };
}

/**
 * The balances (D = 1) at which the pool's marginal prices are `prices`: the root of g(t) described above.
 * A binary64 bisection (in logs, so nothing overflows) brackets it; regula falsi (Illinois) in Decimal, which
 * keeps the bracket, then reaches the 40 digits in a few steps. A bracket that binary64 cannot give (it
 * lost the sign of g) falls back to the whole bisection in Decimal.
 */
function arbitraged(ann: Decimal, prices: Decimal[]): Decimal[] {
  const n = prices.length;
  const scale = ann.mul(new Decimal(n).pow(n));
  const at = (t: Decimal) => {
    const gaps = prices.map((p) => p.minus(t));
    const s = t
      .mul(product(gaps))
      .div(scale)
      .pow(ONE.div(n + 1));
    const x = gaps.map((gap) => s.div(gap));
    const g = ann.mul(sum(x)).plus(ONE).minus(ann).minus(ann.mul(s).div(t));
    return { x, g };
  };
  const minPrice = Decimal.min(...prices);
  let lo = ZERO;
  let hi = minPrice;
  const guess = binary64Root(
    ann.toNumber(),
    prices.map((p) => p.toNumber()),
    scale.toNumber(),
  );
  if (guess !== null) {
    const below = new Decimal(guess).mul(1 - 1e-9);
    const above = Decimal.min(new Decimal(guess).mul(1 + 1e-9), minPrice);
    if (below.gt(0) && at(below).g.lt(0) && (above.eq(minPrice) || !at(above).g.lt(0))) {
      lo = below;
      hi = above;
    }
  }
  if (lo.gt(0) && hi.lt(minPrice)) return illinois(at, lo, hi);
  for (let i = 0; i < 200; i++) {
    const mid = lo.plus(hi).div(2);
    if (mid.eq(lo) || mid.eq(hi)) break;
    if (at(mid).g.lt(0)) lo = mid;
    else hi = mid;
  }
  return at(lo.plus(hi).div(2)).x.map((xi) => finiteResult(xi, 'balances'));
}

/** Regula falsi with the Illinois halving on [lo, hi], where g(lo) < 0 <= g(hi). */
function illinois(at: (t: Decimal) => { x: Decimal[]; g: Decimal }, lo0: Decimal, hi0: Decimal): Decimal[] {
  let lo = lo0;
  let hi = hi0;
  let gLo = at(lo).g;
  let gHi = at(hi).g;
  let side = 0;
  let best = at(lo.plus(hi).div(2));
  for (let i = 0; i < 100; i++) {
    const t = lo.minus(gLo.mul(hi.minus(lo)).div(gHi.minus(gLo)));
    if (!t.gt(lo) || !t.lt(hi)) break;
    best = at(t);
    if (best.g.isZero()) break;
    if (best.g.lt(0)) {
      lo = t;
      gLo = best.g;
      if (side === -1) gHi = gHi.div(2);
      side = -1;
    } else {
      hi = t;
      gHi = best.g;
      if (side === 1) gLo = gLo.div(2);
      side = 1;
    }
    if (hi.minus(lo).lte(hi.mul('1e-39'))) break;
  }
  return best.x.map((xi) => finiteResult(xi, 'balances'));
}

/** The root of g in binary64, in logs; null when binary64 cannot hold it. */
function binary64Root(ann: number, prices: number[], scale: number): number | null {
  const n = prices.length;
  const minPrice = Math.min(...prices);
  if (![ann, scale, minPrice].every(Number.isFinite) || minPrice <= 0) return null;
  const g = (t: number) => {
    const lnGaps = prices.map((p) => Math.log(p - t));
    const lnS = (Math.log(t) + lnGaps.reduce((a, b) => a + b, 0) - Math.log(scale)) / (n + 1);
    const total = lnGaps.reduce((acc, lnGap) => acc + Math.exp(lnS - lnGap), 0);
    return ann * total + 1 - ann - ann * Math.exp(lnS - Math.log(t));
  };
  let lo = 0;
  let hi = minPrice;
  for (let i = 0; i < 1100; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    const value = g(mid);
    if (Number.isNaN(value)) return null;
    if (value < 0) lo = mid;
    else hi = mid;
  }
  const root = (lo + hi) / 2;
  return root > 0 && Number.isFinite(root) ? root : null;
}
