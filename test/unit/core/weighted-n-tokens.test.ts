/** core's ilWeighted for pools of three and more tokens (issue 12), against hand arithmetic. */
import { describe, expect, it } from 'vitest';
import { ilWeighted } from '../../../core/index';

const pct = (value: unknown) => (Number(value) * 100).toFixed(2);

describe('weighted IL, n tokens', () => {
  it('3 tokens of 1/3, one doubles, the others fixed: 2^(1/3) / (4/3) - 1 = 1.259921 / 1.333333 - 1 = -5.51 %', () => {
    expect(pct(ilWeighted({ weights: ['1', '1', '1'].map(() => 1 / 3), priceRatios: [2, 1, 1] }))).toBe('-5.51');
    // Balancer's stored weights (last wei on the third token) give the same figure.
    const stored = ['0.333333333333333333', '0.333333333333333333', '0.333333333333333334'];
    expect(pct(ilWeighted({ weights: stored, priceRatios: ['1', '1', '2'] }))).toBe('-5.51');
  });

  it('4 tokens of 1/4, one halves: 0.5^0.25 / (0.5/4 + 3/4) - 1 = 0.840896 / 0.875 - 1 = -3.90 %', () => {
    expect(pct(ilWeighted({ weights: ['0.25', '0.25', '0.25', '0.25'], priceRatios: ['1', '0.5', '1', '1'] }))).toBe(
      '-3.90',
    );
  });

  it('40 / 30 / 30, two tokens move: 2^0.3 x 0.5^0.3 = 1 over 0.4 + 0.6 + 0.15 = 1.15, so 1 / 1.15 - 1 = -13.04 %', () => {
    expect(pct(ilWeighted({ weights: ['0.4', '0.3', '0.3'], priceRatios: ['1', '2', '0.5'] }))).toBe('-13.04');
  });

  it('all prices moving together is no loss: (2^0.5 x 2^0.25 x 2^0.25) / 2 - 1 = 0', () => {
    expect(pct(ilWeighted({ weights: ['0.5', '0.25', '0.25'], priceRatios: ['2', '2', '2'] }))).toBe('0.00');
  });
});
