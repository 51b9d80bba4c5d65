/**
 * A token's own price risk from its daily USD prices: how much it moves (annualised realised volatility
 * of daily log returns, core/volatility.ts) and how far it has fallen from a peak (worst drawdown).
 */
import { LpInputError, ZERO, finiteResult, positive } from './numbers';
import { type Fraction, asFraction } from './units';
import { realisedVolatility } from './volatility';

export interface PriceHistoryRisk {
  /** Annualised (365 days) volatility of daily log returns; null with fewer than three prices. */
  volatility: Fraction | null;
  /** Worst peak-to-trough fall, 0 to 1 (0.6 = fell 60 % from an earlier high). */
  maxDrawdown: Fraction;
  /** How many daily prices went in. */
  days: number;
}

/** From daily prices, oldest first, equally spaced (one a day). */
export function priceHistoryRisk(dailyPricesUsd: unknown): PriceHistoryRisk {
  if (!Array.isArray(dailyPricesUsd) || dailyPricesUsd.length < 2) {
    throw new LpInputError('dailyPricesUsd', 'too-few', 'needs at least two daily prices');
  }
  const prices = dailyPricesUsd.map((p, i) => positive(p, `dailyPricesUsd[${i}]`));
  let peak = prices[0]!;
  let worst = ZERO;
  for (const price of prices) {
    if (price.gt(peak)) peak = price;
    const fall = finiteResult(peak.minus(price).div(peak), 'dailyPricesUsd');
    if (fall.gt(worst)) worst = fall;
  }
  return {
    volatility: prices.length >= 3 ? realisedVolatility(prices, 365) : null,
    maxDrawdown: asFraction(worst),
    days: prices.length,
  };
}
