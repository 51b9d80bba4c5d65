/** H. Stable pairs: a grid of small moves. */
import { describe, expect, it } from 'vitest';
import { Decimal, PRICE_MOVES, STABLE_PRICE_MOVES, analyzePosition } from '../../../core/index';

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
