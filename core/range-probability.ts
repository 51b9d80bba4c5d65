/**
 * Where the price goes, under geometric Brownian motion with zero drift in log price (nu = 0).
 *
 * These are model estimates, not measurements: the model error (fat tails, regime changes) dwarfs any
 * rounding, so they are computed in binary64 and handed out as Decimals rounded to 12 digits.
 */
import { Decimal } from './numbers';
import { type Fraction, asFraction } from './units';

/** Standard normal CDF via erfc, accurate to ~1e-14 (series near 0, continued fraction in the tails). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
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

export interface LogRange {
  /** ln(P0 / pa) > 0: distance to the lower bound in log price. */
  down: number;
  /** ln(pb / P0) > 0: distance to the upper bound in log price. */
  up: number;
}

/** Probability the price is inside the range at time T (years), sigma annualised. */
export function probabilityInRangeAt(range: LogRange, sigma: number, years: number): number {
  if (years <= 0 || sigma <= 0) return 1;
  const s = sigma * Math.sqrt(years);
  return normalCdf(range.up / s) - normalCdf(-range.down / s);
}

/** Probability the price never leaves the range up to T (method of images, zero drift). */
export function probabilityNeverLeaving(range: LogRange, sigma: number, years: number): number {
  if (years <= 0 || sigma <= 0) return 1;
  const { down: a, up: b } = range;
  const w = a + b;
  const s = sigma * Math.sqrt(years);
  const image = (k: number) =>
    normalCdf((b + 2 * k * w) / s) -
    normalCdf((2 * k * w - a) / s) -
    normalCdf((2 * k * w - b) / s) +
    normalCdf((2 * k * w - a - 2 * b) / s);
  let total = image(0);
  for (let k = 1; k <= 50; k++) {
    const pair = image(k) + image(-k);
    total += pair;
    if (Math.abs(pair) < 1e-17) break;
  }
  return clamp01(total);
}

/** Expected time (years) for driftless Brownian log price to leave (-a, b): a*b / sigma^2. */
export function expectedYearsToLeave(range: LogRange, sigma: number): number {
  return (range.down * range.up) / (sigma * sigma);
}

/** Mean of probabilityInRangeAt over [0, T]: the expected fraction of the horizon spent earning fees. */
export function expectedFractionInRange(range: LogRange, sigma: number, years: number): number {
  if (years <= 0 || sigma <= 0) return 1;
  const steps = 32; // Simpson's rule; the integrand is smooth after t = 0
  const h = years / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i++) {
    const weight = i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2;
    sum += weight * probabilityInRangeAt(range, sigma, i * h);
  }
  return clamp01((sum * h) / 3 / years);
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

export function modelFigure(x: number): Fraction {
  return asFraction(new Decimal(x.toPrecision(12)));
}
