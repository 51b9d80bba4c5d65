import { describe, expect, it } from 'vitest';
import { Decimal, ilStableswapN } from '../../../../core/index';
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
  it('a two-coin Curve pool with A read on chain gets the stableswap analysis; three coins get the depeg IL only', () => {
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
    expect(two.depeg).toBeNull();
    expect(three.analysis).toBeNull();
    expect(three.depeg?.coins).toBe(3);
    expect(three.missing).toEqual([
      'a pool of 3 coins: fees and LVR over time are modelled for two coins; the IL of one coin depegging is shown',
    ]);
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
  it('its uncollected fees in each token and in USD at the pool price, with their source and age (issue 12)', () => {
    const live = liveAnalysis(
      pool,
      {
        depositUsd: '1000',
        horizonDays: '30',
        position: {
          ...position,
          protocol: 'sushiswap-v3',
          // 12.5 USDC (6 decimals) and 0.01 WETH (18 decimals), read 30 s ago.
          uncollectedFees: { amount0Raw: '12500000', amount1Raw: '10000000000000000', fetchedAt: NOW - 30_000 },
        },
      },
      NOW,
    );
    // USD at the pool price: (12.5 x 0.0004 + 0.01) WETH x $2,500 = 0.015 x 2,500 = $37.50.
    expect(live.positionFees).toEqual({
      text: '12.5 USDC + 0.01 WETH (≈ $37.50)',
      source: 'on-chain (SushiSwap v3 position and pool), 30 s ago',
    });
    expect(live.missing).toContain(
      "Value against holding since entry: not known (the amounts deposited are not read from the position's history)",
    );
    expect(live.cautions).toEqual([]);
  });
  it('fees not read are said to be unknown, never 0; a Slipstream position is told what staking changes', () => {
    const live = liveAnalysis(
      pool,
      { depositUsd: '1000', horizonDays: '30', position: { ...position, protocol: 'aerodrome-slipstream' } },
      NOW,
    );
    expect(live.positionFees).toEqual({ text: "not known (the pool's fee state could not be read)", source: null });
    expect(live.cautions.join(' ')).toMatch(/staked in its gauge earns AERO/);
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

describe('one orientation for a pool, wherever it is shown (issue 8, cases 6 and 7)', () => {
  // USDC/WETH: token0 USDC, token1 WETH, 0.0004 WETH per USDC = 2,500 USDC per WETH.
  const pool = snapshot({
    symbol0: 'USDC',
    symbol1: 'WETH',
    tvlUsd: '150000000',
    volume24hUsd: '80000000',
    feeTier: '0.0005',
    volatility: '0.6',
    price: '0.0004',
    token1PriceUsd: '2500',
    activeLiquidityRaw: '15000000000000000000',
    decimals0: 6,
    decimals1: 18,
  });
  const uniswap = (url: string) => ({ ref: detectPoolPage(url), facts: { version: 'v3' as const } });

  it('the table moves the WETH price in USDC, and its USD column holds USDC at $1 (case 6)', () => {
    const live = liveAnalysis(
      pool,
      {
        depositUsd: '1000',
        horizonDays: '30',
        page: uniswap('https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640'),
      },
      NOW,
    );
    const up = live.analysis!.grid.find((row) => row.move.eq(1))!;
    expect(up.movingToken).toBe('token1');
    // WETH +100 % with USDC held at $1: a full-range $1,000 would have been worth $1,500 held, and IL is
    // 2*sqrt(2)/3 - 1 = -5.719 % of that: -$85.79. Before, the row moved USDC and showed -$42.89 here.
    expect(up.ilUsd.toDecimalPlaces(2).toString()).toBe('-85.79');
  });

  it('a position page and an add-liquidity page of the pool read the same way round (case 7)', () => {
    const position = liveAnalysis(
      pool,
      {
        depositUsd: '1000',
        horizonDays: '30',
        page: uniswap('https://app.uniswap.org/positions/v3/ethereum/7'),
        position: { tokenId: '7', tickLower: 195000, tickUpper: 201000, liquidityRaw: '1000000000000000' },
      },
      NOW,
    );
    const adding = liveAnalysis(
      pool,
      {
        depositUsd: '1000',
        horizonDays: '30',
        page: {
          ref: detectPoolPage(
            'https://app.uniswap.org/positions/add/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
          ),
          facts: { version: 'v3', price: '2500', priceLower: '2000', priceUpper: '3000' },
        },
      },
      NOW,
    );
    for (const live of [position, adding]) {
      expect(live.orientation!.unit).toBe('USDC per WETH');
      expect(live.analysis!.grid.every((row) => row.movingToken === 'token1')).toBe(true);
    }
    expect(adding.positionLabel).toBe('your range 2,000 – 3,000 USDC per WETH');
  });
});

describe('a Balancer weighted pool with its weights read on chain (issue 12)', () => {
  const BALANCER = {
    ref: detectPoolPage(
      'https://balancer.fi/pools/ethereum/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
    ),
  };
  const figures = { tvlUsd: '1000000', volume24hUsd: '100000', feeTier: '0.01', volatility: '0.8' };

  it('80/20: the weighted IL, labelled with the weights it read', () => {
    const live = liveAnalysis(
      snapshot({ ...figures, weights: ['0.8', '0.2'] }),
      { depositUsd: '1000', horizonDays: '30', page: BALANCER },
      NOW,
    );
    expect(live.positionLabel).toBe('any deposit (weighted pool, weights 80 / 20 read on chain)');
    // The published 80/20 IL at a doubling of token0: 2^0.8 / (0.8 x 2 + 0.2) - 1 = -3.27 %.
    const up = live.analysis!.grid.find((row) => row.move.eq(1))!;
    expect(up.il.mul(100).toDecimalPlaces(2).toString()).toBe('-3.27');
  });

  it('without weights, or with more than two tokens, it says why there is no IL', () => {
    const none = liveAnalysis(snapshot(figures), { depositUsd: '1000', horizonDays: '30', page: BALANCER }, NOW);
    expect(none.missing).toEqual(['token weights: not read, so IL and LVR are not modelled']);
    const three = liveAnalysis(
      snapshot({ ...figures, weights: ['0.5', '0.25', '0.25'] }),
      { depositUsd: '1000', horizonDays: '30', page: BALANCER },
      NOW,
    );
    expect(three.analysis).toBeNull();
    expect(three.missing).toEqual([
      "a pool of three or more tokens: fees and LVR over time are modelled for two tokens; the IL of one token's price moving is shown",
    ]);
  });

  const onChain = (figures: PoolSnapshot['figures']): PoolSnapshot => ({
    ...snapshot(figures),
    sources: Object.fromEntries(
      Object.keys(figures).map((k) => [k, { provider: 'rpc', name: 'on-chain (JSON-RPC)', fetchedAt: NOW - 60_000 }]),
    ),
  });
  const THIRDS = ['0.333333333333333333', '0.333333333333333333', '0.333333333333333334'];

  it('three tokens of 1/3: the IL of one token moving against the other two, the weights in the basis', () => {
    const live = liveAnalysis(
      onChain({ weights: THIRDS, coinSymbols: ['WBTC', 'USDC', 'WETH'] }),
      { depositUsd: '1000', horizonDays: '30', page: BALANCER },
      NOW,
    );
    const il = (move: string) =>
      live
        .depeg!.rows.find((row) => row.move.eq(move))!
        .il.mul(100)
        .toDecimalPlaces(2);
    // Value in the pool against holding, one token's price times r, the others fixed: r^(1/3) / ((r + 2) / 3).
    //   r = 2:    2^(1/3) = 1.259921; 4/3 = 1.333333;   1.259921 / 1.333333 = 0.944941 -> -5.51 %
    //   r = 0.5:  0.5^(1/3) = 0.793701; 2.5/3 = 0.833333; 0.793701 / 0.833333 = 0.952441 -> -4.76 %
    //   r = 1.25: 1.25^(1/3) = 1.077217; 3.25/3 = 1.083333; 0.994354 -> -0.56 %
    //   r = 0.9:  0.9^(1/3) = 0.965489; 2.9/3 = 0.966667; 0.998782 -> -0.12 %
    expect(il('1').toString()).toBe('-5.51');
    expect(il('-0.5').toString()).toBe('-4.76');
    expect(il('0.25').toString()).toBe('-0.56');
    expect(il('-0.1').toString()).toBe('-0.12');
    expect(live.depeg!.rows.map((row) => row.move.toString())).toEqual(['-0.5', '-0.25', '-0.1', '0.1', '0.25', '1']);
    // Equal weights (the last wei aside): the first token moves.
    expect(live.depeg!.moves).toBe('the price of WBTC against the other 2');
    expect(live.depeg!.basis).toBe(
      "3 tokens, weights 33.33 % / 33.33 % / 33.33 % read on chain; the other tokens' prices held, the heaviest token moving",
    );
  });

  it('50 / 25 / 25: the heaviest token moves, its weight alone setting the IL; no symbols, its number', () => {
    const live = liveAnalysis(
      onChain({ weights: ['0.25', '0.5', '0.25'] }),
      { depositUsd: '1000', horizonDays: '30', page: BALANCER },
      NOW,
    );
    // w = 0.5, r = 2: sqrt(2) / (0.5 x 2 + 0.5) = 1.414214 / 1.5 = 0.942809 -> -5.72 % (as a 50/50 pool).
    const up = live.depeg!.rows.find((row) => row.move.eq(1))!;
    expect(up.il.mul(100).toDecimalPlaces(2).toString()).toBe('-5.72');
    expect(live.depeg!.moves).toBe('the price of token 2 against the other 2');
  });
});

describe('a Balancer composable stable pool read on chain (issue 12)', () => {
  const BALANCER = {
    ref: detectPoolPage(
      'https://balancer.fi/pools/ethereum/v2/0xc5b100000000000000000000000000000000000400000000000000000000000b',
    ),
  };
  const stable = (figures: PoolSnapshot['figures']): PoolSnapshot => ({
    ...snapshot(figures),
    sources: Object.fromEntries(
      Object.keys(figures).map((k) => [k, { provider: 'rpc', name: 'on-chain (JSON-RPC)', fetchedAt: NOW - 60_000 }]),
    ),
  });

  it('is stableswap, not weighted, and gets the n-coin depeg table of Curve, with the face-value caution', () => {
    const live = liveAnalysis(
      stable({
        amplification: '2000',
        coinCount: 3,
        balances: ['160000000', '170000000', '170000000'],
        coinSymbols: ['DAI', 'USDC', 'USDT'],
      }),
      { depositUsd: '1000', horizonDays: '30', page: BALANCER },
      NOW,
    );
    expect(live.kind).toBe('stableswap');
    // The 3pool's figures (A 2000, 160M / 170M / 170M): the values test/e2e/curve-3pool.spec.ts shows, checked
    // against Curve's integer _get_D / _get_y in test/unit/core/stableswap-n-balances.test.ts.
    const il = (move: string) =>
      live
        .depeg!.rows.find((row) => row.move.eq(move))!
        .il.mul(100)
        .toDecimalPlaces(2);
    expect(il('-0.05').toString()).toBe('-2.6');
    expect(il('-0.1').toString()).toBe('-5.63');
    expect(live.depeg!.moves).toBe('the price of USDC against the other 2');
    expect(live.depeg!.basis).toContain('3 coins, A 2000, read on chain');
    expect(live.cautions).toContain(
      'Balancer stable pool: its token rates were not read, so balances are counted at face value; a staked or wrapped token the pool prices through a rate provider is not scaled by its rate',
    );
  });

  it('a pair with a coin at a rate (wstETH / WETH): the balance-based table, not the API price as a depeg', () => {
    const figures = {
      amplification: '50',
      coinCount: 2,
      // wstETH 10,000 at its rate 1.1 = 11,000; WETH 11,000: balanced as the pool's math sees it.
      balances: ['10000', '11000'],
      coinSymbols: ['wstETH', 'WETH'],
      tokenRates: ['1.1', '1'],
    };
    const market = { tvlUsd: '50000000', volume24hUsd: '1000000', feeTier: '0.0004', volatility: '0.05', price: '1.1' };
    const rated = liveAnalysis(
      stable({ ...figures, ...market }),
      { depositUsd: '1000', horizonDays: '30', page: BALANCER },
      NOW,
    );
    expect(rated.analysis).toBeNull();
    expect(rated.depeg!.moves).toBe('the price of wstETH against the other coin');
    expect(rated.depeg!.basis).toContain('(50.00 % / 50.00 %)');
    // Balanced at the rates, so the same as core's balanced two-coin pool at A 50.
    const down = rated.depeg!.rows.find((row) => row.move.eq('-0.05'))!.il;
    const balanced = ilStableswapN({ amplification: '50', coins: 2, depeggedPrice: '0.95' });
    expect(down.toDecimalPlaces(12).toString()).toBe(balanced.toDecimalPlaces(12).toString());
    expect(down.mul(100).toDecimalPlaces(2).toString()).toBe('-1');
    expect(rated.missing).toContain(
      "a stable pair with a coin priced through a rate: fees and LVR over time are not modelled (the market price is not the pool's peg); the IL of one coin leaving its peg is shown",
    );
    // Rates all 1 (USDC / USDT): the two-coin model with the price, as for Curve.
    const plain = liveAnalysis(
      stable({ ...figures, coinSymbols: ['USDC', 'USDT'], tokenRates: ['1', '1'], ...market, price: '1.0001' }),
      { depositUsd: '1000', horizonDays: '30', page: BALANCER },
      NOW,
    );
    expect(plain.depeg).toBeNull();
    expect(plain.analysis).not.toBeNull();
  });

  it('token rates read: balances counted at them, the caution names the rates; all at 1, no caution', () => {
    const figures = {
      amplification: '2000',
      coinCount: 3,
      balances: ['160000000', '170000000', '150000000'],
      coinSymbols: ['DAI', 'sUSD', 'USDT'],
    };
    const rated = liveAnalysis(
      stable({ ...figures, tokenRates: ['1', '1.2', '1'] }),
      { depositUsd: '1000', horizonDays: '30', page: BALANCER },
      NOW,
    );
    // At the rates: 160M, 170M x 1.2 = 204M, 150M; total 514M: 31.13 % / 39.69 % / 29.18 %, sUSD the largest.
    expect(rated.depeg!.basis).toContain('(31.13 % / 39.69 % / 29.18 %)');
    expect(rated.depeg!.moves).toBe('the price of sUSD against the other 2');
    expect(rated.cautions).toContain(
      "Balancer stable pool: balances are counted at the token rates its math uses (sUSD × 1.2000, read on chain); a coin's price move is against its rate",
    );
    const plain = liveAnalysis(
      stable({ ...figures, tokenRates: ['1', '1', '1'] }),
      { depositUsd: '1000', horizonDays: '30', page: BALANCER },
      NOW,
    );
    expect(plain.cautions).toEqual([]);
    // At face value: 160M / 170M / 150M of 480M = 33.33 % / 35.42 % / 31.25 %.
    expect(plain.depeg!.basis).toContain('(33.33 % / 35.42 % / 31.25 %)');
  });
});
