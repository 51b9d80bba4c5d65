/**
 * What a range position earns and pays while the price is inside its range, including a range the price is
 * outside of now (it earns and pays only once the price enters it).
 */
import { type Decimal, finiteResult, nonNegative } from './numbers';
import { type PoolModel, checkedModel } from './pool-models';
import { rangeStatus, valuePerLiquidity } from './amm/concentrated';

/**
 * LVR per year while in range, as a fraction of the deposit (the position's value now).
 *
 * The LVR flow of liquidity L at price P is (sigma^2 / 4) L sqrt(P) token1 a year (Milionis et al. 2022:
 * sigma^2 P^2 / 2 * |x'(P)| with x(P) = L (1/sqrt(P) - 1/sqrt(pb))). The deposit buys L = value / (value per
 * liquidity) at today's price, so per unit of deposit: (sigma^2 / 4) sqrt(P) / (value per liquidity now).
 * In range P is today's price (the pool model's in-range formula). Outside the range it is the nearer
 * bound: the price enters there, and over a finite horizon it spends most of its time in range near the
 * bound it came in by. Pools without a range: the model's own rate.
 */
export function lvrPerYearWhileInRange(model: PoolModel, sigma: Decimal): Decimal {
  const range = checkedModel(model).range;
  const volatility = nonNegative(sigma, 'sigma');
  if (!range || rangeStatus(range, range.price) === 'in-range') return model.lvrPerYear(volatility);
  const entry = nearerBound(range);
  return finiteResult(
    volatility.pow(2).div(4).mul(entry.sqrt()).div(valuePerLiquidity(range, range.price)),
    'lvrPerYear',
  );
}

/** The bound a price outside the range would enter by: the lower bound when below it, else the upper. */
export function nearerBound(range: NonNullable<PoolModel['range']>): Decimal {
  return range.price.lte(range.priceLower) ? range.priceLower : range.priceUpper;
}
