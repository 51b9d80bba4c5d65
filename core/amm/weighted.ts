/** Weighted pools (Balancer): invariant prod(B_i^w_i), n tokens, weights summing to 1. */
import { Decimal, ONE, ZERO, LpInputError, finiteResult, fraction, namedInputs, positive } from '../numbers';
import { type Fraction, asFraction } from '../units';

/** Weights must add up to 1; a rounding slack of 1e-12 lets 1/3-style decimal inputs through. */
const WEIGHT_SUM_TOLERANCE = new Decimal('1e-12');

export function validateWeights(weights: unknown): Decimal[] {
  if (!Array.isArray(weights) || weights.length < 2) {
    throw new LpInputError('weights', 'too-few', 'needs at least two weights');
  }
  const parsed = weights.map((w, i) => fraction(w, `weights[${i}]`, { allowZero: false, allowOne: false }));
  const sum = parsed.reduce((a, b) => a.plus(b), ZERO);
  if (sum.minus(ONE).abs().gt(WEIGHT_SUM_TOLERANCE)) {
    throw new LpInputError('weights', 'sum', `must sum to 1 (got ${sum.toString()})`);
  }
  return parsed;
}

/**
 * IL = prod(r_i^w_i) / sum(w_i * r_i) - 1, where r_i is token i's exit/entry price ratio against a
 * common numeraire. A token whose price is unchanged has r = 1. Two tokens: r^w / (w*r + 1 - w) - 1.
 */
export function ilWeighted(input: { weights: unknown; priceRatios: unknown }): Fraction {
  namedInputs(input);
  const weights = validateWeights(input.weights);
  const ratios = input.priceRatios;
  if (!Array.isArray(ratios) || ratios.length !== weights.length) {
    throw new LpInputError('priceRatios', 'length', `needs one ratio per weight (${weights.length})`);
  }
  const r = ratios.map((v, i) => positive(v, `priceRatios[${i}]`));
  return weightedIl(weights, r);
}

export function weightedIl(weights: Decimal[], ratios: Decimal[]): Fraction {
  let lp = ONE;
  let hodl = ZERO;
  weights.forEach((w, i) => {
    const r = ratios[i]!;
    // r^w via exp(w ln r); an unchanged price (r = 1) costs nothing, which keeps the usual 2-token grid cheap.
    if (!r.eq(ONE)) lp = lp.mul(r.pow(w));
    hodl = hodl.plus(w.mul(r));
  });
  return asFraction(finiteResult(lp.div(hodl).minus(ONE), 'ilWeighted'));
}
