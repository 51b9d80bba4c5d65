import { describe, expect, it } from 'vitest';
import { LpInputError, rawLiquidityToHuman, rawToHuman } from '../../../core/index';

describe('named conversions of raw integers', () => {
  it('liquidity scales by the mean of the two decimals: L = sqrt(x*y)', () => {
    // USDC (6) / WETH (18): 10^((6+18)/2) = 10^12.
    expect(rawLiquidityToHuman(15_000_000_000_000_000_000n, 6, 18).toString()).toBe('15000000');
    // An odd sum of decimals: 10^7.5 = 31622776.6...
    expect(rawLiquidityToHuman('1000000000000000', 6, 9).toSignificantDigits(8).toString()).toBe('31622777');
    expect(() => rawLiquidityToHuman('1e18', 6, 18)).toThrow(LpInputError);
  });
  it('amounts: 1.5 WETH from wei', () => {
    expect(rawToHuman(1_500_000_000_000_000_000n, 18).toString()).toBe('1.5');
  });
});
