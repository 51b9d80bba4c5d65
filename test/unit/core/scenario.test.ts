import { describe, expect, it } from 'vitest';
import { LpInputError, analyzePosition } from '../../../core/index';

const constantProduct = analyzePosition({
  pool: { kind: 'constant-product' },
  feeTier: '0.003',
  tvlUsd: '10000000',
  volume24hUsd: '5000000',
  depositUsd: '10000',
  horizonDays: '30',
  volatility: '0.8',
});

describe('a scenario at a price the user types (issue 10)', () => {
  it('is the grid row at that move: same fees, IL and holding value', () => {
    const row = constantProduct.scenarioAt('1');
    const gridRow = constantProduct.grid.find((r) => r.move.eq(1))!;
    expect(row.ilUsd.eq(gridRow.ilUsd)).toBe(true);
    expect(row.feesUsd.eq(gridRow.feesUsd)).toBe(true);
    // Token0 doubles: holding 5,000 + 2 x 5,000 = $15,000; x*y = k is worth 10,000 x sqrt(2) = $14,142.14.
    expect(row.hodlValueUsd.toString()).toBe('15000');
    expect(row.hodlValueUsd.plus(row.ilUsd).toDecimalPlaces(2).toString()).toBe('14142.14');
  });

  it('a move off the grid works too, and a move to zero or below is refused with a reason', () => {
    // r = 1.37: LP / HODL = 2 sqrt(1.37) / 2.37.
    const row = constantProduct.scenarioAt('0.37');
    const expected = (2 * Math.sqrt(1.37)) / 2.37 - 1;
    expect(row.il.toNumber()).toBeCloseTo(expected, 12);
    expect(() => constantProduct.scenarioAt('-1')).toThrow(LpInputError);
    expect(() => constantProduct.scenarioAt('abc')).toThrow(LpInputError);
  });

  it('the deposit splits by value as the pool holds it: half and half for x*y = k', () => {
    expect(constantProduct.token0ValueShare.toString()).toBe('0.5');
  });
});
