import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';
import { pct, times } from '../format';

/** Fees must outrun the loss to arbitrageurs (LVR) at the pool's volatility, or the position bleeds. */
export const feesBelowLvr: WarningRule = {
  id: 'fees-below-lvr',
  title: 'Fees do not cover the expected loss to arbitrage',
  unit: 'multiple',
  direction: 'below',
  thresholds: [
    { severity: 'danger', limit: new Decimal(1) },
    { severity: 'warning', limit: new Decimal('1.5') },
  ],
  needs: ['positionFeeApr', 'lvrPerYear', 'volatility'],
  measure: ({ positionFeeApr, lvrPerYear }) => (lvrPerYear!.isZero() ? null : positionFeeApr!.div(lvrPerYear!)),
  reason: (value, limit, ctx) =>
    `Your fee APR of ${pct(ctx.positionFeeApr!)} covers only ${times(value)} the expected loss-versus-rebalancing of ${pct(ctx.lvrPerYear!)} a year at ${pct(ctx.volatility!, 0)} volatility (needs more than ${times(limit)}).`,
};
