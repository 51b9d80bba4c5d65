import { said } from '../../said';
import { describe, expect, it } from 'vitest';
import { readPancakeswapFacts } from '../../../../entrypoints/dex.content/readers/pancakeswap';
import {
  feeTierPercentText,
  parseDisplayedPrice,
  parsePanelSymbol,
  parseUnitLabel,
} from '../../../../entrypoints/dex.content/readers/pancakeswap-text';
import { readPageFacts } from '../../../../entrypoints/dex.content/readers/index';
import { documentOf, fixtureDocument } from './fixture-dom';

const ADD_V3_URL =
  'https://pancakeswap.finance/add/0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2/0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48/500?chain=eth';

describe('PancakeSwap v3 add-liquidity form (fixture pancakeswap/add-v3.html)', () => {
  it('reads pair, fee tier, version, typed range, current price and deposits, saying where each came from', () => {
    const doc = fixtureDocument('pancakeswap/add-v3.html', ADD_V3_URL);
    expect(said(readPancakeswapFacts(doc))).toStrictEqual({
      symbol0: 'USDC',
      symbol1: 'WETH',
      feeTier: '0.0005',
      version: 'v3',
      priceLower: '2000',
      priceUpper: '3000',
      price: '2500',
      depositAmounts: [
        { symbol: 'WETH', amount: '1' },
        { symbol: 'USDC', amount: '2450.12' },
      ],
      readFrom: {
        pair: 'pool header (pool token order)',
        feeTier: 'fee tier selector ("… fee tier")',
        version: 'pool type badge',
        priceLower: 'input under "Min Price"',
        priceUpper: 'input under "Max Price"',
        price: 'pool header, under "Current Price"',
        depositAmounts: 'deposit amount panels',
      },
    });
  });

  it('passes the message schema unchanged through the site table', () => {
    const doc = fixtureDocument('pancakeswap/add-v3.html', ADD_V3_URL);
    expect(readPageFacts('pancakeswap', doc)).toStrictEqual(readPancakeswapFacts(doc));
  });

  it('follows what is typed into the range inputs', () => {
    const doc = fixtureDocument('pancakeswap/add-v3.html', ADD_V3_URL);
    const [min, max] = [...doc.querySelectorAll<HTMLInputElement>('input[title="Token Amount"]')];
    min!.value = '2,200.5';
    max!.value = '';
    const facts = readPancakeswapFacts(doc);
    expect(facts.priceLower).toBe('2200.5');
    expect(facts.priceUpper).toBeUndefined();
    expect(facts.readFrom?.priceUpper).toBeUndefined();
  });

  it('never reads a full range (0 … ∞) or a percentage card as a price', () => {
    const doc = fixtureDocument('pancakeswap/add-v3.html', ADD_V3_URL);
    const [min, max] = [...doc.querySelectorAll<HTMLInputElement>('input[title="Token Amount"]')];
    min!.value = '0';
    max!.value = '∞';
    expect(readPancakeswapFacts(doc)).not.toHaveProperty('priceLower');
    expect(readPancakeswapFacts(doc)).not.toHaveProperty('priceUpper');

    const percentCard = documentOf(`
      <div><div>Min Price</div><div><input value="10" /></div><div>%</div></div>
      <div><div>Max Price</div><div><input value="20%" /></div></div>`);
    expect(said(readPancakeswapFacts(percentCard))).toStrictEqual({});
  });

  it('takes the price only from the line after "Current Price" that carries a unit, not the chart legend', () => {
    const legendOnly = documentOf(`
      <div><div><span></span><div>Current Price</div></div><div><span></span><div>Position Range</div></div></div>`);
    expect(said(readPancakeswapFacts(legendOnly))).toStrictEqual({});
    const tiny = documentOf(`
      <div><div><div>Current Price</div><svg></svg></div><div><div>0.0₄5123</div><div>WBNB = 1 MEME</div></div></div>`);
    expect(said(readPancakeswapFacts(tiny))).toStrictEqual({
      price: '0.00005123',
      readFrom: { price: 'pool header, under "Current Price"' },
    });
    const floor = documentOf(`
      <div><div><div>Current Price</div></div><div><div>&lt;0.00001</div><div>WBNB = 1 MEME</div></div></div>`);
    expect(said(readPancakeswapFacts(floor))).toStrictEqual({});
  });

  it('falls back to the title for the pair and skips cut symbols in deposit panels', () => {
    const doc = documentOf(`<title>WBNB/USDT | PancakeSwap</title>
      <div id="add-liquidity-input-tokena"><div id="pair">VERYL...TOKEN</div><input class="token-amount-input" value="5" /></div>`);
    expect(said(readPancakeswapFacts(doc))).toStrictEqual({
      symbol0: 'WBNB',
      symbol1: 'USDT',
      readFrom: { pair: 'page heading or title' },
    });
  });
});

describe('PancakeSwap text formats', () => {
  it.each([
    ['2,500', '2500'],
    ['2,500.12', '2500.12'],
    ['0.000123', '0.000123'],
    ['0.0₄5', '0.00005'],
    ['0.0₁₂7', '0.0000000000007'],
    ['1.0₄5', '1.00005'],
  ])('price %s -> %s', (text, expected) => expect(parseDisplayedPrice(text)).toBe(expected));

  it.each(['-', '<0.00001', '>999,999', '∞', '12%', '', '0'])('no price in %j', (text) =>
    expect(parseDisplayedPrice(text)).toBeNull(),
  );

  it('reads units, fee tiers and deposit-panel symbols', () => {
    expect(parseUnitLabel('USDC = 1 WETH')).toStrictEqual({ quote: 'USDC', base: 'WETH' });
    expect(parseUnitLabel('Liquidity Depth')).toBeNull();
    expect(feeTierPercentText('0.05% fee tier')).toBe('0.05%');
    expect(feeTierPercentText('↕️0.3%')).toBe('0.3%');
    expect(feeTierPercentText('87% Pick')).toBeNull();
    expect(parsePanelSymbol('WETH')).toBe('WETH');
    expect(parsePanelSymbol('PANCA...SWAP')).toBeNull();
  });
});
