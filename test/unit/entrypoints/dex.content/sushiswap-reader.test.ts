import { said } from '../../said';
import { describe, expect, it } from 'vitest';
import { readSushiswapFacts } from '../../../../entrypoints/dex.content/readers/sushiswap';
import { documentOf, fixtureDocument } from './fixture-dom';

const CREATE_URL = 'https://www.sushi.com/ethereum/pool/v3/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640/create';

describe('SushiSwap reader on the v3 new-position form', () => {
  it('reads the pair, fee tier, version, typed range, current price and deposit, saying where', () => {
    const doc = fixtureDocument('sushiswap/v3-create-position.html', CREATE_URL);
    expect(said(readSushiswapFacts(doc))).toStrictEqual({
      symbol0: 'USDC',
      symbol1: 'ETH',
      version: 'v3',
      feeTier: '0.0005',
      priceLower: '0.00033333',
      priceUpper: '0.0005',
      price: '0.0004',
      depositAmounts: [
        { symbol: 'USDC', amount: '1000' },
        { symbol: 'ETH', amount: '0.449721' },
      ],
      readFrom: {
        pair: 'pool header, the link before the "V3" badge',
        version: 'pool header badge "V3"',
        feeTier: 'pool header, next to "Fee"',
        priceLower: 'input in the "Min Price" card',
        priceUpper: 'input in the "Max Price" card',
        price: 'line "USDC = … ETH" above the range presets',
        depositAmounts: 'the two token inputs of the Liquidity section',
      },
    });
  });

  it('follows edits of the range inputs, and skips a full-range side ("0" / "∞")', () => {
    const doc = fixtureDocument('sushiswap/v3-create-position.html', CREATE_URL);
    const max = doc.querySelector<HTMLInputElement>('input[testdata-id="max-price-input"]')!;
    max.value = '0.00045';
    expect(readSushiswapFacts(doc).priceUpper).toBe('0.00045');
    max.value = '∞';
    const facts = readSushiswapFacts(doc);
    expect(facts.priceLower).toBeUndefined();
    expect(facts.priceUpper).toBeUndefined();
    expect(facts.price).toBe('0.0004');
  });

  it('drops the current price once the line is quoted the other way round from the range', () => {
    const doc = fixtureDocument('sushiswap/v3-create-position.html', CREATE_URL);
    doc.querySelector('div.items-baseline')!.textContent = 'ETH = 2500 USDC $2,500.00';
    expect(readSushiswapFacts(doc).price).toBeUndefined();
  });

  it('without the pool header, takes the pair from the title, or else from the range unit', () => {
    const doc = fixtureDocument('sushiswap/v3-create-position.html', CREATE_URL);
    doc.querySelector('a[href^="https://etherscan.io/address/"]')!.remove();
    expect(said(readSushiswapFacts(doc))).toMatchObject({
      symbol0: 'USDC',
      symbol1: 'WETH',
      readFrom: { pair: 'page title' },
    });
    doc.title = 'Add liquidity | Sushi 🍣';
    expect(said(readSushiswapFacts(doc))).toMatchObject({
      symbol0: 'USDC',
      symbol1: 'ETH',
      readFrom: { pair: 'unit under "Min Price" (token1 per token0)' },
    });
  });

  it('reads nothing from a page that is not a pool page, and never a percentage as a price', () => {
    expect(said(readSushiswapFacts(documentOf('<title>Swap | Sushi 🍣</title><p>Swap</p>')))).toStrictEqual({});
    const doc = fixtureDocument('sushiswap/v3-create-position.html', CREATE_URL);
    doc.querySelector<HTMLInputElement>('input[testdata-id="min-price-input"]')!.value = '-17%';
    expect(readSushiswapFacts(doc).priceLower).toBeUndefined();
  });
});
