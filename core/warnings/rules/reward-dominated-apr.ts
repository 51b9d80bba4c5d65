import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';
import { limitText, pct, valueText } from '../format';
import type { WarningContext } from '../rule';

/** Share of the advertised return (fee APR + reward APR) paid in rewards; null when both are zero or unknown. */
export function rewardShare({ rewardApr, poolFeeApr }: WarningContext): Decimal | null {
  if (rewardApr === undefined || poolFeeApr === undefined) return null;
  const total = rewardApr.plus(poolFeeApr);
  return total.isZero() ? null : rewardApr.div(total);
}

/** Reward emissions end or lose value; a return that is mostly rewards is mostly temporary. */
export const rewardDominatedApr: WarningRule = {
  id: 'reward-dominated-apr',
  title: 'Share of the return from reward emissions',
  unit: 'fraction',
  direction: 'above',
  thresholds: [
    { severity: 'danger', limit: new Decimal('0.8') },
    { severity: 'warning', limit: new Decimal('0.5') },
  ],
  needs: ['rewardApr', 'poolFeeApr'],
  measure: rewardShare,
  headline: (value, limit) =>
    `Rewards are ${valueText('fraction', value, limit, 0)} of the advertised return, more than ${limitText('fraction', limit)}`,
  reason: (value, limit, ctx) =>
    `${valueText('fraction', value, limit, 0)} of the advertised return (reward APR ${pct(ctx.rewardApr!)}, fee APR ${pct(ctx.poolFeeApr!)}) comes from reward tokens, more than ${limitText('fraction', limit)}: emissions end and reward tokens are often sold down.`,
  message: (value, limit, ctx) => ({
    title: 'rewardDominatedApr.title',
    reason: 'rewardDominatedApr.reason',
    params: {
      value: valueText('fraction', value, limit, 0),
      limit: limitText('fraction', limit),
      rewardApr: pct(ctx.rewardApr!),
      feeApr: pct(ctx.poolFeeApr!),
    },
  }),
};
