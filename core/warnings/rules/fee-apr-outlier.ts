import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';
import { pct } from '../format';

/** Fee APRs in the hundreds of percent come from a volume spike or wash trading and rarely last. */
export const feeAprOutlier: WarningRule = {
  id: 'fee-apr-outlier',
  title: 'Fee APR implausibly high',
  unit: 'fraction',
  direction: 'above',
  thresholds: [
    { severity: 'danger', limit: new Decimal(10) },
    { severity: 'warning', limit: new Decimal(2) },
  ],
  needs: ['poolFeeApr', 'volume24hUsd', 'tvlUsd'],
  measure: ({ poolFeeApr }) => poolFeeApr!,
  reason: (value, limit, ctx) =>
    `A pool fee APR of ${pct(value, 0)} (24 h volume ${pct(ctx.volume24hUsd!.div(ctx.tvlUsd!), 0)} of TVL) is above ${pct(limit, 0)}: such levels usually come from one day's spike or wash trading and rarely last.`,
};
