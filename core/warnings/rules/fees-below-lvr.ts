import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';
import { limitText, pct, valueText } from '../format';

/** Fees must outrun the loss to arbitrageurs (LVR) at the pool's volatility, or the position bleeds. */
export const feesBelowLvr: WarningRule = {
  id: 'fees-below-lvr',
  title: 'Fees against the expected loss to arbitrage (LVR)',
  unit: 'multiple',
  direction: 'below',
  thresholds: [
    { severity: 'danger', limit: new Decimal(1) },
    { severity: 'warning', limit: new Decimal('1.5') },
  ],
  needs: ['positionFeeApr', 'lvrPerYear', 'volatility'],
  measure: ({ positionFeeApr, lvrPerYear }) => (lvrPerYear!.isZero() ? null : positionFeeApr!.div(lvrPerYear!)),
  headline: (value, limit, _ctx, severity) =>
    severity === 'danger'
      ? `Fees do not cover the expected LVR: ${valueText('multiple', value, limit)} (needs more than ${limitText('multiple', limit)})`
      : `Fees cover the expected LVR only ${valueText('multiple', value, limit)} (safe above ${limitText('multiple', limit)})`,
  reason: (value, limit, ctx) =>
    `Your fee APR of ${pct(ctx.positionFeeApr!)} is ${valueText('multiple', value, limit)} the expected loss-versus-rebalancing of ${pct(ctx.lvrPerYear!)} a year at ${pct(ctx.volatility!, 0)} volatility: ${
      limit.lte(1)
        ? 'below 1× arbitrageurs are expected to take more from the position than it earns in fees.'
        : `under ${limitText('multiple', limit)} there is little margin: a somewhat higher volatility than estimated would erase it.`
    }`,
  message: (value, limit, ctx, severity) => ({
    title: severity === 'danger' ? 'feesBelowLvr.titleDanger' : 'feesBelowLvr.titleWarning',
    reason: limit.lte(1) ? 'feesBelowLvr.reasonBelow' : 'feesBelowLvr.reasonThin',
    params: {
      value: valueText('multiple', value, limit),
      limit: limitText('multiple', limit),
      feeApr: pct(ctx.positionFeeApr!),
      lvr: pct(ctx.lvrPerYear!),
      volatility: pct(ctx.volatility!, 0),
    },
  }),
};
