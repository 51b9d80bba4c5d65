/** H. Stable pairs: a grid of small moves, and depeg scenarios for either coin. */
import { describe, expect, it } from 'vitest';
import { Decimal, PRICE_MOVES, STABLE_PRICE_MOVES, analyzePosition, ilStableswap } from '../../../core/index';

const base = {
  feeTier: '0.0004',
  tvlUsd: '50000000',
  volume24hUsd: '20000000',
  depositUsd: '10000',
  horizonDays: '30',
  volatility: '0.05',
};
const stable = (price: string) => ({ ...base, pool: { kind: 'stableswap' as const, amplification: 100, price } });

describe('stable pair grid', () => {
  it('moves of 0.1 % to 10 % either way for stableswap; volatile pairs keep -90 % .. +400 %', () => {
    expect(STABLE_PRICE_MOVES).toEqual([
      '-0.1',
      '-0.05',
      '-0.02',
      '-0.01',
      '-0.005',
      '-0.001',
      '0.001',
      '0.005',
      '0.01',
      '0.02',
      '0.05',
      '0.1',
    ]);
    const a = analyzePosition(stable('1'));
    expect(a.grid.map((row) => row.move.toString())).toEqual(STABLE_PRICE_MOVES.map((m) => new Decimal(m).toString()));
    const cp = analyzePosition({ ...base, pool: { kind: 'constant-product' } });
    expect(cp.grid.map((row) => row.move.toString())).toEqual(PRICE_MOVES.map((m) => new Decimal(m).toString()));
  });
  it('a stableswap row knows its composition from A and the price', () => {
    const a = analyzePosition(stable('1'));
    // A balanced pool at price 1 moving 10 % loads up on the coin that got cheaper: token0 at -10 %.
    const fall = a.grid.find((row) => row.move.eq('-0.1'))!.composition!;
    expect(fall.holds).toBe('both');
    expect(fall.token0ValueShare.gt('0.5')).toBe(true);
  });
});

describe('depeg scenarios', () => {
  it('each coin at 0.99, 0.95, 0.90, 0.50 of the other; A = 100 at price 1', () => {
    const a = analyzePosition(stable('1'));
    expect(a.depegScenarios.map((d) => `${d.coin}@${d.price.toString()}`)).toEqual([
      'token0@0.99',
      'token0@0.95',
      'token0@0.9',
      'token0@0.5',
      'token1@0.99',
      'token1@0.95',
      'token1@0.9',
      'token1@0.5',
    ]);
    const token0Half = a.depegScenarios[3]!;
    // token0 at 0.5: exit price 0.5, r = 0.5 / 1. HODL with token1 at its dollar: 10 000 * (0.5 * 0.5 + 0.5) = 7500.
    const il = ilStableswap({ amplification: 100, price: '0.5' });
    expect(token0Half.priceRatio.toString()).toBe('0.5');
    expect(token0Half.il.eq(il)).toBe(true);
    expect(token0Half.il.mul(100).toFixed(2)).toBe('-28.94');
    expect(token0Half.ilUsd.eq(il.mul(7500))).toBe(true);
    // Value left: 7500 * (1 - 0.289438) = 5329.22.
    expect(token0Half.valueLeftUsd.toFixed(2)).toBe('5329.22');
    // token1 at 0.5: exit price 1 / 0.5 = 2; with token0 at its dollar HODL is again 7500, and at price 1 the
    // coins are symmetric, so the figures match token0's.
    const token1Half = a.depegScenarios[7]!;
    expect(token1Half.priceRatio.toString()).toBe('2');
    expect(token1Half.valueLeftUsd.toFixed(2)).toBe('5329.22');
  });
  it('the exit price is relative to the peg, not to the current price: token0 at 0.99 from 1.001 is r = 0.99 / 1.001', () => {
    const a = analyzePosition(stable('1.001'));
    expect(a.depegScenarios[0]!.priceRatio.eq(new Decimal('0.99').div('1.001'))).toBe(true);
    // token1 at 0.99: exit price 1 / 0.99, r = 1 / (0.99 * 1.001).
    expect(a.depegScenarios[4]!.priceRatio.eq(new Decimal(1).div(new Decimal('0.99').mul('1.001')))).toBe(true);
  });
  it('pools of other kinds have none', () => {
    expect(analyzePosition({ ...base, pool: { kind: 'constant-product' } }).depegScenarios).toEqual([]);
  });
});
