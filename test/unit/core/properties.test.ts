/** Properties that must hold for every input (fast-check), including extreme prices and mixed decimals. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  Decimal,
  amountsForLiquidity,
  ilConcentrated,
  ilConstantProduct,
  ilStableswap,
  ilWeighted,
  liquidityForAmounts,
  priceFromSqrtPriceX96,
  priceFromTick,
  priceRange,
  rangeStatus,
  sqrtPriceX96FromPrice,
  tickFromPrice,
} from '../../../core/index';

/** Decimal strings spread over many orders of magnitude: 1e-12 .. 1e12. */
const price = fc
  .tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: -17, max: 7 }))
  .map(([m, e]) => new Decimal(m).mul(new Decimal(10).pow(e)).toString());
const ratio = fc
  .tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: -8, max: 3 }))
  .map(([m, e]) => new Decimal(m).mul(new Decimal(10).pow(e)).toString());
const relDiff = (a: Decimal, b: Decimal) => (b.isZero() ? a.abs() : a.minus(b).abs().div(b.abs()));
const dec = (x: unknown) => new Decimal(String(x));

describe('impermanent loss is never a gain (fees excluded)', () => {
  it('constant product', () => {
    fc.assert(fc.property(ratio, (r) => dec(ilConstantProduct(r)).lte(0)));
  });
  it('concentrated, in and out of range', () => {
    fc.assert(
      fc.property(price, price, price, price, (a, b, entry, exit) => {
        fc.pre(!dec(a).eq(b));
        const [lo, hi] = dec(a).lt(b) ? [a, b] : [b, a];
        return dec(ilConcentrated({ priceLower: lo, priceUpper: hi, entryPrice: entry, exitPrice: exit })).lte('1e-38');
      }),
    );
  });
  it('weighted, n tokens', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 6 }),
        fc.array(ratio, { minLength: 6, maxLength: 6 }),
        (raw, ratios) => {
          const total = raw.reduce((a, b) => a + b, 0);
          const weights = raw.map((w) => new Decimal(w).div(total));
          const last = weights.length - 1;
          weights[last] = new Decimal(1).minus(weights.slice(0, last).reduce((a, b) => a.plus(b), new Decimal(0)));
          return dec(ilWeighted({ weights, priceRatios: ratios.slice(0, weights.length) })).lte('1e-38');
        },
      ),
    );
  });
  it('stableswap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), ratio, (A, p) =>
        dec(ilStableswap({ amplification: A, price: p })).lte(0),
      ),
      { numRuns: 60 },
    );
  });
});

describe('shapes of the IL curves', () => {
  it('constant product is symmetric in log price: IL(r) = IL(1/r)', () => {
    // IL is computed as (ratio near 1) - 1, so the error bound is absolute: a few units of the 40th digit.
    fc.assert(
      fc.property(ratio, (r) =>
        dec(ilConstantProduct(r))
          .minus(dec(ilConstantProduct(new Decimal(1).div(r))))
          .abs()
          .lt('1e-37'),
      ),
    );
  });
  it('a range position loses at least as much as full range while the price stays inside the range', () => {
    fc.assert(
      fc.property(
        price,
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.integer({ min: 2, max: 10_000 }),
        (lower, u1, u2, widthFactor) => {
          const lo = dec(lower);
          const hi = lo.mul(widthFactor);
          const at = (u: number) => lo.plus(hi.minus(lo).mul(u));
          const entry = at(u1);
          const exit = at(u2);
          const range = dec(ilConcentrated({ priceLower: lo, priceUpper: hi, entryPrice: entry, exitPrice: exit }));
          const full = dec(ilConstantProduct(exit.div(entry)));
          return range.lte(full.plus('1e-35'));
        },
      ),
    );
  });
  it('a 50/50 weighted pool is a constant product pool', () => {
    fc.assert(
      fc.property(ratio, (r) =>
        dec(ilWeighted({ weights: ['0.5', '0.5'], priceRatios: [r, '1'] }))
          .minus(dec(ilConstantProduct(r)))
          .abs()
          .lt('1e-35'),
      ),
    );
  });
  it('stableswap tends to constant product as A -> 0', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 20, noNaN: true }), (p) => {
        const tiny = dec(ilStableswap({ amplification: '1e-15', price: p }));
        const cp = dec(ilConstantProduct(p));
        return tiny.minus(cp).abs().lte(cp.abs().mul('1e-12').plus('1e-30'));
      }),
      { numRuns: 50 },
    );
  });
  it('higher A gives more IL once the peg breaks', () => {
    const at = (A: number) => dec(ilStableswap({ amplification: A, price: '1.05' }));
    expect(at(2000).lt(at(200))).toBe(true);
    expect(at(200).lt(at(10))).toBe(true);
    expect(at(10).lt(dec(ilConstantProduct('1.05')))).toBe(true);
  });
});

describe('range bounds as Uniswap counts them (tickLower <= tick < tickUpper)', () => {
  it('the amounts are continuous across both bounds; only the status changes side', () => {
    fc.assert(
      fc.property(price, fc.integer({ min: 2, max: 10_000 }), price, (lower, widthFactor, liquidity) => {
        const lo = dec(lower);
        const hi = lo.mul(widthFactor);
        const range = priceRange({ priceLower: lo, priceUpper: hi });
        const at = (p: Decimal) => amountsForLiquidity({ liquidity, price: p, priceLower: lo, priceUpper: hi });
        const justBelow = lo.mul('0.999999');
        const justAbove = hi.mul('1.000001');
        // Below the range and at pa the position is all token0; above and at pb all token1.
        expect(relDiff(at(lo).amount0, at(justBelow).amount0).lt('1e-30')).toBe(true);
        expect(at(lo).amount1.isZero()).toBe(true);
        expect(relDiff(at(hi).amount1, at(justAbove).amount1).lt('1e-30')).toBe(true);
        expect(at(hi).amount0.isZero()).toBe(true);
        expect([rangeStatus(range, lo), rangeStatus(range, hi)]).toEqual(['in-range', 'above']);
      }),
      { numRuns: 60 },
    );
  });
});

describe('round trips', () => {
  it('tick -> price -> tick, any decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -887272, max: 887272 }),
        fc.integer({ min: 0, max: 18 }),
        fc.integer({ min: 0, max: 18 }),
        (t, d0, d1) => {
          expect(tickFromPrice(priceFromTick(t, d0, d1), d0, d1)).toBe(t);
        },
      ),
      { numRuns: 150 },
    );
  });
  it('liquidity -> amounts -> liquidity, in range', () => {
    fc.assert(
      fc.property(
        price,
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.integer({ min: 2, max: 1000 }),
        price,
        (lower, u, width, liquidity) => {
          const lo = dec(lower);
          const hi = lo.mul(width);
          const p = lo.plus(hi.minus(lo).mul(u));
          const amounts = amountsForLiquidity({ liquidity, price: p, priceLower: lo, priceUpper: hi });
          const back = liquidityForAmounts({ price: p, priceLower: lo, priceUpper: hi, ...amounts });
          expect(relDiff(back, dec(liquidity)).lt('1e-30')).toBe(true);
        },
      ),
    );
  });
  it('price -> sqrtPriceX96 -> price at 1e-12 .. 1e12 with 18 vs 6 decimals', () => {
    for (const [p, d0, d1] of [
      ['1e-12', 18, 6],
      ['1e12', 6, 18],
      ['0.000412345678901', 6, 18],
      ['2456.789012345', 18, 6],
      ['1e-12', 18, 18],
      ['1e12', 18, 18],
    ] as const) {
      const sqrtX96 = sqrtPriceX96FromPrice(p, d0, d1);
      const back = priceFromSqrtPriceX96(sqrtX96, d0, d1);
      // The only loss is the floor to a whole Q96 unit: relative error below 2 / sqrtPriceX96 once squared.
      expect(relDiff(back, dec(p)).lt(new Decimal(2).div(sqrtX96.toString()))).toBe(true);
      expect(relDiff(back, dec(p)).gte(0)).toBe(true);
    }
  });
  it('extreme price ratios stay exact: IL(1e12) and IL(1e-12) match 2*sqrt(r)/(1+r) - 1 computed at 80 digits', () => {
    const Wide = Decimal.clone({ precision: 80 });
    for (const r of ['1e12', '1e-12', '1e24']) {
      const wide = new Wide(2).mul(new Wide(r).sqrt()).div(new Wide(1).plus(r)).minus(1);
      expect(relDiff(dec(ilConstantProduct(r)), dec(wide.toSignificantDigits(40).toString())).lt('1e-38')).toBe(true);
    }
  });
});
