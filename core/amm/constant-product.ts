/** Constant product pools (Uniswap v2 and its forks, Aerodrome volatile): x * y = k. */
import { type Decimal, ONE, TWO, positive, finiteResult } from '../numbers';
import { type Fraction, asFraction } from '../units';

/** IL(r) = 2*sqrt(r)/(1+r) - 1 for price ratio r = P_exit / P_entry. */
export function ilConstantProduct(priceRatio: unknown): Fraction {
  const r = positive(priceRatio, 'priceRatio');
  return asFraction(finiteResult(TWO.mul(r.sqrt()).div(ONE.plus(r)).minus(ONE), 'ilConstantProduct'));
}

/** LP value over HODL value at ratio r, both per unit of entry value in token1 terms. */
export function constantProductValueRatio(r: Decimal): Decimal {
  return TWO.mul(r.sqrt()).div(ONE.plus(r));
}
