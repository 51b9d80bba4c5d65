/**
 * Range bounds as Uniswap counts them: a position is active for tickLower <= tick < tickUpper, so a price
 * equal to priceLower is in range and a price equal to priceUpper is above it. Amounts, liquidity,
 * capital efficiency and IL must agree at both bounds whichever side the bound falls on.
 */
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  amountsForLiquidity,
  buildPoolModel,
  capitalEfficiency,
  ilConcentrated,
  liquidityForAmounts,
  priceRange,
  rangeStatus,
} from '../../../core/index';

// Range [4, 9]: sa = 2, sb = 3, so every figure below is a small fraction.
const range = priceRange({ priceLower: 4, priceUpper: 9 });
const bounds = { priceLower: 4, priceUpper: 9 };
const close = (a: Decimal, b: Decimal | string | number, tolerance = '1e-35') => a.minus(b).abs().lte(tolerance);

describe('range status at the bounds', () => {
  it('at priceLower: in range (tickLower <= tick); the old code said below', () => {
    expect(rangeStatus(range, new Decimal(4))).toBe('in-range');
  });
  it('at priceUpper: above (tick < tickUpper fails)', () => {
    expect(rangeStatus(range, new Decimal(9))).toBe('above');
  });
  it('just outside and just inside', () => {
    expect(rangeStatus(range, new Decimal('3.999999999999'))).toBe('below');
    expect(rangeStatus(range, new Decimal('8.999999999999'))).toBe('in-range');
  });
});

describe('amounts, liquidity, efficiency and IL agree at the bounds', () => {
  it('at pa, L = 6: amount0 = L (1/sa - 1/sb) = 6 (1/2 - 1/3) = 1, amount1 = L (s - sa) = 0', () => {
    const { amount0, amount1 } = amountsForLiquidity({ ...bounds, liquidity: 6, price: 4 });
    expect(close(amount0, 1)).toBe(true);
    expect(amount1.isZero()).toBe(true);
  });
  it('at pb, L = 6: amount0 = 0, amount1 = L (sb - sa) = 6', () => {
    const { amount0, amount1 } = amountsForLiquidity({ ...bounds, liquidity: 6, price: 9 });
    expect(amount0.isZero()).toBe(true);
    expect(close(amount1, 6)).toBe(true);
  });
  it('liquidity from amounts at pa: only token0 funds it, 1 token0 buys L = 1 * sa * sb / (sb - sa) = 6', () => {
    // With no token1 the in-range min(L0, L1) would be min(6, 0/0): the bound is handled as below.
    expect(close(liquidityForAmounts({ ...bounds, price: 4, amount0: 1, amount1: 0 }), 6)).toBe(true);
    expect(close(liquidityForAmounts({ ...bounds, price: 4, amount0: 1, amount1: 5 }), 6)).toBe(true);
  });
  it('liquidity from amounts at pb: only token1 funds it, 6 token1 buy L = 6 / (sb - sa) = 6', () => {
    expect(close(liquidityForAmounts({ ...bounds, price: 9, amount0: 3, amount1: 6 }), 6)).toBe(true);
  });
  it('capital efficiency is continuous at pa: 2 sa / (sa - pa/sb) = 4 / (2 - 4/3) = 6', () => {
    expect(close(capitalEfficiency({ ...bounds, price: 4 }), 6, '1e-34')).toBe(true);
    // One part in 1e20 inside the range moves it by about 1e-19 of itself (the value is linear in sqrt P there).
    const inside = capitalEfficiency({ ...bounds, price: new Decimal(4).mul('1.00000000000000000001') });
    expect(close(inside, 6, '1e-17')).toBe(true);
  });
  it('IL of an exit at pa is the same whether pa is counted below or in range', () => {
    // Entry at 6.25 (s = 2.5): held amounts per L are x = 1/2.5 - 1/3 = 1/15, y = 2.5 - 2 = 0.5.
    // Exit at 4: LP = (1/2 - 1/3) * 4 = 2/3, HODL = 4/15 + 1/2 = 23/30, IL = (2/3) / (23/30) - 1 = -3/23.
    const il = ilConcentrated({ ...bounds, entryPrice: '6.25', exitPrice: 4 });
    expect(close(il, new Decimal(-3).div(23))).toBe(true);
  });
  it('a concentrated model at pa is active (LVR > 0); at pb it is not (LVR 0)', () => {
    const atLower = buildPoolModel({ kind: 'concentrated', price: 4, ...bounds });
    const atUpper = buildPoolModel({ kind: 'concentrated', price: 9, ...bounds });
    // At pa: (sigma^2/4) sqrt(pa) / value per L = (0.25/4) * 2 / (2/3) = 0.1875 for sigma 0.5.
    expect(close(atLower.lvrPerYear(new Decimal('0.5')), '0.1875', '1e-35')).toBe(true);
    expect(atUpper.lvrPerYear(new Decimal('0.5')).isZero()).toBe(true);
  });
  it('far outside the range the model is single-sided: share 1 below, 0 above, even where x*P underflows', () => {
    // The hostile-input test found 0/0 = NaN here for a price of 1e-9000000000000000 below [1, 10].
    const far = buildPoolModel({ kind: 'concentrated', price: '1e-9000000000000000', priceLower: 1, priceUpper: 10 });
    expect(far.token0ValueShare.eq(1)).toBe(true);
    expect(buildPoolModel({ kind: 'concentrated', price: 11, ...bounds }).token0ValueShare.eq(0)).toBe(true);
  });
});
