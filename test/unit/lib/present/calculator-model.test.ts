import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES, calculate, valuesFromPage, visibleFields } from '../../../../lib/present/calculator-model';

describe('popup calculator model', () => {
  it('the default example computes: pool APR 54.75 %, IL -5.719 % at +100 %', () => {
    const result = calculate(DEFAULT_VALUES);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.analysis.poolFeeApr.toString()).toBe('0.5475');
    expect(
      result.analysis.grid
        .find((r) => r.move.eq(1))!
        .il.mul(100)
        .toDecimalPlaces(3)
        .toString(),
    ).toBe('-5.719');
  });
  it('every invalid field gets its own error, and no analysis is produced', () => {
    const result = calculate({ ...DEFAULT_VALUES, tvlUsd: '-5', depositUsd: 'lots', feeTierPct: '100' });
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual({
      tvlUsd: 'must be greater than zero',
      depositUsd: '"lots" is not a number',
      feeTierPct: 'must be at least 0 and less than 100 %',
    });
  });
  it('a swapped range is reported on the range field', () => {
    const result = calculate({ ...DEFAULT_VALUES, kind: 'concentrated', priceLower: '3000', priceUpper: '1000' });
    expect(result.errors).toEqual({ priceLower: 'must be below priceUpper' });
  });
  it('optional fields may stay empty; hidden fields of other kinds are ignored', () => {
    const result = calculate({ ...DEFAULT_VALUES, amplification: 'garbage', rewardAprPct: '' });
    expect(result.ok).toBe(true);
    expect(visibleFields('constant-product').map((f) => f.id)).not.toContain('amplification');
  });
  it('percent inputs are converted once: 80 % volatility is 0.8', () => {
    const result = calculate({ ...DEFAULT_VALUES, volatilityPct: '80' });
    if (!result.ok) throw new Error('expected a result');
    expect(result.analysis.lvrPerYear.toString()).toBe('0.08');
  });
  it('stableswap price errors land on its own price field', () => {
    const result = calculate({ ...DEFAULT_VALUES, kind: 'stableswap', stablePrice: '0' });
    expect(result.errors).toEqual({ stablePrice: 'must be greater than zero' });
  });
  it('pre-fills from a page: kind from the URL, fee tier and range from the page', () => {
    const values = valuesFromPage(
      'https://app.uniswap.org/positions/add/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
      {
        feeTier: '0.0005',
        priceLower: '1500',
        priceUpper: '2500',
        price: '2000',
        version: 'v3',
      },
    );
    expect([values.kind, values.feeTierPct, values.priceLower, values.priceUpper, values.price]).toEqual([
      'concentrated',
      '0.05',
      '1500',
      '2500',
      '2000',
    ]);
  });
});
