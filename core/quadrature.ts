/**
 * Tanh-sinh (double exponential) quadrature in binary64, for the model figures of range-path.ts.
 *
 * Why tanh-sinh: the integrands there are smooth inside each piece but may change fast right at a piece's
 * end (a steep step of width ~ sigma * sqrt(T) where the straight path crosses a range bound, or a
 * sqrt-type singularity where it ends on one). Tanh-sinh puts its nodes doubly exponentially close to the
 * ends, so such ends cost a handful of extra nodes instead of a loss of accuracy.
 */

/**
 * The integrand receives the node twice: as its distance from the piece's left end and from its right
 * end, both computed without cancellation (the caller may need 1 - u for u within 1e-30 of 1).
 */
export type EndAwareIntegrand = (fromLeft: number, fromRight: number) => number;

/** Past |t| = 3.5 the weights fall below 1e-21 of the interval's width: nothing left to add for |f| <= 1. */
const T_MAX = 3.5;
const MAX_LEVEL = 10;
const HALF_PI = Math.PI / 2;

/**
 * Integral of f over a piece of width `width`, halving the step until two levels agree to `absolute` or
 * `relative` (tanh-sinh doubles its correct digits each level, so the last level is far better than that).
 */
export function tanhSinh(f: EndAwareIntegrand, width: number, absolute = 1e-16, relative = 1e-13): number {
  if (!(width > 0)) return 0;
  const term = (t: number) => {
    const y = HALF_PI * Math.sinh(t);
    // 1 / (1 + e^{-2y}) and 1 / (1 + e^{2y}): the node's share of the width from each end, both exact-ish.
    const e = Math.exp(-2 * Math.abs(y));
    const near = e / (1 + e);
    const far = 1 / (1 + e);
    const [left, right] = y >= 0 ? [far, near] : [near, far];
    // du/dt = width/2 * sech^2(y) * (pi/2) cosh t, with sech^2 y = 4e / (1 + e)^2 (no overflow).
    const weight = ((width / 2) * HALF_PI * Math.cosh(t) * 4 * e) / ((1 + e) * (1 + e));
    return weight === 0 ? 0 : weight * f(width * left, width * right);
  };
  let h = 1;
  let sum = term(0);
  for (let k = 1; k <= T_MAX; k++) sum += term(k) + term(-k);
  let estimate = sum * h;
  for (let level = 1; level <= MAX_LEVEL; level++) {
    h /= 2;
    // Halving the step adds only the odd multiples of the new step.
    for (let t = h; t <= T_MAX; t += 2 * h) sum += term(t) + term(-t);
    const next = sum * h;
    const change = Math.abs(next - estimate);
    estimate = next;
    if (level >= 3 && (change <= absolute || change <= relative * Math.abs(next))) break;
  }
  return estimate;
}
