/** Fee share, fee APR, LVR, break-even, range probabilities and volatility against closed forms. */
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  analyzePosition,
  aprToApy,
  buildPoolModel,
  expectedFractionInRange,
  expectedYearsToLeave,
  feeShareConcentrated,
  fractionInRangeGivenEnd,
  logRangeOf,
  feeShareConstantProduct,
  lpFeesPerDay,
  normalCdf,
  poolFeeApr,
  probabilityInRangeAt,
  probabilityNeverLeaving,
  realisedVolatility,
} from '../../../core/index';

const close = (a: Decimal | number, b: Decimal | number | string, tolerance = '1e-12') => {
  const x = new Decimal(String(a));
  const y = new Decimal(String(b));
  return x.minus(y).abs().lte(y.abs().mul(tolerance).plus('1e-30'));
};

const poolInput = {
  pool: { kind: 'constant-product' as const },
  feeTier: '0.003',
  tvlUsd: '10000000',
  volume24hUsd: '5000000',
  depositUsd: '10000',
  horizonDays: '30',
  volatility: '0.8',
};

describe('fee share and fee income', () => {
  it('constant product: deposit / (TVL + deposit)', () => {
    expect(String(feeShareConstantProduct({ depositUsd: 1000, tvlUsd: 9000 }))).toBe('0.1');
  });
  it('concentrated: dL / (L + dL) in range, nothing out of range', () => {
    expect(String(feeShareConcentrated({ positionLiquidity: 25, activeLiquidity: 75, inRange: true }))).toBe('0.25');
    expect(String(feeShareConcentrated({ positionLiquidity: 25, activeLiquidity: 75, inRange: false }))).toBe('0');
  });
  it('LP fees per day and pool APR after a protocol cut', () => {
    // 5M volume * 0.3 % * (1 - 1/6) = 12 500 a day; * 365 / 10M TVL = 45.625 %.
    const args = {
      volume24hUsd: 5_000_000,
      feeTier: '0.003',
      protocolFeeFraction: new Decimal(1).div(6),
      tvlUsd: 10_000_000,
    };
    expect(close(lpFeesPerDay(args), 12500)).toBe(true);
    expect(close(poolFeeApr(args), '0.45625')).toBe(true);
  });
  it('APY compounds daily: 10 % APR -> (1 + 0.1/365)^365 - 1', () => {
    const Wide = Decimal.clone({ precision: 80 });
    const reference = new Wide('0.1').div(365).plus(1).pow(365).minus(1).toSignificantDigits(40).toString();
    expect(close(aprToApy('0.1'), reference, '1e-35')).toBe(true);
    expect(new Decimal(String(aprToApy('0.1'))).toDecimalPlaces(6).toString()).toBe('0.105156');
  });
  it('the analysis puts them together for a constant product pool', () => {
    const a = analyzePosition(poolInput);
    expect(close(a.feeShare, new Decimal(10000).div(10010000))).toBe(true);
    expect(close(a.dailyFeesUsd, new Decimal(15000).mul(10000).div(10010000))).toBe(true);
    expect(close(a.positionFeeApr, a.dailyFeesUsd.mul(365).div(10000))).toBe(true);
    expect(close(a.expectedFeesUsd, a.dailyFeesUsd.mul(30))).toBe(true);
    expect(a.feeShareBasis).toBe('pool-share');
    expect(a.range).toBeNull();
  });
});

describe('loss-versus-rebalancing', () => {
  it('constant product: sigma^2 / 8, so 80 % volatility costs 8 % a year', () => {
    const a = analyzePosition(poolInput);
    expect(String(a.lvrPerYear)).toBe('0.08');
    expect(close(a.lvrCostUsd, new Decimal('0.08').mul(10000).mul(30).div(365))).toBe(true);
  });
  it('a full-width concentrated range tends to sigma^2 / 8; [P/2, 2P] is 3.414x that', () => {
    const wide = analyzePosition({
      ...poolInput,
      pool: { kind: 'concentrated', price: 1, priceLower: '1e-16', priceUpper: '1e16' },
    });
    expect(close(wide.lvrPerYear, '0.08', '1e-7')).toBe(true);
    const narrow = analyzePosition({
      ...poolInput,
      pool: { kind: 'concentrated', price: 1, priceLower: '0.5', priceUpper: 2 },
    });
    expect(close(narrow.lvrPerYear, new Decimal('0.08').mul(new Decimal(2).plus(new Decimal(2).sqrt())))).toBe(true);
  });
  it('weighted 80/20: sigma^2 * 0.8 * 0.2 / 2', () => {
    const a = analyzePosition({ ...poolInput, pool: { kind: 'weighted', weights: ['0.8', '0.2'] } });
    expect(close(a.lvrPerYear, new Decimal('0.64').mul('0.16').div(2))).toBe(true);
  });
  it('stableswap with tiny A matches constant product sigma^2 / 8', () => {
    const a = analyzePosition({ ...poolInput, pool: { kind: 'stableswap', amplification: '1e-12', price: 1 } });
    expect(close(a.lvrPerYear, '0.08', '1e-9')).toBe(true);
  });
});

describe('price grid and break-even', () => {
  it('grid rows carry IL, IL in USD and the net against holding', () => {
    const a = analyzePosition(poolInput);
    const doubling = a.grid.find((row) => row.move.eq(1))!;
    expect(doubling.il.mul(100).toDecimalPlaces(3).toString()).toBe('-5.719');
    // HODL value after a doubling of token0: 10 000 * (0.5 * 2 + 0.5) = 15 000.
    expect(close(doubling.ilUsd, doubling.il.mul(15000))).toBe(true);
    expect(close(doubling.netVsHoldUsd, a.expectedFeesUsd.plus(doubling.ilUsd))).toBe(true);
    expect(a.grid.map((r) => r.move.toNumber())).toEqual([
      -0.9, -0.75, -0.5, -0.25, -0.1, -0.05, -0.01, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 4,
    ]);
  });
  it('constant product break-even matches the closed form sqrt(r) = 1 +/- sqrt(2F/D)', () => {
    const a = analyzePosition(poolInput);
    const root = a.expectedFeesUsd.mul(2).div(10000).sqrt();
    expect(close(a.breakEven.up!, new Decimal(1).plus(root).pow(2).minus(1), '1e-9')).toBe(true);
    expect(close(a.breakEven.down!, new Decimal(1).minus(root).pow(2).minus(1), '1e-9')).toBe(true);
  });
  it('at each break-even move the loss against holding equals the fees of a path ending there, for every pool kind', () => {
    // Pools without a range earn the expected fees on every path; a range earns its fees while in range
    // times the expected fraction in range of a path ending at the break-even price (range-path.ts).
    const pools = [
      { kind: 'constant-product' as const },
      { kind: 'concentrated' as const, price: 2000, priceLower: 1500, priceUpper: 2500 },
      { kind: 'concentrated' as const, price: 2000, priceLower: 1990, priceUpper: 2010 },
      { kind: 'weighted' as const, weights: ['0.8', '0.2'] },
      { kind: 'stableswap' as const, amplification: 200, price: '1.001' },
    ];
    for (const pool of pools) {
      const a = analyzePosition({ ...poolInput, pool });
      const model = buildPoolModel(pool);
      for (const move of [a.breakEven.up, a.breakEven.down]) {
        if (move === null) continue;
        const r = move.plus(1);
        const w0 = model.token0ValueShare;
        const loss = model
          .ilForMove(r)
          .neg()
          .mul(new Decimal(10000).mul(w0.mul(r).plus(1).minus(w0)));
        const fees = model.range
          ? a.dailyFeesWhileInRangeUsd
              .mul(30)
              .mul(
                fractionInRangeGivenEnd(logRangeOf(model.range), 0.8, 30 / 365, Math.log(r.toNumber())).toPrecision(12),
              )
          : a.expectedFeesUsd;
        expect(close(loss, fees, '1e-9')).toBe(true);
      }
    }
  });
  it('no fees means any move loses: break-even at 0', () => {
    const a = analyzePosition({ ...poolInput, volume24hUsd: '0' });
    expect(String(a.breakEven.up)).toBe('0');
    expect(String(a.breakEven.down)).toBe('0');
  });
  it('fees larger than any loss on the way down: no downside break-even (null)', () => {
    // A narrow range loses at most its token1 value on a fall; huge fees never get eaten.
    const a = analyzePosition({
      ...poolInput,
      volume24hUsd: '1e9',
      horizonDays: '365',
      volatility: '0.1',
      pool: { kind: 'concentrated', price: 100, priceLower: 99, priceUpper: 101 },
    });
    expect(a.breakEven.down).toBeNull();
  });
});

describe('range probabilities (zero-drift geometric Brownian motion)', () => {
  it('normal CDF against published values', () => {
    expect(Math.abs(normalCdf(1) - 0.841344746068543)).toBeLessThan(1e-14);
    expect(Math.abs(normalCdf(1.96) - 0.97500210485178)).toBeLessThan(1e-14);
    expect(Math.abs(normalCdf(-3) - 0.00134989803163009)).toBeLessThan(1e-16);
    expect(Math.abs(normalCdf(-8) - 6.22096057427178e-16) / 6.22096057427178e-16).toBeLessThan(1e-10);
  });
  it('in range at T for a symmetric +/- one-sigma range: 2 Phi(1) - 1', () => {
    const p = probabilityInRangeAt({ down: 0.2, up: 0.2 }, 0.4, 0.25);
    expect(Math.abs(p - 0.682689492137086)).toBeLessThan(1e-13);
  });
  it('never leaving matches the independent Fourier (eigenfunction) series', () => {
    // Start at a inside (0, w): sum over odd n of 4/(n pi) sin(n pi a / w) exp(-n^2 pi^2 s^2 / (2 w^2)).
    const fourier = (a: number, b: number, s: number) => {
      const w = a + b;
      let sum = 0;
      for (let n = 1; n < 2001; n += 2)
        sum +=
          (4 / (n * Math.PI)) *
          Math.sin((n * Math.PI * a) / w) *
          Math.exp((-n * n * Math.PI * Math.PI * s * s) / (2 * w * w));
      return sum;
    };
    for (const [a, b, sigma, years] of [
      [0.2, 0.2, 0.8, 30 / 365],
      [0.1, 0.3, 0.6, 0.5],
      [0.05, 0.5, 1.2, 1 / 12],
      [0.3, 0.3, 0.2, 0.01],
    ] as const) {
      expect(
        Math.abs(probabilityNeverLeaving({ down: a, up: b }, sigma, years) - fourier(a, b, sigma * Math.sqrt(years))),
      ).toBeLessThan(1e-10);
    }
  });
  it('never leaving is at most being in range at the end', () => {
    const range = { down: 0.15, up: 0.25 };
    expect(probabilityNeverLeaving(range, 0.7, 0.1)).toBeLessThanOrEqual(probabilityInRangeAt(range, 0.7, 0.1));
  });
  it('expected time to leave a symmetric +/- h log range is h^2 / sigma^2', () => {
    expect(expectedYearsToLeave({ down: 0.2, up: 0.2 }, 0.8)).toBeCloseTo(0.0625, 15);
  });
  it('expected fraction of the horizon in range lies between the end probability and 1', () => {
    const range = { down: 0.2, up: 0.2 };
    const fraction = expectedFractionInRange(range, 0.8, 0.25);
    expect(fraction).toBeGreaterThan(probabilityInRangeAt(range, 0.8, 0.25));
    expect(fraction).toBeLessThan(1);
  });
  it('the analysis reports them for a concentrated position, and fees only for time in range', () => {
    const a = analyzePosition({
      ...poolInput,
      pool: { kind: 'concentrated', price: 2000, priceLower: 1500, priceUpper: 2500 },
    });
    expect(a.range!.status).toBe('in-range');
    expect(a.feeShareBasis).toBe('full-range-estimate');
    expect(close(a.expectedFeesUsd, a.dailyFeesUsd.mul(30).mul(a.range!.expectedFractionInRange))).toBe(true);
    expect(a.range!.expectedDaysToLeave!.toNumber()).toBeCloseTo(
      ((Math.log(2000 / 1500) * Math.log(2500 / 2000)) / 0.64) * 365,
      6,
    );
  });
  it('exact fee share from active liquidity: dL / (L + dL)', () => {
    // Range [1, 4] at price 2 (token1 = $1): value per unit L = 2*sqrt2 - 1 - 2/2; a $1000 deposit buys 1000 / that.
    const a = analyzePosition({
      ...poolInput,
      depositUsd: '1000',
      activeLiquidity: '5000',
      token1PriceUsd: '1',
      pool: { kind: 'concentrated', price: 2, priceLower: 1, priceUpper: 4 },
    });
    const dL = new Decimal(1000).div(new Decimal(2).sqrt().mul(2).minus(2));
    expect(a.feeShareBasis).toBe('active-liquidity');
    expect(close(a.feeShare, dL.div(dL.plus(5000)))).toBe(true);
  });
  it('out of range: no fee share or LVR now, but fees and LVR once the price enters (out-of-range.test.ts)', () => {
    // Until the range-path work a range the price had left earned and paid nothing over the whole horizon;
    // the price may come back, so both are now weighted by the expected time in range.
    const a = analyzePosition({
      ...poolInput,
      pool: { kind: 'concentrated', price: 3000, priceLower: 1500, priceUpper: 2500 },
    });
    expect(a.range!.status).toBe('above');
    expect(a.feeShareBasis).toBe('out-of-range');
    expect(String(a.feeShare)).toBe('0');
    expect(String(a.lvrPerYear)).toBe('0');
    expect(close(a.expectedFeesUsd, a.dailyFeesWhileInRangeUsd.mul(30).mul(a.range!.expectedFractionInRange))).toBe(
      true,
    );
    expect(a.expectedFeesUsd.gt(0)).toBe(true);
  });
});

describe('realised volatility', () => {
  it('sample stdev of daily log returns * sqrt(365)', () => {
    const closes = [100, 110, 99, 108.9, 105];
    const returns = closes.slice(1).map((c, i) => Math.log(c / closes[i]!));
    const mean = returns.reduce((a, b) => a + b, 0) / returns.length;
    const variance = returns.reduce((a, r) => a + (r - mean) ** 2, 0) / (returns.length - 1);
    expect(close(realisedVolatility(closes), Math.sqrt(variance * 365), '1e-12')).toBe(true);
  });
  it('a constant price has zero volatility', () => {
    expect(String(realisedVolatility([5, 5, 5, 5]))).toBe('0');
  });
});
