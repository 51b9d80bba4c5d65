import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';
import { pct } from '../format';

/** Reward emissions end or lose value; a return that is mostly rewards is mostly temporary. */
export const rewardDominatedApr: WarningRule = {
  id: 'reward-dominated-apr',
  title: 'Return mostly from reward emissions',
  unit: 'fraction',
  direction: 'above',
  thresholds: [
    { severity: 'danger', limit: new Decimal('0.8') },
    { severity: 'warning', limit: new Decimal('0.5') },
  ],
  needs: ['rewardApr', 'poolFeeApr'],
  measure: ({ rewardApr, poolFeeApr }) => {
    const total = rewardApr!.plus(poolFeeApr!);
    return total.isZero() ? null : rewardApr!.div(total);
  },
  reason: (value, limit, ctx) =>
    `${pct(value, 0)} of the advertised return (reward APR ${pct(ctx.rewardApr!)}) comes from reward tokens, above ${pct(limit, 0)}: emissions end and reward tokens are often sold down.`,
};
