/** DefiLlama coins: reward tokens from the peers, price history risk by hand arithmetic, native price, faults. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { Decimal } from '../../../../../core/index';
import {
  chartUrl,
  coinsFigures,
  currentPricesUrl,
  defiLlamaCoins,
  maxDrawdown,
  rewardTokensOf,
  tokenRisk,
} from '../../../../../entrypoints/background/providers/defillama-coins';
import type { PoolTarget } from '../../../../../entrypoints/background/pool-target';
import { PoolFiguresSchema, type PoolFigures } from '../../../../../lib/messages/pool-data';
import type { RewardStream } from '../../../../../lib/messages/pool-extras';
import { FAULTS, harness } from './provider-harness';

const UNI = '0x1f9840a85d5af5bf1d1762f925bdaddc4201f984';
const AERO = '0x940181a94a35a4569e4529a3cdfb74e38fd98631';
const POOL = '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
const target: PoolTarget = { chain: 'ethereum', type: 'address', address: POOL };
const read = (name: string) => readFileSync(join(__dirname, `../../../../fixtures/api/defillama/${name}`), 'utf8');
const CURRENT = read('coins-current.json');
const CHART = read('coins-chart.json');

const stream = (symbol: string, token?: string): RewardStream => ({
  symbol,
  ...(token ? { token } : {}),
  apr: '0.1',
  endsAt: null,
  needsStaking: null,
  label: 'test',
});
const MERKL: PoolFigures = { merklRewards: [stream('UNI', UNI)] };

/** Daily points from prices, one day apart from 2025-01-01. */
const history = (prices: number[]) => ({
  symbol: 'UNI',
  prices: prices.map((price, i) => ({ timestamp: 1_735_689_600 + i * 86_400, price })),
});

describe('reward tokens', () => {
  it('each token once, from every reward figure, streams without a token skipped', () => {
    const tokens = rewardTokensOf([
      MERKL,
      { gaugeRewards: [stream('AERO', AERO), stream('UNI', UNI)] },
      null,
      null,
      { llamaRewards: [stream('2 tokens')] },
    ]);
    expect(tokens).toEqual([
      { token: UNI, symbol: 'UNI' },
      { token: AERO, symbol: 'AERO' },
    ]);
  });

  it('asks for prices in one request and history in another, as DefiLlama documents them', () => {
    expect(currentPricesUrl(['coingecko:ethereum', `ethereum:${UNI}`])).toBe(
      `https://coins.llama.fi/prices/current/coingecko:ethereum,ethereum:${UNI}`,
    );
    expect(chartUrl([`ethereum:${UNI}`])).toBe(`https://coins.llama.fi/chart/ethereum:${UNI}?span=31&period=1d`);
  });
});

describe('price history risk', () => {
  it('drawdown is the worst fall from a running peak', () => {
    // 2 -> 4 (peak) -> 1: 1 - 1/4 = 0.75; the later 3 does not undo it.
    expect(maxDrawdown([2, 4, 1, 3].map((p) => new Decimal(p))).toString()).toBe('0.75');
    expect(maxDrawdown([1, 2, 4, 8].map((p) => new Decimal(p))).toString()).toBe('0');
  });

  it('volatility of daily log returns, annualised, and drawdown, by hand', () => {
    const risk = tokenRisk(
      { token: UNI, symbol: 'UNI' },
      { price: 2.5, symbol: 'UNI' },
      history([1, Math.E, 1, Math.E]),
    )!;
    // Log returns +1, -1, +1; drift 1/3 a day; deviations 2/3, -4/3, 2/3; squares 4/9 + 16/9 + 4/9 = 8/3;
    // over n - 1 = 2: 4/3 a day; x 365 = 486.667; sqrt = 22.0605 (2,206 % a year).
    expect(Number(risk.volatility)).toBeCloseTo(Math.sqrt(1460 / 3), 6);
    // Peak e, then 1: 1 - 1/e = 0.632121.
    expect(Number(risk.maxDrawdown)).toBeCloseTo(1 - 1 / Math.E, 9);
    expect(risk).toMatchObject({ symbol: 'UNI', token: UNI, priceUsd: '2.5', days: 4 });
  });

  it('steady growth has no volatility and no drawdown', () => {
    const risk = tokenRisk({ token: UNI, symbol: 'UNI' }, { price: 8 }, history([1, 2, 4, 8]))!;
    // Every log return is ln 2: no spread (decimal.js leaves ~1e-39 of rounding).
    expect(Number(risk.volatility)).toBeCloseTo(0, 12);
    expect(risk.maxDrawdown).toBe('0');
  });

  it('too short a history says unknown, not zero; no price at all gives no entry', () => {
    expect(tokenRisk({ token: UNI, symbol: 'UNI' }, { price: 9 }, history([9, 9.5]))).toMatchObject({
      volatility: null,
      days: 2,
    });
    expect(tokenRisk({ token: UNI, symbol: 'UNI' }, { price: 9 }, undefined)).toMatchObject({
      volatility: null,
      maxDrawdown: null,
      days: 0,
    });
    expect(tokenRisk({ token: UNI, symbol: 'UNI' }, { price: 'NaN' }, history([1, 2, 3]))).toBeNull();
    expect(tokenRisk({ token: UNI, symbol: 'UNI' }, undefined, history([1, 2, 3]))).toBeNull();
  });

  it('broken rows are dropped one by one', () => {
    const h = history([1, 2, 4, 8]);
    h.prices.push({ timestamp: -5, price: 3 }, { timestamp: 1_735_689_600, price: 100 }, { price: 1 } as never);
    expect(tokenRisk({ token: UNI, symbol: 'UNI' }, { price: 8 }, h)).toMatchObject({ days: 4, maxDrawdown: '0' });
  });

  it.each([['UNI <script>'], ['U\u200bNI'], ['X'.repeat(300)], [7]])(
    'a hostile symbol %j from DefiLlama gives way to the reward source’s',
    (symbol) => {
      const risk = tokenRisk({ token: UNI, symbol: 'UNI' }, { price: 9, symbol }, { prices: [], symbol });
      expect(risk!.symbol).toBe('UNI');
    },
  );
});

describe('figures', () => {
  it('native price and the reward token’s risk from the recorded answers', () => {
    const result = coinsFigures('ethereum', [{ token: UNI, symbol: 'UNI' }], JSON.parse(CURRENT), JSON.parse(CHART), 1);
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    expect(v.safeParse(PoolFiguresSchema, result.figures).success).toBe(true);
    expect(result.figures).toMatchObject({ nativePriceUsd: '2500.1', nativeSymbol: 'ETH' });
    const [risk] = result.figures.rewardTokenRisk!;
    expect(risk).toMatchObject({ symbol: 'UNI', token: UNI, priceUsd: '9.85', days: 31 });
    expect(Number(risk!.volatility)).toBeGreaterThan(0);
    expect(Number(risk!.maxDrawdown)).toBeGreaterThan(0);
    expect(Number(risk!.maxDrawdown)).toBeLessThan(1);
  });

  it('without the history, the price is still given and the risk is unknown', () => {
    const result = coinsFigures('ethereum', [{ token: UNI, symbol: 'UNI' }], JSON.parse(CURRENT), null, 1);
    expect(result.ok && result.figures.rewardTokenRisk).toEqual([
      { symbol: 'UNI', token: UNI, priceUsd: '9.85', volatility: null, maxDrawdown: null, days: 0 },
    ]);
  });

  it.each([
    ['not an object', 'x'],
    ['no coins', { prices: [] }],
    ['coins a list', { coins: [] }],
    ['no price for anything', { coins: {} }],
  ])('%s gives a note and no figures', (_name, body) => {
    expect(coinsFigures('ethereum', [{ token: UNI, symbol: 'UNI' }], body, null, 1).ok).toBe(false);
  });

  it('a chain DefiLlama is not asked about says so', () => {
    expect(coinsFigures('solana', [], JSON.parse(CURRENT), null, 1)).toEqual({
      ok: false,
      provider: 'defillama-coins',
      reason: 'chain not covered by DefiLlama',
    });
  });
});

describe('DefiLlama coins provider', () => {
  const route = (url: string) => new Response(url.includes('/chart/') ? CHART : CURRENT);

  it('waits for the reward providers, then prices their tokens and the native coin', async () => {
    const { context, requests } = harness(route, { peers: { merkl: MERKL } });
    const result = await defiLlamaCoins.load(target, context());
    expect(result.ok && result.figures.rewardTokenRisk!.map((r) => r.symbol)).toEqual(['UNI']);
    expect(requests.sort()).toEqual(
      [currentPricesUrl(['coingecko:ethereum', `ethereum:${UNI}`]), chartUrl([`ethereum:${UNI}`])].sort(),
    );
  });

  it('with no reward token, only the native coin is asked for (BNB on BSC)', async () => {
    const { context, requests } = harness(() => new Response('{"coins":{"coingecko:binancecoin":{"price":600.5}}}'));
    const result = await defiLlamaCoins.load({ chain: 'bsc', type: 'address', address: POOL }, context());
    expect(result.ok && result.figures).toEqual({ nativePriceUsd: '600.5', nativeSymbol: 'BNB' });
    expect(requests).toEqual(['https://coins.llama.fi/prices/current/coingecko:binancecoin']);
  });

  it.each(FAULTS)('%s gives a note and no figures', async (_name, fault, reason) => {
    const { context } = harness(fault, { peers: { merkl: MERKL } });
    const result = await defiLlamaCoins.load(target, context());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('waiting for the reward providers', () => {
  it('a reward provider still busy near the deadline is not waited for: the native price still comes', async () => {
    const { context, requests } = harness(() => new Response(CURRENT));
    const busy = {
      ...context(2_600),
      peer: (id: string) => (id === 'merkl' ? new Promise<never>(() => {}) : Promise.resolve(null)),
    };
    const result = await defiLlamaCoins.load(target, busy);
    expect(result.ok && result.figures).toEqual({ nativePriceUsd: '2500.1', nativeSymbol: 'ETH' });
    expect(requests).toEqual(['https://coins.llama.fi/prices/current/coingecko:ethereum']);
  });
});
