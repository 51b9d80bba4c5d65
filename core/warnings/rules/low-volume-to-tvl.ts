import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';
import { pct } from '../format';

/** Fees come from volume; little volume per dollar deposited means little income for the risk. */
export const lowVolumeToTvl: WarningRule = {
  id: 'low-volume-to-tvl',
  title: 'Little trading for the money deposited',
  unit: 'fraction',
  direction: 'below',
  thresholds: [
    { severity: 'warning', limit: new Decimal('0.01') },
    { severity: 'info', limit: new Decimal('0.05') },
  ],
  needs: ['volume24hUsd', 'tvlUsd'],
  measure: ({ volume24hUsd, tvlUsd }) => (tvlUsd!.isZero() ? null : volume24hUsd!.div(tvlUsd!)),
  reason: (value, limit) =>
    `24 h volume is ${pct(value)} of the pool's TVL, under ${pct(limit)}: fees are earned on volume, so income per dollar deposited is small.`,
};
