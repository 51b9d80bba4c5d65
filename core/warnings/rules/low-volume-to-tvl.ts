import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';
import { limitText, valueText } from '../format';

/** Fees come from volume; little volume per dollar deposited means little income for the risk. */
export const lowVolumeToTvl: WarningRule = {
  id: 'low-volume-to-tvl',
  title: 'Trading volume for the money deposited',
  unit: 'fraction',
  direction: 'below',
  thresholds: [
    { severity: 'warning', limit: new Decimal('0.01') },
    { severity: 'info', limit: new Decimal('0.05') },
  ],
  needs: ['volume24hUsd', 'tvlUsd'],
  measure: ({ volume24hUsd, tvlUsd }) => (tvlUsd!.isZero() ? null : volume24hUsd!.div(tvlUsd!)),
  headline: (value, limit) =>
    `24 h volume is only ${valueText('fraction', value, limit)} of TVL, under ${limitText('fraction', limit)}`,
  reason: (value, limit) =>
    `24 h volume is ${valueText('fraction', value, limit)} of the pool's TVL, under ${limitText('fraction', limit)}: fees are earned on volume, so income per dollar deposited is small.`,
  message: (value, limit) => ({
    title: 'lowVolumeToTvl.title',
    reason: 'lowVolumeToTvl.reason',
    params: { value: valueText('fraction', value, limit), limit: limitText('fraction', limit) },
  }),
};
