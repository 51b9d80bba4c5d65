import { describe, expect, it } from 'vitest';
import { cleanPageText, parseFeeTierText, parsePairLabel, parsePriceText, parseTokenSymbol } from '../../../core/page-text';

describe('page text is cleaned and validated', () => {
  it('strips bidi overrides and control characters, folds spaces, caps the length', () => {
    expect(cleanPageText('US\u202EDC\u202C')).toBe('USDC');
    expect(cleanPageText('a\u0000b\n\tc')).toBe('a b c');
    expect(cleanPageText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
  it('token symbols: 1..24 visible characters without separators', () => {
    expect(parseTokenSymbol(' WETH ')).toBe('WETH');
    expect(parseTokenSymbol('<img src=x onerror=alert(1)>')).toBeNull();
    expect(parseTokenSymbol('A'.repeat(25))).toBeNull();
    expect(parseTokenSymbol('')).toBeNull();
    expect(parseTokenSymbol('<b>')).toBe('<b>'); // kept as text: views render text, never HTML
  });
  it('fee tiers', () => {
    expect(parseFeeTierText('0.05%')).toBe('0.0005');
    expect(parseFeeTierText('0.3 %')).toBe('0.003');
    expect(parseFeeTierText('10%')).toBe('0.1');
    expect(parseFeeTierText('0.01%')).toBe('0.0001');
    expect(parseFeeTierText('1%')).toBe('0.01');
    expect(parseFeeTierText('50%')).toBeNull();
    expect(parseFeeTierText('0%')).toBeNull();
    expect(parseFeeTierText('abc')).toBeNull();
  });
  it('pair labels', () => {
    expect(parsePairLabel('WETH/USDC 0.05%')).toEqual({ symbol0: 'WETH', symbol1: 'USDC', feeTier: '0.0005' });
    expect(parsePairLabel('WETH/USDC 0.05%')!.feeTier).toBe('0.0005');
    expect(parsePairLabel('WETH / USDC')).toEqual({ symbol0: 'WETH', symbol1: 'USDC', feeTier: null });
    expect(parsePairLabel('USDC-WETH 0.3%')!.symbol0).toBe('USDC');
    expect(parsePairLabel('Swap anytime, anywhere.')).toBeNull();
    expect(parsePairLabel('<img src=x onerror=alert(1)>/USDC')).toBeNull();
  });
  it('prices', () => {
    expect(parsePriceText('1,234.56')).toBe('1234.56');
    expect(parsePriceText('002,000.500')).toBe('2000.5');
    expect(parsePriceText('0.000412')).toBe('0.000412');
    expect(parsePriceText('0.000')).toBeNull();
    expect(parsePriceText('-1')).toBeNull();
    expect(parsePriceText('0')).toBeNull();
    expect(parsePriceText('1e5')).toBeNull();
    expect(parsePriceText('∞')).toBeNull();
  });
});
