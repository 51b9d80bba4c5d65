/**
 * Realised volatility: the sample standard deviation of log returns, annualised over 365 days a year
 * (crypto trades every day). Under the core's drift convention the log price is a Brownian motion, so a
 * return over dt periods has variance sigma^2 * dt: that is how gaps between closes are weighed.
 */
import { Decimal, LpInputError, ZERO, finiteNumber, finiteResult, nonNegative, positive } from './numbers';
import { type Fraction, asFraction } from './units';

const SECONDS_PER_DAY = 86_400;
const DAYS_PER_YEAR = 365;

/** From equally spaced closes (a plain array): sample stdev of log returns * sqrt(periodsPerYear). */
export function realisedVolatility(closes: unknown, periodsPerYear: number = DAYS_PER_YEAR): Fraction {
  const perYear = positive(periodsPerYear, 'periodsPerYear');
  if (!Array.isArray(closes) || closes.length < 3) {
    throw new LpInputError('closes', 'too-few', 'needs at least three closing prices');
  }
  const prices = closes.map((c, i) => positive(c, `closes[${i}]`));
  const returns = prices.slice(1).map((p, i) => p.div(prices[i]!).ln());
  const mean = returns.reduce((a, b) => a.plus(b), ZERO).div(returns.length);
  const variance = returns.reduce((a, r) => a.plus(r.minus(mean).pow(2)), ZERO).div(returns.length - 1);
  return asFraction(finiteResult(variance.mul(perYear).sqrt(), 'realisedVolatility'));
}

/** Volatility over one day from an annualised figure: sigma / sqrt(365). */
export function dailyVolatility(annualVolatility: Decimal): Decimal {
  const annual = nonNegative(annualVolatility, 'annualVolatility');
  return finiteResult(annual.div(new Decimal(DAYS_PER_YEAR).sqrt()), 'annualVolatility');
}

export interface ClosePoint {
  /** Unix time in seconds. */
  time: number;
  close: unknown;
}

export interface VolatilityEstimate {
  /** Annualised volatility of the log price. */
  volatility: Fraction;
  /** How many closes went in. */
  closes: number;
  /** Periods inside the span that have no close (a gap of 4 periods between two closes misses 3). */
  missing: number;
  /** For people: e.g. "30 daily closes, 2 missing". */
  window: string;
}

/**
 * Realised volatility from timestamped closes, which may have gaps (a candle API skips periods without
 * trades). A return r_i over dt_i periods has mean mu*dt_i and variance sigma^2*dt_i, so with
 * mu = sum(r) / sum(dt) the per-period variance is sum((r_i - mu*dt_i)^2 / dt_i) / (n - 1) over the n
 * returns; it is annualised by the periods in 365 days. Without gaps this is realisedVolatility exactly;
 * ignoring the timestamps instead would count a 4-period return as one period and inflate sigma.
 * Points may come in any order (APIs often list the newest first); two closes at one time are an error.
 */
export function volatilityFromCloses(
  points: ClosePoint[],
  options: { periodSeconds?: number } = {},
): VolatilityEstimate {
  const periodSeconds = positive(options?.periodSeconds ?? SECONDS_PER_DAY, 'periodSeconds');
  if (!Array.isArray(points) || points.length < 3) {
    throw new LpInputError('points', 'too-few', 'needs at least three closing prices');
  }
  const parsed = points
    .map((point, i) => pointOf(point, i))
    .sort((a, b) => a.time.comparedTo(b.time) || a.index - b.index);
  const returns: Decimal[] = [];
  const periods: Decimal[] = [];
  let missing = 0;
  for (let i = 1; i < parsed.length; i++) {
    const previous = parsed[i - 1]!;
    const current = parsed[i]!;
    if (!current.time.gt(previous.time)) {
      throw new LpInputError(`points[${current.index}].time`, 'order', 'two closes share one timestamp');
    }
    const dt = finiteResult(current.time.minus(previous.time).div(periodSeconds), 'periodSeconds');
    if (dt.isZero()) throw new LpInputError('periodSeconds', 'overflow', 'is too long for the timestamps');
    returns.push(current.close.div(previous.close).ln());
    periods.push(dt);
    missing += Math.max(0, Math.round(dt.toNumber()) - 1);
  }
  if (!Number.isFinite(missing)) throw new LpInputError('points', 'overflow', 'span too many periods');
  const drift = sum(returns).div(sum(periods));
  const squares = returns.map((r, i) => r.minus(drift.mul(periods[i]!)).pow(2).div(periods[i]!));
  const perPeriodVariance = sum(squares).div(returns.length - 1);
  const periodsPerYear = new Decimal(DAYS_PER_YEAR * SECONDS_PER_DAY).div(periodSeconds);
  const volatility = finiteResult(perPeriodVariance.mul(periodsPerYear).sqrt(), 'volatility');
  return {
    volatility: asFraction(volatility),
    closes: parsed.length,
    missing,
    window: windowText(parsed.length, missing, periodSeconds),
  };
}

function pointOf(point: unknown, index: number): { time: Decimal; close: Decimal; index: number } {
  if (typeof point !== 'object' || point === null) {
    throw new LpInputError(`points[${index}]`, 'missing', 'needs a time and a close');
  }
  const { time, close } = point as Record<string, unknown>;
  return {
    time: new Decimal(finiteNumber(time, `points[${index}].time`)),
    close: positive(close, `points[${index}].close`),
    index,
  };
}

const sum = (values: Decimal[]) => values.reduce((a, b) => a.plus(b), ZERO);

const PERIOD_NAMES: Record<number, string> = { 60: 'minute', 3600: 'hourly', 86400: 'daily', 604800: 'weekly' };

function windowText(closes: number, missing: number, periodSeconds: Decimal): string {
  const name = PERIOD_NAMES[periodSeconds.toNumber()];
  const what = name ? `${closes} ${name} closes` : `${closes} closes ${periodSeconds.toString()} s apart`;
  return `${what}, ${missing === 0 ? 'none' : missing} missing`;
}
