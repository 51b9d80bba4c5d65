import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../../core/index';
import { liveAnalysis, orientRange } from '../../../../lib/present/live-analysis';
import { detectPoolPage } from '../../../../core/index';

const CURVE = { ref: detectPoolPage('https://curve.finance/dex/ethereum/pools/3pool/deposit') };
import type { PoolSnapshot } from '../../../../lib/messages/pool-data';

const NOW = 1_700_000_000_000;
const snapshot = (figures: PoolSnapshot['figures']): PoolSnapshot => ({
  chain: 'ethereum',
  address: '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
  figures,
  sources: Object.fromEntries(
    Object.keys(figures).map((k) => [
      k,
      { provider: 'geckoterminal', name: 'GeckoTerminal API', fetchedAt: NOW - 120_000 },
    ]),
  ),
});

describe('live analysis', () => {
  it('constant product: the core fed the provider figures, with sources and ages', () => {
    const s = snapshot({
      tvlUsd: '10000000',
      volume24hUsd: '5000000',
      feeTier: '0.003',
      volatility: '0.8',
      createdAt: NOW - 3 * 86_400_000,
      dex: 'uniswap_v2',
    });
    const live = liveAnalysis(s, { depositUsd: '10000', horizonDays: '30' }, NOW);
    expect(live.kind).toBe('constant-product');
    expect(live.poolFeeApr!.toString()).toBe('0.5475');
    expect(live.analysis!.lvrPerYear.toString()).toBe('0.08');
    expect(live.analysis!.warnings.hits.map((h) => h.id)).toContain('new-pool');
    expect(live.sources).toEqual(['TVL, 24 h volume, fee tier, volatility, pool age: GeckoTerminal API, 2 min ago']);
    expect(live.missing).toEqual([]);
  });
  it('missing figures are named, and no analysis is invented', () => {
    const live = liveAnalysis(
      snapshot({ tvlUsd: '1000', dex: 'uniswap_v2' }),
      { depositUsd: '100', horizonDays: '30' },
      NOW,
    );
    expect(live.analysis).toBeNull();
    expect(live.poolFeeApr).toBeNull();
    expect(live.missing).toEqual(['24 h volume: no provider gave it', 'fee tier: no provider gave it']);
  });
  it('a Curve pool without A gets the pool fee APR only', () => {
    const live = liveAnalysis(
      snapshot({ tvlUsd: '1000000', volume24hUsd: '100000', feeTier: '0.0004', volatility: '0.01' }),
      { depositUsd: '100', horizonDays: '30', page: CURVE },
      NOW,
    );
    expect(live.analysis).toBeNull();
    expect(live.poolFeeApr!.toString()).toBe('0.0146');
    expect(live.missing).toEqual(['amplification A: not read, so IL and LVR are not modelled']);
  });
  it('a two-coin Curve pool with A read on chain gets the stableswap analysis; three coins are said to be out of scope', () => {
    const figures = {
      tvlUsd: '1000000',
      volume24hUsd: '100000',
      feeTier: '0.0004',
      volatility: '0.01',
      price: '1.002',
      amplification: '200',
    };
    const two = liveAnalysis(
      snapshot({ ...figures, coinCount: 2 }),
      { depositUsd: '1000', horizonDays: '30', page: CURVE },
      NOW,
    );
    expect(two.analysis!.kind).toBe('stableswap');
    expect(two.positionLabel).toBe('any deposit (stableswap, A = 200)');
    const three = liveAnalysis(
      snapshot({ ...figures, coinCount: 3 }),
      { depositUsd: '1000', horizonDays: '30', page: CURVE },
      NOW,
    );
    expect(three.analysis).toBeNull();
    expect(three.missing).toEqual(['a pool of three or more coins: the stableswap IL model covers two coins']);
  });
});

describe('an existing position read on chain', () => {
  const pool = snapshot({
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
  });
  const position = { tokenId: '7', tickLower: 195000, tickUpper: 201000, liquidityRaw: '1000000000000000' };
  it('in range: its fee share is its liquidity over the active liquidity that already includes it', () => {
    const live = liveAnalysis(pool, { depositUsd: '1000', horizonDays: '30', position }, NOW);
    expect(live.analysis!.feeShare.toSignificantDigits(12).toString()).toBe(
      new Decimal('1e15').div('1.5e19').toSignificantDigits(12).toString(),
    );
    // Issue 8, case 9: the range read "0.000293981 – 0.000535652" (WETH per USDC, raw contract order).
    // Ticks 195000 and 201000 with 6 and 18 decimals: 1.0001^195000 * 1e-12 = 0.000293981 WETH per USDC, i.e.
    // 1 / 0.000293981 = 3,401.58 USDC per WETH at the top, and 1 / 0.000535652 = 1,866.88 at the bottom.
    expect(live.positionLabel).toBe('position #7, range 1,866.88 – 3,401.58 USDC per WETH');
    expect(live.orientation).toMatchObject({ quote: 'token0', unit: 'USDC per WETH', reason: 'money-like' });
    expect(live.analysis!.range!.status).toBe('in-range');
  });
  it('a closed position (no liquidity) is said to be closed, not analysed', () => {
    const live = liveAnalysis(
      pool,
      { depositUsd: '1000', horizonDays: '30', position: { ...position, liquidityRaw: '0' } },
      NOW,
    );
    expect(live.analysis).toBeNull();
    expect(live.missing).toContain('the position holds no liquidity (closed)');
  });
});

describe('orienting a range typed on the page', () => {
  const range = { priceLower: '1500', priceUpper: '2500' };
  it('keeps a range quoted like the pool price', () => {
    expect(orientRange('2000', range, '2000.5')).toEqual(range);
  });
  it('inverts a range quoted the other way round (USDC per WETH on a USDC/WETH pool)', () => {
    expect(orientRange('2000', range, '0.0005')).toEqual({
      priceLower: '0.0004',
      priceUpper: '0.0006666666666666666666666666666666666666667',
    });
  });
  it('drops a range whose price matches neither way', () => {
    expect(orientRange('2000', range, '7')).toBeNull();
  });
});
