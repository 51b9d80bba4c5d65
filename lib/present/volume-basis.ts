/**
 * Which volume a fee APR stands on. One day's volume swings with a single whale or a wash-trading bot, so
 * projections use the 7-day average where the candles give it (DefiLlama's yields use 7-day base APYs for
 * the same reason) and fall back to 24 h, saying so. Each basis is named wherever its APR is shown.
 */
import { Decimal, LpInputError, poolFeeApr } from '../../core/index';
import type { PoolFigures } from '../messages/pool-data';
import { t } from '../i18n/index';

export type VolumeBasisId = '24h' | '7d' | '30d';

export interface VolumeBasis {
  id: VolumeBasisId;
  /** USD a day: the 24 h volume, or the window's total over the days that had a candle. */
  dailyUsd: Decimal;
  /** "24 h volume", "7-day average volume", "7-day average volume (5 of 7 days)". */
  label: string;
}

function windowBasis(
  id: '7d' | '30d',
  total: string | undefined,
  daysWithData: number | undefined,
  days: number,
): VolumeBasis | null {
  if (total === undefined || daysWithData === undefined || daysWithData < 1) return null;
  const coverage = daysWithData === days ? '' : t('volume.coverage', { n: daysWithData, days });
  return {
    id,
    dailyUsd: new Decimal(total).div(daysWithData),
    label: t('volume.average', { days, coverage }),
  };
}

/** Every basis the figures allow, 24 h first. */
export function volumeBases(f: PoolFigures): VolumeBasis[] {
  const bases: (VolumeBasis | null)[] = [
    f.volume24hUsd === undefined ? null : { id: '24h', dailyUsd: new Decimal(f.volume24hUsd), label: t('volume.day') },
    windowBasis('7d', f.volume7dUsd, f.volume7dDays, 7),
    windowBasis('30d', f.volume30dUsd, f.volume30dDays, 30),
  ];
  return bases.filter((basis): basis is VolumeBasis => basis !== null);
}

/** The basis projections use: the 7-day average when known, else 24 h, else none. */
export function projectionBasis(bases: VolumeBasis[]): VolumeBasis | null {
  return bases.find((b) => b.id === '7d') ?? bases.find((b) => b.id === '24h') ?? null;
}

export interface BasisApr {
  basis: VolumeBasis;
  apr: Decimal;
}

/** The pool's fee APR on each basis; none when TVL or the fee tier is unknown or the TVL is zero. */
export function feeAprsByBasis(f: PoolFigures, bases: VolumeBasis[]): BasisApr[] {
  if (f.tvlUsd === undefined || f.feeTier === undefined) return [];
  const aprs: BasisApr[] = [];
  for (const basis of bases) {
    try {
      aprs.push({ basis, apr: poolFeeApr({ volume24hUsd: basis.dailyUsd, feeTier: f.feeTier, tvlUsd: f.tvlUsd }) });
    } catch (error) {
      if (!(error instanceof LpInputError)) throw error;
    }
  }
  return aprs;
}
