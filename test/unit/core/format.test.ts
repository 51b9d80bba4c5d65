/** The one number formatter: exact texts for ordinary figures, a length bound for any figure at all. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal, MAX_LENGTH, days, move, multiple, percent, usd } from '../../../core/index';

const d = (text: string) => new Decimal(text);

describe('formatting ordinary figures', () => {
  it('percent, usd, multiple, days, move', () => {
    expect(percent(d('0.0973'))).toBe('9.73 %');
    expect(percent(d('0.000000667'))).toBe('0.0000667 %');
    expect(percent(d('-0.05719'), { signed: true })).toBe('-5.72 %');
    expect(percent(d('0.5'), { digits: 0 })).toBe('50 %');
    expect(usd(d('1234.5'))).toBe('$1,234.50');
    expect(usd(d('-42.891'), { signed: true })).toBe('-$42.89');
    expect(usd(d('0.001'), { signed: true })).toBe('$0.00');
    expect(multiple(d('1.4321'))).toBe('1.43x');
    expect(days(d('12.26'))).toBe('12.3 days');
    expect(move(d('-0.5'))).toBe('-50 %');
    expect(move(d('1'))).toBe('+100 %');
  });

  it('extremes turn scientific instead of growing: the APR of a pool with TVL 1e-30, a fee share of 2^256', () => {
    expect(percent(d('1e28'))).toBe('1.00e+30 %');
    expect(percent(d('1e-30'))).toBe('1.00e-28 %');
    expect(percent(d('115792089237316195423570985008687907853269984665640564039457584007913129639935'))).toBe(
      '1.16e+79 %',
    );
    expect(usd(d('1e15'))).toBe('$1.00e+15');
    expect(multiple(d('1e40'))).toBe('1.00e+40x');
  });
});

describe('no figure is ever longer than its bound', () => {
  const anyDecimal = fc
    .tuple(fc.integer({ min: -999_999_999, max: 999_999_999 }), fc.integer({ min: -400, max: 400 }))
    .map(([mantissa, exponent]) => new Decimal(`${mantissa}e${exponent}`));
  it.each([
    ['percent', (x: Decimal) => percent(x, { signed: true }), MAX_LENGTH.percent],
    ['usd', (x: Decimal) => usd(x, { signed: true }), MAX_LENGTH.usd],
    ['multiple', multiple, MAX_LENGTH.multiple],
    ['days', days, MAX_LENGTH.days],
    ['move', move, MAX_LENGTH.move],
  ] as const)('%s', (_name, format, max) => {
    fc.assert(
      fc.property(anyDecimal, (x) => {
        const text = format(x);
        expect(text.length).toBeLessThanOrEqual(max);
        expect(text).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 2000 },
    );
  });
});
