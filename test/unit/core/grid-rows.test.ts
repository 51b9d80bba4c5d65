/**
 * The projection grid row by row: fees only while in range, what the position holds, break-even under
 * the same fee model, which token's price moves, and bad money figures.
 */
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  LpInputError,
  analyzePosition,
  breakEvenMoves,
  buildPoolModel,
  fractionInRangeGivenEnd,
  priceGrid,
} from '../../../core/index';

const close = (a: Decimal, b: Decimal | string, tolerance = '1e-12') =>
  a.minus(b).abs().lte(new Decimal(b).abs().mul(tolerance).plus('1e-30'));

const ethUsdc = {
  pool: { kind: 'concentrated' as const, price: 3000, priceLower: 2500, priceUpper: 3500 },
  feeTier: '0.003',
  tvlUsd: '10000000',
  volume24hUsd: '5000000',
  depositUsd: '10000',
  horizonDays: '30',
  volatility: '0.8',
};
const ethRange = { down: Math.log(3000 / 2500), up: Math.log(3500 / 3000) };
const rowAt = (a: ReturnType<typeof analyzePosition>, move: string) => a.grid.find((row) => row.move.eq(move))!;

describe('A. a range position earns fees on a row only while the price is in range', () => {
  it('the -50 % row of a 2500-3500 range at 3000: fees for 28.3 % of the horizon, net now a loss', () => {
    const a = analyzePosition(ethUsdc);
    const row = rowAt(a, '-0.5');
    // Fees while in range: 15 000 a day of pool fees * the fee share = 183.70 a day; * 30 days = 5511.03.
    const feesWhileInRange = a.dailyFeesWhileInRangeUsd.mul(30);
    expect(feesWhileInRange.toFixed(2)).toBe('5511.03');
    // A path ending at 1500 (ln 0.5) leaves the range (at ln(2500/3000) = -0.182) about a quarter of the way:
    // the bridge gives 0.283069 of the horizon in range (range-path.test.ts checks the quadrature).
    const fraction = fractionInRangeGivenEnd(ethRange, 0.8, 30 / 365, Math.log(0.5));
    expect(row.fractionInRange.toNumber()).toBeCloseTo(fraction, 11);
    expect(row.fractionInRange.toFixed(6)).toBe('0.283069');
    // 5511.03 * 0.283069 = 1560.00; IL in USD unchanged: -2442.92; net -882.92 (it was +1596.54 when the row
    // got the horizon's whole expected fees, 4039.46).
    expect(close(row.feesUsd, feesWhileInRange.mul(row.fractionInRange))).toBe(true);
    expect(row.feesUsd.toFixed(2)).toBe('1560.00');
    expect(row.ilUsd.toFixed(2)).toBe('-2442.92');
    expect(row.netVsHoldUsd.toFixed(2)).toBe('-882.92');
  });
  it('a row where the price ends where it started uses the closed form of the bridge: 0.918266', () => {
    const a = analyzePosition(ethUsdc);
    const model = buildPoolModel(ethUsdc.pool);
    const [row] = priceGrid(model, a.depositUsd, new Decimal(1000), {
      moves: ['0'],
      timeInRange: { sigma: 0.8, years: 30 / 365 },
    });
    // 1 - O(ln 1.2) - O(ln(3500/3000)), O(c) = sqrt(2 pi)/2 (phi(z) - z Q(z)), z = 2c / (0.8 sqrt(30/365)).
    expect(row!.fractionInRange.toString()).toBe('0.918266493551');
    expect(row!.feesUsd.toString()).toBe('918.266493551');
  });
  it('pools without a range earn the same fees on every row', () => {
    const a = analyzePosition({ ...ethUsdc, pool: { kind: 'constant-product' } });
    for (const row of a.grid) {
      expect(row.fractionInRange.toString()).toBe('1');
      expect(row.feesUsd.eq(a.expectedFeesUsd)).toBe(true);
    }
  });
  it('without volatility and horizon (the old call) every row still earns the fees it is given', () => {
    const model = buildPoolModel(ethUsdc.pool);
    const rows = priceGrid(model, new Decimal(10000), new Decimal(500));
    expect(rows.every((row) => row.feesUsd.eq(500) && row.fractionInRange.eq(1))).toBe(true);
  });
});

describe('B. what the position holds on each row', () => {
  it('below the range only token0, above only token1, inside both with their value shares', () => {
    const a = analyzePosition(ethUsdc);
    expect(rowAt(a, '-0.5').composition).toMatchObject({ holds: 'token0' });
    expect(rowAt(a, '-0.5').composition!.token0ValueShare.toString()).toBe('1');
    expect(rowAt(a, '0.25').composition).toMatchObject({ holds: 'token1' });
    expect(rowAt(a, '0.25').composition!.token1ValueShare.toString()).toBe('1');
    // At 2700, per unit of liquidity: x = 1/sqrt(2700) - 1/sqrt(3500) = 0.0023419, worth 6.3231;
    // y = sqrt(2700) - sqrt(2500) = 1.9615; token0's share 6.3231 / 8.2846 = 0.7632.
    const inside = rowAt(a, '-0.1').composition!;
    expect(inside.holds).toBe('both');
    expect(inside.token0ValueShare.toFixed(4)).toBe('0.7632');
    expect(inside.token0ValueShare.plus(inside.token1ValueShare).toString()).toBe('1');
  });
  it('constant product holds half and half; weighted keeps its weights', () => {
    const cp = analyzePosition({ ...ethUsdc, pool: { kind: 'constant-product' } });
    expect(cp.grid.every((row) => row.composition!.token0ValueShare.eq('0.5'))).toBe(true);
    const weighted = analyzePosition({ ...ethUsdc, pool: { kind: 'weighted', weights: ['0.8', '0.2'] } });
    expect(weighted.grid.every((row) => row.composition!.token0ValueShare.eq('0.8'))).toBe(true);
  });
});

describe('C. break-even under the same fee model', () => {
  it('the loss at each break-even equals the fees of a path ending there; the moves shrink', () => {
    const a = analyzePosition(ethUsdc);
    // Was +95.85 % / -76.98 % with the horizon's whole expected fees on every move, though the range ends
    // at +16.7 % / -16.7 %.
    expect(a.breakEven.up!.toFixed(4)).toBe('0.5379');
    expect(a.breakEven.down!.toFixed(4)).toBe('-0.4187');
    const model = buildPoolModel(ethUsdc.pool);
    for (const move of [a.breakEven.up!, a.breakEven.down!]) {
      const r = move.plus(1);
      // HODL value: 10 000 * (w0 r + 1 - w0); the loss is -IL times that.
      const w0 = model.token0ValueShare;
      const loss = model.ilForMove(r).neg().mul(w0.mul(r).plus(1).minus(w0).mul(10000));
      const fraction = fractionInRangeGivenEnd(ethRange, 0.8, 30 / 365, Math.log(r.toNumber()));
      expect(close(loss, a.dailyFeesWhileInRangeUsd.mul(30).mul(fraction.toPrecision(12)), '1e-9')).toBe(true);
    }
  });
  it('the old call without options still takes the fees as earned on every move', () => {
    const model = buildPoolModel({ kind: 'constant-product' });
    // Constant product: sqrt(r) = 1 +/- sqrt(2F/D); F = 200, D = 10 000: 1 +/- 0.2, so +44 % and -36 %.
    const breakEven = breakEvenMoves(model, new Decimal(10000), new Decimal(200));
    expect(close(breakEven.up!, '0.44', '1e-9')).toBe(true);
    expect(close(breakEven.down!, '-0.36', '1e-9')).toBe(true);
    expect(breakEven.movingToken).toBe('token0');
  });
});

describe('G. which token moves: USDC/WETH (token0 USDC, token1 WETH), $1 000 in a constant product pool', () => {
  const usdcWeth = {
    ...ethUsdc,
    pool: { kind: 'constant-product' as const },
    depositUsd: '1000',
  };
  it('quote token1 (the default) moves USDC in WETH: -50 % is ETH doubling, and USD figures hold WETH fixed', () => {
    const a = analyzePosition(usdcWeth);
    const row = rowAt(a, '-0.5');
    expect(a.quote).toBe('token1');
    expect(row.movingToken).toBe('token0');
    // IL(0.5) = 2 sqrt(0.5) / 1.5 - 1 = -5.719 %; HODL with WETH fixed: 1000 * (0.5 * 0.5 + 0.5) = 750; -42.89.
    expect(row.il.mul(100).toFixed(3)).toBe('-5.719');
    expect(row.ilUsd.toFixed(2)).toBe('-42.89');
  });
  it('quote token0 moves WETH in USDC: +100 % is ETH doubling, with USDC at $1 the loss is -85.79', () => {
    const a = analyzePosition({ ...usdcWeth, quote: 'token0' });
    const doubling = rowAt(a, '1');
    expect(doubling.movingToken).toBe('token1');
    // ETH in USDC doubles: USDC in WETH halves, r = 1 / (1 + 1) = 0.5.
    expect(doubling.priceRatio.toString()).toBe('0.5');
    // HODL with USDC constant: 1000 * (0.5 + 0.5 * 2) = 1500; IL -5.719 % of it: -85.79.
    expect(doubling.il.mul(100).toFixed(3)).toBe('-5.719');
    expect(doubling.ilUsd.toFixed(2)).toBe('-85.79');
    // ETH halving: r = 2, HODL 1000 * (0.5 + 0.5 * 0.5) = 750, -42.89.
    expect(rowAt(a, '-0.5').ilUsd.toFixed(2)).toBe('-42.89');
    expect(a.breakEven.movingToken).toBe('token1');
    expect(a.assumptions.some((note) => note.includes("moves of token1's price in token0"))).toBe(true);
  });
  it('an 80/20 pool seen from token0 is the 20/80 pool seen from token1: same rows, same break-even', () => {
    // Quote token0 holds token0 (80 % of the value) fixed and moves token1 (20 %): HODL 0.8 + 0.2 x, and the
    // IL of an 80/20 pool at r = 1/x, x^0.2 / (0.8 + 0.2 x) - 1, is the 20/80 pool's IL at x.
    const seenFrom0 = analyzePosition({
      ...usdcWeth,
      quote: 'token0',
      pool: { kind: 'weighted', weights: ['0.8', '0.2'] },
    });
    const mirrored = analyzePosition({ ...usdcWeth, pool: { kind: 'weighted', weights: ['0.2', '0.8'] } });
    seenFrom0.grid.forEach((row, i) => {
      expect(close(row.ilUsd, mirrored.grid[i]!.ilUsd, '1e-28')).toBe(true);
    });
    expect(close(seenFrom0.breakEven.up!, mirrored.breakEven.up!, '1e-9')).toBe(true);
    expect(close(seenFrom0.breakEven.down!, mirrored.breakEven.down!, '1e-9')).toBe(true);
  });
  it('anything but token0 or token1 as quote is an input error', () => {
    expect(() => analyzePosition({ ...usdcWeth, quote: 'usd' })).toThrow(LpInputError);
  });
});

describe('I. the grid and break-even refuse money figures that are not numbers', () => {
  const model = buildPoolModel({ kind: 'constant-product' });
  const errorOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof LpInputError) return [error.field, error.reason];
      throw error;
    }
    return null;
  };
  it('a NaN deposit in priceGrid', () => {
    expect(errorOf(() => priceGrid(model, new Decimal(Number.NaN), new Decimal(10)))).toEqual([
      'depositUsd',
      'not-a-number',
    ]);
  });
  it('NaN, infinite or negative fees and a zero deposit in breakEvenMoves', () => {
    const deposit = new Decimal(1000);
    expect(errorOf(() => breakEvenMoves(model, deposit, new Decimal(Number.NaN)))).toEqual(['feesUsd', 'not-a-number']);
    expect(errorOf(() => breakEvenMoves(model, deposit, new Decimal(Number.POSITIVE_INFINITY)))).toEqual([
      'feesUsd',
      'not-finite',
    ]);
    expect(errorOf(() => breakEvenMoves(model, deposit, new Decimal(-1)))).toEqual(['feesUsd', 'negative']);
    expect(errorOf(() => breakEvenMoves(model, new Decimal(0), new Decimal(1)))).toEqual([
      'depositUsd',
      'not-positive',
    ]);
  });
});
