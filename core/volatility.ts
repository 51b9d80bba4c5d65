/** Realised volatility from daily closes: sample stdev of log returns * sqrt(365) (crypto trades every day). */
import { Decimal, LpInputError, ZERO, positive, finiteResult } from './numbers';
import { type Fraction, asFraction } from './units';

export function realisedVolatility(closes: unknown, periodsPerYear: number = 365): Fraction {
  if (!Array.isArray(closes) || closes.length < 3) {
    throw new LpInputError('closes', 'too-few', 'needs at least three closing prices');
  }
  const prices = closes.map((c, i) => positive(c, `closes[${i}]`));
  const returns = prices.slice(1).map((p, i) => p.div(prices[i]!).ln());
  const mean = returns.reduce((a, b) => a.plus(b), ZERO).div(returns.length);
  const variance = returns.reduce((a, r) => a.plus(r.minus(mean).pow(2)), ZERO).div(returns.length - 1);
  return asFraction(finiteResult(variance.mul(periodsPerYear).sqrt(), 'realisedVolatility'));
}

/** Volatility over one day from an annualised figure. */
export function dailyVolatility(annualVolatility: Decimal): Decimal {
  return annualVolatility.div(new Decimal(365).sqrt());
}
