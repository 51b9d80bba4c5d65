/**
 * Range probabilities against independent references: an adaptive Gauss–Kronrod quadrature written
 * here, values computed with mpmath at 40 digits, and the two exact series for never leaving checked
 * against each other.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DRIFT_CONVENTION,
  LpInputError,
  expectedFractionInRange,
  expectedYearsToLeave,
  normalCdf,
  probabilityInRangeAt,
  probabilityNeverLeaving,
  type LogRange,
} from '../../../core/index';
import { neverLeavingByEigenfunctions, neverLeavingByImages } from '../../../core/range-probability';

// Gauss–Kronrod 7/15: Kronrod nodes on [-1, 1] (positive half), their weights, and the 7-point Gauss
// weights, which sit on every other Kronrod node (indices 1, 3, 5, 7).
const KRONROD_NODES = [
  0.9914553711208126, 0.9491079123427585, 0.8648644233597691, 0.7415311855993945, 0.5860872354676911,
  0.4058451513773972, 0.20778495500789848, 0,
];
const KRONROD_WEIGHTS = [
  0.022935322010529224, 0.06309209262997856, 0.10479001032225019, 0.14065325971552592, 0.1690047266392679,
  0.19035057806478542, 0.20443294007529889, 0.20948214108472782,
];
const GAUSS_WEIGHTS = [0.1294849661688697, 0.27970539148927664, 0.3818300505051189, 0.4179591836734694];

/** Adaptive Gauss–Kronrod: splits an interval in two until the 7- and 15-point rules agree to `tolerance`. */
function integrate(f: (t: number) => number, lo: number, hi: number, tolerance: number, depth = 0): number {
  const mid = (lo + hi) / 2;
  const half = (hi - lo) / 2;
  let kronrod = KRONROD_WEIGHTS[7]! * f(mid);
  let gauss = GAUSS_WEIGHTS[3]! * f(mid);
  for (let i = 0; i < 7; i++) {
    const pair = f(mid - half * KRONROD_NODES[i]!) + f(mid + half * KRONROD_NODES[i]!);
    kronrod += KRONROD_WEIGHTS[i]! * pair;
    if (i % 2 === 1) gauss += GAUSS_WEIGHTS[(i - 1) / 2]! * pair;
  }
  kronrod *= half;
  gauss *= half;
  // The 7/15 pair's difference overestimates the 15-point error by far: stopping at 1e-15 is safe.
  if (Math.abs(kronrod - gauss) <= tolerance || depth > 40) return kronrod;
  return integrate(f, lo, mid, tolerance / 2, depth + 1) + integrate(f, mid, hi, tolerance / 2, depth + 1);
}

const quadratureFraction = (range: LogRange, sigma: number, years: number) =>
  integrate((t) => probabilityInRangeAt(range, sigma, t), 0, years, 1e-15 * years) / years;

/** A range of +-x % around the price: pa = P0 (1 - x), pb = P0 (1 + x). */
const plusMinus = (pct: number): LogRange => ({ down: -Math.log(1 - pct / 100), up: Math.log(1 + pct / 100) });

describe('expected fraction of the horizon in range (closed form)', () => {
  const cases: [string, LogRange, number, number][] = [
    ['narrow, +-1 %, sigma 0.8, one year', plusMinus(1), 0.8, 1],
    ['symmetric +-0.2 in log, sigma 0.8, a quarter', { down: 0.2, up: 0.2 }, 0.8, 0.25],
    ['lopsided: 5 % down, 65 % up', { down: 0.05, up: 0.5 }, 0.6, 0.5],
    ['wide: e^-1 .. e^2, two years', { down: 1, up: 2 }, 0.5, 2],
    ['price at the lower bound', { down: 0, up: 0.1 }, 0.7, 0.3],
    ['long and wild: sigma 2 for 10 years', { down: 0.3, up: 0.4 }, 2, 10],
    ['out of range, range above the price (down < 0)', { down: -0.1, up: 0.3 }, 0.8, 1],
    ['out of range, range below the price (up < 0)', { down: 0.4, up: -0.05 }, 1.2, 0.1],
    ['far out of range: the price must double to get in', { down: -Math.log(2), up: Math.log(3) }, 0.3, 0.5],
    ['a 30-day horizon', { down: 0.08, up: 0.12 }, 0.9, 30 / 365],
  ];
  it.each(cases)(
    '%s: matches adaptive Gauss–Kronrod quadrature of P(in range at t) to 1e-12',
    (_n, range, sigma, years) => {
      const closedForm = expectedFractionInRange(range, sigma, years);
      const quadrature = quadratureFraction(range, sigma, years);
      expect(Math.abs(closedForm - quadrature)).toBeLessThan(1e-12);
    },
  );

  it('+-1 %, sigma 0.8, one year: 0.0197920341826 (mpmath), where the old 32-step Simpson rule gave 0.0281414', () => {
    // mpmath 1.3, 40 digits: quad(lambda t: ncdf(b/(0.8 sqrt t)) - ncdf(-a/(0.8 sqrt t)), [0, 1e-6, 1e-3, 0.1, 1])
    // with a = -ln 0.99, b = ln 1.01 gives 0.01979203418261261311. The Simpson rule, which counted
    // P = 1 at t = 0 with weight 1/96 of the horizon, gave 0.02814143661272273: 42 % too high.
    expect(Math.abs(expectedFractionInRange(plusMinus(1), 0.8, 1) - 0.019792034182612613)).toBeLessThan(1e-15);
  });

  it('the small-x series: 1 - 2 g(x) with g(x) = 1/2 + x^2/2 - phi(0) (2x + x^3/3) + O(x^5) at x = 0.001', () => {
    // Symmetric +-h with h / (sigma sqrt T) = x: fraction = 4 phi(0) x - x^2 + (2/3) phi(0) x^3 + O(x^5).
    const x = 0.001;
    const phi0 = 1 / Math.sqrt(2 * Math.PI);
    const series = 4 * phi0 * x - x * x + (2 / 3) * phi0 * x ** 3;
    expect(Math.abs(expectedFractionInRange({ down: x, up: x }, 1, 1) - series)).toBeLessThan(1e-15);
  });

  it('an out-of-range position spends part of the horizon in range, less the farther the range', () => {
    const near = expectedFractionInRange({ down: -0.05, up: 0.3 }, 0.8, 1);
    const far = expectedFractionInRange({ down: -0.5, up: 0.8 }, 0.8, 1);
    expect(near).toBeGreaterThan(far);
    expect(far).toBeGreaterThan(0);
  });

  it('nothing moves (sigma 0 or no time): in range counts fully, out of range not at all', () => {
    expect(expectedFractionInRange({ down: 0.1, up: 0.1 }, 0, 1)).toBe(1);
    expect(expectedFractionInRange({ down: -0.1, up: 0.3 }, 0, 1)).toBe(0);
    expect(expectedFractionInRange({ down: -0.1, up: 0.3 }, 0.8, 0)).toBe(0);
  });
});

describe('probability of being in range at the horizon', () => {
  it('symmetric +-one sigma: 2 Phi(1) - 1 = 0.682689492137086', () => {
    expect(Math.abs(probabilityInRangeAt({ down: 0.2, up: 0.2 }, 0.4, 0.25) - 0.682689492137086)).toBeLessThan(1e-14);
  });
  it('range above the price, both bounds one and two spreads away: Phi(2) - Phi(1) = 0.135905121983278', () => {
    // s = 0.4 sqrt 0.25 = 0.2; pa is 0.2 above (down = -0.2), pb is 0.4 above (up = 0.4).
    expect(Math.abs(probabilityInRangeAt({ down: -0.2, up: 0.4 }, 0.4, 0.25) - 0.135905121983278)).toBeLessThan(1e-14);
  });
  it('out of range with sigma 0 is 0, not 1 (the old code answered 1 for any range when sigma was 0)', () => {
    expect(probabilityInRangeAt({ down: -0.1, up: 0.3 }, 0, 1)).toBe(0);
    expect(probabilityInRangeAt({ down: 0.4, up: -0.05 }, 0.5, 0)).toBe(0);
    expect(probabilityInRangeAt({ down: 0.1, up: 0.1 }, 0, 1)).toBe(1);
  });
  it('at the bounds, as Uniswap counts ticks: at the lower bound in range, at the upper bound out', () => {
    expect(probabilityInRangeAt({ down: 0, up: 0.1 }, 0, 1)).toBe(1);
    expect(probabilityInRangeAt({ down: 0.1, up: 0 }, 0, 1)).toBe(0);
  });
});

describe('probability of never leaving the range', () => {
  it('images and eigenfunctions agree to 1e-14 where both converge (s / w from 0.3 to 3)', () => {
    for (const [down, up] of [
      [0.2, 0.2],
      [0.05, 0.35],
      [0.01, 0.5],
      [0.3, 0.02],
    ] as const) {
      const w = down + up;
      for (const ratio of [0.3, 0.5, 0.8, 1, 1.5, 2, 3]) {
        const s = ratio * w;
        const images = neverLeavingByImages({ down, up }, s);
        const eigen = neverLeavingByEigenfunctions({ down, up }, s);
        expect(Math.abs(images - eigen)).toBeLessThan(1e-14);
      }
    }
  });

  it('matches the series summed with mpmath at 40 digits (both series agree there to 25 digits)', () => {
    const cases: [LogRange, number, number, number][] = [
      [{ down: 0.2, up: 0.2 }, 0.8, 30 / 365, 0.25136806551868757],
      [{ down: 0.05, up: 0.15 }, 0.3, 0.1, 0.29662298649961627],
      [{ down: 0.1, up: 0.3 }, 0.6, 0.5, 0.0034941623931819183],
      [{ down: 0.02, up: 0.18 }, 0.9, 30 / 365, 0.00010662439855704547],
    ];
    for (const [range, sigma, years, expected] of cases) {
      expect(Math.abs(probabilityNeverLeaving(range, sigma, years) - expected)).toBeLessThan(1e-14);
    }
  });

  it('+-1 %, sigma 2, ten years: below 1e-12 (the image series cut at k = 50 gave 6.0e-7)', () => {
    // Leading eigen term: (4/pi) sin(pi a/w) exp(-pi^2 s^2 / (2 w^2)), s/w = 2 sqrt 10 / 0.02 = 316: e^-493000 = 0.
    expect(probabilityNeverLeaving(plusMinus(1), 2, 10)).toBeLessThan(1e-12);
    // +-1 %, sigma 0.8, one year: the old code gave 1.3e-5; s/w = 40, so e^-7896.
    expect(probabilityNeverLeaving(plusMinus(1), 0.8, 1)).toBeLessThan(1e-300);
  });

  it('long times decay as the leading eigenfunction: (4/pi) sin(pi a / w) exp(-pi^2 s^2 / (2 w^2))', () => {
    // a = 0.1, b = 0.3, s = 0.8 (s/w = 2): n = 3 is e^-(8 pi^2 * 2) ~ 1e-69 of it.
    const leading = (4 / Math.PI) * Math.sin(Math.PI / 4) * Math.exp(-2 * Math.PI * Math.PI);
    const p = probabilityNeverLeaving({ down: 0.1, up: 0.3 }, 0.8, 1);
    expect(Math.abs(p - leading) / leading).toBeLessThan(1e-13);
  });

  it('tiny sigma sqrt T: 1 (a +-10 % range, sigma 0.001, one day)', () => {
    expect(probabilityNeverLeaving(plusMinus(10), 0.001, 1 / 365)).toBe(1);
  });

  it('decreases with time and never exceeds the probability of being in range at the end', () => {
    const range = { down: 0.15, up: 0.25 };
    let previous = 1;
    for (const years of [0.001, 0.01, 0.05, 0.1, 0.3, 1, 3, 10]) {
      const p = probabilityNeverLeaving(range, 0.7, years);
      expect(p).toBeLessThanOrEqual(previous);
      expect(p).toBeLessThanOrEqual(probabilityInRangeAt(range, 0.7, years));
      previous = p;
    }
  });

  it('is zero for a price already at or beyond a bound, one when nothing moves and the price is inside', () => {
    expect(probabilityNeverLeaving({ down: -0.1, up: 0.3 }, 0.5, 1)).toBe(0);
    expect(probabilityNeverLeaving({ down: 0, up: 0.3 }, 0.5, 1)).toBe(0);
    expect(probabilityNeverLeaving({ down: 0.1, up: 0.3 }, 0, 1)).toBe(1);
  });
});

describe('expected time to leave', () => {
  it('a * b / sigma^2: 0.2 * 0.2 / 0.64 = 0.0625 years', () => {
    expect(expectedYearsToLeave({ down: 0.2, up: 0.2 }, 0.8)).toBeCloseTo(0.0625, 15);
  });
  it('zero for a price outside the range; an error for sigma 0 (the old code returned Infinity)', () => {
    expect(expectedYearsToLeave({ down: -0.1, up: 0.3 }, 0.5)).toBe(0);
    expect(() => expectedYearsToLeave({ down: 0.1, up: 0.1 }, 0)).toThrow(LpInputError);
  });
});

describe('bad binary64 inputs raise LpInputError naming the field', () => {
  const errorOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      if (e instanceof LpInputError) return [e.field, e.reason];
      throw e;
    }
    throw new Error('expected an LpInputError');
  };
  const inRange = { down: 0.1, up: 0.2 };
  it.each([
    ['normalCdf(NaN)', () => normalCdf(Number.NaN), 'x', 'not-a-number'],
    ['in range at, NaN sigma', () => probabilityInRangeAt(inRange, Number.NaN, 1), 'sigma', 'not-a-number'],
    [
      'in range at, NaN down',
      () => probabilityInRangeAt({ down: Number.NaN, up: 0.1 }, 0.5, 1),
      'range.down',
      'not-a-number',
    ],
    ['never leaving, NaN years', () => probabilityNeverLeaving(inRange, 0.5, Number.NaN), 'years', 'not-a-number'],
    ['never leaving, negative sigma', () => probabilityNeverLeaving(inRange, -0.5, 1), 'sigma', 'negative'],
    [
      'fraction, infinite years',
      () => expectedFractionInRange(inRange, 0.5, Number.POSITIVE_INFINITY),
      'years',
      'not-finite',
    ],
    ['fraction, negative years', () => expectedFractionInRange(inRange, 0.5, -1), 'years', 'negative'],
    [
      'fraction, infinite up',
      () => expectedFractionInRange({ down: 0.1, up: Number.POSITIVE_INFINITY }, 0.5, 1),
      'range.up',
      'not-finite',
    ],
    ['a range of no width', () => expectedFractionInRange({ down: 0.1, up: -0.1 }, 0.5, 1), 'range.down', 'order'],
    ['years to leave, sigma 0', () => expectedYearsToLeave(inRange, 0), 'sigma', 'not-positive'],
    ['years to leave, tiny sigma', () => expectedYearsToLeave(inRange, 1e-200), 'sigma', 'overflow'],
  ] as const)('%s', (_name, fn, field, reason) => {
    expect(errorOf(fn)).toEqual([field, reason]);
  });
  it('normalCdf takes the infinities at their limits', () => {
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
  });
});

describe('the drift convention', () => {
  it('is one plain sentence for the UI', () => {
    expect(DRIFT_CONVENTION).toMatch(/as likely to halve as to double/);
    expect(DRIFT_CONVENTION).toMatch(/median/);
  });
});

describe('properties over random ranges, volatilities and horizons', () => {
  const distance = fc.double({ min: -2, max: 2, noNaN: true });
  const sigma = fc.double({ min: 0.01, max: 3, noNaN: true });
  const years = fc.double({ min: 1 / 365, max: 10, noNaN: true });
  const range = fc
    .tuple(distance, distance)
    .filter(([down, up]) => down + up > 1e-3)
    .map(([down, up]) => ({ down, up }));

  it('the closed form matches the quadrature to 1e-12, in range or not', () => {
    fc.assert(
      fc.property(range, sigma, years, (r, s, t) => {
        expect(Math.abs(expectedFractionInRange(r, s, t) - quadratureFraction(r, s, t))).toBeLessThan(1e-12);
      }),
      { numRuns: 60 },
    );
  });

  it('images and eigenfunctions agree to 1e-13 wherever s / w lies in [0.2, 5]', () => {
    const inside = fc.tuple(
      fc.double({ min: 1e-4, max: 2, noNaN: true }),
      fc.double({ min: 1e-4, max: 2, noNaN: true }),
    );
    fc.assert(
      fc.property(inside, fc.double({ min: 0.2, max: 5, noNaN: true }), ([down, up], ratio) => {
        const s = ratio * (down + up);
        const images = neverLeavingByImages({ down, up }, s);
        const eigen = neverLeavingByEigenfunctions({ down, up }, s);
        expect(Math.abs(images - eigen)).toBeLessThan(1e-13);
      }),
    );
  });
});
