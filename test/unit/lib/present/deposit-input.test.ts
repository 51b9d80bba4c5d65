import { describe, expect, it } from 'vitest';
import { parseDepositText } from '../../../../lib/present/deposit-input';

describe('a deposit typed in the overlay', () => {
  it('accepts plain, grouped and dollar-signed amounts, and keeps them exact', () => {
    expect(parseDepositText('2500')).toEqual({ ok: true, usd: '2500' });
    expect(parseDepositText(' $2,500.50 ')).toEqual({ ok: true, usd: '2500.50' });
    expect(parseDepositText('0.5')).toEqual({ ok: true, usd: '0.5' });
    expect(parseDepositText('007')).toEqual({ ok: true, usd: '7' });
    // The same in every display locale: "," groups thousands, "." is the decimal mark.
    expect(parseDepositText('1,234.56')).toEqual({ ok: true, usd: '1234.56' });
    expect(parseDepositText('1234.56')).toEqual({ ok: true, usd: '1234.56' });
  });

  it('refuses what is not a positive dollar amount, saying why', () => {
    for (const text of ['', '   ', 'abc', '1e3', '-5', '12.345', 'NaN', 'Infinity', '1,00', '2500,50', '0x10']) {
      const result = parseDepositText(text);
      expect(result.ok, text).toBe(false);
    }
    expect(parseDepositText('0')).toEqual({ ok: false, error: 'The deposit must be more than $0.' });
    expect(parseDepositText('0.00')).toEqual({ ok: false, error: 'The deposit must be more than $0.' });
    expect(parseDepositText('9999999999999')).toEqual({ ok: false, error: 'At most $1 trillion.' });
  });
});
