/** Realised volatility from timestamped closes: gaps are weighed by their length, not counted as one period. */
import { describe, expect, it } from 'vitest';
import { Decimal, LpInputError, dailyVolatility, realisedVolatility, volatilityFromCloses } from '../../../core/index';

const DAY = 86_400;
const START = 1_700_006_400; // a UTC midnight

/** Closes starting at 100 with the given log returns, each `days[i]` days after the previous close. */
function series(returns: number[], days: number[]) {
  let close = new Decimal(100);
  let time = START;
  const points = [{ time, close: close.toString() }];
  returns.forEach((r, i) => {
    close = close.mul(new Decimal(r).exp());
    time += days[i]! * DAY;
    points.push({ time, close: close.toString() });
  });
  return points;
}

const close = (a: Decimal, b: number, tolerance = 1e-12) => Math.abs(a.toNumber() - b) < tolerance;

describe('volatilityFromCloses', () => {
  it('without gaps it is realisedVolatility of the same closes', () => {
    const closes = ['100', '110', '99', '108.9', '105', '101.3', '104.4'];
    const points = closes.map((c, i) => ({ time: START + i * DAY, close: c }));
    const estimate = volatilityFromCloses(points);
    expect(estimate.volatility.minus(realisedVolatility(closes)).abs().lt('1e-38')).toBe(true);
    expect(estimate).toMatchObject({ closes: 7, missing: 0, window: '7 daily closes, none missing' });
  });

  it('one 4-day gap does not inflate sigma the way ignoring the timestamps does: 0.39551 vs 0.44620', () => {
    // Daily log returns of +-0.02, except a 4-day return of 0.04 (0.02 * sqrt 4, a typical 4-day move).
    const returns = [0.02, -0.02, 0.02, -0.02, 0.02, -0.02, 0.04, -0.02, 0.02, -0.02, 0.02];
    const days = [1, 1, 1, 1, 1, 1, 4, 1, 1, 1, 1];
    const points = series(returns, days);
    // By hand: mu = sum r / sum dt = 0.04 / 14; variance = sum (r - mu dt)^2 / dt / 10; sigma = sqrt(365 v).
    const mu = 0.04 / 14;
    const variance = returns.reduce((a, r, i) => a + (r - mu * days[i]!) ** 2 / days[i]!, 0) / 10;
    const estimate = volatilityFromCloses(points);
    expect(close(estimate.volatility, Math.sqrt(365 * variance))).toBe(true);
    expect(close(estimate.volatility, 0.39551051999734643)).toBe(true);
    // Ignoring the timestamps counts the 4-day return as one day: 0.446196, 13 % higher.
    const ignoring = realisedVolatility(points.map((p) => p.close));
    expect(close(ignoring, 0.4461960433384737)).toBe(true);
    // The gap-aware figure stays near the gapless series' +-0.02 a day (0.402768); the naive one does not.
    expect(estimate).toMatchObject({ closes: 12, missing: 3, window: '12 daily closes, 3 missing' });
  });

  it('sorts the points by time first (APIs list the newest first)', () => {
    const points = series([0.01, -0.03, 0.02, 0.005], [1, 2, 1, 1]);
    const forward = volatilityFromCloses(points);
    const backward = volatilityFromCloses([...points].reverse());
    expect(backward.volatility.eq(forward.volatility)).toBe(true);
    expect(backward.missing).toBe(1);
  });

  it('hourly closes are annualised by 8760 periods a year', () => {
    const closes = ['100', '101', '100.5', '102'];
    const points = closes.map((c, i) => ({ time: START + i * 3600, close: c }));
    const estimate = volatilityFromCloses(points, { periodSeconds: 3600 });
    expect(estimate.volatility.minus(realisedVolatility(closes, 8760)).abs().lt('1e-38')).toBe(true);
    expect(estimate.window).toBe('4 hourly closes, none missing');
  });

  it('refuses duplicate timestamps, bad times and closes, too few points and a bad period', () => {
    const good = series([0.01, 0.02], [1, 1]);
    const cases: [() => unknown, string, string][] = [
      [() => volatilityFromCloses([...good, { time: START, close: '100' }]), 'points[3].time', 'order'],
      [() => volatilityFromCloses(good.slice(0, 2)), 'points', 'too-few'],
      [() => volatilityFromCloses([{ time: Number.NaN, close: 1 }, ...good]), 'points[0].time', 'not-a-number'],
      [() => volatilityFromCloses([...good, { time: START + 9 * DAY, close: -1 }]), 'points[3].close', 'not-positive'],
      [() => volatilityFromCloses(good, { periodSeconds: -86400 }), 'periodSeconds', 'not-positive'],
      [() => volatilityFromCloses(good, { periodSeconds: Number.NaN }), 'periodSeconds', 'not-a-number'],
    ];
    for (const [fn, field, reason] of cases) {
      expect(fn).toThrow(LpInputError);
      try {
        fn();
      } catch (e) {
        expect([(e as LpInputError).field, (e as LpInputError).reason]).toEqual([field, reason]);
      }
    }
  });
});

describe('realisedVolatility and dailyVolatility validate their numbers', () => {
  it('a negative, zero or NaN period count is an LpInputError (it used to be a plain Error or NaN)', () => {
    for (const periods of [-365, 0, Number.NaN]) {
      expect(() => realisedVolatility([1, 2, 3], periods)).toThrow(LpInputError);
    }
  });
  it('daily volatility: 0.8 / sqrt 365 = 0.0418739; negative or NaN is refused', () => {
    expect(close(dailyVolatility(new Decimal('0.8')), 0.8 / Math.sqrt(365), 1e-15)).toBe(true);
    expect(() => dailyVolatility(new Decimal('-0.8'))).toThrow(LpInputError);
    expect(() => dailyVolatility(Number.NaN as never)).toThrow(LpInputError);
  });
});
