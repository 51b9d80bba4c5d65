/**
 * Independent reference for stableswap IL: Curve's own integer Newton iterations for D and y
 * (curve-contract tests/simulation.py), run in BigInt at 1e60 scale. The marginal price comes from a
 * central difference of y(x), and the arbitraged balance from a plain bisection: nothing is shared with
 * core's closed-form y, analytic slope or Newton solver.
 */
import { describe, expect, it } from 'vitest';
import { Decimal, ilStableswap } from '../../../core/index';

const SCALE = 10n ** 60n;
const N = 2n;

/** simulation.py Curve.y(): the other balance for balance x, with Ann = A * n. */
function curveY(A: bigint, D: bigint, x: bigint): bigint {
  const Ann = A * N;
  let c = (D * D) / (x * N);
  c = (c * D) / (N * Ann);
  const b = x + D / Ann - D;
  let y = D;
  let prev = 0n;
  while ((y > prev ? y - prev : prev - y) > 1n) {
    prev = y;
    y = (y * y + c) / (2n * y + b);
  }
  return y;
}

/** simulation.py Curve.D(), to check the invariant of the balances we use. */
function curveD(A: bigint, xp: bigint[]): bigint {
  const S = xp.reduce((a, b) => a + b, 0n);
  const Ann = A * N;
  let D = S;
  let prev = 0n;
  while ((D > prev ? D - prev : prev - D) > 1n) {
    let DP = D;
    for (const x of xp) DP = (DP * D) / (N * x);
    prev = D;
    D = ((Ann * S + DP * N) * D) / ((Ann - 1n) * D + (N + 1n) * DP);
  }
  return D;
}

const Wide = Decimal.clone({ precision: 80 });

function referenceIl(A: bigint, price: string): InstanceType<typeof Wide> {
  const D = SCALE;
  const p = new Wide(price);
  const marginal = (x: bigint) => {
    const h = x / 10n ** 15n;
    return new Wide((curveY(A, D, x - h) - curveY(A, D, x + h)).toString()).div(new Wide((2n * h).toString()));
  };
  // Bisection for the balance of coin 0 whose marginal price is p (p >= 1 -> x <= D/2).
  let lo = 1n;
  let hi = D / 2n;
  for (let i = 0; i < 230 && hi - lo > 1n; i++) {
    const mid = (lo + hi) / 2n;
    if (marginal(mid).gt(p)) lo = mid;
    else hi = mid;
  }
  const x = lo;
  const y = curveY(A, D, x);
  const dNow = curveD(A, [x, y]);
  expect(new Wide((dNow - D).toString()).abs().div(D.toString()).lt('1e-50')).toBe(true);
  const lp = new Wide(x.toString()).mul(p).plus(y.toString());
  const hodl = new Wide(D.toString()).div(2).mul(p.plus(1));
  return lp.div(hodl).minus(1);
}

describe('ilStableswap agrees with Curve simulation.py to 1e-12 relative', () => {
  const cases: [bigint, string][] = [
    [1n, '2'],
    [10n, '1.1'],
    [100n, '1.01'],
    [100n, '1.5'],
    [200n, '1.001'],
    [2000n, '1.05'],
    [5000n, '3'],
  ];
  it.each(cases)('A = %s, price %s', (A, price) => {
    const reference = referenceIl(A, price);
    const ours = new Wide(String(ilStableswap({ amplification: A.toString(), price })));
    expect(ours.minus(reference).abs().div(reference.abs()).lt('1e-12')).toBe(true);
  });
  it('is symmetric between the coins: IL(p) = IL(1/p)', () => {
    const up = new Decimal(String(ilStableswap({ amplification: 300, price: '1.25' })));
    const down = new Decimal(String(ilStableswap({ amplification: 300, price: '0.8' })));
    expect(up.minus(down).abs().lt('1e-35')).toBe(true);
  });
  it('is exactly zero at the peg', () => {
    expect(String(ilStableswap({ amplification: 100, price: 1 }))).toBe('0');
  });
});
