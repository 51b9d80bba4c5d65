import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../../core/index';
import {
  chooseQuote,
  priceOrientation,
  priceText,
  quoteShownByPage,
  rangeText,
  rangeToPool,
} from '../../../../lib/present/orientation';

describe('which token prices are counted in', () => {
  it("follows Uniswap's rule: a stablecoin is the quote whichever side of the contract it is on", () => {
    // USDC/WETH: token0 USDC, so the price 0.0004 (WETH per USDC) is shown turned round, in USDC per WETH.
    expect(chooseQuote({ symbol0: 'USDC', symbol1: 'WETH', price: '0.0004' })).toEqual({
      quote: 'token0',
      reason: 'money-like',
    });
    expect(chooseQuote({ symbol0: 'WETH', symbol1: 'USDT', price: '2500' }).quote).toBe('token1');
  });

  it('the native coin is the quote against other tokens, and against BTC', () => {
    expect(chooseQuote({ symbol0: 'UNI', symbol1: 'WETH' }).quote).toBe('token1');
    expect(chooseQuote({ symbol0: 'WETH', symbol1: 'WBTC', price: '0.03' }).quote).toBe('token0');
  });

  it('two tokens alike: the way round that reads at least 1', () => {
    expect(chooseQuote({ symbol0: 'AAA', symbol1: 'BBB', price: '0.25' }).quote).toBe('token0');
    expect(chooseQuote({ symbol0: 'AAA', symbol1: 'BBB', price: '4' }).quote).toBe('token1');
    expect(chooseQuote({}).quote).toBe('token1');
  });

  it("the page's own orientation wins over every default", () => {
    expect(chooseQuote({ symbol0: 'USDC', symbol1: 'WETH', pageQuote: 'token1' })).toEqual({
      quote: 'token1',
      reason: 'page',
    });
  });

  it('reads the page orientation from its price: 2,500 on a pool at 0.0004 is quoted in token0', () => {
    expect(quoteShownByPage('2500', '0.0004')).toBe('token0');
    expect(quoteShownByPage('0.00041', '0.0004')).toBe('token1');
    // A stable pair's price near 1 matches both ways round: no orientation to read.
    expect(quoteShownByPage('1.0002', '0.9999')).toBeNull();
    expect(quoteShownByPage('7', '0.0004')).toBeNull();
    expect(quoteShownByPage(undefined, '0.0004')).toBeNull();
  });
});

describe('prices and ranges as people read them', () => {
  const usdcPerWeth = priceOrientation({ symbol0: 'USDC', symbol1: 'WETH' }, 'token0');

  it('names the unit, groups thousands and keeps 6 significant digits', () => {
    // 1 / 0.000293981 = 3,401.58 USDC per WETH.
    expect(priceText(usdcPerWeth, new Decimal('0.000293981'))).toBe('3,401.58 USDC per WETH');
    expect(usdcPerWeth.unit).toBe('USDC per WETH');
  });

  it('turned round, the bounds of a range swap: the low WETH-per-USDC bound is the high USDC-per-WETH one', () => {
    const range = { priceLower: new Decimal('0.000293981'), priceUpper: new Decimal('0.000535652') };
    expect(rangeText(usdcPerWeth, range)).toBe('1,866.88 – 3,401.58 USDC per WETH');
    const back = rangeToPool(usdcPerWeth, { low: new Decimal('1866.88'), high: new Decimal('3401.58') });
    expect(back.priceLower.toSignificantDigits(6).toString()).toBe('0.000293981');
    expect(back.priceUpper.toSignificantDigits(6).toString()).toBe('0.000535653');
  });

  it('a symbol with look-alike letters is flagged in the unit too', () => {
    expect(priceOrientation({ symbol0: 'USDC', symbol1: 'WΕTH' }, 'token0').unit).toBe(
      'USDC per WΕTH (look-alike letters)',
    );
    expect(priceOrientation({}, 'token1').unit).toBe('token1 per token0');
  });
});
