import { said } from '../../said';
import { describe, expect, it } from 'vitest';
import { readPageFacts } from '../../../../entrypoints/dex.content/readers/index';
import { readUniswapFacts } from '../../../../entrypoints/dex.content/readers/uniswap';
import { expandSubscriptZeros, parseQuotedPrice } from '../../../../entrypoints/dex.content/readers/uniswap-text';
import { documentOf, fixtureDocument } from './fixture-dom';

const POOL = 'https://app.uniswap.org/explore/pools/ethereum/0x88E6A0c2dDD26FEEb64F039a2c41296FcB3f5640';
const FORM = 'https://app.uniswap.org/positions/add/ethereum/0x88E6A0c2dDD26FEEb64F039a2c41296FcB3f5640';

describe('Uniswap reader on the app’s own markup', () => {
  it('reads the pool page header: pair from the token links, version and fee tier from the badges', () => {
    const facts = readUniswapFacts(fixtureDocument('uniswap/pool-details.html', POOL));
    expect(said(facts)).toEqual({
      symbol0: 'USDC',
      symbol1: 'WETH',
      version: 'v3',
      feeTier: '0.0005',
      readFrom: { pair: 'pool header (token links)', version: 'pool header badge', feeTier: 'pool header badge' },
    });
  });

  it('reads the add-position form in price mode: version, current price, pair and the typed range', () => {
    const facts = readUniswapFacts(fixtureDocument('uniswap/add-position.html', FORM));
    expect(said(facts)).toEqual({
      symbol0: 'WETH',
      symbol1: 'USDC',
      version: 'v3',
      price: '2500',
      priceLower: '2000',
      priceUpper: '3000',
      readFrom: {
        version: '"v3 position" (protocol menu)',
        price: '"Current price" line',
        pair: '"Current price" line (base / quote)',
        priceLower: 'input under "Min price"',
        priceUpper: 'input under "Max price"',
      },
    });
  });

  it('never reads a percentage as a price: in percentage mode the range comes from the lines under the inputs', () => {
    const doc = fixtureDocument('uniswap/add-position-percentage.html', 'https://app.uniswap.org/positions/add/new');
    const facts = readUniswapFacts(doc);
    expect(facts.priceLower).toBe('2000');
    expect(facts.priceUpper).toBe('3000');
    expect(facts.readFrom?.priceLower).toBe('line under "Min price" (percentage mode)');
    expect(facts.readFrom?.priceUpper).toBe('line under "Max price" (percentage mode)');
    // Without that line, nothing: the "-20.00" in the input is a difference.
    for (const line of doc.querySelectorAll('input[data-testid^="range-input-"]')) {
      line.parentElement!.nextElementSibling!.textContent = '-20.00%';
    }
    const bare = readUniswapFacts(doc);
    expect(bare.priceLower).toBeUndefined();
    expect(bare.priceUpper).toBeUndefined();
    expect(bare.price).toBe('2500');
  });

  it('passes the shared message schema unchanged', () => {
    const facts = readPageFacts('uniswap', fixtureDocument('uniswap/add-position.html', FORM));
    expect(facts.priceLower).toBe('2000');
    expect(facts.readFrom?.priceUpper).toBe('input under "Max price"');
  });

  it('falls back to the generic reading on other markup', () => {
    const doc = documentOf(
      '<div><h1>WETH / USDC 0.05%</h1><span>v2</span></div><input aria-label="Min price" value="1,500">',
      POOL,
    );
    expect(said(readUniswapFacts(doc))).toMatchObject({
      symbol0: 'WETH',
      symbol1: 'USDC',
      feeTier: '0.0005',
      version: 'v2',
      priceLower: '1500',
      readFrom: { pair: 'page heading or title', version: 'badge next to the heading' },
    });
  });
});

describe('Uniswap price text', () => {
  it('reads the condensed and the long form, with a fiat value after', () => {
    expect(parseQuotedPrice('2,500 USDC/WETH ($2,500.00)')).toEqual({ price: '2500', quote: 'USDC', base: 'WETH' });
    expect(parseQuotedPrice('2000.5 USDC = 1 WETH')).toEqual({ price: '2000.5', quote: 'USDC', base: 'WETH' });
    expect(parseQuotedPrice('-20.00%')).toBeNull();
    expect(parseQuotedPrice('USDC = 1 WETH')).toBeNull();
  });

  it('expands subscript zeros', () => {
    expect(expandSubscriptZeros('0.0₄5')).toBe('0.00005');
    expect(expandSubscriptZeros('0.0₁₂31')).toBe('0.00000000000031');
    expect(parseQuotedPrice('0.0₄5 WETH/PEPE')?.price).toBe('0.00005');
    expect(expandSubscriptZeros('1.5')).toBe('1.5');
  });
});
