import { said } from '../../../said';
import { say } from '../../../../../lib/i18n/index';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PoolFiguresSchema, decimalText, type ProviderResult } from '../../../../../lib/messages/pool-data';
import {
  GECKO_NETWORKS,
  CANDLE_DAYS,
  geckoOhlcvUrl,
  geckoPoolUrl,
  parseGeckoOhlcv,
  parseGeckoPool,
} from '../../../../../entrypoints/background/providers/geckoterminal';
import type { PoolTarget } from '../../../../../entrypoints/background/pool-target';
import type { ChainId } from '../../../../../core/index';

const evm = (chain: ChainId, address: string): PoolTarget => ({
  chain,
  type: 'address',
  address: address as `0x${string}`,
});

const FIXTURES = join(__dirname, '../../../../fixtures/api/geckoterminal');
const V3 = '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
const V2 = '0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc';
const NOW = Date.UTC(2025, 0, 31, 12, 0, 0);

// biome-ignore lint/suspicious/noExplicitAny: recorded API bodies are edited freely in these tests.
type Json = Record<string, any>;
const fixture = (name: string): Json => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Json;
const v3Pool = () => fixture(`pool-eth-${V3}.json`);
const v2Pool = () => fixture(`pool-eth-${V2}.json`);
const v3Candles = () => fixture(`ohlcv-day-eth-${V3}.json`);

/** The v3 fixture with some attributes replaced (undefined deletes). */
function withAttributes(changes: Record<string, unknown>, body = v3Pool()): Json {
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete body.data.attributes[key];
    else body.data.attributes[key] = value;
  }
  return body;
}

function figures(result: ProviderResult) {
  if (!result.ok) throw new Error(`expected figures, got: ${result.reason}`);
  return result.figures;
}

/** Holds for every result: a valid ProviderResult, figures that pass the shared schema, no NaN/Infinity text. */
function expectWellFormed(result: ProviderResult) {
  expect(result.provider).toBe('geckoterminal');
  if (!result.ok) {
    expect(say(result.reason).length).toBeGreaterThan(0);
    expect(say(result.reason)).not.toMatch(/NaN|Infinity|undefined/);
    return;
  }
  expect(v.safeParse(PoolFiguresSchema, result.figures).success).toBe(true);
  expect(Number.isSafeInteger(result.fetchedAt)).toBe(true);
  const { name: _name, symbol0: _s0, symbol1: _s1, dex: _dex, ...numbers } = result.figures;
  expect(JSON.stringify(numbers)).not.toMatch(/NaN|Infinity/);
  for (const text of [
    result.figures.tvlUsd,
    result.figures.volume24hUsd,
    result.figures.feeTier,
    result.figures.price,
    result.figures.token1PriceUsd,
  ]) {
    if (text !== undefined) expect(v.is(decimalText, text)).toBe(true);
  }
}

describe('GeckoTerminal URLs', () => {
  it('builds the pool and candle URLs with GeckoTerminal network ids', () => {
    expect(geckoPoolUrl(evm('ethereum', V3))).toBe(
      `https://api.geckoterminal.com/api/v2/networks/eth/pools/${V3}?include=base_token,quote_token`,
    );
    expect(geckoPoolUrl(evm('polygon', V3))).toBe(
      `https://api.geckoterminal.com/api/v2/networks/polygon_pos/pools/${V3}?include=base_token,quote_token`,
    );
    expect(geckoOhlcvUrl(evm('ethereum', V3))).toBe(
      `https://api.geckoterminal.com/api/v2/networks/eth/pools/${V3}/ohlcv/day?aggregate=1&limit=31&currency=token`,
    );
    expect(geckoOhlcvUrl(evm('avalanche', V3), 7)).toBe(
      `https://api.geckoterminal.com/api/v2/networks/avax/pools/${V3}/ohlcv/day?aggregate=1&limit=7&currency=token`,
    );
    const solanaPool = '58oQChx4yWmvKdwLLZzBi4ChoCc2fqCUWBkwMihLYQo2';
    expect(geckoPoolUrl({ chain: 'solana', type: 'solana-address', address: solanaPool })).toBe(
      `https://api.geckoterminal.com/api/v2/networks/solana/pools/${solanaPool}?include=base_token,quote_token`,
    );
  });
  it('maps the required chains', () => {
    expect(GECKO_NETWORKS).toMatchObject({
      ethereum: 'eth',
      bsc: 'bsc',
      base: 'base',
      arbitrum: 'arbitrum',
      polygon: 'polygon_pos',
      optimism: 'optimism',
      avalanche: 'avax',
      solana: 'solana',
    });
  });
  it('is null for a chain GeckoTerminal has no id for', () => {
    expect(geckoPoolUrl(evm('taiko', V3))).toBeNull();
    expect(geckoOhlcvUrl(evm('katana', V3))).toBeNull();
  });
});

describe('parseGeckoPool: recorded pools', () => {
  it('Uniswap v3 USDC/WETH 0.05 % (base WETH is token1): every figure in contract order', () => {
    const result = parseGeckoPool(v3Pool(), NOW);
    expect(result).toEqual({
      ok: true,
      provider: 'geckoterminal',
      fetchedAt: NOW,
      figures: {
        name: 'WETH / USDC 0.05%',
        symbol0: 'USDC',
        symbol1: 'WETH',
        tvlUsd: '150000000.5',
        volume24hUsd: '80000000',
        feeTier: '0.0005',
        price: '0.0004', // 1 / 2500: USDC in WETH
        token1PriceUsd: '2500.1', // WETH is token1 and the base: base_token_price_usd
        createdAt: Date.UTC(2021, 4, 5, 21, 42, 11),
        dex: 'uniswap_v3',
        decimals0: 6, // the included tokens' decimals, in contract order: USDC, then WETH
        decimals1: 18,
      },
    });
    expectWellFormed(result);
  });

  it('Uniswap v2 USDC/WETH (base USDC is token0): price as given, token1 = quote, no fee tier when none is given', () => {
    const result = parseGeckoPool(v2Pool(), NOW);
    expect(figures(result)).toEqual({
      name: 'USDC / WETH',
      symbol0: 'USDC',
      symbol1: 'WETH',
      tvlUsd: '42000000.25',
      volume24hUsd: '5000000',
      price: '0.0004',
      token1PriceUsd: '2500.1', // quote_token_price_usd
      createdAt: Date.UTC(2020, 4, 5, 21, 9, 32),
      dex: 'uniswap_v2',
      decimals0: 6,
      decimals1: 18,
    });
    expectWellFormed(result);
  });

  it('both recorded pools agree in contract order although GeckoTerminal picks opposite bases', () => {
    const a = figures(parseGeckoPool(v3Pool(), NOW));
    const b = figures(parseGeckoPool(v2Pool(), NOW));
    expect([a.symbol0, a.symbol1, a.price, a.token1PriceUsd]).toEqual([
      b.symbol0,
      b.symbol1,
      b.price,
      b.token1PriceUsd,
    ]);
  });

  it('accepts the raw response text as well as parsed JSON', () => {
    const text = readFileSync(join(FIXTURES, `pool-eth-${V3}.json`), 'utf8');
    expect(parseGeckoPool(text, NOW)).toEqual(parseGeckoPool(v3Pool(), NOW));
  });

  it('an inverted price is an exact Decimal division (1/3 to 40 digits, no float noise)', () => {
    const price = figures(parseGeckoPool(withAttributes({ base_token_price_quote_token: '3' }), NOW)).price!;
    expect(price).toBe(`0.${'3'.repeat(40)}`);
  });

  it('Solana (base58 addresses): the API base is kept as token0', () => {
    const SOL = 'So11111111111111111111111111111111111111112';
    const USDC = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';
    const body = withAttributes({
      base_token_price_quote_token: '150.25',
      base_token_price_usd: '150.3',
      quote_token_price_usd: '1.0003',
      name: 'SOL / USDC',
    });
    body.data.relationships.base_token.data.id = `solana_${SOL}`;
    body.data.relationships.quote_token.data.id = `solana_${USDC}`;
    body.included = [
      { id: `solana_${SOL}`, type: 'token', attributes: { address: SOL, symbol: 'SOL' } },
      { id: `solana_${USDC}`, type: 'token', attributes: { address: USDC, symbol: 'USDC' } },
    ];
    expect(figures(parseGeckoPool(body, NOW))).toMatchObject({
      symbol0: 'SOL',
      symbol1: 'USDC',
      price: '150.25',
      token1PriceUsd: '1.0003',
    });
  });
});

describe('parseGeckoPool: each figure is checked on its own', () => {
  it('missing fields are left out, the rest still count', () => {
    const f = figures(
      parseGeckoPool(
        withAttributes({ reserve_in_usd: undefined, volume_usd: undefined, pool_created_at: undefined }),
        NOW,
      ),
    );
    expect(f.tvlUsd).toBeUndefined();
    expect(f.volume24hUsd).toBeUndefined();
    expect(f.createdAt).toBeUndefined();
    expect(f).toMatchObject({ price: '0.0004', feeTier: '0.0005', symbol0: 'USDC' });
  });

  it('nulls are left out', () => {
    const nulls = Object.fromEntries(Object.keys(v3Pool().data.attributes).map((key) => [key, null]));
    const f = figures(parseGeckoPool(withAttributes(nulls), NOW));
    // Only what the relationships and the included tokens say is left.
    expect(f).toEqual({ symbol0: 'USDC', symbol1: 'WETH', dex: 'uniswap_v3', decimals0: 6, decimals1: 18 });
  });

  it('numbers arrive as strings or as JSON numbers alike', () => {
    const f = figures(
      parseGeckoPool(
        withAttributes({
          reserve_in_usd: 150000000.5,
          volume_usd: { h24: 80000000 },
          base_token_price_quote_token: 2500,
          base_token_price_usd: 2500.1,
          pool_fee_percentage: 0.05,
        }),
        NOW,
      ),
    );
    expect(f).toMatchObject({
      tvlUsd: '150000000.5',
      volume24hUsd: '80000000',
      price: '0.0004',
      token1PriceUsd: '2500.1',
      feeTier: '0.0005',
    });
    expect(figures(parseGeckoPool(withAttributes({ reserve_in_usd: ' 1.5e3 ' }), NOW)).tvlUsd).toBe('1500');
    expect(figures(parseGeckoPool(withAttributes({ reserve_in_usd: '0' }), NOW)).tvlUsd).toBe('0');
    expect(figures(parseGeckoPool(withAttributes({ reserve_in_usd: '-0' }), NOW)).tvlUsd).toBe('0');
  });

  it('negative, absurd or non-numeric amounts are left out', () => {
    for (const bad of [
      '-5',
      -5,
      '1e40',
      1e40,
      '1000000000000.01',
      'NaN',
      'Infinity',
      '-Infinity',
      Infinity,
      NaN,
      '0x10',
      '',
      '  ',
      '1,000',
      '$5',
      true,
      {},
      [],
      '1e99999',
    ]) {
      const f = figures(parseGeckoPool(withAttributes({ reserve_in_usd: bad, volume_usd: { h24: bad } }), NOW));
      expect(f.tvlUsd, String(bad)).toBeUndefined();
      expect(f.volume24hUsd, String(bad)).toBeUndefined();
    }
    expect(figures(parseGeckoPool(withAttributes({ volume_usd: { h24: '1e12' } }), NOW)).volume24hUsd).toBe(
      '1000000000000',
    );
    expect(figures(parseGeckoPool(withAttributes({ volume_usd: '80000000' }), NOW)).volume24hUsd).toBeUndefined();
  });

  it('prices must be positive and within 1e-30..1e30', () => {
    for (const bad of ['0', '-2500', '1e31', '1e-31', 'abc', null]) {
      const f = figures(
        parseGeckoPool(withAttributes({ base_token_price_quote_token: bad, base_token_price_usd: bad }), NOW),
      );
      expect(f.price, String(bad)).toBeUndefined();
      expect(f.token1PriceUsd, String(bad)).toBeUndefined();
    }
    expect(figures(parseGeckoPool(withAttributes({ base_token_price_quote_token: '1e-30' }), NOW)).price).toBe(
      `1${'0'.repeat(30)}`,
    );
  });

  it('fee tier: from pool_fee_percentage, else from the name; above 10 % is dropped', () => {
    const fee = (changes: Record<string, unknown>) => figures(parseGeckoPool(withAttributes(changes), NOW)).feeTier;
    expect(fee({ pool_fee_percentage: '0.3' })).toBe('0.003');
    expect(fee({ pool_fee_percentage: '1' })).toBe('0.01');
    expect(fee({ pool_fee_percentage: undefined })).toBe('0.0005'); // from "WETH / USDC 0.05%"
    expect(fee({ pool_fee_percentage: null, name: 'WETH / USDC 0.3%' })).toBe('0.003');
    expect(fee({ pool_fee_percentage: '0', name: 'WETH / USDC 0.01%' })).toBe('0.0001');
    expect(fee({ pool_fee_percentage: undefined, name: 'WETH / USDC' })).toBeUndefined();
    expect(fee({ pool_fee_percentage: undefined, name: 'WETH / USDC 50%' })).toBeUndefined();
    expect(fee({ pool_fee_percentage: '25' })).toBeUndefined(); // 25 %: broken, and not replaced by a guess
    expect(fee({ pool_fee_percentage: '-0.05' })).toBeUndefined();
  });

  it('creation time must be ISO with a zone, after 2015 and not in the future', () => {
    const created = (value: unknown) =>
      figures(parseGeckoPool(withAttributes({ pool_created_at: value }), NOW)).createdAt;
    expect(created('2021-05-05T21:42:11.500+02:00')).toBe(Date.UTC(2021, 4, 5, 19, 42, 11, 500));
    for (const bad of [
      'yesterday',
      '2021-05-05',
      'March 7, 2021',
      '2099-01-01T00:00:00Z',
      '1970-01-01T00:00:00Z',
      1620250931000,
      null,
    ]) {
      expect(created(bad), String(bad)).toBeUndefined();
    }
  });

  it('without the relationships the token order is unknown: no symbols, no price, no token1 USD price', () => {
    const body = v3Pool();
    delete body.data.relationships;
    const f = figures(parseGeckoPool(body, NOW));
    expect(f).toEqual({
      name: 'WETH / USDC 0.05%',
      tvlUsd: '150000000.5',
      volume24hUsd: '80000000',
      feeTier: '0.0005',
      createdAt: Date.UTC(2021, 4, 5, 21, 42, 11),
    });
  });

  it('without the included tokens, addresses come from the relationship ids and symbols from the name', () => {
    const body = v3Pool();
    delete body.included;
    expect(figures(parseGeckoPool(body, NOW))).toMatchObject({
      symbol0: 'USDC',
      symbol1: 'WETH',
      price: '0.0004',
      token1PriceUsd: '2500.1',
    });
  });
});

describe('parseGeckoPool: hostile text', () => {
  it('a symbol that is markup is dropped (and not replaced from the name)', () => {
    const body = v3Pool();
    body.included[0].attributes.symbol = '<img src=x onerror=alert(1)>';
    const f = figures(parseGeckoPool(body, NOW));
    expect(f.symbol1).toBeUndefined(); // WETH's record
    expect(f.symbol0).toBe('USDC');
    expect(JSON.stringify(f)).not.toContain('<img');
  });

  it('names are cleaned and capped at 80 characters', () => {
    const long = figures(parseGeckoPool(withAttributes({ name: 'A'.repeat(300) }), NOW)).name!;
    expect(long).toHaveLength(80);
    expect(long.endsWith('…')).toBe(true);
    const emoji = figures(parseGeckoPool(withAttributes({ name: '🦄'.repeat(300) }), NOW)).name!;
    expect(emoji.length).toBeLessThanOrEqual(80);
    expect(figures(parseGeckoPool(withAttributes({ name: 'WE\u202ETH\u0000 /\n USDC' }), NOW)).name).toBe(
      'WETH / USDC',
    );
    expect(figures(parseGeckoPool(withAttributes({ name: ' \u200B ' }), NOW)).name).toBeUndefined();
  });

  it('a long or odd dex id is capped, symbols longer than 24 characters are dropped', () => {
    const body = v3Pool();
    body.data.relationships.dex.data.id = 'x'.repeat(100);
    body.included[1].attributes.symbol = 'U'.repeat(25);
    const f = figures(parseGeckoPool(body, NOW));
    expect(f.dex!.length).toBeLessThanOrEqual(40);
    expect(f.symbol0).toBeUndefined();
  });
});

describe('parseGeckoPool: symbols and names go through the page-text cleaner', () => {
  it.each(
    [0x2060, 0xad, 0x61c, 0x180e, 0xe0041, 0xfe0f, 0x3164, 0x34f, 0x2064].map((n) => [
      n.toString(16).toUpperCase().padStart(4, '0'),
      String.fromCodePoint(n),
    ]),
  )('an invisible character (U+%s) inside a symbol: dropped, and not replaced from the name', (_hex, c) => {
    const body = v3Pool();
    body.included[0].attributes.symbol = `WE${c}TH`;
    const f = figures(parseGeckoPool(body, NOW));
    expect(f.symbol1).toBeUndefined();
    expect(f).toMatchObject({ symbol0: 'USDC', price: '0.0004', feeTier: '0.0005' });
  });

  it('a name whose pair label hides a character does not supply symbols', () => {
    const body = withAttributes({ name: 'WE\u2060TH / USDC 0.05%' });
    delete body.included;
    const f = figures(parseGeckoPool(body, NOW));
    expect(f.symbol0).toBeUndefined();
    expect(f.symbol1).toBeUndefined();
    expect(f.name).toBe('WETH / USDC 0.05%');
    expect(f.price).toBe('0.0004');
  });

  it('a 13-emoji symbol is dropped, the rest of the answer kept; emoji with VS16 are cleaned and kept', () => {
    const body = v3Pool();
    body.included[0].attributes.symbol = '🦄'.repeat(13);
    body.included[1].attributes.symbol = '❤️'.repeat(13);
    const result = parseGeckoPool(body, NOW);
    expectWellFormed(result);
    expect(figures(result).symbol1).toBeUndefined();
    expect(figures(result)).toMatchObject({ symbol0: '❤'.repeat(13), tvlUsd: '150000000.5', price: '0.0004' });
  });

  it('names are capped in UTF-16 units without cutting an emoji in half', () => {
    const name = figures(parseGeckoPool(withAttributes({ name: `x${'🦄'.repeat(100)}` }), NOW)).name!;
    expect(name).toBe(`x${'🦄'.repeat(39)}…`);
  });
});

describe('parseGeckoPool: not a pool body', () => {
  it.each([
    ['malformed JSON text', '{"data": {', 'GeckoTerminal returned malformed JSON'],
    ['undefined', undefined, 'GeckoTerminal returned no pool data'],
    ['null', null, 'GeckoTerminal returned no pool data'],
    ['an array', [v3Pool()], 'GeckoTerminal returned no pool data'],
    ['a number', 42, 'GeckoTerminal returned no pool data'],
    ['an empty object', {}, 'GeckoTerminal returned no pool data'],
    ['data: null', { data: null }, 'GeckoTerminal returned no pool data'],
    ['data without attributes', { data: { id: 'eth_0x', type: 'pool' } }, 'GeckoTerminal returned no pool data'],
    ['attributes: "x"', { data: { attributes: 'x' } }, 'GeckoTerminal returned no pool data'],
    ['a 404 error body', { errors: [{ status: '404', title: 'Not Found' }] }, 'GeckoTerminal does not know this pool'],
    ['a text body', '"<html>rate limited</html>"', 'GeckoTerminal returned no pool data'],
  ])('%s -> ok: false with a reason', (_label, body, reason) => {
    const result = parseGeckoPool(body, NOW);
    expect(said(result)).toEqual({ ok: false, provider: 'geckoterminal', reason });
  });

  it('attributes without a single usable figure -> ok: false', () => {
    const result = parseGeckoPool({ data: { attributes: { name: null, reserve_in_usd: 'lots' } } }, NOW);
    expect(result.ok).toBe(false);
  });
});

/** Garbage that looks like numbers: the values an API bug or a hostile proxy could put in a numeric field. */
const numberish = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e400',
    '-0',
    '0x1f',
    '1e-400',
    '',
    ' ',
    '١٢٣',
    '1_000',
    '+5',
    '.5',
    '5.',
    '9'.repeat(70),
  ),
  fc.stringMatching(/^-?\d{0,40}(\.\d{0,40})?(e[+-]?\d{1,5})?$/),
  fc.string(),
  fc.constant(null),
  fc.anything(),
);

describe('parseGeckoPool: properties', () => {
  it('anything in -> a well-formed result out, never a throw', () => {
    fc.assert(
      fc.property(fc.anything(), (json) => {
        expectWellFormed(parseGeckoPool(json, NOW));
      }),
      { numRuns: 500 },
    );
  });

  it('the recorded body with random garbage in its fields -> well-formed figures', () => {
    const keys = [...Object.keys(v3Pool().data.attributes)];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), numberish), numberish, numberish, (changes, symbol, id) => {
        const body = withAttributes(changes);
        body.included[0].attributes.symbol = symbol;
        body.data.relationships.base_token.data.id = id;
        expectWellFormed(parseGeckoPool(body, NOW));
        expectWellFormed(parseGeckoPool(JSON.stringify(body), NOW));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseGeckoOhlcv', () => {
  it('the recorded 31 daily candles -> 31 closes, oldest first', () => {
    const body = v3Candles();
    const rows = body.data.attributes.ohlcv_list as number[][];
    expect(rows).toHaveLength(31);
    const result = parseGeckoOhlcv(body);
    if (!result.ok) throw new Error(say(result.reason));
    expect(result.closes).toHaveLength(31);
    expect(result.closes).toEqual(rows.map((row) => String(row[4])).reverse());
    expect(result.closes.at(-1)).toBe('2500'); // today's close is the pool fixture's price
    for (const close of result.closes) expect(v.is(decimalText, close)).toBe(true);
  });

  it('the v2 pool candles (USDC in WETH) keep their small prices exactly', () => {
    const result = parseGeckoOhlcv(fixture(`ohlcv-day-eth-${V2}.json`));
    if (!result.ok) throw new Error(say(result.reason));
    expect(result.closes).toHaveLength(31);
    expect(result.closes.at(-1)).toBe('0.0004');
  });

  it('accepts numbers as strings and sorts by time whatever the row order', () => {
    const result = parseGeckoOhlcv({
      data: {
        attributes: {
          ohlcv_list: [
            ['1738195200', '1', '1', '1', '2.5', '10'],
            [1738108800, 1, 1, 1, 2, 10],
            ['1738281600', '1', '1', '1', '3', '10'],
          ],
        },
      },
    });
    expect(result).toMatchObject({ ok: true, closes: ['2', '2.5', '3'] });
    if (!result.ok) throw new Error(say(result.reason));
    // Each day keeps its time and its USD volume (the sixth column) next to its close.
    expect(result.candles).toEqual([
      { time: 1738108800, close: '2', volumeUsd: '10' },
      { time: 1738195200, close: '2.5', volumeUsd: '10' },
      { time: 1738281600, close: '3', volumeUsd: '10' },
    ]);
  });

  it('drops bad rows: missing, zero, negative, non-numeric or absurd closes, bad times, duplicates', () => {
    const day = 86400;
    const t = 1738281600;
    const rows: unknown[] = [
      [t, 1, 1, 1, 4, 1],
      [t - day, 1, 1, 1, null, 1],
      [t - 2 * day, 1, 1, 1, 0, 1],
      [t - 3 * day, 1, 1, 1, -3, 1],
      [t - 4 * day, 1, 1, 1, 'NaN', 1],
      [t - 5 * day, 1, 1, 1, '1e31', 1],
      [t - 6 * day, 1, 1, 1, 3, 1],
      [t - 6 * day, 1, 1, 1, 99, 1], // same day again: the first one counts
      ['yesterday', 1, 1, 1, 5, 1],
      [-day, 1, 1, 1, 5, 1],
      [t - 7 * day, 1, 1, 1],
      'not a row',
      null,
      [t - 8 * day, 1, 1, 1, 2, 1],
    ];
    expect(parseGeckoOhlcv({ data: { attributes: { ohlcv_list: rows } } })).toMatchObject({
      ok: true,
      closes: ['2', '3', '4'],
    });
  });

  it('fewer than 3 good closes -> ok: false', () => {
    const result = parseGeckoOhlcv({
      data: {
        attributes: {
          ohlcv_list: [
            [1738281600, 1, 1, 1, 4, 1],
            [1738195200, 1, 1, 1, 3, 1],
          ],
        },
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(say(result.reason)).toMatch(/too few daily prices/);
    expect(parseGeckoOhlcv({ data: { attributes: { ohlcv_list: [] } } }).ok).toBe(false);
  });

  it.each([
    ['malformed JSON text', '[[1,'],
    ['undefined', undefined],
    ['null', null],
    ['an array', []],
    ['a pool body', v3Pool()],
    ['ohlcv_list: null', { data: { attributes: { ohlcv_list: null } } }],
  ])('%s -> ok: false with a reason', (_label, body) => {
    const result = parseGeckoOhlcv(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(say(result.reason).length).toBeGreaterThan(0);
  });

  it('property: anything in -> ok: false, or closes that are positive decimal text', () => {
    const row = fc.array(numberish, { minLength: 0, maxLength: 7 });
    const bodies = fc.oneof(
      fc.anything(),
      fc.array(fc.oneof(row, fc.anything())).map((list) => ({ data: { attributes: { ohlcv_list: list } } })),
    );
    fc.assert(
      fc.property(bodies, (json) => {
        const result = parseGeckoOhlcv(json);
        if (!result.ok) {
          expect(say(result.reason).length).toBeGreaterThan(0);
          return;
        }
        expect(result.closes.length).toBeGreaterThanOrEqual(3);
        for (const close of result.closes) {
          expect(v.is(decimalText, close)).toBe(true);
          expect(close).not.toMatch(/NaN|Infinity|^-|^0$/);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('daily candles are capped at the number asked for (security review finding 8)', () => {
  it('an answer of 20,000 rows gives at most 31 closes, the newest ones', () => {
    const day = 86_400;
    const rows = Array.from({ length: 20_000 }, (_, i) => [1_700_000_000 - i * day, 1, 1, 1, 1 + (i % 7) / 100, 10]);
    const result = parseGeckoOhlcv({ data: { attributes: { ohlcv_list: rows } } });
    if (!result.ok) throw new Error(say(result.reason));
    expect(result.closes).toHaveLength(CANDLE_DAYS);
    expect(CANDLE_DAYS).toBe(31);
    // Oldest first: the 31st newest row (i = 30) leads, the newest (i = 0) ends.
    expect(result.closes[0]).toBe(String(1 + (30 % 7) / 100));
    expect(result.closes.at(-1)).toBe('1');
  });
});
