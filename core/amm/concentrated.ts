/**
 * Concentrated liquidity (Uniswap v3/v4 and forks): a position of liquidity L on the range [pa, pb].
 * All prices are token0 in token1, human units; amounts are human units; values are in token1.
 */
import { Decimal, ONE, TWO, ZERO, LpInputError, finiteResult, namedInputs, nonNegative, positive } from '../numbers';
import {
  type Fraction,
  type HumanAmount,
  type PriceT0inT1,
  type Token1Value,
  asFraction,
  asPrice,
  asToken1Value,
} from '../units';

export interface PriceRange {
  priceLower: PriceT0inT1;
  priceUpper: PriceT0inT1;
}

/** Validates a range: both prices positive and lower strictly below upper (a swapped range is an error, not a guess). */
export function priceRange(input: { priceLower: unknown; priceUpper: unknown }): PriceRange {
  namedInputs(input);
  const priceLower = positive(input.priceLower, 'priceLower');
  const priceUpper = positive(input.priceUpper, 'priceUpper');
  if (!priceLower.lt(priceUpper)) {
    throw new LpInputError('priceLower', 'order', 'must be below priceUpper');
  }
  return { priceLower: asPrice(priceLower), priceUpper: asPrice(priceUpper) };
}

export type RangeStatus = 'below' | 'in-range' | 'above';

/**
 * Where a price sits relative to the range, as Uniswap counts it: a position is active (earns fees) for
 * tickLower <= tick < tickUpper, so a price equal to pa is in range and a price equal to pb is above.
 * At pa the position is all token0 and at pb all token1; the amounts are continuous there, so only the
 * status (fees, LVR) depends on which side a bound falls.
 */
export function rangeStatus(range: PriceRange, price: Decimal): RangeStatus {
  return statusAt(priceRange(range), positive(price, 'price'));
}

/** rangeStatus on a range and price already validated (the IL curve calls it for every grid price). */
function statusAt(range: PriceRange, price: Decimal): RangeStatus {
  if (price.lt(range.priceLower)) return 'below';
  if (price.gte(range.priceUpper)) return 'above';
  return 'in-range';
}

export interface TokenAmounts {
  amount0: HumanAmount;
  amount1: HumanAmount;
}

/** Token amounts held by liquidity L at price P (the piecewise formula of the v3 whitepaper, eq. 6.29/6.30). */
export function amountsForLiquidity(input: { liquidity: unknown; price: unknown } & PriceRangeInput): TokenAmounts {
  const range = priceRange(input);
  const liquidity = nonNegative(input.liquidity, 'liquidity');
  const price = positive(input.price, 'price');
  const { amount0, amount1 } = amountsAt(range, liquidity, price);
  return {
    amount0: finiteResult(amount0, 'amount0') as HumanAmount,
    amount1: finiteResult(amount1, 'amount1') as HumanAmount,
  };
}

type PriceRangeInput = { priceLower: unknown; priceUpper: unknown };

export function amountsAt(range: PriceRange, liquidity: Decimal, price: Decimal): TokenAmounts {
  const sa = range.priceLower.sqrt();
  const sb = range.priceUpper.sqrt();
  const status = statusAt(range, price);
  let amount0 = ZERO;
  let amount1 = ZERO;
  if (status === 'below') amount0 = liquidity.mul(ONE.div(sa).minus(ONE.div(sb)));
  else if (status === 'above') amount1 = liquidity.mul(sb.minus(sa));
  else {
    const s = price.sqrt();
    amount0 = liquidity.mul(ONE.div(s).minus(ONE.div(sb)));
    amount1 = liquidity.mul(s.minus(sa));
  }
  return { amount0: amount0 as HumanAmount, amount1: amount1 as HumanAmount };
}

/**
 * Largest liquidity the amounts can fund at price P, as Uniswap's maxLiquidityForAmounts (full precision):
 * below the range only token0 counts, above only token1, inside the smaller of the two.
 */
export function liquidityForAmounts(
  input: { price: unknown; amount0: unknown; amount1: unknown } & PriceRangeInput,
): Decimal {
  const range = priceRange(input);
  const price = positive(input.price, 'price');
  const amount0 = nonNegative(input.amount0, 'amount0');
  const amount1 = nonNegative(input.amount1, 'amount1');
  const sa = range.priceLower.sqrt();
  const sb = range.priceUpper.sqrt();
  const fromAmount0 = (lowerSqrt: Decimal) => amount0.mul(lowerSqrt).mul(sb).div(sb.minus(lowerSqrt));
  const fromAmount1 = (upperSqrt: Decimal) => amount1.div(upperSqrt.minus(sa));
  const status = statusAt(range, price);
  // At pa the position holds no token1, so only token0 can fund it (as in v3-sdk, current <= sqrtA);
  // the in-range min would divide amount1 by sqrt(P) - sqrt(pa) = 0.
  let liquidity: Decimal;
  if (status === 'below' || price.eq(range.priceLower)) liquidity = fromAmount0(sa);
  else if (status === 'above') liquidity = fromAmount1(sb);
  else liquidity = Decimal.min(fromAmount0(price.sqrt()), fromAmount1(price.sqrt()));
  return finiteResult(liquidity, 'liquidity');
}

/** Value per unit of liquidity, in token1: in range 2s - sa - P/sb; single-sided outside it. */
export function valuePerLiquidity(range: PriceRange, price: Decimal): Token1Value {
  const { amount0, amount1 } = amountsAt(range, ONE, price);
  return asToken1Value(amount0.mul(price).plus(amount1));
}

/** Liquidity bought by a deposit worth `value` token1 at price P. */
export function liquidityForValue(range: PriceRange, price: Decimal, value: Decimal): Decimal {
  return value.div(valuePerLiquidity(range, price));
}

/**
 * IL of a range position between entry and exit price: the entry amounts held vs the position's amounts
 * at exit, both valued at the exit price (L cancels). Out of range the position is single-sided and the
 * loss keeps growing on that side.
 */
export function ilConcentrated(input: {
  priceLower: unknown;
  priceUpper: unknown;
  entryPrice: unknown;
  exitPrice: unknown;
}): Fraction {
  const range = priceRange(input);
  const entry = positive(input.entryPrice, 'entryPrice');
  const exit = positive(input.exitPrice, 'exitPrice');
  return concentratedIl(range, entry, exit);
}

export function concentratedIl(range: PriceRange, entry: Decimal, exit: Decimal): Fraction {
  return concentratedIlFrom(range, entry)(exit);
}

/**
 * IL as a function of the exit price for one range and entry, with the square roots of the bounds and
 * the entry amounts worked out once (the projection grid and break-even search call it many times).
 */
export function concentratedIlFrom(range: PriceRange, entry: Decimal): (exit: Decimal) => Fraction {
  const sa = range.priceLower.sqrt();
  const sb = range.priceUpper.sqrt();
  const held = amountsAt(range, ONE, entry);
  const allToken0 = ONE.div(sa).minus(ONE.div(sb));
  const allToken1 = sb.minus(sa);
  return (exit) => {
    const status = statusAt(range, exit);
    let lpValue: Decimal;
    if (status === 'below') lpValue = allToken0.mul(exit);
    else if (status === 'above') lpValue = allToken1;
    else {
      const s = exit.sqrt();
      lpValue = s.mul(TWO).minus(sa).minus(exit.div(sb));
    }
    const hodlValue = held.amount0.mul(exit).plus(held.amount1);
    return asFraction(finiteResult(lpValue.div(hodlValue).minus(ONE), 'ilConcentrated'));
  };
}

/**
 * Liquidity multiple of a range position vs a full-range one of the same value at price P:
 * 2*sqrt(P) / (value per liquidity). In range that is 2s / (2s - sa - P/sb); [P/2, 2P] gives 3.414x.
 * Outside the range the same ratio holds for the single-sided position, which earns no fees there.
 */
export function capitalEfficiency(input: { priceLower: unknown; priceUpper: unknown; price: unknown }): Decimal {
  return capitalEfficiencyAt(priceRange(input), positive(input.price, 'price'));
}

export function capitalEfficiencyAt(range: PriceRange, price: Decimal): Decimal {
  return finiteResult(TWO.mul(price.sqrt()).div(valuePerLiquidity(range, price)), 'capitalEfficiency');
}
