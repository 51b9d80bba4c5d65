import { describe, expect, it } from 'vitest';
import { LpInputError } from '../../../../core/index';
import { humanInputError } from '../../../../lib/present/input-errors';

describe('input errors said for people (issue 10)', () => {
  const field = { name: 'Pool TVL' };
  it.each([
    ['missing', 'a number is required', 'Enter a value for Pool TVL.'],
    [
      'not-a-number',
      '"lots" is not a number',
      'Pool TVL must be a number, like 2500 or 0.05 (digits, one dot, no units).',
    ],
    ['not-positive', 'must be greater than zero', 'Pool TVL must be more than 0.'],
    ['negative', 'must not be negative', 'Pool TVL cannot be negative.'],
    [
      'order',
      'must be below priceUpper',
      'The min price must be below the max price: swap the two, or change one of them.',
    ],
    ['out-of-range', 'must be at most 3650', 'Pool TVL must be at most 3650.'],
  ] as const)('%s', (reason, detail, expected) => {
    expect(humanInputError(new LpInputError('tvlUsd', reason, detail), field)).toBe(expected);
  });

  it('never shows a code field name', () => {
    const text = humanInputError(new LpInputError('priceLower', 'order', 'must be below priceUpper'), field);
    expect(text).not.toMatch(/priceLower|priceUpper|tvlUsd/);
  });
});

describe("core's range details said from the locale files", () => {
  it.each([
    ['volatility', 'must be at most 2000 % a year', 'Volatility must be at most 2000 % a year.'],
    ['horizonDays', 'must be at most 36500', 'Volatility must be at most 36500.'],
    ['feeTier', 'must be between 0 and 1 (got 1.5)', 'Volatility must be between 0 and 1 (got 1.5).'],
    ['decimals', 'must be a whole number from 0 to 77', 'Volatility must be a whole number from 0 to 77.'],
    // A shape the locale files do not know stays as core wrote it.
    ['kind', 'must be one of a, b', 'Volatility must be one of a, b.'],
  ])('%s: %s', (coreField, detail, said) => {
    const error = new LpInputError(coreField, 'out-of-range', detail);
    expect(humanInputError(error, { name: 'volatility' })).toBe(said);
  });
});
