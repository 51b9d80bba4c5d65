/**
 * Time in range on a path that ends at a given price (Brownian bridge in log price), checked against
 * closed forms derived independently of the quadrature, and the probability of entering a range.
 */
import { describe, expect, it } from 'vitest';
import { fractionInRangeGivenEnd, normalCdf, probabilityOfEntering } from '../../../core/index';

const phi = (z: number) => Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
const Q = (z: number) => normalCdf(-z);

/**
 * Bridge from 0 back to 0 over [0, 1] with spread S (X_u ~ N(0, S^2 u (1-u))): expected time above c >= 0,
 * O(c) = integral of Q(c / (S sqrt(u(1-u)))) du. Differentiating in c and substituting u = (1 - cos t)/2
 * (du / sqrt(u(1-u)) = dt), Craig's formula  integral over t in [0, pi] of exp(-y^2 / (2 sin^2 t)) = 2 pi Q(y)
 * gives dO/dc = -(sqrt(2 pi) / S) Q(2c / S); integrating from c to infinity with
 * integral_z^inf Q = phi(z) - z Q(z):  O(c) = sqrt(2 pi)/2 * (phi(z) - z Q(z)), z = 2c / S.
 */
const bridgeTimeAbove = (c: number, spread: number): number => {
  if (c < 0) return 1 - bridgeTimeAbove(-c, spread); // the bridge to 0 is symmetric
  const z = (2 * c) / spread;
  return (Math.sqrt(2 * Math.PI) / 2) * (phi(z) - z * Q(z));
};

/**
 * Free Brownian motion over [0, 1], spread S: expected time above c >= 0 is integral of Q(c / (S sqrt u)) du;
 * with w = z / sqrt(u) and two integrations by parts that is (1 + z^2) Q(z) - z phi(z), z = c / S.
 */
const freeTimeAbove = (c: number, spread: number): number => {
  if (c < 0) return 1 - freeTimeAbove(-c, spread);
  const z = c / spread;
  return (1 + z * z) * Q(z) - z * phi(z);
};

describe('fraction of the horizon in range, given where the price ends', () => {
  it('ending where it started, symmetric +/- 0.2 with S = 0.4: 1 - 2 O(0.2) = 0.791159', () => {
    // z = 2 * 0.2 / 0.4 = 1: O = 1.2533141 * (phi(1) - Q(1)) = 1.2533141 * (0.2419707 - 0.1586553) = 0.1044205;
    // in range 1 - 2 * 0.1044205 = 0.7911591.
    const fraction = fractionInRangeGivenEnd({ down: 0.2, up: 0.2 }, 0.4, 1, 0);
    expect(fraction).toBeCloseTo(0.7911591, 7);
    expect(Math.abs(fraction - (1 - 2 * bridgeTimeAbove(0.2, 0.4)))).toBeLessThan(1e-14);
  });
  it('ending where it started, any range (also one the price is outside of now): O(-a) - O(b)', () => {
    for (const [down, up, spread] of [
      [0.05, 0.5, 0.1],
      [Math.log(1.2), Math.log(3500 / 3000), 0.8 * Math.sqrt(30 / 365)],
      [-0.08, 0.2, 0.25], // a range 8 % .. 22 % above the price
      [0.3, -0.1, 0.2], // a range below the price
      [0.01, 0.01, 1], // a narrow range, high volatility
      [0.2, 0.2, 0.001], // almost no volatility: all the time in range
    ] as const) {
      const reference = bridgeTimeAbove(-down, spread) - bridgeTimeAbove(up, spread);
      // years = 1, so sigma is the spread S = sigma sqrt(T).
      expect(Math.abs(fractionInRangeGivenEnd({ down, up }, spread, 1, 0) - reference)).toBeLessThan(1e-13);
    }
  });
  it('the ETH-like range 2500-3500 at 3000, 30 days at 80 %, ending at 3000: 0.918266', () => {
    // S = 0.8 * sqrt(30/365) = 0.229353; z = 2 ln(1.2) / S = 1.58988 and 2 ln(3500/3000) / S = 1.34422.
    const fraction = fractionInRangeGivenEnd({ down: Math.log(1.2), up: Math.log(3500 / 3000) }, 0.8, 30 / 365, 0);
    expect(fraction).toBeCloseTo(0.9182664935513, 12);
  });
  it('averaged over where the price ends, it is the unconditional expected fraction in range', () => {
    // E over x ~ N(0, S^2) of F(x) = 1 - freeTimeAbove(b) - freeTimeAbove(a) (law of total expectation).
    // Simpson in x, cut where F bends (x = -a, x = b); its own error is about 2e-10.
    const simpson = (f: (x: number) => number, lo: number, hi: number, n: number) => {
      const h = (hi - lo) / n;
      let sum = 0;
      for (let i = 0; i <= n; i++) sum += (i === 0 || i === n ? 1 : i % 2 ? 4 : 2) * f(lo + i * h);
      return (sum * h) / 3;
    };
    for (const [down, up, spread] of [
      [0.2, 0.2, 0.3],
      [-0.08, 0.2, 0.25],
      [0.1, 0.3, 0.8 * Math.sqrt(30 / 365)],
    ] as const) {
      const weighted = (x: number) => (phi(x / spread) / spread) * fractionInRangeGivenEnd({ down, up }, spread, 1, x);
      const cuts = [-10 * spread, -down, up, 10 * spread].sort((p, q) => p - q);
      let mean = 0;
      for (let i = 0; i < 3; i++) mean += simpson(weighted, cuts[i]!, cuts[i + 1]!, 400);
      expect(Math.abs(mean - (freeTimeAbove(-down, spread) - freeTimeAbove(up, spread)))).toBeLessThan(1e-8);
    }
  });
  it('with no volatility the price goes straight: range -0.1..0.2 and an end at 0.4 is in range half the time', () => {
    // u * 0.4 < 0.2 while u < 0.5.
    expect(fractionInRangeGivenEnd({ down: 0.1, up: 0.2 }, 0, 1, 0.4)).toBe(0.5);
    // The sigma -> 0 limit agrees: the step at u = 0.5 has width ~ 1e-9.
    expect(Math.abs(fractionInRangeGivenEnd({ down: 0.1, up: 0.2 }, 1e-9, 1, 0.4) - 0.5)).toBeLessThan(1e-9);
    // Ending below the range's lower bound: in range until u * (-0.3) = -0.1, a third of the time.
    expect(fractionInRangeGivenEnd({ down: 0.1, up: 0.2 }, 0, 1, -0.3)).toBeCloseTo(1 / 3, 15);
    // Not moving: in range now (also exactly on the lower bound) or not at all.
    expect(fractionInRangeGivenEnd({ down: 0, up: 0.2 }, 0, 1, 0)).toBe(1);
    expect(fractionInRangeGivenEnd({ down: -0.1, up: 0.2 }, 0, 1, 0)).toBe(0);
  });
  it('a range far wider than any move is in range the whole time', () => {
    expect(fractionInRangeGivenEnd({ down: 50, up: 50 }, 0.8, 1, 0.4)).toBeGreaterThan(1 - 1e-15);
  });
  it('never NaN for extreme spreads and ends', () => {
    for (const spread of [1e-300, 1e-12, 1e-3, 1, 20])
      for (const end of [-700, -1, -1e-12, 0, 1e-12, 0.19999999999, 0.2, 1, 700]) {
        const f = fractionInRangeGivenEnd({ down: 0.1, up: 0.2 }, spread, 1, end);
        expect(f >= 0 && f <= 1).toBe(true);
      }
  });
});

describe('probability of entering a range the price is outside of', () => {
  it('8 % below the range, 45 % volatility, 30 days: 2 Q(ln 1.08 / (0.45 sqrt(30/365))) = 0.550810', () => {
    // ln 1.08 = 0.0769610; S = 0.45 * 0.2866911 = 0.1290110; z = 0.596546; Q(z) = 0.275405; 2Q = 0.550810.
    const p = probabilityOfEntering({ down: -Math.log(1.08), up: Math.log(3600 / 3000) }, 0.45, 30 / 365);
    expect(p).toBeCloseTo(0.5508102697745, 12);
  });
  it('a range below the price uses the distance to its upper bound; no volatility never gets there', () => {
    const below = { down: Math.log(1.5), up: -Math.log(1.08) };
    expect(probabilityOfEntering(below, 0.45, 30 / 365)).toBeCloseTo(0.5508102697745, 12);
    expect(probabilityOfEntering(below, 0, 30 / 365)).toBe(0);
    expect(probabilityOfEntering({ down: 0.1, up: 0.1 }, 0.45, 30 / 365)).toBe(1);
  });
});
