/**
 * Figures in the user's locale: the entry points call setNumberLocale(uiLocale()) once; core then writes its
 * separators that way. Only the separators change (digits, rounding, units and lengths are the same).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Decimal, days, move, multiple, percent, price, setNumberLocale, usd, calendarDate } from '../../../core/index';

const d = (text: string) => new Decimal(text);

describe('figures in the display locale', () => {
  afterEach(() => setNumberLocale('en-US'));

  it('de-DE groups with "." and writes decimals with ","', () => {
    setNumberLocale('de-DE');
    // 1234.56 with two decimals under $10,000: "$1,234.56" in en-US, the separators swapped in de-DE.
    expect(usd(d('1234.56'))).toBe('$1.234,56');
    // 123,456,789 -> 123.46M (2 decimals of millions), then "," as the decimal mark.
    expect(usd(d('123456789'))).toBe('$123,46M');
    // 0.0973 * 100 = 9.73 %.
    expect(percent(d('0.0973'))).toBe('9,73 %');
    // 12345.678 -> six significant digits: 12,345.7 in en-US.
    expect(multiple(d('12345.678'))).toBe('12.345,7×');
    expect(price(d('1866.9123'))).toBe('1.866,91');
    expect(move(d('0.125'))).toBe('+12,5 %');
    expect(days(d('12.26'))).toBe('12,3 days');
    // Scientific form: the mantissa's decimal mark too (2.94e-9).
    expect(price(d('0.00000000294'))).toBe('2,94e-9');
  });

  it('en-US (the default) and zh-CN keep the existing texts', () => {
    expect(usd(d('1234.56'))).toBe('$1,234.56');
    setNumberLocale('zh-CN');
    expect(usd(d('1234.56'))).toBe('$1,234.56');
    expect(percent(d('0.0973'))).toBe('9.73 %');
    setNumberLocale('en-US');
    expect(multiple(d('12345.678'))).toBe('12,345.7×');
  });

  it('fr-FR groups with a narrow no-break space; an unknown or malformed tag falls back to en-US', () => {
    setNumberLocale('fr-FR');
    expect(price(d('1866.9123'))).toBe('1\u202f866,91');
    setNumberLocale('not a tag!');
    expect(price(d('1866.9123'))).toBe('1,866.91');
    setNumberLocale('xx');
    expect(price(d('1866.9123'))).toBe('1,866.91');
    // Arabic (Egypt) would write Arabic-Indic digits; core keeps Latin digits and takes only the separators.
    setNumberLocale('ar-EG');
    expect(price(d('1866.9123'))).toMatch(/^1.866.91$/);
  });

  it('calendar dates follow the locale, in UTC (a reward ending 2026-12-16T00:00Z)', () => {
    const end = Date.UTC(2026, 11, 16);
    expect(calendarDate(end)).toBe('Dec 16, 2026');
    setNumberLocale('zh-CN');
    expect(calendarDate(end)).toBe('2026年12月16日');
    setNumberLocale('de-DE');
    expect(calendarDate(end)).toBe('16. Dez. 2026');
    // The UI's words in Chinese while the browser reports en-US (as Debian's Chromium does here): the month
    // follows the words, the separators the locale.
    setNumberLocale('en-US', 'zh-CN');
    expect(calendarDate(end)).toBe('2026年12月16日');
    expect(price(d('1866.9123'))).toBe('1,866.91');
    // 23:59 UTC is still the 16th wherever the machine is.
    setNumberLocale('en-US');
    expect(calendarDate(end + 86_399_000)).toBe('Dec 16, 2026');
    expect(() => calendarDate(Number.NaN)).toThrow('must be a number');
  });
});
