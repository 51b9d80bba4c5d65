/**
 * Where the price goes, as a model: the log price is a Brownian motion WITHOUT drift,
 * ln P_t = ln P_0 + sigma * W_t (sigma annualised, t in years).
 *
 * Drift convention, plainly: the price is as likely to halve as to double, and its median stays at
 * today's price. In geometric Brownian motion terms the log drift nu = mu - sigma^2/2 is 0, so mu =
 * sigma^2/2: the MEAN price creeps up by e^(sigma^2 t / 2). This is not "a driftless price" (mu = 0, a
 * martingale), whose median would sink as e^(-sigma^2 t / 2). We take the log-price view because range
 * odds are about log distances to the bounds, and it keeps up- and down-moves of the same factor equally
 * likely, so the figures favour neither side of a range.
 *
 * These are model estimates, not measurements: the model error (fat tails, regime changes, trends)
 * dwarfs any rounding, so they are computed in binary64 and handed out as Decimals rounded to 12 digits.
 *
 * Range boundaries follow Uniswap: a position is active for tickLower <= tick < tickUpper, so a price
 * exactly at the lower bound (down = 0) counts as inside and one exactly at the upper bound (up = 0) as
 * outside. That only matters where nothing moves (sigma or time zero); with any movement a single price
 * has probability zero.
 */
import { Decimal, LpInputError, finiteNumber, nonNegativeNumber } from './numbers';
import { type Fraction, asFraction } from './units';

/** One sentence for the UI: the drift convention every range probability uses. */
export const DRIFT_CONVENTION =
  'Range odds assume no trend: the price is as likely to halve as to double, so its median stays at today’s price (log price without drift).';

/** Standard normal CDF, accurate to ~1e-14 relative; Phi(-Infinity) = 0 and Phi(Infinity) = 1. */
export function normalCdf(x: number): number {
  return normalUpperTail(-finiteOrInfinite(x, 'x'));
}

/**
 * Upper tail Q(x) = 1 - Phi(x) = erfc(x / sqrt 2) / 2, computed directly so that tails far out keep
 * their relative accuracy instead of vanishing in 1 - Phi.
 */
function normalUpperTail(x: number): number {
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (x === Number.NEGATIVE_INFINITY) return 1;
  return 0.5 * erfc(x / Math.SQRT2);
}

/** The normal density. */
function normalDensity(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

function finiteOrInfinite(value: unknown, field: string): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new LpInputError(field, 'not-a-number', 'must be a number');
  }
  return value;
}

function erfc(z: number): number {
  if (z < 0) return 2 - erfc(-z);
  if (z < 2.5) return 1 - erfSeries(z);
  return erfcContinuedFraction(z);
}

function erfSeries(z: number): number {
  let term = z;
  let sum = z;
  for (let n = 1; n < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
    term *= (-z * z) / n;
    sum += term / (2 * n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

/** Lentz's method on erfc(z) = exp(-z^2)/sqrt(pi) * 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + ...)))). */
function erfcContinuedFraction(z: number): number {
  // Beyond z = 27, exp(-z^2) underflows binary64 anyway; stopping here keeps z^2 away from Infinity.
  if (z > 27) return 0;
  const tiny = 1e-300;
  let f = z;
  let c = z;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = z + a * d;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = z + a / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-z * z) / Math.sqrt(Math.PI) / f;
}

/**
 * Log distances from today's price P0 to the bounds [pa, pb] of a range.
 * Inside the range both are positive. Below the range (P0 < pa) `down` is negative; above it
 * (P0 > pb) `up` is negative. Their sum ln(pb/pa), the width, is always positive.
 */
export interface LogRange {
  /** ln(P0 / pa): distance down to the lower bound in log price (negative below the range). */
  down: number;
  /** ln(pb / P0): distance up to the upper bound in log price (negative above the range). */
  up: number;
}

/** Validates a LogRange: finite distances and a positive width. */
export function checkedLogRange(range: unknown): LogRange {
  if (typeof range !== 'object' || range === null) {
    throw new LpInputError('range', 'missing', 'needs the log distances down and up');
  }
  const { down, up } = range as Record<string, unknown>;
  const checked = { down: finiteNumber(down, 'range.down'), up: finiteNumber(up, 'range.up') };
  const width = checked.down + checked.up;
  if (!(width > 0)) throw new LpInputError('range.down', 'order', 'the upper bound must lie above the lower bound');
  if (!Number.isFinite(width)) throw new LpInputError('range.up', 'not-finite', 'the range must have a finite width');
  return checked;
}

/** Spread of the log price after `years`: sigma * sqrt(T), validated. */
export function spreadOf(sigma: unknown, years: unknown): number {
  return nonNegativeNumber(sigma, 'sigma') * Math.sqrt(nonNegativeNumber(years, 'years'));
}

/** Uniswap's rule at a single price: tickLower <= tick < tickUpper. */
function startsInRange({ down, up }: LogRange): boolean {
  return down >= 0 && up > 0;
}

/**
 * Probability the price is inside the range at time T (years), sigma annualised:
 * P = 1 - Q(up/s) - Q(down/s) with s = sigma * sqrt(T) and Q the normal upper tail. The same formula
 * holds outside the range; there it is written as a difference of two tails so small odds stay exact.
 */
export function probabilityInRangeAt(range: LogRange, sigma: number, years: number): number {
  const { down, up } = checkedLogRange(range);
  const s = spreadOf(sigma, years);
  if (s === 0) return startsInRange({ down, up }) ? 1 : 0;
  let p: number;
  if (down < 0) p = normalUpperTail(-down / s) - normalUpperTail(up / s);
  else if (up < 0) p = normalUpperTail(-up / s) - normalUpperTail(down / s);
  else p = 1 - normalUpperTail(up / s) - normalUpperTail(down / s);
  return clamp01(p);
}

/**
 * Probability the price never leaves the range up to T. Zero when the price already sits at or outside
 * a bound (a Brownian path crosses a level it starts on at once). Two exact series, each used where it
 * converges in a handful of terms: the method of images for short times (s < w, w the width), the
 * eigenfunction (Fourier sine) series for long ones.
 */
export function probabilityNeverLeaving(range: LogRange, sigma: number, years: number): number {
  const checked = checkedLogRange(range);
  const s = spreadOf(sigma, years);
  if (s === 0) return startsInRange(checked) ? 1 : 0;
  if (!(checked.down > 0 && checked.up > 0)) return 0;
  const width = checked.down + checked.up;
  return s < width ? neverLeavingByImages(checked, s) : neverLeavingByEigenfunctions(checked, s);
}

/**
 * Method of images for the interval (-a, b), w = a + b, s = sigma * sqrt(T):
 * sum over all k of Phi((b+2kw)/s) - Phi((2kw-a)/s) - Phi((2kw-b)/s) + Phi((2kw-a-2b)/s).
 * Every term with |k| >= 1 has arguments of size at least (2|k| - 2) w / s, so once that passes 10
 * (Q(10) = 7.6e-24) the rest is below binary64 resolution: about 5 s/w pairs, 6 at most where it is used.
 */
export function neverLeavingByImages({ down: a, up: b }: LogRange, s: number): number {
  const w = a + b;
  const image = (k: number) =>
    normalCdf((b + 2 * k * w) / s) -
    normalCdf((2 * k * w - a) / s) -
    normalCdf((2 * k * w - b) / s) +
    normalCdf((2 * k * w - a - 2 * b) / s);
  const pairs = Math.ceil(1 + (5 * s) / w);
  let total = image(0);
  for (let k = 1; k <= pairs; k++) total += image(k) + image(-k);
  return clamp01(total);
}

/**
 * Eigenfunction series. Shift the log price to y = x + a, which starts at a and is absorbed at 0 and w.
 * The killed heat equation u_t = (sigma^2/2) u_yy on (0, w) has eigenfunctions sin(n pi y / w) with
 * rates (sigma^2/2)(n pi / w)^2; expanding the start (a point mass at a) and integrating the density
 * over (0, w), where the integral of sin(n pi y / w) is 2w/(n pi) for odd n and 0 for even n, gives
 *   P = sum over odd n of 4/(n pi) * sin(n pi a / w) * exp(-n^2 pi^2 s^2 / (2 w^2)).
 * Term n is at most 4/(n pi) exp(-n^2 pi^2 (s/w)^2 / 2): where it is used (s >= w) n = 3 already
 * contributes below 1e-19, and for any s/w the loop stops once the exponential factor drops below 1e-18.
 */
export function neverLeavingByEigenfunctions({ down: a, up: b }: LogRange, s: number): number {
  const w = a + b;
  const spreadsPerWidth = (Math.PI * s) / w;
  const rate = (spreadsPerWidth * spreadsPerWidth) / 2;
  let total = 0;
  // The cap only matters for s far below w, where probabilityNeverLeaving uses the images instead.
  for (let n = 1; n < 200_001; n += 2) {
    const decay = Math.exp(-n * n * rate);
    total += (4 / (n * Math.PI)) * Math.sin((n * Math.PI * a) / w) * decay;
    if (!(decay >= 1e-18)) break;
  }
  return clamp01(total);
}

/**
 * Expected time (years) for the driftless log price to leave (-a, b): a * b / sigma^2.
 * Zero when the price is already at or outside a bound.
 */
export function expectedYearsToLeave(range: LogRange, sigma: number): number {
  const { down, up } = checkedLogRange(range);
  const s = nonNegativeNumber(sigma, 'sigma');
  if (s === 0)
    throw new LpInputError(
      'sigma',
      'not-positive',
      'must be greater than zero (a price that never moves never leaves)',
    );
  if (!(down > 0 && up > 0)) return 0;
  const years = (down * up) / (s * s);
  if (!Number.isFinite(years)) {
    throw new LpInputError('sigma', 'overflow', 'is too small against the range to give a finite time');
  }
  return years;
}

/**
 * Mean of probabilityInRangeAt over [0, T], the expected fraction of the horizon spent in range, in
 * closed form. With s_t = sigma sqrt(t), P(t) = 1 - Q(up / s_t) - Q(down / s_t) for any signs, and per
 * bound at distance d, with c = d / sigma and x = d / (sigma sqrt T):
 *   (1/T) * integral over [0, T] of Q(c / sqrt t) dt = (1 + x^2) Q(x) - x phi(x)        for x >= 0,
 * (differentiate (T + c^2) Q(c/sqrt T) - c sqrt(T/(2 pi)) e^(-c^2/(2T)) in T to check). For x < 0,
 * Q(c/sqrt t) = 1 - Q(|c|/sqrt t), so the mean is 1 minus the same expression at |x|; that branch is
 * what an out-of-range position needs (its expected share of the horizon back in range).
 */
export function expectedFractionInRange(range: LogRange, sigma: number, years: number): number {
  const checked = checkedLogRange(range);
  const s = spreadOf(sigma, years);
  if (s === 0) return startsInRange(checked) ? 1 : 0;
  return clamp01(1 - meanUpperTailOverHorizon(checked.up / s) - meanUpperTailOverHorizon(checked.down / s));
}

/** (1/T) * integral over [0, T] of Q(x sqrt(T/t)) dt, for a bound at x spreads (x may be negative). */
function meanUpperTailOverHorizon(x: number): number {
  if (x < 0) return 1 - meanUpperTailOverHorizon(-x);
  // (1 + x^2) Q(x) - x phi(x) ~ 2 phi(x) / x^3 for large x: below 1e-300 from x = 37 on, and x^2 * Q
  // would meet Infinity * 0 for an infinite x.
  if (x > 37) return 0;
  return (1 + x * x) * normalUpperTail(x) - x * normalDensity(x);
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** A binary64 model figure as a Decimal rounded to 12 significant digits. */
export function modelFigure(x: number): Fraction {
  return asFraction(new Decimal(finiteNumber(x, 'modelFigure').toPrecision(12)));
}
