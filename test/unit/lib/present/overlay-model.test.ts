import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { detectPoolPage } from '../../../../core/index';
import { buildOverlayView, type LiveContext } from '../../../../lib/present/overlay-model';
import { fitToSchema } from '../../../../lib/present/fit-view';
import { OverlayViewSchema } from '../../../../lib/messages/overlay';
import type { PoolSnapshot } from '../../../../lib/messages/pool-data';

const ref = (url: string) => {
  const r = detectPoolPage(url);
  if (!r) throw new Error(`not a pool page: ${url}`);
  return r;
};
const UNI = 'https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
const NOW = 1_700_000_000_000;
const loading: LiveContext = { live: { status: 'loading' }, depositUsd: '1000', now: NOW };

describe('overlay view (built in the service worker)', () => {
  it('a v2 pair gets exact constant-product IL, as display text that fits the message schema', () => {
    const view = buildOverlayView(
      ref(UNI),
      { symbol0: 'USDC', symbol1: 'WETH', version: 'v2', feeTier: '0.003' },
      loading,
    );
    expect(view.pool).toBe('USDC / WETH');
    expect(view.poolKindName).toBe('constant product (x·y = k)');
    expect(view.ilRows!.find((r) => r.key === '1')).toEqual({ key: '1', move: '+100 %', il: '-5.72 %' });
    expect(view.feeTier).toBe('0.30 %');
    expect(view.live.status).toBe('loading');
    expect(v.safeParse(OverlayViewSchema, view).success).toBe(true);
  });
  it('a v3 pool without a range shows no IL figures and says why', () => {
    const view = buildOverlayView(ref(UNI), { version: 'v3' }, loading);
    expect(view.ilRows).toBeNull();
    expect(view.pool).toBe('pool 0x88e6…5640');
    expect(view.missing.join(' ')).toMatch(/depends on its range/);
    expect(view.missing.join(' ')).toMatch(/Fee tier: not shown/);
  });
  it('a typed range gives range IL, and an out-of-range price raises the warning', () => {
    const inRange = buildOverlayView(
      ref(UNI),
      { version: 'v3', price: '2000', priceLower: '1500', priceUpper: '2500' },
      loading,
    );
    expect(inRange.ilRows).not.toBeNull();
    expect(inRange.warnings).toEqual([]);
    const outside = buildOverlayView(
      ref(UNI),
      { version: 'v3', price: '2000', priceLower: '1500', priceUpper: '1800' },
      loading,
    );
    expect(outside.warnings.map((w) => `${w.id}:${w.severity}`)).toEqual(['price-out-of-range:danger']);
  });
  it('a half-typed or swapped range is ignored rather than guessed', () => {
    const view = buildOverlayView(
      ref(UNI),
      { version: 'v3', price: '2000', priceLower: '2500', priceUpper: '1500' },
      loading,
    );
    expect(view.ilRows).toBeNull();
  });
  it('the fee tier in a pair URL is read in hundredths of a basis point', () => {
    const view = buildOverlayView(
      ref(
        'https://app.uniswap.org/add/0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2/0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48/500',
      ),
      {},
      loading,
    );
    expect(view.feeTier).toBe('0.05 %');
  });
  it('aggregator pages say the pool type is unknown', () => {
    const view = buildOverlayView(
      ref('https://dexscreener.com/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640'),
      {},
      loading,
    );
    expect(view.poolKindName).toBe('unknown pool type');
    expect(view.missing.join(' ')).toMatch(/pool type .* is not known/);
  });
  it('live figures carry their sources; the page range is oriented to the pool price', () => {
    const snapshot: PoolSnapshot = {
      chain: 'ethereum',
      address: '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
      figures: {
        tvlUsd: '150000000',
        volume24hUsd: '80000000',
        feeTier: '0.0005',
        volatility: '0.6',
        price: '0.0004',
        token1PriceUsd: '2500',
        activeLiquidityRaw: '15000000000000000000',
        decimals0: 6,
        decimals1: 18,
        symbol0: 'USDC',
        symbol1: 'WETH',
      },
      sources: {
        tvlUsd: { provider: 'geckoterminal', name: 'GeckoTerminal API', fetchedAt: NOW - 60_000 },
        price: { provider: 'rpc', name: 'on-chain (JSON-RPC)', fetchedAt: NOW - 5_000 },
      },
    };
    // The page quotes USDC per WETH (2000 in 1500..2500); the pool's token0 is USDC: the range is inverted.
    const view = buildOverlayView(
      ref(UNI),
      { version: 'v3', price: '2500', priceLower: '2000', priceUpper: '3000' },
      { live: { status: 'ok', snapshot, notes: [] }, depositUsd: '1000', now: NOW },
    );
    expect(view.live.status).toBe('ok');
    // 80,000,000 x 0.0005 x 365 / 150,000,000 = 9.733 %, on the 24 h volume (the only basis given).
    expect(view.live.figures.find((f) => f.testId === 'live-pool-fee-apr-24h')).toMatchObject({
      label: 'Pool fee APR, 24 h volume',
      value: '9.73 %',
    });
    // Issue 8, case 9: the range read "0.0003333333333333333333333333333333333333333 – 0.0005" (WETH per USDC, 40
    // digits). The page quotes USDC per WETH (2,500 against the pool's 0.0004 = 1/2,500), so the overlay does too.
    expect(view.live.positionLabel).toBe('your range 2,000 – 3,000 USDC per WETH');
    expect(view.live.orientation).toEqual({ unit: 'USDC per WETH', flippedUnit: 'WETH per USDC', quote: 'token0' });
    // The inputs the figures stand on, each with its source and age (issue 8, item 7).
    expect(view.live.inputs.find((i) => i.testId === 'live-input-tvl')).toEqual({
      label: 'TVL',
      value: '$150.00M',
      testId: 'live-input-tvl',
      source: 'GeckoTerminal API, 60 s ago',
    });
    expect(view.live.inputs.find((i) => i.testId === 'live-input-price')).toMatchObject({
      value: '2,500 USDC per WETH',
      source: 'on-chain (JSON-RPC), 5 s ago',
    });
    expect(view.live.deposit).toEqual({
      usd: '$1,000.00',
      from: 'setting',
      note: 'your deposit setting: change it here',
    });
    expect(view.live.sources).toEqual(['TVL: GeckoTerminal API, 60 s ago', 'price: on-chain (JSON-RPC), 5 s ago']);
    expect(v.safeParse(OverlayViewSchema, view).success).toBe(true);
  });
  it('without a range on the page, live data gives full-range IL rows, labelled as such', () => {
    const snapshot: PoolSnapshot = {
      chain: 'ethereum',
      address: '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
      figures: { tvlUsd: '150000000', volume24hUsd: '80000000', feeTier: '0.0005', volatility: '0.6', price: '0.0004' },
      sources: {},
    };
    const view = buildOverlayView(
      ref(UNI),
      { version: 'v3' },
      { live: { status: 'ok', snapshot, notes: [] }, depositUsd: '1000', now: NOW },
    );
    expect(view.ilBasis).toBe('a full-range position');
    expect(view.ilRows!.map((r) => r.il)).toEqual([
      '-5.72 %',
      '-1.03 %',
      '-0.14 %',
      '-0.11 %',
      '-0.62 %',
      '-2.02 %',
      '-5.72 %',
    ]);
    expect(view.missing.join(' ')).not.toMatch(/depends on its range/);
  });
});

describe('an error in one figure costs that figure only (security review findings 1 and 2)', () => {
  const withFigures = (figures: PoolSnapshot['figures']): LiveContext => ({
    live: {
      status: 'ok',
      snapshot: { chain: 'ethereum', address: '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640', figures, sources: {} },
      notes: [],
    },
    depositUsd: '1000',
    now: NOW,
  });
  const base = { volume24hUsd: '80000000', feeTier: '0.0005', volatility: '0.6', price: '0.0004' };

  it('a pool with TVL 0: no APR, a note saying why, and the TVL warning still shown', () => {
    const view = buildOverlayView(ref(UNI), { version: 'v3' }, withFigures({ ...base, tvlUsd: '0' }));
    expect(view.live.status).toBe('ok');
    expect(view.live.figures.map((f) => f.testId)).not.toContain('live-pool-fee-apr-24h');
    expect(view.live.notes).toContain(
      "pool fee APR: the pool's TVL is $0.00, so fees per dollar deposited cannot be worked out",
    );
    expect(view.warnings.map((w) => `${w.id}:${w.severity}`)).toContain('low-tvl:danger');
    expect(v.safeParse(OverlayViewSchema, view).success).toBe(true);
  });

  it('a TVL of 1e-30: the APR is written in scientific notation, the view fits its schema, the outlier warning shows', () => {
    const view = buildOverlayView(ref(UNI), { version: 'v3' }, withFigures({ ...base, tvlUsd: '1e-30' }));
    const apr = view.live.figures.find((f) => f.testId === 'live-pool-fee-apr-24h')!.value;
    // 80,000,000 x 0.0005 x 365 / 1e-30 = 1.46e37 as a fraction.
    expect(apr).toBe('1.46e+39 %');
    expect(view.warnings.map((w) => `${w.id}:${w.severity}`)).toEqual(
      expect.arrayContaining(['fee-apr-outlier:danger', 'low-tvl:danger']),
    );
    expect(v.safeParse(OverlayViewSchema, view).success).toBe(true);
  });

  it('text too long for its field is cut, a figure that does not fit is left out, the rest is kept', () => {
    const view = buildOverlayView(ref(UNI), { version: 'v2' }, withFigures({ ...base, tvlUsd: '150000000' }));
    const long = {
      ...view,
      ilBasis: 'x'.repeat(1000),
      live: {
        ...view.live,
        notes: ['n'.repeat(500)],
        figures: [...view.live.figures, { label: 'bad', value: '9'.repeat(60), testId: 'bad' }],
      },
    };
    const fitted = fitToSchema(long);
    expect(fitted.ilBasis).toHaveLength(400);
    expect(fitted.ilBasis!.endsWith('…')).toBe(true);
    expect(fitted.live.notes[0]).toHaveLength(400);
    expect(fitted.live.figures.map((f) => f.testId)).toEqual(view.live.figures.map((f) => f.testId));
    expect(fitted.warnings).toEqual(view.warnings);
    expect(v.safeParse(OverlayViewSchema, fitted).success).toBe(true);
  });
});

describe('a range just above the price (issue 8, case 8)', () => {
  it('shows the chance of entering it and the fee share it would earn there, not a flat zero', () => {
    const snapshot: PoolSnapshot = {
      chain: 'ethereum',
      address: '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
      figures: {
        symbol0: 'USDC',
        symbol1: 'WETH',
        tvlUsd: '150000000',
        volume24hUsd: '80000000',
        feeTier: '0.0005',
        volatility: '0.8',
        price: '0.0004',
        token1PriceUsd: '2500',
        activeLiquidityRaw: '15000000000000000000',
        decimals0: 6,
        decimals1: 18,
      },
      sources: {},
    };
    // 2,700-3,000 USDC per WETH with WETH at 2,500: the range starts 8 % above the price.
    const view = buildOverlayView(
      ref(UNI),
      { version: 'v3', price: '2500', priceLower: '2700', priceUpper: '3000' },
      { live: { status: 'ok', snapshot, notes: [] }, depositUsd: '1000', now: NOW },
    );
    const byId = (id: string) => view.live.figures.find((f) => f.testId === id);
    // ln(2700 / 2500) = 0.076961; sigma sqrt T = 0.8 x sqrt(30 / 365) = 0.229353; 2 Q(0.335558) = 2 x 0.36860.
    expect(byId('live-p-return')!.value).toBe('73.72 %');
    expect(byId('live-fee-share')).toMatchObject({
      label: 'Your fee share while in range',
      note: "once the price enters your range, at today's in-range liquidity",
    });
    expect(byId('live-fee-share')!.value).not.toBe('0 %');
    expect(byId('live-lvr')!.value).not.toBe('0 % a year');
    expect(view.warnings.map((w) => w.id)).toContain('price-out-of-range');
  });
});

describe('the overlay says what it read on the page and what it could not', () => {
  it('an add-liquidity page with a pair but no range or price: both are named as not found', () => {
    const view = buildOverlayView(
      ref('https://app.uniswap.org/positions/add/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640'),
      { symbol0: 'WETH', symbol1: 'USDC', version: 'v3', readFrom: { pair: 'page title' } },
      loading,
    );
    expect(view.pageRead).toEqual({ read: ['pair (page title)'], notRead: ['fee tier', 'range', 'current price'] });
  });
});

describe('a Uniswap v4 pool with hooks and a dynamic fee (issue 12)', () => {
  const V4 =
    'https://app.uniswap.org/explore/pools/ethereum/0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27';
  const HOOKS = '0x0010d0d5db05933fa0d9f7038d365e1541a41888';
  const snapshotWith = (figures: Partial<PoolSnapshot['figures']>): LiveContext => ({
    live: {
      status: 'ok',
      snapshot: {
        chain: 'ethereum',
        address: '0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27',
        figures: { tvlUsd: '150000000', volume24hUsd: '80000000', feeTier: '0.0005', ...figures },
        sources: {
          tvlUsd: { provider: 'geckoterminal', name: 'GeckoTerminal API', fetchedAt: NOW - 60_000 },
          hooks: { provider: 'uniswap-v4', name: 'on-chain (Uniswap v4 StateView)', fetchedAt: NOW - 5_000 },
          dynamicFee: { provider: 'uniswap-v4', name: 'on-chain (Uniswap v4 StateView)', fetchedAt: NOW - 5_000 },
        },
      },
      notes: [],
    },
    depositUsd: '1000',
    now: NOW,
  });

  it('shows the hooks address shortened, with what hooks can do, and flags the per-swap fee', () => {
    const view = buildOverlayView(ref(V4), {}, snapshotWith({ hooks: HOOKS, dynamicFee: true }));
    expect(view.live.inputs.find((i) => i.testId === 'live-input-hooks')).toEqual({
      label: 'Hooks contract',
      value: '0x0010…1888',
      testId: 'live-input-hooks',
      source: 'on-chain (Uniswap v4 StateView), 5 s ago',
    });
    expect(view.live.inputs.find((i) => i.testId === 'live-input-dynamic-fee')).toMatchObject({
      label: 'Dynamic fee',
      value: 'yes: the fee tier can change per swap',
    });
    expect(view.live.notes[0]).toBe(
      'Hooks 0x0010…1888: this Uniswap v4 pool runs a hooks contract, which can change its fees and behaviour (swaps, deposits, withdrawals); the figures here assume it does not.',
    );
    expect(view.live.notes[1]).toMatch(/^Dynamic fee: the fee tier can change per swap/);
    expect(v.safeParse(OverlayViewSchema, view).success).toBe(true);
  });

  it('a pool without hooks and with a fixed fee says neither', () => {
    const view = buildOverlayView(ref(V4), {}, snapshotWith({ dynamicFee: false }));
    expect(view.live.inputs.map((i) => i.testId)).not.toContain('live-input-hooks');
    expect(view.live.inputs.map((i) => i.testId)).not.toContain('live-input-dynamic-fee');
    expect(view.live.notes.join(' ')).not.toMatch(/hooks|Dynamic fee/);
  });
});
