/** The one number formatter: exact texts for ordinary figures, a length bound for any figure at all. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal, LpInputError, MAX_LENGTH, days, move, multiple, percent, price, usd } from '../../../core/index';

const d = (text: string) => new Decimal(text);

describe('formatting ordinary figures', () => {
  it('percent, usd, multiple, days, move', () => {
    expect(percent(d('0.0973'))).toBe('9.73 %');
    expect(percent(d('0.000000667'))).toBe('0.0000667 %');
    expect(percent(d('-0.05719'), { signed: true })).toBe('-5.72 %');
    expect(percent(d('0.5'), { digits: 0 })).toBe('50 %');
    expect(percent(d('0.003'))).toBe('0.30 %');
    expect(usd(d('1234.5'))).toBe('$1,234.50');
    expect(usd(d('-42.891'), { signed: true })).toBe('-$42.89');
    expect(usd(d('1000'))).toBe('$1,000.00');
    expect(multiple(d('1.4321'))).toBe('1.43×');
    expect(days(d('12.26'))).toBe('12.3 days');
    expect(move(d('-0.5'))).toBe('-50 %');
    expect(move(d('1'))).toBe('+100 %');
    expect(move(d('0.125'))).toBe('+12.5 %');
  });

  it('extremes turn scientific instead of growing: the APR of a pool with TVL 1e-30, a fee share of 2^256', () => {
    expect(percent(d('1e28'))).toBe('1.00e+30 %');
    expect(percent(d('1e-30'))).toBe('1.00e-28 %');
    expect(percent(d('115792089237316195423570985008687907853269984665640564039457584007913129639935'))).toBe(
      '1.16e+79 %',
    );
    expect(usd(d('1e15'))).toBe('$1.00e+15');
    expect(multiple(d('1e40'))).toBe('1.00e+40×');
  });

  it('rounds half away from zero, as people do by hand (decimal.js would round 0.365 to even: 0.36)', () => {
    // 0.00365 -> 0.365 % -> two decimals: the 5 rounds up.
    expect(percent(d('0.00365'))).toBe('0.37 %');
    expect(percent(d('-0.00365'))).toBe('-0.37 %');
    expect(percent(d('0.00125'))).toBe('0.13 %');
    expect(usd(d('0.125'))).toBe('$0.13');
    expect(usd(d('2.675'))).toBe('$2.68');
    expect(multiple(d('1.425'))).toBe('1.43×');
    expect(days(d('0.25'))).toBe('0.3 days');
    // 0.001225 -> 0.1225 % -> 0.12 % either way, but 0.0001225 -> 0.01225 % keeps 3 significant digits: 0.0123 %.
    expect(percent(d('0.0001225'))).toBe('0.0123 %');
    expect(move(d('0.00125'))).toBe('+0.13 %');
  });

  it('a non-zero value never shows as zero; exactly zero shows as 0', () => {
    // 0.000042 -> 0.0042 %: three significant digits below 0.1 %.
    expect(percent(d('0.000042'))).toBe('0.0042 %');
    // 0.004 with 0 decimals would be "0 %": 0.4 % keeps its significant digit.
    expect(percent(d('0.004'), { digits: 0 })).toBe('0.4 %');
    expect(multiple(d('0.0031'))).toBe('0.0031×');
    expect(multiple(d('0.004'))).toBe('0.004×');
    expect(usd(d('0.001'), { signed: true })).toBe('+$0.001');
    expect(usd(d('0.0042'))).toBe('$0.0042');
    expect(days(d('0.04'))).toBe('0.04 days');
    expect(move(d('0.0000001'))).toBe('+1.00e-5 %');
    expect(percent(d('0'))).toBe('0 %');
    expect(percent(d('-0'), { signed: true })).toBe('0 %');
    expect(multiple(d('0'))).toBe('0×');
    expect(usd(d('0'))).toBe('$0.00');
    expect(days(d('0'))).toBe('0 days');
    expect(move(d('0'))).toBe('0 %');
    expect(price(d('0'))).toBe('0');
  });

  it('at most six significant digits, thousands separated; large dollar amounts compact', () => {
    expect(percent(d('1234.5678'))).toBe('123,457 %');
    expect(percent(d('12'))).toBe('1,200.00 %');
    expect(multiple(d('12345.678'))).toBe('12,345.7×');
    // 99,999.95 rounds to 100,000.0: seven digits, so rounded again to whole units.
    expect(multiple(d('99999.95'))).toBe('100,000×');
    expect(usd(d('12345.67'))).toBe('$12,346');
    expect(usd(d('999999.5'))).toBe('$1.00M');
    expect(usd(d('123456789'))).toBe('$123.46M');
    // 999,995,000 = 0.999995 B -> $1.00B, not $1000.00M.
    expect(usd(d('999995000'))).toBe('$1.00B');
    expect(usd(d('2.5e12'))).toBe('$2.50T');
    expect(move(d('99'))).toBe('+9,900 %');
  });

  it('days: one decimal, and "1 day" only when the figure shown is 1', () => {
    expect(days(d('7'))).toBe('7.0 days');
    expect(days(d('1'), { digits: 0 })).toBe('1 day');
    expect(days(d('1.04'), { digits: 0 })).toBe('1 day');
    expect(days(d('2'), { digits: 0 })).toBe('2 days');
  });

  it('prices: six significant digits, grouped, no trailing zeros; scientific when tiny or huge', () => {
    // 1866.912: six significant digits -> 1866.91.
    expect(price(d('1866.912'))).toBe('1,866.91');
    expect(price(d('1866.9'))).toBe('1,866.9');
    expect(price(d('3401.57'))).toBe('3,401.57');
    expect(price(d('0.000293981'))).toBe('0.000293981');
    expect(price(d('0.0002939815'))).toBe('0.000293982');
    expect(price(d('0.00000293981'))).toBe('0.00000293981');
    // Below a millionth: three significant digits in "e" form.
    expect(price(d('2.93981e-9'))).toBe('2.94e-9');
    expect(price(d('3e-9'))).toBe('3e-9');
    expect(price(d('123456789'))).toBe('123,457,000');
    expect(price(d('2e12'))).toBe('2e+12');
    expect(price(d('-1.5'))).toBe('-1.5');
  });

  it('a NaN or infinite input is refused with a typed error, never printed', () => {
    const formatters: [string, (x: Decimal) => string][] = [
      ['percent', (x) => percent(x)],
      ['usd', (x) => usd(x)],
      ['multiple', (x) => multiple(x)],
      ['days', (x) => days(x)],
      ['move', move],
      ['price', price],
    ];
    for (const [name, format] of formatters) {
      for (const bad of [new Decimal(Number.NaN), new Decimal(Number.POSITIVE_INFINITY), new Decimal('-Infinity')]) {
        let error: unknown;
        try {
          format(bad);
        } catch (e) {
          error = e;
        }
        expect(error, `${name}(${bad.toString()})`).toBeInstanceOf(LpInputError);
        expect((error as LpInputError).field).toBe(name);
        expect((error as LpInputError).reason).toBe(bad.isNaN() ? 'not-a-number' : 'not-finite');
      }
    }
  });
});

describe('no figure is ever longer than its bound, and none reads as zero unless it is zero', () => {
  const anyDecimal = fc
    .tuple(fc.integer({ min: -999_999_999, max: 999_999_999 }), fc.integer({ min: -400, max: 400 }))
    .map(([mantissa, exponent]) => new Decimal(`${mantissa}e${exponent}`));
  /** Magnitudes 1e-30 .. 1e30, both signs, up to 12 significant digits. */
  const wideDecimal = fc
    .tuple(
      fc.boolean(),
      fc.integer({ min: 1, max: 999_999_999_999 }),
      fc.integer({ min: -30, max: 30 }),
      fc.integer({ min: 0, max: 11 }),
    )
    .map(([negative, mantissa, exponent, shift]) => {
      const value = new Decimal(mantissa).div(new Decimal(10).pow(shift)).mul(new Decimal(10).pow(exponent));
      // Keep the magnitude inside 1e-30 .. 1e30.
      const clamped = value.gt('1e30') ? new Decimal('1e30') : value.lt('1e-30') ? new Decimal('1e-30') : value;
      return negative ? clamped.neg() : clamped;
    });
  /** A shown figure reads as zero when it has no non-zero digit before any exponent. */
  const readsAsZero = (text: string) => !/[1-9]/.test(text.split('e')[0]!);
  const formatters = [
    ['percent', (x: Decimal) => percent(x, { signed: true }), MAX_LENGTH.percent],
    ['percent, 0 decimals', (x: Decimal) => percent(x, { digits: 0 }), MAX_LENGTH.percent],
    ['percent, 6 decimals', (x: Decimal) => percent(x, { signed: true, digits: 6 }), MAX_LENGTH.percent],
    ['usd', (x: Decimal) => usd(x, { signed: true }), MAX_LENGTH.usd],
    ['usd, 0 decimals', (x: Decimal) => usd(x, { digits: 0 }), MAX_LENGTH.usd],
    ['multiple', (x: Decimal) => multiple(x), MAX_LENGTH.multiple],
    ['multiple, 6 decimals', (x: Decimal) => multiple(x, { digits: 6 }), MAX_LENGTH.multiple],
    ['days', (x: Decimal) => days(x), MAX_LENGTH.days],
    ['days, 6 decimals', (x: Decimal) => days(x, { digits: 6 }), MAX_LENGTH.days],
    ['move', (x: Decimal) => move(x), MAX_LENGTH.move],
    ['price', (x: Decimal) => price(x), MAX_LENGTH.price],
  ] as const;

  it.each(formatters)('%s: length bound over any magnitude', (_name, format, max) => {
    fc.assert(
      fc.property(anyDecimal, (x) => {
        const text = format(x);
        expect(text.length).toBeLessThanOrEqual(max);
        expect(text).not.toMatch(/NaN|Infinity/);
        if (!x.isZero()) expect(readsAsZero(text), `${x.toString()} -> ${text}`).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it.each(formatters)('%s: 1e-30 .. 1e30, both signs: bounded, never zero, sign kept', (_name, format, max) => {
    fc.assert(
      fc.property(wideDecimal, (x) => {
        const text = format(x);
        expect(text.length).toBeLessThanOrEqual(max);
        expect(readsAsZero(text), `${x.toString()} -> ${text}`).toBe(false);
        expect(text.startsWith('-'), `${x.toString()} -> ${text}`).toBe(x.isNegative());
      }),
      { numRuns: 1000 },
    );
  });
});
