import { said } from '../../../said';
import { say } from '../../../../../lib/i18n/index';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PoolFiguresSchema, decimalText, type ProviderResult } from '../../../../../lib/messages/pool-data';
import {
  DEXSCREENER_CHAINS,
  dexScreenerPairUrl,
  parseDexScreenerPair,
} from '../../../../../entrypoints/background/providers/dexscreener';
import { parseGeckoPool } from '../../../../../entrypoints/background/providers/geckoterminal';
import type { PoolTarget } from '../../../../../entrypoints/background/pool-target';
import type { ChainId } from '../../../../../core/index';

const evm = (chain: ChainId, address: string): PoolTarget => ({
  chain,
  type: 'address',
  address: address as `0x${string}`,
});

const FIXTURES = join(__dirname, '../../../../fixtures/api');
const V3 = '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
const V2 = '0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc';
const WETH = '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2';
const USDC = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
const NOW = Date.UTC(2025, 0, 31, 12, 0, 0);

// biome-ignore lint/suspicious/noExplicitAny: recorded API bodies are edited freely in these tests.
type Json = Record<string, any>;
const fixture = (path: string): Json => JSON.parse(readFileSync(join(FIXTURES, path), 'utf8')) as Json;
const v3Pair = () => fixture(`dexscreener/pair-ethereum-${V3}.json`);
const v2Pair = () => fixture(`dexscreener/pair-ethereum-${V2}.json`);

/** The v3 fixture with some pair fields replaced (undefined deletes). */
function withPair(changes: Record<string, unknown>, body = v3Pair()): Json {
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete body.pairs[0][key];
    else body.pairs[0][key] = value;
  }
  return body;
}

function figures(result: ProviderResult) {
  if (!result.ok) throw new Error(`expected figures, got: ${result.reason}`);
  return result.figures;
}

function expectWellFormed(result: ProviderResult) {
  expect(result.provider).toBe('dexscreener');
  if (!result.ok) {
    expect(say(result.reason).length).toBeGreaterThan(0);
    expect(say(result.reason)).not.toMatch(/NaN|Infinity|undefined/);
    return;
  }
  expect(v.safeParse(PoolFiguresSchema, result.figures).success).toBe(true);
  expect(result.figures.feeTier).toBeUndefined();
  const { symbol0: _s0, symbol1: _s1, dex: _dex, name: _name, ...numbers } = result.figures;
  expect(JSON.stringify(numbers)).not.toMatch(/NaN|Infinity/);
  for (const text of [
    result.figures.tvlUsd,
    result.figures.volume24hUsd,
    result.figures.price,
    result.figures.token1PriceUsd,
  ]) {
    if (text !== undefined) expect(v.is(decimalText, text)).toBe(true);
  }
}

describe('DexScreener URL', () => {
  it('builds the pair URL with DexScreener chain ids', () => {
    expect(dexScreenerPairUrl(evm('ethereum', V3))).toBe(`https://api.dexscreener.com/latest/dex/pairs/ethereum/${V3}`);
    expect(dexScreenerPairUrl(evm('gnosis', V3))).toBe(
      `https://api.dexscreener.com/latest/dex/pairs/gnosischain/${V3}`,
    );
    expect(DEXSCREENER_CHAINS).toMatchObject({
      ethereum: 'ethereum',
      bsc: 'bsc',
      base: 'base',
      arbitrum: 'arbitrum',
      polygon: 'polygon',
      solana: 'solana',
    });
  });
  it('is null for an unknown chain or something that is not an address', () => {
    expect(dexScreenerPairUrl(evm('taiko', V3))).toBeNull();
  });
});

describe('parseDexScreenerPair: recorded pairs', () => {
  it('Uniswap v3 USDC/WETH (base WETH is token1): price inverted, token1 USD price = priceUsd', () => {
    const result = parseDexScreenerPair(v3Pair(), V3, NOW);
    expect(result).toEqual({
      ok: true,
      provider: 'dexscreener',
      fetchedAt: NOW,
      figures: {
        symbol0: 'USDC',
        symbol1: 'WETH',
        tvlUsd: '150000000.5',
        volume24hUsd: '80000000',
        price: '0.0004',
        token1PriceUsd: '2500.1',
        createdAt: Date.UTC(2021, 4, 5, 21, 42, 11),
        dex: 'uniswap v3',
      },
    });
    expectWellFormed(result);
  });

  it('Uniswap v2 USDC/WETH without labels: dex is the dexId alone', () => {
    const result = parseDexScreenerPair(v2Pair(), V2, NOW);
    expect(figures(result)).toEqual({
      symbol0: 'USDC',
      symbol1: 'WETH',
      tvlUsd: '42000000.25',
      volume24hUsd: '5000000',
      price: '0.0004',
      token1PriceUsd: '2500.1',
      createdAt: Date.UTC(2020, 4, 5, 21, 9, 32),
      dex: 'uniswap',
    });
  });

  it('agrees with GeckoTerminal on the order-dependent figures of the same pools', () => {
    for (const pool of [V3, V2]) {
      const ds = figures(parseDexScreenerPair(fixture(`dexscreener/pair-ethereum-${pool}.json`), pool, NOW));
      const gt = figures(parseGeckoPool(fixture(`geckoterminal/pool-eth-${pool}.json`), NOW));
      expect([ds.symbol0, ds.symbol1, ds.price, ds.token1PriceUsd, ds.tvlUsd]).toEqual([
        gt.symbol0,
        gt.symbol1,
        gt.price,
        gt.token1PriceUsd,
        gt.tvlUsd,
      ]);
    }
  });

  it('base is token0: price as given, token1 USD price = priceUsd / priceNative', () => {
    const body = withPair({
      baseToken: { address: USDC, name: 'USD Coin', symbol: 'USDC' },
      quoteToken: { address: WETH, name: 'Wrapped Ether', symbol: 'WETH' },
      priceNative: '0.0004',
      priceUsd: '1.00004',
    });
    expect(figures(parseDexScreenerPair(body, V3, NOW))).toMatchObject({
      symbol0: 'USDC',
      symbol1: 'WETH',
      price: '0.0004',
      token1PriceUsd: '2500.1',
    });
  });

  it('matches the pair address without case on EVM, and picks the right pair from several', () => {
    const checksummed = '0x88e6A0c2dDD26FEEb64F039a2c41296FcB3f5640';
    expect(figures(parseDexScreenerPair(v3Pair(), checksummed, NOW)).tvlUsd).toBe('150000000.5');
    const other = { ...v3Pair().pairs[0], pairAddress: V2, liquidity: { usd: 1 } };
    const body = v3Pair();
    body.pairs.unshift(other);
    expect(figures(parseDexScreenerPair(body, V3, NOW)).tvlUsd).toBe('150000000.5');
    expect(figures(parseDexScreenerPair(body, V2, NOW)).tvlUsd).toBe('1');
  });

  it('reads the single `pair` object of older responses', () => {
    const pair = v3Pair().pairs[0];
    expect(figures(parseDexScreenerPair({ schemaVersion: '1.0.0', pair }, V3, NOW)).price).toBe('0.0004');
  });

  it('Solana: exact address, or a lower-cased one (DexScreener links lose the case); base kept as token0', () => {
    const pool = '58oQChx4yWmvKdwLLZzBi4ChoCc2fqCUWBkwMihLYQo2';
    const body = withPair({
      chainId: 'solana',
      dexId: 'raydium',
      labels: ['CLMM'],
      pairAddress: pool,
      baseToken: { address: 'So11111111111111111111111111111111111111112', name: 'Wrapped SOL', symbol: 'SOL' },
      quoteToken: { address: 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v', name: 'USD Coin', symbol: 'USDC' },
      priceNative: '150.25',
      priceUsd: '150.3',
    });
    const expected = { symbol0: 'SOL', symbol1: 'USDC', price: '150.25', dex: 'raydium CLMM' };
    expect(figures(parseDexScreenerPair(body, pool, NOW))).toMatchObject(expected);
    expect(figures(parseDexScreenerPair(body, pool.toLowerCase(), NOW))).toMatchObject(expected);
    expect(parseDexScreenerPair(body, pool.toUpperCase(), NOW).ok).toBe(false);
  });
});

describe('parseDexScreenerPair: each figure is checked on its own', () => {
  it('numbers arrive as JSON numbers or as strings alike', () => {
    const f = figures(
      parseDexScreenerPair(
        withPair({
          liquidity: { usd: '150000000.5' },
          volume: { h24: '80000000' },
          priceNative: 2500,
          priceUsd: 2500.1,
          pairCreatedAt: '1620250931000',
        }),
        V3,
        NOW,
      ),
    );
    expect(f).toMatchObject({
      tvlUsd: '150000000.5',
      volume24hUsd: '80000000',
      price: '0.0004',
      token1PriceUsd: '2500.1',
      createdAt: 1620250931000,
    });
  });

  it('missing and null fields are left out', () => {
    const f = figures(
      parseDexScreenerPair(
        withPair({ liquidity: undefined, volume: null, priceUsd: null, pairCreatedAt: undefined, labels: null }),
        V3,
        NOW,
      ),
    );
    expect(f).toEqual({ symbol0: 'USDC', symbol1: 'WETH', price: '0.0004', dex: 'uniswap' });
  });

  it('without priceNative: no price, and no derived quote USD price either', () => {
    const body = withPair({
      baseToken: { address: USDC, symbol: 'USDC' },
      quoteToken: { address: WETH, symbol: 'WETH' },
      priceNative: undefined,
      priceUsd: '1.00004',
    });
    const f = figures(parseDexScreenerPair(body, V3, NOW));
    expect(f.price).toBeUndefined();
    expect(f.token1PriceUsd).toBeUndefined();
  });

  it('negative, absurd or non-finite values are left out', () => {
    for (const bad of [-5, '-5', 1e40, '1e40', NaN, Infinity, -Infinity, 'NaN', 'Infinity', '0x10', true, [], {}]) {
      const f = figures(parseDexScreenerPair(withPair({ liquidity: { usd: bad }, volume: { h24: bad } }), V3, NOW));
      expect(f.tvlUsd, String(bad)).toBeUndefined();
      expect(f.volume24hUsd, String(bad)).toBeUndefined();
    }
    for (const bad of [0, -2500, 1e31, 1e-31, NaN, 'abc']) {
      const f = figures(parseDexScreenerPair(withPair({ priceNative: bad, priceUsd: bad }), V3, NOW));
      expect(f.price, String(bad)).toBeUndefined();
      expect(f.token1PriceUsd, String(bad)).toBeUndefined();
    }
    for (const bad of [NOW + 7 * 86400000, -1, 1.5, 0, '2021-05-05', 1e300]) {
      expect(
        figures(parseDexScreenerPair(withPair({ pairCreatedAt: bad }), V3, NOW)).createdAt,
        String(bad),
      ).toBeUndefined();
    }
  });

  it('without token addresses the order is unknown: no symbols or prices', () => {
    const body = withPair({ baseToken: { symbol: 'WETH' }, quoteToken: null });
    expect(figures(parseDexScreenerPair(body, V3, NOW))).toEqual({
      tvlUsd: '150000000.5',
      volume24hUsd: '80000000',
      createdAt: Date.UTC(2021, 4, 5, 21, 42, 11),
      dex: 'uniswap v3',
    });
  });
});

describe('parseDexScreenerPair: hostile text', () => {
  it('drops a markup symbol and caps the dex label', () => {
    const body = withPair({
      baseToken: { address: WETH, symbol: '<img src=x onerror=alert(1)>' },
      dexId: 'd'.repeat(90),
      labels: ['\u202Ev3'],
    });
    const f = figures(parseDexScreenerPair(body, V3, NOW));
    expect(f.symbol1).toBeUndefined();
    expect(f.symbol0).toBe('USDC');
    expect(f.dex!.length).toBeLessThanOrEqual(40);
    expect(JSON.stringify(f)).not.toContain('<img');
    expect(figures(parseDexScreenerPair(withPair({ labels: ['\u202Ev3'] }), V3, NOW)).dex).toBe('uniswap v3');
  });
});

describe('parseDexScreenerPair: symbols go through the page-text cleaner', () => {
  const withSymbols = (base: string, quote = 'USDC') =>
    withPair({ baseToken: { address: WETH, symbol: base }, quoteToken: { address: USDC, symbol: quote } });

  it.each(
    [0x2060, 0xad, 0x61c, 0x180e, 0xe0041, 0xfe0f, 0x3164, 0x34f, 0x2064].map((n) => [
      n.toString(16).toUpperCase().padStart(4, '0'),
      String.fromCodePoint(n),
    ]),
  )('an invisible character (U+%s) inside a symbol: the symbol is dropped, the rest kept', (_hex, c) => {
    const f = figures(parseDexScreenerPair(withSymbols(`WE${c}TH`), V3, NOW));
    expect(f.symbol1).toBeUndefined();
    expect(f).toMatchObject({ symbol0: 'USDC', tvlUsd: '150000000.5', price: '0.0004' });
  });

  it('a 13-emoji symbol (26 UTF-16 units) is dropped, the rest of the answer kept', () => {
    const result = parseDexScreenerPair(withSymbols('🦄'.repeat(13)), V3, NOW);
    expectWellFormed(result);
    expect(figures(result)).toMatchObject({
      symbol0: 'USDC',
      tvlUsd: '150000000.5',
      price: '0.0004',
      dex: 'uniswap v3',
    });
    expect(figures(result).symbol1).toBeUndefined();
  });

  it('13 emoji with variation selectors are cleaned to 13 units and kept', () => {
    expect(figures(parseDexScreenerPair(withSymbols('❤️'.repeat(13)), V3, NOW)).symbol1).toBe('❤'.repeat(13));
    expect(figures(parseDexScreenerPair(withSymbols('🦄UNI'), V3, NOW)).symbol1).toBe('🦄UNI');
  });

  it('look-alike symbols are kept as data (display flags them), never folded into plain ASCII', () => {
    expect(figures(parseDexScreenerPair(withSymbols('ＷＥＴＨ', 'USDС'), V3, NOW))).toMatchObject({
      symbol0: 'USDС',
      symbol1: 'ＷＥＴＨ',
    });
  });
});

describe('parseDexScreenerPair: no such pair', () => {
  it.each([
    ['pairs: null', { schemaVersion: '1.0.0', pairs: null }, 'DexScreener does not know this pool'],
    ['no matching pair', v2Pair(), 'DexScreener does not know this pool'],
    ['an empty object', {}, 'DexScreener does not know this pool'],
    ['malformed JSON text', '{"pairs": [', 'DexScreener returned malformed JSON'],
    ['undefined', undefined, 'DexScreener returned no pair data'],
    ['null', null, 'DexScreener returned no pair data'],
    ['an array', [v3Pair().pairs[0]], 'DexScreener returned no pair data'],
    ['a string', 'rate limited', 'DexScreener returned malformed JSON'],
  ])('%s -> ok: false with a reason', (_label, body, reason) => {
    expect(said(parseDexScreenerPair(body, V3, NOW))).toEqual({ ok: false, provider: 'dexscreener', reason });
  });

  it('a matching pair without one usable figure -> ok: false', () => {
    expect(parseDexScreenerPair({ pairs: [{ pairAddress: V3 }] }, V3, NOW).ok).toBe(false);
  });
});

const numberish = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom('NaN', 'Infinity', '1e400', '-0', '0x1f', '', '9'.repeat(70), '1e-29'),
  fc.stringMatching(/^-?\d{0,40}(\.\d{0,40})?(e[+-]?\d{1,5})?$/),
  fc.string(),
  fc.constant(null),
  fc.anything(),
);

describe('parseDexScreenerPair: properties', () => {
  it('anything in -> a well-formed result out, never a throw', () => {
    fc.assert(
      fc.property(fc.anything(), fc.oneof(fc.constant(V3), fc.string()), (json, address) => {
        expectWellFormed(parseDexScreenerPair(json, address, NOW));
      }),
      { numRuns: 500 },
    );
  });

  it('the recorded pair with random garbage in its fields -> well-formed figures', () => {
    const keys = Object.keys(v3Pair().pairs[0]).filter((key) => key !== 'pairAddress');
    const nested = fc.record({ usd: numberish, h24: numberish }, { requiredKeys: [] });
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...keys), fc.oneof(numberish, nested)),
        numberish,
        (changes, symbol) => {
          const body = withPair(changes);
          if (body.pairs[0].baseToken && typeof body.pairs[0].baseToken === 'object')
            body.pairs[0].baseToken.symbol = symbol;
          expectWellFormed(parseDexScreenerPair(body, V3, NOW));
        },
      ),
      { numRuns: 300 },
    );
  });
});
