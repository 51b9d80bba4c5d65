/**
 * Time in range along the price path, for the projection grid's rows and for a range the price is not in.
 *
 * Model (the same as range-probability.ts): the log price is a driftless Brownian motion with annual
 * volatility sigma. A grid row fixes where the price ends after T years, at log ratio x = ln r; given that
 * end, the log price at time t is a Brownian bridge, normal with mean (t/T) x and variance
 * sigma^2 t (T - t) / T. The expected share of [0, T] spent in the range (-a, b) (a = ln(P0/pa),
 * b = ln(pb/P0), either negative when the price is outside the range now) is the mean over t of the
 * probability of being inside at t. With u = t/T and S = sigma sqrt(T):
 *
 *   F(x) = integral over u in [0, 1] of  Phi((b - u x) / (S sqrt(u(1-u)))) - Phi((-a - u x) / (S sqrt(u(1-u))))
 *
 * Averaged over the end x ~ N(0, S^2), F gives back the unconditional expected fraction in range
 * (expectedFractionInRange), so the rows and the analysis's expected fees come from one model.
 *
 * Like the other model figures these are computed in binary64 and rounded to 12 digits by the caller.
 */
import { type Decimal, LpInputError, finiteNumber, finiteResult, namedInputs, positive } from './numbers';
import { priceRange } from './amm/concentrated';
import { tanhSinh } from './quadrature';
import { type LogRange, checkedLogRange, normalCdf, spreadOf } from './range-probability';

/** Log distances from the price to the bounds; outside the range one of them is negative. */
export function logRangeOf(range: { price: Decimal; priceLower: Decimal; priceUpper: Decimal }): LogRange {
  // A zero bound would put a log distance at Infinity; a swapped range would make the width negative.
  const { priceLower, priceUpper } = priceRange(namedInputs(range, 'range'));
  const price = positive(range.price, 'price');
  return { down: logOfRatio(price, priceLower), up: logOfRatio(priceUpper, price) };
}

/** ln(a / b) as a number; near Decimal's exponent limit the ratio overflows, or underflows to 0. */
function logOfRatio(a: Decimal, b: Decimal): number {
  return finiteResult(a.div(b).ln(), 'price').toNumber();
}

/**
 * Expected fraction of the horizon the price spends in the range, given that its log ratio to today's
 * price is `endLog` at the horizon. sigma = 0 or years = 0 means the straight path from 0 to endLog.
 */
export function fractionInRangeGivenEnd(range: LogRange, sigma: number, years: number, endLog: number): number {
  const { down, up } = checkedLogRange(range);
  const lower = -down;
  const upper = up;
  const spread = finiteSpread(sigma, years);
  finiteNumber(endLog, 'endLog');
  if (!(spread > 0)) return straightPathFraction(lower, upper, endLog);
  // Where the straight path crosses a bound the integrand steps (width ~ S); cutting there puts the step
  // at a piece's end, where tanh-sinh has its densest nodes.
  const cuts = [0, ...[lower, upper].map((bound) => bound / endLog).filter((u) => u > 0 && u < 1), 1].sort(
    (p, q) => p - q,
  );
  let total = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    total += tanhSinh(
      (fromStart, fromEnd) => probabilityInside(lower, upper, spread, endLog, start + fromStart, 1 - end + fromEnd),
      end - start,
    );
  }
  return Math.min(1, Math.max(0, total));
}

/**
 * sigma * sqrt(T), validated like the other model figures' (both non-negative binary64 numbers), and
 * finite: an infinite spread would meet a zero weight at the ends of the bridge as Infinity * 0 = NaN.
 */
function finiteSpread(sigma: unknown, years: unknown): number {
  const spread = spreadOf(sigma, years);
  if (!Number.isFinite(spread)) throw new LpInputError('sigma', 'overflow', 'sigma * sqrt(years) must be finite');
  return spread;
}

/** P(lower < X_u < upper) for the bridge at u, given u and 1 - u separately (both exact near their ends). */
function probabilityInside(
  lower: number,
  upper: number,
  spread: number,
  endLog: number,
  u: number,
  rest: number,
): number {
  const mean = u * endLog;
  const sd = spread * Math.sqrt(u * rest);
  if (sd === 0) return mean > lower && mean < upper ? 1 : 0;
  const hi = (upper - mean) / sd;
  const lo = (lower - mean) / sd;
  // Phi(hi) - Phi(lo) loses the small difference when both are near 1; the mirrored form keeps it.
  return lo > 0 ? cdf(-lo) - cdf(-hi) : cdf(hi) - cdf(lo);
}

/**
 * normalCdf, saturated past 40 standard deviations (where it is 0 or 1 to far below 1e-300), so that an
 * infinite argument from a vanishing spread never reaches the series.
 */
function cdf(z: number): number {
  if (z > 40) return 1;
  if (z < -40) return 0;
  return normalCdf(z);
}

/** Share of u in [0, 1] with lower < u x < upper: the time in range of the straight path to x. */
function straightPathFraction(lower: number, upper: number, endLog: number): number {
  // A price that does not move stays where it is; exactly on the lower bound counts as in range.
  if (endLog === 0) return lower <= 0 && upper > 0 ? 1 : 0;
  const [first, second] = [lower / endLog, upper / endLog];
  const enter = Math.max(0, Math.min(first, second));
  const leave = Math.min(1, Math.max(first, second));
  return Math.max(0, leave - enter);
}

/**
 * Probability that a price outside the range now touches it within the horizon: 2 Q(d / (sigma sqrt T)),
 * the reflection principle for driftless Brownian motion, d the log distance to the nearer bound.
 * Inside the range (or on a bound) it is 1; with no volatility the price never moves, so 0 outside.
 */
export function probabilityOfEntering(range: LogRange, sigma: number, years: number): number {
  const { down, up } = checkedLogRange(range);
  const spread = finiteSpread(sigma, years);
  const distance = Math.max(-down, -up, 0);
  if (distance === 0) return 1;
  if (!(spread > 0)) return 0;
  return 2 * normalCdf(-distance / spread);
}
