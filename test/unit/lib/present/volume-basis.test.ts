import { describe, expect, it } from 'vitest';
import { feeAprsByBasis, projectionBasis, volumeBases } from '../../../../lib/present/volume-basis';

describe('fee APR on named volume bases', () => {
  const figures = {
    tvlUsd: '150000000',
    feeTier: '0.0005',
    volume24hUsd: '80000000',
    volume7dUsd: '350000000',
    volume7dDays: 7,
    volume30dUsd: '1200000000',
    volume30dDays: 24,
  };

  it('one APR per basis: 24 h, 7-day average and 30-day average over the days on record', () => {
    const aprs = feeAprsByBasis(figures, volumeBases(figures));
    // 24 h: 80M x 0.0005 x 365 / 150M = 9.7333 %. 7 d: 350M / 7 = 50M a day -> 6.0833 %.
    // 30 d: 1.2B over the 24 days that had candles = 50M a day -> 6.0833 %, and the label says 24 of 30.
    expect(aprs.map((a) => [a.basis.id, a.apr.toSignificantDigits(5).toString()])).toEqual([
      ['24h', '0.097333'],
      ['7d', '0.060833'],
      ['30d', '0.060833'],
    ]);
    expect(aprs.map((a) => a.basis.label)).toEqual([
      '24 h volume',
      '7-day average volume',
      '30-day average volume (24 of 30 days had trades on record)',
    ]);
  });

  it('projections stand on the 7-day average, and on 24 h only when that is all there is', () => {
    expect(projectionBasis(volumeBases(figures))!.id).toBe('7d');
    expect(projectionBasis(volumeBases({ volume24hUsd: '5' }))!.id).toBe('24h');
    expect(projectionBasis(volumeBases({}))).toBeNull();
  });

  it('no TVL, a zero TVL or no fee tier: no APR on any basis', () => {
    expect(feeAprsByBasis({ ...figures, tvlUsd: '0' }, volumeBases(figures))).toEqual([]);
    expect(feeAprsByBasis({ volume24hUsd: '1', tvlUsd: '1' }, volumeBases({ volume24hUsd: '1' }))).toEqual([]);
  });
});
