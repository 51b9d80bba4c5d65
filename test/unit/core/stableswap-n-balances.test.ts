/**
 * Stableswap IL from the pool's own balances (core/amm/stableswap-n-balances.ts), checked three ways:
 * - a balanced pool gives exactly ilStableswapN (stableswap-n.ts, itself checked against Curve's integers);
 * - for an unbalanced pool (3pool's shape: 160M / 170M / 170M, A 2000), against Curve's own integer _get_D and
 *   _get_y (curvefi/curve-contract contracts/pool-templates/base/SwapTemplateBase.vy, commit 06b0e6e, the same
 *   transcription as stableswap-n-reference.test.ts): the pool's prices now, then the balances after the move
 *   keep D and price the moved coin at its new price;
 * - by hand: a factor of 1 is no loss, a larger move loses more.
 */
import { describe, expect, it } from 'vitest';
import { ilStableswapFromBalances, ilStableswapN } from '../../../core/index';

const A_PRECISION = 100n;
const PRECISION = 10n ** 18n;
const absDiff = (a: bigint, b: bigint) => (a > b ? a - b : b - a);

/** SwapTemplateBase.vy _get_D(_xp, _amp). */
function getD(xp: bigint[], amp: bigint): bigint {
  const N = BigInt(xp.length);
  let S = 0n;
  for (const x of xp) S += x;
  let D = S;
  const Ann = amp * N;
  for (let i = 0; i < 255; i++) {
    let D_P = D;
    for (const x of xp) D_P = (D_P * D) / (x * N);
    const Dprev = D;
    D = (((Ann * S) / A_PRECISION + D_P * N) * D) / (((Ann - A_PRECISION) * D) / A_PRECISION + (N + 1n) * D_P);
    if (absDiff(D, Dprev) <= 1n) return D;
  }
  throw new Error('get_D did not converge');
}

/** SwapTemplateBase.vy _get_y(i, j, x, _xp): coin j's balance after coin i's balance becomes x, D unchanged. */
function getY(i: number, j: number, x: bigint, xp: bigint[], amp: bigint): bigint {
  const N = BigInt(xp.length);
  const D = getD(xp, amp);
  const Ann = amp * N;
  let c = D;
  let S = 0n;
  for (let k = 0; k < xp.length; k++) {
    let value: bigint;
    if (k === i) value = x;
    else if (k !== j) value = xp[k]!;
    else continue;
    S += value;
    c = (c * D) / (value * N);
  }
  c = (c * D * A_PRECISION) / (Ann * N);
  const b = S + (D * A_PRECISION) / Ann;
  let y = D;
  for (let k = 0; k < 255; k++) {
    const prev = y;
    y = (y * y + c) / (2n * y + b - D);
    if (absDiff(y, prev) <= 1n) return y;
  }
  throw new Error('get_y did not converge');
}

/** Coin i's price in coin j on the integer pool: a central difference of _get_y over a trade of +-h of coin i. */
function priceIn(i: number, j: number, xp: bigint[], amp: bigint): number {
  const h = xp[i]! / 10n ** 9n;
  const up = getY(i, j, xp[i]! + h, xp, amp);
  const down = getY(i, j, xp[i]! - h, xp, amp);
  return Number(down - up) / Number(2n * h);
}

describe('ilStableswapFromBalances', () => {
  it.each([
    ['2000', 3, '0.95'],
    ['100', 4, '0.9'],
    ['50', 2, '1.2'],
    ['5000', 8, '0.5'],
  ])('a balanced pool (A %s, %s coins, factor %s) gives ilStableswapN to 30 digits', (a, n, factor) => {
    const balanced = ilStableswapFromBalances({
      amplification: a,
      balances: Array.from({ length: n }, () => '1000000'),
      depegged: n - 1,
      priceFactor: factor,
    });
    const reference = ilStableswapN({ amplification: a, coins: n, depeggedPrice: factor });
    expect(balanced.minus(reference).abs().lte('1e-30')).toBe(true);
  });

  it('no move, no loss; a larger move loses more', () => {
    const input = { amplification: '2000', balances: ['160000000', '170000000', '170000000'], depegged: 1 };
    expect(ilStableswapFromBalances({ ...input, priceFactor: '1' }).toString()).toBe('0');
    const five = ilStableswapFromBalances({ ...input, priceFactor: '0.95' });
    const ten = ilStableswapFromBalances({ ...input, priceFactor: '0.9' });
    expect(ten.lt(five)).toBe(true);
    expect(five.lt(0)).toBe(true);
    // The figures the overlay shows for 3pool's shape (USDC, the coin it holds most of, at 0.95 and 0.9).
    expect(five.toFixed(6)).toBe('-0.026010');
    expect(ten.toFixed(6)).toBe('-0.056332');
  });

  it.each([
    [0.95, '0.95'],
    [0.9, '0.9'],
  ])(
    "against Curve's integers: after USDC moves to %s of its price the pool keeps D and prices it so",
    (factor, factorText) => {
      // 3pool's shape in 1e18 units, A 2000 (amp = 2000 * A_PRECISION); coin 1 moves to 0.95 of its price.
      const amp = 2000n * A_PRECISION;
      const start = [160_000_000n * PRECISION, 170_000_000n * PRECISION, 170_000_000n * PRECISION];
      const d = getD(start, amp);
      const p1 = priceIn(1, 0, start, amp);
      const p2 = priceIn(2, 0, start, amp);
      // Coin 0's balance for coins 1 and 2 at (u, v) with D kept: _get_y's loop with D given (the start's).
      const coin0 = (u: bigint, v: bigint): bigint => {
        const N = 3n;
        const Ann = amp * N;
        let c = d;
        c = (c * d) / (u * N);
        c = (c * d) / (v * N);
        c = (c * d * A_PRECISION) / (Ann * N);
        const b = u + v + (d * A_PRECISION) / Ann;
        let y = d;
        for (let k = 0; k < 255; k++) {
          const prev = y;
          y = (y * y + c) / (2n * y + b - d);
          if (absDiff(y, prev) <= 1n) break;
        }
        return y;
      };
      // Inner bisection: coin 2's balance v that keeps coin 2 at p2; outer: coin 1's balance u that prices it 0.95 p1.
      const poolAt = (u: bigint): bigint[] => {
        let lo = start[2]! / 100n;
        let hi = start[2]! * 3n;
        for (let k = 0; k < 70; k++) {
          const v = (lo + hi) / 2n;
          if (priceIn(2, 0, [coin0(u, v), u, v], amp) > p2) lo = v;
          else hi = v;
        }
        const v = (lo + hi) / 2n;
        return [coin0(u, v), u, v];
      };
      let lo = start[1]!;
      let hi = start[1]! * 3n;
      for (let k = 0; k < 70; k++) {
        const u = (lo + hi) / 2n;
        if (priceIn(1, 0, poolAt(u), amp) > factor * p1) lo = u;
        else hi = u;
      }
      const after = poolAt((lo + hi) / 2n);
      expect(Number(absDiff(getD(after, amp), d)) / Number(d)).toBeLessThan(1e-12);
      const prices = [1, factor * p1, p2];
      const value = (xp: bigint[]) => xp.reduce((total, x, i) => total + (Number(x) / 1e18) * prices[i]!, 0);
      const reference = value(after) / value(start) - 1;
      const core = ilStableswapFromBalances({
        amplification: '2000',
        balances: ['160000000', '170000000', '170000000'],
        depegged: 1,
        priceFactor: factorText,
      });
      // -0.026010 (0.95) and -0.056332 (0.9); binary64 central differences limit the match to about 1e-9.
      expect(Math.abs(core.toNumber() - reference)).toBeLessThan(1e-8);
    },
  );

  it.each([
    [{ amplification: '2000', balances: ['1'], depegged: 0, priceFactor: '0.9' }, /balances/],
    [{ amplification: '2000', balances: ['1', '0'], depegged: 0, priceFactor: '0.9' }, /balances/],
    [{ amplification: '2000', balances: ['1', '1e13'], depegged: 0, priceFactor: '0.9' }, /1e12/],
    [{ amplification: '2000', balances: ['1', '1'], depegged: 2, priceFactor: '0.9' }, /depegged/],
    [{ amplification: '0', balances: ['1', '1'], depegged: 0, priceFactor: '0.9' }, /amplification/],
  ])('refuses %j', (input, message) => {
    expect(() => ilStableswapFromBalances(input)).toThrow(message);
  });
});
